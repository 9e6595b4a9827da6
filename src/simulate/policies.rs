//! Random, greedy and expert play side by side on one sample of games: whether each chair
//! can be won, and how far skill moves its outcomes (`simulate --compare-policies`).

use super::{Policy, Summary, run};
use crate::engine::scenario::{RoleIx, Scenario};
use serde::Serialize;
use std::sync::Arc;

/// The policies compared, weakest first.
const POLICIES: [Policy; 3] = [Policy::Random, Policy::Greedy, Policy::Expert];

/// One chair (or the whole run) under one policy.
#[derive(Debug, Clone, Serialize)]
pub struct PolicyRow {
    /// A role's id, or `all` for the whole run.
    pub role: String,
    pub policy: Policy,
    pub games: u64,
    /// Shares of the games, in percent.
    pub success: f64,
    pub partial: f64,
    pub partial_or_better: f64,
    pub mean_score: f64,
}

/// How fast one policy played its games.
#[derive(Debug, Clone, Serialize)]
pub struct PolicySpeed {
    pub policy: Policy,
    pub seconds: f64,
    pub games_per_second: f64,
}

/// The three policies on the same games (the same seeds, chairs and difficulty).
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    pub scenario: String,
    /// Games each policy played.
    pub games: u64,
    pub seed: u64,
    pub jobs: usize,
    /// Each chair's rows (random, greedy, expert), then the whole run's when every chair
    /// was played.
    pub rows: Vec<PolicyRow>,
    pub speeds: Vec<PolicySpeed>,
}

/// Plays the same sample with each policy. Fails only when the threads cannot be started.
pub fn compare_policies(
    sc: Arc<Scenario>,
    role: Option<RoleIx>,
    difficulty: Option<u16>,
    games: u64,
    seed: u64,
    jobs: usize,
) -> Result<Comparison, rayon::ThreadPoolBuildError> {
    let runs: Vec<Summary> =
        POLICIES.iter().map(|&p| run(sc.clone(), role, difficulty, games, p, seed, jobs)).collect::<Result<_, _>>()?;
    let mut rows = Vec::new();
    let chairs: Vec<String> = match role {
        Some(r) => vec![sc.roles[r as usize].id.clone()],
        None => sc.roles.iter().map(|r| r.id.clone()).collect(),
    };
    for chair in &chairs {
        for s in &runs {
            let (games, tiers, score) = match s.roles.get(chair) {
                Some(r) => (r.games, &r.tiers, r.mean_score),
                None => (s.games, &s.tiers, s.mean_score),
            };
            rows.push(row(chair, s.policy, games, tiers, score));
        }
    }
    if role.is_none() {
        for s in &runs {
            rows.push(row("all", s.policy, s.games, &s.tiers, s.mean_score));
        }
    }
    Ok(Comparison {
        scenario: sc.id.clone(),
        games,
        seed,
        jobs: runs.first().map_or(jobs, |s| s.jobs),
        rows,
        speeds: runs
            .iter()
            .map(|s| PolicySpeed { policy: s.policy, seconds: s.seconds, games_per_second: s.games_per_second })
            .collect(),
    })
}

fn row(
    role: &str,
    policy: Policy,
    games: u64,
    tiers: &std::collections::BTreeMap<&'static str, u64>,
    mean_score: f64,
) -> PolicyRow {
    let share = |t: &str| 100.0 * tiers.get(t).copied().unwrap_or(0) as f64 / games.max(1) as f64;
    PolicyRow {
        role: role.to_string(),
        policy,
        games,
        success: share("success"),
        partial: share("partial"),
        partial_or_better: share("success") + share("partial"),
        mean_score,
    }
}

/// The comparison as a readable table: one block of three lines per chair, within 80
/// columns for the shipped packs' role ids.
pub fn comparison_to_text(c: &Comparison) -> String {
    let mut out = format!(
        "random, greedy and expert on the same {} games of `{}`\n(seed {}, {} thread(s))\n\n",
        c.games, c.scenario, c.seed, c.jobs
    );
    let w = c.rows.iter().map(|r| r.role.chars().count()).max().unwrap_or(0).max(4);
    out.push_str(&format!(
        "{:<w$} {:<6} {:>6} {:>8} {:>8} {:>17} {:>7}\n",
        "role", "policy", "games", "success", "partial", "partial or better", "score"
    ));
    let mut last = "";
    for r in &c.rows {
        let role = if r.role == last { "" } else { r.role.as_str() };
        if !role.is_empty() && !last.is_empty() {
            out.push('\n');
        }
        last = &r.role;
        out.push_str(&format!(
            "{:<w$} {:<6} {:>6} {:>7.1}% {:>7.1}% {:>16.1}% {:>7.1}\n",
            role,
            name(r.policy),
            r.games,
            r.success,
            r.partial,
            r.partial_or_better,
            r.mean_score
        ));
    }
    out.push_str("\nspeed:\n");
    for s in &c.speeds {
        out.push_str(&format!("  {:<6} {:>9.0} games/s ({:.2} s)\n", name(s.policy), s.games_per_second, s.seconds));
    }
    out
}

fn name(p: Policy) -> &'static str {
    match p {
        Policy::Random => "random",
        Policy::Greedy => "greedy",
        Policy::Expert => "expert",
    }
}
