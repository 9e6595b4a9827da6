//! Pacing on the game screen: the briefing that opens each week, and the key that ends
//! quiet weeks until something needs the player (never past a choice).

use super::{App, Overlay, Screen};
use crate::engine::{Decision, Phase};
use crate::present;
use crossterm::event::KeyCode;

impl App {
    /// Opens the week's briefing over the turn screen. `since` holds the values the player
    /// last saw when quiet weeks were ended at once; `skipped` counts those weeks.
    pub(super) fn brief(&mut self, since: Option<&[i32]>, skipped: u16) {
        let Some(s) = &self.session else { return };
        let b = present::briefing(&s.game, &s.texts, since, skipped, false);
        let lines = b.lines(&s.texts);
        self.overlay = Some(Overlay::Briefing { title: b.title, lines });
    }

    /// A key on the briefing: `n` ends quiet weeks, Enter, Esc and space close it, and any
    /// other key closes it and does what it does on the game screen.
    pub(super) fn briefing_key(&mut self, code: KeyCode) {
        self.overlay = None;
        match code {
            KeyCode::Char('n') => self.skip_quiet(),
            KeyCode::Enter | KeyCode::Esc | KeyCode::Char(' ') => {}
            _ => self.game_key(code),
        }
    }

    /// Ends this week, then every following week in which nothing needs the player, and
    /// opens the briefing of the week that stops it. A week with a choice waiting is never
    /// ended: the engine refuses to end a week before its choices are made.
    pub(super) fn skip_quiet(&mut self) {
        let Some(s) = self.session.as_mut() else { return };
        if s.game.phase() != Phase::Acting {
            return;
        }
        let since = s.game.values().to_vec();
        let limit = s.game.scenario().turns;
        let mut weeks = 0u16;
        while s.apply(Decision::EndTurn).is_ok() {
            weeks += 1;
            if s.game.is_over() || present::needs_player(&s.game) || weeks >= limit {
                break;
            }
        }
        if s.game.is_over() {
            self.overlay = None;
            self.screen = Screen::End { scroll: 0 };
            return;
        }
        if let Screen::Game(v) = &mut self.screen {
            v.picker = None;
            v.sel = 0;
            v.news_sel = 0;
            v.toast = None;
        }
        self.brief(Some(&since), weeks.saturating_sub(1));
        if let Some(s) = self.session.as_mut() {
            s.seen = Some(since);
        }
    }
}
