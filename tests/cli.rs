//! The `goodfaith` binary as users run it: exit codes, output formats, saves.

mod common;

use common::run;
use std::io::Write;
use std::process::{Command, Stdio};

#[test]
fn check_exit_codes() {
    assert_eq!(run(&["check"], "").status.code(), Some(0), "shipped content must check clean");
    let bad = run(&["check", "tests/fixtures/bad-packs/unknown-variable"], "");
    assert_eq!(bad.status.code(), Some(1));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(err.contains("mini.toml:51:10"), "{err}");
    assert!(err.contains("did you mean `calm`?"), "{err}");
    assert_eq!(run(&["check", "no/such/folder"], "").status.code(), Some(2));
    assert_eq!(run(&["check", "--format", "yaml"], "").status.code(), Some(2));
}

/// Warnings pass a check, unless `--deny-warnings` asks for a clean pack (for CI).
#[test]
fn deny_warnings_fails_on_the_logic_checkers_warnings() {
    let pack = "tests/fixtures/logic-bugs";
    assert_eq!(run(&["check", pack], "").status.code(), Some(0));
    let out = run(&["check", "--deny-warnings", pack], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("0 error(s), 9 warning(s)"));
    assert_eq!(run(&["check", "--deny-warnings", "content/tutorial"], "").status.code(), Some(0));
}

#[test]
fn check_json_lists_diagnostics() {
    let out = run(&["check", "tests/fixtures/bad-packs/unknown-id-near-match", "--format", "json"], "");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let first = &v["diagnostics"][0];
    assert_eq!(first["severity"], "error");
    assert_eq!(first["line"], 50);
    assert_eq!(first["column"], 12);
    assert_eq!(first["help"], "did you mean `meet`?");
}

#[test]
fn check_prints_translation_coverage() {
    let out = run(&["check"], "");
    let table = String::from_utf8_lossy(&out.stdout);
    let row = |pack: &str, lang: &str| {
        table.lines().find(|l| l.split_whitespace().take(2).eq([pack, lang])).unwrap_or_else(|| panic!("{table}"))
    };
    // The interface counts as a pack of its own; every shipped language is complete.
    for (pack, lang) in [("ui", "ar"), ("ui", "he"), ("ui", "fr"), ("tutorial", "ar"), ("tutorial", "fr")] {
        assert!(row(pack, lang).ends_with("100%"), "{table}");
    }
    let out = run(&["check", "tests/fixtures/bad-packs/translation-missing-attribute"], "");
    assert_eq!(out.status.code(), Some(0), "a gap is a warning without --strict");
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains("mini  fr    36/37   97%"), "{table}");
    assert!(!table.contains("ui "), "the interface is checked only with the installed content:\n{table}");
}

#[test]
fn check_json_has_coverage_beside_diagnostics() {
    let out = run(&["check", "tests/fixtures/bad-packs/translation-missing-message", "--format", "json"], "");
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["diagnostics"][0]["severity"], "warning");
    assert_eq!(
        v["coverage"],
        serde_json::json!([{ "pack": "mini", "lang": "fr", "translated": 23, "total": 37, "percent": 62 }])
    );
}

