//! The terminal game's state and what each key does. No terminal here: `App` takes key and
//! mouse events and is drawn onto any ratatui backend, so tests drive it with `TestBackend`.

mod export;
mod game;
mod outcome;
mod pacing;
mod reload;

pub use game::blocked_text;
pub use reload::Watch;

use super::session::Session;
use super::theme::Theme;
use crate::content::{Built, Library};
use crate::engine::scenario::ActorIx;
use crate::engine::{Game, Setup, Target};
use crate::i18n::{self, Texts};
use crate::save::{self, Save};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

/// The smallest terminal the game draws in; below it, one line asks for more room.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

/// The most lines the help can scroll (the view stops at its last line).
const HELP_LINES: usize = 60;

pub enum Screen {
    Title {
        sel: usize,
    },
    Setup(SetupState),
    /// The saved games, newest first; `confirm` while asking whether to delete the selected one.
    Load {
        saves: Vec<save::SaveInfo>,
        sel: usize,
        confirm: bool,
    },
    Game(GameView),
    End {
        scroll: usize,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetupStep {
    Scenario,
    Role,
    Difficulty,
    Seed,
}

pub struct SetupState {
    pub step: SetupStep,
    pub scenario: usize,
    pub role: usize,
    pub difficulty: usize,
    pub seed: String,
    pub built: Option<Built>,
    /// A lesson that allows several chairs: only the chair is asked, among those it allows
    /// (`role` indexes its list), and the lesson's game starts from there.
    pub lesson: Option<Box<crate::lesson::Lesson>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Turn,
    Table,
    Log,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Choices,
    News,
    Meters,
}

/// A choice in the turn screen's menu.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Option(u8),
    Action {
        action: u16,
        enabled: bool,
    },
    EndTurn,
    Target(Target),
    /// A wording that cannot be drafted now (already on the table, or its condition fails),
    /// listed so the numbers of the others never move.
    Unavailable(Target),
    Issue(u16),
    Back,
}

/// The steps of choosing an action's target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picker {
    Targets {
        action: u16,
        targets: Vec<Target>,
    },
    Issue {
        action: u16,
        issues: Vec<u16>,
    },
    /// Every wording of the issue, in the pack's order, each with whether it can be drafted.
    Wording {
        action: u16,
        issue: u16,
        wordings: Vec<(Target, bool)>,
    },
}

pub struct GameView {
    pub tab: Tab,
    pub focus: Focus,
    pub sel: usize,
    pub news_sel: usize,
    pub meter_sel: usize,
    pub picker: Option<Picker>,
    pub log_scroll: usize,
    pub table_sel: usize,
    /// The first digit of a two-digit choice, when the menu has ten items or more.
    pub pending: Option<usize>,
    /// What the last action changed, in one line, until the next key.
    pub toast: Option<String>,
}

impl GameView {
    fn new() -> GameView {
        GameView {
            tab: Tab::Turn,
            focus: Focus::Choices,
            sel: 0,
            news_sel: 0,
            meter_sel: 0,
            picker: None,
            log_scroll: 0,
            table_sel: 0,
            pending: None,
            toast: None,
        }
    }
}

pub enum Overlay {
    /// The keys, scrolled by this many lines.
    Help {
        scroll: usize,
    },
    Quit {
        sel: usize,
    },
    Why {
        title: String,
        lines: Vec<String>,
        scroll: usize,
        /// The result panel this "why?" was opened from, given back when it closes.
        back: Option<Box<Overlay>>,
    },
    /// The week's briefing: what changed since the player's last turn, what needs them.
    Briefing {
        title: String,
        lines: Vec<String>,
    },
    /// A proposal's outcome: each signatory's answer and reason, then the verdict.
    Result {
        lines: Vec<String>,
        /// The signatory each line tells, if any: the lines "why?" can open.
        rows: Vec<Option<ActorIx>>,
        /// The selected line (one that tells a signatory).
        sel: usize,
        scroll: usize,
    },
    Notice(String),
    /// The diagnostics of a changed pack that failed to load (`play --watch`), as `check`
    /// prints them, scrolled by this many lines.
    Diagnostics {
        lines: Vec<String>,
        scroll: usize,
    },
}

/// What a mouse click on a region does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    Row(usize),
    Tab(Tab),
    /// An issue's row on the negotiation table.
    Issue(usize),
}

