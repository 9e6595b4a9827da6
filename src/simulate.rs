//! Headless games in parallel, for balance: outcomes, coverage, length, throughput.

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
}

impl Stats {
    fn new(sc: &Scenario, options: usize) -> Stats {
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
        self
    }
}

fn add(a: &mut [u64], b: &[u64]) {
    a.iter_mut().zip(b).for_each(|(x, y)| *x += y);
}

/// Plays one game to its end with a policy; returns the finished game.
pub fn play_one(sc: &Arc<Scenario>, setup: Setup, policy: Policy) -> Game {
    let mut g = Game::new(sc.clone(), setup);
    let mut rng = GameRng::new(setup.seed ^ 0x5DEE_CE66_D1CE_4E5B);
    play_on(&mut g, policy, &mut rng);
    g
}

/// Plays a game on from where it stands to its end with a policy, which draws from `rng`.
pub fn play_on(g: &mut Game, policy: Policy, rng: &mut GameRng) {
    let mut per_turn = 0u32;
    let mut turn = g.turn();
    while g.ended().is_none() {
        if g.turn() != turn {
            turn = g.turn();
            per_turn = 0;
        }
        per_turn += 1;
        let d = if per_turn > MAX_DECISIONS_PER_TURN && g.phase() == Phase::Acting {
            Decision::EndTurn
        } else {
            match policy {
                Policy::Random => random_decision(g, rng),
                Policy::Greedy => greedy(g),
            }
        };
        if g.apply(d).is_err() {
            // A policy only picks legal decisions; should one fail, end the turn instead.
            let _ = g.apply(Decision::EndTurn);
        }
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
    let objectives = g.objectives().iter().filter(|x| **x).count() as i64;
    let support: i64 =
        sc.principals(g.setup().role).iter().map(|&a| g.value(sc.layout.support + a as u32) as i64).sum();
    g.role_score() as i64 * 10 + objectives * 50 + support
}

fn greedy(g: &Game) -> Decision {
    let legal = g.legal_decisions();
    let now = value(g);
    let mut best: Option<(i64, Decision)> = None;
    for d in legal {
        if d == Decision::EndTurn {
            continue;
        }
        let mut c = g.clone();
        if c.apply(d).is_err() {
            continue;
        }
        let v = value(&c);
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
    let pool = rayon::ThreadPoolBuilder::new().num_threads(jobs).build()?;
    let jobs = pool.current_num_threads();
    let started = Instant::now();
    let stats = pool.install(|| {
        (0..games)
            .into_par_iter()
            .fold(
                || Stats::new(&sc, options.len()),
                |mut s, i| {
                    let role = role.unwrap_or((i % sc.roles.len() as u64) as RoleIx);
                    let setup = Setup { role, seed: game_seed(seed, i), difficulty, record: false };
                    let g = play_one(&sc, setup, policy);
                    let (ending, score) = g.ended().expect("played to the end");
                    s.games += 1;
                    s.endings[ending as usize] += 1;
                    if let Some(v) = g.ended_variant() {
                        s.variants[ending as usize][v as usize] += 1;
                    }
                    for (e, f) in s.fired.iter_mut().enumerate() {
                        *f += (g.value(sc.layout.fired + e as u32) > 0) as u64;
                    }
                    for (k, (_, slot)) in options.iter().enumerate() {
                        s.chosen[k] += (g.value(*slot) > 0) as u64;
                    }
                    s.turns_sum += g.turn() as u64;
                    s.turns_min = s.turns_min.min(g.turn());
                    s.turns_max = s.turns_max.max(g.turn());
                    s.score_sum += score as i64;
                    s
                },
            )
            .reduce(|| Stats::new(&sc, options.len()), Stats::merge)
    });
    let seconds = started.elapsed().as_secs_f64();
    let mut tiers: BTreeMap<&'static str, u64> =
        ["success", "partial", "failure"].into_iter().map(|t| (t, 0)).collect();
    let endings = sc
        .endings
        .iter()
        .zip(stats.endings.iter().zip(&stats.variants))
        .map(|(e, (&count, per_variant))| {
            *tiers.entry(e.tier.as_str()).or_default() += count;
            let variants = e.variants.iter().zip(per_variant).map(|(v, &n)| (v.id.clone(), n)).collect();
            (e.id.clone(), EndingStat { tier: e.tier.as_str(), count, variants })
        })
        .collect();
    let n = stats.games.max(1) as f64;
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
    })
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
    let list = |v: &[String]| if v.is_empty() { "none".to_string() } else { v.join(", ") };
    out.push_str(&format!("\nevents never fired: {}\n", list(&s.events_never_fired)));
    out.push_str(&format!("options never chosen: {}\n", list(&s.options_never_chosen)));
    out
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
