//! The debrief as JSON, for other tools: the model itself, in the shape
//! `docs/debrief-format.md` documents (its version is the `format` field).

use super::Debrief;

pub fn render(d: &Debrief) -> String {
    let mut s = serde_json::to_string_pretty(d).unwrap_or_default();
    s.push('\n');
    s
}
