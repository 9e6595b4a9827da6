//! Regression tests for hostile input, each named after what it guards: a save that is
//! reported saved must be saved, nothing outside a pack is read, no name reaches the
//! terminal raw, and no input crashes or hangs the game.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Runs the binary with a deadline: a command still running after it has hung.
fn run_in(dir: Option<&Path>, args: &[&str], input: &[u8]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_goodfaith"));
    cmd.args(args).env("NO_COLOR", "1").stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    if let Some(d) = dir {
        cmd.current_dir(d);
    }
    let mut child = cmd.spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("`goodfaith {}` hung", args.join(" "));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = feeder.join();
    child.wait_with_output().unwrap()
}

fn run(args: &[&str], input: &str) -> Output {
    run_in(None, args, input.as_bytes())
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// No control character but a newline, and no C1 control, in anything the game printed.
fn assert_clean(out: &Output) {
    for (name, s) in [("stdout", text(&out.stdout)), ("stderr", text(&out.stderr))] {
        let bad = s.chars().find(|&c| (c.is_control() && c != '\n') || ('\u{7f}'..='\u{9f}').contains(&c));
        assert!(bad.is_none(), "{name} holds {bad:?}:\n{s}");
    }
}

const TUTORIAL: [&str; 8] = ["play", "--plain", "--scenario", "tutorial", "--role", "mediator", "--seed", "7"];

fn mkfifo(p: &Path) {
    let c = std::ffi::CString::new(p.to_str().unwrap()).unwrap();
    // SAFETY: a valid C string.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
}

/// A copy of the `mini` test pack (no shipped pack has its ids) to make hostile.
fn mini_copy(to: &Path) {
    let from = Path::new("tests/fixtures/packs/mini");
    for entry in walk(from) {
        let rel = entry.strip_prefix(from).unwrap();
        let dest = to.join(rel);
        std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
        std::fs::copy(&entry, dest).unwrap();
    }
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() { out.extend(walk(&p)) } else { out.push(p) }
    }
    out
}

// ----- 1. a save never lies -----

#[test]
fn a_failed_save_is_not_reported_as_saved() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    // A folder where a file should be: refused before the game starts.
    let out = run(&[&TUTORIAL[..], &["--save", d]].concat(), "1\n1\n0\n");
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("a folder"), "{}", text(&out.stderr));
    assert!(!text(&out.stderr).contains("Saved to"), "{}", text(&out.stderr));
    // A folder that does not exist is not created.
    let deep = dir.path().join("no/such/game.toml");
    let out = run(&[&TUTORIAL[..], &["--save", deep.to_str().unwrap()]].concat(), "0\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("does not exist"), "{}", text(&out.stderr));
    assert!(!dir.path().join("no").exists(), "a folder was created");
}

#[test]
fn a_save_target_that_is_a_fifo_a_link_or_another_file_is_never_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.toml");
    mkfifo(&fifo);
    let out = run(&[&TUTORIAL[..], &["--save", fifo.to_str().unwrap()]].concat(), "0\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("FIFO"), "{}", text(&out.stderr));
    assert!(std::fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo_like());

    // A device (as root, the rename once turned /dev/full into a regular file).
    let out = run(&[&TUTORIAL[..], &["--save", "/dev/full"]].concat(), "0\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("a device"), "{}", text(&out.stderr));
    assert!(!std::fs::symlink_metadata("/dev/full").unwrap().file_type().is_file());

    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, "precious").unwrap();
    let link = dir.path().join("link.toml");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    let out = run(&[&TUTORIAL[..], &["--save", link.to_str().unwrap()]].concat(), "0\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");

    // A regular file that is not a save (an essay) is never overwritten.
    let out = run(&[&TUTORIAL[..], &["--save", victim.to_str().unwrap()]].concat(), "0\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("not a Good Faith save"), "{}", text(&out.stderr));
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
}

trait FifoLike {
    fn is_fifo_like(&self) -> bool;
}

impl FifoLike for std::fs::FileType {
    fn is_fifo_like(&self) -> bool {
        std::os::unix::fs::FileTypeExt::is_fifo(self)
    }
}

#[test]
fn a_corrupt_save_with_a_good_backup_is_recovered_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let save = dir.path().join("g.toml");
    let s = save.to_str().unwrap();
    // Two weeks: the second autosave keeps the first as the backup.
    let out = run(&[&TUTORIAL[..], &["--save", s]].concat(), "1\n0\n0\n");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let bak = dir.path().join("g.toml.bak");
    assert!(bak.is_file());
    std::fs::write(&save, "format = 1\nengine = \"goodf").unwrap();
    let out = run(&["play", "--plain", "--load", s], "q\n");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(err.contains("was damaged") && err.contains("g.toml.bak"), "{err}");
    // The game went on and its save is whole again; the good backup was not replaced by the torn file.
    assert!(std::fs::read_to_string(&save).unwrap().contains("decisions"));
    assert!(std::fs::read_to_string(&bak).unwrap().contains("decisions"));
}

