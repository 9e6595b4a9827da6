//! JSON Schemas (draft-07) of the pack format, for editors: `goodfaith schema pack` and
//! `goodfaith schema scenario`.
//!
//! They are generated from the serde structs in `raw.rs`, whose doc comments become the
//! descriptions an editor shows on hover, so the schema and the loader cannot disagree on
//! which keys exist. A schema only knows shapes: names, expressions, dates and everything
//! that depends on another file are still checked by `goodfaith check`. The repository keeps
//! the generated files in `schemas/` (a test keeps them equal to what this module writes),
//! and every shipped pack's files name them on their first line (`#:schema …`).

use super::raw::{Manifest, ScenarioFile};
use schemars::generate::SchemaSettings;
use serde_json::Value;

/// Which file a schema describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `pack.toml`, the manifest.
    Pack,
    /// A scenario file (`scenarios/**/*.toml`).
    Scenario,
}

impl Kind {
    /// Both kinds, in the order they are documented.
    pub const ALL: [Kind; 2] = [Kind::Pack, Kind::Scenario];

    /// The name of the schema's file in the repository's `schemas/` folder.
    pub fn file_name(self) -> &'static str {
        match self {
            Kind::Pack => "pack.schema.json",
            Kind::Scenario => "scenario.schema.json",
        }
    }

    fn title(self) -> &'static str {
        match self {
            Kind::Pack => "Good Faith pack manifest (pack.toml)",
            Kind::Scenario => "Good Faith scenario file",
        }
    }
}

/// The schema of one kind of file, as a JSON value.
pub fn schema(kind: Kind) -> Value {
    let generator = SchemaSettings::draft07().into_generator();
    let root = match kind {
        Kind::Pack => generator.into_root_schema_for::<Manifest>(),
        Kind::Scenario => generator.into_root_schema_for::<ScenarioFile>(),
    };
    let mut value = root.to_value();
    drop_null(&mut value);
    if let Value::Object(map) = &mut value {
        map.insert("title".into(), Value::String(kind.title().into()));
    }
    value
}

/// The schema of one kind of file as the text of a `.json` file: indented, ending in a
/// newline, the same bytes every time (keys are sorted).
pub fn json(kind: Kind) -> String {
    let mut text = serde_json::to_string_pretty(&schema(kind)).unwrap_or_default();
    text.push('\n');
    text
}

/// TOML has no null: an optional key is one left out, so "or null", which the generator
/// adds to every `Option`, is taken out again (`"type": ["string", "null"]` becomes
/// `"type": "string"`, and a `{"type": "null"}` alternative goes).
fn drop_null(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if let Some(Value::Array(types)) = map.get_mut("type") {
                types.retain(|t| t != "null");
                if types.len() == 1 {
                    let only = types.remove(0);
                    map.insert("type".into(), only);
                }
            }
            for key in ["anyOf", "oneOf"] {
                if let Some(Value::Array(alternatives)) = map.get_mut(key) {
                    alternatives.retain(|a| a.get("type").is_none_or(|t| t != "null"));
                    if alternatives.len() == 1 {
                        let only = alternatives.remove(0);
                        map.remove(key);
                        if let Value::Object(inner) = only {
                            for (k, v) in inner {
                                map.entry(k).or_insert(v);
                            }
                        }
                    }
                }
            }
            map.values_mut().for_each(drop_null);
        }
        Value::Array(items) => items.iter_mut().for_each(drop_null),
        _ => {}
    }
}
