//! The game engine: pure rules over a validated scenario.
//!
//! A [`Game`] is built from a [`Scenario`], a role and a seed. [`Game::apply`] takes a
//! [`Decision`] and returns [`Report`]s: message ids and arguments, never text. The engine
//! has no terminal, file, clock or global random source; the same seed and decisions give
//! the same game on every machine.

pub mod actions;
mod chairs;
pub mod date;
pub mod expr;
mod fork;
mod game;
pub mod layout;
pub mod report;
pub mod rng;
pub mod scenario;
mod tally;
mod turn;

pub use actions::Blocked;
pub use date::Date;
pub use game::{DecisionError, Game, MAX_CHAIN, Phase, Setup};
pub use report::{Arg, Cause, Chooser, Decision, Fired, Message, Refusal, Report, Source, Target};
pub use scenario::Scenario;
