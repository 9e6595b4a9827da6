//! The one way text leaves the game for a terminal, a pipe or a log (the terminal game's
//! cells are cleaned by `tui::view` instead, as its backend writes escape sequences of its
//! own).
//!
//! Whatever a pack, a file name, a path on the command line or a value echoed in an error
//! holds, nothing but printable text, newlines and (where colour is on) the game's own
//! colour codes reaches the output: control characters, escape sequences, C1 controls,
//! bidi controls and invisible characters are dropped as they are written, and a tab
//! becomes a space. `clippy.toml` forbids the print macros and `std::io::stdout`/`stderr`
//! elsewhere, so no output can go around this module.

use crate::content::text;
use std::io::{self, Write};

/// A writer that lets only safe text through.
pub struct Clean<W: Write> {
    inner: W,
    /// The start of a UTF-8 character whose other bytes come with the next write.
    pending: Vec<u8>,
    /// Whether colour escapes (`ESC [ … m`, and nothing else) may pass.
    colour: bool,
    /// An escape sequence being read, to decide whether it is a colour (`ESC [ digits ; m`).
    escape: Option<String>,
}

impl<W: Write> Clean<W> {
    /// Cleans everything written to `inner`; `colour` lets the game's colour codes pass.
    pub fn new(inner: W, colour: bool) -> Clean<W> {
        Clean { inner, pending: Vec::new(), colour, escape: None }
    }

    /// The writer underneath.
    pub fn into_inner(self) -> W {
        self.inner
    }

    /// Cleans `s` into `out`, keeping an unfinished escape sequence for the next call.
    fn clean(&mut self, s: &str, out: &mut String) {
        for c in s.chars() {
            if let Some(seq) = &mut self.escape {
                seq.push(c);
                let body = &seq[1..];
                if body == "[" || (body.starts_with('[') && body[1..].chars().all(|d| d.is_ascii_digit() || d == ';')) {
                    continue;
                }
                if body.starts_with('[') && c == 'm' && body.len() <= 24 {
                    out.push_str(seq);
                }
                // Anything else (a cursor move, a title, a clipboard write) is dropped whole.
                self.escape = None;
                continue;
            }
            match c {
                '\u{1b}' if self.colour => self.escape = Some(String::from(c)),
                '\n' => out.push('\n'),
                '\t' => out.push(' '),
                c if is_unsafe(c) => {}
                c => out.push(c),
            }
        }
    }
}

/// Whether a character may never reach the output: every control character but newline,
/// DEL, C1 controls, and the bidi and invisible characters pack text may not hold.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || text::is_forbidden(c)
}

/// Removes from a string everything [`Clean`] would drop (colour included).
pub fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut c = Clean::new(io::sink(), false);
    c.clean(s, &mut out);
    out
}

impl<W: Write> Write for Clean<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut bytes = std::mem::take(&mut self.pending);
        bytes.extend_from_slice(buf);
        let (text, rest) = match std::str::from_utf8(&bytes) {
            Ok(t) => (t.to_string(), Vec::new()),
            Err(e) if e.error_len().is_none() => {
                // A character cut in two by the writer: keep its start for the next write.
                let (valid, rest) = bytes.split_at(e.valid_up_to());
                (String::from_utf8_lossy(valid).into_owned(), rest.to_vec())
            }
            Err(_) => (String::from_utf8_lossy(&bytes).into_owned(), Vec::new()),
        };
        self.pending = rest;
        let mut out = String::with_capacity(text.len());
        self.clean(&text, &mut out);
        self.inner.write_all(out.as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Standard output, cleaned.
#[allow(clippy::disallowed_methods)]
pub fn stdout() -> Clean<io::StdoutLock<'static>> {
    Clean::new(io::stdout().lock(), false)
}

/// Standard error, cleaned; `colour` lets the diagnostics' colour codes through.
#[allow(clippy::disallowed_methods)]
pub fn stderr(colour: bool) -> Clean<io::StderrLock<'static>> {
    Clean::new(io::stderr().lock(), colour)
}

/// Whether standard output is a terminal.
#[allow(clippy::disallowed_methods)]
pub fn stdout_is_terminal() -> bool {
    io::IsTerminal::is_terminal(&io::stdout())
}

/// Whether standard error is a terminal.
#[allow(clippy::disallowed_methods)]
pub fn stderr_is_terminal() -> bool {
    io::IsTerminal::is_terminal(&io::stderr())
}

/// Writes a line to standard error, cleaned; a closed standard error is not an error.
pub fn warn(line: &str) {
    let _ = writeln!(stderr(false), "{line}");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(colour: bool, parts: &[&[u8]]) -> String {
        let mut c = Clean::new(Vec::new(), colour);
        for p in parts {
            c.write_all(p).unwrap();
        }
        String::from_utf8(c.inner).unwrap()
    }

    #[test]
    fn escapes_controls_and_invisibles_are_dropped() {
        let s = "a\u{1b}]52;c;aGVsbG8=\u{7}b\u{1b}[2Jc\u{9b}d\u{202e}e\u{200b}f\u{feff}g\r\th\n";
        assert_eq!(through(false, &[s.as_bytes()]), "a]52;c;aGVsbG8=b[2Jcdefg h\n");
    }

    #[test]
    fn colour_passes_only_when_asked_and_nothing_else_does() {
        let s = "\u{1b}[1;31merror\u{1b}[0m \u{1b}[2J\u{1b}]0;title\u{7}x";
        assert_eq!(through(true, &[s.as_bytes()]), "\u{1b}[1;31merror\u{1b}[0m 0;titlex");
        assert_eq!(through(false, &[s.as_bytes()]), "[1;31merror[0m [2J]0;titlex");
    }

    #[test]
    fn a_character_split_across_writes_survives() {
        let s = "שלום عربي";
        let b = s.as_bytes();
        assert_eq!(through(false, &[&b[..1], &b[1..5], &b[5..]]), s);
    }
}
