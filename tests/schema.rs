//! The editor schemas: `schemas/*.schema.json` are what `goodfaith schema` writes, every
//! shipped pack file names its schema on its first line and passes it, and files with a
//! misspelt key or a value of the wrong type fail it at the right place.

use goodfaith::content::schema::{self, Kind};
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn validator(kind: Kind) -> jsonschema::Validator {
    jsonschema::draft7::new(&schema::schema(kind)).expect("the schema is a valid draft-07 schema")
}

fn toml_value(text: &str, path: &Path) -> Value {
    toml::from_str(text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Each failure as "instance path: message", in order.
fn failures(kind: Kind, text: &str) -> Vec<String> {
    let value = toml_value(text, Path::new("inline"));
    let v = validator(kind);
    v.iter_errors(&value).map(|e| format!("{}: {e}", e.instance_path())).collect()
}

/// Every `.toml` file under `dir`, sorted.
fn tomls(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut entries: Vec<_> = fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            out.extend(tomls(&p));
        } else if p.extension().is_some_and(|e| e == "toml") {
            out.push(p);
        }
    }
    out
}

/// A pack's manifest and scenario files.
fn pack_files(pack: &Path) -> Vec<(Kind, PathBuf)> {
    let mut out = vec![(Kind::Pack, pack.join("pack.toml"))];
    out.extend(tomls(&pack.join("scenarios")).into_iter().map(|p| (Kind::Scenario, p)));
    out
}

fn shipped_packs() -> Vec<PathBuf> {
    let mut packs: Vec<_> =
        fs::read_dir("content").unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    packs.sort();
    assert!(packs.len() >= 2, "{packs:?}");
    packs
}

#[test]
fn the_committed_schemas_are_what_the_game_generates() {
    for kind in Kind::ALL {
        let path = Path::new("schemas").join(kind.file_name());
        let committed = fs::read_to_string(&path).unwrap();
        assert!(
            committed == schema::json(kind),
            "{} is stale: run `goodfaith schema {} -o {}`",
            path.display(),
            if kind == Kind::Pack { "pack" } else { "scenario" },
            path.display()
        );
    }
}

#[test]
fn the_schema_command_prints_and_writes_each_kind() {
    let bin = env!("CARGO_BIN_EXE_goodfaith");
    let dir = tempfile::tempdir().unwrap();
    for (arg, kind) in [("pack", Kind::Pack), ("scenario", Kind::Scenario)] {
        let out = Command::new(bin).args(["schema", arg]).output().unwrap();
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(String::from_utf8(out.stdout).unwrap(), schema::json(kind));
        let file = dir.path().join(kind.file_name());
        let out = Command::new(bin).args(["schema", arg, "-o"]).arg(&file).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(out.stdout.is_empty());
        assert_eq!(fs::read_to_string(&file).unwrap(), schema::json(kind));
    }
    let out = Command::new(bin).args(["schema", "lesson"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn every_shipped_file_names_its_schema_and_passes_it() {
    let mut checked = 0;
    for pack in shipped_packs() {
        for (kind, path) in pack_files(&pack) {
            let text = fs::read_to_string(&path).unwrap();
            let first = text.lines().next().unwrap_or("");
            let rel = first
                .strip_prefix("#:schema ")
                .unwrap_or_else(|| panic!("{}: the first line is not `#:schema …`: {first}", path.display()));
            let target = path.parent().unwrap().join(rel);
            assert_eq!(
                fs::canonicalize(&target).unwrap(),
                fs::canonicalize(Path::new("schemas").join(kind.file_name())).unwrap(),
                "{}: `#:schema {rel}` does not lead to the {:?} schema",
                path.display(),
                kind
            );
            let value = toml_value(&text, &path);
            let v = validator(kind);
            let errors: Vec<String> = v.iter_errors(&value).map(|e| format!("{}: {e}", e.instance_path())).collect();
            assert!(errors.is_empty(), "{}:\n{}", path.display(), errors.join("\n"));
            checked += 1;
        }
    }
    assert!(checked >= 10, "only {checked} files");
}

#[test]
fn the_test_packs_pass_the_schema() {
    for pack in ["tests/fixtures/packs/mini", "tests/fixtures/packs/extensions", "tests/fixtures/logic-bugs"] {
        for (kind, path) in pack_files(Path::new(pack)) {
            let text = fs::read_to_string(&path).unwrap();
            let value = toml_value(&text, &path);
            let v = validator(kind);
            let errors: Vec<String> = v.iter_errors(&value).map(|e| format!("{}: {e}", e.instance_path())).collect();
            assert!(errors.is_empty(), "{}:\n{}", path.display(), errors.join("\n"));
        }
    }
}

#[test]
fn a_misspelt_key_fails_where_it_is() {
    let errors = failures(
        Kind::Scenario,
        r#"
scenario = "s"

[[event]]
id = "e"
trigger = "random"
cooldwon = 3
"#,
    );
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].starts_with("/event/0: "), "{errors:?}");
    assert!(errors[0].contains("cooldwon"), "{errors:?}");

    let errors = failures(Kind::Pack, "id = \"p\"\nversion = \"1\"\nformat = 1\nlocales = [\"en-US\"]\nname = \"P\"\n");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].starts_with(": ") && errors[0].contains("name"), "{errors:?}");
}

#[test]
fn a_value_of_the_wrong_type_fails_where_it_is() {
    let errors = failures(
        Kind::Scenario,
        r#"
scenario = "s"

[setup]
start = "29 July 2013"
turn_days = 7
turns = "thirty-nine"
resources = ["time"]

[[actor]]
id = "a"

[[actor.reaction]]
id = "r"
on = "sunrise"
chance = 150
"#,
    );
    assert_eq!(errors.len(), 4, "{errors:?}");
    assert!(errors.iter().any(|e| e.starts_with("/setup/start: ") && e.contains("29 July 2013")), "{errors:?}");
    assert!(errors.iter().any(|e| e.starts_with("/setup/turns: ") && e.contains("integer")), "{errors:?}");
    assert!(errors.iter().any(|e| e.starts_with("/actor/0/reaction/0/on: ") && e.contains("sunrise")), "{errors:?}");
    assert!(errors.iter().any(|e| e.starts_with("/actor/0/reaction/0/chance: ") && e.contains("100")), "{errors:?}");
}

#[test]
fn a_missing_key_fails_and_every_key_is_described() {
    let errors = failures(Kind::Pack, "id = \"p\"\nformat = 1\nlocales = [\"en-US\"]\n");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("version"), "{errors:?}");
    // An editor shows the description on hover: every key has one.
    for kind in Kind::ALL {
        let mut missing = Vec::new();
        undescribed(&schema::schema(kind), "", &mut missing);
        assert!(missing.is_empty(), "{kind:?}: keys without a description: {missing:?}");
    }
}

/// The properties, anywhere in `schema`, that have no description.
fn undescribed(schema: &Value, at: &str, out: &mut Vec<String>) {
    match schema {
        Value::Object(map) => {
            if let Some(Value::Object(props)) = map.get("properties") {
                for (name, prop) in props {
                    if prop.get("description").is_none() {
                        out.push(format!("{at}/{name}"));
                    }
                }
            }
            for (k, v) in map {
                undescribed(v, &format!("{at}/{k}"), out);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| undescribed(v, at, out)),
        _ => {}
    }
}
