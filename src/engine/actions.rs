//! The player's actions, and the negotiation table they work on.

use super::expr::{Ctx, Part};
use super::game::{DecisionError, Game, Phase};
use super::layout;
use super::report::*;
use super::scenario::*;
use super::tally::Tally;

/// Why an action is not available.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blocked {
    /// Not enough left of the turn's budget.
    Budget,
    /// Already used as often as allowed this turn.
    UsedUp,
    /// Turns to wait.
    Cooldown(u16),
    /// Its condition does not hold, or no target qualifies.
    Conditions,
}

impl Game {
    /// The role's actions that can be taken now, each with its valid targets.
    pub fn available_actions(&self) -> Vec<(ActionIx, Vec<Target>)> {
        if self.phase != Phase::Acting {
            return Vec::new();
        }
        self.role()
            .actions
            .iter()
            .filter_map(|&a| {
                let targets = self.valid_targets(a);
                (!targets.is_empty()).then_some((a, targets))
            })
            .collect()
    }

    /// Every decision the game accepts now (for policies and tests).
    pub fn legal_decisions(&self) -> Vec<Decision> {
        match self.phase {
            Phase::Ended { .. } | Phase::Stopped => Vec::new(),
            Phase::Choosing(e) => self.available_options(e).into_iter().map(Decision::Choose).collect(),
            Phase::Acting => {
                // As `available_actions` lists them, written straight into one list.
                let mut out = Vec::with_capacity(64);
                for &action in &self.role().actions {
                    self.each_target(action, |target| out.push(Decision::Act { action, target }));
                }
                out.push(Decision::EndTurn);
                out
            }
        }
    }

    /// Why an action cannot be taken now, or `None` when it can be (ignoring its target).
    pub fn action_blocked(&self, a: ActionIx) -> Option<Blocked> {
        let act = &self.sc.actions[a as usize];
        let l = &self.sc.layout;
        let affordable = act.cost.iter().enumerate().all(|(r, &c)| self.values[(l.budget + r as u32) as usize] >= c);
        let last = self.action_last[a as usize];
        if !affordable {
            Some(Blocked::Budget)
        } else if act.per_turn != 0 && self.action_uses[a as usize] >= act.per_turn {
            Some(Blocked::UsedUp)
        } else if act.cooldown != 0 && last != 0 && self.turn - last < act.cooldown {
            Some(Blocked::Cooldown(act.cooldown - (self.turn - last)))
        } else if self.valid_targets(a).is_empty() {
            Some(Blocked::Conditions)
        } else {
            None
        }
    }

    fn action_open(&self, a: ActionIx) -> bool {
        let act = &self.sc.actions[a as usize];
        let l = &self.sc.layout;
        let affordable = act.cost.iter().enumerate().all(|(r, &c)| self.values[(l.budget + r as u32) as usize] >= c);
        let last = self.action_last[a as usize];
        affordable
            && (act.per_turn == 0 || self.action_uses[a as usize] < act.per_turn)
            && (act.cooldown == 0 || last == 0 || self.turn - last >= act.cooldown)
    }

    /// The role's actions whose condition holds now for some target but held for none when
    /// the player's last turn ended: what has just opened up (actions without a condition
    /// are always open, so never new).
    pub fn unlocked_actions(&self) -> Vec<ActionIx> {
        let met = |a: ActionIx, values: &[i32]| match &self.sc.actions[a as usize].condition {
            None => false,
            Some(c) => self.find_candidate(a, |t| c.test(values, &self.action_ctx(t))),
        };
        let role = &self.sc.roles[self.seat as usize];
        role.actions.iter().copied().filter(|&a| met(a, &self.values) && !met(a, &self.prev)).collect()
    }

    /// Whether the action can be taken now with some target (cheaper than `valid_targets`).
    pub fn action_available(&self, a: ActionIx) -> bool {
        if self.phase != Phase::Acting || !self.ready(a) {
            return false;
        }
        match &self.sc.actions[a as usize].condition {
            // A condition that does not name `self` or `target` holds for all targets or none.
            Some(c) if !c.is_dynamic() => {
                c.test(&self.values, &self.action_ctx(Target::None)) && self.find_candidate(a, |_| true)
            }
            _ => self.find_candidate(a, |t| self.holds(a, t)),
        }
    }