#[test]
fn invalid_utf8_on_standard_input_keeps_playing_and_saves() {
    let dir = tempfile::tempdir().unwrap();
    let save = dir.path().join("g.toml");
    let mut input = b"\xff\xfe\n0\n".to_vec();
    input.extend_from_slice(b"q\n");
    let out = run_in(None, &[&TUTORIAL[..], &["--save", save.to_str().unwrap()]].concat(), &input);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Game saved"), "{}", text(&out.stdout));
    assert!(save.is_file());
}

#[test]
fn a_diverging_save_is_refused_unless_forced_and_never_rewritten() {
    let dir = tempfile::tempdir().unwrap();
    let save = dir.path().join("g.toml");
    let s = save.to_str().unwrap();
    assert_eq!(run(&[&TUTORIAL[..], &["--save", s]].concat(), "0\n0\n").status.code(), Some(0));
    let body = std::fs::read_to_string(&save).unwrap();
    let line = body.lines().find(|l| l.starts_with("state = ")).unwrap().to_string();
    let tampered = body.replace(&line, "state = \"0000000000000000\"");
    std::fs::write(&save, &tampered).unwrap();
    let out = run(&["play", "--plain", "--load", s], "q\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("--force"), "{}", text(&out.stderr));
    assert_eq!(std::fs::read_to_string(&save).unwrap(), tampered, "the save was rewritten");
    let out = run(&["play", "--plain", "--load", s, "--force"], "q\n");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[test]
fn an_unknown_key_in_a_saved_pack_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let save = dir.path().join("g.toml");
    let s = save.to_str().unwrap();
    assert_eq!(run(&[&TUTORIAL[..], &["--save", s]].concat(), "0\n").status.code(), Some(0));
    let body = std::fs::read_to_string(&save).unwrap().replace("[[packs]]\n", "[[packs]]\nsneaky = 1\n");
    std::fs::write(&save, body).unwrap();
    let out = run(&["replay", s], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("sneaky"), "{}", text(&out.stderr));
}

#[test]
fn two_new_games_in_the_same_chair_keep_two_saves() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    for _ in 0..2 {
        let out = Command::new(env!("CARGO_BIN_EXE_goodfaith"))
            .args(TUTORIAL)
            .env("XDG_DATA_HOME", &data)
            .env("HOME", home.path())
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    }
    let saves = data.join("goodfaith/saves");
    let names: Vec<String> = std::fs::read_dir(&saves)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names.iter().all(|n| n.starts_with("tutorial-mediator-")), "{names:?}");
}

// ----- 2. escape injection through names -----

#[test]
fn escape_bytes_in_pack_and_path_names_never_reach_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = dir.path().join("evil\u{1b}]52;c;aGk=\u{7}\u{1b}[2J\u{9b}pack");
    mini_copy(&hostile);
    // A broken file, so a diagnostic names the path.
    std::fs::write(hostile.join("scenarios/broken\u{1b}[31m.toml"), "scenario = ").unwrap();
    let h = hostile.to_str().unwrap();
    for args in [vec!["check", h], vec!["list", "--pack", h], vec!["simulate", "--scenario", "mini", "--pack", h]] {
        let out = run(&args, "");
        assert_clean(&out);
    }
    let out = run(&["check", "no\u{1b}]0;such\u{7}folder"], "");
    assert_eq!(out.status.code(), Some(2));
    assert_clean(&out);
    let out = run(&["play", "--plain", "--load", "x\u{1b}[2J.toml"], "");
    assert_eq!(out.status.code(), Some(1));
    assert_clean(&out);
}

