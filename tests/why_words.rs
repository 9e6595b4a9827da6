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

/// "Why?" on an answer to a proposal tells every part of the party's rule as it stood when
/// it answered, in every language; spoken (plain mode), it uses words, not marks.
#[test]
fn why_on_an_answer_tells_each_part_of_the_rule_in_words() {
    use goodfaith::engine::Target;
    use goodfaith::engine::scenario::ActionKind;
    let (built, mut g) = played();
    let sc = g.scenario().clone();
    let kind = |k: ActionKind| (0..sc.actions.len() as u16).find(|&a| sc.actions[a as usize].kind == k).unwrap();
    let (draft, propose) = (kind(ActionKind::Draft), kind(ActionKind::Propose));
    while let Phase::Choosing(e) = g.phase() {
        g.apply(Decision::Choose(g.available_options(e)[0])).unwrap();
    }
    let target = g.valid_targets(draft)[0];
    g.apply(Decision::Act { action: draft, target }).unwrap();
    let reports = g.apply(Decision::Act { action: propose, target: Target::None }).unwrap();
    let answers: Vec<(u16, bool)> = reports
        .iter()
        .filter_map(|r| match r {
            Report::Responded { actor, accepts, .. } => Some((*actor, *accepts)),
            _ => None,
        })
        .collect();
    assert!(answers.iter().any(|(_, ok)| !ok), "someone refuses the first draft: {answers:?}");
    for lang in ["en-US", "ar", "he", "fr"] {
        let t = Texts::new(lang, &built.texts);
        for &(a, accepts) in &answers {
            let parts = g.answer_parts(a);
            let marked = present::answer_why(&g, &t, a, false, false);
            let told = marked.iter().filter(|l| l.starts_with('✓') || l.starts_with('✗')).count();
            if a != g.actor() {
                assert!(told >= 1 && !parts.is_empty(), "{lang}: the parts are told: {marked:?}");
                assert_eq!(accepts, parts.iter().all(|(_, held)| *held) && !marked.iter().any(|l| l.starts_with('✗')));
            }
            let spoken = present::answer_why(&g, &t, a, false, true);
            for l in &spoken {
                assert!(!l.contains(['✓', '✗', '▲', '▼', '←', '·']), "{lang}: a mark read aloud: {l}");
            }
            if !accepts {
                let unmet = t.get("answer-unmet");
                assert!(spoken.iter().any(|l| l.starts_with(&unmet)), "{lang}: {spoken:?}");
            }
        }
        assert!(t.missing().is_empty(), "{lang}: messages missing: {:?}", t.missing());
    }
}
