//! The typed, validated scenario the engine plays.
//!
//! The content loader builds a `Scenario` from a pack's TOML; every cross-reference is an
//! index into one of the vectors here and every condition and effect is compiled code. The
//! string ids are kept for saves, message ids and debugging, never for lookups during play.

use super::date::Date;
use super::expr::{Code, Effect};
use super::layout::Layout;
use super::tally::Parts;

/// Index types. They are plain integers to keep the state compact and `Copy`.
pub type ActorIx = u16;
pub type EventIx = u16;
pub type ActionIx = u16;
pub type RoleIx = u16;
pub type IssueIx = u16;
pub type MeterIx = u16;
pub type EndingIx = u16;
pub type TagIx = u16;

#[derive(Debug, Clone)]
pub struct Scenario {
    pub id: String,
    /// The pack that defines the scenario (others may extend it).
    pub pack: String,
    pub start: Date,
    pub turn_days: u16,
    pub turns: u16,
    pub resources: Vec<String>,
    pub actors: Vec<Actor>,
    pub meters: Vec<Meter>,
    pub flags: Vec<String>,
    pub counters: Vec<String>,
    pub issues: Vec<Issue>,
    pub roles: Vec<Role>,
    pub events: Vec<Event>,
    pub actions: Vec<Action>,
    pub endings: Vec<Ending>,
    pub difficulties: Vec<Difficulty>,
    pub default_difficulty: Option<u16>,
    /// How many random draws each turn.
    pub draws: u8,
    /// The weight of "nothing happens" in each draw.
    pub nothing: Weight,
    /// Tag names; `TagIx` indexes this.
    pub tags: Vec<String>,
    /// How many of `tags` (from the start) are the structural factors.
    pub factor_count: u16,
    /// Discussion questions for the debrief.
    pub questions: Vec<Question>,
    pub layout: Layout,
    /// The state at the start of a game, before difficulty effects.
    pub initial: Vec<i32>,
    /// Scripted events per turn (index 0 is turn 1), highest priority first.
    pub scripted: Vec<Vec<EventIx>>,
    /// Triggered events, highest priority first.
    pub triggered: Vec<EventIx>,
    /// Randomly drawn events, in declaration order.
    pub random: Vec<EventIx>,
    /// Start points: weeks a lesson may begin from.
    pub starts: Vec<StartPoint>,
    /// What the chairs nobody plays draft and put to the parties, in pack order.
    pub drafters: Vec<Drafter>,
}

/// A chair's drafting when nobody plays it (`[[drafter]]`): its actor tables wordings and
/// puts them to the parties, then revises after the answers.
#[derive(Debug, Clone)]
pub struct Drafter {
    pub id: String,
    pub actor: ActorIx,
    /// Must hold (with `self` the drafter's actor) for it to act.
    pub when: Option<Code>,
    /// Must hold for it to put the table to the parties after drafting; otherwise it only
    /// tables its wordings.
    pub put: Option<Code>,
    pub mode: DraftMode,
    /// The event through which the player's chair answers its proposals.
    pub answer: Option<EventIx>,
    /// How many times it acts after its first.
    pub revisions: u8,
    /// Turns between two of its proposals.
    pub cooldown: u16,
    pub clauses: Vec<Clause>,
}

/// How a drafter works the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftMode {
    /// Tables the first wording of each clause whose issue has nothing on the table, then
    /// bridges: after a refusal, each clause
    /// moves to the listed wording that raises the lowest signatory's support.
    Table,
    /// After its actor refused a proposal, replaces the clause it likes least with the
    /// listed wording it prefers, and puts the table back if its own rule would accept it.
    Counter,
    /// Once: tables the first wording of each clause in place of a wording its own actor
    /// tabled earlier, or where nothing is on the table (another chair's words stay), and
    /// puts the table: a revision of its own text at a date.
    Revise,
}

/// One issue a drafter words, with the wordings it may table: the first opens.
#[derive(Debug, Clone)]
pub struct Clause {
    pub issue: IssueIx,
    /// Option index and whether the vague variant.
    pub wordings: Vec<(u8, bool)>,
}

/// What choosing an answer event's option says to a proposal put to the player's chair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Accept,
    Reject,
    /// Neither: the text stays on the table for the player to amend and put.
    Amend,
}

