//! A game in progress: the state, the decisions it accepts, and what it reports.

use super::expr::{AssignOp, Ctx, Effect, EffectKind};
use super::layout;
use super::report::*;
use super::rng::GameRng;
use super::scenario::*;
use std::collections::VecDeque;
use std::sync::Arc;

/// The most events that may fire in one turn; follow-up chains stop there.
pub const MAX_CHAIN: u16 = 64;

/// Where the game stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// An event waits for the player's choice.
    Choosing(EventIx),
    /// The player may take actions or end the turn.
    Acting,
    Ended {
        ending: EndingIx,
        score: i32,
        /// The account of the ending that what happened chose (its index), if it has any.
        variant: Option<u8>,
    },
    /// The game stopped as the last week a lesson plays ended, before any ending.
    Stopped,
}

/// A decision the game cannot take now, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecisionError {
    #[error("the game is over")]
    GameOver,
    #[error("an event is waiting for a choice")]
    ChoiceRequired,
    #[error("there is no choice to make now")]
    NothingToChoose,
    #[error("option {0} is not available")]
    OptionUnavailable(u8),
    #[error("action {0} does not belong to this role")]
    NotYourAction(ActionIx),
    #[error("action {0} is not available now")]
    ActionUnavailable(ActionIx),
    #[error("that target is not valid for action {0}")]
    BadTarget(ActionIx),
}

/// Settings fixed when a game starts.
#[derive(Debug, Clone, Copy)]
pub struct Setup {
    pub role: RoleIx,
    pub seed: u64,
    pub difficulty: Option<u16>,
    /// Keep reports, the log, per-turn history and the decisions (front ends); off for fast
    /// simulation and search.
    pub record: bool,
}

#[derive(Debug, Clone)]
pub struct Game {
    pub(super) sc: Arc<Scenario>,
    pub(super) setup: Setup,
    pub(super) actor: ActorIx,
    pub(super) rng: GameRng,
    pub(super) values: Vec<i32>,
    pub(super) prev: Vec<i32>,
    pub(super) turn: u16,
    pub(super) flag_expiry: Vec<u16>,
    pub(super) last_fired: Vec<u16>,
    pub(super) action_last: Vec<u16>,
    pub(super) action_uses: Vec<u8>,
    pub(super) reaction_last: Vec<u16>,
    pub(super) scheduled: Vec<(u16, EventIx, Source)>,
    pub(super) pending: VecDeque<EventIx>,
    pub(super) chain: u16,
    pub(super) phase: Phase,
    pub(super) out: Vec<Report>,
    pub(super) log: Vec<Report>,
    /// Room for the weights of a random draw, kept between draws to save allocations.
    pub(super) draw_buf: Vec<(EventIx, u32)>,
    pub(super) tags: Vec<u32>,
    pub(super) history: Vec<Vec<i32>>,
    pub(super) decisions: Vec<Decision>,
    /// The values as the signatories answered the last proposal, and its turn (kept only
    /// by a game that records its reports): what "why?" on an answer reads.
    pub(super) answered: Option<(u16, Box<[i32]>)>,
    /// The role played now: the setup's, until a change of seat.
    pub(super) seat: RoleIx,
    /// Changes of seat: from the start of the week, the player takes the role (and the
    /// computer the chair they leave), in week order.
    pub(super) seats: Vec<(u16, RoleIx)>,
    /// The last week played, when a lesson stops the game early.
    pub(super) last_week: Option<u16>,
    /// Who put each issue's wording on the table (`chairs::NOBODY` for none).
    pub(super) authors: Vec<ActorIx>,
    /// Each drafter's acts so far, and the turn of its last.
    pub(super) drafter_acts: Vec<u8>,
    pub(super) drafter_last: Vec<u16>,
    /// The actor whose text waits for the player's answer.
    pub(super) awaiting: Option<ActorIx>,
    /// Whether the last proposal was refused.
    pub(super) refused: bool,
    /// Each actor's support for the table as running sums (`engine/tally.rs`).
    pub(super) tally: super::tally::Tally,
}

