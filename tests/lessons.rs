//! Lesson files: every bad one gets a diagnostic naming its file and line (snapshots, as the
//! bad-pack corpus does), the shipped ones are clean, and a lesson's game begins at its
//! start point, stops after its last week and replays exactly from its save.

mod common;

use common::run;
use goodfaith::content::{Library, SourceMap, diag};
use goodfaith::engine::{Game, Setup};
use goodfaith::lesson::{self, setup, shipped};
use goodfaith::save::Save;
use std::path::{Path, PathBuf};
use std::process::Command;

fn library() -> Library {
    Library::load(&[PathBuf::from("content")])
}

#[test]
fn every_bad_lesson_is_refused_with_a_located_diagnostic() {
    let lib = library();
    let mut names: Vec<PathBuf> =
        std::fs::read_dir("tests/fixtures/bad-lessons").unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    assert!(names.len() >= 10, "the corpus has {} fixtures", names.len());
    for path in names {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let mut map = SourceMap::default();
        let (lesson, diags) = lesson::read(&lib, &mut map, &path);
        let text = diag::render(&map, &diags, false);
        assert!(lesson.is_none(), "{name}: accepted");
        assert!(diags.iter().any(|d| d.is_error()), "{name}: nothing reported");
        assert!(
            text.contains(&format!("tests/fixtures/bad-lessons/{name}.toml:")),
            "{name}: no file and line:\n{text}"
        );
        assert!(!text.contains('\u{1b}'), "{name}: an escape character reached the output");
        insta::assert_snapshot!(format!("lesson-{name}"), text);
    }
}

#[test]
fn check_exits_1_on_a_bad_lesson_and_0_on_a_shipped_one() {
    let bad = run(&["check", "tests/fixtures/bad-lessons/weeks-past-the-deadline.toml"], "");
    assert_eq!(bad.status.code(), Some(1));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(err.contains("weeks-past-the-deadline.toml:4:9"), "{err}");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mine.toml");
    let f = file.to_str().unwrap();
    let new = run(&["lesson", "new", "--from", "nine-months/extension-bargain", f], "");
    assert_eq!(new.status.code(), Some(0), "{}", String::from_utf8_lossy(&new.stderr));
    assert_eq!(run(&["check", f], "").status.code(), Some(0));
    // Never written over.
    assert_eq!(run(&["lesson", "new", f], "").status.code(), Some(1));
    // The template checks clean too.
    let template = dir.path().join("template.toml");
    std::fs::write(&template, shipped::TEMPLATE).unwrap();
    let out = run(&["check", template.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn the_shipped_lessons_are_clean_and_listed() {
    let lib = library();
    let list = shipped::list();
    assert!(list.len() >= 4, "{:?}", list.iter().map(|l| &l.0).collect::<Vec<_>>());
    for (name, text) in list {
        let mut map = SourceMap::default();
        let file = map.add(PathBuf::from(&name), text.to_string());
        let (lesson, diags) = lesson::check(&lib, file, text);
        assert!(diags.is_empty() && lesson.is_some(), "{name}:\n{}", diag::render(&map, &diags, false));
    }
    let out = run(&["lesson", "list"], "");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("nine-months/extension-bargain") && text.contains("extension_bargain"), "{text}");
}

/// A lesson's game as `play --lesson` starts it.
fn lesson_game(lib: &Library, name: &str) -> (Game, goodfaith::lesson::Lesson) {
    let mut map = SourceMap::default();
    let (l, diags) = lesson::load(lib, &mut map, name);
    let l = l.unwrap_or_else(|| panic!("{}", diag::render(&map, &diags, false)));
    let built = lib.build(&l.scenario).0.unwrap();
    let role = l.roles[0];
    let mut g = Game::new(
        built.scenario.clone(),
        Setup { role, seed: l.seed.unwrap_or(1), difficulty: l.difficulty, record: true },
    );
    setup::begin(&mut g, &l).unwrap();
    (g, l)
}

#[test]
fn a_lesson_begins_at_its_start_point_stops_after_its_weeks_and_replays_exactly() {
    let lib = library();
    let (mut g, l) = lesson_game(&lib, "nine-months/extension-bargain");
    let sc = g.scenario().clone();
    assert_eq!(g.turn(), 35);
    assert_eq!(g.last_week(), Some(40));
    // The same lesson starts the same world for every student.
    let (twin, _) = lesson_game(&lib, "nine-months/extension-bargain");
    assert_eq!(goodfaith::save::fingerprint(&g), goodfaith::save::fingerprint(&twin));
    while !g.is_over() {
        let d = *g.legal_decisions().last().unwrap();
        g.apply(d).unwrap();
    }
    assert!(g.turn() <= 40, "played past the lesson: week {}", g.turn());
    let built = lib.build("nine-months").0.unwrap();
    let save = Save::of(&g, &built, "en-US").with_lesson(Some(l.saved(&sc, "en-US")));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.toml");
    save.write(&path).unwrap();
    let back = Save::read(&path).unwrap();
    assert_eq!(back.lesson.as_ref().unwrap().questions.len(), 3);
    let (replayed, _) = back.restore(&lib, &path).unwrap();
    assert_eq!(replayed.stopped(), g.stopped());
    assert_eq!(replayed.turn(), g.turn());
}

#[test]
fn a_short_lesson_ends_with_its_own_words_and_questions() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("short.toml");
    std::fs::write(
        &file,
        "title = \"Two weeks\"\nscenario = \"nine-months\"\nroles = [\"prime_minister\"]\nseed = 2002\nstart = \"framework\"\nweeks = 2\nquestions = [\"What changed?\"]\n",
    )
    .unwrap();
    let save = dir.path().join("s.toml");
    let input = "n\n1\n".repeat(30);
    let out = run(
        &["play", "--plain", "--lang", "en-US", "--lesson", file.to_str().unwrap(), "--save", save.to_str().unwrap()],
        &input,
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("Lesson: Two weeks"), "{text}");
    assert!(text.contains("The lesson begins in week 29"), "{text}");
    assert!(text.contains("The lesson ends here, at the end of week 30"), "{text}");
    assert!(text.contains("1. What changed?"), "{text}");
    let verify = run(&["replay", "--verify", save.to_str().unwrap()], "");
    assert_eq!(verify.status.code(), Some(0), "{}", String::from_utf8_lossy(&verify.stderr));
    // A chair the lesson does not allow is refused before anything is played.
    let other = run(&["play", "--plain", "--lesson", file.to_str().unwrap(), "--role", "secretary_of_state"], "");
    assert_eq!(other.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&other.stderr).contains("does not allow role `secretary_of_state`"));
}