// ----- 3. nothing outside a pack is read -----

#[test]
fn links_out_of_a_pack_are_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("secret.toml");
    std::fs::write(&secret, "id = \"SECRET-LINE\"\n").unwrap();
    let outside = dir.path().join("outside");
    mini_copy(&outside);
    for (name, from, to) in [
        ("manifest", "pack.toml", secret.clone()),
        ("scenarios", "scenarios", outside.join("scenarios")),
        ("locale", "locales/en-US", outside.join("locales/en-US")),
        ("scenario file", "scenarios/mini.toml", outside.join("scenarios/mini.toml")),
    ] {
        let pack = dir.path().join(name);
        mini_copy(&pack);
        let link = pack.join(from);
        if link.is_dir() {
            std::fs::remove_dir_all(&link).unwrap();
        } else {
            std::fs::remove_file(&link).unwrap();
        }
        std::os::unix::fs::symlink(&to, &link).unwrap();
        let out = run(&["check", pack.to_str().unwrap()], "");
        assert_eq!(out.status.code(), Some(1), "{name}: {}", text(&out.stderr));
        let err = text(&out.stderr);
        assert!(!err.contains("SECRET-LINE"), "{name}: {err}");
        assert!(err.contains("link"), "{name}: {err}");
        // Playing is checking: the same pack does not play.
        let out = run(&["simulate", "--scenario", "mini", "--games", "10", "--pack", pack.to_str().unwrap()], "");
        assert_ne!(out.status.code(), Some(0), "{name}");
    }
}

// ----- 4 and 10. a pack cannot crash the game; playing is checking -----

#[test]
fn deeply_nested_fluent_is_refused_without_overflowing_the_stack() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("deep");
    mini_copy(&pack);
    let ftl = pack.join("locales/en-US/mini.ftl");
    let mut body = std::fs::read_to_string(&ftl).unwrap();
    body.push_str(&format!("deep = {}x{}\n", "{".repeat(30_000), "}".repeat(30_000)));
    std::fs::write(&ftl, body).unwrap();
    let p = pack.to_str().unwrap();
    let out = run(&["check", p], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("nest more than"), "{}", text(&out.stderr));
    for args in [
        vec!["simulate", "--scenario", "mini", "--games", "10", "--pack", p],
        vec!["play", "--plain", "--pack", p, "--scenario", "mini", "--role", "envoy", "--save", "g.toml"],
        vec!["list", "--pack", p],
    ] {
        let out = run_in(Some(dir.path()), &args, b"");
        // No crash: a clear refusal (or, for `list`, a listing).
        assert!(matches!(out.status.code(), Some(0 | 1)), "{args:?}: {:?} {}", out.status, text(&out.stderr));
        if args[0] != "list" {
            assert!(text(&out.stderr).contains("nest more than"), "{args:?}: {}", text(&out.stderr));
        }
    }
}

#[test]
fn play_and_simulate_refuse_what_check_rejects() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("escape");
    mini_copy(&pack);
    let ftl = pack.join("locales/en-US/mini.ftl");
    let body = std::fs::read_to_string(&ftl).unwrap();
    std::fs::write(&ftl, format!("{body}\nsneaky = x{{\"\\u001B\"}}[2J\n")).unwrap();
    let p = pack.to_str().unwrap();
    assert_eq!(run(&["check", p], "").status.code(), Some(1));
    let out = run(&["simulate", "--scenario", "mini", "--games", "10", "--pack", p], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("forbidden character"), "{}", text(&out.stderr));
}

// ----- 5 and 6. no hang, bounded resources -----

#[test]
fn a_fifo_in_a_pack_is_refused_without_hanging() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("fifo");
    mini_copy(&pack);
    let ftl = pack.join("locales/en-US/mini.ftl");
    std::fs::remove_file(&ftl).unwrap();
    mkfifo(&ftl);
    let out = run(&["check", pack.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("FIFO"), "{}", text(&out.stderr));
}

#[test]
fn a_fifo_as_a_save_to_load_is_refused_without_hanging() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.toml");
    mkfifo(&fifo);
    let out = run(&["play", "--plain", "--load", fifo.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("FIFO"), "{}", text(&out.stderr));
}

