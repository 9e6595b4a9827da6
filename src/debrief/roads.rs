//! Roads not taken: the player's decisions that another one would have changed most.
//!
//! The game is forked at each choice the player made between two or more of an event's
//! options, and at each move (an action) the player made: a move is set against doing
//! nothing more that week and, for a move with a target, against up to [`OTHER_TARGETS`]
//! other targets (for a draft, other wordings of the same issue). From each fork, every
//! alternative is played on to an ending many times, each rollout in a world of its own (the
//! game's chances reseeded) and with a simulated player (`simulate`'s random policy). The
//! same rollout seeds serve every alternative of a fork, so two alternatives differ by the
//! decision alone. Every fork is first screened with a few rollouts; the most promising are
//! then played a few hundred times. Everything is derived from the save's seed, so the same
//! save always gives the same roads.

use crate::engine::rng::GameRng;
use crate::engine::scenario::{ActionIx, EndingIx, EventIx};
use crate::engine::{Decision, Game, Phase, Setup, Target};
use crate::simulate::{self, Policy};
use rayon::prelude::*;

/// Rollouts per option when screening every fork.
pub const SCREEN: u32 = 12;
/// Rollouts per option for the forks kept.
pub const GAMES: u32 = 200;
/// The most forks kept.
pub const MAX_ROADS: usize = 5;
/// The policy the rollouts play by.
pub const POLICY: Policy = Policy::Random;
/// The most other targets a move is set against (besides doing nothing more that week).
pub const OTHER_TARGETS: usize = 3;

/// What a fork decided between.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum At {
    /// The options of an event waiting for a choice.
    Event(EventIx),
    /// A move: the action taken, other targets for it, or nothing more that week.
    Action(ActionIx),
}

/// The roads not taken in one game.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Roads {
    /// How many forks (choices between two or more options) were screened.
    pub forks: usize,
    /// The forks kept, the largest change first.
    pub roads: Vec<Road>,
}

/// One decision the player made, and where each alternative led.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Road {
    /// The decision's index in the game's decisions.
    pub decision: usize,
    pub week: u16,
    pub at: At,
    pub chosen: Decision,
    /// Each alternative (the chosen one too), with how many rollouts ended in each ending
    /// (indexed by ending).
    pub options: Vec<(Decision, Vec<u32>)>,
    /// The most any other option moved the ending distribution from the chosen one's, in
    /// per mille (total variation distance).
    pub change: u32,
}

/// A choice the game can be forked at.
struct Fork {
    decision: usize,
    week: u16,
    at: At,
    chosen: Decision,
    options: Vec<Decision>,
    game: Game,
}

/// The seed of rollout `k` from decision `decision` of a game started with `seed`.
fn rollout_seed(seed: u64, decision: usize, k: u32) -> u64 {
    simulate::game_seed(seed ^ (decision as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15), u64::from(k))
}

/// How often each ending follows `option` at `fork` over `n` rollouts.
fn outcomes(fork: &Fork, option: Decision, n: u32, seed: u64, endings: usize) -> Vec<u32> {
    let mut counts = vec![0u32; endings];
    for k in 0..n {
        let s = rollout_seed(seed, fork.decision, k);
        let mut g = fork.game.clone();
        g.reseed(s);
        if g.apply(option).is_err() {
            continue;
        }
        simulate::play_on(&mut g, POLICY, &mut GameRng::new(s ^ 0x5DEE_CE66_D1CE_4E5B));
        if let Some((e, _)) = g.ended() {
            counts[e as usize] += 1;
        }
    }
    counts
}

/// The total variation distance between two ending counts, in per mille.
fn distance(a: &[u32], b: &[u32]) -> u32 {
    let (na, nb) = (a.iter().sum::<u32>().max(1) as u64, b.iter().sum::<u32>().max(1) as u64);
    let sum: u64 = a.iter().zip(b).map(|(&x, &y)| (x as u64 * nb * 1000).abs_diff(y as u64 * na * 1000)).sum();
    (sum / (2 * na * nb)) as u32
}

/// The largest change any other option makes from the chosen one.
fn change<D: PartialEq>(chosen: D, options: &[(D, Vec<u32>)]) -> u32 {
    let Some((_, mine)) = options.iter().find(|(o, _)| *o == chosen) else { return 0 };
    options.iter().filter(|(o, _)| *o != chosen).map(|(_, c)| distance(mine, c)).max().unwrap_or(0)
}