    /// The targets for which the action is available now (`[Target::None]` when untargeted).
    pub fn valid_targets(&self, a: ActionIx) -> Vec<Target> {
        let mut out = Vec::new();
        self.each_target(a, |t| out.push(t));
        out
    }

    /// Each of [`Game::valid_targets`], in order, without building the list.
    fn each_target(&self, a: ActionIx, mut each: impl FnMut(Target)) {
        if !self.ready(a) {
            return;
        }
        // A condition that does not name `self` or `target` holds for all targets or none.
        let per_target = match &self.sc.actions[a as usize].condition {
            Some(c) if !c.is_dynamic() && !c.test(&self.values, &self.action_ctx(Target::None)) => return,
            Some(c) => c.is_dynamic(),
            None => false,
        };
        self.find_candidate(a, |t| {
            if !per_target || self.holds(a, t) {
                each(t);
            }
            false
        });
    }

    /// Budget, uses and cooldown allow the action, and a proposal has something on the table
    /// that is not already signed as it stands.
    fn ready(&self, a: ActionIx) -> bool {
        self.action_open(a) && (self.sc.actions[a as usize].kind != ActionKind::Propose || self.table_has_news())
    }

    /// Goes through every target of the action's kind, before its condition (none; each
    /// listed actor but the role's own; each wording, and its vague variant, not already on
    /// the table), until `found` says yes; returns whether it did.
    fn find_candidate(&self, a: ActionIx, mut found: impl FnMut(Target) -> bool) -> bool {
        match &self.sc.actions[a as usize].target {
            TargetKind::None => found(Target::None),
            TargetKind::Actor(list) => list.iter().any(|&t| t != self.actor && found(Target::Actor(t))),
            TargetKind::Issue => self.sc.issues.iter().enumerate().any(|(i, issue)| {
                if !self.issue_open(issue) {
                    return false;
                }
                let on_table = self.table(i as IssueIx);
                issue.options.iter().enumerate().any(|(o, opt)| {
                    let variants = if opt.ambiguous.is_some() { &[false, true][..] } else { &[false][..] };
                    variants.iter().any(|&amb| {
                        on_table != Some((o as u8, amb))
                            && found(Target::Issue { issue: i as IssueIx, option: o as u8, ambiguous: amb })
                    })
                })
            }),
        }
    }

    /// Whether every issue `issue` requires is on the table or signed, so that a wording on
    /// it may be drafted.
    fn issue_open(&self, issue: &Issue) -> bool {
        issue.requires.iter().all(|&r| self.table(r).is_some() || self.signed(r).is_some())
    }

    /// The issues `issue` requires that are neither on the table nor signed: what must be
    /// drafted first before a wording on it can be (empty when it can be drafted now).
    pub fn waits_for(&self, issue: IssueIx) -> Vec<IssueIx> {
        let Some(x) = self.sc.issues.get(issue as usize) else { return Vec::new() };
        x.requires.iter().copied().filter(|&r| self.table(r).is_none() && self.signed(r).is_none()).collect()
    }

    /// Whether the action's condition holds for this target.
    fn holds(&self, a: ActionIx, t: Target) -> bool {
        self.sc.actions[a as usize].condition.as_ref().is_none_or(|c| c.test(&self.values, &self.action_ctx(t)))
    }

    fn action_ctx(&self, t: Target) -> Ctx {
        let target = match t {
            Target::Actor(a) => a,
            _ => 0,
        };
        Ctx { self_actor: self.actor, target }
    }

    pub(super) fn check_action(&self, a: ActionIx, t: Target) -> Result<(), DecisionError> {
        if !self.role().actions.contains(&a) {
            return Err(DecisionError::NotYourAction(a));
        }
        if !self.action_available(a) {
            return Err(DecisionError::ActionUnavailable(a));
        }
        if !self.target_ok(a, t) {
            return Err(DecisionError::BadTarget(a));
        }
        Ok(())
    }

