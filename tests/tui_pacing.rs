//! Pacing and "why?" in the terminal game (issue 13, items 3 and 4): each week opens with
//! a briefing, `n` ends quiet weeks but never a choice, and "why?" tells rules in words,
//! with the expression behind `x`.

mod common;

use common::{press, render};
use goodfaith::content::Library;
use goodfaith::engine::{Decision, Phase};
use goodfaith::tui::App;
use goodfaith::tui::app::{Overlay, Screen};
use goodfaith::tui::theme::{Mode, Theme};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::PathBuf;
use std::sync::Arc;

fn text(t: &Terminal<TestBackend>) -> String {
    let b = t.backend().buffer();
    (0..b.area.height)
        .map(|y| (0..b.area.width).map(|x| b[(x, y)].symbol().to_string()).collect::<String>() + "\n")
        .collect()
}

/// The tutorial as the envoy, seed 7, week 1's choice made: the week's actions.
fn started() -> App {
    let lib = Arc::new(Library::load(&[PathBuf::from("content/tutorial")]));
    let mut a = App::new(lib.clone(), Some("en-US"), Theme { mode: Mode::Color });
    a.saves_dir = None;
    a.save_override = None;
    a.screen = a.title();
    let i = lib.scenarios().iter().position(|s| s.id == "tutorial").unwrap();
    press(&mut a, &format!("2{}\n\n\n7\n", "j".repeat(i)));
    while matches!(a.session.as_ref().unwrap().game.phase(), Phase::Choosing(_)) {
        press(&mut a, "1");
    }
    a
}

#[test]
fn each_week_opens_with_its_briefing() {
    let mut a = started();
    press(&mut a, "0");
    assert!(matches!(a.overlay, Some(Overlay::Briefing { .. })), "week 2 opens with its briefing");
    insta::assert_snapshot!("briefing-80x24", render(&mut a, 80, 24).backend());
    // Any other key closes it and acts: `l` opens the log.
    press(&mut a, "l");
    assert!(a.overlay.is_none());
}

#[test]
fn n_ends_quiet_weeks_but_never_a_choice() {
    let mut a = started();
    for _ in 0..20 {
        if matches!(a.screen, Screen::End { .. }) {
            break;
        }
        let before = a.session.as_ref().unwrap().game.decisions().len();
        let chosen = |a: &App| {
            a.session.as_ref().unwrap().game.decisions().iter().filter(|d| matches!(d, Decision::Choose(_))).count()
        };
        let choices = chosen(&a);
        press(&mut a, "\x1b");
        let seen = a.session.as_ref().unwrap().game.values().to_vec();
        press(&mut a, "n");
        if matches!(a.screen, Screen::End { .. }) {
            break;
        }
        let s = a.session.as_ref().unwrap();
        // The meters' trends count from what the player saw before the weeks ended at once.
        for (slot, before) in seen.iter().enumerate() {
            assert_eq!(s.trend(slot as u32), i64::from(s.game.value(slot as u32)) - i64::from(*before));
        }
        assert_eq!(chosen(&a), choices, "a choice was made for the player");
        assert!(s.game.decisions().len() > before, "n ends at least this week");
        assert!(goodfaith::present::needs_player(&s.game), "stopped in a week that needs nothing");
        while matches!(a.session.as_ref().unwrap().game.phase(), Phase::Choosing(_)) {
            press(&mut a, "\x1b1");
        }
    }
}

#[test]
fn why_tells_rules_in_words_and_expressions_behind_x() {
    let mut a = started();
    press(&mut a, "2\x1bw");
    let words = text(&render(&mut a, 80, 24));
    assert!(words.contains("rises by"), "{words}");
    assert!(!words.contains("+="), "{words}");
    insta::assert_snapshot!("why-words-80x24", render(&mut a, 80, 24).backend());
    press(&mut a, "x");
    let raw = text(&render(&mut a, 80, 24));
    assert!(raw.contains("+="), "{raw}");
    press(&mut a, "x");
    assert!(!text(&render(&mut a, 80, 24)).contains("+="));
}
