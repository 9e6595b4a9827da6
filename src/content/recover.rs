//! Reading on past a TOML error. The `toml` parser stops at the first error, which would
//! drop the whole file and make every later check point elsewhere ("unknown event", "no
//! [setup] table"). Instead, the table holding the error is blanked (its bytes become
//! spaces, so every span stays true) and the file is parsed again, up to a few times; what
//! the blanked tables defined is remembered, so checks do not report it missing.

use std::collections::BTreeSet;
use std::ops::Range;

/// How many tables one file may lose before it is given up.
pub const MAX_TRIES: usize = 8;

/// What the tables that could not be read may have defined, across a pack.
#[derive(Debug, Default, Clone)]
pub struct Lost {
    /// The ids their `id = "…"` lines name.
    pub ids: BTreeSet<String>,
    /// A `[setup]` table was among them.
    pub setup: bool,
    /// A file could not be read at all: anything may be missing.
    pub whole: bool,
}

impl Lost {
    /// Remembers what a blanked stretch of a file defined.
    pub fn note(&mut self, text: &str) {
        for line in text.lines() {
            let line = line.trim();
            if header(line).is_some_and(|h| h == "setup") {
                self.setup = true;
            }
            if line.starts_with("id")
                && let Ok(table) = toml::from_str::<toml::Table>(line)
                && let Some(id) = table.get("id").and_then(|v| v.as_str())
            {
                // Also as it would be written without what made it unreadable (a control
                // character in `"calm\u0007"` is still `calm` where it is used).
                self.ids.insert(id.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect());
                self.ids.insert(id.to_string());
            }
        }
    }

    pub fn merge(&mut self, other: &Lost) {
        self.ids.extend(other.ids.iter().cloned());
        self.setup |= other.setup;
        self.whole |= other.whole;
    }

    /// Whether a diagnostic about `name` may only follow from what was lost.
    pub fn may_hide(&self, name: &str) -> bool {
        self.whole || self.ids.contains(name)
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty() && !self.setup && !self.whole
    }
}

/// The name of a table header line (`[setup]` → `setup`, `[[event]]` → `event`).
fn header(line: &str) -> Option<&str> {
    let line = line.split('#').next()?.trim();
    let inner = line.strip_prefix("[[").and_then(|l| l.strip_suffix("]]"));
    let inner = inner.or_else(|| line.strip_prefix('[').and_then(|l| l.strip_suffix(']')))?.trim();
    let ok =
        !inner.is_empty() && inner.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '"'));
    ok.then_some(inner)
}

/// The table around byte `at`: from its header line to the next header line (or the end).
/// `None` when `at` comes before the first header (the file's own keys, which cannot go).
pub fn table_around(text: &str, at: usize) -> Option<Range<usize>> {
    let at = at.min(text.len());
    let mut start = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let end = offset + line.len();
        if header(line).is_some() {
            if offset > at && start.is_some() {
                return start.map(|s| s..offset);
            }
            if offset <= at {
                start = Some(offset);
            }
        }
        offset = end;
    }
    start.map(|s| s..text.len())
}

/// `text` with the bytes of `range` made spaces, newlines kept, so offsets stay true.
pub fn blank(text: &str, range: Range<usize>) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for b in &mut bytes[range] {
        if *b != b'\n' && *b != b'\r' {
            *b = b' ';
        }
    }
    // Only whole lines are blanked, so the text stays UTF-8.
    String::from_utf8(bytes).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "scenario = \"s\"\n\n[setup]\nturns = = 3\n\n[[event]]\nid = \"a\"\n[[event]]\nid = \"b\"\n";

    #[test]
    fn the_table_around_an_error_runs_from_its_header_to_the_next() {
        let at = FILE.find("= = 3").unwrap();
        let r = table_around(FILE, at).unwrap();
        assert!(FILE[r.clone()].starts_with("[setup]") && FILE[r.end..].starts_with("[[event]]"));
        assert_eq!(table_around(FILE, 3), None, "the file's own keys are not a table");
        let last = FILE.rfind("\"b\"").unwrap();
        assert_eq!(table_around(FILE, last).unwrap().end, FILE.len());
    }

    #[test]
    fn blanking_keeps_offsets_and_notes_what_was_defined() {
        let r = table_around(FILE, FILE.find("id = \"b\"").unwrap()).unwrap();
        let mut lost = Lost::default();
        lost.note(&FILE[r.clone()]);
        assert!(lost.ids.contains("b") && !lost.setup);
        let blanked = blank(FILE, r.clone());
        assert_eq!(blanked.len(), FILE.len());
        assert!(blanked[r].trim().is_empty());
        lost.note("[setup]\nid = \"calm\\u0007\"\n");
        assert!(lost.ids.contains("calm"), "{:?}", lost.ids);
        assert!(lost.setup);
        assert_eq!(header("[[event]] # the next"), Some("event"));
        assert_eq!(header("[1, 2]"), None);
    }
}
