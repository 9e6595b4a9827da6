//! Good Faith: a terminal role-playing game about negotiating peace between Israelis and
//! Palestinians.
//!
//! Code map:
//! - [`engine`]: the pure rules — state, expressions, events, actions, negotiation, endings.
//! - [`content`]: content packs — reading, caps, validation, diagnostics, the typed scenario.
//! - [`i18n`]: Fluent bundles, language choice and fallback, message formatting.
//! - [`plain`]: the line-based front end (screen readers, pipes, tests).
//! - [`simulate`]: headless games in parallel, policies and statistics.
//! - [`debrief`]: the debrief of a game as data, and its HTML, Markdown and JSON forms.
//! - [`save`]: saves as replays, written atomically.
//! - [`output`]: the one way text is printed: control, escape and invisible characters never pass.
//! - [`files`]: the one way files are read (regular, capped, no links inside a pack) and written.
//! - [`starter`]: the commented starter pack `goodfaith new pack` writes.

pub mod compare;
pub mod content;
pub mod debrief;
pub mod engine;
pub mod files;
pub mod graph;
pub mod i18n;
pub mod lesson;
pub mod output;
pub mod plain;
pub mod present;
pub mod save;
pub mod simulate;
pub mod starter;
pub mod tui;
