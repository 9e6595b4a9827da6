//! Engine invariants under random play: no panic, meters within bounds, every game ends by
//! the deadline, and save → load → save gives the same file.

mod common;

use goodfaith::engine::{Decision, Game, Setup};
use goodfaith::save::Save;
use proptest::prelude::*;

/// Plays a game, picking among the legal decisions with the given indices.
fn play(built: &goodfaith::content::Built, role: u16, seed: u64, picks: &[u16]) -> Game {
    let sc = built.scenario.clone();
    let difficulty = if sc.difficulties.is_empty() { None } else { Some((seed % sc.difficulties.len() as u64) as u16) };
    let mut g = Game::new(sc.clone(), Setup { role, seed, difficulty, record: true });
    let mut i = 0;
    let mut steps = 0;
    while g.ended().is_none() {
        let legal = g.legal_decisions();
        assert!(!legal.is_empty(), "no legal decision before the end");
        let d = picks.get(i).map_or(Decision::EndTurn, |p| legal[*p as usize % legal.len()]);
        let d = if legal.contains(&d) { d } else { legal[0] };
        i += 1;
        g.apply(d).expect("a legal decision is accepted");
        check_bounds(&g);
        steps += 1;
        assert!(steps < 100_000, "the game does not end");
    }
    assert!(g.turn() <= sc.turns, "the game ran past the deadline");
    g
}

fn check_bounds(g: &Game) {
    let sc = g.scenario();
    for m in &sc.meters {
        let width = if m.actors.is_some() { sc.actors.len() as u32 } else { 1 };
        for k in 0..width {
            let v = g.value(m.slot + k);
            assert!((m.min..=m.max).contains(&v), "meter {} = {v} outside {}..={}", m.id, m.min, m.max);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn random_play_keeps_invariants(seed in any::<u64>(), picks in proptest::collection::vec(any::<u16>(), 0..400)) {
        for built in common::all_scenarios() {
            for role in 0..built.scenario.roles.len() as u16 {
                let g = play(&built, role, seed, &picks);
                let grow_only: Vec<_> = built.scenario.meters.iter().filter(|m| m.grow_only).collect();
                // A count never goes down over the game.
                for m in grow_only {
                    let hist = g.history();
                    for pair in hist.windows(2) {
                        prop_assert!(pair[1][m.slot as usize] >= pair[0][m.slot as usize]);
                    }
                }
            }
        }
    }

    #[test]
    fn save_load_save_is_identical(seed in any::<u64>(), picks in proptest::collection::vec(any::<u16>(), 0..120), cut in 0usize..120) {
        let lib = goodfaith::content::Library::load(&[std::path::PathBuf::from("content"), std::path::PathBuf::from("tests/fixtures/packs")]);
        for built in common::all_scenarios() {
            let sc = built.scenario.clone();
            let mut g = Game::new(sc.clone(), Setup { role: 0, seed, difficulty: None, record: true });
            for p in picks.iter().take(cut) {
                if g.ended().is_some() { break; }
                let legal = g.legal_decisions();
                g.apply(legal[*p as usize % legal.len()]).unwrap();
            }
            let first = Save::of(&g, &built, "en-US");
            let (restored, _) = first.replay(&lib).expect("a fresh save restores");
            let second = Save::of(&restored, &built, "en-US");
            prop_assert_eq!(first.to_toml(), second.to_toml());
            prop_assert_eq!(goodfaith::save::fingerprint(&g), goodfaith::save::fingerprint(&restored));
        }
    }
}
