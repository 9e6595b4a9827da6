//! `goodfaith new pack NAME`: the starter pack it writes checks with no diagnostic at all,
//! reaches several endings in simulation, plays to an ending in plain mode, and nothing is
//! ever written over an existing folder or under a name that is not a pack id.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

/// The binary in English, finding no packs but the ones named.
fn run(args: &[&str], input: &str) -> Output {
    let mut cmd = common::goodfaith();
    cmd.args(args)
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("GOODFAITH_PACKS");
    common::run_command(&mut cmd, input)
}

/// A fresh, empty folder of this test's own under the system's temporary folder.
fn fresh_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("goodfaith-new-pack-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Writes the starter pack `id` into `dir` and returns its folder.
fn new_pack(dir: &Path, id: &str) -> PathBuf {
    let out = run(&["new", "pack", id, "--into", dir.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let root = dir.join(id);
    assert!(stdout.contains(&root.join("pack.toml").display().to_string()), "names what it wrote:\n{stdout}");
    assert!(stdout.contains(&format!("goodfaith check {}", root.display())), "says what to run next:\n{stdout}");
    root
}

#[test]
fn the_starter_pack_checks_with_no_diagnostic_at_all() {
    let dir = fresh_dir("check");
    let root = new_pack(&dir, "river-sharing");
    let path = root.to_str().unwrap();
    let out = run(&["check", path, "--format", "json", "--strict", "--deny-warnings"], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["diagnostics"], serde_json::json!([]), "{v}");
    // A pack in one language still has its row in the translation table.
    assert_eq!(v["coverage"][0]["lang"], "en-US", "{v}");
    assert_eq!(v["coverage"][0]["percent"], 100, "{v}");
    let out = run(&["check", path], "");
    assert!(text(&out.stdout).contains("river-sharing  en-US"), "{}", text(&out.stdout));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn simulated_games_of_the_starter_pack_reach_several_endings() {
    let dir = fresh_dir("simulate");
    new_pack(&dir, "starter");
    let args =
        ["simulate", "--pack", dir.to_str().unwrap(), "--scenario", "starter", "--games", "500", "--format", "json"];
    let out = run(&args, "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let endings = v["endings"].as_object().unwrap();
    let reached: Vec<&String> =
        endings.iter().filter(|(_, e)| e["count"].as_u64() > Some(0)).map(|(id, _)| id).collect();
    assert!(reached.len() >= 2, "{reached:?}");
    assert!(reached.iter().any(|id| *id == "river_compact"), "the good ending is reachable: {reached:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_starter_pack_plays_to_an_ending_in_plain_mode() {
    let dir = fresh_dir("play");
    new_pack(&dir, "starter");
    let save = dir.join("game.toml");
    // Each week: answer a choice (or pick the first action), then end the quiet weeks.
    let input = "1\nn\n".repeat(40);
    let args = [
        "play",
        "--plain",
        "--pack",
        dir.to_str().unwrap(),
        "--scenario",
        "starter",
        "--role",
        "mediator",
        "--seed",
        "3",
        "--save",
        save.to_str().unwrap(),
    ];
    let out = run(&args, &input);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("=== The end: "), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_existing_folder_is_never_written_over() {
    let dir = fresh_dir("exists");
    let root = dir.join("mine");
    std::fs::create_dir(&root).unwrap();
    std::fs::write(root.join("notes.txt"), "keep me").unwrap();
    let out = run(&["new", "pack", "mine", "--into", dir.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("already exists; nothing was written"), "{}", text(&out.stderr));
    assert!(!root.join("pack.toml").exists());
    assert_eq!(std::fs::read_to_string(root.join("notes.txt")).unwrap(), "keep me");
    // Writing the same pack twice: the second time is refused too.
    new_pack(&dir, "twice");
    let out = run(&["new", "pack", "twice", "--into", dir.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_name_that_is_not_a_pack_id_is_refused() {
    let dir = fresh_dir("bad-name");
    for bad in ["River", "9lives", "../escape", "two words", "a/b", ""] {
        let out = run(&["new", "pack", bad, "--into", dir.to_str().unwrap()], "");
        assert_eq!(out.status.code(), Some(1), "{bad}");
        assert!(text(&out.stderr).contains("cannot be a pack id"), "{bad}: {}", text(&out.stderr));
    }
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0, "nothing was written");
    let _ = std::fs::remove_dir_all(&dir);
}