    /// Whether `t` is one of `valid_targets(a)`, without building the list.
    fn target_ok(&self, a: ActionIx, t: Target) -> bool {
        self.find_candidate(a, |c| c == t) && self.holds(a, t)
    }

    pub(super) fn act(&mut self, a: ActionIx, t: Target) {
        let sc = self.sc.clone();
        let act = &sc.actions[a as usize];
        self.act_before(a, t);
        match (act.kind, t) {
            (ActionKind::Draft, Target::Issue { issue, option, ambiguous }) => self.draft(issue, option, ambiguous),
            (ActionKind::Propose, _) => self.propose_by(self.actor, None),
            _ => {}
        }
        self.followups(&act.followups, Source::Action(a));
    }

    /// What taking an action does before its kind's own work: its cost, its count, its tags
    /// and its effects.
    pub(super) fn act_before(&mut self, a: ActionIx, t: Target) {
        let sc = self.sc.clone();
        let act = &sc.actions[a as usize];
        let l = &sc.layout;
        for (r, &c) in act.cost.iter().enumerate() {
            let ix = (l.budget + r as u32) as usize;
            self.values[ix] -= c;
        }
        self.action_uses[a as usize] = self.action_uses[a as usize].saturating_add(1);
        self.action_last[a as usize] = self.turn;
        self.bump(l.taken + a as u32);
        self.emit(Report::Action { action: a, target: t });
        self.count_tags(&act.tags);
        self.run_effects(&act.effects, Source::Action(a), self.action_ctx(t));
    }

    /// Whether some issue on the table differs from what is signed.
    pub(super) fn table_has_news(&self) -> bool {
        (0..self.sc.issues.len() as IssueIx).any(|i| self.table(i).is_some_and(|t| self.signed(i) != Some(t)))
    }

    fn draft(&mut self, issue: IssueIx, option: u8, ambiguous: bool) {
        self.emit(Report::Drafted { issue, option, ambiguous });
        self.place(self.actor, issue, option, ambiguous);
    }

    /// Puts a wording on the table in `by`'s name and recomputes support.
    pub(super) fn place(&mut self, by: ActorIx, issue: IssueIx, option: u8, ambiguous: bool) {
        let sc = self.sc.clone();
        let l = &sc.layout;
        let on_issue = &sc.issues[issue as usize];
        if let Some((o, amb)) = self.table(issue) {
            self.tally.count(on_issue, o, amb, false);
        }
        self.tally.count(on_issue, option, ambiguous, true);
        let (t, ta) = ((l.table + issue as u32) as usize, (l.table_ambiguous + issue as u32) as usize);
        self.values[t] = option as i32 + 1;
        self.values[ta] = ambiguous as i32;
        self.authors[issue as usize] = by;
        self.update_support();
    }

    /// Counts the wordings on the table into the running sums of support (a new game).
    pub(super) fn count_table(&mut self) {
        let sc = self.sc.clone();
        for (i, issue) in sc.issues.iter().enumerate() {
            if let Some((o, amb)) = self.table(i as IssueIx) {
                self.tally.count(issue, o, amb, true);
            }
        }
    }

    /// Writes each actor's support for the table and whether it crosses a red line, from the
    /// running sums (the same as [`Game::supports`] of the table counts from scratch).
    pub(super) fn update_support(&mut self) {
        let (support_at, red_at, n) =
            (self.sc.layout.support as usize, self.sc.layout.red_line as usize, self.tally.actors());
        // The two blocks of slots apart, so that the sums are written in one pass.
        let (low, high) = self.values.split_at_mut(red_at.max(support_at));
        let (support, red) = if support_at < red_at {
            (&mut low[support_at..support_at + n], &mut high[..n])
        } else {
            (&mut high[..n], &mut low[red_at..red_at + n])
        };
        self.tally.write(support, red);
        debug_assert!(
            self.tally.all() == self.supports(|i| self.table(i)),
            "the running sums of support agree with a count from scratch"
        );
    }

    /// Each actor's support for a table (the weighted mean of its acceptability of each
    /// wording on it) and whether the table crosses one of its red lines.
    pub(super) fn supports(&self, table: impl Fn(IssueIx) -> Option<(u8, bool)>) -> Vec<(i32, bool)> {
        let sc = &self.sc;
        let mut tally = Tally::new(sc.actors.len());
        for (i, issue) in sc.issues.iter().enumerate() {
            if let Some((o, amb)) = table(i as IssueIx) {
                tally.count(issue, o, amb, true);
            }
        }
        tally.all()
    }

