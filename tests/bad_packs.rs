//! Every bad pack gets a clear diagnostic naming its file and line, and never a panic.
//! Each fixture in `tests/fixtures/bad-packs/` changes one thing in the `mini` pack; the
//! rendered diagnostics are snapshots. The caps that need large files are made here.
//! Fixtures named `translation-*` add a French translation with one flaw; they are checked
//! as `check --strict` does, where a translation gap is an error.

use goodfaith::content::{Library, diag};
use std::fs;
use std::path::{Path, PathBuf};

fn render(root: &Path) -> (String, usize) {
    let lib = Library::load(&[root.to_path_buf()]);
    let mut diags = lib.check();
    if root.file_name().is_some_and(|n| n.to_string_lossy().starts_with("translation-")) {
        diag::strict(&mut diags);
    }
    let errors = diags.iter().filter(|d| d.is_error()).count();
    (diag::render(&lib.map, &diags, false), errors)
}

#[test]
fn every_bad_pack_fixture_is_rejected_with_a_located_diagnostic() {
    let dir = Path::new("tests/fixtures/bad-packs");
    let mut names: Vec<PathBuf> = fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    assert!(names.len() >= 25, "the corpus has {} fixtures", names.len());
    for path in names {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let (text, errors) = render(&path);
        // Messages and attributes English no longer has stay warnings even under --strict.
        let expected = if name == "translation-obsolete" { text.contains("warning: ") } else { errors > 0 };
        assert!(expected, "{name}: nothing reported:\n{text}");
        assert!(text.contains("tests/fixtures/bad-packs/"), "{name}: the diagnostic names no file:\n{text}");
        assert!(!text.contains('\u{1b}'), "{name}: an escape character reached the output");
        insta::assert_snapshot!(name, text);
    }
}

#[test]
fn the_mini_pack_is_clean() {
    let (text, errors) = render(Path::new("tests/fixtures/packs/mini"));
    assert_eq!(errors, 0, "{text}");
    assert_eq!(text, "");
}

/// Copies the mini pack into a temporary folder, to grow it past a cap.
fn scratch_mini() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let src = Path::new("tests/fixtures/packs/mini");
    for rel in ["pack.toml", "scenarios/mini.toml", "locales/en-US/mini.ftl"] {
        let to = tmp.path().join(rel);
        fs::create_dir_all(to.parent().unwrap()).unwrap();
        fs::copy(src.join(rel), to).unwrap();
    }
    tmp
}

fn render_scratch(tmp: &tempfile::TempDir) -> String {
    let (text, errors) = render(tmp.path());
    assert!(errors > 0, "no error:\n{text}");
    text.replace(&tmp.path().display().to_string(), "<pack>")
}

#[test]
fn a_file_one_byte_over_the_cap_is_rejected() {
    let tmp = scratch_mini();
    let mut body = String::from("scenario = \"mini\"\n");
    let cap = goodfaith::content::load::MAX_FILE as usize;
    while body.len() < cap + 1 {
        body.push_str("# padding\n");
    }
    body.truncate(cap);
    body.push('\n');
    assert_eq!(body.len(), cap + 1);
    fs::write(tmp.path().join("scenarios/big.toml"), body).unwrap();
    insta::assert_snapshot!(render_scratch(&tmp));
}

#[test]
fn a_pack_one_byte_over_the_cap_is_rejected() {
    let tmp = scratch_mini();
    let existing: u64 = ["pack.toml", "scenarios/mini.toml", "locales/en-US/mini.ftl"]
        .iter()
        .map(|r| fs::metadata(tmp.path().join(r)).unwrap().len())
        .sum();
    let mut left = goodfaith::content::load::MAX_PACK + 1 - existing;
    let mut i = 0;
    while left > 0 {
        let size = left.min(1_000_000) as usize;
        let mut body = String::from("scenario = \"mini\"\n");
        while body.len() < size {
            body.push_str("# padding\n");
        }
        body.truncate(size.max(19));
        left -= body.len() as u64;
        fs::write(tmp.path().join(format!("scenarios/pad{i:02}.toml")), body).unwrap();
        i += 1;
    }
    let text = render_scratch(&tmp);
    assert!(text.contains("the limit is 8388608 bytes"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn one_event_over_the_cap_is_rejected() {
    let tmp = scratch_mini();
    let mut body = String::from("scenario = \"mini\"\n");
    // The mini pack has three events; this makes one more than the cap.
    for i in 0..goodfaith::content::validate::MAX_EVENTS + 1 - 3 {
        body.push_str(&format!("[[event]]\nid = \"e{i}\"\ntrigger = \"followup\"\n"));
    }
    fs::write(tmp.path().join("scenarios/many.toml"), body).unwrap();
    let text = render_scratch(&tmp);
    assert!(text.contains("has 10001 events; the limit is 10000"), "{text}");
    insta::assert_snapshot!(text);
}
