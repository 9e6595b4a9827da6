//! Colours and emphasis. Meaning never rests on colour alone: every coloured mark also has a
//! sign (▲ ▼ ✓ ✗ ■) or a word. `NO_COLOR` turns colour off; high contrast uses only
//! bold, reverse and the terminal's own foreground.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Color,
    NoColor,
    HighContrast,
}

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub mode: Mode,
}

impl Theme {
    /// Colour unless `NO_COLOR` is set (and not empty) or the terminal is `dumb`.
    pub fn from_env() -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
            || std::env::var("TERM").is_ok_and(|t| t == "dumb");
        Theme { mode: if no_color { Mode::NoColor } else { Mode::Color } }
    }

    fn fg(&self, c: Color) -> Style {
        match self.mode {
            Mode::Color => Style::new().fg(c),
            _ => Style::new(),
        }
    }

    pub fn text(&self) -> Style {
        Style::new()
    }

    pub fn dim(&self) -> Style {
        match self.mode {
            Mode::Color => Style::new().fg(Color::DarkGray),
            Mode::NoColor => Style::new().add_modifier(Modifier::DIM),
            Mode::HighContrast => Style::new(),
        }
    }

    pub fn title(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn heading(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    /// The selected line of a list.
    pub fn selected(&self) -> Style {
        match self.mode {
            Mode::Color => Style::new().fg(Color::Black).bg(Color::Cyan).add_modifier(Modifier::BOLD),
            _ => Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
        }
    }

    pub fn key(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn good(&self) -> Style {
        self.fg(Color::Green)
    }

    pub fn bad(&self) -> Style {
        self.fg(Color::Red)
    }

    pub fn warn(&self) -> Style {
        self.fg(Color::Yellow)
    }

    /// A change: green up, red down (with ▲ ▼ written beside it).
    pub fn delta(&self, d: i64) -> Style {
        match d {
            0 => self.dim(),
            d if d > 0 => self.good(),
            _ => self.bad(),
        }
    }

    pub fn border(&self, focused: bool) -> Style {
        match (self.mode, focused) {
            (Mode::Color, true) => Style::new().fg(Color::Cyan),
            (Mode::Color, false) => Style::new().fg(Color::DarkGray),
            (_, true) => Style::new().add_modifier(Modifier::BOLD),
            (_, false) => Style::new(),
        }
    }

    pub fn gauge(&self) -> Style {
        self.fg(Color::Blue)
    }

    pub fn cycle(self) -> Theme {
        Theme {
            mode: match self.mode {
                Mode::Color => Mode::HighContrast,
                Mode::HighContrast => Mode::NoColor,
                Mode::NoColor => Mode::Color,
            },
        }
    }
}
