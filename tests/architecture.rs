//! Architecture invariant: the engine is pure. It may not name a terminal, Fluent, file or
//! I/O crate; it gets a scenario and decisions and returns reports.

use std::fs;
use std::path::Path;

const FORBIDDEN: [&str; 8] =
    ["ratatui", "crossterm", "fluent", "std::fs", "std::io", "std::time", "std::env", "thread_rng"];

fn scan(dir: &Path, found: &mut Vec<String>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            scan(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = fs::read_to_string(&path).unwrap();
            for (n, line) in text.lines().enumerate() {
                for word in FORBIDDEN {
                    if line.contains(word) {
                        found.push(format!("{}:{}: names `{word}`", path.display(), n + 1));
                    }
                }
            }
        }
    }
}

#[test]
fn the_engine_names_no_terminal_fluent_or_io_crate() {
    let mut found = Vec::new();
    scan(Path::new("src/engine"), &mut found);
    let root = fs::read_to_string("src/engine.rs").unwrap();
    for word in FORBIDDEN {
        if root.contains(word) {
            found.push(format!("src/engine.rs names `{word}`"));
        }
    }
    assert!(found.is_empty(), "the engine must stay pure:\n{}", found.join("\n"));
}

#[test]
fn the_scan_would_catch_a_violation() {
    // Guards the guard: a line that names a forbidden crate is found.
    let tmp = tempfile::tempdir().unwrap();
    fs::write(tmp.path().join("bad.rs"), "use std::fs::File;\n").unwrap();
    let mut found = Vec::new();
    scan(tmp.path(), &mut found);
    assert_eq!(found.len(), 1);
}
