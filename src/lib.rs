//! Good Faith: a terminal role-playing game about negotiating peace between Israelis and
//! Palestinians.
//!
//! Code map:
//! - [`engine`]: the pure rules — state, expressions, events, actions, negotiation, endings.
//! - [`content`]: content packs — reading, caps, validation, diagnostics, the typed scenario.
//! - [`i18n`]: Fluent bundles, language choice and fallback, message formatting.
//! - [`plain`]: the line-based front end (screen readers, pipes, tests).
//! - [`simulate`]: headless games in parallel, policies and statistics.
//! - [`save`]: saves as replays, written atomically.

pub mod content;
pub mod engine;
pub mod i18n;
pub mod plain;
pub mod present;
pub mod save;
pub mod simulate;
pub mod tui;
