//! Content packs: reading them from disk, checking them, and building typed scenarios.
//!
//! The pipeline is raw → checked → typed (ripgrep's lowargs → hiargs): `load` reads files
//! within safety caps into the serde structs of `raw`; `validate` resolves every name,
//! compiles every expression and returns the engine's [`Scenario`](crate::engine::Scenario)
//! together with every diagnostic; `messages` checks the Fluent text a scenario needs (with `ftl_limits`: nesting, size and
//! reference caps, checked before the parser runs);
//! `translation` compares each language with English.

pub mod diag;
pub mod ftl_limits;
pub mod library;
pub mod load;
pub mod logic;
pub mod messages;
pub mod raw;
pub mod recover;
pub mod resolve;
pub mod schema;
pub mod text;
pub mod translation;
pub mod tree;
pub mod validate;

pub use diag::{Diagnostic, Severity, SourceMap};
pub use library::{Built, Checked, Library, PackRef, ScenarioInfo};
pub use translation::Coverage;
