//! Each actor's support for the table, kept as running sums: placing a wording takes the
//! issue's old wording out of the sums and puts the new one in, instead of going over every
//! issue on the table again (what a search that tries every wording does most).
//!
//! The support is the weighted mean of each actor's acceptability of the wordings on the
//! table, and whether any of them is a red line. This is the one place that formula lives:
//! a hypothetical table (`Game::supports`) is counted into a fresh tally. The sums are exact
//! integers, so running sums and a count from scratch agree.

use super::scenario::Issue;

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
        let opt = &issue.options[option as usize];
        let bonus = if ambiguous { opt.ambiguous.map_or(0, |x| x.bonus) } else { 0 };
        let reds = opt.red_lines(ambiguous);
        let sign = if put { 1 } else { -1 };
        let each = self.sum.iter_mut().zip(&mut self.weights).zip(&mut self.reds);
        for (a, ((sum, weights), red)) in each.enumerate() {
            let w = issue.weight[a] as i64;
            *sum += sign * w * (opt.accept[a] + bonus).clamp(-100, 100) as i64;
            *weights += sign * w;
            if reds[a] {
                *red = if put { *red + 1 } else { *red - 1 };
            }
        }
    }

    /// Actor `a`'s support for the table and whether it crosses one of its red lines.
    pub(super) fn support(&self, a: usize) -> (i32, bool) {
        let (sum, weights) = (self.sum[a], self.weights[a]);
        (if weights > 0 { (sum / weights) as i32 } else { 0 }, self.reds[a] > 0)
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
