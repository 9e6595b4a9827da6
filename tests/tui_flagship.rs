//! The flagship scenario in the terminal game, in every shipped language and from every
//! chair: through the setup screens, week by week to an ending, with every screen drawn at
//! 80×24 and no message id shown in place of text.

mod common;

use common::press;
use goodfaith::content::Library;
use goodfaith::engine::Phase;
use goodfaith::tui::App;
use goodfaith::tui::app::Screen;
use goodfaith::tui::theme::{Mode, Theme};
use goodfaith::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::PathBuf;
use std::sync::Arc;

/// The screen's text, line by line (cells joined; wide characters keep their one cell).
fn screen(a: &mut App) -> Vec<String> {
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| view::draw(a, f)).unwrap();
    let buf = t.backend().buffer();
    (0..24).map(|y| (0..80).map(|x| buf[(x, y)].symbol().to_string()).collect()).collect()
}

/// Whether the text holds a message id, which is what shows when a message is not found
/// (`event-the_bargain`, `role-prime_minister`, …).
fn shows_an_id(text: &str) -> bool {
    const KINDS: &[&str] = &[
        "event",
        "option",
        "role",
        "actor",
        "meter",
        "issue",
        "action",
        "ending",
        "reaction",
        "objective",
        "resource",
        "tag",
        "difficulty",
        "scenario",
        "pack",
        "tui",
        "flag",
    ];
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).any(|word| {
        word.split_once('-').is_some_and(|(kind, rest)| {
            KINDS.contains(&kind)
                && !rest.is_empty()
                && rest.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
        })
    })
}

/// A new flagship game through the setup screens: the chair (by its place in the list), the
/// default difficulty, the seed. The folder holds its save.
fn start(lang: &str, chair: usize, seed: u64) -> (App, tempfile::TempDir) {
    let lib = Arc::new(Library::load(&[PathBuf::from("content")]));
    let scenario = lib.scenarios().iter().position(|s| s.id == "nine-months").expect("the flagship is shipped");
    let mut a = App::new(lib, Some(lang), Theme { mode: Mode::NoColor });
    a.saves_dir = None;
    let dir = tempfile::tempdir().unwrap();
    a.save_override = Some(dir.path().join("game.toml"));
    press(&mut a, &format!("2{}\n{}\n\n{seed}\n", "j".repeat(scenario), "j".repeat(chair)));
    assert!(matches!(a.screen, Screen::Game(_)), "{lang}: setup did not start a game");
    (a, dir)
}

#[test]
fn the_flagship_plays_to_an_ending_in_every_language_from_every_chair() {
    assert!(shows_an_id("■ event-the_bargain") && shows_an_id("1. role-prime_minister"));
    assert!(!shows_an_id("Week 1/41 · the Prime Minister · Jérusalem-Est"));
    for (chair, lang) in ["en-US", "ar", "he", "fr", "en-US"].into_iter().enumerate() {
        let (mut a, _dir) = start(lang, chair, 11);
        let mut weeks = 0;
        while !matches!(a.screen, Screen::End { .. }) {
            for line in screen(&mut a) {
                assert!(!shows_an_id(&line), "{lang}, chair {chair}: a message id on screen: {line}");
            }
            let choosing = a.session.as_ref().is_some_and(|s| matches!(s.game.phase(), Phase::Choosing(_)));
            press(&mut a, if choosing { "\x1b1" } else { "\x1b0" });
            weeks += 1;
            assert!(weeks < 400, "{lang}: the game did not end");
        }
        let end = screen(&mut a).join("\n");
        assert!(!shows_an_id(&end), "{lang}: a message id on the end screen:\n{end}");
        let session = a.session.as_ref().expect("a finished game");
        assert!(session.texts.missing().is_empty(), "{lang}: missing messages: {:?}", session.texts.missing());
        assert!(session.game.ended().is_some());
    }
}

#[test]
fn a_meter_in_the_thousands_keeps_every_digit_at_80x24() {
    // The Palestinian negotiator's chair, seed 24: 1,500 units are announced in the first week.
    let (mut a, _dir) = start("en-US", 4, 24);
    let lines = screen(&mut a);
    let row = lines.iter().find(|l| l.contains("Settlement un")).unwrap_or_else(|| panic!("{}", lines.join("\n")));
    // Grouped as English groups numbers, value and change alike.
    assert!(row.contains(" 1,500 ▲+1,500"), "{row}");
}
