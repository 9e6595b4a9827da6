//! Hot reload (`play --watch`): when a pack's files change, the packs are read and checked
//! again the way `check` does. A pack with errors leaves the game as it was and shows the
//! errors; a clean one replaces it, and the game's decisions are played again on it with the
//! same seed, up to the first that no longer applies. A change to `.ftl` files alone
//! replaces the text and leaves the game alone. No terminal here: the watcher that calls
//! [`App::reload`] is in `tui::watch`.

use super::{App, GameView, Overlay, Screen, SetupState, all_texts};
use crate::content::diag::{self, Diagnostic};
use crate::content::{Built, Library};
use crate::engine::Game;
use crate::i18n::Texts;
use crate::present;
use crate::save::rebase;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What `--watch` keeps between reloads.
pub struct Watch {
    /// The folders packs are read from, as when the game started.
    pub roots: Vec<PathBuf>,
    /// How many errors the newest version of the packs has (0 when the game plays it).
    pub errors: usize,
    /// The game as it was before a replay stopped at a decision that no longer applies, and
    /// how many decisions that replay kept: while the player has not played on, a pack fixed
    /// again replays the whole of it.
    held: Option<(Game, usize)>,
}

impl Watch {
    pub fn new(roots: Vec<PathBuf>) -> Watch {
        Watch { roots, errors: 0, held: None }
    }
}

/// Whether a changed file is one packs are made of: a TOML or Fluent file, not an editor's
/// hidden swap file or backup (`.name.swp`, `name.toml~`) nor a save's temporary file.
pub fn is_pack_file(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    !name.starts_with('.') && (name.ends_with(".toml") || name.ends_with(".ftl"))
}

fn same_file(a: &Path, b: &Path) -> bool {
    let canon = |p: &Path| {
        let folder = p.parent().filter(|f| !f.as_os_str().is_empty()).unwrap_or(Path::new("."));
        std::fs::canonicalize(folder).map(|f| f.join(p.file_name().unwrap_or_default())).unwrap_or(p.to_path_buf())
    };
    a == b || canon(a) == canon(b)
}

impl App {
    /// Reads the packs again because the files `changed` changed; says whether the screen
    /// changed. Files that are not a pack's (a save written beside the pack, an editor's
    /// swap file) are ignored.
    pub fn reload(&mut self, changed: &[PathBuf]) -> bool {
        let Some(watch) = &self.watch else { return false };
        let save = self.session.as_ref().and_then(|s| s.save_path.clone());
        let changed: Vec<&PathBuf> =
            changed.iter().filter(|p| is_pack_file(p) && !save.as_deref().is_some_and(|s| same_file(p, s))).collect();
        if changed.is_empty() {
            return false;
        }
        let text_only = changed.iter().all(|p| p.extension().is_some_and(|x| x == "ftl"));
        let lib = Library::load_installed(&watch.roots);
        let Some(id) = self.session.as_ref().map(|s| s.game.scenario().id.clone()) else {
            self.reload_menus(lib);
            return true;
        };
        let (built, diags) = lib.build(&id);
        let errors: Vec<Diagnostic> = diags.into_iter().filter(Diagnostic::is_error).collect();
        match built {
            Some(b) if errors.is_empty() => self.reload_game(lib, b, text_only),
            _ => self.show_errors(&lib, &errors),
        }
        true
    }

    /// Shows a pack's errors over the screen; the game goes on with the pack as it was.
    fn show_errors(&mut self, lib: &Library, errors: &[Diagnostic]) {
        let text = diag::render(&lib.map, errors, false);
        let lines = text.lines().map(crate::content::text::sanitize).collect();
        if let Some(w) = self.watch.as_mut() {
            w.errors = errors.len().max(1);
        }
        self.overlay = Some(Overlay::Diagnostics { lines, scroll: 0 });
    }

