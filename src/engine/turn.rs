//! The turn: the calendar advances, events fire, AI actors react, endings are checked.

use super::expr::Ctx;
use super::game::{Game, MAX_CHAIN, Phase};
use super::layout;
use super::report::*;
use super::scenario::*;

impl Game {
    /// Step 1 and 2 of a turn: advance the calendar and fire follow-ups, scripted,
    /// triggered and random events, in that order.
    pub(super) fn begin_turn(&mut self) {
        let sc = self.sc.clone();
        self.turn += 1;
        self.chain = 0;
        self.values[layout::TURN as usize] = self.turn as i32;
        self.values[layout::TURNS_LEFT as usize] = sc.turns as i32 - self.turn as i32;
        if let Some(&(_, role)) = self.seats.iter().find(|s| s.0 == self.turn) {
            self.take_seat(role);
        }
        let budget = &sc.roles[self.seat as usize].budget;
        for (i, b) in budget.iter().enumerate() {
            self.values[(sc.layout.budget + i as u32) as usize] = *b;
        }
        self.action_uses.iter_mut().for_each(|u| *u = 0);
        self.emit(Report::TurnBegan { turn: self.turn, date: sc.date_of(self.turn) });

        let turn = self.turn;
        let due: Vec<_> = self.scheduled.iter().filter(|s| s.0 == turn).map(|s| (s.1, s.2)).collect();
        self.scheduled.retain(|s| s.0 != turn);
        for (e, src) in due {
            self.try_fire(e, Fired::FollowUp(src));
        }
        if let Some(list) = sc.scripted.get(turn as usize - 1) {
            for &e in list {
                self.try_fire(e, Fired::Scripted);
            }
        }
        for &e in &sc.triggered {
            self.try_fire(e, Fired::Triggered);
        }
        for _ in 0..sc.draws {
            self.draw_random();
        }
        self.drafters_act();
        self.settle();
    }

    /// The player moves to another chair; the one they leave is played by its reactions.
    fn take_seat(&mut self, role: RoleIx) {
        let roles = self.sc.layout.roles;
        self.values[(roles + self.seat as u32) as usize] = 0;
        self.values[(roles + role as u32) as usize] = 1;
        self.seat = role;
        self.actor = self.sc.roles[role as usize].actor;
    }

    /// Whether an event may fire now: `once`, `cooldown`, at most once a turn, condition.
    fn eligible(&self, e: EventIx) -> bool {
        let ev = &self.sc.events[e as usize];
        let last = self.last_fired[e as usize];
        if last == self.turn && last != 0 {
            return false;
        }
        if last != 0 && (ev.once || (ev.cooldown > 0 && self.turn - last < ev.cooldown)) {
            return false;
        }
        ev.condition.as_ref().is_none_or(|c| c.test(&self.values, &self.ctx()))
    }

    fn try_fire(&mut self, e: EventIx, why: Fired) {
        if self.eligible(e) {
            self.fire(e, why);
        }
    }

    fn draw_random(&mut self) {
        let sc = self.sc.clone();
        let ctx = self.ctx();
        let mut total: u32 = 0;
        let mut weights = std::mem::take(&mut self.draw_buf);
        weights.clear();
        for &e in &sc.random {
            if self.eligible(e) {
                let w = weight(&sc.events[e as usize].weight, &self.values, &ctx);
                if w > 0 {
                    total += w;
                    weights.push((e, w));
                }
            }
        }
        let nothing = weight(&sc.nothing, &self.values, &ctx);
        let mut chosen = None;
        if total > 0 {
            let mut pick = self.rng.below(total + nothing);
            for &(e, w) in &weights {
                if pick < w {
                    chosen = Some(e);
                    break;
                }
                pick -= w;
            }
        }
        self.draw_buf = weights;
        if let Some(e) = chosen {
            self.fire(e, Fired::Random);
        }
    }

    /// Fires an event: effects, follow-ups, and its choice (the player's or an AI's).
    pub(super) fn fire(&mut self, e: EventIx, why: Fired) {
        if self.chain >= MAX_CHAIN {
            if self.chain == MAX_CHAIN {
                self.emit(Report::ChainLimit);
                self.chain += 1;
            }
            return;
        }
        self.chain += 1;
        let sc = self.sc.clone();
        let ev = &sc.events[e as usize];
        self.bump(sc.layout.fired + e as u32);
        self.last_fired[e as usize] = self.turn;
        self.emit(Report::Event { event: e, why });
        self.count_tags(&ev.tags);
        self.run_effects(&ev.effects, Source::Event(e), self.ctx());
        self.followups(&ev.followups, Source::Event(e));
        if ev.options.is_empty() {
            return;
        }
        if ev.choosers.contains(&self.seat) {
            self.pending.push_back(e);
        } else {
            self.ai_choose(e);
        }
    }

    pub(super) fn followups(&mut self, list: &[Followup], src: Source) {
        for f in list {
            if !self.rng.percent(f.chance) {
                continue;
            }
            if f.delay == 0 {
                self.try_fire(f.event, Fired::FollowUp(src));
            } else {
                self.scheduled.push((self.turn.saturating_add(f.delay), f.event, src));
            }
        }
    }

    /// The options of an event that are available now.
    pub fn available_options(&self, e: EventIx) -> Vec<u8> {
        let ctx = self.ctx();
        self.sc.events[e as usize]
            .options
            .iter()
            .enumerate()
            .filter(|(_, o)| self.option_holds(o, &ctx))
            .map(|(i, _)| i as u8)
            .collect()
    }

