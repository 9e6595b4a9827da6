//! The list of saved games: one file per game, so two games in the same chair both appear,
//! each with its scenario, chair, week or ending and when it was played; a damaged save is
//! listed with its reason; deleting asks first; "Continue" is greyed and not selected when
//! there is nothing to continue.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use goodfaith::content::Library;
use goodfaith::engine::{Decision, Game, Setup};
use goodfaith::save::Save;
use goodfaith::tui::App;
use goodfaith::tui::app::Screen;
use goodfaith::tui::theme::{Mode, Theme};
use goodfaith::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn library() -> Arc<Library> {
    Arc::new(Library::load(&[PathBuf::from("content/tutorial")]))
}

fn screen(a: &mut App) -> String {
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| view::draw(a, f)).unwrap();
    t.backend().to_string()
}

fn key(a: &mut App, code: KeyCode) {
    a.on_key(KeyEvent::new(code, KeyModifiers::NONE));
}

/// Saves a tutorial game after `weeks` weeks (or played to its end) at `path`, dated `at`.
fn saved_game(lib: &Library, path: &Path, seed: u64, weeks: usize, to_end: bool, at: u64) {
    let (built, _) = lib.build("tutorial");
    let built = built.unwrap();
    let mut g = Game::new(built.scenario.clone(), Setup { role: 0, seed, difficulty: Some(0), record: true });
    let mut ended_weeks = 0;
    while g.ended().is_none() && (to_end || ended_weeks < weeks) {
        let d = match g.phase() {
            goodfaith::engine::Phase::Choosing(_) => Decision::Choose(0),
            _ => {
                ended_weeks += 1;
                Decision::EndTurn
            }
        };
        g.apply(d).unwrap();
    }
    Save::of(&g, &built, "en-US").write(path).unwrap();
    let when = std::time::UNIX_EPOCH + std::time::Duration::from_secs(at);
    std::fs::File::options().write(true).open(path).unwrap().set_modified(when).unwrap();
}

#[test]
fn two_games_in_one_chair_both_appear_newest_first_and_delete_asks_first() {
    let lib = library();
    let dir = tempfile::tempdir().unwrap();
    // 6 December 2026, 10:00 and 11:30 UTC, and a finished game the day before.
    saved_game(&lib, &dir.path().join("tutorial-mediator-a.toml"), 7, 2, false, 1_796_551_200);
    saved_game(&lib, &dir.path().join("tutorial-mediator-b.toml"), 8, 4, false, 1_796_556_600);
    saved_game(&lib, &dir.path().join("tutorial-mediator-c.toml"), 9, 0, true, 1_796_464_800);
    let torn = dir.path().join("torn.toml");
    std::fs::write(&torn, "format = 1\nengine = \"goodf").unwrap();
    std::fs::File::options().write(true).open(&torn).unwrap().set_modified(std::time::UNIX_EPOCH).unwrap();

    let mut a = App::new(lib.clone(), Some("en-US"), Theme { mode: Mode::NoColor });
    a.saves_dir = Some(dir.path().to_path_buf());
    a.screen = a.title();
    // Continue picks up the newest unfinished game.
    assert_eq!(a.latest_save(), Some(dir.path().join("tutorial-mediator-b.toml")));
    a.screen = Screen::Load { saves: a.list_saves(), sel: 0, confirm: false };
    let shown = screen(&mut a);
    insta::assert_snapshot!("load-80x24", shown);
    assert!(shown.contains("week 5") && shown.contains("week 3"), "{shown}");
    assert!(shown.contains("ended:"), "{shown}");
    assert!(shown.contains("cannot be read"), "{shown}");

    // Deleting asks first; any key but y keeps the save.
    key(&mut a, KeyCode::Char('d'));
    assert!(screen(&mut a).contains("Delete this save?"));
    key(&mut a, KeyCode::Char('n'));
    assert!(dir.path().join("tutorial-mediator-b.toml").exists());
    key(&mut a, KeyCode::Char('d'));
    key(&mut a, KeyCode::Char('y'));
    assert!(!dir.path().join("tutorial-mediator-b.toml").exists());
    assert!(!dir.path().join("tutorial-mediator-b.toml.bak").exists());
    let Screen::Load { saves, .. } = &a.screen else { panic!("left the list") };
    assert_eq!(saves.len(), 3);
}

#[test]
fn continue_is_greyed_and_not_selected_with_nothing_to_continue() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = App::new(library(), Some("en-US"), Theme { mode: Mode::NoColor });
    a.saves_dir = Some(dir.path().to_path_buf());
    a.screen = a.title();
    assert!(matches!(a.screen, Screen::Title { sel: 1 }), "New game is selected");
    assert_eq!(a.title_items()[0], ("tui-continue", false));
    // Enter on the selected item starts a new game, not nothing.
    key(&mut a, KeyCode::Enter);
    assert!(matches!(a.screen, Screen::Setup(_)));
}

/// Regression: Continue skipped a torn save whose backup was whole; now it continues it from
/// the backup and says so.
#[test]
fn continue_recovers_a_torn_save_from_its_backup() {
    let lib = library();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tutorial-mediator-x.toml");
    saved_game(&lib, &path, 7, 1, false, 1_796_551_200);
    saved_game(&lib, &path, 7, 2, false, 1_796_551_300);
    assert!(dir.path().join("tutorial-mediator-x.toml.bak").exists());
    std::fs::write(&path, "format = 1\nengine = \"goodf").unwrap();
    let mut a = App::new(lib, Some("en-US"), Theme { mode: Mode::NoColor });
    a.saves_dir = Some(dir.path().to_path_buf());
    assert_eq!(a.latest_save(), Some(path.clone()));
    a.load(&path);
    assert!(a.session.is_some(), "the game goes on from the backup");
    assert!(screen(&mut a).contains("backup"), "the player is told");
}