impl Game {
    /// Starts a game; the first turn's events have fired when this returns.
    /// Call [`Game::drain`] for what happened so far.
    pub fn new(sc: Arc<Scenario>, setup: Setup) -> Game {
        let reactions = sc.actors.iter().map(|a| a.reactions.len()).sum();
        let actor = sc.roles[setup.role as usize].actor;
        let mut g = Game {
            actor,
            rng: GameRng::new(setup.seed),
            values: sc.initial.clone(),
            prev: Vec::new(),
            turn: 0,
            flag_expiry: vec![0; sc.flags.len()],
            last_fired: vec![0; sc.events.len()],
            action_last: vec![0; sc.actions.len()],
            action_uses: vec![0; sc.actions.len()],
            reaction_last: vec![0; reactions],
            scheduled: Vec::new(),
            pending: VecDeque::new(),
            chain: 0,
            phase: Phase::Acting,
            out: Vec::new(),
            log: Vec::new(),
            draw_buf: Vec::new(),
            tags: vec![0; sc.tags.len()],
            history: Vec::new(),
            decisions: Vec::new(),
            answered: None,
            seat: setup.role,
            seats: Vec::new(),
            last_week: None,
            authors: vec![super::chairs::NOBODY; sc.issues.len()],
            drafter_acts: vec![0; sc.drafters.len()],
            drafter_last: vec![0; sc.drafters.len()],
            awaiting: None,
            refused: false,
            tally: super::tally::Tally::new(sc.actors.len()),
            setup,
            sc,
        };
        g.count_table();
        g.values[(g.sc.layout.roles + setup.role as u32) as usize] = 1;
        if let Some(d) = setup.difficulty {
            let sc = g.sc.clone();
            g.values[(sc.layout.difficulties + d as u32) as usize] = 1;
            g.run_effects(&sc.difficulties[d as usize].effects, Source::Difficulty(d), g.ctx());
        }
        g.prev = g.values.clone();
        if g.setup.record {
            g.history.push(g.values.clone());
        }
        g.begin_turn();
        g
    }

    /// Draws the world's chances from here on from a new seed: a fork of a game that plays on
    /// in another possible world (the debrief's roads not taken).
    pub fn reseed(&mut self, seed: u64) {
        self.rng = GameRng::new(seed);
    }

    /// Applies a decision and returns what it caused (empty when not recording).
    pub fn apply(&mut self, d: Decision) -> Result<Vec<Report>, DecisionError> {
        match (self.phase, d) {
            (Phase::Ended { .. } | Phase::Stopped, _) => return Err(DecisionError::GameOver),
            (Phase::Choosing(e), Decision::Choose(o)) => {
                if !self.option_available(e, o) {
                    return Err(DecisionError::OptionUnavailable(o));
                }
                self.pending.pop_front();
                self.choose(e, o, Chooser::Player);
            }
            (Phase::Choosing(_), _) => return Err(DecisionError::ChoiceRequired),
            (Phase::Acting, Decision::Choose(_)) => return Err(DecisionError::NothingToChoose),
            (Phase::Acting, Decision::Act { action, target }) => {
                self.check_action(action, target)?;
                self.act(action, target);
            }
            (Phase::Acting, Decision::EndTurn) => self.end_turn(),
        }
        if self.setup.record {
            self.decisions.push(d);
        }
        if !self.is_over() {
            self.settle();
        }
        Ok(self.flush())
    }

    /// The reports produced since the last call (the opening turn, after `new`).
    pub fn drain(&mut self) -> Vec<Report> {
        std::mem::take(&mut self.out)
    }

    fn flush(&mut self) -> Vec<Report> {
        std::mem::take(&mut self.out)
    }

    /// Records a report: in the log once, and among those the next `apply` or `drain` hands
    /// to the front end (whether or not it asks for them).
    pub(super) fn emit(&mut self, r: Report) {
        if self.setup.record {
            self.log.push(r.clone());
            self.out.push(r);
        }
    }

    /// Moves to the next pending choice, or to the action phase.
    pub(super) fn settle(&mut self) {
        while let Some(&e) = self.pending.front() {
            if !self.any_option_available(e) {
                self.pending.pop_front();
            } else {
                self.phase = Phase::Choosing(e);
                return;
            }
        }
        self.phase = Phase::Acting;
    }

    pub(super) fn ctx(&self) -> Ctx {
        Ctx { self_actor: self.actor, target: 0 }
    }