/// A week a lesson may begin from. The weeks before it are played by the computer: each
/// choice the player's chair is offered takes the option `choose` names for its event, or
/// else the first one available, and each week ends without an action.
#[derive(Debug, Clone)]
pub struct StartPoint {
    pub id: String,
    pub week: u16,
    pub choose: Vec<(EventIx, u8)>,
}

impl Scenario {
    /// The date turn `turn` (1-based) begins.
    pub fn date_of(&self, turn: u16) -> Date {
        self.start.plus_days(self.turn_days as i64 * (turn.max(1) as i64 - 1))
    }

    pub fn role_ix(&self, id: &str) -> Option<RoleIx> {
        self.roles.iter().position(|r| r.id == id).map(|i| i as RoleIx)
    }

    pub fn event_ix(&self, id: &str) -> Option<EventIx> {
        self.events.iter().position(|e| e.id == id).map(|i| i as EventIx)
    }

    pub fn action_ix(&self, id: &str) -> Option<ActionIx> {
        self.actions.iter().position(|a| a.id == id).map(|i| i as ActionIx)
    }

    pub fn actor_ix(&self, id: &str) -> Option<ActorIx> {
        self.actors.iter().position(|a| a.id == id).map(|i| i as ActorIx)
    }

    pub fn issue_ix(&self, id: &str) -> Option<IssueIx> {
        self.issues.iter().position(|a| a.id == id).map(|i| i as IssueIx)
    }
}

#[derive(Debug, Clone)]
pub struct Actor {
    pub id: String,
    /// When set, the actor must sign an agreement and this condition says whether it
    /// accepts a proposal; a red line on the table always means no.
    pub accept: Option<Code>,
    /// For a signatory, when its assent is required: it must sign a proposal only if this
    /// holds when the proposal is put (none: always).
    pub signs_when: Option<Code>,
    pub reactions: Vec<Reaction>,
}

/// When an actor's reaction is considered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum On {
    /// Every turn, after the player's actions.
    Turn,
    /// When a proposal is put to the parties.
    Proposal,
    /// When an agreement is signed.
    Signed,
}

/// A rule an actor follows (reaction tables): a condition, a chance, effects and news.
#[derive(Debug, Clone)]
pub struct Reaction {
    pub id: String,
    pub on: On,
    pub when: Option<Code>,
    pub chance: u8,
    pub effects: Vec<Effect>,
    pub once: bool,
    pub cooldown: u16,
    /// Also runs when the player plays this actor.
    pub always: bool,
    pub tags: Vec<TagIx>,
    /// Index into the game's per-reaction bookkeeping.
    pub global: u16,
}

#[derive(Debug, Clone)]
pub struct Meter {
    pub id: String,
    /// `None` for a scenario meter; for an actor meter, the actors it is shown for.
    pub actors: Option<Vec<ActorIx>>,
    pub min: i32,
    pub max: i32,
    /// A count that only grows (casualties, units announced).
    pub grow_only: bool,
    pub hidden: bool,
    /// First slot: the meter itself, or actor 0's value for an actor meter.
    pub slot: u32,
}

#[derive(Debug, Clone)]
pub struct Issue {
    pub id: String,
    /// How much each actor cares about the issue (weights in its support).
    pub weight: Vec<i32>,
    /// Issues that must be on the table or signed before a wording on this one can be
    /// drafted: so it is signed with them or after them.
    pub requires: Vec<IssueIx>,
    pub options: Vec<IssueOption>,
}

#[derive(Debug, Clone)]
pub struct IssueOption {
    pub id: String,
    /// Acceptability for each actor, −100 (unthinkable) to 100 (ideal).
    pub accept: Vec<i32>,
    /// Actors for whom this option is a red line.
    pub red_line: Vec<bool>,
    /// Actors for whom its vague wording is a red line (the same as `red_line` unless the
    /// pack gives the vague wording lines of its own).
    pub vague_red_line: Vec<bool>,
    pub ambiguous: Option<Ambiguity>,
    /// What each wording (plain, then vague) adds to every actor's sums of support, worked
    /// out once from the issue's weights (see [`IssueOption::new`]).
    pub(super) parts: [Parts; 2],
}

