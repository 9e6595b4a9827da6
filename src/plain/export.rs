//! After the ending: the offer to export the debrief beside the save, as HTML and Markdown.

use super::{Plain, read_line};
use crate::debrief::{self, Debrief};
use std::io::{self, BufRead, Write};
use std::path::Path;

impl<R: BufRead, W: Write> Plain<'_, R, W> {
    /// Asks whether to export the debrief beside `save`; `e` writes it and says where.
    pub(super) fn offer_export(&mut self, save: &Path) -> io::Result<()> {
        let t = self.texts;
        writeln!(self.out, "\n{}", t.get("plain-export-hint"))?;
        write!(self.out, "> ")?;
        self.out.flush()?;
        let mut line = String::new();
        if read_line(&mut self.input, &mut line)? == 0 {
            return Ok(());
        }
        let line = line.trim();
        if self.echo {
            writeln!(self.out, "{}", crate::content::text::sanitize(line))?;
        }
        if !line.eq_ignore_ascii_case("e") {
            return Ok(());
        }
        let d = Debrief::of_game(self.game, t);
        let said = match debrief::export(&d, t, save) {
            Ok((html, md)) => t.fmt(
                "debrief-written",
                &[("html", html.display().to_string().into()), ("md", md.display().to_string().into())],
            ),
            Err(e) => t.fmt("debrief-write-failed", &[("reason", e.to_string().into())]),
        };
        writeln!(self.out, "{said}")
    }
}