    /// Runs a list of effects, recording each change with its cause.
    pub(super) fn run_effects(&mut self, effects: &[Effect], source: Source, ctx: Ctx) {
        for (i, e) in effects.iter().enumerate() {
            let cause = Cause { source, effect: Some(i as u16) };
            match &e.kind {
                EffectKind::Write { slot, op, value, min, max, grow_only } => {
                    let ix = slot.index(&ctx);
                    let before = self.values[ix];
                    let v = value.eval(&self.values, &ctx);
                    let raw = match op {
                        AssignOp::Assign => v,
                        AssignOp::Add => before.saturating_add(v),
                        AssignOp::Sub => before.saturating_sub(v),
                    };
                    let mut after = raw.clamp(*min, *max);
                    if *grow_only {
                        after = after.max(before);
                    }
                    self.set(ix, after, cause);
                }
                EffectKind::SetFlag { slot, flag, turns } => {
                    let ix = slot.index(&ctx);
                    // The first turn the flag is no longer set; 0 for never.
                    self.flag_expiry[*flag as usize] = if *turns > 0 { self.turn.saturating_add(*turns) } else { 0 };
                    self.set(ix, 1, cause);
                }
                EffectKind::ClearFlag { slot, flag } => {
                    let ix = slot.index(&ctx);
                    self.flag_expiry[*flag as usize] = 0;
                    self.set(ix, 0, cause);
                }
            }
        }
    }

    pub(super) fn set(&mut self, ix: usize, after: i32, cause: Cause) {
        let before = self.values[ix];
        if before != after {
            self.values[ix] = after;
            self.emit(Report::Changed { slot: ix as u32, before, after, cause });
        }
    }

    pub(super) fn bump(&mut self, slot: u32) {
        let v = &mut self.values[slot as usize];
        *v = v.saturating_add(1);
    }

    pub(super) fn count_tags(&mut self, tags: &[TagIx]) {
        for &t in tags {
            self.tags[t as usize] += 1;
        }
    }

    // ----- what the front ends read -----

    pub fn scenario(&self) -> &Arc<Scenario> {
        &self.sc
    }

    pub fn setup(&self) -> Setup {
        self.setup
    }

    /// The role the player holds now.
    pub fn role(&self) -> &Role {
        &self.sc.roles[self.seat as usize]
    }

    /// The role the player holds now (the setup's, until a change of seat).
    pub fn seat(&self) -> RoleIx {
        self.seat
    }

    /// The changes of seat, each a week and the role taken from its start.
    pub fn seats(&self) -> &[(u16, RoleIx)] {
        &self.seats
    }

    /// From the start of `week`, the player holds `role` and the chair they leave is played
    /// as every chair nobody holds is. Refused (`false`) for a week already begun or one
    /// before a change already planned.
    pub fn change_seat(&mut self, week: u16, role: RoleIx) -> bool {
        let after_last = self.seats.last().is_none_or(|&(w, _)| w < week);
        if week <= self.turn || !after_last || role as usize >= self.sc.roles.len() {
            return false;
        }
        self.seats.push((week, role));
        true
    }

    /// A new game with the same setup, changes of seat and last week, before any decision.
    pub fn fresh(&self, record: bool) -> Game {
        let mut g = Game::new(self.sc.clone(), Setup { record, ..self.setup });
        g.seats.clone_from(&self.seats);
        g.last_week = self.last_week;
        g
    }

    /// Stops the game as `week` ends, unless an ending comes first (a lesson's length).
    /// Refused (`false`) for a week already over.
    pub fn stop_after(&mut self, week: u16) -> bool {
        if week < self.turn || self.is_over() {
            return false;
        }
        self.last_week = Some(week);
        true
    }

    /// The last week a lesson plays, if one stops the game early.
    pub fn last_week(&self) -> Option<u16> {
        self.last_week
    }

    /// Whether the game stopped at a lesson's last week (rather than at an ending).
    pub fn stopped(&self) -> bool {
        self.phase == Phase::Stopped
    }

    /// Whether no decision is taken any more: an ending, or a lesson's last week.
    pub fn is_over(&self) -> bool {
        matches!(self.phase, Phase::Ended { .. } | Phase::Stopped)
    }

    /// The actor the player's role belongs to.
    pub fn actor(&self) -> ActorIx {
        self.actor
    }

    pub fn phase(&self) -> Phase {
        self.phase
    }

    pub fn turn(&self) -> u16 {
        self.turn
    }

    pub fn values(&self) -> &[i32] {
        &self.values
    }

    pub fn value(&self, slot: u32) -> i32 {
        self.values[slot as usize]
    }

    /// The change in a slot since the player's last turn ended, from the value they last saw
    /// (wide enough for any two values: bounds may lie near the ends of `i32`).
    pub fn trend(&self, slot: u32) -> i64 {
        i64::from(self.values[slot as usize]) - i64::from(self.prev[slot as usize])
    }

