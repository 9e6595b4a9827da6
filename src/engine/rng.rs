//! The game's random numbers: one portable, seeded generator per game.
//!
//! `Xoshiro256PlusPlus` gives the same stream on every platform and every rand release
//! that keeps the algorithm, which a save-as-replay needs. Nothing else in the engine may
//! draw random numbers.

use rand::rngs::Xoshiro256PlusPlus;
use rand::{Rng as _, SeedableRng};

/// The name written into saves, so a replay can tell which stream it expects.
pub const ALGORITHM: &str = "xoshiro256++/seed_from_u64";

#[derive(Debug, Clone)]
pub struct GameRng(Xoshiro256PlusPlus);

impl GameRng {
    pub fn new(seed: u64) -> Self {
        GameRng(Xoshiro256PlusPlus::seed_from_u64(seed))
    }

    /// A uniform number in `0..n` (`n > 0`), by Lemire's multiply-and-shift on 32 bits.
    pub fn below(&mut self, n: u32) -> u32 {
        debug_assert!(n > 0);
        (((self.0.next_u64() >> 32) * n as u64) >> 32) as u32
    }

    /// A uniform 64-bit number (a seed for another generator).
    pub fn next_u64(&mut self) -> u64 {
        self.0.next_u64()
    }

    /// True with the given percent chance (0–100).
    pub fn percent(&mut self, chance: u8) -> bool {
        chance >= 100 || self.below(100) < chance as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stream_is_the_documented_one() {
        // The first output for seed 42 is fixed by the algorithm; a change here breaks saves.
        let mut r = Xoshiro256PlusPlus::seed_from_u64(42);
        assert_eq!(r.next_u64(), 15021278609987233951);
    }

    #[test]
    fn below_stays_in_range() {
        let mut r = GameRng::new(1);
        for n in [1, 2, 7, 100, 1000] {
            for _ in 0..1000 {
                assert!(r.below(n) < n);
            }
        }
    }
}
