//! The terminal game: ratatui over crossterm, on the same engine as plain mode.
//!
//! `app` holds the state and the keys, `view` draws it, `term` owns the terminal (raw mode,
//! the alternate screen, restoring it on every exit path, Ctrl-Z), `watch` the packs' files
//! for `play --watch`. Nothing here decides a
//! game rule: the engine says what is possible and what happened.

pub mod app;
pub mod bidi;
pub mod session;
pub mod term;
pub mod text;
pub mod theme;
pub mod view;
pub mod watch;

pub use app::App;