    pub fn meter(&self, m: MeterIx, actor: Option<ActorIx>) -> i32 {
        self.value(self.sc.meters[m as usize].slot + actor.unwrap_or(0) as u32)
    }

    pub fn trust(&self, from: ActorIx, to: ActorIx) -> i32 {
        self.value(self.sc.layout.trust(from, to))
    }

    /// What is left of a resource this turn.
    pub fn budget_left(&self, resource: usize) -> i32 {
        self.value(self.sc.layout.budget + resource as u32)
    }

    /// Every report so far (when recording).
    pub fn log(&self) -> &[Report] {
        &self.log
    }

    /// What decided the ending (when recording), with the turn it happened in. The values
    /// that count are the flags and counters the ending's condition reads (the signing, the
    /// suspension), or every value it reads when it reads none (violence). The answer is the
    /// last change to one of them that made the condition hold, found by replaying the
    /// recorded changes over each turn's starting state; when none did (another value tipped
    /// it), the last change to one of them. `None` for an ending without a condition, or
    /// one whose values never changed.
    pub fn turning_point(&self) -> Option<(u16, Cause)> {
        let (e, _) = self.ended()?;
        let code = self.sc.endings[e as usize].condition.as_ref()?;
        self.tipped(code)
    }

    /// What chose the ending's account: the change that made the chosen variant's condition
    /// hold, found as [`Game::turning_point`] finds what decided the ending.
    pub fn variant_turning_point(&self) -> Option<(u16, Cause)> {
        let (e, _) = self.ended()?;
        let v = self.ended_variant()?;
        let code = self.sc.endings[e as usize].variants[v as usize].condition.as_ref()?;
        self.tipped(code)
    }

    /// The last change, replayed over the recorded log, that made `code` hold: a change to a
    /// flag or counter it reads when it reads any, else to any value it reads.
    fn tipped(&self, code: &crate::engine::expr::Code) -> Option<(u16, Cause)> {
        let ctx = self.ctx();
        let read: Vec<u32> = code.static_slots().collect();
        let marked = |s: &u32| matches!(self.sc.slot_name(*s), SlotName::Flag(_) | SlotName::Counter(_));
        let preferred: Vec<u32> =
            if read.iter().any(marked) { read.iter().copied().filter(marked).collect() } else { read.clone() };
        let mut values = self.history.first()?.clone();
        let mut holds = code.test(&values, &ctx);
        let (mut turn, mut tipped, mut last_preferred) = (0, None, None);
        for r in &self.log {
            match r {
                Report::TurnBegan { turn: t, .. } => {
                    turn = *t;
                    if let Some(start) = self.history.get(*t as usize - 1) {
                        values.clone_from(start);
                    }
                    values[layout::TURN as usize] = *t as i32;
                    values[layout::TURNS_LEFT as usize] = self.sc.turns as i32 - *t as i32;
                    let now = code.test(&values, &ctx);
                    if now && !holds {
                        tipped = None;
                    }
                    holds = now;
                }
                Report::Changed { slot, after, cause, .. } => {
                    if preferred.contains(slot) {
                        last_preferred = Some((turn, *cause));
                    }
                    if !read.contains(slot) {
                        continue;
                    }
                    values[*slot as usize] = *after;
                    let now = code.test(&values, &ctx);
                    if now && !holds && preferred.contains(slot) {
                        tipped = Some((turn, *cause));
                    }
                    holds = now;
                }
                _ => {}
            }
        }
        tipped.or(last_preferred)
    }

    /// The state at the start and at the end of each turn so far (when recording).
    pub fn history(&self) -> &[Vec<i32>] {
        &self.history
    }

    /// The decisions taken so far (when recording).
    pub fn decisions(&self) -> &[Decision] {
        &self.decisions
    }

    /// How often each tag has come up (events fired, options chosen, actions, the ending).
    pub fn tag_counts(&self) -> &[u32] {
        &self.tags
    }

    pub fn ended(&self) -> Option<(EndingIx, i32)> {
        match self.phase {
            Phase::Ended { ending, score, .. } => Some((ending, score)),
            _ => None,
        }
    }

    /// The account of the ending that what happened chose, if the ending has accounts.
    pub fn ended_variant(&self) -> Option<u8> {
        match self.phase {
            Phase::Ended { variant, .. } => variant,
            _ => None,
        }
    }

