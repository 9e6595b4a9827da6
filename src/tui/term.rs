//! The terminal: raw mode and the alternate screen, restored on quit, error, panic,
//! SIGINT, SIGTERM, SIGHUP and SIGQUIT (each saves the game first); Ctrl-Z suspends with
//! the terminal restored and `fg` redraws. Every restore step is attempted even if an
//! earlier one fails. When the terminal goes away (a hang-up on standard input), the game
//! saves and ends instead of waiting on a terminal that will never answer.
//!
//! The loop sleeps in one `poll` on standard input and a wake-up pipe that the signal
//! thread (and, with `--watch`, the packs' watcher) writes to, with no timeout: an idle game uses no CPU, and a resize (SIGWINCH)
//! redraws at once instead of waiting for the next key.

// The terminal game writes to standard output through its backend, which sends escape
// sequences of its own; what it draws is cleaned cell by cell in `view::clean_cells`.
#![allow(clippy::disallowed_methods)]

use super::app::App;
use super::view;
use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event, KeyCode, KeyEventKind, KeyModifiers};
use crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGWINCH};
use std::io::{self, Read, Stdout, Write};
use std::os::fd::AsRawFd;
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

type Term = Terminal<CrosstermBackend<io::BufWriter<Stdout>>>;

/// Puts the terminal in game mode.
fn claim() -> io::Result<()> {
    terminal::enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture, cursor::Hide)
}

/// Gives the terminal back, trying every step.
pub fn release() {
    let mut out = io::stdout();
    let _ = execute!(out, DisableMouseCapture);
    let _ = execute!(out, LeaveAlternateScreen);
    let _ = execute!(out, cursor::Show);
    let _ = terminal::disable_raw_mode();
    let _ = out.flush();
}

/// Restores the terminal when dropped, whatever way `run` ends.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        release();
    }
}

/// A terminal on a cleared screen. (`Terminal::clear` would ask the terminal where its
/// cursor is, which not every terminal answers; a fresh `Terminal` redraws everything.)
fn fresh() -> io::Result<Term> {
    execute!(io::stdout(), terminal::Clear(terminal::ClearType::All))?;
    Terminal::new(CrosstermBackend::new(io::BufWriter::new(io::stdout())))
}

/// Stops the process as the shell asked (Ctrl-Z), with the terminal restored first.
fn suspend(term: &mut Term) -> io::Result<()> {
    release();
    // The default action of SIGTSTP stops us; we continue here after `fg`.
    let _ = signal_hook::low_level::emulate_default_handler(SIGTSTP);
    claim()?;
    *term = fresh()?;
    Ok(())
}

/// What waiting for the terminal found.
enum Wait {
    Input,
    /// The signal thread woke the loop: there are signals to handle.
    Signal,
    /// The terminal hung up or its descriptor failed: nobody can play on.
    Gone,
}

/// Sleeps until there is input on standard input (where crossterm reads when it is a
/// terminal), a signal, or a hang-up; `timeout` is `None` to wait as long as it takes.
/// This is asked before crossterm is: once the terminal is gone (its emulator closed,
/// `tmux kill-server`), crossterm's reader retries a read that fails with EIO without end,
/// so it must never be called then.
fn wait(wake: Option<&UnixStream>, timeout: Option<Duration>) -> io::Result<Wait> {
    let mut fds = [
        libc::pollfd { fd: libc::STDIN_FILENO, events: libc::POLLIN, revents: 0 },
        libc::pollfd { fd: wake.map_or(-1, |w| w.as_raw_fd()), events: libc::POLLIN, revents: 0 },
    ];
    let ms = timeout.map_or(-1, |t| t.as_millis().min(i32::MAX as u128) as i32);
    // SAFETY: two valid pollfds (a negative descriptor is ignored by poll), and their count.
    let rc = unsafe { libc::poll(fds.as_mut_ptr(), 2, ms) };
    if rc < 0 {
        let e = io::Error::last_os_error();
        return if e.kind() == io::ErrorKind::Interrupted { Ok(Wait::Signal) } else { Err(e) };
    }
    let [input, woken] = fds;
    Ok(if input.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
        Wait::Gone
    } else if woken.revents != 0 {
        if let Some(mut w) = wake {
            let mut buf = [0u8; 64];
            let _ = w.read(&mut buf);
        }
        Wait::Signal
    } else if input.revents & libc::POLLIN != 0 {
        Wait::Input
    } else {
        Wait::Signal
    })
}

/// The last guard against a terminal that goes away between [`wait`] and crossterm's read:
/// if standard input has hung up and the game is still running a few seconds later, the
/// terminal is given back as far as it can be and the process ends. (Saves are written to a
/// temporary file and renamed, so this cannot leave half a save.)
fn watch_for_hangup() {
    std::thread::spawn(|| {
        loop {
            // No events asked for: poll reports only a hang-up or an error.
            let mut fd = libc::pollfd { fd: libc::STDIN_FILENO, events: 0, revents: 0 };
            // SAFETY: one valid pollfd, and its count.
            let rc = unsafe { libc::poll(&mut fd, 1, -1) };
            if rc > 0 && fd.revents != 0 {
                break;
            }
            if rc < 0 && io::Error::last_os_error().kind() != io::ErrorKind::Interrupted {
                return;
            }
        }
        std::thread::sleep(Duration::from_secs(3));
        release();
        std::process::exit(1);
    });
}

