//! Another chair in the same world (`play --load --as --from-week`) and comparing two
//! games (`compare`), on saves of Nine Months and of the tutorial.

mod common;

use goodfaith::compare::{self, Comparison};
use goodfaith::content::Library;
use goodfaith::engine::{Decision, Game, Setup};
use goodfaith::i18n::Texts;
use goodfaith::save::{Save, SaveError};
use std::path::{Path, PathBuf};
use std::process::Output;

fn library() -> Library {
    Library::load(&[PathBuf::from("content")])
}

/// A game played to `weeks` by a fixed rule: in week w, up to `acts` of the legal
/// decisions, picked by position from `salt`, then the end of the week.
fn played(scenario: &str, role: &str, seed: u64, weeks: u16, salt: usize) -> (Game, goodfaith::content::Built) {
    let built = common::build(scenario);
    let sc = built.scenario.clone();
    let mut g = Game::new(sc.clone(), Setup { role: sc.role_ix(role).unwrap(), seed, difficulty: None, record: true });
    let mut acted = 0;
    let mut week = g.turn();
    while !g.is_over() && g.turn() <= weeks {
        if g.turn() != week {
            (week, acted) = (g.turn(), 0);
        }
        let legal = g.legal_decisions();
        let d = if acted >= 2 && legal.contains(&Decision::EndTurn) {
            Decision::EndTurn
        } else {
            legal[(salt + week as usize * 3 + acted) % legal.len()]
        };
        acted += 1;
        g.apply(d).unwrap();
    }
    (g, built)
}

fn saved(g: &Game, built: &goodfaith::content::Built, dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    Save::of(g, built, "en-US").write(&path).unwrap();
    path
}

#[test]
fn another_chair_keeps_the_weeks_before_and_replays_exactly() {
    let lib = library();
    let dir = tempfile::tempdir().unwrap();
    for (scenario, from, to, weeks, week) in [
        ("nine-months", "prime_minister", "palestinian_president", 12, 8),
        ("tutorial", "mediator", "israeli_negotiator", 6, 3),
    ] {
        let (g, built) = played(scenario, from, 5, weeks, 1);
        let path = saved(&g, &built, dir.path(), &format!("{scenario}.toml"));
        let save = Save::read(&path).unwrap();
        let seated = save.reseat(&lib, to, week).unwrap();
        let (h, _) = seated.replay(&lib).unwrap();
        let sc = h.scenario().clone();
        assert_eq!(h.turn(), week, "{scenario}");
        assert_eq!(sc.roles[h.seat() as usize].id, to, "{scenario}");
        assert_eq!(h.seats(), &[(week, sc.role_ix(to).unwrap())]);
        // The weeks before are the same world: the same values at the end of each.
        assert_eq!(&h.history()[..week as usize], &g.history()[..week as usize], "{scenario}");
        assert!(seated.decisions.len() < save.decisions.len());
        assert_eq!(seated.decisions[..], save.decisions[..seated.decisions.len()]);
        // The seat change is in the save, so it restores exactly.
        let seat_path = dir.path().join(format!("{scenario}-seat.toml"));
        seated.write(&seat_path).unwrap();
        let text = std::fs::read_to_string(&seat_path).unwrap();
        assert!(text.contains("[[seats]]") && text.contains(&format!("role = \"{to}\"")), "{text}");
        let (r, _) = Save::read(&seat_path).unwrap().restore(&lib, &seat_path).unwrap();
        assert_eq!(goodfaith::save::fingerprint(&r), goodfaith::save::fingerprint(&h));
        // Playing on from the new chair and saving again still replays.
        let mut r = r;
        while !r.is_over() && r.turn() < week + 2 {
            let d = *r.legal_decisions().last().unwrap();
            r.apply(d).unwrap();
        }
        let again = saved(&r, &built, dir.path(), &format!("{scenario}-again.toml"));
        let (back, _) = Save::read(&again).unwrap().restore(&lib, &again).unwrap();
        assert_eq!(back.seat(), r.seat());
        assert_eq!(Save::read(&again).unwrap().role, from, "the save keeps the chair the game began in");
    }
}

#[test]
fn week_one_starts_the_same_world_in_the_other_chair() {
    let lib = library();
    let dir = tempfile::tempdir().unwrap();
    let (g, built) = played("tutorial", "mediator", 9, 4, 2);
    let save = Save::read(&saved(&g, &built, dir.path(), "t.toml")).unwrap();
    let seated = save.reseat(&lib, "palestinian_negotiator", 1).unwrap();
    assert!(seated.seats.is_empty() && seated.decisions.is_empty());
    assert_eq!(seated.role, "palestinian_negotiator");
    assert_eq!(seated.seed, save.seed);
}