    /// The ending's lines told in this game: those whose condition holds as it ended, in
    /// the scenario's order (indices into the ending's `lines`); empty before the end.
    pub fn ended_lines(&self) -> Vec<usize> {
        let Some((e, _)) = self.ended() else { return Vec::new() };
        let ctx = self.ctx();
        let lines = &self.sc.endings[e as usize].lines;
        (0..lines.len()).filter(|&i| lines[i].condition.test(&self.values, &ctx)).collect()
    }

    /// Which of the role's objectives hold now.
    pub fn objectives(&self) -> Vec<bool> {
        let ctx = self.ctx();
        self.role().objectives.iter().map(|o| o.condition.test(&self.values, &ctx)).collect()
    }

    /// How many of the role's objectives hold now (what [`Game::objectives`] counts, without
    /// a list: a search asks it of every candidate).
    pub fn objectives_met(&self) -> usize {
        let ctx = self.ctx();
        self.role().objectives.iter().filter(|o| o.condition.test(&self.values, &ctx)).count()
    }

    /// The role's score formula now (without an ending's score).
    pub fn role_score(&self) -> i32 {
        self.role().score.as_ref().map_or(0, |c| c.eval(&self.values, &self.ctx()))
    }

    /// An actor's support for the table as this role sees it: `(value, exact)`.
    pub fn support_seen(&self, a: ActorIx) -> Option<(i32, bool)> {
        self.seen(a, self.value(self.sc.layout.support + a as u32))
    }

    /// A support value of `a` as this role sees it: exact, an estimate to the nearest ten,
    /// or nothing (a role that sees only its own).
    pub(super) fn seen(&self, a: ActorIx, v: i32) -> Option<(i32, bool)> {
        match self.role().view.support {
            SupportView::Exact => Some((v, true)),
            SupportView::Estimate if a == self.actor => Some((v, true)),
            SupportView::Estimate => Some(((v + 5 * v.signum()) / 10 * 10, false)),
            SupportView::Own => (a == self.actor).then_some((v, true)),
        }
    }

    /// How acceptable an option is to an actor, as this role sees it: `(value, exact)`,
    /// by the same view as support (exact, an estimate to the nearest ten, or own only).
    pub fn stance_seen(&self, issue: IssueIx, option: u8, ambiguous: bool, a: ActorIx) -> Option<(i32, bool)> {
        let opt = &self.sc.issues[issue as usize].options[option as usize];
        let bonus = if ambiguous { opt.ambiguous.map_or(0, |x| x.bonus) } else { 0 };
        let v = (opt.accept[a as usize] + bonus).clamp(-100, 100);
        match self.role().view.support {
            SupportView::Exact => Some((v, true)),
            _ if a == self.actor => Some((v, true)),
            SupportView::Estimate => Some(((v + 5 * v.signum()) / 10 * 10, false)),
            SupportView::Own => None,
        }
    }

    /// Whether a wording (vague or not) is a red line for an actor, if this role can see that
    /// actor's lines.
    pub fn option_red_line_seen(&self, issue: IssueIx, option: u8, ambiguous: bool, a: ActorIx) -> Option<bool> {
        (self.role().view.red_lines[a as usize] || a == self.actor)
            .then(|| self.sc.issues[issue as usize].options[option as usize].red_lines(ambiguous)[a as usize])
    }

    /// Whether `actor` holds a red line on the table, if this role can see it.
    pub fn red_line_seen(&self, a: ActorIx) -> Option<bool> {
        (self.role().view.red_lines[a as usize] || a == self.actor)
            .then(|| self.value(self.sc.layout.red_line + a as u32) != 0)
    }

    /// The option (and whether ambiguous) on the table for an issue.
    pub fn table(&self, issue: IssueIx) -> Option<(u8, bool)> {
        let l = &self.sc.layout;
        let v = self.value(l.table + issue as u32);
        (v > 0).then(|| ((v - 1) as u8, self.value(l.table_ambiguous + issue as u32) != 0))
    }

    /// The option signed for an issue, if any.
    pub fn signed(&self, issue: IssueIx) -> Option<(u8, bool)> {
        let l = &self.sc.layout;
        let v = self.value(l.signed + issue as u32);
        (v > 0).then(|| ((v - 1) as u8, self.value(l.signed_ambiguous + issue as u32) != 0))
    }

    /// Turns left before the deadline.
    pub fn turns_left(&self) -> i32 {
        self.value(layout::TURNS_LEFT)
    }
}