#[test]
fn strict_check_fails_on_a_translation_gap_only() {
    for gap in ["translation-missing-message", "translation-missing-attribute", "translation-variable-mismatch"] {
        let path = format!("tests/fixtures/bad-packs/{gap}");
        let out = run(&["check", &path, "--strict"], "");
        assert_eq!(out.status.code(), Some(1), "{gap}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("error: "), "{gap}");
    }
    // Messages English no longer has stay warnings.
    let out = run(&["check", "tests/fixtures/bad-packs/translation-obsolete", "--strict"], "");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    // A complete translation passes.
    let out = run(&["check", "content/tutorial", "--strict"], "");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let help = run(&["check", "--help"], "");
    assert!(String::from_utf8_lossy(&help.stdout).contains("Make translation gaps errors"));
}

#[test]
fn plain_play_is_deterministic_and_saves_on_end_of_input() {
    let dir = tempfile::tempdir().unwrap();
    let save = dir.path().join("game.toml");
    let save = save.to_str().unwrap();
    let args = ["play", "--plain", "--scenario", "tutorial", "--seed", "7", "--role", "mediator", "--save", save];
    let input = "1\n1\n1\n0\n2\n1\n0\n";
    let a = run(&args, input);
    let first_save = std::fs::read_to_string(save).unwrap();
    let b = run(&args, input);
    assert_eq!(a.status.code(), Some(0));
    assert_eq!(a.stdout, b.stdout);
    assert!(!a.stdout.is_empty());
    assert!(first_save.contains("seed = 7"));
    // The save replays and verifies; loading it does not change it.
    let replay = run(&["replay", save, "--verify"], "");
    assert_eq!(replay.status.code(), Some(0), "{}", String::from_utf8_lossy(&replay.stderr));
    let before = std::fs::read(save).unwrap();
    let resumed = run(&["play", "--plain", "--load", save, "--save", &format!("{save}.2")], "");
    assert_eq!(resumed.status.code(), Some(0));
    assert_eq!(std::fs::read(save).unwrap(), before);
}

#[test]
fn a_closed_output_ends_plain_play_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let save = dir.path().join("game.toml");
    let mut child = Command::new(env!("CARGO_BIN_EXE_goodfaith"))
        .args(["play", "--plain", "--scenario", "tutorial", "--seed", "7", "--role", "mediator"])
        .args(["--save", save.to_str().unwrap()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The reader goes away before the game has written anything (as with `| head`).
    drop(child.stdout.take());
    // The game may stop reading once its output is gone; a refused write is fine.
    let _ = child.stdin.take().unwrap().write_all("0\n".repeat(500).as_bytes());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(141));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    // The game is saved as it stood, and the save replays.
    let replay = run(&["replay", save.to_str().unwrap(), "--verify"], "");
    assert_eq!(replay.status.code(), Some(0), "{}", String::from_utf8_lossy(&replay.stderr));
}

#[test]
fn the_pseudo_locale_accents_plain_mode() {
    let args = ["play", "--plain", "--scenario", "tutorial", "--role", "mediator", "--seed", "7", "--lang", "en-XA"];
    let dir = tempfile::tempdir().unwrap();
    let save = dir.path().join("g.toml");
    let out = run(&[&args[..], &["--save", save.to_str().unwrap()]].concat(), "");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    // Interface messages (the month, "Game saved. Goodbye.") and the pack's text alike.
    assert!(text.contains("Ƒeeƀřuuaařẏ 2026"), "{text}");
    assert!(text.contains("Ɠaaḿee şaaṽeeḓ. Ɠooooḓƀẏee."), "{text}");
    assert!(text.contains("Ŧħee ƈooḿḿiŧŧeeee ḿeeeeŧş"), "{text}");
    assert!(!text.contains("February"), "{text}");
}

#[test]
fn plain_scenario_menu_shows_names_and_reports_no_missing_message() {
    let dir = tempfile::tempdir().unwrap();
    let save = dir.path().join("g.toml");
    let out = run(&["play", "--plain", "--lang", "en-US", "--save", save.to_str().unwrap()], "");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Choose a scenario"), "{text}");
    assert!(!text.contains("  2. tutorial\n"), "the menu shows an id:\n{text}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("missing"), "{err}");
}

#[test]
fn corrupt_saves_get_a_message_and_stay_untouched() {
    let dir = tempfile::tempdir().unwrap();
    for (name, body) in
        [("empty.toml", ""), ("garbage.toml", "\u{0}\u{1}binary"), ("truncated.toml", "format = 1\nengine = \"goodf")]
    {
        let p = dir.path().join(name);
        std::fs::write(&p, body).unwrap();
        let out = run(&["play", "--plain", "--load", p.to_str().unwrap()], "");
        assert_eq!(out.status.code(), Some(1), "{name}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(name), "{name}: {err}");
        assert_eq!(std::fs::read_to_string(&p).unwrap(), body, "{name} was changed");
    }
    // A save that is not there: the reason is given once.
    let missing = dir.path().join("missing.toml");
    let out = run(&["play", "--plain", "--load", missing.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("missing.toml") && err.matches("os error 2").count() == 1, "{err}");
}

#[test]
fn a_diverging_replay_fails_verification() {
    let dir = tempfile::tempdir().unwrap();
    let save = dir.path().join("g.toml");
    let s = save.to_str().unwrap();
    let out = run(
        &["play", "--plain", "--scenario", "tutorial", "--role", "mediator", "--seed", "3", "--save", s],
        &"1\n0\n".repeat(12),
    );
    assert_eq!(out.status.code(), Some(0));
    let text = std::fs::read_to_string(&save).unwrap();
    // As if the engine's rules had changed: the recorded state no longer matches the replay.
    let state_line = text.lines().find(|l| l.starts_with("state = ")).unwrap().to_string();
    let tampered = text.replace(&state_line, "state = \"0000000000000000\"");
    std::fs::write(&save, tampered).unwrap();
    let out = run(&["replay", s, "--verify"], "");
    assert_ne!(out.status.code(), Some(0));
}

#[test]
fn simulate_reports_json() {
    let out = run(&["simulate", "--scenario", "tutorial", "--games", "300", "--jobs", "1", "--format", "json"], "");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for key in
        ["games", "seconds", "games_per_second", "endings", "events_never_fired", "options_never_chosen", "turns"]
    {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    assert_eq!(v["games"], 300);
    let total: u64 = v["endings"].as_object().unwrap().values().map(|e| e["count"].as_u64().unwrap()).sum();
    assert_eq!(total, 300);
    for e in v["endings"].as_object().unwrap().values() {
        assert!(["success", "partial", "failure"].contains(&e["tier"].as_str().unwrap()));
    }
}

#[test]
fn list_names_the_tutorial() {
    let out = run(&["list"], "");
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("tutorial"), "{s}");
}

/// Regression: an extension pack could not be checked alone: `check ext` did not find the
/// pack it depends on, and suggested the extension itself as its dependency.
#[test]
fn an_extension_is_checked_with_the_installed_packs_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let ext = dir.path().join("extras");
    std::fs::create_dir_all(ext.join("locales/en-US")).unwrap();
    let manifest = |depends: &str| {
        format!("id = \"extras\"\nversion = \"1\"\nformat = 1\nlocales = [\"en-US\"]\ndepends = [\"{depends}\"]\n")
    };
    std::fs::write(ext.join("pack.toml"), manifest("tutorial")).unwrap();
    std::fs::write(ext.join("locales/en-US/extras.ftl"), "pack-extras = Extras\n").unwrap();
    let out = run(&["check", ext.to_str().unwrap()], "");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("checked 1 pack(s)"), "only the named pack is reported on: {err}");
    std::fs::write(ext.join("pack.toml"), manifest("tutorail")).unwrap();
    let out = run(&["check", ext.to_str().unwrap()], "");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("did you mean `tutorial`?") && !err.contains("`extras`?"), "{err}");
}