#[test]
fn simulate_caps_games_and_jobs_with_a_message() {
    let out = run(&["simulate", "--scenario", "tutorial", "--games", "18446744073709551615"], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("--games"), "{}", text(&out.stderr));
    let out = run(&["simulate", "--scenario", "tutorial", "--jobs", "10000"], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("cores"), "{}", text(&out.stderr));
    let out = run(&["simulate", "--scenario", "tutorial", "--jobs", "18446744073709551615"], "");
    assert_eq!(out.status.code(), Some(1));
}

// ----- 11. command-line messages -----

#[test]
fn a_negative_seed_is_named_as_a_bad_seed() {
    let out = run(&["play", "--plain", "--seed", "-1"], "");
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("not a seed") && err.contains("whole number"), "{err}");
}

/// Regression: an invalid `--theme` holding an escape was echoed as an empty value.
#[test]
fn an_invalid_value_is_shown_visibly_not_echoed_empty() {
    let out = run(&["play", "--plain", "--theme", "\u{1b}[31m"], "");
    assert_eq!(out.status.code(), Some(2));
    assert_clean(&out);
    let err = text(&out.stderr);
    assert!(err.contains("\\u{1b}[31m") && err.contains("high-contrast"), "{err}");
    assert!(!err.contains("''"), "{err}");
}

#[test]
fn role_with_load_is_refused_instead_of_ignored() {
    let out = run(&["play", "--plain", "--load", "x.toml", "--role", "mediator"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--role"), "{}", text(&out.stderr));
}

// ----- 12. leftovers -----

#[test]
fn temporary_files_left_by_a_killed_save_are_cleaned_up() {
    let dir = tempfile::tempdir().unwrap();
    let stale = dir.path().join(".goodfaith-a1b2c3.tmp");
    std::fs::write(&stale, "half a save").unwrap();
    let an_hour_ago = std::time::SystemTime::now() - Duration::from_secs(3600);
    std::fs::File::options().write(true).open(&stale).unwrap().set_modified(an_hour_ago).unwrap();
    let save = dir.path().join("g.toml");
    let out = run(&[&TUTORIAL[..], &["--save", save.to_str().unwrap()]].concat(), "0\n");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(!stale.exists());
}

#[test]
fn a_huge_input_line_costs_no_memory_and_play_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let save = dir.path().join("g.toml");
    let mut input = vec![b'9'; 50 * 1024 * 1024];
    input.extend_from_slice(b"\nq\n");
    let out = run_in(None, &[&TUTORIAL[..], &["--save", save.to_str().unwrap()]].concat(), &input);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Game saved"));
    assert!(out.stdout.len() < 1024 * 1024, "the line was echoed whole");
}

// ----- an installed copy plays anywhere -----

/// Regression: the binary looked for its scenarios in a folder compiled into it, and failed
/// with "no pack found" when run from a folder with an unrelated `content/`. A copy of the
/// binary, far from the source, plays from an empty folder and from one with a stray
/// `content/`.
#[test]
fn a_copied_binary_plays_from_any_folder() {
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("bin/goodfaith");
    std::fs::create_dir_all(bin.parent().unwrap()).unwrap();
    std::fs::copy(env!("CARGO_BIN_EXE_goodfaith"), &bin).unwrap();
    let work = dir.path().join("work");
    std::fs::create_dir_all(work.join("content/notes")).unwrap();
    std::fs::write(work.join("content/notes/todo.txt"), "not a pack").unwrap();
    let play = |cwd: &Path, args: &[&str]| {
        Command::new(&bin)
            .args(args)
            .current_dir(cwd)
            .env("HOME", dir.path())
            .env("XDG_DATA_HOME", dir.path().join("data"))
            .env_remove("GOODFAITH_PACKS")
            .stdin(Stdio::null())
            .output()
            .unwrap()
    };
    for cwd in [dir.path(), work.as_path()] {
        let out =
            play(cwd, &["play", "--plain", "--scenario", "nine-months", "--role", "prime_minister", "--seed", "1"]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert!(text(&out.stdout).contains("Nine Months"), "{}", text(&out.stdout));
    }
    let out = play(dir.path(), &["paths"]);
    assert!(text(&out.stdout).contains("built in          nine-months"), "{}", text(&out.stdout));
}
