//! Where every value of the game state lives in the flat `Vec<i32>`.
//!
//! Expressions are compiled against this layout, so a name becomes a slot index once, at
//! load time. Booleans are stored as 0 or 1.

/// The fixed slots at the start of the state.
pub const TURN: u32 = 0;
pub const TURNS_LEFT: u32 = 1;
pub const PROPOSALS: u32 = 2;
pub const AGREEMENTS: u32 = 3;
pub const AMBIGUITY: u32 = 4;
const FIXED: u32 = 5;

/// The first slot of each block. Blocks are laid out in this order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layout {
    pub actors: u16,
    /// Scenario and actor meters (each meter records its own slot).
    pub meters: u32,
    /// `trust.<from>.<to>`: `trust + from * actors + to`.
    pub trust: u32,
    pub flags: u32,
    pub counters: u32,
    pub support: u32,
    pub red_line: u32,
    pub accepts: u32,
    /// Option on the table per issue (option index + 1, or 0).
    pub table: u32,
    pub table_ambiguous: u32,
    pub signed: u32,
    pub signed_ambiguous: u32,
    /// Times each event fired.
    pub fired: u32,
    /// Times each event option was chosen (each option records its slot).
    pub chosen: u32,
    /// Times each action was taken.
    pub taken: u32,
    /// 1 for the role the player plays.
    pub roles: u32,
    pub difficulties: u32,
    /// What is left of each resource this turn.
    pub budget: u32,
    /// Each actor's own index (`ids + a` holds `a`, never written): what `self` and
    /// `target` are when compared with an actor (`target == israel`).
    pub ids: u32,
    pub len: u32,
}

/// How many of each thing the layout makes room for.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    pub actors: u16,
    pub meter_slots: u32,
    pub flags: u32,
    pub counters: u32,
    pub issues: u32,
    pub events: u32,
    pub options: u32,
    pub actions: u32,
    pub roles: u32,
    pub difficulties: u32,
    pub resources: u32,
}

impl Layout {
    pub fn new(c: Counts) -> Layout {
        let a = c.actors as u32;
        let mut next = FIXED;
        let mut take = |n: u32| {
            let at = next;
            next += n;
            at
        };
        let mut l = Layout {
            actors: c.actors,
            meters: take(c.meter_slots),
            trust: take(a * a),
            flags: take(c.flags),
            counters: take(c.counters),
            support: take(a),
            red_line: take(a),
            accepts: take(a),
            table: take(c.issues),
            table_ambiguous: take(c.issues),
            signed: take(c.issues),
            signed_ambiguous: take(c.issues),
            fired: take(c.events),
            chosen: take(c.options),
            taken: take(c.actions),
            roles: take(c.roles),
            difficulties: take(c.difficulties),
            budget: take(c.resources),
            ids: take(a),
            len: 0,
        };
        l.len = next;
        l
    }

    pub fn trust(&self, from: u16, to: u16) -> u32 {
        self.trust + from as u32 * self.actors as u32 + to as u32
    }
}