pub struct App {
    pub lib: Arc<Library>,
    pub lang: String,
    pub langs: Vec<String>,
    /// The interface text plus every pack's text, for the title and setup screens.
    pub ui: Texts,
    pub theme: Theme,
    /// `--shape-arabic`: draw Arabic as presentation forms, for terminals that do not join
    /// Arabic letters themselves.
    pub shape_arabic: bool,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    pub session: Option<Session>,
    pub quit: bool,
    /// `--save`: where games save instead of the data folder.
    pub save_override: Option<PathBuf>,
    /// Where "continue" and "load" look for saves.
    pub saves_dir: Option<PathBuf>,
    /// Play on a save whose replay does not reach its recorded state (`--force`).
    pub force: bool,
    pub hits: Vec<(Rect, Hit)>,
    /// "Why?" shows each rule's expression beside its words (`x` in the why view), for
    /// modders.
    pub show_expressions: bool,
    /// `play --watch`: where the packs are read from again when their files change.
    pub watch: Option<Watch>,
}

impl App {
    pub fn new(lib: Arc<Library>, lang: Option<&str>, theme: Theme) -> App {
        let mut langs = i18n::ui_languages();
        for p in &lib.packs {
            for l in p.ftl.keys() {
                if !langs.contains(l) {
                    langs.push(l.clone());
                }
            }
        }
        let lang = i18n::choose_language(lang, &langs);
        let ui = Texts::new(&lang, &all_texts(&lib));
        let mut app = App {
            lib,
            lang,
            langs,
            ui,
            theme,
            shape_arabic: false,
            screen: Screen::Title { sel: 0 },
            overlay: None,
            session: None,
            quit: false,
            save_override: None,
            saves_dir: save::saves_dir(),
            force: false,
            hits: Vec::new(),
            show_expressions: false,
            watch: None,
        };
        app.screen = app.title();
        app
    }

    /// Shows the menus in `lang` (a language the packs or the game have).
    pub fn set_language(&mut self, lang: &str) {
        self.lang = lang.to_string();
        self.ui = Texts::new(&self.lang, &all_texts(&self.lib));
    }

    /// Starts directly in a game (from `--load`, or when scenario and role are given).
    pub fn with_session(mut self, s: Session) -> App {
        self.screen = if s.game.is_over() { Screen::End { scroll: 0 } } else { Screen::Game(GameView::new()) };
        self.session = Some(s);
        self
    }

    pub fn texts(&self) -> &Texts {
        self.session.as_ref().map_or(&self.ui, |s| &s.texts)
    }

    /// The entries of the title menu.
    pub fn title_items(&self) -> Vec<(&'static str, bool)> {
        let has_saves = self.latest_save().is_some();
        vec![
            ("tui-continue", has_saves),
            ("tui-new-game", true),
            ("tui-load", has_saves),
            ("tui-language", true),
            ("tui-help", true),
            ("tui-quit", true),
        ]
    }

    /// The newest game that can be continued: readable and not over.
    pub fn latest_save(&self) -> Option<PathBuf> {
        self.list_saves().into_iter().find(|i| i.save.as_ref().is_ok_and(|s| s.ending.is_none())).map(|i| i.path)
    }

    /// Saves in the data folder, newest first.
    pub fn list_saves(&self) -> Vec<save::SaveInfo> {
        self.saves_dir.as_deref().map_or_else(Vec::new, save::list)
    }

    /// The title screen, with the first item that can be chosen selected.
    pub fn title(&self) -> Screen {
        Screen::Title { sel: self.title_items().iter().position(|(_, enabled)| *enabled).unwrap_or(0) }
    }

    // ----- input -----