#[test]
fn a_missing_lesson_names_the_shipped_ones() {
    let out = run(&["play", "--plain", "--lesson", "no/such/lesson.toml"], "");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("nine-months/extension-bargain"), "{err}");
    assert!(Path::new("content/nine-months/lessons/extension-bargain.toml").is_file());
}

/// The terminal game's text at `w`×`h`, every cell.
fn screen(a: &mut goodfaith::tui::App, w: u16, h: u16) -> String {
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
    t.draw(|f| goodfaith::tui::view::draw(a, f)).unwrap();
    let b = t.backend().buffer();
    (0..h).map(|y| (0..w).map(|x| b[(x, y)].symbol().to_string()).collect::<String>() + "\n").collect()
}

#[test]
fn the_terminal_game_says_where_the_lesson_stopped_with_its_questions() {
    use goodfaith::tui::theme::{Mode, Theme};
    use goodfaith::tui::{App, session::Session};
    let lib = std::sync::Arc::new(library());
    let (mut g, l) = lesson_game(&lib, "nine-months/framework-1");
    g.stop_after(30);
    while !g.is_over() {
        let d = *g.legal_decisions().last().unwrap();
        g.apply(d).unwrap();
    }
    assert!(g.stopped(), "the game ended before the lesson's end");
    let built = lib.build("nine-months").0.unwrap();
    let sc = g.scenario().clone();
    for (w, h) in [(80, 24), (200, 60)] {
        let mut s = Session::new(g.clone(), built.clone(), "en-US".into(), None);
        s.lesson = Some(l.saved(&sc, "en-US"));
        let mut a = App::new(lib.clone(), Some("en-US"), Theme { mode: Mode::Color }).with_session(s);
        let text = screen(&mut a, w, h);
        assert!(text.contains("Lesson: The framework, 1 of 3"), "{text}");
        assert!(text.contains("The lesson ends here, at the end of week"), "{text}");
        if h >= 60 {
            assert!(text.contains("Questions for the discussion:"), "{text}");
        }
    }
}

#[test]
fn without_a_fixed_seed_each_student_gets_a_world_that_reaches_the_start_point() {
    let lib = library();
    let mut map = SourceMap::default();
    let text =
        "title = \"x\"\nscenario = \"nine-months\"\nroles = [\"secretary_of_state\"]\nstart = \"extension_bargain\"\n";
    let file = map.add(PathBuf::from("x.toml"), text.to_string());
    let l = lesson::check(&lib, file, text).0.unwrap();
    let sc = lib.build("nine-months").0.unwrap().scenario;
    let role = sc.role_ix("secretary_of_state").unwrap();
    // Seed 46 ends before week 35 (the fixture `seed-ends-before-start`); the next that does not is used.
    let g = setup::new_game(&sc, &l, role, 46).unwrap();
    assert_eq!(g.turn(), 35);
    assert_ne!(g.setup().seed, 46);
    let again = setup::new_game(&sc, &l, role, 46).unwrap();
    assert_eq!(again.setup().seed, g.setup().seed);
}

