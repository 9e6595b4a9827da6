//! Arbitrary bytes as a pack's Fluent file: checking must never panic, and text that is
//! formatted for the screen must never hold a control or escape character. (In memory: the
//! files on disk are the loader's business, fuzzed by `pack_load`.)
#![no_main]

use goodfaith::content::{SourceMap, messages};
use libfuzzer_sys::fuzz_target;
use std::collections::BTreeMap;
use std::path::PathBuf;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let mut map = SourceMap::default();
    let fid = map.add(PathBuf::from("locales/en-US/f.ftl"), text.clone());
    let mut diags = Vec::new();
    let english = messages::catalog("fuzz", &[fid], &map, &mut diags);
    let other = messages::catalog("fuzz", &[fid], &map, &mut diags);
    let _ = goodfaith::content::translation::compare("fuzz", "fr", Some(fid), &english, &other, &mut diags);
    let _ = goodfaith::content::diag::render(&map, &diags, false);
    // The game's own formatting of the same text, as the screen would get it.
    let mut packs = BTreeMap::new();
    packs.insert("en-US".to_string(), vec![(PathBuf::from("f.ftl"), text.clone())]);
    let texts = goodfaith::i18n::Texts::new("en-US", &packs);
    for id in english.keys().map(String::as_str).chain(text.lines().filter_map(|l| l.split('=').next())).take(50) {
        let shown = texts.get(id.trim());
        // Newlines and tabs may stay: the output boundary breaks lines and turns tabs into spaces.
        assert!(!shown.chars().any(|c| goodfaith::output::is_unsafe(c) && c != '\n' && c != '\t'), "{shown:?}");
    }
});
