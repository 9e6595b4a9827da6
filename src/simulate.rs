//! Headless games in parallel, for balance: outcomes, coverage, length, throughput, and
//! what ended each game; `trace` tells one game in full.

mod expert;
mod policies;
mod trace;
pub use policies::{Comparison, PolicyRow, compare_policies, comparison_to_text};
pub use trace::trace;

use crate::engine::expr::Ctx;
use crate::engine::rng::GameRng;
use crate::engine::scenario::{RoleIx, Scenario};
use crate::engine::{Decision, Game, Phase, Setup, Target};
use rand::rngs::Xoshiro256PlusPlus;
use rand::{Rng as _, SeedableRng};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Instant;

/// How the simulated player decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Policy {
    /// Any legal decision: an action, then its target (for a draft: issue, option, wording), each uniformly.
    Random,
    /// The decision that looks best one step ahead (score, objectives, support).
    Greedy,
    /// A Monte Carlo search: greedy's few best-looking decisions (and ending the turn), each
    /// played on a few weeks in several possible worlds; the one whose worlds end best
    /// (ending tiers first, then score, objectives and support). Slower: about ten times
    /// greedy's time.
    Expert,
}

/// The most decisions a simulated turn may take before the policy must end it.
const MAX_DECISIONS_PER_TURN: u32 = 64;

#[derive(Debug, Clone, Serialize)]
pub struct EndingStat {
    pub tier: &'static str,
    pub count: u64,
    /// How often each account of the ending was told (variant id → games); empty for an
    /// ending without accounts.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub variants: BTreeMap<String, u64>,
    /// Which part of its condition ended the game: each alternative of the condition (the
    /// parts joined by `or`, as written) → games; `(no condition)` for an ending without
    /// one.
    pub clauses: BTreeMap<String, u64>,
    /// The week the games that ended this way ended (week → games).
    pub weeks: BTreeMap<u16, u64>,
}

/// How often an event fired.
#[derive(Debug, Clone, Serialize)]
pub struct EventStat {
    /// Games in which it fired at least once.
    pub games: u64,
    /// Times it fired, over all games.
    pub fires: u64,
}

/// Where a meter stood when the games ended.
#[derive(Debug, Clone, Serialize)]
pub struct MeterStat {
    pub min: i32,
    pub mean: f64,
    pub max: i32,
}

/// One role's games, when a run plays every role.
#[derive(Debug, Clone, Serialize)]
pub struct RoleStat {
    pub games: u64,
    pub endings: BTreeMap<String, u64>,
    pub tiers: BTreeMap<&'static str, u64>,
    pub mean_score: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Turns {
    pub mean: f64,
    pub min: u16,
    pub max: u16,
}

/// The outcome of a batch of games.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub scenario: String,
    pub role: String,
    pub policy: Policy,
    pub games: u64,
    pub jobs: usize,
    pub seconds: f64,
    pub games_per_second: f64,
    pub endings: BTreeMap<String, EndingStat>,
    pub tiers: BTreeMap<&'static str, u64>,
    pub events_never_fired: Vec<String>,
    pub options_never_chosen: Vec<String>,
    pub turns: Turns,
    pub mean_score: f64,
    /// Every event: in how many games it fired, and how many times.
    pub events: BTreeMap<String, EventStat>,
    /// Every meter (an actor meter as `meter.actor`) when the games ended.
    pub meters_at_end: BTreeMap<String, MeterStat>,
    /// Each role's results, when the run plays every role in turn (`--role all`).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub roles: BTreeMap<String, RoleStat>,
}

#[derive(Clone)]
struct Stats {
    games: u64,
    endings: Vec<u64>,
    /// Per ending, per variant.
    variants: Vec<Vec<u64>>,
    fired: Vec<u64>,
    chosen: Vec<u64>,
    turns_sum: u64,
    turns_min: u16,
    turns_max: u16,
    score_sum: i64,
    /// Times each event fired, over all games.
    fires: Vec<u64>,
    /// Per ending, per alternative of its condition (one more for "none held").
    clauses: Vec<Vec<u64>>,
    /// Per ending, per week (index 0 is week 1).
    weeks: Vec<Vec<u64>>,
    /// Per meter slot: least, greatest and sum at the end.
    meters: Vec<(i32, i32, i64)>,
    /// Per role: games, endings and score sum.
    roles: Vec<(u64, Vec<u64>, i64)>,
}

