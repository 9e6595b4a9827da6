//! The end screen's "export debrief": the debrief's HTML and Markdown written beside the
//! save, and the paths (or why it failed) shown at the top of the debrief.

use super::App;
use crate::debrief::{self, Debrief};

impl App {
    pub(super) fn export_debrief(&mut self) {
        let Some(s) = &mut self.session else { return };
        let t = &s.texts;
        let note = match &s.save_path {
            None => t.fmt("debrief-write-failed", &[("reason", t.get("tui-no-save-path").into())]),
            Some(path) => {
                let d = Debrief::of_game(&s.game, t);
                match debrief::export(&d, t, path) {
                    Ok((html, md)) => t.fmt(
                        "debrief-written",
                        &[("html", html.display().to_string().into()), ("md", md.display().to_string().into())],
                    ),
                    Err(e) => t.fmt("debrief-write-failed", &[("reason", e.to_string().into())]),
                }
            }
        };
        s.debrief_note = Some(crate::content::text::sanitize(&note));
    }
}