    /// Each actor's support for the table if this wording were drafted, and whether the
    /// table would then cross one of its red lines (for a front end to show before drafting;
    /// what the role may see of it is [`Game::support_seen_if`]).
    pub fn support_if(&self, issue: IssueIx, option: u8, ambiguous: bool) -> Vec<(i32, bool)> {
        let (on_issue, was) = (&self.sc.issues[issue as usize], self.table(issue));
        let all: Vec<_> = (0..self.tally.actors())
            .map(|a| self.tally.support_swapped(a, on_issue, was, Some((option, ambiguous))))
            .collect();
        debug_assert!(
            all == self.supports(|i| if i == issue { Some((option, ambiguous)) } else { self.table(i) }),
            "a swapped wording's support agrees with a count from scratch"
        );
        all
    }

    /// What the role would see of `a`'s support if this wording were drafted: by the same
    /// view as [`Game::support_seen`].
    pub fn support_seen_if(&self, issue: IssueIx, option: u8, ambiguous: bool, a: ActorIx) -> Option<(i32, bool)> {
        let v = self.support_if(issue, option, ambiguous).get(a as usize)?.0;
        self.seen(a, v)
    }

    /// The least support at which the parts of `a`'s rule to accept that read its support
    /// would hold, everything else as it stands: the need a front end shows beside the
    /// support. `None` for an actor without such a rule, or whose rule no support satisfies.
    pub fn support_needed(&self, a: ActorIx) -> Option<i32> {
        let rule = self.sc.actors.get(a as usize)?.accept.as_ref()?;
        let slot = self.sc.layout.support + a as u32;
        rule.least(&self.values, &Ctx { self_actor: a, target: 0 }, slot, -100, 100)
    }

    /// The values as the signatories answered this turn's proposal, if one was put this turn
    /// by a game that records its reports.
    pub fn answer_values(&self) -> Option<&[i32]> {
        self.answered.as_ref().filter(|(turn, _)| *turn == self.turn).map(|(_, v)| &v[..])
    }

    /// Each part of `a`'s rule to accept, as it stood when it answered this turn's proposal,
    /// with whether it held (empty when there was no such answer or `a` has no rule).
    pub fn answer_parts(&self, a: ActorIx) -> Vec<(Part, bool)> {
        let (Some(values), Some(rule)) =
            (self.answer_values(), self.sc.actors.get(a as usize).and_then(|x| x.accept.as_ref()))
        else {
            return Vec::new();
        };
        rule.parts(values, &Ctx { self_actor: a, target: 0 })
    }

    /// The values `a`'s rule to accept reads (for what moved them lately).
    pub fn accept_reads(&self, a: ActorIx) -> Vec<u32> {
        let Some(rule) = self.sc.actors.get(a as usize).and_then(|x| x.accept.as_ref()) else { return Vec::new() };
        rule.reads(&Ctx { self_actor: a, target: 0 })
    }

    /// `a`'s support as it answered this turn's proposal, as the role sees it, and the least
    /// support its rule needed then: `(seen, exact, need)`. Falls back to the values now when
    /// no proposal was answered this turn.
    pub fn answer_support(&self, a: ActorIx) -> Option<(i32, bool, Option<i32>)> {
        let values = self.answer_values().unwrap_or(&self.values);
        let slot = self.sc.layout.support + a as u32;
        let (seen, exact) = self.seen(a, values[slot as usize])?;
        let need = self
            .sc
            .actors
            .get(a as usize)?
            .accept
            .as_ref()
            .and_then(|rule| rule.least(values, &Ctx { self_actor: a, target: 0 }, slot, -100, 100));
        Some((seen, exact, need))
    }