impl Stats {
    fn new(sc: &Scenario, options: usize, meters: usize) -> Stats {
        Stats {
            games: 0,
            endings: vec![0; sc.endings.len()],
            variants: sc.endings.iter().map(|e| vec![0; e.variants.len()]).collect(),
            fired: vec![0; sc.events.len()],
            chosen: vec![0; options],
            turns_sum: 0,
            turns_min: u16::MAX,
            turns_max: 0,
            score_sum: 0,
            fires: vec![0; sc.events.len()],
            clauses: sc
                .endings
                .iter()
                .map(|e| vec![0; e.condition.as_ref().map_or(1, |c| c.clauses().len()) + 1])
                .collect(),
            weeks: vec![vec![0; sc.turns as usize + 1]; sc.endings.len()],
            meters: vec![(i32::MAX, i32::MIN, 0); meters],
            roles: vec![(0, vec![0; sc.endings.len()], 0); sc.roles.len()],
        }
    }

    fn merge(mut self, o: Stats) -> Stats {
        self.games += o.games;
        add(&mut self.endings, &o.endings);
        for (a, b) in self.variants.iter_mut().zip(&o.variants) {
            add(a, b);
        }
        add(&mut self.fired, &o.fired);
        add(&mut self.chosen, &o.chosen);
        self.turns_sum += o.turns_sum;
        self.turns_min = self.turns_min.min(o.turns_min);
        self.turns_max = self.turns_max.max(o.turns_max);
        self.score_sum += o.score_sum;
        add(&mut self.fires, &o.fires);
        for (a, b) in self.clauses.iter_mut().zip(&o.clauses) {
            add(a, b);
        }
        for (a, b) in self.weeks.iter_mut().zip(&o.weeks) {
            add(a, b);
        }
        for (a, b) in self.meters.iter_mut().zip(&o.meters) {
            *a = (a.0.min(b.0), a.1.max(b.1), a.2 + b.2);
        }
        for (a, b) in self.roles.iter_mut().zip(&o.roles) {
            a.0 += b.0;
            add(&mut a.1, &b.1);
            a.2 += b.2;
        }
        self
    }

    /// Counts one finished game.
    fn count(&mut self, g: &Game, options: &[(String, u32)], meters: &[(String, u32)]) {
        let sc = g.scenario();
        let (ending, score) = g.ended().expect("played to the end");
        let e = ending as usize;
        self.games += 1;
        self.endings[e] += 1;
        if let Some(v) = g.ended_variant() {
            self.variants[e][v as usize] += 1;
        }
        for (i, (f, n)) in self.fired.iter_mut().zip(self.fires.iter_mut()).enumerate() {
            let times = g.value(sc.layout.fired + i as u32).max(0) as u64;
            *f += (times > 0) as u64;
            *n += times;
        }
        for (k, (_, slot)) in options.iter().enumerate() {
            self.chosen[k] += (g.value(*slot) > 0) as u64;
        }
        self.turns_sum += g.turn() as u64;
        self.turns_min = self.turns_min.min(g.turn());
        self.turns_max = self.turns_max.max(g.turn());
        self.score_sum += score as i64;
        let clause = match &sc.endings[e].condition {
            Some(c) => c.clause_held(g.values(), &Ctx { self_actor: g.actor(), target: 0 }),
            None => Some(0),
        };
        let row = &mut self.clauses[e];
        let last = row.len() - 1;
        row[clause.unwrap_or(last).min(last)] += 1;
        let week = (g.turn() as usize).min(self.weeks[e].len() - 1);
        self.weeks[e][week] += 1;
        for (m, (_, slot)) in self.meters.iter_mut().zip(meters) {
            let v = g.value(*slot);
            *m = (m.0.min(v), m.1.max(v), m.2 + v as i64);
        }
        let r = &mut self.roles[g.setup().role as usize];
        r.0 += 1;
        r.1[e] += 1;
        r.2 += score as i64;
    }
}