    pub fn on_key(&mut self, key: KeyEvent) {
        if key.kind != KeyEventKind::Press {
            return;
        }
        if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
            self.save_and_quit();
            return;
        }
        if self.overlay.is_some() {
            self.overlay_key(key.code);
            return;
        }
        match key.code {
            KeyCode::Char('?') | KeyCode::F(1) => {
                self.overlay = Some(Overlay::Help { scroll: 0 });
                return;
            }
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::ALT) => {
                self.theme = self.theme.cycle();
                return;
            }
            _ => {}
        }
        match &self.screen {
            Screen::Title { .. } => self.title_key(key.code),
            Screen::Setup(_) => self.setup_key(key.code),
            Screen::Load { .. } => self.load_key(key.code),
            Screen::Game(_) => self.game_key(key.code),
            Screen::End { .. } => self.end_key(key.code),
        }
    }

    pub fn on_mouse(&mut self, m: MouseEvent) {
        if m.kind != MouseEventKind::Down(MouseButton::Left) {
            return;
        }
        let pos = Position { x: m.column, y: m.row };
        let Some((_, hit)) = self.hits.iter().rev().find(|(r, _)| r.contains(pos)).copied() else { return };
        match hit {
            Hit::Tab(t) => {
                if let Screen::Game(v) = &mut self.screen {
                    v.tab = t;
                }
            }
            Hit::Issue(i) => {
                if let Screen::Game(v) = &mut self.screen {
                    v.table_sel = i;
                }
            }
            Hit::Row(i) => {
                match &mut self.screen {
                    Screen::Title { sel } | Screen::Load { sel, .. } => *sel = i,
                    Screen::Game(v) => {
                        v.focus = Focus::Choices;
                        v.sel = i;
                    }
                    Screen::Setup(s) => match s.step {
                        SetupStep::Scenario => s.scenario = i,
                        SetupStep::Role => s.role = i,
                        SetupStep::Difficulty => s.difficulty = i,
                        SetupStep::Seed => {}
                    },
                    Screen::End { .. } => {}
                }
                self.on_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
            }
        }
    }

    fn overlay_key(&mut self, code: KeyCode) {
        match self.overlay.as_mut() {
            Some(Overlay::Briefing { .. }) => self.briefing_key(code),
            Some(Overlay::Quit { sel }) => match code {
                KeyCode::Char('y') | KeyCode::Char('q') => self.save_and_quit(),
                KeyCode::Enter if *sel == 0 => self.save_and_quit(),
                KeyCode::Left | KeyCode::Right | KeyCode::Tab | KeyCode::Char('h') | KeyCode::Char('l') => {
                    *sel = 1 - *sel
                }
                _ => self.overlay = None,
            },
            Some(Overlay::Why { .. }) if code == KeyCode::Char('x') => {
                self.show_expressions = !self.show_expressions;
                let Some(Overlay::Why { scroll, back, .. }) = self.overlay.take() else { return };
                match back {
                    Some(back) => {
                        self.overlay = Some(*back);
                        self.answer_why();
                    }
                    None => self.why(),
                }
                if let Some(Overlay::Why { scroll: s, lines, .. }) = &mut self.overlay {
                    *s = scroll.min(lines.len().saturating_sub(1));
                }
            }
            Some(Overlay::Result { .. }) => self.result_key(code),
            Some(Overlay::Why { scroll, lines, back, .. }) => match code {
                KeyCode::Down | KeyCode::Char('j') => *scroll = (*scroll + 1).min(lines.len().saturating_sub(1)),
                KeyCode::Up | KeyCode::Char('k') => *scroll = scroll.saturating_sub(1),
                KeyCode::PageDown => *scroll = (*scroll + 10).min(lines.len().saturating_sub(1)),
                KeyCode::PageUp => *scroll = scroll.saturating_sub(10),
                _ => self.overlay = back.take().map(|b| *b),
            },
            Some(Overlay::Diagnostics { scroll, lines }) => match code {
                KeyCode::Down | KeyCode::Char('j') => *scroll = (*scroll + 1).min(lines.len().saturating_sub(1)),
                KeyCode::Up | KeyCode::Char('k') => *scroll = scroll.saturating_sub(1),
                KeyCode::PageDown => *scroll = (*scroll + 10).min(lines.len().saturating_sub(1)),
                KeyCode::PageUp => *scroll = scroll.saturating_sub(10),
                _ => self.overlay = None,
            },
            Some(Overlay::Help { scroll }) => match code {
                // The window counts the lines below; it stops at the last one.
                KeyCode::Down | KeyCode::Char('j') => *scroll = (*scroll + 1).min(HELP_LINES),
                KeyCode::Up | KeyCode::Char('k') => *scroll = scroll.saturating_sub(1),
                _ => self.overlay = None,
            },
            _ => self.overlay = None,
        }
    }

    fn save_and_quit(&mut self) {
        if let Some(s) = self.session.as_mut()
            && !s.game.is_over()
        {
            let _ = s.save();
        }
        self.quit = true;
    }

    fn ask_quit(&mut self) {
        self.overlay = Some(Overlay::Quit { sel: 0 });
    }

    fn title_key(&mut self, code: KeyCode) {
        let items = self.title_items();
        let Screen::Title { sel } = &mut self.screen else { return };
        match code {
            KeyCode::Up | KeyCode::Char('k') => *sel = sel.checked_sub(1).unwrap_or(items.len() - 1),
            KeyCode::Down | KeyCode::Char('j') | KeyCode::Tab => *sel = (*sel + 1) % items.len(),
            KeyCode::Char(c @ '1'..='6') => {
                *sel = c as usize - '1' as usize;
                self.title_activate();
            }
            KeyCode::Enter => self.title_activate(),
            KeyCode::Char('q') | KeyCode::Esc => self.quit = true,
            _ => {}
        }
    }

    fn title_activate(&mut self) {
        let Screen::Title { sel } = self.screen else { return };
        let (id, enabled) = self.title_items()[sel];
        if !enabled {
            return;
        }
        match id {
            "tui-continue" => {
                if let Some(p) = self.latest_save() {
                    self.load(&p);
                }
            }
            "tui-new-game" => self.screen = Screen::Setup(SetupState::new()),
            "tui-load" => self.screen = Screen::Load { saves: self.list_saves(), sel: 0, confirm: false },
            "tui-language" => {
                let i = self.langs.iter().position(|l| *l == self.lang).unwrap_or(0);
                let next = self.langs[(i + 1) % self.langs.len()].clone();
                self.set_language(&next);
            }
            "tui-help" => self.overlay = Some(Overlay::Help { scroll: 0 }),
            _ => self.quit = true,
        }
    }

    /// Loads a save (or its backup, when the file is damaged, saying so); a problem is
    /// shown, never a crash, and the file is not touched.
    pub fn load(&mut self, path: &std::path::Path) {
        let result = Save::read_or_recover(path).and_then(|(save, recovered)| {
            let (game, built) = if self.force { save.replay(&self.lib)? } else { save.restore(&self.lib, path)? };
            Ok((game, built, save.lang, recovered, save.lesson))
        });
        match result {
            Ok((game, built, lang, recovered, lesson)) => {
                if let Some(r) = recovered {
                    let args = [
                        ("path", path.display().to_string().into()),
                        ("reason", r.reason.into()),
                        ("backup", r.backup.display().to_string().into()),
                    ];
                    let notice = self.ui.fmt("save-recovered", &args);
                    self.overlay = Some(Overlay::Notice(crate::content::text::sanitize(&notice)));
                }
                let chosen = self.langs.contains(&self.lang) || i18n::is_pseudo(&self.lang);
                let lang = if chosen { self.lang.clone() } else { lang };
                let save_path = self.save_override.clone().or(Some(path.to_path_buf()));
                let mut s = Session::new(game, built, lang, save_path);
                s.lesson = lesson;
                self.screen = if s.game.is_over() { Screen::End { scroll: 0 } } else { Screen::Game(GameView::new()) };
                self.session = Some(s);
            }
            Err(e) => self.overlay = Some(Overlay::Notice(crate::content::text::sanitize(&e.to_string()))),
        }
    }

    fn load_key(&mut self, code: KeyCode) {
        let Screen::Load { saves, sel, confirm } = &mut self.screen else { return };
        if *confirm {
            // Only `y` deletes; any other key keeps the save.
            *confirm = false;
            if code == KeyCode::Char('y')
                && let Some(info) = saves.get(*sel)
            {
                match save::delete(&info.path) {
                    Ok(()) => {
                        saves.remove(*sel);
                        *sel = (*sel).min(saves.len().saturating_sub(1));
                    }
                    Err(e) => {
                        let msg = format!("{}: {e}", info.path.display());
                        self.overlay = Some(Overlay::Notice(crate::content::text::sanitize(&msg)));
                    }
                }
            }
            return;
        }
        match code {
            KeyCode::Char('d') | KeyCode::Delete if !saves.is_empty() => *confirm = true,
            KeyCode::Up | KeyCode::Char('k') => *sel = sel.saturating_sub(1),
            KeyCode::Down | KeyCode::Char('j') => *sel = (*sel + 1).min(saves.len().saturating_sub(1)),
            KeyCode::Enter => {
                if let Some(p) = saves.get(*sel).map(|i| i.path.clone()) {
                    self.load(&p);
                }
            }
            KeyCode::Esc | KeyCode::Backspace => self.screen = Screen::Title { sel: 2 },
            KeyCode::Char('q') => self.quit = true,
            _ => {}
        }
    }

    // ----- setup -----

    fn setup_key(&mut self, code: KeyCode) {
        let scenarios = self.lib.scenarios();
        let Screen::Setup(s) = &mut self.screen else { return };
        let count = |s: &SetupState| match s.step {
            SetupStep::Scenario => scenarios.len(),
            SetupStep::Role => match &s.lesson {
                Some(l) => l.roles.len(),
                None => s.built.as_ref().map_or(0, |b| b.scenario.roles.len()),
            },
            SetupStep::Difficulty => s.built.as_ref().map_or(0, |b| b.scenario.difficulties.len()),
            SetupStep::Seed => 0,
        };
        let n = count(s);
        let sel = match s.step {
            SetupStep::Scenario => &mut s.scenario,
            SetupStep::Role => &mut s.role,
            SetupStep::Difficulty => &mut s.difficulty,
            SetupStep::Seed => &mut 0,
        };
        match code {
            KeyCode::Up | KeyCode::Char('k') if n > 0 => *sel = sel.checked_sub(1).unwrap_or(n - 1),
            KeyCode::Down | KeyCode::Char('j') if n > 0 => *sel = (*sel + 1) % n,
            KeyCode::Char(c @ '1'..='9') if s.step != SetupStep::Seed => {
                let i = c as usize - '1' as usize;
                if i < n {
                    *sel = i;
                    self.setup_next();
                }
            }
            KeyCode::Char(c) if s.step == SetupStep::Seed && c.is_ascii_digit() && s.seed.len() < 19 => s.seed.push(c),
            KeyCode::Backspace if s.step == SetupStep::Seed && !s.seed.is_empty() => {
                s.seed.pop();
            }
            KeyCode::Enter => self.setup_next(),
            KeyCode::Esc | KeyCode::Backspace => self.setup_back(),
            KeyCode::Char('q') => self.ask_quit(),
            _ => {}
        }
    }

    fn setup_next(&mut self) {
        let scenarios = self.lib.scenarios();
        let Screen::Setup(s) = &mut self.screen else { return };
        match s.step {
            SetupStep::Scenario => {
                let Some(info) = scenarios.get(s.scenario) else { return };
                let (built, _) = self.lib.build(&info.id);
                match built {
                    Some(b) => {
                        s.difficulty = b.scenario.default_difficulty.unwrap_or(0) as usize;
                        s.built = Some(b);
                        s.role = 0;
                        s.step = SetupStep::Role;
                    }
                    None => self.overlay = Some(Overlay::Notice(self.ui.get("tui-scenario-broken"))),
                }
            }
            SetupStep::Role if s.lesson.is_some() => self.start_lesson(),
            SetupStep::Role => {
                let has_difficulties = s.built.as_ref().is_some_and(|b| !b.scenario.difficulties.is_empty());
                s.step = if has_difficulties { SetupStep::Difficulty } else { SetupStep::Seed };
            }
            SetupStep::Difficulty => s.step = SetupStep::Seed,
            SetupStep::Seed => self.start_game(),
        }
    }

    fn setup_back(&mut self) {
        let Screen::Setup(s) = &mut self.screen else { return };
        if s.lesson.is_some() {
            // Only the chair is asked in a lesson: going back leaves it.
            self.quit = true;
            return;
        }
        s.step = match s.step {
            SetupStep::Scenario => {
                self.screen = Screen::Title { sel: 1 };
                return;
            }
            SetupStep::Role => SetupStep::Scenario,
            SetupStep::Difficulty => SetupStep::Role,
            SetupStep::Seed if s.built.as_ref().is_some_and(|b| !b.scenario.difficulties.is_empty()) => {
                SetupStep::Difficulty
            }
            SetupStep::Seed => SetupStep::Role,
        };
    }

    fn start_game(&mut self) {
        let Screen::Setup(s) = &mut self.screen else { return };
        let Some(built) = s.built.take() else { return };
        let sc = built.scenario.clone();
        let seed = s.seed.parse().unwrap_or_else(|_| clock_seed());
        let difficulty = (!sc.difficulties.is_empty()).then_some(s.difficulty as u16);
        let setup = Setup { role: s.role as u16, seed, difficulty, record: true };
        let game = Game::new(sc.clone(), setup);
        self.begin(game, built, None);
    }

    /// Asks, in the game's own menus, which of a lesson's chairs to take; the lesson's game
    /// starts once one is chosen.
    pub fn choose_lesson_chair(&mut self, built: Built, lesson: crate::lesson::Lesson) {
        let state = SetupState {
            step: SetupStep::Role,
            built: Some(built),
            lesson: Some(Box::new(lesson)),
            ..SetupState::new()
        };
        self.screen = Screen::Setup(state);
    }

    fn start_lesson(&mut self) {
        let Screen::Setup(s) = &mut self.screen else { return };
        let (Some(built), Some(lesson)) = (s.built.take(), s.lesson.take()) else { return };
        let sc = built.scenario.clone();
        let role = lesson.roles[s.role.min(lesson.roles.len() - 1)];
        match crate::lesson::setup::new_game(&sc, &lesson, role, clock_seed()) {
            Ok(game) => {
                let texts = Texts::new(&self.lang, &built.texts);
                let preface = crate::lesson::setup::preface(&lesson, &game, &texts);
                let saved = lesson.saved(&sc, &self.lang);
                self.begin(game, built, Some(saved));
                if !preface.is_empty() {
                    self.overlay = Some(Overlay::Notice(preface.join("\n")));
                }
            }
            Err(e) => {
                s.built = Some(built);
                s.lesson = Some(lesson);
                self.overlay = Some(Overlay::Notice(crate::content::text::sanitize(&e.to_string())));
            }
        }
    }

    /// Opens `game`, saved where the player asked or in a new file of the saves folder.
    fn begin(&mut self, game: Game, built: Built, lesson: Option<crate::save::SavedLesson>) {
        let sc = built.scenario.clone();
        let role = &sc.roles[game.seat() as usize].id;
        let path = self.save_override.clone().or_else(|| save::default_path(&sc.id, role));
        let claimed = match &path {
            Some(p) if self.save_override.is_none() => save::claim(p, true).map_err(|e| e.to_string()),
            _ => Ok(()),
        };
        let mut session = Session::new(game, built, self.lang.clone(), path);
        session.lesson = lesson;
        match claimed {
            Ok(()) => {
                let _ = session.save();
            }
            Err(e) => {
                // Nothing is written where the game may not save; the status line says why.
                session.save_path = None;
                session.save_error = Some(crate::content::text::sanitize(&e));
            }
        }
        self.session = Some(session);
        self.screen = Screen::Game(GameView::new());
    }

    fn end_key(&mut self, code: KeyCode) {
        let Screen::End { scroll } = &mut self.screen else { return };
        match code {
            KeyCode::Down | KeyCode::Char('j') => *scroll += 1,
            KeyCode::Up | KeyCode::Char('k') => *scroll = scroll.saturating_sub(1),
            KeyCode::PageDown => *scroll += 10,
            KeyCode::PageUp => *scroll = scroll.saturating_sub(10),
            KeyCode::Enter | KeyCode::Esc => {
                self.session = None;
                self.screen = Screen::Title { sel: 1 };
            }
            KeyCode::Char('q') => self.quit = true,
            KeyCode::Char('e') => self.export_debrief(),
            _ => {}
        }
    }
}

impl SetupState {
    fn new() -> SetupState {
        SetupState {
            step: SetupStep::Scenario,
            scenario: 0,
            role: 0,
            difficulty: 0,
            seed: String::new(),
            built: None,
            lesson: None,
        }
    }
}

/// Every pack's text by language, for menus before a scenario is chosen.
pub fn all_texts(lib: &Library) -> BTreeMap<String, Vec<(PathBuf, String)>> {
    let mut out: BTreeMap<String, Vec<(PathBuf, String)>> = BTreeMap::new();
    for p in &lib.packs {
        for (lang, files) in &p.ftl {
            for &f in files {
                let file = lib.map.get(f);
                out.entry(lang.clone()).or_default().push((file.path.clone(), file.text.clone()));
            }
        }
    }
    out
}

fn clock_seed() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64 % 1_000_000)
        .unwrap_or(1)
}
