//! Arbitrary bytes as a save: reading it, recovering it from its backup and replaying it on
//! the shipped packs must never panic, and never change the file.
#![no_main]

use goodfaith::content::Library;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn library() -> &'static Library {
    static LIB: OnceLock<Library> = OnceLock::new();
    LIB.get_or_init(|| Library::load(&[std::path::PathBuf::from("../content")]))
}

fuzz_target!(|data: &[u8]| {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("save.toml");
    std::fs::write(&p, data).unwrap();
    std::fs::write(tmp.path().join("save.toml.bak"), data).unwrap();
    if let Ok((save, _)) = goodfaith::save::Save::read_or_recover(&p) {
        let _ = save.restore(library(), &p);
        let _ = save.replay(library());
    }
    assert_eq!(std::fs::read(&p).unwrap(), data, "reading a save changed it");
});