impl IssueOption {
    /// An option of an issue weighed by `weight` (per actor).
    pub fn new(
        id: String,
        accept: Vec<i32>,
        red_line: Vec<bool>,
        vague_red_line: Vec<bool>,
        ambiguous: Option<Ambiguity>,
        weight: &[i32],
    ) -> IssueOption {
        let mut o = IssueOption { id, accept, red_line, vague_red_line, ambiguous, parts: Default::default() };
        o.parts = [false, true].map(|amb| Parts::of(weight, &o, amb));
        o
    }

    /// Whether this wording of the option (vague or not) is a red line for each actor.
    pub fn red_lines(&self, ambiguous: bool) -> &[bool] {
        if ambiguous && self.ambiguous.is_some() { &self.vague_red_line } else { &self.red_line }
    }
}

/// The vague wording of an option: easier to sign, riskier to implement.
#[derive(Debug, Clone, Copy)]
pub struct Ambiguity {
    /// Added to every actor's acceptability.
    pub bonus: i32,
    /// Added to `ambiguity` when signed.
    pub risk: i32,
}

#[derive(Debug, Clone)]
pub struct Role {
    pub id: String,
    pub actor: ActorIx,
    /// Per-turn budget, one entry per scenario resource.
    pub budget: Vec<i32>,
    pub actions: Vec<ActionIx>,
    pub objectives: Vec<Objective>,
    pub score: Option<Code>,
    pub view: View,
}

#[derive(Debug, Clone)]
pub struct Objective {
    pub id: String,
    pub condition: Code,
}