/// Every meter's slot, named as in expressions (`meter`, or `meter.actor` for each actor
/// an actor meter is shown for).
fn meter_slots(sc: &Scenario) -> Vec<(String, u32)> {
    let mut out = Vec::new();
    for m in &sc.meters {
        match &m.actors {
            None => out.push((m.id.clone(), m.slot)),
            Some(actors) => {
                for &a in actors {
                    out.push((format!("{}.{}", m.id, sc.actors[a as usize].id), m.slot + a as u32));
                }
            }
        }
    }
    out
}

fn add(a: &mut [u64], b: &[u64]) {
    a.iter_mut().zip(b).for_each(|(x, y)| *x += y);
}

/// Plays one game to its end with a policy; returns the finished game.
pub fn play_one(sc: &Arc<Scenario>, setup: Setup, policy: Policy) -> Game {
    play_with(sc, setup, policy, |_, _| {}, |_, _| {})
}

/// [`play_one`], telling each decision before it is applied (with the game as it stands)
/// and what it caused after (empty unless the setup records reports).
pub fn play_with(
    sc: &Arc<Scenario>,
    setup: Setup,
    policy: Policy,
    mut before: impl FnMut(&Game, &Decision),
    mut after: impl FnMut(&Game, Vec<crate::engine::Report>),
) -> Game {
    let mut g = Game::new(sc.clone(), setup);
    let opening = g.drain();
    after(&g, opening);
    let mut rng = GameRng::new(setup.seed ^ 0x5DEE_CE66_D1CE_4E5B);
    play_on_with(&mut g, policy, &mut rng, &mut before, &mut after);
    g
}

/// Plays a game on from where it stands to its end with a policy, which draws from `rng`.
pub fn play_on(g: &mut Game, policy: Policy, rng: &mut GameRng) {
    play_on_with(g, policy, rng, &mut |_, _| {}, &mut |_, _| {});
}

fn play_on_with(
    g: &mut Game,
    policy: Policy,
    rng: &mut GameRng,
    before: &mut impl FnMut(&Game, &Decision),
    after: &mut impl FnMut(&Game, Vec<crate::engine::Report>),
) {
    let mut per_turn = 0u32;
    let mut turn = g.turn();
    let mut scratch = Scratch::default();
    while !g.is_over() {
        if g.turn() != turn {
            turn = g.turn();
            per_turn = 0;
        }
        per_turn += 1;
        let mut d = if per_turn > MAX_DECISIONS_PER_TURN && g.phase() == Phase::Acting {
            Decision::EndTurn
        } else {
            match policy {
                Policy::Random => random_decision(g, rng),
                Policy::Greedy => greedy(g, &mut scratch),
                Policy::Expert => expert::decide(g, rng, &mut scratch),
            }
        };
        before(g, &d);
        let reports = match g.apply(d) {
            Ok(r) => r,
            // A policy only picks legal decisions; should one fail, end the turn instead.
            Err(_) => {
                d = Decision::EndTurn;
                before(g, &d);
                match g.apply(d) {
                    Ok(r) => r,
                    // Nothing more can be decided: the game is over in a way the loop
                    // does not know of.
                    Err(_) => break,
                }
            }
        };
        after(g, reports);
    }
}

/// Uniform over the available options, or over the available actions and ending the
/// turn, then over the chosen action's targets (see `draw_target`).
/// (Drawing over every target of every action would make drafting, with its many wordings,
/// crowd out everything else.)
fn random_decision(g: &Game, rng: &mut GameRng) -> Decision {
    match g.phase() {
        Phase::Choosing(e) => {
            let opts = g.available_options(e);
            Decision::Choose(opts[rng.below(opts.len() as u32) as usize])
        }
        _ => {
            // Uniform over the open actions and ending the turn, by drawing over all of the
            // role's actions and drawing again on a closed one: this asks about only a few
            // actions instead of all of them.
            let actions = &g.role().actions;
            loop {
                let pick = rng.below(actions.len() as u32 + 1) as usize;
                let Some(&action) = actions.get(pick) else { return Decision::EndTurn };
                if g.action_available(action) {
                    let targets = g.valid_targets(action);
                    return Decision::Act { action, target: draw_target(&targets, rng) };
                }
            }
        }
    }
}