#[test]
fn a_chair_or_week_that_cannot_be_taken_is_refused() {
    let lib = library();
    let dir = tempfile::tempdir().unwrap();
    let (g, built) = played("tutorial", "mediator", 2, 4, 0);
    let save = Save::read(&saved(&g, &built, dir.path(), "t.toml")).unwrap();
    assert!(matches!(save.reseat(&lib, "referee", 2), Err(SaveError::NoSuchRole { .. })));
    assert!(matches!(save.reseat(&lib, "israeli_negotiator", g.turn() + 1), Err(SaveError::SeatWeek { .. })));
    assert!(matches!(save.reseat(&lib, "israeli_negotiator", 0), Err(SaveError::SeatWeek { .. })));
    let mut lesson = save.clone();
    lesson.lesson = Some(goodfaith::save::SavedLesson {
        title: "t".into(),
        first_week: 2,
        last_week: 5,
        roles: vec!["mediator".into()],
        questions: vec![],
    });
    let e = lesson.reseat(&lib, "israeli_negotiator", 2).unwrap_err();
    assert!(e.to_string().contains("does not allow role `israeli_negotiator`"), "{e}");
}

#[test]
fn a_save_of_the_first_format_still_loads() {
    let lib = library();
    let dir = tempfile::tempdir().unwrap();
    let (g, built) = played("tutorial", "mediator", 4, 3, 1);
    let path = saved(&g, &built, dir.path(), "old.toml");
    let text = std::fs::read_to_string(&path).unwrap().replace("format = 2", "format = 1");
    std::fs::write(&path, text).unwrap();
    let (r, _) = Save::read(&path).unwrap().restore(&lib, &path).unwrap();
    assert_eq!(r.turn(), g.turn());
}

fn run(args: &[&str]) -> Output {
    common::run(args, "")
}

#[test]
fn play_as_another_chair_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let (g, built) = played("nine-months", "secretary_of_state", 11, 10, 3);
    let path = saved(&g, &built, dir.path(), "nm.toml");
    let p = path.to_str().unwrap();
    let new = dir.path().join("other.toml");
    let out = run(&[
        "play",
        "--plain",
        "--lang",
        "en-US",
        "--load",
        p,
        "--as",
        "prime_minister",
        "--from-week",
        "6",
        "--save",
        new.to_str().unwrap(),
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("From week 6 you hold the chair of the Prime Minister"), "{text}");
    // The loaded save is left as it was.
    assert_eq!(Save::read(&path).unwrap().decisions.len(), g.decisions().len());
    assert_eq!(run(&["replay", "--verify", new.to_str().unwrap()]).status.code(), Some(0));
    for (args, says) in [
        (vec!["--as", "referee"], "there is no role `referee`"),
        (vec!["--as", "prime_minister", "--from-week", "40"], "has not reached week 40"),
    ] {
        let mut all = vec!["play", "--plain", "--load", p];
        all.extend(args);
        let out = run(&all);
        assert_eq!(out.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&out.stderr).contains(says), "{}", String::from_utf8_lossy(&out.stderr));
    }
    // --from-week without --as is a usage error.
    assert_eq!(run(&["play", "--plain", "--load", p, "--from-week", "3"]).status.code(), Some(2));
}

#[test]
fn compare_finds_where_two_games_parted() {
    let lib = library();
    let dir = tempfile::tempdir().unwrap();
    for scenario in ["nine-months", "tutorial"] {
        let role = if scenario == "tutorial" { "mediator" } else { "secretary_of_state" };
        let (a, built) = played(scenario, role, 21, 8, 0);
        let (b, _) = played(scenario, role, 21, 8, 1);
        let pa = saved(&a, &built, dir.path(), &format!("{scenario}-a.toml"));
        let pb = saved(&b, &built, dir.path(), &format!("{scenario}-b.toml"));
        let t = Texts::new("en-US", &built.texts);
        let c = Comparison::of(&a, &b, &t);
        let (x, y) = c.first.clone().expect("the games differ");
        let week = x.as_ref().or(y.as_ref()).unwrap().week;
        assert!(!c.weeks.is_empty() && c.weeks[0].week == week, "{scenario}");
        assert!(!c.curves.is_empty());
        assert_eq!(c.curves[0].a.len(), a.history().len() - 1);
        let same = Comparison::of(&a, &a, &t);
        assert!(same.first.is_none() && same.weeks.is_empty());
        let text = compare::text(&c, &a, &b, &t);
        assert!(text.contains(&format!("The games part in week {week}")), "{text}");
        let html = compare::html(&c, &a, &b, &t);
        assert!(html.contains("<svg") && html.contains("<polyline") && !html.contains("<script"), "{scenario}");
        let v: serde_json::Value = serde_json::from_str(&compare::json(&c, &a, &b)).unwrap();
        assert_eq!(v["scenario"], scenario);
        assert_eq!(v["first_difference"]["a"]["week"], week);
        let md = compare::markdown(&c, &a, &b, &t);
        assert!(md.starts_with("# Two games of "), "{md}");
        // From the command line, in every format.
        for format in ["text", "md", "json", "html"] {
            let out = run(&["compare", pa.to_str().unwrap(), pb.to_str().unwrap(), "--format", format]);
            assert_eq!(out.status.code(), Some(0), "{format}: {}", String::from_utf8_lossy(&out.stderr));
        }
        drop(lib.scenarios());
    }
    // Games of two scenarios are refused.
    let out = run(&[
        "compare",
        dir.path().join("nine-months-a.toml").to_str().unwrap(),
        dir.path().join("tutorial-a.toml").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("only games of one scenario can be compared"));
}

#[test]
fn compare_escapes_text_in_html() {
    assert_eq!(compare::html_escape("<b>\"&'"), "&lt;b&gt;&quot;&amp;&#39;");
}
