//! The chairs nobody plays that draft: a pack's `[[drafter]]`s table wordings, put them to
//! the parties and revise them after the answers; the player's chair answers a text put to
//! it through an event whose options say accept, reject or amend.

use super::expr::Ctx;
use super::game::Game;
use super::report::*;
use super::scenario::*;

/// No author: an issue nobody has drafted.
pub(super) const NOBODY: ActorIx = ActorIx::MAX;

impl Game {
    /// After the turn's events: each drafter whose chair nobody plays acts, in pack order,
    /// while no text of theirs waits for the player's answer.
    pub(super) fn drafters_act(&mut self) {
        if self.sc.drafters.is_empty() {
            return;
        }
        let sc = self.sc.clone();
        for (d, dr) in sc.drafters.iter().enumerate() {
            if self.awaiting.is_some() || self.chain >= super::game::MAX_CHAIN {
                return;
            }
            let acts = self.drafter_acts[d];
            let last = self.drafter_last[d];
            if dr.actor == self.actor || acts > dr.revisions || (last != 0 && self.turn - last < dr.cooldown) {
                continue;
            }
            let refused = self.refused && self.values[(sc.layout.accepts + dr.actor as u32) as usize] == 0;
            let ready = match dr.mode {
                DraftMode::Table => acts == 0 || self.refused,
                DraftMode::Counter => refused,
                DraftMode::Revise => acts == 0,
            };
            if !ready
                || !dr.when.as_ref().is_none_or(|c| c.test(&self.values, &Ctx { self_actor: dr.actor, target: 0 }))
            {
                continue;
            }
            let moved = match dr.mode {
                DraftMode::Table if acts == 0 => {
                    // The opening words go where the table is empty; a wording already there
                    // stays, for bridging to weigh against the drafter's own. With nothing
                    // empty, the drafter has not acted yet (so it never puts a table that
                    // holds only the player's words as its own), unless a refusal calls for
                    // bridging.
                    self.open(dr, |g, issue| g.table(issue).is_none()) || (self.refused && self.bridge(dr))
                }
                DraftMode::Table => self.bridge(dr),
                DraftMode::Counter => self.counter(dr),
                DraftMode::Revise => {
                    let by = dr.actor;
                    self.open(dr, |g, issue| g.table(issue).is_none() || g.author(issue) == Some(by))
                }
            };
            if !moved {
                continue;
            }
            self.drafter_acts[d] = acts + 1;
            self.drafter_last[d] = self.turn;
            let ctx = Ctx { self_actor: dr.actor, target: 0 };
            let puts = dr.put.as_ref().is_none_or(|c| c.test(&self.values, &ctx))
                && (dr.mode == DraftMode::Table || self.would_sign(dr.actor));
            if puts && self.table_has_news() {
                self.put_by(dr);
            }
        }
    }

    /// Tables each clause's first wording on the issues `open_on` allows, an issue that
    /// requires another once that one is on the table or signed (so the clauses may come in
    /// any order); whether any wording was placed.
    fn open(&mut self, dr: &Drafter, open_on: impl Fn(&Game, IssueIx) -> bool) -> bool {
        let mut placed = false;
        for _ in 0..dr.clauses.len() {
            let mut now = false;
            for c in &dr.clauses {
                let (o, amb) = c.wordings[0];
                if open_on(self, c.issue) && self.signed(c.issue).is_none() {
                    now |= self.table_for(dr.actor, c.issue, o, amb);
                }
            }
            placed |= now;
            if !now {
                break;
            }
        }
        placed
    }

    /// Puts a wording on the table for a chair nobody plays (nothing when it is there, or
    /// while an issue it requires has nothing on the table and nothing signed); whether it
    /// did.
    fn table_for(&mut self, by: ActorIx, issue: IssueIx, option: u8, ambiguous: bool) -> bool {
        if self.table(issue) == Some((option, ambiguous))
            || self.signed(issue) == Some((option, ambiguous))
            || !self.waits_for(issue).is_empty()
        {
            return false;
        }
        self.emit(Report::Tabled { actor: by, issue, option, ambiguous });
        self.place(by, issue, option, ambiguous);
        true
    }

    /// How a table with `issue` worded so would stand with the signatories: how many of them
    /// it crosses a red line of (fewer is better), then the lowest support among them.
    fn standing(&self, issue: IssueIx, wording: Option<(u8, bool)>) -> (i32, i32) {
        let (on_issue, was) = (&self.sc.issues[issue as usize], self.table(issue));
        let mut reds = 0;
        let mut lowest = i32::MAX;
        for (a, actor) in self.sc.actors.iter().enumerate() {
            if actor.accept.is_some() {
                let (support, red) = self.tally.support_swapped(a, on_issue, was, wording);
                reds += red as i32;
                lowest = lowest.min(support);
            }
        }
        (-reds, if wording.is_some() { lowest } else { i32::MIN })
    }

