//! Strings from packs are untrusted: this is where they are checked and cleaned.

use serde::{Deserialize, Deserializer};
use std::fmt;

/// The longest string a pack may hold, in bytes.
pub const MAX_STRING: usize = 4096;

/// Whether a character may never appear in pack text: C0 controls other than tab,
/// newline and carriage return (Windows line ends), DEL, C1 controls, the bidi
/// embedding, override and isolate controls, and the invisible characters that can make
/// text look like other text (see [`is_invisible`]).
pub fn is_forbidden(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        || is_invisible(c)
}

/// Invisible characters and direction marks: zero-width space, left-to-right and
/// right-to-left marks, the Arabic letter mark, the line and paragraph separators, the word
/// joiner and invisible operators, the byte-order mark and the Mongolian vowel separator.
/// The game lays out right-to-left text itself, so a pack needs none of them. (The
/// zero-width joiner and non-joiner stay allowed: some scripts and emoji need them.)
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}' | '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{2028}' | '\u{2029}' | '\u{2060}'
            ..='\u{2064}' | '\u{feff}' | '\u{180e}'
    )
}

/// Describes why a string is rejected, or `None` when it is fine.
pub fn check(s: &str) -> Option<String> {
    if s.len() > MAX_STRING {
        return Some(format!("this text is {} bytes long; the limit is {MAX_STRING}", s.len()));
    }
    s.chars().find(|&c| is_forbidden(c)).map(|c| {
        let kind = if c == '\u{1b}' {
            "an escape character (terminal escape sequences are not allowed)"
        } else if c == '\u{feff}' {
            "a byte-order mark (save the file as UTF-8 without a BOM)"
        } else if is_invisible(c) {
            "an invisible character or direction mark (the game lays out right-to-left text itself)"
        } else if ('\u{202a}'..='\u{2069}').contains(&c) {
            "a bidi control character"
        } else {
            "a control character"
        };
        format!("text contains {kind}, U+{:04X}", c as u32)
    })
}

/// Removes every forbidden character and Fluent's isolation marks before text reaches a
/// terminal, a log or a pipe.
pub fn sanitize(s: &str) -> String {
    s.chars().filter(|&c| !is_forbidden(c) && c != '\r').collect()
}

/// Replaces forbidden characters with visible ones of the same byte length, so a file's
/// text can be shown in a diagnostic without reaching the terminal raw and without moving
/// the byte offsets diagnostics point at.
pub fn display_safe(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\t' => " ".to_string(),
            c if is_forbidden(c) || c == '\r' => "?".repeat(c.len_utf8()),
            c => c.to_string(),
        })
        .collect()
}

/// A string from a pack that passed [`check`].
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Text(pub String);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        match check(&s) {
            Some(problem) => Err(serde::de::Error::custom(problem)),
            None => Ok(Text(s)),
        }
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

/// Text made safe inside HTML elements and attribute values: cleaned of forbidden
/// characters (as [`sanitize`]), then `& < > " '` escaped. Every HTML page the game writes
/// (debrief, compare, story graph) escapes through this.
pub fn escape_html(s: &str) -> String {
    let clean = sanitize(s);
    let mut out = String::with_capacity(clean.len());
    for c in clean.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_escapes_controls_and_overrides() {
        assert!(check("windows\r\nline").is_none());
        assert!(check("plain text\twith tab\nand newline").is_none());
        assert!(check("bad \u{1b}[31m").unwrap().contains("escape"));
        assert!(check("bell \u{7}").unwrap().contains("control"));
        assert!(check("c1 \u{9b}").is_some());
        assert!(check("rlo \u{202e}").unwrap().contains("bidi"));
        assert!(check(&"x".repeat(MAX_STRING + 1)).unwrap().contains("limit"));
        assert!(check("עברית ועربية").is_none());
        assert!(check("zero\u{200b}width").unwrap().contains("invisible"));
        assert!(check("\u{feff}bom").unwrap().contains("byte-order"));
        assert!(check("mark\u{200f}").unwrap().contains("direction"));
        assert!(check("line\u{2028}sep").is_some());
        assert!(check("joiner\u{200d}ok").is_none());
    }

    #[test]
    fn display_safe_keeps_offsets() {
        let s = "a\u{1b}[1m\u{9b}\u{202e}z";
        let d = display_safe(s);
        assert_eq!(d.len(), s.len());
        assert!(!d.chars().any(is_forbidden));
    }

    #[test]
    fn sanitize_strips_and_is_idempotent() {
        let s = sanitize("a\u{1b}]0;title\u{7}b\u{2068}c\u{2069}");
        assert_eq!(s, "a]0;titlebc");
        assert_eq!(sanitize(&s), s);
    }
}
