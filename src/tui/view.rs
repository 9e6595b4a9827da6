//! Drawing: one function per screen, all through the helpers here. Views read the app and
//! the engine; they change nothing but the list of clickable regions.

mod end;
mod menus;
mod overlay;
mod table;
mod turn;

use super::app::{App, Hit, MIN_HEIGHT, MIN_WIDTH, Screen};
use super::session::Session;
use super::text;
use super::theme::Theme;
use crate::engine::{Game, Report};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

pub use turn::{meter_rows, news_items};

/// Draws the whole app.
pub fn draw(app: &mut App, f: &mut Frame) {
    app.hits.clear();
    let area = f.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let msg = app.texts().fmt(
            "tui-too-small",
            &[
                ("width", (MIN_WIDTH as i64).into()),
                ("height", (MIN_HEIGHT as i64).into()),
                ("w", (area.width as i64).into()),
                ("h", (area.height as i64).into()),
            ],
        );
        if area.height > 0 {
            let line = text::fit(&msg, area.width as usize);
            f.render_widget(Paragraph::new(line), Rect { height: 1, ..area });
        }
        return;
    }
    match &app.screen {
        Screen::Title { .. } => menus::title(app, f, area),
        Screen::Setup(_) => menus::setup(app, f, area),
        Screen::Load { .. } => menus::load(app, f, area),
        Screen::Game(_) => turn::game(app, f, area),
        Screen::End { .. } => end::end(app, f, area),
    }
    overlay::draw(app, f, area);
}

/// A bordered block with a title.
fn block<'a>(theme: &Theme, title: String, focused: bool) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border(focused))
        .title(Span::styled(format!(" {title} "), if focused { theme.title() } else { theme.heading() }))
}

/// Wraps text into lines of the given width, all in one style.
fn wrapped(text: &str, width: u16, style: Style) -> Vec<Line<'static>> {
    text::wrap(text, width as usize).into_iter().map(|l| Line::styled(l, style)).collect()
}

/// A list of rows with one selected, scrolled so the selection shows; registers clicks.
fn list(app: &mut App, f: &mut Frame, area: Rect, rows: &[Vec<Line<'static>>], sel: usize, focused: bool) {
    let theme = app.theme;
    let height = area.height as usize;
    if rows.is_empty() || height == 0 {
        return;
    }
    let sel = sel.min(rows.len() - 1);
    // Scroll so the selected row is visible.
    let mut start = 0;
    loop {
        let used: usize = rows[start..=sel.max(start)].iter().map(|r| r.len()).sum();
        if used <= height || start >= sel {
            break;
        }
        start += 1;
    }
    let mut y = area.y;
    for (i, row) in rows.iter().enumerate().skip(start) {
        for (k, line) in row.iter().enumerate() {
            if y >= area.y + area.height {
                return;
            }
            let r = Rect { x: area.x, y, width: area.width, height: 1 };
            let mut line = line.clone();
            if i == sel && focused {
                line = line.style(theme.selected());
            }
            f.render_widget(Paragraph::new(line), r);
            if k == 0 || row.len() > 1 {
                app.hits.push((r, Hit::Row(i)));
            }
            y += 1;
        }
    }
}

/// The key hints line at the bottom of every screen.
fn hints(app: &App, f: &mut Frame, area: Rect, ids: &[&str]) {
    let t = app.texts();
    let mut spans = Vec::new();
    for id in ids {
        let s = t.get(id);
        let (key, rest) = s.split_once(' ').unwrap_or((&s, ""));
        spans.push(Span::styled(key.to_string(), app.theme.key()));
        spans.push(Span::raw(format!(" {rest}  ")));
    }
    let line = Line::from(spans);
    f.render_widget(Paragraph::new(line), area);
}

/// The text of news items of a turn, for the news pane and the log.
fn news_lines(game: &Game, s: &Session, reports: &[Report], width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for r in reports {
        let Some(text) = crate::present::news(game, &s.texts, r) else { continue };
        let style = match r {
            Report::TurnBegan { .. } => theme.heading(),
            Report::Event { .. } => theme.text(),
            Report::Changed { before, after, .. } => theme.delta(after - before),
            _ => theme.dim(),
        };
        for line in text::wrap(&text, width as usize) {
            out.push(Line::styled(line, style));
        }
    }
    out
}
