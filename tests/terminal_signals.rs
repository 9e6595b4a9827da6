//! The terminal is given back whichever way the game ends. The game runs in a
//! pseudo-terminal; after SIGTERM or SIGHUP, echo and canonical mode are on again and the
//! alternate screen was left. When the terminal itself goes away (the pty's master is
//! closed, as when an emulator or `tmux kill-server` ends), the game saves and exits.
#![cfg(unix)]

use std::io::Read;
use std::os::fd::FromRawFd;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

struct Pty {
    master: i32,
    slave: i32,
}

fn open_pty() -> Pty {
    let (mut master, mut slave) = (0, 0);
    let ws = libc::winsize { ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0 };
    // SAFETY: openpty writes two file descriptors; the other pointers may be null.
    let rc = unsafe { libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), &ws) };
    assert_eq!(rc, 0, "openpty failed");
    // Neither descriptor may leak into a child (the game, or one a parallel test starts):
    // a child holding the master would keep the terminal alive after the test closes it.
    for fd in [master, slave] {
        // SAFETY: setting a flag on a descriptor we own.
        unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) };
    }
    Pty { master, slave }
}

fn lflags(fd: i32) -> libc::tcflag_t {
    // SAFETY: termios is plain data; tcgetattr fills it for a valid terminal descriptor.
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    assert_eq!(unsafe { libc::tcgetattr(fd, &mut t) }, 0);
    t.c_lflag
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Starts the terminal game with the pty's slave as its terminal.
fn spawn_game(pty: &Pty, save: &std::path::Path) -> std::process::Child {
    // SAFETY: each Stdio takes its own duplicate of the slave descriptor.
    let stdio = || unsafe { Stdio::from_raw_fd(libc::dup(pty.slave)) };
    Command::new(env!("CARGO_BIN_EXE_goodfaith"))
        .args(["play", "--scenario", "tutorial", "--role", "mediator", "--seed", "1", "--save"])
        .arg(save)
        .env("TERM", "xterm-256color")
        .env_remove("NO_COLOR")
        .stdin(stdio())
        .stdout(stdio())
        .stderr(stdio())
        .spawn()
        .unwrap()
}

fn run_and_signal(signal: i32) {
    let pty = open_pty();
    let before = lflags(pty.slave);
    assert!(before & libc::ECHO != 0 && before & libc::ICANON != 0, "the new pty starts cooked");
    let dir = tempfile::tempdir().unwrap();
    let save = dir.path().join("s.toml");
    let mut child = spawn_game(&pty, &save);
    // SAFETY: the master descriptor is ours; the reader thread owns this duplicate.
    let mut master = unsafe { std::fs::File::from_raw_fd(libc::dup(pty.master)) };
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = master.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut out = Vec::new();
    let started = Instant::now();
    while !contains(&out, b"\x1b[?1049h") || !contains(&out, b"Week 1") {
        if let Ok(chunk) = rx.recv_timeout(Duration::from_millis(100)) {
            out.extend(chunk);
        }
        assert!(started.elapsed() < Duration::from_secs(20), "the game never drew: {}", String::from_utf8_lossy(&out));
    }
    assert_eq!(lflags(pty.slave) & (libc::ECHO | libc::ICANON), 0, "the game runs in raw mode");
    // SAFETY: sending a signal to our own child.
    unsafe { libc::kill(child.id() as i32, signal) };
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(Instant::now() < deadline, "the game did not exit after the signal");
        std::thread::sleep(Duration::from_millis(20));
    };
    while let Ok(chunk) = rx.recv_timeout(Duration::from_millis(200)) {
        out.extend(chunk);
    }
    assert!(status.success(), "exit status {status:?}");
    assert!(contains(&out, b"\x1b[?1049l"), "the alternate screen was not left");
    let after = lflags(pty.slave);
    assert!(after & libc::ECHO != 0, "echo is off after the game");
    assert!(after & libc::ICANON != 0, "canonical mode is off after the game");
    assert!(save.exists(), "the game was not saved on the signal");
    // SAFETY: closing descriptors we opened.
    unsafe {
        libc::close(pty.master);
        libc::close(pty.slave);
    }
}

#[test]
fn sigterm_restores_the_terminal() {
    run_and_signal(libc::SIGTERM);
}

#[test]
fn sighup_restores_the_terminal() {
    run_and_signal(libc::SIGHUP);
}

#[test]
fn sigint_restores_the_terminal() {
    run_and_signal(libc::SIGINT);
}

/// Starts the game on a new pty and reads the master (without a second descriptor for it)
/// until the first screen is drawn.
fn start_on_pty(save: &std::path::Path) -> (Pty, std::process::Child) {
    let pty = open_pty();
    let child = spawn_game(&pty, save);
    let mut out = Vec::new();
    let started = Instant::now();
    while !contains(&out, b"Week 1") {
        let mut fd = libc::pollfd { fd: pty.master, events: libc::POLLIN, revents: 0 };
        // SAFETY: one valid pollfd; reading into a buffer of the given length.
        if unsafe { libc::poll(&mut fd, 1, 100) } > 0 {
            let mut buf = [0u8; 4096];
            let n = unsafe { libc::read(pty.master, buf.as_mut_ptr().cast(), buf.len()) };
            if n > 0 {
                out.extend(&buf[..n as usize]);
            }
        }
        assert!(started.elapsed() < Duration::from_secs(20), "the game never drew: {}", String::from_utf8_lossy(&out));
    }
    (pty, child)
}

