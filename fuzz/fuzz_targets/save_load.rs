//! Arbitrary bytes as a save: reading must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("save.toml");
    std::fs::write(&p, data).unwrap();
    let _ = goodfaith::save::Save::read(&p);
});
