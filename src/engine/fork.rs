//! Cheap forks of a game, for search: a policy that tries each candidate decision copies the
//! game into a scratch game it keeps, instead of allocating a new game per candidate.

use super::game::{Game, Setup};
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
}
