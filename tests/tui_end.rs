//! The end screen at 80×24 (issue 13, item 10): factor names wrap beside their bars rather
//! than being cut.

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

/// The debrief pane's text at 80×24, every line of it, scrolled through.
fn debrief(a: &mut App) -> String {
    let mut out = String::new();
    for _ in 0..80 {
        let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
        t.draw(|f| view::draw(a, f)).unwrap();
        let b = t.backend().buffer();
        // The left pane, inside its border.
        let line: String = (1..b.area.width)
            .map(|x| b[(x, 21)].symbol().to_string())
            .collect::<String>()
            .split('│')
            .next()
            .unwrap_or("")
            .trim()
            .to_string();
        out.push_str(&line);
        out.push(' ');
        press(a, "j");
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn factor_names_are_never_cut_at_80x24() {
    let lib = Arc::new(Library::load(&[PathBuf::from("content/tutorial")]));
    let mut a = App::new(lib.clone(), Some("en-US"), Theme { mode: Mode::Color });
    a.saves_dir = None;
    a.screen = a.title();
    let i = lib.scenarios().iter().position(|s| s.id == "tutorial").unwrap();
    press(&mut a, &format!("2{}\n\n\n7\n", "j".repeat(i)));
    for _ in 0..200 {
        if matches!(a.screen, Screen::End { .. }) {
            break;
        }
        let choosing = matches!(a.session.as_ref().unwrap().game.phase(), Phase::Choosing(_));
        press(&mut a, if choosing { "\x1b1" } else { "\x1b0" });
    }
    assert!(matches!(a.screen, Screen::End { .. }));
    let text = debrief(&mut a);
    for name in ["Process design, incrementalism and ambiguity", "Security, violence and mistrust"] {
        assert!(text.contains(name), "{name} cut: {text}");
    }
}
