//! A game being played in the terminal: the engine's game, its texts and its save file.

use crate::content::Built;
use crate::engine::{Decision, DecisionError, Game, Report};
use crate::i18n::Texts;
use crate::save::Save;
use std::path::PathBuf;

pub struct Session {
    pub game: Game,
    pub built: Built,
    pub texts: Texts,
    pub lang: String,
    pub save_path: Option<PathBuf>,
    /// The last save problem, shown in the status line (never printed over the screen).
    pub save_error: Option<String>,
    /// After quiet weeks ended at once, the values the player last saw before them: the
    /// trends count from there until the player ends a week again.
    pub seen: Option<Vec<i32>>,
    /// The lesson the game is played in, kept in its save.
    pub lesson: Option<crate::save::SavedLesson>,
    /// Where the debrief was exported from the end screen, or why it could not be.
    pub debrief_note: Option<String>,
    /// The debrief the end screen shows, built once when it is first drawn (the game does
    /// not change after its end).
    pub debrief: std::cell::OnceCell<crate::debrief::Debrief>,
}

impl Session {
    pub fn new(game: Game, built: Built, lang: String, save_path: Option<PathBuf>) -> Session {
        let texts = Texts::new(&lang, &built.texts);
        Session {
            game,
            built,
            texts,
            lang,
            save_path,
            save_error: None,
            seen: None,
            lesson: None,
            debrief_note: None,
            debrief: std::cell::OnceCell::new(),
        }
    }

    /// Applies a decision and returns what happened; saves when a new turn begins or the
    /// game ends.
    pub fn apply(&mut self, d: Decision) -> Result<Vec<Report>, DecisionError> {
        let turn = self.game.turn();
        let reports = self.game.apply(d)?;
        if self.game.turn() != turn || self.game.is_over() {
            let _ = self.save();
        }
        Ok(reports)
    }

    /// Writes the save; remembers a failure for the status line.
    pub fn save(&mut self) -> Result<PathBuf, String> {
        let Some(path) = self.save_path.clone() else {
            return Err(self.texts.get("tui-no-save-path"));
        };
        match Save::of(&self.game, &self.built, &self.lang).with_lesson(self.lesson.clone()).write(&path) {
            Ok(()) => {
                self.save_error = None;
                Ok(path)
            }
            Err(e) => {
                let msg = crate::content::text::sanitize(&e.to_string());
                self.save_error = Some(msg.clone());
                Err(msg)
            }
        }
    }

    /// The change in a slot since the player last saw it: since the end of their last
    /// turn, or since before the quiet weeks they just ended at once.
    pub fn trend(&self, slot: u32) -> i64 {
        match &self.seen {
            Some(v) => i64::from(self.game.value(slot)) - i64::from(v[slot as usize]),
            None => self.game.trend(slot),
        }
    }

    /// The reports of the current turn.
    pub fn turn_reports(&self) -> &[Report] {
        let log = self.game.log();
        let start = log.iter().rposition(|r| matches!(r, Report::TurnBegan { .. })).unwrap_or(0);
        &log[start..]
    }

    /// Switches the language of the game's text.
    pub fn set_lang(&mut self, lang: &str) {
        self.lang = lang.to_string();
        self.texts = Texts::new(lang, &self.built.texts);
    }
}