    /// Outside a game (the title, setup and load screens): the packs are replaced when none
    /// of those read from the watched folders has an error.
    fn reload_menus(&mut self, lib: Library) {
        let roots = self.watch.as_ref().map(|w| w.roots.clone()).unwrap_or_default();
        let mut errors: Vec<Diagnostic> = lib.diags.iter().filter(|d| d.is_error()).cloned().collect();
        for s in lib.scenarios() {
            let on_disk = lib.pack(&s.pack).is_some_and(|p| roots.iter().any(|r| p.root.starts_with(r)));
            if on_disk {
                errors.extend(lib.build(&s.id).1.into_iter().filter(Diagnostic::is_error));
            }
        }
        let mut unique: Vec<Diagnostic> = Vec::new();
        for d in errors {
            if !unique.contains(&d) {
                unique.push(d);
            }
        }
        if !unique.is_empty() {
            self.show_errors(&lib, &unique);
            return;
        }
        self.replace_library(lib);
        if let Screen::Setup(_) = self.screen {
            self.screen = Screen::Setup(SetupState::new());
        }
        self.overlay = Some(Overlay::Notice(self.ui.get("reload-packs")));
    }

    /// The packs, the languages they bring and the menus' text, read again.
    fn replace_library(&mut self, lib: Library) {
        for p in &lib.packs {
            for l in p.ftl.keys() {
                if !self.langs.contains(l) {
                    self.langs.push(l.clone());
                }
            }
        }
        self.ui = Texts::new(&self.lang, &all_texts(&lib));
        self.lib = Arc::new(lib);
        if let Some(w) = self.watch.as_mut() {
            w.errors = 0;
        }
    }

    /// A clean pack: the text replaced, or the game played again on the new scenario.
    fn reload_game(&mut self, lib: Library, built: Built, text_only: bool) {
        let Some(s) = self.session.as_mut() else { return };
        let Some(watch) = self.watch.as_mut() else { return };
        if text_only {
            s.built = built;
            s.texts = Texts::new(&s.lang, &s.built.texts);
            s.debrief = std::cell::OnceCell::new();
            // The save names the packs it replays on: now the new text's.
            let _ = s.save();
            let notice = s.texts.get("reload-text");
            self.replace_library(lib);
            self.after_reload(notice, true);
            return;
        }
        let base = match watch.held.take() {
            Some((g, kept)) if s.game.decisions().len() == kept => g,
            _ => s.game.clone(),
        };
        match rebase::rebase(&base, built.scenario.clone()) {
            Err(e) => {
                // The pack is clean, but this game cannot go on in it: keep the old one.
                let notice = present::reload::cannot(&s.texts, &e);
                self.overlay = Some(Overlay::Notice(notice));
            }
            Ok(r) => {
                // The decision that stopped the replay is told in the words of the pack it
                // was taken in.
                let notice = present::reload::rebased(&s.texts, &r, base.decisions().len());
                let whole = r.stop.is_none();
                watch.held = if whole { None } else { Some((base, r.replayed)) };
                s.game = r.game;
                s.built = built;
                s.texts = Texts::new(&s.lang, &s.built.texts);
                s.seen = None;
                s.debrief = std::cell::OnceCell::new();
                if whole {
                    // The save now replays on the new pack (a stopped replay is saved
                    // when the player plays on, so a fixed pack can still replay the rest).
                    let _ = s.save();
                }
                self.replace_library(lib);
                self.after_reload(notice, whole);
            }
        }
    }

    /// The screen after the game was replaced: the same tab, the selection reset (the
    /// menus may have changed); a short notice as the game screen's one-line toast, or a
    /// window when the replay stopped early or the game has ended.
    fn after_reload(&mut self, notice: String, short: bool) {
        let over = self.session.as_ref().is_some_and(|s| s.game.is_over());
        let tab = match &self.screen {
            Screen::Game(v) => Some(v.tab),
            _ => None,
        };
        self.overlay = None;
        if over {
            self.screen = Screen::End { scroll: 0 };
            self.overlay = Some(Overlay::Notice(notice));
            return;
        }
        let mut v = GameView::new();
        v.tab = tab.unwrap_or(v.tab);
        if short {
            v.toast = Some(notice);
        } else {
            self.overlay = Some(Overlay::Notice(notice));
        }
        self.screen = Screen::Game(v);
    }
}
