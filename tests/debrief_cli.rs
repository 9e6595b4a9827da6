//! `goodfaith debrief` as a teacher runs it, and the end screen's export: the three forms,
//! clear errors with exit status 1 for a missing or damaged save and an unknown language,
//! and the files written beside the save.

mod common;

use goodfaith::engine::rng::GameRng;
use goodfaith::engine::{Game, Setup};
use goodfaith::save::Save;
use goodfaith::simulate::{Policy, play_on};
use goodfaith::tui::App;
use goodfaith::tui::app::Screen;
use goodfaith::tui::session::Session;
use goodfaith::tui::theme::{Mode, Theme};
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::Arc;

fn run(args: &[&str]) -> Output {
    common::run(args, "")
}

/// A finished tutorial game, and its save written in `dir`.
fn saved(dir: &Path) -> (Game, goodfaith::content::Built, PathBuf) {
    let built = common::build("tutorial");
    let sc = built.scenario.clone();
    let role = sc.role_ix("israeli_negotiator").unwrap();
    let mut g = Game::new(sc, Setup { role, seed: 3, difficulty: None, record: true });
    play_on(&mut g, Policy::Random, &mut GameRng::new(3));
    let path = dir.join("game.toml");
    Save::of(&g, &built, "en-US").write(&path).unwrap();
    (g, built, path)
}

#[test]
fn a_save_gives_its_debrief_in_three_forms() {
    let dir = tempfile::tempdir().unwrap();
    let (_, _, save) = saved(dir.path());
    let save = save.to_str().unwrap();
    let html = run(&["debrief", save]);
    assert_eq!(html.status.code(), Some(0), "{}", String::from_utf8_lossy(&html.stderr));
    assert!(String::from_utf8_lossy(&html.stdout).starts_with("<!DOCTYPE html>"));
    // `--lang`, as `play` spells it, is the same as `--locale`.
    let md = run(&["debrief", save, "--format", "md", "--lang", "fr"]);
    assert!(String::from_utf8_lossy(&md.stdout).starts_with("# Bilan"));
    let out = dir.path().join("d.json");
    let json = run(&["debrief", save, "--format", "json", "-o", out.to_str().unwrap()]);
    assert_eq!(json.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(v["format"], 3);
    // Roads not taken cover the player's moves as well as their choices at events: a move
    // is set against doing nothing more that week.
    let roads = v["roads"]["roads"].as_array().unwrap();
    let mv = roads.iter().find(|r| r["kind"] == "action").expect("a move among the roads not taken");
    assert!(mv["event"].is_null() && mv["action"]["id"].is_string());
    assert!(mv["options"].as_array().unwrap().iter().any(|o| o["id"] == "end_week" && o["chosen"] == false));
    assert_eq!(v["scenario"]["id"], "tutorial");
    assert_eq!(v["finished"], true);
}

#[test]
fn bad_input_is_a_clear_error_with_status_1() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nothing.toml");
    let out = run(&["debrief", missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nothing.toml"), "{}", String::from_utf8_lossy(&out.stderr));
    let junk = dir.path().join("junk.toml");
    std::fs::write(&junk, "this is = = not a save\n").unwrap();
    let out = run(&["debrief", junk.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("junk.toml") && err.contains("line 1"), "{err}");
    let (_, _, save) = saved(dir.path());
    let out = run(&["debrief", save.to_str().unwrap(), "--locale", "xx"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("no text in `xx`"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[test]
fn the_end_screen_exports_the_debrief_beside_the_save() {
    let dir = tempfile::tempdir().unwrap();
    let (g, built, save) = saved(dir.path());
    let lib = Arc::new(goodfaith::content::Library::load(&[PathBuf::from("content/tutorial")]));
    let session = Session::new(g, built, "en-US".into(), Some(save.clone()));
    let mut a = App::new(lib, Some("en-US"), Theme { mode: Mode::Color }).with_session(session);
    assert!(matches!(a.screen, Screen::End { .. }));
    common::press(&mut a, "e");
    let html = dir.path().join("game.toml.debrief.html");
    let md = dir.path().join("game.toml.debrief.md");
    assert!(std::fs::read_to_string(&html).unwrap().contains("<html lang=\"en-US\" dir=\"ltr\">"));
    assert!(std::fs::read_to_string(&md).unwrap().starts_with("# Debrief"));
    let screen: String = {
        let t = common::render(&mut a, 120, 40);
        t.backend().buffer().content.iter().map(|c| c.symbol()).collect()
    };
    assert!(screen.contains("game.toml.debrief.html"), "the path is shown: {screen}");
}
