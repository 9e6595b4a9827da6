//! Hot reload (`play --watch`): a game played again on a changed copy of the tutorial pack
//! (every decision still applies; an option, an action gone or out of reach stops the replay
//! at the right decision with the right words), the terminal game reloading through the
//! same path the watcher drives (the errors panel, the notices), and the watcher itself
//! seeing an edit.

mod common;

use common::{press, render};
use goodfaith::content::{Built, Library};
use goodfaith::engine::{Decision, Game, Setup, Target};
use goodfaith::i18n::Texts;
use goodfaith::save::{self, rebase::Gone, rebase::rebase};
use goodfaith::tui::App;
use goodfaith::tui::app::{Overlay, Screen, Watch};
use goodfaith::tui::session::Session;
use goodfaith::tui::theme::{Mode, Theme};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// A copy of the tutorial pack in a folder of its own, named by the case and the process
/// (seven digits, so paths in diagnostics keep their length from run to run):
/// `<tmp>/goodfaith-reload-<case>-<pid>/tutorial`.
fn tutorial_copy(case: &str) -> PackCopy {
    let root = std::env::temp_dir().join(format!("goodfaith-reload-{case}-{:07}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    copy(Path::new("content/tutorial"), &root.join("tutorial"));
    PackCopy(root)
}

/// The folder holding a copy of the pack, removed when the test ends.
struct PackCopy(PathBuf);

impl std::ops::Deref for PackCopy {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for PackCopy {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

/// Replaces `from` (which must be there) by `to` in a file of the copy.
fn edit(root: &Path, file: &str, from: &str, to: &str) -> PathBuf {
    let path = root.join("tutorial").join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} has no `{from}`");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    path
}

fn built(root: &Path) -> Built {
    let lib = Library::load(&[root.to_path_buf()]);
    let (built, diags) = lib.build("tutorial");
    built.unwrap_or_else(|| panic!("{}", goodfaith::content::diag::render(&lib.map, &diags, false)))
}

/// Two weeks as the envoy, seed 7: open with the data, meet the Israeli delegation, end the
/// week; meet the Palestinian delegation, end the week.
fn played(b: &Built) -> Game {
    let sc = b.scenario.clone();
    let role = sc.role_ix("mediator").unwrap();
    let mut g = Game::new(sc.clone(), Setup { role, seed: 7, difficulty: Some(0), record: true });
    let meet = sc.action_ix("meet").unwrap();
    let actor = |id| Target::Actor(sc.actor_ix(id).unwrap());
    for d in [
        Decision::Choose(0),
        Decision::Act { action: meet, target: actor("israel") },
        Decision::EndTurn,
        Decision::Act { action: meet, target: actor("palestine") },
        Decision::EndTurn,
    ] {
        g.apply(d).unwrap();
    }
    g
}

fn english(b: &Built) -> Texts {
    Texts::new("en-US", &b.texts)
}

#[test]
fn the_same_pack_replays_every_decision_to_the_same_state() {
    let root = tutorial_copy("same");
    let old = played(&built(&root));
    let r = rebase(&old, built(&root).scenario).unwrap();
    assert!(r.stop.is_none());
    assert_eq!(r.replayed, 5);
    assert_eq!(save::fingerprint(&r.game), save::fingerprint(&old));
}

#[test]
fn a_changed_number_replays_every_decision_on_the_new_rules() {
    let root = tutorial_copy("number");
    let old = played(&built(&root));
    edit(&root, "scenarios/tutorial.toml", "start = 45", "start = 60");
    let b = built(&root);
    let r = rebase(&old, b.scenario.clone()).unwrap();
    assert!(r.stop.is_none());
    assert_eq!(r.game.decisions().len(), 5);
    assert_eq!(r.game.turn(), old.turn());
    assert_ne!(save::fingerprint(&r.game), save::fingerprint(&old), "the new start value shows");
    let notice = goodfaith::present::reload::rebased(&english(&b), &r, 5);
    assert_eq!(notice, "Reloaded: 5 decisions replayed.");
}

#[test]
fn a_removed_option_stops_the_replay_at_the_choice() {
    let root = tutorial_copy("option");
    let b0 = built(&root);
    let old = played(&b0);
    edit(
        &root,
        "scenarios/events.toml",
        "  [[event.option]]\n  id = \"data_first\"\n  effects = [\"trust.israel.envoy += 4\"]\n  weight = 2\n  tags = [\"security\"]\n",
        "",
    );
    let r = rebase(&old, built(&root).scenario).unwrap();
    let stop = r.stop.as_ref().expect("the replay stops");
    assert_eq!((r.replayed, stop.index, stop.week), (0, 1, 1));
    assert_eq!(stop.why, Gone::Option { event: "committee_opens".into(), option: "data_first".into() });
    let notice = goodfaith::present::reload::rebased(&english(&b0), &r, 5);
    assert!(
        notice.contains("Decision 1 (week 1: ")
            && notice.contains("no longer applies: event `committee_opens` has no option `data_first` now"),
        "{notice}"
    );
}

#[test]
fn a_removed_action_stops_the_replay_at_its_first_use() {
    let root = tutorial_copy("action");
    let b0 = built(&root);
    let old = played(&b0);
    edit(&root, "scenarios/tutorial.toml", "actions = [\"meet\", ", "actions = [");
    edit(
        &root,
        "scenarios/tutorial.toml",
        "[[action]]\nid = \"meet\"\ntarget = \"actor\"\ntargets = [\"israel\", \"palestine\"]\ncost = { time = 1 }\nper_turn = 2\neffects = [\"trust.target.self += 5\"]\ntags = [\"external_actors\"]\n",
        "",
    );
    let r = rebase(&old, built(&root).scenario).unwrap();
    let stop = r.stop.as_ref().expect("the replay stops");
    assert_eq!((r.replayed, stop.index, stop.week), (1, 2, 1));
    assert_eq!(stop.why, Gone::Action("meet".into()));
    assert_eq!(r.game.decisions().len(), 1, "the game goes on after the last decision that applied");
    let notice = goodfaith::present::reload::rebased(&english(&b0), &r, 5);
    assert!(
        notice.starts_with("Reloaded: 1 of 5 decisions replayed. Decision 2 (week 1: Meet a delegation — Israeli delegation) no longer applies: the scenario has no action `meet` now."),
        "{notice}"
    );
}

#[test]
fn an_action_out_of_reach_now_stops_the_replay_and_says_so() {
    let root = tutorial_copy("cost");
    let b0 = built(&root);
    let old = played(&b0);
    edit(&root, "scenarios/tutorial.toml", "cost = { time = 1 }\nper_turn = 2", "cost = { time = 4 }\nper_turn = 2");
    let r = rebase(&old, built(&root).scenario).unwrap();
    let stop = r.stop.as_ref().expect("the replay stops");
    assert_eq!((r.replayed, stop.index), (1, 2));
    assert!(matches!(stop.why, Gone::Refused { ref action, .. } if action.as_deref() == Some("meet")));
    let words = goodfaith::present::reload::gone(&english(&b0), &stop.why);
    assert!(words.starts_with("action `meet` cannot be taken at that point now"), "{words}");
}

#[test]
fn a_removed_role_keeps_the_old_game() {
    let root = tutorial_copy("role");
    let old = played(&built(&root));
    let mut other = old.scenario().as_ref().clone();
    other.roles.retain(|r| r.id != "mediator");
    let e = rebase(&old, Arc::new(other)).unwrap_err();
    assert_eq!(e, goodfaith::save::rebase::RebaseError::Role("mediator".into()));
}

// ----- the terminal game -----

/// The envoy's game of [`played`] in the terminal game, watching `root`.
fn watching(root: &Path, lang: &str) -> App {
    let lib = Arc::new(Library::load(&[root.to_path_buf()]));
    let b = built(root);
    let g = played(&b);
    let mut a = App::new(lib, Some(lang), Theme { mode: Mode::NoColor });
    a.saves_dir = None;
    a.watch = Some(Watch::new(vec![root.to_path_buf()]));
    a.with_session(Session::new(g, b, lang.to_string(), None))
}

/// The screen as text, with the temporary folder named `<tmp>` and the process `0000000`.
fn screen(a: &mut App, w: u16, h: u16) -> String {
    let tmp = std::env::temp_dir().display().to_string();
    let pid = format!("-{:07}/", std::process::id());
    render(a, w, h).backend().to_string().replace(tmp.trim_end_matches('/'), "<tmp>").replace(&pid, "-0000000/")
}

#[test]
fn the_game_shows_a_packs_errors_plays_on_and_reloads_when_fixed() {
    let root = tutorial_copy("e");
    let mut a = watching(&root, "en-US");
    let before = goodfaith::save::fingerprint(&a.session.as_ref().unwrap().game);
    let bad = edit(&root, "scenarios/tutorial.toml", "start = 45", "start = \"sixty\"");
    assert!(a.reload(std::slice::from_ref(&bad)));
    assert!(matches!(a.overlay, Some(Overlay::Diagnostics { .. })));
    insta::assert_snapshot!("reload-errors-80x24", screen(&mut a, 80, 24));
    insta::assert_snapshot!("reload-errors-120x30", screen(&mut a, 120, 30));
    // Any key closes the panel; the game goes on with the pack as it was, and says the
    // newest one has errors.
    press(&mut a, "\x1b");
    assert!(a.overlay.is_none());
    assert_eq!(goodfaith::save::fingerprint(&a.session.as_ref().unwrap().game), before);
    assert!(screen(&mut a, 80, 24).contains("pack has 1 error — fix and save to reload"));
    // Fixed: the game is played again on it.
    let good = edit(&root, "scenarios/tutorial.toml", "start = \"sixty\"", "start = 60");
    assert!(a.reload(&[good]));
    assert_eq!(a.watch.as_ref().unwrap().errors, 0);
    let Screen::Game(v) = &a.screen else { panic!("not in the game") };
    assert_eq!(v.toast.as_deref(), Some("Reloaded: 5 decisions replayed."));
    insta::assert_snapshot!("reload-notice-80x24", screen(&mut a, 80, 24));
}

#[test]
fn a_stopped_replay_says_which_decision_and_a_fix_replays_the_rest() {
    let root = tutorial_copy("tui-stop");
    let mut a = watching(&root, "en-US");
    let changed = edit(
        &root,
        "scenarios/tutorial.toml",
        "cost = { time = 1 }\nper_turn = 2",
        "cost = { time = 4 }\nper_turn = 2",
    );
    assert!(a.reload(&[changed]));
    let Some(Overlay::Notice(n)) = &a.overlay else { panic!("no notice") };
    assert!(n.starts_with("Reloaded: 1 of 5 decisions replayed. Decision 2 (week 1: Meet a delegation"), "{n}");
    assert_eq!(a.session.as_ref().unwrap().game.decisions().len(), 1);
    press(&mut a, "\x1b");
    // The player has not played on: the pack put back replays all five.
    let back = edit(
        &root,
        "scenarios/tutorial.toml",
        "cost = { time = 4 }\nper_turn = 2",
        "cost = { time = 1 }\nper_turn = 2",
    );
    assert!(a.reload(&[back]));
    assert_eq!(a.session.as_ref().unwrap().game.decisions().len(), 5);
}

#[test]
fn a_translation_edit_replaces_the_text_and_keeps_the_game() {
    let root = tutorial_copy("tui-text");
    let mut a = watching(&root, "ar");
    let before = a.session.as_ref().unwrap().game.decisions().to_vec();
    let ftl = edit(
        &root,
        "locales/ar/tutorial.ftl",
        "meter-water_stress = الإجهاد المائي",
        "meter-water_stress = ضغط الخزان الجوفي",
    );
    assert!(a.reload(&[ftl]));
    let s = a.session.as_ref().unwrap();
    assert_eq!(s.game.decisions(), &before[..]);
    assert_eq!(s.texts.get("meter-water_stress"), "ضغط الخزان الجوفي");
    let Screen::Game(v) = &a.screen else { panic!("not in the game") };
    assert_eq!(v.toast.as_deref(), Some("أُعيد تحميل النصوص."));
}

#[test]
fn files_that_are_not_the_packs_do_not_reload() {
    let root = tutorial_copy("tui-other");
    let mut a = watching(&root, "en-US");
    let dir = root.join("tutorial");
    let others = [dir.join(".tutorial.toml.swp"), dir.join("notes.txt"), dir.join("scenarios/tutorial.toml~")];
    assert!(!a.reload(&others));
    assert!(a.overlay.is_none());
}

#[test]
fn the_watcher_sees_an_edit() {
    let root = tutorial_copy("watcher");
    let (woke, rx) = std::sync::mpsc::channel();
    let w = goodfaith::tui::watch::start(&[root.to_path_buf()], move || {
        let _ = woke.send(());
    })
    .unwrap();
    let path = edit(&root, "locales/en-US/tutorial.ftl", "Water stress", "Aquifer strain");
    rx.recv_timeout(Duration::from_secs(10)).expect("the watcher woke the game");
    let batch = w.changes.recv_timeout(Duration::from_secs(1)).unwrap();
    let canon = std::fs::canonicalize(&path).unwrap();
    assert!(batch.iter().any(|p| p == &path || p == &canon), "{batch:?}");
    // Reading the packs again opens every file, which is not a change.
    let _ = Library::load(&[root.to_path_buf()]);
    assert!(w.changes.recv_timeout(goodfaith::tui::watch::QUIET * 3).is_err());
}
