//! Cheap forks of a game, for search: a policy that tries each candidate decision copies the
//! game into a scratch game it keeps, instead of allocating a new game per candidate.

use super::game::{Game, Setup};
use std::sync::Arc;

impl Game {
    /// A copy of `src` that records nothing: the same state, chances and calendar, without
    /// the log, history, decisions and unread reports a recording game keeps (they do not
    /// change how a game plays on). Reuses this game's allocations, so forking in a loop
    /// allocates nothing once the vectors have grown to size.
    pub fn fork_from(&mut self, src: &Game) {
        if !Arc::ptr_eq(&self.sc, &src.sc) {
            self.sc = src.sc.clone();
        }
        self.setup = Setup { record: false, ..src.setup };
        self.actor = src.actor;
        self.rng.clone_from(&src.rng);
        self.values.clone_from(&src.values);
        self.prev.clone_from(&src.prev);
        self.turn = src.turn;
        self.flag_expiry.clone_from(&src.flag_expiry);
        self.last_fired.clone_from(&src.last_fired);
        self.action_last.clone_from(&src.action_last);
        self.action_uses.clone_from(&src.action_uses);
        self.reaction_last.clone_from(&src.reaction_last);
        self.scheduled.clone_from(&src.scheduled);
        self.pending.clone_from(&src.pending);
        self.chain = src.chain;
        self.phase = src.phase;
        self.out.clear();
        self.log.clear();
        self.tags.clone_from(&src.tags);
        self.history.clear();
        self.decisions.clear();
        self.answered = None;
        self.seat = src.seat;
        self.seats.clone_from(&src.seats);
        self.last_week = src.last_week;
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
        };
        g.fork_from(self);
        g
    }
}