/// Finds the roads not taken in `g` (a game replayed from a save, finished or not).
pub fn find(g: &Game) -> Roads {
    let sc = g.scenario().clone();
    let endings = sc.endings.len();
    let seed = g.setup().seed;
    let mut shadow = Game::new(sc.clone(), Setup { record: false, ..g.setup() });
    let mut forks = Vec::new();
    for (i, d) in g.decisions().iter().enumerate() {
        if let Some((at, options)) = alternatives(&shadow, *d) {
            forks.push(Fork { decision: i, week: shadow.turn(), at, chosen: *d, options, game: shadow.clone() });
        }
        if shadow.apply(*d).is_err() {
            break;
        }
    }
    let play = |f: &Fork, n: u32| -> Vec<(Decision, Vec<u32>)> {
        f.options.iter().map(|&o| (o, outcomes(f, o, n, seed, endings))).collect()
    };
    let mut screened: Vec<(u32, usize)> =
        forks.par_iter().enumerate().map(|(k, f)| (change(f.chosen, &play(f, SCREEN)), k)).collect();
    screened.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let kept: Vec<usize> = screened.iter().filter(|(c, _)| *c > 0).take(MAX_ROADS).map(|(_, k)| *k).collect();
    let mut roads: Vec<Road> = kept
        .par_iter()
        .map(|&k| {
            let f = &forks[k];
            let options = play(f, GAMES);
            Road {
                decision: f.decision,
                week: f.week,
                at: f.at,
                chosen: f.chosen,
                change: change(f.chosen, &options),
                options,
            }
        })
        .collect();
    roads.sort_by(|a, b| b.change.cmp(&a.change).then(a.decision.cmp(&b.decision)));
    Roads { forks: forks.len(), roads }
}

/// What else the player could have decided instead of `d` in `g` (the chosen decision
/// among them), when there is anything else: another of an event's options; for a move, other
/// targets of the same action (for a draft, other wordings of the same issue) and doing
/// nothing more that week.
fn alternatives(g: &Game, d: Decision) -> Option<(At, Vec<Decision>)> {
    match (g.phase(), d) {
        (Phase::Choosing(e), Decision::Choose(_)) => {
            let options: Vec<Decision> = g.available_options(e).into_iter().map(Decision::Choose).collect();
            (options.len() > 1 && options.contains(&d)).then_some((At::Event(e), options))
        }
        (Phase::Acting, Decision::Act { action, target }) => {
            let same = |t: &Target| match (t, &target) {
                (Target::Issue { issue: a, .. }, Target::Issue { issue: b, .. }) => a == b,
                _ => true,
            };
            let mut v = vec![d];
            v.extend(
                g.valid_targets(action)
                    .into_iter()
                    .filter(|t| *t != target && same(t))
                    .take(OTHER_TARGETS)
                    .map(|t| Decision::Act { action, target: t }),
            );
            v.push(Decision::EndTurn);
            Some((At::Action(action), v))
        }
        _ => None,
    }
}

/// The ending a count's rollouts reached most often (the first such, by index).
pub fn most_often(counts: &[u32]) -> Option<EndingIx> {
    let best = counts.iter().copied().max().filter(|&n| n > 0)?;
    counts.iter().position(|&n| n == best).map(|i| i as EndingIx)
}

#[cfg(test)]
mod tests {
    use super::{change, distance};

    #[test]
    fn distance_is_the_share_of_games_that_would_have_to_move() {
        assert_eq!(distance(&[10, 0], &[0, 10]), 1000);
        assert_eq!(distance(&[10, 0], &[20, 0]), 0);
        assert_eq!(distance(&[5, 5], &[10, 0]), 500);
        assert_eq!(distance(&[0, 0], &[0, 0]), 0);
    }

    #[test]
    fn change_is_the_largest_move_from_the_chosen_option() {
        let options = vec![(0, vec![4, 0]), (1, vec![2, 2]), (2, vec![0, 4])];
        assert_eq!(change(0, &options), 1000);
        assert_eq!(change(1, &options), 500);
    }
}
