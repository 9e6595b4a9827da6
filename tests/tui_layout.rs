//! The layout at 80×24 and larger: every choice visible. The flagship's Secretary of State
//! has sixteen actions and the table seven issues; each is reachable with the keys and drawn
//! when selected, in every shipped language, with a marker when rows are cut off; a proposal
//! opens its result panel; the wording list keeps its numbers.

mod common;

use common::{press, render};
use goodfaith::content::Library;
use goodfaith::engine::{Decision, Phase};
use goodfaith::tui::App;
use goodfaith::tui::app::{Hit, Item, Overlay, Screen};
use goodfaith::tui::theme::{Mode, Theme};

use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

const LANGS: [&str; 4] = ["en-US", "ar", "he", "fr"];

fn library() -> Arc<Library> {
    static LIB: OnceLock<Arc<Library>> = OnceLock::new();
    LIB.get_or_init(|| Arc::new(Library::load(&[PathBuf::from("content")]))).clone()
}

fn text(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol().to_string()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The flagship as the Secretary of State (the first chair), seed 7, past the first week's
/// choice: the sixteen actions are on screen.
fn secretary(lang: &str) -> App {
    let lib = library();
    let scenario = lib.scenarios().iter().position(|s| s.id == "nine-months").expect("the flagship is shipped");
    let mut a = App::new(lib, Some(lang), Theme { mode: Mode::NoColor });
    a.saves_dir = None;
    a.save_override = None;
    press(&mut a, &format!("2{}\n\n\n7\n", "j".repeat(scenario)));
    while a.session.as_ref().is_some_and(|s| matches!(s.game.phase(), Phase::Choosing(_))) {
        press(&mut a, "1");
    }
    assert!(matches!(a.screen, Screen::Game(_)), "{lang}: no game");
    a
}

fn sel(a: &App) -> usize {
    match &a.screen {
        Screen::Game(v) => v.sel,
        _ => panic!("not in a game"),
    }
}

/// Moves through the menu from the top to the last item and through the table's issues,
/// checking that each is drawn when selected and that a marker tells of rows cut off.
fn check_reachable(a: &mut App, lang: &str, w: u16, h: u16) {
    let items = a.items();
    let numbered = items.iter().filter(|i| matches!(i, Item::Action { .. })).count();
    assert_eq!(numbered, 16, "the Secretary of State has sixteen actions");
    for i in 0..items.len() {
        assert_eq!(sel(a), i);
        let t = render(a, w, h);
        let drawn: Vec<usize> =
            a.hits.iter().filter_map(|(_, hit)| if let Hit::Row(r) = hit { Some(*r) } else { None }).collect();
        assert!(drawn.contains(&i), "{lang} {w}×{h}: item {i} is selected but not drawn:\n{}", text(&t));
        let mut rows = drawn.clone();
        rows.dedup();
        if rows.len() < items.len() {
            let screen = text(&t);
            let hidden_below = rows.iter().max().is_some_and(|&m| m + 1 < items.len());
            let hidden_above = rows.iter().min().is_some_and(|&m| m > 0);
            assert!(!hidden_below || screen.contains('▼'), "{lang} {w}×{h}: rows cut off below, no marker:\n{screen}");
            assert!(!hidden_above || screen.contains('▲'), "{lang} {w}×{h}: rows cut off above, no marker:\n{screen}");
        }
        // The selected action's description is drawn whole, to its last word (checked in the
        // left-to-right languages, where the screen keeps each word's letters in order).
        if let (Item::Action { action, .. }, false) = (&items[i], a.texts().rtl()) {
            let s = a.session.as_ref().unwrap();
            let m = goodfaith::engine::report::ids::action(s.game.scenario(), *action).attr("description");
            let desc = s.texts.msg(&m);
            let last = desc.split_whitespace().last().unwrap_or("").to_string();
            assert!(text(&t).contains(&last), "{lang} {w}×{h}: the description of item {i} is cut:\n{}", text(&t));
        }
        // The footer's number keys reach every numbered item.
        if i == 0 {
            assert!(text(&t).contains(&format!("1-{numbered}")), "{lang} {w}×{h}: the footer says 1-{numbered}");
        }
        press(a, "j");
    }
    press(a, "t");
    let issues = a.session.as_ref().unwrap().game.scenario().issues.len();
    assert_eq!(issues, 8);
    for k in 0..issues {
        let t = render(a, w, h);
        let drawn = a.hits.iter().any(|(r, hit)| *hit == Hit::Issue(k) && r.height > 0);
        assert!(drawn, "{lang} {w}×{h}: issue row {k} is selected but not drawn:\n{}", text(&t));
        press(a, "j");
    }
    press(a, "\x1b");
}

#[test]
fn every_action_and_issue_row_is_reachable_and_drawn() {
    for lang in LANGS {
        for (w, h) in [(80, 24), (200, 60)] {
            let mut a = secretary(lang);
            check_reachable(&mut a, lang, w, h);
        }
    }
}

#[test]
fn two_digits_reach_the_actions_past_nine() {
    let mut a = secretary("en-US");
    press(&mut a, "1");
    assert!(matches!(&a.screen, Screen::Game(v) if v.pending == Some(1) && v.sel == 0), "1 waits for a second digit");
    press(&mut a, "2");
    // Action 12 opened (a picker, a notice or a decision), not action 1.
    let opened_12 = a.overlay.is_some()
        || matches!(&a.screen, Screen::Game(v) if v.picker.is_some() || v.toast.is_some() || v.sel == 11);
    assert!(opened_12);
    assert!(matches!(&a.screen, Screen::Game(v) if v.pending.is_none()));
}

/// The wording list keeps the wording on the table, marked, so numbers never move.
#[test]
fn the_wording_on_the_table_keeps_its_number() {
    let mut a = secretary("en-US");
    press(&mut a, "t\n");
    let first = a.items();
    press(&mut a, "2");
    press(&mut a, "t\n");
    let second = a.items();
    assert_eq!(first.len(), second.len(), "the same wordings, the one on the table included");
    assert!(matches!(second[1], Item::Unavailable(_)), "the drafted wording is listed, not removed");
    let t = render(&mut a, 80, 24);
    assert!(text(&t).contains("◆ on the"), "{}", text(&t));
    insta::assert_snapshot!("flagship-wording-80x24", t.backend());
}

#[test]
fn the_secretary_at_80x24() {
    for lang in ["en-US", "ar"] {
        let mut a = secretary(lang);
        press(&mut a, &"j".repeat(16));
        insta::assert_snapshot!(format!("flagship-actions-end-{lang}-80x24"), render(&mut a, 80, 24).backend());
        press(&mut a, "t\n2t");
        insta::assert_snapshot!(format!("flagship-table-{lang}-80x24"), render(&mut a, 80, 24).backend());
    }
}

/// The Secretary of State in week 12, when proposals open (each week ended taking each
/// event's first option), after drafting the first issue's second wording and proposing.
fn proposed_in_week_12(lang: &str) -> App {
    let mut a = secretary(lang);
    while a.session.as_ref().unwrap().game.turn() < 12 {
        let g = &a.session.as_ref().unwrap().game;
        let d = match g.phase() {
            Phase::Choosing(e) => Decision::Choose(g.available_options(e)[0]),
            _ => Decision::EndTurn,
        };
        a.decide(d);
    }
    while matches!(a.session.as_ref().unwrap().game.phase(), Phase::Choosing(_)) {
        press(&mut a, "1");
    }
    press(&mut a, "t\n2tp");
    a
}

/// Putting the table to the signatories opens a panel: each one's answer and, for a refusal,
/// the reason in words; the same lines go to the log.
#[test]
fn a_rejected_proposal_says_who_refused_and_why() {
    for lang in ["en-US", "ar"] {
        let mut a = proposed_in_week_12(lang);
        let Some(Overlay::Result { lines, .. }) = &a.overlay else { panic!("{lang}: no result panel") };
        assert!(lines.iter().any(|l| l.starts_with('✗')), "{lang}: someone refuses: {lines:?}");
        insta::assert_snapshot!(format!("flagship-rejected-{lang}-80x24"), render(&mut a, 80, 24).backend());
    }
}

/// Each line of the result panel has "why?": the refusing party's answer opens with how it
/// weighed each wording, every part of its rule as it stood (held or not), and what moved
/// those values; closing it gives the panel back.
#[test]
fn why_on_a_refusal_tells_the_whole_rule_and_goes_back_to_the_panel() {
    for lang in ["en-US", "ar"] {
        let mut a = proposed_in_week_12(lang);
        let Some(Overlay::Result { lines, rows, .. }) = &a.overlay else { panic!("{lang}: no result panel") };
        let refusing = lines.iter().position(|l| l.starts_with('✗')).expect("someone refuses");
        let party = rows[refusing].expect("a refusal tells a party");
        let first = rows.iter().position(Option::is_some).unwrap();
        let steps = rows[first..refusing].iter().filter(|r| r.is_some()).count();
        press(&mut a, &"j".repeat(steps));
        let Some(Overlay::Result { sel, .. }) = &a.overlay else { panic!("{lang}: the panel closed") };
        assert_eq!(*sel, refusing, "{lang}: ↓ moves to the refusing party");
        press(&mut a, "w");
        let Some(Overlay::Why { title, lines, back, .. }) = &a.overlay else { panic!("{lang}: no why") };
        assert!(back.is_some(), "{lang}: why remembers the panel");
        let g = &a.session.as_ref().unwrap().game;
        assert_eq!(*title, goodfaith::present::actor(g, a.texts(), party));
        // Every part of its rule is told, and at least one is marked as failing, agreeing
        // with the refusal (unless the table crossed a red line).
        let parts = g.answer_parts(party);
        assert!(!parts.is_empty(), "{lang}: the rule reads back into parts");
        let told: Vec<&String> = lines.iter().filter(|l| l.starts_with('✓') || l.starts_with('✗')).collect();
        // The parts are told (parts that read alike, once), each failing one marked.
        assert!(!told.is_empty(), "{lang}: {lines:?}");
        let failing = parts.iter().filter(|(_, held)| !held).count();
        assert!(told.iter().filter(|l| l.starts_with('✗')).count() >= failing.min(1), "{lang}: {lines:?}");
        assert!(parts.iter().any(|(_, held)| !held) || lines.iter().any(|l| l.starts_with('✗')), "{lang}: {lines:?}");
        insta::assert_snapshot!(format!("flagship-rejected-why-{lang}-80x24"), render(&mut a, 80, 24).backend());
        press(&mut a, "\x1b");
        assert!(matches!(a.overlay, Some(Overlay::Result { .. })), "{lang}: closing why gives the panel back");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    /// At any size from 80×24 to 200×60, in any shipped language, the last action and the
    /// last issue are drawn when selected.
    #[test]
    fn the_last_action_and_issue_are_drawn_at_any_size(w in 80u16..=200, h in 24u16..=60, lang in 0usize..4) {
        let mut a = secretary(LANGS[lang]);
        let n = a.items().len();
        press(&mut a, "k");
        prop_assert_eq!(sel(&a), n - 1);
        render(&mut a, w, h);
        prop_assert!(a.hits.iter().any(|(_, hit)| *hit == Hit::Row(n - 1)));
        press(&mut a, &format!("t{}", "j".repeat(6)));
        render(&mut a, w, h);
        prop_assert!(a.hits.iter().any(|(r, hit)| *hit == Hit::Issue(6) && r.height > 0));
    }
}

/// The help is longer than 80×24 allows: it says how many lines are below, and scrolls
/// to its last line.
#[test]
fn the_help_scrolls_to_its_last_line_at_80x24() {
    let mut a = secretary("en-US");
    press(&mut a, "?");
    let first = text(&render(&mut a, 80, 24));
    assert!(first.contains("▼ 4 more") && !first.contains("an estimate."), "{first}");
    press(&mut a, &"j".repeat(30));
    let last = text(&render(&mut a, 80, 24));
    assert!(last.contains("▲ 4 more") && last.contains("an estimate."), "{last}");
    assert!(a.overlay.is_some(), "scrolling keeps the help open");
}

/// In Arabic and Hebrew the table reads from the right: the issue's column at the right
/// edge, the gap's at the left, and the first row keeps its issue name. The support line
/// and each party's need are drawn whole in every language.
#[test]
fn the_table_is_mirrored_right_to_left_and_its_support_line_is_whole() {
    use goodfaith::tui::bidi::{Flow, visual};
    for lang in LANGS {
        let mut a = secretary(lang);
        press(&mut a, "t\n2t");
        let screen = text(&render(&mut a, 80, 24));
        let lines: Vec<&str> = screen.lines().collect();
        let inner = |l: &str| l.trim_matches('│').trim().to_string();
        let t = a.texts();
        let needs = t.fmt("support-need", &[("actor", "A".into()), ("support", "1".into()), ("need", "2".into())]);
        // Every signatory's need is drawn: one per party in the support line.
        let word = needs.split('(').nth(1).unwrap().split('2').next().unwrap().trim().to_string();
        let word = if t.rtl() { visual(&word, Flow::RTL) } else { format!("({word}") };
        assert_eq!(screen.matches(&word).count(), 3, "{lang}: a need per signatory:\n{screen}");
        if !t.rtl() {
            assert!(inner(lines[3]).starts_with(&t.get("tui-issue")), "{lang}:\n{screen}");
            continue;
        }
        let (issue, gap) = (visual(&t.get("tui-issue"), Flow::RTL), visual(&t.get("tui-gap"), Flow::RTL));
        assert!(inner(lines[3]).ends_with(&issue), "{lang}: the issue's column at the right:\n{screen}");
        assert!(inner(lines[3]).starts_with(&gap), "{lang}: the gap's column at the left:\n{screen}");
        let s = a.session.as_ref().unwrap();
        let first = visual(&s.texts.msg(&goodfaith::engine::report::ids::issue(s.game.scenario(), 0)), Flow::RTL);
        let row = lines.iter().skip(4).find(|l| l.contains("≈")).expect("the first row");
        assert!(inner(row).ends_with(&first), "{lang}: the first row keeps its issue name:\n{screen}");
    }
}
