//! Helpers shared by the integration tests.
#![allow(dead_code)]

use goodfaith::content::{Built, Library};
use std::path::PathBuf;

/// Builds a scenario from the shipped content and the test fixtures.
pub fn build(scenario: &str) -> Built {
    let lib = Library::load(&[PathBuf::from("content"), PathBuf::from("tests/fixtures/packs")]);
    let (built, diags) = lib.build(scenario);
    built.unwrap_or_else(|| {
        panic!("{}", goodfaith::content::diag::render(&lib.map, &diags, false));
    })
}

/// Every scenario shipped under `content/` plus the `mini` fixture.
pub fn all_scenarios() -> Vec<Built> {
    let lib = Library::load(&[PathBuf::from("content"), PathBuf::from("tests/fixtures/packs")]);
    lib.scenarios().iter().map(|s| build(&s.id)).collect()
}