/// One of an action's targets. A draft is drawn in three steps, each uniform: the issue,
/// then one of its options, then the wording, so that an option with a vague variant is
/// drawn no more often than one without (the menus list the two wordings as two lines).
/// Other targets are drawn uniformly.
fn draw_target(targets: &[Target], rng: &mut GameRng) -> Target {
    let mut pick = |n: usize| rng.below(n as u32) as usize;
    let Some(&Target::Issue { .. }) = targets.first() else { return targets[pick(targets.len())] };
    let key = |t: &Target| match *t {
        Target::Issue { issue, option, .. } => (issue, option),
        _ => (0, 0),
    };
    let mut issues: Vec<_> = targets.iter().map(|t| key(t).0).collect();
    issues.sort_unstable();
    issues.dedup();
    let issue = issues[pick(issues.len())];
    let mut options: Vec<_> = targets.iter().map(key).filter(|k| k.0 == issue).collect();
    options.sort_unstable();
    options.dedup();
    let chosen = options[pick(options.len())];
    let wordings: Vec<_> = targets.iter().filter(|t| key(t) == chosen).collect();
    *wordings[pick(wordings.len())]
}

/// How good a position looks to the greedy policy.
fn value(g: &Game) -> i64 {
    if let Some((_, score)) = g.ended() {
        return score as i64 * 10;
    }
    let sc = g.scenario();
    let objectives = g.objectives_met() as i64;
    let support: i64 = (0..sc.actors.len() as u16)
        .filter(|&a| sc.is_principal(g.seat(), a))
        .map(|a| g.value(sc.layout.support + a as u32) as i64)
        .sum();
    g.role_score() as i64 * 10 + objectives * 50 + support
}

/// [`value`] for the wordings of one drafting action tried on one copy of a game
/// (`Game::try_drafts`): between them only the table and each actor's support and red lines
/// change, so the score and the objectives that read none of those are worked out once.
struct Wordings {
    /// Whether the role's score reads none of what a wording changes.
    score_fixed: bool,
    /// Per objective, whether it reads none of what a wording changes.
    fixed: Vec<bool>,
    /// The fixed score, once worked out.
    score: Option<i32>,
    /// How many of the fixed objectives are met, once worked out.
    fixed_met: Option<usize>,
    /// The support slots of the actors whose support counts.
    support: Vec<u32>,
}

impl Wordings {
    fn new(g: &Game) -> Wordings {
        let (sc, role) = (g.scenario(), g.role());
        let l = &sc.layout;
        let (issues, actors) = (sc.issues.len() as u32, sc.actors.len() as u32);
        let changed = [(l.table, issues), (l.table_ambiguous, issues), (l.support, actors), (l.red_line, actors)];
        let fixed = |c: &crate::engine::expr::Code| {
            !c.is_dynamic() && c.static_slots().all(|s| changed.iter().all(|&(at, n)| !(at..at + n).contains(&s)))
        };
        Wordings {
            score_fixed: role.score.as_ref().is_none_or(fixed),
            fixed: role.objectives.iter().map(|o| fixed(&o.condition)).collect(),
            score: None,
            fixed_met: None,
            support: (0..actors as u16)
                .filter(|&a| sc.is_principal(g.seat(), a))
                .map(|a| l.support + a as u32)
                .collect(),
        }
    }

