//! The logic checker finds each planted bug in `tests/fixtures/logic-bugs` (the mini
//! scenario with one bug of each kind), says it as a warning with its file and line, and
//! finds nothing in the shipped tutorial or the mini pack; both shipped packs pass `check
//! --strict --deny-warnings`.

use goodfaith::content::{Library, diag};
use std::path::{Path, PathBuf};

fn warnings(root: &str) -> (String, Vec<String>) {
    let lib = Library::load(&[PathBuf::from(root)]);
    let diags = lib.check();
    assert!(!diags.iter().any(|d| d.is_error()), "{}", diag::render(&lib.map, &diags, false));
    let messages = diags.iter().filter(|d| !d.is_error()).map(|d| d.message.clone()).collect();
    (diag::render(&lib.map, &diags, false), messages)
}

#[test]
fn every_planted_logic_bug_is_found_where_it_is_written() {
    let (text, messages) = warnings("tests/fixtures/logic-bugs");
    let has = |m: &str| messages.iter().any(|x| x == m);
    // A condition that can never hold (`calm >= 190` on a 0–100 meter), and a reaction
    // that can never fire (it waits for a flag no effect sets).
    assert_eq!(messages.iter().filter(|m| *m == "this condition can never hold").count(), 2, "{text}");
    assert!(text.contains("mini.toml:26:8") && text.contains("`flag.rumour` is always off"), "{text}");
    assert!(text.contains("`calm` stays between 0 and 100"), "{text}");
    // Conditions that always hold: a counter nothing changes, and the ending that hides the
    // others.
    assert_eq!(messages.iter().filter(|m| m.starts_with("this condition always holds")).count(), 2, "{text}");
    assert!(has("ending `deal` can never end a game") && has("ending `timeout` can never end a game"), "{text}");
    assert!(has("flag `rumour` is read but no effect sets it, so it is always off"), "{text}");
    assert!(has("flag `noted` is set but never read"), "{text}");
    assert!(has("counter `visits` never changes"), "{text}");
    assert_eq!(messages.len(), 9, "{text}");
    insta::assert_snapshot!("logic-bugs", text);
}

#[test]
fn the_tutorial_and_the_mini_pack_have_no_logic_warnings() {
    for root in ["content/tutorial", "tests/fixtures/packs/mini", "tests/fixtures/packs/extensions"] {
        let (text, messages) = warnings(root);
        assert!(messages.is_empty(), "{root}:\n{text}");
    }
    assert!(Path::new("tests/fixtures/logic-bugs/pack.toml").exists());
}

/// The mini pack with the `meet` action given `targets` and a condition on its target.
fn meet_when(condition: &str) -> (String, Vec<String>) {
    let tmp = tempfile::tempdir().unwrap();
    let src = Path::new("tests/fixtures/packs/mini");
    for rel in ["pack.toml", "scenarios/mini.toml", "locales/en-US/mini.ftl"] {
        let to = tmp.path().join(rel);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(src.join(rel), to).unwrap();
    }
    let path = tmp.path().join("scenarios/mini.toml");
    let text = std::fs::read_to_string(&path).unwrap().replace(
        "[[action]]\nid = \"meet\"\ntarget = \"actor\"\n",
        &format!("[[action]]\nid = \"meet\"\ntarget = \"actor\"\ntargets = [\"north\", \"south\"]\ncondition = \"{condition}\"\n"),
    );
    std::fs::write(&path, text).unwrap();
    let (text, messages) = warnings(tmp.path().to_str().unwrap());
    (text.replace(&tmp.path().display().to_string(), "<pack>"), messages)
}

#[test]
fn an_actions_condition_is_judged_for_each_of_its_targets() {
    // The envoy is not among the targets: the condition holds for none of them.
    let (text, messages) = meet_when("target == envoy and calm > 10");
    assert_eq!(messages, vec!["this condition can never hold"], "{text}");
    assert!(text.contains("the action's targets are north, south"), "{text}");
    // ... and its opposite for all of them.
    let (text, messages) = meet_when("target != envoy");
    assert_eq!(messages, vec!["this condition always holds, so it tests nothing"], "{text}");
    // One target but not the other: nothing to say.
    let (text, messages) = meet_when("target == north or flag.met");
    assert!(messages.is_empty(), "{text}");
}

/// Both shipped packs check clean as a modder or a release would run it, warnings denied, in
/// every language: Nine Months once had flags that were set and never read (issue 14).
#[test]
fn the_shipped_packs_pass_check_with_warnings_denied() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_goodfaith"))
        .env("NO_COLOR", "1")
        .args(["check", "--strict", "--deny-warnings", "content/nine-months", "content/tutorial"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("0 error(s), 0 warning(s)"), "{text}");
}
