//! Each actor's support for the table, kept as running sums: placing a wording takes the
//! issue's old wording out of the sums and puts the new one in, instead of going over every
//! issue on the table again (what a search that tries every wording does most).
//!
//! The support is the weighted mean of each actor's acceptability of the wordings on the
//! table, and whether any of them is a red line. This is the one place that formula lives:
//! a table from scratch (`Game::supports`) is counted into a fresh tally, and one wording
//! swapped for another is weighed from the sums (`support_swapped`). The sums are exact
//! integers, so running sums and a count from scratch agree.

use super::scenario::{Issue, IssueOption};

/// Per actor: the weighted acceptability summed over the issues on the table, the weights
/// summed, and how many of those wordings are red lines.
#[derive(Debug, Clone, Default)]
pub(super) struct Tally {
    sum: Vec<i64>,
    weights: Vec<i64>,
    reds: Vec<u16>,
}

impl Tally {
    /// Sums for an empty table.
    pub(super) fn new(actors: usize) -> Tally {
        Tally { sum: vec![0; actors], weights: vec![0; actors], reds: vec![0; actors] }
    }

    /// Counts a wording of `issue` in (`put`) or out (`!put`) of every actor's sums.
    pub(super) fn count(&mut self, issue: &Issue, option: u8, ambiguous: bool, put: bool) {
        let (opt, bonus) = wording(issue, option, ambiguous);
        let reds = opt.red_lines(ambiguous);
        let sign = if put { 1 } else { -1 };
        let each = self.sum.iter_mut().zip(&mut self.weights).zip(&mut self.reds);
        for (a, ((sum, weights), red)) in each.enumerate() {
            let (s, w) = part(issue.weight[a], opt.accept[a], bonus);
            *sum += sign * s;
            *weights += sign * w;
            if reds[a] {
                *red = if put { *red + 1 } else { *red - 1 };
            }
        }
    }

    /// Actor `a`'s support for the table and whether it crosses one of its red lines.
    pub(super) fn support(&self, a: usize) -> (i32, bool) {
        mean(self.sum[a], self.weights[a], self.reds[a] as i64)
    }

    /// Actor `a`'s support if `issue`'s wording `was` on the table were `now` instead (either
    /// may be none), from the sums without changing them: what a drafter or a search weighs
    /// per wording, with no count from scratch.
    pub(super) fn support_swapped(
        &self,
        a: usize,
        issue: &Issue,
        was: Option<(u8, bool)>,
        now: Option<(u8, bool)>,
    ) -> (i32, bool) {
        let (mut sum, mut weights, mut reds) = (self.sum[a], self.weights[a], self.reds[a] as i64);
        for (wording, sign) in [(was, -1), (now, 1)] {
            if let Some((o, amb)) = wording {
                let (opt, bonus) = self::wording(issue, o, amb);
                let (s, w) = part(issue.weight[a], opt.accept[a], bonus);
                sum += sign * s;
                weights += sign * w;
                reds += sign * opt.red_lines(amb)[a] as i64;
            }
        }
        mean(sum, weights, reds)
    }

    /// Every actor's support and red line, in actor order.
    pub(super) fn all(&self) -> Vec<(i32, bool)> {
        (0..self.actors()).map(|a| self.support(a)).collect()
    }

    /// How many actors the sums are kept for.
    pub(super) fn actors(&self) -> usize {
        self.sum.len()
    }

    /// Becomes a copy of `src`, reusing this tally's allocations (for forks).
    pub(super) fn copy_from(&mut self, src: &Tally) {
        self.sum.clone_from(&src.sum);
        self.weights.clone_from(&src.weights);
        self.reds.clone_from(&src.reds);
    }
}

/// A wording's option and the bonus its vague form adds to every actor's acceptability.
fn wording(issue: &Issue, option: u8, ambiguous: bool) -> (&IssueOption, i32) {
    let opt = &issue.options[option as usize];
    (opt, if ambiguous { opt.ambiguous.map_or(0, |x| x.bonus) } else { 0 })
}

/// What one wording adds to an actor's sums: its acceptability (with the bonus) weighted by
/// the issue's weight for the actor, and that weight.
#[inline]
fn part(weight: i32, accept: i32, bonus: i32) -> (i64, i64) {
    let w = weight as i64;
    (w * (accept + bonus).clamp(-100, 100) as i64, w)
}

/// Support from sums: the weighted mean (0 with nothing weighed), and whether any red line
/// is crossed.
fn mean(sum: i64, weights: i64, reds: i64) -> (i32, bool) {
    (if weights > 0 { (sum / weights) as i32 } else { 0 }, reds > 0)
}
