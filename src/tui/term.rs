//! The terminal: raw mode and the alternate screen, restored on quit, error, panic,
//! SIGINT, SIGTERM and SIGHUP; Ctrl-Z suspends with the terminal restored and `fg`
//! redraws. Every restore step is attempted even if an earlier one fails.

use super::app::App;
use super::view;
use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event, KeyCode, KeyEventKind, KeyModifiers};
use crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGTERM, SIGTSTP};
use std::io::{self, Stdout, Write};
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

/// Plays until the player quits. Draws only when something changed.
pub fn run(mut app: App) -> io::Result<()> {
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT])?;
    let handle = signals.handle();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for s in signals.forever() {
            if tx.send(s).is_err() {
                break;
            }
        }
    });
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        release();
        previous(info);
    }));

    claim()?;
    let _guard = Guard;
    let mut term = fresh()?;
    let mut dirty = true;
    while !app.quit {
        if dirty {
            term.draw(|f| view::draw(&mut app, f))?;
            dirty = false;
        }
        while let Ok(sig) = rx.try_recv() {
            match sig {
                SIGTSTP => {
                    suspend(&mut term)?;
                    dirty = true;
                }
                SIGCONT => {
                    claim()?;
                    term = fresh()?;
                    dirty = true;
                }
                _ => {
                    // SIGINT, SIGTERM, SIGHUP: save and leave cleanly.
                    app.quit = true;
                    if let Some(s) = app.session.as_mut()
                        && s.game.ended().is_none()
                    {
                        let _ = s.save();
                    }
                }
            }
        }
        if app.quit {
            break;
        }
        // Waiting wakes up a few times a second only to notice signals; nothing is drawn then.
        if !event::poll(Duration::from_millis(200))? {
            continue;
        }
        match event::read()? {
            Event::Key(k)
                if k.kind == KeyEventKind::Press
                    && k.modifiers.contains(KeyModifiers::CONTROL)
                    && k.code == KeyCode::Char('z') =>
            {
                suspend(&mut term)?;
                dirty = true;
            }
            Event::Key(k) => {
                app.on_key(k);
                dirty = true;
            }
            Event::Mouse(m) => {
                app.on_mouse(m);
                dirty = true;
            }
            Event::Resize(..) => dirty = true,
            _ => {}
        }
    }
    handle.close();
    Ok(())
}
