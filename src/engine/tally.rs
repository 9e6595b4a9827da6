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
        let p = Parts::get(issue, option, ambiguous);
        let sign: i16 = if put { 1 } else { -1 };
        let each = self.sum.iter_mut().zip(&mut self.weights).zip(&mut self.reds);
        for (((sum, weights), red), ((&s, &w), &r)) in each.zip(p.sum.iter().zip(&issue.weight).zip(&p.reds)) {
            *sum += sign as i64 * s;
            *weights += sign as i64 * w as i64;
            *red = red.wrapping_add_signed(sign * r as i16);
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
                let p = Parts::get(issue, o, amb);
                sum += sign * p.sum[a];
                weights += sign * issue.weight[a] as i64;
                reds += sign * p.reds[a] as i64;
            }
        }
        mean(sum, weights, reds)
    }

    /// Every actor's support, and 1 where it crosses a red line, into two blocks of slots.
    pub(super) fn write(&self, support: &mut [i32], red: &mut [i32]) {
        let sums = self.sum.iter().zip(&self.weights).zip(&self.reds);
        for ((s, r), ((&sum, &weights), &reds)) in support.iter_mut().zip(red.iter_mut()).zip(sums) {
            let (v, crossed) = mean(sum, weights, reds as i64);
            *s = v;
            *r = crossed as i32;
        }
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

/// What one wording adds to each actor's sums, besides the issue's weight: its acceptability
/// (with the bonus of a vague wording) weighted by the issue's weight for the actor, and 1
/// for a red line. Worked out once per wording when the pack is loaded, so counting a wording
/// in or out is three additions per actor.
#[derive(Debug, Clone, Default)]
pub struct Parts {
    sum: Box<[i64]>,
    reds: Box<[u16]>,
}

impl Parts {
    /// The parts of `opt` (vague when `ambiguous` and it has a vague wording) for an issue
    /// weighed by `weight`.
    pub(super) fn of(weight: &[i32], opt: &IssueOption, ambiguous: bool) -> Parts {
        let bonus = if ambiguous { opt.ambiguous.map_or(0, |x| x.bonus) } else { 0 };
        let reds = opt.red_lines(ambiguous);
        Parts {
            sum: (0..weight.len())
                .map(|a| weight[a] as i64 * (opt.accept[a] + bonus).clamp(-100, 100) as i64)
                .collect(),
            reds: reds.iter().map(|&r| r as u16).collect(),
        }
    }

    fn get(issue: &Issue, option: u8, ambiguous: bool) -> &Parts {
        let opt = &issue.options[option as usize];
        &opt.parts[(ambiguous && opt.ambiguous.is_some()) as usize]
    }
}

/// Support from sums: the weighted mean (0 with nothing weighed), and whether any red line
/// is crossed.
fn mean(sum: i64, weights: i64, reds: i64) -> (i32, bool) {
    (if weights > 0 { (sum / weights) as i32 } else { 0 }, reds > 0)
}