/// What a role can see.
#[derive(Debug, Clone)]
pub struct View {
    pub meters: Vec<bool>,
    pub red_lines: Vec<bool>,
    pub support: SupportView,
    /// The trust shown, as `(from, to)` pairs in order (by default both ways between the
    /// signatories and the role's own actor).
    pub trust: Vec<(ActorIx, ActorIx)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SupportView {
    /// Exact support for every actor.
    Exact,
    /// Support rounded to the nearest ten (a mediator's estimate).
    Estimate,
    /// Only the role's own actor.
    Own,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    Scripted {
        turn: u16,
    },
    Triggered,
    Random,
    /// Fires only as another event's, option's or action's follow-up.
    FollowUp,
}

/// A discussion question for the debrief, tied to one structural factor (a tag index), and
/// asked of the games that end in `ending` and of `role`'s games when those are given.
#[derive(Debug, Clone)]
pub struct Question {
    pub id: String,
    pub factor: TagIx,
    pub ending: Option<EndingIx>,
    pub role: Option<RoleIx>,
}

#[derive(Debug, Clone)]
pub struct Event {
    pub id: String,
    pub trigger: Trigger,
    pub condition: Option<Code>,
    pub weight: Weight,
    pub once: bool,
    pub cooldown: u16,
    pub priority: i32,
    pub effects: Vec<Effect>,
    pub followups: Vec<Followup>,
    pub options: Vec<EventOption>,
    /// Roles to whom the choice is offered; otherwise `resolver` (or the weights) decide.
    pub choosers: Vec<RoleIx>,
    pub resolver: Option<ActorIx>,
    pub tags: Vec<TagIx>,
    /// Where a historical beat's facts come from (it then has a `.history` note).
    pub source: Option<String>,
}

#[derive(Debug, Clone, Copy)]
pub struct Followup {
    pub event: EventIx,
    pub delay: u16,
    pub chance: u8,
}

#[derive(Debug, Clone)]
pub struct EventOption {
    pub id: String,
    pub condition: Option<Code>,
    pub effects: Vec<Effect>,
    pub followups: Vec<Followup>,
    /// How likely an AI actor is to pick it.
    pub weight: Weight,
    pub tags: Vec<TagIx>,
    /// Index of the option's `chosen` counter slot.
    pub slot: u32,
    /// For an answer event: what the option says to the proposal put to the player.
    pub answer: Option<Answer>,
}

/// A base weight with conditional modifiers.
#[derive(Debug, Clone, Default)]
pub struct Weight {
    pub base: i32,
    pub mods: Vec<WeightMod>,
}

/// When `when` holds, the weight becomes `weight * percent / 100 + add`.
#[derive(Debug, Clone)]
pub struct WeightMod {
    pub when: Code,
    pub percent: i32,
    pub add: i32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionKind {
    /// Effects only.
    Plain,
    /// Puts an issue's option on the table.
    Draft,
    /// Puts the table to the parties.
    Propose,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TargetKind {
    None,
    Actor(Vec<ActorIx>),
    Issue,
}

#[derive(Debug, Clone)]
pub struct Action {
    pub id: String,
    pub kind: ActionKind,
    pub target: TargetKind,
    pub cost: Vec<i32>,
    pub condition: Option<Code>,
    pub effects: Vec<Effect>,
    pub followups: Vec<Followup>,
    /// Uses per turn; 0 means as many as the budget allows.
    pub per_turn: u8,
    pub cooldown: u16,
    pub tags: Vec<TagIx>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tier {
    Failure,
    Partial,
    Success,
}

impl Tier {
    pub fn as_str(self) -> &'static str {
        match self {
            Tier::Success => "success",
            Tier::Partial => "partial",
            Tier::Failure => "failure",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Ending {
    pub id: String,
    pub tier: Tier,
    pub condition: Option<Code>,
    /// Considered only when the deadline is reached.
    pub at_deadline: bool,
    pub score: i32,
    pub priority: i32,
    pub tags: Vec<TagIx>,
    /// Accounts chosen by what happened: the first whose condition holds is told.
    pub variants: Vec<Variant>,
    /// Lines of the account told whenever their condition holds, in order.
    pub lines: Vec<Line>,
}

/// A line of an ending's account and the condition that has it told.
#[derive(Debug, Clone)]
pub struct Line {
    pub id: String,
    pub condition: Code,
}

/// One account of an ending and the condition that chooses it (none: always).
#[derive(Debug, Clone)]
pub struct Variant {
    pub id: String,
    pub condition: Option<Code>,
}

#[derive(Debug, Clone)]
pub struct Difficulty {
    pub id: String,
    pub effects: Vec<Effect>,
}

/// What a state slot holds, for explaining changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotName {
    Meter(MeterIx, Option<ActorIx>),
    Trust(ActorIx, ActorIx),
    Flag(u16),
    Counter(u16),
    Signed(IssueIx),
    Ambiguity,
    /// Bookkeeping the player does not see.
    Internal,
}

impl Scenario {
    /// Names the thing a slot holds.
    pub fn slot_name(&self, slot: u32) -> SlotName {
        let l = &self.layout;
        let n = l.actors as u32;
        if slot == super::layout::AMBIGUITY {
            return SlotName::Ambiguity;
        }
        for (i, m) in self.meters.iter().enumerate() {
            let width = if m.actors.is_some() { n } else { 1 };
            if (m.slot..m.slot + width).contains(&slot) {
                let actor = m.actors.as_ref().map(|_| (slot - m.slot) as ActorIx);
                return SlotName::Meter(i as MeterIx, actor);
            }
        }
        if (l.trust..l.trust + n * n).contains(&slot) && n > 0 {
            let k = slot - l.trust;
            return SlotName::Trust((k / n) as ActorIx, (k % n) as ActorIx);
        }
        if (l.flags..l.counters).contains(&slot) {
            return SlotName::Flag((slot - l.flags) as u16);
        }
        if (l.counters..l.support).contains(&slot) {
            return SlotName::Counter((slot - l.counters) as u16);
        }
        if (l.signed..l.signed_ambiguous).contains(&slot) {
            return SlotName::Signed((slot - l.signed) as IssueIx);
        }
        SlotName::Internal
    }

    /// The least and greatest value a meter's slot can hold; `None` for other slots.
    pub fn slot_bounds(&self, slot: u32) -> Option<(i32, i32)> {
        match self.slot_name(slot) {
            SlotName::Meter(m, _) => Some((self.meters[m as usize].min, self.meters[m as usize].max)),
            _ => None,
        }
    }

    /// The actors whose trust matters most to show: signatories and the given role's actor.
    pub fn principals(&self, role: RoleIx) -> Vec<ActorIx> {
        (0..self.actors.len() as ActorIx).filter(|&a| self.is_principal(role, a)).collect()
    }

    /// Whether `a` is one of [`Scenario::principals`] of `role` (without the list).
    pub fn is_principal(&self, role: RoleIx, a: ActorIx) -> bool {
        a == self.roles[role as usize].actor || self.actors[a as usize].accept.is_some()
    }
}