/// Saves a game left unfinished when the game stops without the player's say.
fn save_unfinished(app: &mut App) {
    if let Some(s) = app.session.as_mut()
        && !s.game.is_over()
    {
        let _ = s.save();
    }
}

/// Plays until the player quits, a signal ends the game or the terminal goes away. Draws
/// only when something changed.
pub fn run(mut app: App) -> io::Result<()> {
    let mut signals =
        signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT, SIGWINCH])?;
    let handle = signals.handle();
    let (tx, rx) = mpsc::channel();
    let (wake, mut waker) = UnixStream::pair()?;
    waker.set_nonblocking(true)?;
    wake.set_nonblocking(true)?;
    let watcher = watch_packs(&mut app, waker.try_clone()?);
    std::thread::spawn(move || {
        for s in signals.forever() {
            if tx.send(s).is_err() {
                break;
            }
            // A full pipe already holds a wake-up; the loop drains the channel whole.
            let _ = waker.write(&[1]);
        }
    });
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        release();
        previous(info);
    }));

    claim()?;
    let _guard = Guard;
    watch_for_hangup();
    let changes = watcher.as_ref().map(|w| &w.changes);
    let mut result = play(&mut app, &rx, &wake, changes);
    if result.is_err() {
        // A terminal that fails mid-game (a write or a read error) still gets the game saved.
        save_unfinished(&mut app);
        // A write that failed because the terminal went away is how such a game ends, not
        // an error to report (there is nowhere left to report it).
        if matches!(wait(None, Some(Duration::ZERO)), Ok(Wait::Gone)) {
            result = Ok(());
        }
    }
    handle.close();
    result
}

/// With `--watch`, starts watching the packs' folders; the watcher wakes the loop through
/// the same pipe as the signals. A watcher that cannot start is said in a notice and the
/// game goes on without it.
fn watch_packs(app: &mut App, waker: UnixStream) -> Option<super::watch::Watcher> {
    let roots = app.watch.as_ref()?.roots.clone();
    match super::watch::start(&roots, move || {
        let _ = (&waker).write(&[1]);
    }) {
        Ok(w) => Some(w),
        Err(e) => {
            let error = crate::content::text::sanitize(&e.to_string());
            app.overlay =
                Some(super::app::Overlay::Notice(app.texts().fmt("reload-watch-failed", &[("error", error.into())])));
            None
        }
    }
}

fn play(
    app: &mut App,
    signals: &mpsc::Receiver<i32>,
    wake: &UnixStream,
    changes: Option<&mpsc::Receiver<Vec<PathBuf>>>,
) -> io::Result<()> {
    // Dropping a ratatui terminal shows the cursor and, when that fails, prints to standard
    // error, which panics once the terminal is gone; so the terminal is dropped only when
    // the game ends normally (the guard in `run` restores the cursor either way).
    let mut term = std::mem::ManuallyDrop::new(fresh()?);
    let mut dirty = true;
    while !app.quit {
        if dirty {
            term.draw(|f| view::draw(app, f))?;
            dirty = false;
        }
        while let Ok(sig) = signals.try_recv() {
            match sig {
                SIGTSTP => {
                    suspend(&mut term)?;
                    dirty = true;
                }
                SIGCONT => {
                    claim()?;
                    *term = fresh()?;
                    dirty = true;
                }
                // The next draw fits the new size (ratatui resizes its buffers on draw).
                SIGWINCH => dirty = true,
                _ => {
                    // SIGINT, SIGTERM, SIGHUP, SIGQUIT: save and leave cleanly.
                    app.quit = true;
                    save_unfinished(app);
                }
            }
        }
        if app.quit {
            break;
        }
        // Files a pack is made of changed (`--watch`): every batch so far, read once.
        let changed: Vec<PathBuf> = changes.map_or_else(Vec::new, |c| c.try_iter().flatten().collect());
        if !changed.is_empty() {
            dirty |= app.reload(&changed);
        }
        if dirty {
            continue;
        }
        match wait(Some(wake), None)? {
            Wait::Signal => continue,
            Wait::Gone => {
                save_unfinished(app);
                return Ok(());
            }
            Wait::Input => {}
        }
        // Everything crossterm has read, a whole paste included, before waiting again.
        while event::poll(Duration::ZERO)? {
            dirty |= handle(app, &mut term, event::read()?)?;
        }
    }
    drop(std::mem::ManuallyDrop::into_inner(term));
    Ok(())
}

/// Acts on one event; says whether the screen changed.
fn handle(app: &mut App, term: &mut Term, ev: Event) -> io::Result<bool> {
    match ev {
        Event::Key(k)
            if k.kind == KeyEventKind::Press
                && k.modifiers.contains(KeyModifiers::CONTROL)
                && k.code == KeyCode::Char('z') =>
        {
            suspend(term)?;
        }
        Event::Key(k) => app.on_key(k),
        Event::Mouse(m) => app.on_mouse(m),
        Event::Resize(..) => {}
        _ => return Ok(false),
    }
    Ok(true)
}