    /// `value(c)`, for `c` a wording's position.
    fn value(&mut self, c: &Game) -> i64 {
        if c.ended().is_some() {
            return value(c);
        }
        let ctx = Ctx { self_actor: c.actor(), target: 0 };
        let objectives = &c.role().objectives;
        let met = |fixed: bool| {
            objectives
                .iter()
                .zip(&self.fixed)
                .filter(|(o, f)| **f == fixed && o.condition.test(c.values(), &ctx))
                .count()
        };
        let score = if self.score_fixed { *self.score.get_or_insert_with(|| c.role_score()) } else { c.role_score() };
        let fixed_met = *self.fixed_met.get_or_insert_with(|| met(true));
        let support: i64 = self.support.iter().map(|&s| c.value(s) as i64).sum();
        let v = score as i64 * 10 + (fixed_met + met(false)) as i64 * 50 + support;
        debug_assert_eq!(v, value(c), "a wording's value worked out in parts");
        v
    }
}

/// A game kept between decisions for a policy to try candidates on: forked from the game
/// in play for each candidate, so trying one allocates nothing.
#[derive(Default)]
struct Scratch {
    game: Option<Game>,
}

impl Scratch {
    /// The scratch game, made a quiet copy of `g`.
    fn fork(&mut self, g: &Game) -> &mut Game {
        match &mut self.game {
            Some(s) => {
                s.fork_from(g);
                s
            }
            slot => slot.insert(g.fork()),
        }
    }
}

/// Each decision but ending the turn, with the value of the position it leads to, in the
/// order the game lists them (decisions the game refuses are left out). The wordings of a
/// drafting action are tried on one copy of the game (`Game::try_drafts`) where the engine
/// allows it, each on a copy of its own otherwise.
fn one_step(g: &Game, scratch: &mut Scratch) -> Vec<(i64, Decision)> {
    let legal = g.legal_decisions();
    let mut out = Vec::with_capacity(legal.len());
    let mut rest = legal.as_slice();
    while let Some((&d, after)) = rest.split_first() {
        rest = after;
        if d == Decision::EndTurn {
            continue;
        }
        if let Decision::Act { action, target: Target::Issue { .. } } = d {
            // The game lists an action's targets together.
            let same =
                after.iter().take_while(|x| matches!(x, Decision::Act { action: b, .. } if *b == action)).count();
            let targets: Vec<Target> = std::iter::once(d)
                .chain(after[..same].iter().copied())
                .filter_map(|x| if let Decision::Act { target, .. } = x { Some(target) } else { None })
                .collect();
            let at = out.len();
            let mut wordings = Wordings::new(g);
            let tried = scratch.fork(g).try_drafts(action, &targets, |target, c| {
                out.push((wordings.value(c), Decision::Act { action, target }));
            });
            if tried {
                debug_assert!(
                    out[at..].iter().all(|&(v, d)| {
                        let c = scratch.fork(g);
                        c.apply(d).is_ok() && value(c) == v
                    }),
                    "a wording tried on one copy is valued as when it is applied"
                );
                rest = &after[same..];
                continue;
            }
        }
        let c = scratch.fork(g);
        if c.apply(d).is_ok() {
            out.push((value(c), d));
        }
    }
    out
}

fn greedy(g: &Game, scratch: &mut Scratch) -> Decision {
    let now = value(g);
    let mut best: Option<(i64, Decision)> = None;
    for (v, d) in one_step(g, scratch) {
        if best.is_none_or(|(b, _)| v > b) {
            best = Some((v, d));
        }
    }
    match (g.phase(), best) {
        (Phase::Choosing(_), Some((_, d))) => d,
        (_, Some((v, d))) if v > now => d,
        _ => Decision::EndTurn,
    }
}

/// The seed of game `i` in a run started with `seed`: `first + i`, where `first` is drawn
/// from `seed`, so that neighbouring seeds give unrelated samples instead of two runs that
/// share all but one game.
pub fn game_seed(seed: u64, i: u64) -> u64 {
    Xoshiro256PlusPlus::seed_from_u64(seed).next_u64().wrapping_add(i)
}

