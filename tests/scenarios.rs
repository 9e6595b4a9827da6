//! Data-driven scenario tests: each `tests/scenarios/*.toml` names a scenario, a role, a
//! seed and decisions (in the save's syntax), and what must hold at the end. One helper,
//! `check`, runs them all.

mod common;

use goodfaith::engine::{Game, Setup};
use goodfaith::save::decode;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    /// What the case shows, for the failure message.
    about: String,
    scenario: String,
    role: String,
    seed: u64,
    difficulty: Option<String>,
    decisions: Vec<String>,
    expect: Expect,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    /// The ending reached; absent when the game must still be running.
    ending: Option<String>,
    turn: Option<u16>,
    /// Expressions in the pack's language and the values they must have (true is 1).
    #[serde(default)]
    values: BTreeMap<String, i32>,
}

fn check(path: &Path) {
    let name = path.display();
    let case: Case = toml::from_str(&fs::read_to_string(path).unwrap()).unwrap_or_else(|e| panic!("{name}: {e}"));
    let built = common::build(&case.scenario);
    let sc = built.scenario.clone();
    let role = sc.role_ix(&case.role).unwrap_or_else(|| panic!("{name}: no role {}", case.role));
    let difficulty =
        case.difficulty.as_ref().map(|d| sc.difficulties.iter().position(|x| &x.id == d).expect("difficulty") as u16);
    let mut g = Game::new(sc.clone(), Setup { role, seed: case.seed, difficulty, record: true });
    for (i, text) in case.decisions.iter().enumerate() {
        let d = decode(&g, text).unwrap_or_else(|e| panic!("{name}: decision {} `{text}`: {e}", i + 1));
        g.apply(d).unwrap_or_else(|e| panic!("{name}: decision {} `{text}`: {e}", i + 1));
    }
    let ending = g.ended().map(|(e, _)| sc.endings[e as usize].id.clone());
    assert_eq!(ending, case.expect.ending, "{name} ({}): ending", case.about);
    if let Some(t) = case.expect.turn {
        assert_eq!(g.turn(), t, "{name} ({}): turn", case.about);
    }
    for (expr, want) in &case.expect.values {
        let got = built.eval(&g, expr).unwrap_or_else(|e| panic!("{name}: `{expr}`: {e}"));
        assert_eq!(got, *want, "{name} ({}): `{expr}`", case.about);
    }
}

#[test]
fn scenario_cases() {
    let mut paths: Vec<_> = fs::read_dir("tests/scenarios").unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    assert!(!paths.is_empty());
    for p in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "toml")) {
        check(p);
    }
}