    /// Whether any option of an event is available now (`available_options` not empty).
    pub(super) fn any_option_available(&self, e: EventIx) -> bool {
        let ctx = self.ctx();
        let options = &self.sc.events[e as usize].options;
        options.iter().any(|o| self.option_holds(o, &ctx))
    }

    /// Whether an event option's condition holds now.
    fn option_holds(&self, o: &EventOption, ctx: &Ctx) -> bool {
        o.condition.as_ref().is_none_or(|c| c.test(&self.values, ctx))
    }

    pub(super) fn option_available(&self, e: EventIx, o: u8) -> bool {
        let ctx = self.ctx();
        self.sc.events[e as usize].options.get(o as usize).is_some_and(|opt| self.option_holds(opt, &ctx))
    }

    fn ai_choose(&mut self, e: EventIx) {
        let sc = self.sc.clone();
        let ev = &sc.events[e as usize];
        let ctx = self.ctx();
        let avail = self.available_options(e);
        let Some(&first) = avail.first() else { return };
        let weights: Vec<u32> =
            avail.iter().map(|&o| weight(&ev.options[o as usize].weight, &self.values, &ctx)).collect();
        let total: u32 = weights.iter().sum();
        let mut chosen = first;
        if total > 0 {
            let mut pick = self.rng.below(total);
            for (&o, &w) in avail.iter().zip(&weights) {
                if pick < w {
                    chosen = o;
                    break;
                }
                pick -= w;
            }
        }
        let by = ev.resolver.map_or(Chooser::Chance, Chooser::Actor);
        self.choose(e, chosen, by);
    }

    pub(super) fn choose(&mut self, e: EventIx, o: u8, by: Chooser) {
        let sc = self.sc.clone();
        let opt = &sc.events[e as usize].options[o as usize];
        self.bump(opt.slot);
        self.emit(Report::Chosen { event: e, option: o, by });
        self.count_tags(&opt.tags);
        self.run_effects(&opt.effects, Source::Option(e, o), self.ctx());
        self.followups(&opt.followups, Source::Option(e, o));
        if let Some(a) = opt.answer {
            self.answer(a);
        }
    }

    /// Steps 4 and 5: expiring flags, AI reactions, endings; then the next turn begins.
    pub(super) fn end_turn(&mut self) {
        // Trends count from what the player saw last: the values as their turn ends, before
        // the week's reactions and the next week's events move them.
        self.prev.clone_from(&self.values);
        let sc = self.sc.clone();
        for f in 0..sc.flags.len() {
            let exp = self.flag_expiry[f];
            if exp != 0 && exp <= self.turn + 1 {
                self.flag_expiry[f] = 0;
                let cause = Cause { source: Source::Expiry, effect: None };
                self.set((sc.layout.flags + f as u32) as usize, 0, cause);
                self.emit(Report::FlagExpired { flag: f as u16 });
            }
        }
        self.react(On::Turn);
        if self.setup.record {
            self.history.push(self.values.clone());
        }
        let deadline = self.turn >= sc.turns;
        if let Some(ending) = self.find_ending(deadline) {
            let end = &sc.endings[ending as usize];
            self.count_tags(&end.tags);
            let score = end.score.saturating_add(self.role_score());
            let ctx = self.ctx();
            let variant = end
                .variants
                .iter()
                .position(|v| v.condition.as_ref().is_none_or(|c| c.test(&self.values, &ctx)))
                .map(|i| i as u8);
            self.phase = Phase::Ended { ending, score, variant };
            self.emit(Report::Ended { ending, score, variant });
            return;
        }
        if self.last_week.is_some_and(|w| self.turn >= w) {
            self.phase = Phase::Stopped;
            return;
        }
        self.begin_turn();
    }

    fn find_ending(&self, deadline: bool) -> Option<EndingIx> {
        let ctx = self.ctx();
        self.sc
            .endings
            .iter()
            .position(|e| {
                (deadline || !e.at_deadline) && e.condition.as_ref().is_none_or(|c| c.test(&self.values, &ctx))
            })
            .map(|i| i as EndingIx)
    }

    /// Runs every actor's reactions for a moment of the turn, in pack order.
    pub(super) fn react(&mut self, on: On) {
        let sc = self.sc.clone();
        for (a, actor) in sc.actors.iter().enumerate() {
            let a = a as ActorIx;
            let ctx = Ctx { self_actor: a, target: 0 };
            for (r, re) in actor.reactions.iter().enumerate() {
                if re.on != on || (a == self.actor && !re.always) {
                    continue;
                }
                let last = self.reaction_last[re.global as usize];
                if last != 0 && (re.once || (re.cooldown > 0 && self.turn - last < re.cooldown)) {
                    continue;
                }
                if !re.when.as_ref().is_none_or(|c| c.test(&self.values, &ctx)) {
                    continue;
                }
                if !self.rng.percent(re.chance) {
                    continue;
                }
                self.reaction_last[re.global as usize] = self.turn;
                self.emit(Report::Reaction { actor: a, reaction: r as u16 });
                self.count_tags(&re.tags);
                self.run_effects(&re.effects, Source::Reaction(a, r as u16), ctx);
            }
        }
    }
}

/// A weight after its modifiers; never negative.
pub(super) fn weight(w: &Weight, values: &[i32], ctx: &Ctx) -> u32 {
    let mut v = w.base as i64;
    for m in &w.mods {
        if m.when.test(values, ctx) {
            v = v * m.percent as i64 / 100 + m.add as i64;
        }
    }
    v.clamp(0, 1_000_000) as u32
}