/// Plays `games` games on `jobs` threads (0: all cores), as `role`, or as every role in
/// turn when `role` is `None`. Fails only when the threads cannot be started.
pub fn run(
    sc: Arc<Scenario>,
    role: Option<RoleIx>,
    difficulty: Option<u16>,
    games: u64,
    policy: Policy,
    seed: u64,
    jobs: usize,
) -> Result<Summary, rayon::ThreadPoolBuildError> {
    let options: Vec<(String, u32)> =
        sc.events.iter().flat_map(|e| e.options.iter().map(move |o| (format!("{}.{}", e.id, o.id), o.slot))).collect();
    let meters = meter_slots(&sc);
    let pool = rayon::ThreadPoolBuilder::new().num_threads(jobs).build()?;
    let jobs = pool.current_num_threads();
    let started = Instant::now();
    let fresh = || Stats::new(&sc, options.len(), meters.len());
    let stats = pool.install(|| {
        (0..games)
            .into_par_iter()
            .fold(fresh, |mut s, i| {
                let g = play_one(&sc, game_setup(&sc, role, difficulty, seed, i, false), policy);
                s.count(&g, &options, &meters);
                s
            })
            .reduce(fresh, Stats::merge)
    });
    let seconds = started.elapsed().as_secs_f64();
    let mut tiers: BTreeMap<&'static str, u64> =
        ["success", "partial", "failure"].into_iter().map(|t| (t, 0)).collect();
    let endings = sc
        .endings
        .iter()
        .zip(stats.endings.iter().zip(&stats.variants))
        .zip(stats.clauses.iter().zip(&stats.weeks))
        .map(|((e, (&count, per_variant)), (per_clause, per_week))| {
            *tiers.entry(e.tier.as_str()).or_default() += count;
            let variants = e.variants.iter().zip(per_variant).map(|(v, &n)| (v.id.clone(), n)).collect();
            let names = e.condition.as_ref().map_or_else(|| vec!["(no condition)".to_string()], |c| c.clauses());
            let clauses = per_clause
                .iter()
                .enumerate()
                .filter(|(_, n)| **n > 0)
                .map(|(k, &n)| (names.get(k).cloned().unwrap_or_else(|| "(none held)".to_string()), n))
                .collect();
            let weeks = per_week.iter().enumerate().filter(|(_, n)| **n > 0).map(|(w, &n)| (w as u16, n)).collect();
            (e.id.clone(), EndingStat { tier: e.tier.as_str(), count, variants, clauses, weeks })
        })
        .collect();
    let n = stats.games.max(1) as f64;
    let events = sc
        .events
        .iter()
        .zip(stats.fired.iter().zip(&stats.fires))
        .map(|(e, (&games, &fires))| (e.id.clone(), EventStat { games, fires }))
        .collect();
    let meters_at_end = meters
        .iter()
        .zip(&stats.meters)
        .map(|((id, _), &(min, max, sum))| {
            let stat = if stats.games == 0 {
                MeterStat { min: 0, mean: 0.0, max: 0 }
            } else {
                MeterStat { min, mean: sum as f64 / n, max }
            };
            (id.clone(), stat)
        })
        .collect();
    let roles = match role {
        Some(_) => BTreeMap::new(),
        None => sc
            .roles
            .iter()
            .zip(&stats.roles)
            .map(|(r, (games, per_ending, score))| {
                let mut tiers: BTreeMap<&'static str, u64> =
                    ["success", "partial", "failure"].into_iter().map(|t| (t, 0)).collect();
                let endings = sc
                    .endings
                    .iter()
                    .zip(per_ending)
                    .map(|(e, &c)| {
                        *tiers.entry(e.tier.as_str()).or_default() += c;
                        (e.id.clone(), c)
                    })
                    .collect();
                let mean_score = *score as f64 / (*games).max(1) as f64;
                (r.id.clone(), RoleStat { games: *games, endings, tiers, mean_score })
            })
            .collect(),
    };
    Ok(Summary {
        scenario: sc.id.clone(),
        role: role.map_or_else(|| "all".to_string(), |r| sc.roles[r as usize].id.clone()),
        policy,
        games: stats.games,
        jobs,
        seconds,
        games_per_second: stats.games as f64 / seconds.max(1e-9),
        endings,
        tiers,
        events_never_fired: sc
            .events
            .iter()
            .zip(&stats.fired)
            .filter(|(_, f)| **f == 0)
            .map(|(e, _)| e.id.clone())
            .collect(),
        options_never_chosen: options
            .iter()
            .zip(&stats.chosen)
            .filter(|(_, c)| **c == 0)
            .map(|((id, _), _)| id.clone())
            .collect(),
        turns: Turns {
            mean: stats.turns_sum as f64 / n,
            min: if stats.games == 0 { 0 } else { stats.turns_min },
            max: stats.turns_max,
        },
        mean_score: stats.score_sum as f64 / n,
        events,
        meters_at_end,
        roles,
    })
}

