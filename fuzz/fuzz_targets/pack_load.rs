//! Arbitrary bytes as a scenario file: loading and checking must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::fs;

fuzz_target!(|data: &[u8]| {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    fs::create_dir_all(root.join("scenarios")).unwrap();
    fs::write(root.join("pack.toml"), "id = \"fuzz\"\nversion = \"1\"\nformat = 1\nlocales = [\"en-US\"]\n").unwrap();
    fs::write(root.join("scenarios/s.toml"), data).unwrap();
    let lib = goodfaith::content::Library::load(&[root.to_path_buf()]);
    let diags = lib.check();
    let _ = goodfaith::content::diag::render(&lib.map, &diags, false);
});
