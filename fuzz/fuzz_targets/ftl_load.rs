//! Arbitrary bytes as a pack's Fluent file: checking must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::fs;

fuzz_target!(|data: &[u8]| {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    fs::create_dir_all(root.join("locales/en-US")).unwrap();
    fs::write(root.join("pack.toml"), "id = \"fuzz\"\nversion = \"1\"\nformat = 1\nlocales = [\"en-US\"]\n").unwrap();
    fs::write(root.join("locales/en-US/f.ftl"), data).unwrap();
    let lib = goodfaith::content::Library::load(&[root.to_path_buf()]);
    let _ = lib.check();
});