/// The setup of game `i` of a run: its role (every role in turn when `role` is `None`)
/// and its seed. `--trace` plays the same game again from it, keeping its reports.
pub fn game_setup(
    sc: &Scenario,
    role: Option<RoleIx>,
    difficulty: Option<u16>,
    seed: u64,
    i: u64,
    record: bool,
) -> Setup {
    let role = role.unwrap_or((i % sc.roles.len() as u64) as RoleIx);
    Setup { role, seed: game_seed(seed, i), difficulty, record }
}

/// The summary as a readable table.
pub fn to_text(s: &Summary) -> String {
    let mut out = String::new();
    let pct = |c: u64| 100.0 * c as f64 / s.games.max(1) as f64;
    out.push_str(&format!(
        "{} games of `{}` as `{}` ({:?} policy) in {:.2} s on {} thread(s): {:.0} games/s\n",
        s.games, s.scenario, s.role, s.policy, s.seconds, s.jobs, s.games_per_second
    ));
    out.push_str(&format!(
        "turns: mean {:.1}, min {}, max {}; mean score {:.1}\n\n",
        s.turns.mean, s.turns.min, s.turns.max, s.mean_score
    ));
    out.push_str(&format!("{:<32} {:<8} {:>8} {:>7}\n", "ending", "tier", "games", "share"));
    for (id, e) in &s.endings {
        out.push_str(&format!("{:<32} {:<8} {:>8} {:>6.1}%\n", id, e.tier, e.count, pct(e.count)));
        for (v, n) in &e.variants {
            // Each account's share of its ending's games.
            let of_ending = 100.0 * *n as f64 / e.count.max(1) as f64;
            out.push_str(&format!("  · {:<28} {:<8} {:>8} {:>6.1}% of the ending\n", v, "", n, of_ending));
        }
    }
    out.push('\n');
    for (t, c) in &s.tiers {
        out.push_str(&format!("{t:<8} {c:>8} {:>6.1}%\n", pct(*c)));
    }
    if !s.roles.is_empty() {
        out.push_str(&format!(
            "\n{:<28} {:>7} {:>9} {:>9} {:>9} {:>7}\n",
            "role", "games", "success", "partial", "failure", "score"
        ));
        for (id, r) in &s.roles {
            let share = |t: &str| 100.0 * r.tiers.get(t).copied().unwrap_or(0) as f64 / r.games.max(1) as f64;
            out.push_str(&format!(
                "{:<28} {:>7} {:>8.1}% {:>8.1}% {:>8.1}% {:>7.1}\n",
                id,
                r.games,
                share("success"),
                share("partial"),
                share("failure"),
                r.mean_score
            ));
        }
    }
    out.push_str("\nwhat ended the games (the part of each ending's condition that held; the weeks they ended):\n");
    for (id, e) in s.endings.iter().filter(|(_, e)| e.count > 0) {
        out.push_str(&format!("{id}: {}\n", weeks_line(&e.weeks, e.count)));
        for (clause, n) in &e.clauses {
            let share = 100.0 * *n as f64 / e.count.max(1) as f64;
            out.push_str(&format!("  {share:>5.1}%  {clause}\n"));
        }
    }
    out.push_str(&format!("\n{:<40} {:>9} {:>11}\n", "event", "in games", "fires/game"));
    for (id, e) in &s.events {
        out.push_str(&format!("{:<40} {:>8.1}% {:>11.2}\n", id, pct(e.games), e.fires as f64 / s.games.max(1) as f64));
    }
    out.push_str(&format!("\n{:<40} {:>6} {:>8} {:>6}\n", "meter at the end", "min", "mean", "max"));
    for (id, m) in &s.meters_at_end {
        out.push_str(&format!("{:<40} {:>6} {:>8.1} {:>6}\n", id, m.min, m.mean, m.max));
    }
    let list = |v: &[String]| if v.is_empty() { "none".to_string() } else { v.join(", ") };
    out.push_str(&format!("\nevents never fired: {}\n", list(&s.events_never_fired)));
    out.push_str(&format!("options never chosen: {}\n", list(&s.options_never_chosen)));
    out
}