fn wait_exit(child: &mut std::process::Child, within: Duration) -> std::process::ExitStatus {
    let deadline = Instant::now() + within;
    loop {
        if let Some(s) = child.try_wait().unwrap() {
            return s;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the game was still running {within:?} after its terminal went away");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Regression: a game whose terminal went away kept running, spinning on a read that
/// failed again and again.
#[test]
fn closing_the_terminal_ends_the_game_and_saves() {
    let dir = tempfile::tempdir().unwrap();
    let save = dir.path().join("s.toml");
    let (pty, mut child) = start_on_pty(&save);
    // SAFETY: closing the only master descriptor hangs the terminal up.
    unsafe { libc::close(pty.master) };
    // Well before the last-resort watchdog (three seconds), and with a clean exit.
    let status = wait_exit(&mut child, Duration::from_millis(2500));
    assert!(status.success(), "exit status {status:?}");
    assert!(save.exists(), "the game was not saved when its terminal went away");
    // SAFETY: closing the descriptor we opened.
    unsafe { libc::close(pty.slave) };
}

/// As `tmux kill-server` does it: a hang-up signal and the terminal gone at once.
#[test]
fn sighup_with_the_terminal_gone_ends_the_game() {
    let dir = tempfile::tempdir().unwrap();
    let save = dir.path().join("s.toml");
    let (pty, mut child) = start_on_pty(&save);
    // SAFETY: signalling our own child, then closing the only master descriptor.
    unsafe {
        libc::kill(child.id() as i32, libc::SIGHUP);
        libc::close(pty.master);
    }
    let status = wait_exit(&mut child, Duration::from_secs(5));
    assert!(status.code().is_some(), "the game ended by itself: {status:?}");
    assert!(save.exists(), "the game was not saved");
    // SAFETY: closing the descriptor we opened.
    unsafe { libc::close(pty.slave) };
}

/// Regression: SIGQUIT (Ctrl-\) dumped core and left the terminal raw, on the alternate
/// screen, with the week unsaved.
#[test]
fn sigquit_restores_the_terminal() {
    run_and_signal(libc::SIGQUIT);
}

/// The CPU time (user and system, in clock ticks) a process has used so far.
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    // The command name may hold spaces; the fields after it are plain.
    let rest = &stat[stat.rfind(')').unwrap() + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    f[11].parse::<u64>().unwrap() + f[12].parse::<u64>().unwrap()
}

/// Reads what the game wrote to the pty for `within`.
fn drain(master: i32, within: Duration) -> Vec<u8> {
    let mut out = Vec::new();
    let started = Instant::now();
    while started.elapsed() < within {
        let mut fd = libc::pollfd { fd: master, events: libc::POLLIN, revents: 0 };
        // SAFETY: one valid pollfd; reading into a buffer of the given length.
        if unsafe { libc::poll(&mut fd, 1, 50) } > 0 {
            let mut buf = [0u8; 4096];
            let n = unsafe { libc::read(master, buf.as_mut_ptr().cast(), buf.len()) };
            if n > 0 {
                out.extend(&buf[..n as usize]);
            }
        }
    }
    out
}

/// Reads what the game writes to the pty until `needle` shows up or `within` has passed.
/// The wait is long so that a loaded machine does not fail the test; a game that draws at
/// once ends it early.
fn drain_until(master: i32, needle: &[u8], within: Duration) -> Vec<u8> {
    let mut out = Vec::new();
    let started = Instant::now();
    while started.elapsed() < within && !contains(&out, needle) {
        out.extend(drain(master, Duration::from_millis(100)));
    }
    out
}

/// Regression: after a resize to a tiny size and a key, the loop polled with a zero
/// timeout at 100% CPU; and a resize without a key left a stale screen. Now a resize
/// redraws at once and an idle game uses no CPU.
#[test]
fn a_resize_redraws_at_once_and_the_game_then_sleeps() {
    let dir = tempfile::tempdir().unwrap();
    let save = dir.path().join("s.toml");
    let (pty, mut child) = start_on_pty(&save);
    let resize = |cols: u16, rows: u16| {
        let ws = libc::winsize { ws_row: rows, ws_col: cols, ws_xpixel: 0, ws_ypixel: 0 };
        // SAFETY: setting the window size of our pty; the kernel signals the foreground group,
        // and the child is told directly in case it is not in it.
        unsafe {
            libc::ioctl(pty.master, libc::TIOCSWINSZ, &ws);
            libc::kill(child.id() as i32, libc::SIGWINCH);
        }
    };
    resize(40, 10);
    let small = drain_until(pty.master, b"enlarge", Duration::from_secs(10));
    assert!(contains(&small, b"enlarge"), "no redraw after the resize: {}", String::from_utf8_lossy(&small));
    // A key at the tiny size, then back to a playable size.
    // SAFETY: writing one byte to the master, as a key press.
    unsafe { libc::write(pty.master, b"1".as_ptr().cast(), 1) };
    drain(pty.master, Duration::from_millis(300));
    resize(80, 24);
    let back = drain_until(pty.master, b"Week 1", Duration::from_secs(10));
    assert!(contains(&back, b"Week 1"), "no redraw at 80x24: {}", String::from_utf8_lossy(&back));
    let before = cpu_ticks(child.id());
    drain(pty.master, Duration::from_secs(2));
    let used = cpu_ticks(child.id()) - before;
    assert!(used <= 2, "the idle game used {used} ticks of CPU in two seconds");
    let _ = child.kill();
    let _ = child.wait();
    // SAFETY: closing descriptors we opened.
    unsafe {
        libc::close(pty.master);
        libc::close(pty.slave);
    }
}
