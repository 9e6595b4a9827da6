//! Arbitrary bytes as a pack's Fluent file: checking must never panic, and text that is
//! formatted for the screen must never hold a control or escape character.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::collections::BTreeMap;
use std::fs;

fuzz_target!(|data: &[u8]| {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    fs::create_dir_all(root.join("locales/en-US")).unwrap();
    fs::write(root.join("pack.toml"), "id = \"fuzz\"\nversion = \"1\"\nformat = 1\nlocales = [\"en-US\"]\n").unwrap();
    fs::write(root.join("locales/en-US/f.ftl"), data).unwrap();
    let lib = goodfaith::content::Library::load(&[root.to_path_buf()]);
    let diags = lib.check();
    let _ = goodfaith::content::diag::render(&lib.map, &diags, false);
    // The game's own formatting of the same text, as the screen would get it.
    let text = String::from_utf8_lossy(data).into_owned();
    let mut packs = BTreeMap::new();
    packs.insert("en-US".to_string(), vec![(root.join("f.ftl"), text.clone())]);
    let texts = goodfaith::i18n::Texts::new("en-US", &packs);
    for id in text.lines().filter_map(|l| l.split_once('=').map(|(id, _)| id.trim())).take(50) {
        let shown = texts.get(id);
        assert!(!shown.chars().any(|c| goodfaith::output::is_unsafe(c) && c != '\n'), "{shown:?}");
    }
});