/// The weeks games ended in, as a range, the most common week and a bar per week.
fn weeks_line(weeks: &BTreeMap<u16, u64>, count: u64) -> String {
    let (Some((&first, _)), Some((&last, _))) = (weeks.first_key_value(), weeks.last_key_value()) else {
        return String::new();
    };
    let most = weeks.iter().max_by_key(|(w, n)| (**n, std::cmp::Reverse(**w))).map_or(first, |(w, _)| *w);
    let top = weeks.values().copied().max().unwrap_or(1).max(1);
    let bars: String = (first..=last)
        .map(|w| {
            let n = weeks.get(&w).copied().unwrap_or(0);
            const STEPS: [char; 9] = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
            STEPS[((n * 8).div_ceil(top)) as usize]
        })
        .collect();
    let games = if count == 1 { "game" } else { "games" };
    format!("{count} {games}, weeks {first}–{last}, most often {most} [{bars}]")
}

#[cfg(test)]
mod tests {
    use super::{draw_target, game_seed};
    use crate::engine::Target;
    use crate::engine::rng::GameRng;
    use std::collections::{BTreeMap, BTreeSet};

    #[test]
    fn a_draft_draws_issue_then_option_then_wording() {
        let t = |issue, option, ambiguous| Target::Issue { issue, option, ambiguous };
        // Issue 0: option 0 in two wordings, option 1 in one. Issue 1: a single wording.
        let targets = [t(0, 0, false), t(0, 0, true), t(0, 1, false), t(1, 0, false)];
        let mut rng = GameRng::new(7);
        let mut seen: BTreeMap<(u16, u8), u32> = BTreeMap::new();
        for _ in 0..40_000 {
            let Target::Issue { issue, option, .. } = draw_target(&targets, &mut rng) else { panic!("not a draft") };
            *seen.entry((issue, option)).or_default() += 1;
        }
        // Expected 20,000 / 10,000 / 10,000; a flat draw over the four targets would give
        // 20,000 to the option with two wordings and 10,000 to each of the others.
        let near = |n: u32, want: u32| n.abs_diff(want) < want / 20;
        assert!(near(seen[&(1, 0)], 20_000), "{seen:?}");
        assert!(near(seen[&(0, 0)], 10_000), "{seen:?}");
        assert!(near(seen[&(0, 1)], 10_000), "{seen:?}");
    }

    #[test]
    fn other_targets_are_drawn_uniformly() {
        let targets = [Target::Actor(0), Target::Actor(1), Target::Actor(2)];
        let mut rng = GameRng::new(7);
        let mut seen = [0u32; 3];
        for _ in 0..30_000 {
            let Target::Actor(a) = draw_target(&targets, &mut rng) else { panic!("not an actor") };
            seen[a as usize] += 1;
        }
        assert!(seen.iter().all(|&n| n.abs_diff(10_000) < 500), "{seen:?}");
    }

    #[test]
    fn neighbouring_seeds_share_no_game() {
        let one: BTreeSet<u64> = (0..10_000).map(|i| game_seed(1, i)).collect();
        assert_eq!(one.len(), 10_000);
        assert!((0..10_000).all(|i| !one.contains(&game_seed(2, i))));
    }
}
