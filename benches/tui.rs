//! The terminal game's speed: one frame (layout, render, diff) at 80×24 and 200×60, and a
//! key press through to the redrawn screen, with its p99 over many presses.

// A benchmark reports on standard output directly.
#![allow(clippy::disallowed_macros)]

use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use goodfaith::content::Library;
use goodfaith::tui::App;
use goodfaith::tui::theme::{Mode, Theme};
use goodfaith::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

fn game(lang: &str) -> App {
    let lib = Arc::new(Library::load(&[PathBuf::from("content/tutorial")]));
    let mut a = App::new(lib, Some(lang), Theme { mode: Mode::Color });
    a.saves_dir = None;
    for c in "2\n\n\n7\n1".chars() {
        let code = if c == '\n' { KeyCode::Enter } else { KeyCode::Char(c) };
        a.on_key(KeyEvent::new(code, KeyModifiers::NONE));
    }
    a
}

fn bench(c: &mut Criterion) {
    // Hebrew: every line goes through the right-to-left layout.
    for (w, h, lang) in [(80u16, 24u16, "en-US"), (200, 60, "en-US"), (200, 60, "he")] {
        let name = if lang == "en-US" { format!("{w}x{h}") } else { format!("{w}x{h} {lang}") };
        let mut app = game(lang);
        let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
        // Alternate between two screens so every frame has something to diff.
        let mut flip = false;
        c.bench_function(&format!("tui/frame {name}"), |b| {
            b.iter(|| {
                flip = !flip;
                app.on_key(KeyEvent::new(if flip { KeyCode::Down } else { KeyCode::Up }, KeyModifiers::NONE));
                term.draw(|f| view::draw(&mut app, f)).unwrap();
            })
        });
        // Key to screen: handle a key and draw, timed one by one for the p99.
        let mut samples = Vec::with_capacity(5000);
        for i in 0..5000 {
            let key = if i % 2 == 0 { KeyCode::Tab } else { KeyCode::Down };
            let t0 = Instant::now();
            app.on_key(KeyEvent::new(key, KeyModifiers::NONE));
            term.draw(|f| view::draw(&mut app, f)).unwrap();
            samples.push(t0.elapsed());
        }
        samples.sort();
        let p = |q: f64| samples[((samples.len() as f64 * q) as usize).min(samples.len() - 1)];
        println!("tui/key-to-screen {name}: p50 {:?}, p99 {:?}, max {:?}", p(0.5), p(0.99), samples[samples.len() - 1]);
    }
    c.bench_function("tui/first frame 80x24 (load, build, draw)", |b| {
        b.iter(|| {
            let mut app = game("en-US");
            let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
            term.draw(|f| view::draw(&mut app, f)).unwrap();
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
