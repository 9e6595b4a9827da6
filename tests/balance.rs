//! Guards on the flagship's balance that hold in any sample of random play, so that a
//! content change that breaks them fails here, not only in a 10,000-game run (the measured
//! figures are in `content/nine-months/NOTES.md`).

mod common;

use goodfaith::simulate::{self, Policy, Summary};

const GAMES: u64 = 2000;
const GREEDY_GAMES: u64 = 200;
const CHAIRS: [&str; 5] =
    ["secretary_of_state", "prime_minister", "palestinian_president", "israeli_negotiator", "palestinian_negotiator"];

fn play(role: &str, policy: Policy, games: u64) -> Summary {
    let built = common::build("nine-months");
    let r = built.scenario.role_ix(role).unwrap();
    simulate::run(built.scenario.clone(), Some(r), None, games, policy, 1, 0).unwrap()
}

fn tier(s: &Summary, t: &str) -> u64 {
    s.tiers.get(t).copied().unwrap_or(0)
}

#[test]
fn history_is_the_most_common_outcome_of_random_play_and_success_is_rare() {
    for role in CHAIRS {
        let s = play(role, Policy::Random, GAMES);
        let (top, stat) = s.endings.iter().max_by_key(|(_, e)| e.count).unwrap();
        assert_eq!(top, "talks_suspended", "{role}: most common ending {top} ({} of {GAMES})", stat.count);
        let (success, partial) = (tier(&s, "success"), tier(&s, "partial"));
        // Measured at 10,000 games: success at most 1.38%, partial or better 2.9–9.3%.
        assert!(success * 100 <= GAMES * 2, "{role}: {success} successes in {GAMES} random games");
        assert!((success + partial) * 100 <= GAMES * 20, "{role}: {} partial or better", success + partial);
        // Random play sees more than one way for the talks to end.
        assert!(s.endings.values().filter(|e| e.count > 0).count() >= 4, "{role}: {:?}", s.endings);
    }
}

#[test]
fn greedy_play_reaches_an_agreement_in_some_games_but_not_most() {
    let mut success = std::collections::BTreeMap::new();
    for role in CHAIRS {
        let s = play(role, Policy::Greedy, GREEDY_GAMES);
        let (won, partial) = (tier(&s, "success"), tier(&s, "partial"));
        // The bar, partial or better in 10–40% of greedy games, holds in this sample
        // too (measured at 10,000 games: 21.6–37.3%, see NOTES.md).
        assert!(won > 0, "{role}: no success in {GREEDY_GAMES} greedy games");
        let better = (won + partial) * 100 / GREEDY_GAMES;
        assert!((10..=40).contains(&better), "{role}: {better}% partial or better");
        success.insert(role, won);
    }
    // Neither leader, and neither negotiator, is much likelier to succeed than the other: the
    // issue's bar, 1.5×, holds in this sample as at 10,000 games (see NOTES.md; here 37 and 34
    // for the leaders, 11 and 10 for the negotiators).
    for (a, b) in [("prime_minister", "palestinian_president"), ("israeli_negotiator", "palestinian_negotiator")] {
        let (x, y) = (success[a], success[b]);
        assert!(2 * x.max(y) <= 3 * x.min(y), "greedy successes: {a} {x}, {b} {y} in {GREEDY_GAMES} games");
    }
}
