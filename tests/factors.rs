//! Nine Months' ten structural factors are mechanics the debrief points to: over a few random
//! games from each chair, every factor is brought up by something that happened in the game
//! (an event, a choice, an action, a reaction, the ending), and the debrief names it.

mod common;

use goodfaith::debrief::Debrief;
use goodfaith::engine::Setup;
use goodfaith::i18n::Texts;
use goodfaith::simulate::{Policy, play_one};

/// The ten structural factors every scenario can tag.
const TEN: [&str; 10] = goodfaith::content::validate::FACTORS;

#[test]
fn every_factor_is_pointed_to_by_what_happened() {
    let built = common::build("nine-months");
    let sc = &built.scenario;
    let t = Texts::new("en-US", &built.texts);
    let mut all_refugees: Vec<String> = Vec::new();
    for role in [
        "secretary_of_state",
        "prime_minister",
        "palestinian_president",
        "israeli_negotiator",
        "palestinian_negotiator",
    ] {
        let r = sc.role_ix(role).unwrap();
        let mut pointed: Vec<Vec<String>> = vec![Vec::new(); TEN.len()];
        for seed in 0..4 {
            let g = play_one(sc, Setup { role: r, seed, difficulty: None, record: true }, Policy::Random);
            let d = Debrief::build(&g, &t, None);
            for f in &d.factors {
                assert!(!f.seen.is_empty(), "{role}, seed {seed}: {} came up with nothing named", f.id);
                assert!(!f.weeks.is_empty());
                let i = TEN.iter().position(|x| *x == f.id).unwrap();
                for s in &f.seen {
                    assert!(!s.is_empty() && !s.contains('{'), "{role}, seed {seed}: {s:?}");
                    if !pointed[i].contains(s) {
                        pointed[i].push(s.clone());
                    }
                }
            }
        }
        for (i, f) in TEN.iter().enumerate() {
            assert!(!pointed[i].is_empty(), "{role}: nothing in four games pointed to {f}");
        }
        let refugees = &pointed[TEN.iter().position(|x| *x == "refugees").unwrap()];
        all_refugees.extend(refugees.iter().cloned());
    }
    // Refugees and historical injustice work by one rule for both sides: each side's
    // hard-line flank warns its leader against the refugee wording on the table.
    for side in ["PLO and Fatah critics", "Jewish Home party"] {
        assert!(all_refugees.iter().any(|s| s == side), "{side} never warned on refugees: {all_refugees:?}");
    }
}
