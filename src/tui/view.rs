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

thread_local! {
    /// Whether the frame being drawn is in a right-to-left language; set by [`draw`].
    static RTL: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn rtl() -> bool {
    RTL.with(|r| r.get())
}

/// A line in display order: in a right-to-left language its spans run from the right,
/// each reordered by the bidi algorithm, and the line is right-aligned.
fn bidi(line: Line<'static>) -> Line<'static> {
    let rtl = rtl();
    let needs = rtl || line.spans.iter().any(|s| s.content.chars().any(|c| ('\u{0590}'..='\u{08ff}').contains(&c)));
    if !needs {
        return line;
    }
    let mut spans: Vec<Span<'static>> =
        line.spans.into_iter().map(|s| Span::styled(super::bidi::visual(&s.content, rtl), s.style)).collect();
    if rtl {
        spans.reverse();
        Line::from(spans).style(line.style).right_aligned()
    } else {
        Line::from(spans).style(line.style)
    }
}

/// Draws the whole app.
pub fn draw(app: &mut App, f: &mut Frame) {
    app.hits.clear();
    RTL.with(|r| r.set(app.texts().rtl()));
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

/// A paragraph of logical-order lines, drawn in display order.
fn para(lines: Vec<Line<'static>>) -> Paragraph<'static> {
    Paragraph::new(lines.into_iter().map(bidi).collect::<Vec<_>>())
}

/// A bordered block with a title.
fn block<'a>(theme: &Theme, title: String, focused: bool) -> Block<'a> {
    Block::default().borders(Borders::ALL).border_style(theme.border(focused)).title(bidi(Line::from(Span::styled(
        format!(" {title} "),
        if focused { theme.title() } else { theme.heading() },
    ))))
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
            let mut line = bidi(line.clone());
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

/// The key hints line at the bottom of every screen. When they do not all fit, the last
/// two (help and quit, where a screen has them) are kept and the others fill what is left.
fn hints(app: &App, f: &mut Frame, area: Rect, ids: &[&str]) {
    let t = app.texts();
    let parts: Vec<(String, String)> = ids
        .iter()
        .map(|id| {
            let s = t.get(id);
            let (key, rest) = s.split_once(' ').unwrap_or((&s, ""));
            (key.to_string(), format!(" {rest}  "))
        })
        .collect();
    let width = |p: &(String, String)| text::width(&p.0) + text::width(&p.1);
    let keep = parts.len().min(2);
    let mut room = (area.width as usize).saturating_sub(parts[parts.len() - keep..].iter().map(width).sum());
    let mut shown: Vec<&(String, String)> = Vec::new();
    for p in &parts[..parts.len() - keep] {
        if width(p) <= room {
            room -= width(p);
            shown.push(p);
        }
    }
    shown.extend(&parts[parts.len() - keep..]);
    let mut spans = Vec::new();
    for (key, rest) in shown {
        spans.push(Span::styled(key.clone(), app.theme.key()));
        spans.push(Span::raw(rest.clone()));
    }
    let line = bidi(Line::from(spans));
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