    /// Bridging: each clause not signed as it stands moves to the listed wording that raises
    /// the lowest signatory's support most (crossing the fewest red lines first); whether
    /// any clause moved.
    fn bridge(&mut self, dr: &Drafter) -> bool {
        let mut moved = false;
        for c in &dr.clauses {
            let now = self.table(c.issue);
            if now.is_some() && now == self.signed(c.issue) {
                continue;
            }
            let mut best = (now, self.standing(c.issue, now));
            for &w in &c.wordings {
                let s = self.standing(c.issue, Some(w));
                if s > best.1 {
                    best = (Some(w), s);
                }
            }
            if let Some((o, amb)) = best.0 {
                moved |= self.table_for(dr.actor, c.issue, o, amb);
            }
        }
        moved
    }

    /// The counter-proposal: of the clauses on the table not signed as they stand, the one
    /// the drafter's actor weighs worst is replaced by the listed wording it likes best.
    /// `false` when no clause would change.
    fn counter(&mut self, dr: &Drafter) -> bool {
        let a = dr.actor as usize;
        let like = |issue: IssueIx, (o, amb): (u8, bool)| {
            let opt = &self.sc.issues[issue as usize].options[o as usize];
            let bonus = if amb { opt.ambiguous.map_or(0, |x| x.bonus) } else { 0 };
            let red = opt.red_lines(amb)[a];
            (!red, (opt.accept[a] + bonus).clamp(-100, 100))
        };
        let mut worst: Option<(i32, IssueIx, (u8, bool))> = None;
        for c in &dr.clauses {
            let Some(now) = self.table(c.issue) else { continue };
            if self.signed(c.issue) == Some(now) {
                continue;
            }
            let Some(&pick) = c.wordings.iter().max_by_key(|&&w| like(c.issue, w)) else { continue };
            if pick == now || like(c.issue, pick) <= like(c.issue, now) {
                continue;
            }
            let (ok, v) = like(c.issue, now);
            let weighed = if ok { self.sc.issues[c.issue as usize].weight[a] * v } else { i32::MIN };
            if worst.is_none_or(|(w, _, _)| weighed < w) {
                worst = Some((weighed, c.issue, pick));
            }
        }
        let Some((_, issue, (o, amb))) = worst else { return false };
        self.table_for(dr.actor, issue, o, amb);
        true
    }

    /// Whether `a` would accept the table now by its own rule: a counter-proposal is put only
    /// then (a chair that signs does not put a text it would refuse).
    fn would_sign(&self, a: ActorIx) -> bool {
        let Some(rule) = &self.sc.actors[a as usize].accept else { return true };
        self.values[(self.sc.layout.red_line + a as u32) as usize] == 0
            && rule.test(&self.values, &Ctx { self_actor: a, target: 0 })
    }

    /// A chair nobody plays puts the table to the parties: the player's chair answers it
    /// through the drafter's answer event when it must sign and is offered that choice;
    /// otherwise every signatory answers by its rule at once.
    fn put_by(&mut self, dr: &Drafter) {
        self.emit(Report::Put { actor: dr.actor });
        let signs = self.sc.actors[self.actor as usize].accept.is_some();
        if let Some(e) = dr.answer
            && signs
            && self.sc.events[e as usize].choosers.contains(&self.seat)
        {
            self.awaiting = Some(dr.actor);
            let before = self.pending.len();
            self.fire(e, Fired::FollowUp(Source::Negotiation));
            if self.pending.len() > before {
                return;
            }
            self.awaiting = None;
        }
        self.propose_by(dr.actor, None);
    }

    /// The player's answer to the text waiting for it, given by an answer event's option.
    pub(super) fn answer(&mut self, answer: Answer) {
        let Some(by) = self.awaiting.take() else { return };
        match answer {
            Answer::Accept => self.propose_by(by, Some(true)),
            Answer::Reject => self.propose_by(by, Some(false)),
            Answer::Amend => {}
        }
    }

    /// Who put each issue's wording on the table, if anyone has.
    pub fn author(&self, issue: IssueIx) -> Option<ActorIx> {
        self.authors.get(issue as usize).copied().filter(|&a| a != NOBODY)
    }

    /// The chair whose text waits for the player's answer, if one does.
    pub fn awaiting(&self) -> Option<ActorIx> {
        self.awaiting
    }
}
