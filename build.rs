//! Builds the shipped packs into the binary: every TOML and Fluent file under `content/` is an entry of
//! `SHIPPED` (its path relative to `content/` and its bytes, through `include_bytes!`, so
//! editing a file rebuilds the game). No path of the build machine is kept at run time.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let Ok(kind) = e.file_type() else { continue };
        if kind.is_dir() {
            walk(&e.path(), out);
        } else if kind.is_file() && e.path().extension().is_some_and(|x| x == "toml" || x == "ftl") {
            // A pack is read from its TOML and Fluent files; notes and the like stay out.
            out.push(e.path());
        }
    }
}

// A build script talks to cargo on standard output.
#[allow(clippy::disallowed_macros)]
fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    println!("cargo:rerun-if-changed=content");
    let mut files = Vec::new();
    walk(&root, &mut files);
    files.sort();
    let mut code = String::from("/// Every file of the shipped packs: its path under `content/`, and its bytes.\n");
    code.push_str("pub static SHIPPED: &[(&str, &[u8])] = &[\n");
    for f in &files {
        let rel = f.strip_prefix(&root).expect("under content/");
        let rel: Vec<String> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
        writeln!(code, "    ({:?}, include_bytes!({:?})),", rel.join("/"), f.display().to_string()).unwrap();
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("shipped.rs");
    std::fs::write(out, code).expect("write shipped.rs");
}