    /// Why `a` would refuse the table now, or `None` when it would accept.
    fn refusal(&self, a: ActorIx) -> Option<Refusal> {
        let l = &self.sc.layout;
        let rule = self.sc.actors[a as usize].accept.as_ref()?;
        if a == self.actor {
            return None;
        }
        if self.values[(l.red_line + a as u32) as usize] != 0 {
            let issue = (0..self.sc.issues.len() as IssueIx).find(|&i| {
                self.table(i)
                    .is_some_and(|(o, amb)| self.sc.issues[i as usize].options[o as usize].red_lines(amb)[a as usize])
            });
            return Some(Refusal::RedLine(issue.unwrap_or(0)));
        }
        rule.unmet(&self.values, &Ctx { self_actor: a, target: 0 }).map(Refusal::Rule)
    }

    /// Whether `a` must sign a proposal put now: it is a signatory and its `signs_when`, if
    /// it has one, holds.
    pub fn must_sign(&self, a: ActorIx) -> bool {
        let Some(actor) = self.sc.actors.get(a as usize) else { return false };
        actor.accept.is_some()
            && actor.signs_when.as_ref().is_none_or(|c| c.test(&self.values, &Ctx { self_actor: a, target: 0 }))
    }

    /// Puts `proposer`'s table to every signatory that must sign now; if all of them accept
    /// (and at least one was asked), the table is signed. The player's actor accepts its own
    /// proposal and answers `answer` when given (a text a computer chair put to it); every
    /// other signatory answers by its rule.
    pub(super) fn propose_by(&mut self, proposer: ActorIx, answer: Option<bool>) {
        let sc = self.sc.clone();
        let l = &sc.layout;
        self.bump(layout::PROPOSALS);
        if self.setup.record {
            self.answered = Some((self.turn, self.values.clone().into_boxed_slice()));
        }
        // Who must sign is settled before anyone answers, on the values as proposed (worked
        // out only in scenarios with conditional signatories).
        let asked: Option<Vec<bool>> = sc
            .actors
            .iter()
            .any(|a| a.signs_when.is_some())
            .then(|| (0..sc.actors.len() as ActorIx).map(|a| self.must_sign(a)).collect());
        let (mut all, mut any) = (true, false);
        for (a, actor) in sc.actors.iter().enumerate() {
            let Some(rule) = &actor.accept else { continue };
            let ai = a as ActorIx;
            if asked.as_ref().is_some_and(|x| !x[a]) {
                self.values[(l.accepts + ai as u32) as usize] = 0;
                self.emit(Report::NotAsked { actor: ai });
                continue;
            }
            any = true;
            let red = self.values[(l.red_line + ai as u32) as usize] != 0;
            let ctx = Ctx { self_actor: ai, target: 0 };
            let accepts = match answer {
                Some(yes) if ai == self.actor => yes,
                _ if ai == self.actor && proposer == self.actor => true,
                _ => !red && rule.test(&self.values, &ctx),
            };
            self.values[(l.accepts + ai as u32) as usize] = accepts as i32;
            // The reason is read back from the rule only for a game that keeps its reports.
            let why = if accepts || !self.setup.record { None } else { self.refusal(ai) };
            self.emit(Report::Responded { actor: ai, accepts, red_line: red, why });
            all &= accepts;
        }
        self.refused = !all;
        self.react(On::Proposal);
        if !all || !any {
            self.emit(Report::Rejected);
            return;
        }
        let cause = Cause { source: Source::Negotiation, effect: None };
        let mut count = 0;
        for (i, issue) in sc.issues.iter().enumerate() {
            let Some((o, amb)) = self.table(i as IssueIx) else { continue };
            if self.signed(i as IssueIx) == Some((o, amb)) {
                // Signed before in these very words: nothing new to sign, no new risk.
                continue;
            }
            count += 1;
            self.set((l.signed + i as u32) as usize, o as i32 + 1, cause);
            self.set((l.signed_ambiguous + i as u32) as usize, amb as i32, cause);
            if amb {
                let risk = issue.options[o as usize].ambiguous.map_or(0, |x| x.risk);
                let before = self.values[layout::AMBIGUITY as usize];
                self.set(layout::AMBIGUITY as usize, before.saturating_add(risk), cause);
            }
        }
        self.bump(layout::AGREEMENTS);
        self.emit(Report::Signed { issues: count });
        self.react(On::Signed);
    }
}
