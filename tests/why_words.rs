//! "Why?" in the right voice and in words (issue 13, item 4): a choice the computer made for
//! another chair is told in the third person, and each rule is described in words from the
//! messages in every language, its expression shown only when asked for.

mod common;

use goodfaith::engine::{Chooser, Decision, Game, Phase, Report, Setup, Source};
use goodfaith::i18n::Texts;
use goodfaith::present;

/// The flagship played for some weeks as the Secretary of State: the first option of every
/// choice, then the week ends.
fn played() -> (goodfaith::content::Built, Game) {
    let built = common::build("nine-months");
    let sc = built.scenario.clone();
    let role = sc.role_ix("secretary_of_state").unwrap();
    let mut g = Game::new(sc.clone(), Setup { role, seed: 3, difficulty: sc.default_difficulty, record: true });
    for _ in 0..12 {
        while let Phase::Choosing(e) = g.phase() {
            g.apply(Decision::Choose(g.available_options(e)[0])).unwrap();
        }
        if g.ended().is_some() {
            break;
        }
        g.apply(Decision::EndTurn).unwrap();
    }
    (built, g)
}

fn changes(g: &Game) -> Vec<(u32, goodfaith::engine::Cause)> {
    g.log()
        .iter()
        .filter_map(|r| match r {
            Report::Changed { slot, cause, .. } => Some((*slot, *cause)),
            _ => None,
        })
        .collect()
}

#[test]
fn rules_are_told_in_words_in_every_language() {
    let (built, g) = played();
    let all = changes(&g);
    assert!(!all.is_empty());
    for lang in ["en-US", "ar", "he", "fr"] {
        let t = Texts::new(lang, &built.texts);
        for (slot, cause) in &all {
            let words = present::cause(&g, &t, *slot, cause, false);
            assert!(!words.contains(['[', ']', '=']), "{lang}: an expression shown to a player: {words}");
            let raw = present::cause(&g, &t, *slot, cause, true);
            if cause.effect.is_some() {
                assert!(raw.ends_with(']'), "{lang}: the modder's view shows the expression: {raw}");
            }
        }
        assert!(t.missing().is_empty(), "{lang}: messages missing: {:?}", t.missing());
    }
    // The words say how the rule moves the value.
    let t = Texts::new("en-US", &built.texts);
    let told: Vec<String> = all.iter().map(|(s, c)| present::cause(&g, &t, *s, c, false)).collect();
    assert!(told.iter().any(|w| w.contains("rises by") || w.contains("falls by")), "{told:?}");
}

#[test]
fn a_choice_made_for_another_chair_is_not_told_as_yours() {
    let (built, g) = played();
    let t = Texts::new("en-US", &built.texts);
    let by_computer: Vec<(u16, u8)> = g
        .log()
        .iter()
        .filter_map(|r| match r {
            Report::Chosen { event, option, by } if *by != Chooser::Player => Some((*event, *option)),
            _ => None,
        })
        .collect();
    let mut seen = 0;
    for (slot, cause) in changes(&g) {
        if let Source::Option(e, o) = cause.source
            && by_computer.contains(&(e, o))
        {
            seen += 1;
            let words = present::cause(&g, &t, slot, &cause, false);
            assert!(!words.contains("You ") && !words.contains("your "), "told as the player's: {words}");
        }
    }
    assert!(seen > 0, "the game should include a choice the computer made");
}
