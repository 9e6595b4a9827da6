//! `simulate` says why, not only what: per event fire counts, the part of each ending's
//! condition that held, the weeks games ended, meters at the end, each role's results in a
//! run over every role, and `--trace N`, one game of the run told in full.

mod common;

use goodfaith::engine::Scenario;
use goodfaith::i18n::Texts;
use goodfaith::simulate::{self, Policy, game_setup, play_one};
use std::sync::Arc;

fn cli(args: &[&str]) -> (String, String, Option<i32>) {
    let out = common::run(args, "");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

#[test]
fn a_run_over_every_role_explains_its_endings() {
    let built = common::build("tutorial");
    let sc: Arc<Scenario> = built.scenario.clone();
    let s = simulate::run(sc.clone(), None, sc.default_difficulty, 600, Policy::Random, 3, 1).unwrap();
    // Each role's games add up to the run's, ending by ending.
    assert_eq!(s.roles.len(), sc.roles.len());
    assert_eq!(s.roles.values().map(|r| r.games).sum::<u64>(), 600);
    for (id, e) in &s.endings {
        let by_role: u64 = s.roles.values().map(|r| r.endings[id]).sum();
        assert_eq!(by_role, e.count, "{id}");
        // The parts of the condition that held and the weeks account for every game.
        assert_eq!(e.clauses.values().sum::<u64>(), e.count, "{id}: {:?}", e.clauses);
        assert_eq!(e.weeks.values().sum::<u64>(), e.count, "{id}");
        assert!(e.weeks.keys().all(|w| (1..=sc.turns).contains(w)), "{id}: {:?}", e.weeks);
        let ending = sc.endings.iter().find(|x| &x.id == id).unwrap();
        if let Some(c) = &ending.condition {
            let written = c.clauses();
            assert!(e.clauses.keys().all(|k| written.contains(k)), "{id}: {:?} not among {written:?}", e.clauses);
        }
    }
    // Fire counts agree with "never fired", and no event fires in more games than played.
    for (id, ev) in &s.events {
        assert_eq!(ev.games == 0, s.events_never_fired.contains(id), "{id}");
        assert!(ev.games <= 600 && ev.fires >= ev.games, "{id}: {ev:?}");
    }
    for (id, m) in &s.meters_at_end {
        assert!(m.min as f64 <= m.mean && m.mean <= m.max as f64, "{id}: {m:?}");
    }
    // A run in one role has no per-role table.
    let one = simulate::run(sc.clone(), Some(0), sc.default_difficulty, 50, Policy::Random, 3, 1).unwrap();
    assert!(one.roles.is_empty());
}

#[test]
fn a_condition_with_alternatives_is_split_where_it_says_or() {
    let built = common::build("nine-months");
    for e in &built.scenario.endings {
        if let Some(c) = &e.condition {
            let parts = c.clauses();
            assert!(parts.iter().all(|p| !p.is_empty()), "{}: {parts:?}", e.id);
            assert_eq!(parts.join(" or "), c.src.split_whitespace().collect::<Vec<_>>().join(" ").trim(), "{}", e.id);
        }
    }
}

/// The traced game is the run's game: same seed and role, the same ending as played
/// without reports.
#[test]
fn the_trace_tells_the_runs_game_with_every_cause() {
    let built = common::build("tutorial");
    let sc = built.scenario.clone();
    let t = Texts::new("en-US", &built.texts);
    for i in [0u64, 4, 9] {
        let quiet = play_one(&sc, game_setup(&sc, None, sc.default_difficulty, 1, i, false), Policy::Random);
        let text =
            simulate::trace(&sc, &t, game_setup(&sc, None, sc.default_difficulty, 1, i, true), Policy::Random, false);
        let (e, score) = quiet.ended().unwrap();
        let title = t.attr(&format!("ending-{}", sc.endings[e as usize].id), "title");
        assert!(text.contains(&format!("{title} ({score})")), "game {i}: {text}");
        assert!(text.contains(">> ") && text.contains(" ← "), "game {i}");
        assert!(!text.contains('['), "no expressions unless asked for");
    }
    assert!(t.missing().is_empty(), "{:?}", t.missing());
}

#[test]
fn the_command_line_traces_a_game_and_refuses_one_outside_the_run() {
    let (out, err, code) =
        cli(&["simulate", "--scenario", "tutorial", "--role", "mediator", "--games", "5", "--trace", "2"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.starts_with("# tutorial as `mediator`") && out.contains(">> "), "{out}");
    let (_, err, code) = cli(&["simulate", "--scenario", "tutorial", "--games", "5", "--trace", "6"]);
    assert_eq!(code, Some(1));
    assert!(err.contains("from 1 to 5"), "{err}");
    let (out, err, code) =
        cli(&["simulate", "--scenario", "tutorial", "--role", "all", "--games", "90", "--jobs", "1"]);
    assert_eq!(code, Some(0), "{err}");
    for part in ["role ", "what ended the games", "fires/game", "meter at the end", "mediator"] {
        assert!(out.contains(part), "{part}: {out}");
    }
}
