//! Cheap forks of a game, for search: a policy that tries each candidate decision copies the
//! game into a scratch game it keeps, instead of allocating a new game per candidate; and the
//! wordings of a drafting action tried on one copy, each put on the table and taken off.

use super::game::{Game, Setup};
use super::report::Target;
use super::scenario::{ActionIx, ActionKind};
use std::sync::Arc;

impl Game {
    /// A copy of `src` that records nothing: the same state, chances and calendar, without
    /// the log, history, decisions and unread reports a recording game keeps (they do not
    /// change how a game plays on). Nor are the values the player last saw copied into a
    /// scratch game that already has room for them: they only make trends for a front end,
    /// and a fork's trends are never shown (its first turn's end sets them again). Reuses
    /// this game's allocations, so forking in a loop allocates nothing once the vectors have
    /// grown to size.
    pub fn fork_from(&mut self, src: &Game) {
        // Every field is named here, so a field added to `Game` cannot be forgotten.
        let Game {
            sc,
            setup,
            actor,
            rng,
            values,
            prev,
            turn,
            flag_expiry,
            last_fired,
            action_last,
            action_uses,
            reaction_last,
            scheduled,
            pending,
            chain,
            phase,
            out: _,
            log: _,
            draw_buf: _,
            tags,
            history: _,
            decisions: _,
            answered: _,
            seat,
            seats,
            last_week,
            authors,
            drafter_acts,
            drafter_last,
            awaiting,
            refused,
            tally,
        } = src;
        if !Arc::ptr_eq(&self.sc, sc) {
            self.sc = sc.clone();
        }
        self.setup = Setup { record: false, ..*setup };
        self.actor = *actor;
        self.rng.clone_from(rng);
        self.values.clone_from(values);
        if self.prev.len() != prev.len() {
            self.prev.clone_from(prev);
        }
        self.turn = *turn;
        self.flag_expiry.clone_from(flag_expiry);
        self.last_fired.clone_from(last_fired);
        self.action_last.clone_from(action_last);
        self.action_uses.clone_from(action_uses);
        self.reaction_last.clone_from(reaction_last);
        self.scheduled.clone_from(scheduled);
        self.pending.clone_from(pending);
        self.chain = *chain;
        self.phase = *phase;
        self.out.clear();
        self.log.clear();
        self.tags.clone_from(tags);
        self.history.clear();
        self.decisions.clear();
        self.answered = None;
        self.seat = *seat;
        self.seats.clone_from(seats);
        self.last_week = *last_week;
        self.authors.clone_from(authors);
        self.drafter_acts.clone_from(drafter_acts);
        self.drafter_last.clone_from(drafter_last);
        self.awaiting = *awaiting;
        self.refused = *refused;
        self.tally.copy_from(tally);
    }

    /// A new quiet fork of this game (see [`Game::fork_from`]).
    pub fn fork(&self) -> Game {
        let mut g = Game {
            sc: self.sc.clone(),
            setup: self.setup,
            actor: self.actor,
            rng: self.rng.clone(),
            values: Vec::new(),
            prev: Vec::new(),
            turn: 0,
            flag_expiry: Vec::new(),
            last_fired: Vec::new(),
            action_last: Vec::new(),
            action_uses: Vec::new(),
            reaction_last: Vec::new(),
            scheduled: Vec::new(),
            pending: Default::default(),
            chain: 0,
            phase: self.phase,
            out: Vec::new(),
            log: Vec::new(),
            draw_buf: Vec::new(),
            tags: Vec::new(),
            history: Vec::new(),
            decisions: Vec::new(),
            answered: None,
            seat: self.seat,
            seats: Vec::new(),
            last_week: None,
            authors: Vec::new(),
            drafter_acts: Vec::new(),
            drafter_last: Vec::new(),
            awaiting: None,
            refused: false,
            tally: Default::default(),
        };
        g.fork_from(self);
        g
    }

    /// For search, on a quiet copy of the game as it stands (made by [`Game::fork_from`]):
    /// shows `look` the game as taking drafting action `a` with each of `targets` would leave
    /// it (the values and phase `apply` would leave), without a copy per wording. What the
    /// action does whatever the wording (its cost, count and effects) is done once; each
    /// wording is then put on the table and taken off again. The running sums of support are
    /// exact integers, so taking a wording off restores them exactly.
    ///
    /// Returns false, having done nothing, unless this game records nothing, `a` is a drafting
    /// action without follow-ups (a follow-up may fire an event that reads the table, which
    /// only `apply` plays out) and every target is a wording.
    pub fn try_drafts(&mut self, a: ActionIx, targets: &[Target], mut look: impl FnMut(Target, &Game)) -> bool {
        let sc = self.sc.clone();
        let act = &sc.actions[a as usize];
        let wordings = targets.iter().all(|t| matches!(t, Target::Issue { .. }));
        if self.setup.record || act.kind != ActionKind::Draft || !act.followups.is_empty() || !wordings {
            return false;
        }
        let Some(&first) = targets.first() else { return true };
        // A wording is a target of no context (`target` is an actor), so the effects are the
        // same whichever is drafted.
        self.act_before(a, first);
        self.settle();
        let l = &sc.layout;
        let n = self.tally.actors();
        let (support, red) = (l.support as usize, l.red_line as usize);
        let seen: Vec<i32> = [&self.values[support..support + n], &self.values[red..red + n]].concat();
        for &t in targets {
            let Target::Issue { issue, option, ambiguous } = t else { continue };
            let (at, at_vague) = ((l.table + issue as u32) as usize, (l.table_ambiguous + issue as u32) as usize);
            let before = (self.values[at], self.values[at_vague], self.authors[issue as usize]);
            let was = self.table(issue);
            self.place(self.actor, issue, option, ambiguous);
            look(t, self);
            let on_issue = &sc.issues[issue as usize];
            self.tally.count(on_issue, option, ambiguous, false);
            if let Some((o, amb)) = was {
                self.tally.count(on_issue, o, amb, true);
            }
            (self.values[at], self.values[at_vague], self.authors[issue as usize]) = before;
            self.values[support..support + n].copy_from_slice(&seen[..n]);
            self.values[red..red + n].copy_from_slice(&seen[n..]);
        }
        true
    }
}
