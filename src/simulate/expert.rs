//! The expert policy: a Monte Carlo search over the engine, for any chair of any pack.
//!
//! At each decision with more than one choice, greedy's one-step screen keeps the few
//! decisions that look best (and ending the turn); each is then played on for a few weeks
//! in several possible worlds (the world's chances drawn at random, the player waiting and
//! choosing at random), and judged where it stands: an ending by
//! its tier first and then its score, a game still running by greedy's measure (score,
//! objectives, support). Every candidate meets the same worlds (the same seeds for the
//! world's chances and the rollout's own draws), so the comparison is between decisions, not
//! between lucky and unlucky weeks. The seeds come from the policy's generator: a game's seed
//! fixes every search in it.

use super::{Scratch, one_step, random_decision, value};
use crate::engine::rng::GameRng;
use crate::engine::scenario::Tier;
use crate::engine::{Decision, Game, Phase};

/// How many of greedy's best-looking decisions are searched (ending the turn besides).
const WIDTH: usize = 3;
/// Possible worlds each candidate is played in.
const ROLLOUTS: u32 = 6;
/// Weeks each rollout plays on before its position is judged.
const HORIZON: u16 = 6;
/// What an ending at least partial is worth over any score: such an ending outweighs any
/// position short of one.
const TIER_WEIGHT: i64 = 10_000;

/// The expert's decision for the game as it stands.
pub(super) fn decide(g: &Game, rng: &mut GameRng, scratch: &mut Scratch) -> Decision {
    let candidates = candidates(g, scratch);
    match candidates.as_slice() {
        [] => return Decision::EndTurn,
        [only] => return *only,
        _ => {}
    }
    let worlds: Vec<u64> = (0..ROLLOUTS).map(|_| rng.next_u64()).collect();
    let until = g.turn().saturating_add(HORIZON);
    let mut best: Option<(i64, Decision)> = None;
    for &d in &candidates {
        let mut total = 0i64;
        for &w in &worlds {
            let c = scratch.fork(g);
            c.reseed(w);
            if c.apply(d).is_err() {
                total = i64::MIN;
                break;
            }
            rollout(c, &mut GameRng::new(w ^ 0x9E37_79B9_7F4A_7C15), until);
            total += judge(c);
        }
        if best.is_none_or(|(b, _)| total > b) {
            best = Some((total, d));
        }
    }
    best.map_or(Decision::EndTurn, |(_, d)| d)
}

/// The decisions worth searching: every option of a choice; otherwise greedy's `WIDTH`
/// best-looking decisions, in its order, and ending the turn.
fn candidates(g: &Game, scratch: &mut Scratch) -> Vec<Decision> {
    let mut ranked = one_step(g, scratch);
    // Stable: among equal values, the game's own order.
    ranked.sort_by_key(|(v, _)| std::cmp::Reverse(*v));
    let width = if matches!(g.phase(), Phase::Choosing(_)) { ranked.len() } else { WIDTH };
    let mut out: Vec<Decision> = ranked.into_iter().take(width).map(|(_, d)| d).collect();
    if g.phase() == Phase::Acting {
        out.push(Decision::EndTurn);
    }
    out
}

/// Plays on until week `until` begins or the game ends: the world plays as it would (its
/// chances drawn, its actors reacting), and the player ends each week without acting and
/// picks an option of each choice at random. (A player acting at random in the rollouts
/// judged decisions by the harm random actions do later, and chose worse in the Nine Months
/// chairs tried; a player who waits shows what a decision itself sets going.)
fn rollout(g: &mut Game, rng: &mut GameRng, until: u16) {
    while !g.is_over() && g.turn() < until {
        let d = if g.phase() == Phase::Acting { Decision::EndTurn } else { random_decision(g, rng) };
        if g.apply(d).is_err() && g.apply(Decision::EndTurn).is_err() {
            break;
        }
    }
}

/// How good a position is for the player: an ending's tier first, then greedy's measure.
fn judge(g: &Game) -> i64 {
    let tier = g.ended().map_or(0, |(e, _)| match g.scenario().endings[e as usize].tier {
        Tier::Success => 2 * TIER_WEIGHT,
        Tier::Partial => TIER_WEIGHT,
        Tier::Failure => 0,
    });
    tier + value(g)
}