#[test]
fn a_long_introduction_is_a_warning_not_an_error() {
    let lib = library();
    let mut map = SourceMap::default();
    let text = format!("title = \"x\"\nscenario = \"tutorial\"\nintroduction = \"{}\"\n", "word ".repeat(200));
    let file = map.add(PathBuf::from("long.toml"), text.clone());
    let (l, diags) = lesson::check(&lib, file, &text);
    assert!(l.is_some());
    let shown = diag::render(&map, &diags, false);
    assert!(shown.contains("warning: the introduction and objectives run to 1000 characters"), "{shown}");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

#[test]
fn check_warns_when_a_pack_on_disk_leaves_a_shipped_lesson_behind() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("nine-months");
    copy_dir(Path::new("content/nine-months"), &pack);
    let starts = pack.join("scenarios/nine-months/starts.toml");
    let text = std::fs::read_to_string(&starts).unwrap().replace("id = \"framework\"", "id = \"frame\"");
    std::fs::write(&starts, text).unwrap();
    for lang in ["en-US", "fr", "ar", "he"] {
        let ftl = pack.join(format!("locales/{lang}/starts.ftl"));
        let text = std::fs::read_to_string(&ftl).unwrap().replace("start-framework =", "start-frame =");
        std::fs::write(&ftl, text).unwrap();
    }
    let out = Command::new(env!("CARGO_BIN_EXE_goodfaith"))
        .arg("check")
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .env("GOODFAITH_PACKS", dir.path())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("<built-in>/nine-months/lessons/framework-1.toml:10:9"), "{err}");
    assert!(err.contains("the shipped lesson `nine-months/framework-1` no longer fits the installed packs"), "{err}");
}

#[test]
fn one_seed_is_one_world_for_every_chair_up_to_the_start_point() {
    let lib = library();
    let mut map = SourceMap::default();
    let l = lesson::load(&lib, &mut map, "nine-months/framework-1").0.unwrap();
    let sc = lib.build("nine-months").0.unwrap().scenario;
    let games: Vec<Game> = ["prime_minister", "palestinian_president", "secretary_of_state"]
        .iter()
        .map(|r| setup::new_game(&sc, &l, sc.role_ix(r).unwrap(), 0).unwrap())
        .collect();
    for g in &games {
        assert_eq!(g.turn(), 29);
        assert_eq!(g.history()[..29], games[0].history()[..29]);
    }
    assert_eq!(sc.roles[games[1].seat() as usize].id, "palestinian_president");
}

/// A lesson that allows two chairs asks which in the game's own menu, listing only those
/// two, and starts the lesson's game in the one chosen; going back leaves.
#[test]
fn the_terminal_game_asks_which_of_a_lessons_chairs() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use goodfaith::tui::App;
    use goodfaith::tui::app::Overlay;
    use goodfaith::tui::theme::{Mode, Theme};
    let lib = std::sync::Arc::new(library());
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("two-chairs.toml");
    let text = std::fs::read_to_string("content/nine-months/lessons/framework-1.toml").unwrap();
    let text = text.replace("roles = [\"prime_minister\"]", "roles = [\"prime_minister\", \"palestinian_president\"]");
    std::fs::write(&file, text).unwrap();
    let mut map = SourceMap::default();
    let (l, diags) = lesson::read(&lib, &mut map, &file);
    let l = l.unwrap_or_else(|| panic!("{}", diag::render(&map, &diags, false)));
    let built = lib.build("nine-months").0.unwrap();
    let new_app = || {
        let mut a = App::new(lib.clone(), Some("en-US"), Theme { mode: Mode::NoColor });
        a.save_override = Some(dir.path().join("game.toml"));
        a.choose_lesson_chair(built.clone(), l.clone());
        a
    };
    let key = |a: &mut App, code| a.on_key(KeyEvent::new(code, KeyModifiers::NONE));

    let mut a = new_app();
    let text = screen(&mut a, 80, 24);
    assert!(text.contains("The framework, 1 of 3"), "{text}");
    assert!(text.contains("The Prime Minister") && text.contains("The Palestinian President"), "{text}");
    assert!(!text.contains("Secretary of State"), "a chair the lesson does not allow is offered:\n{text}");
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Enter);
    let s = a.session.as_ref().expect("the lesson's game started");
    assert_eq!(s.game.role().id, "palestinian_president");
    assert_eq!(s.game.turn(), l.first_week(s.game.scenario()));
    assert!(s.lesson.is_some());
    assert!(matches!(&a.overlay, Some(Overlay::Notice(n)) if n.contains("Lesson:")), "no preface");

    let mut a = new_app();
    key(&mut a, KeyCode::Esc);
    assert!(a.quit && a.session.is_none());
}
