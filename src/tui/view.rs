//! Drawing: one function per screen, all through the helpers here. Views read the app and
//! the engine; they change nothing but the list of clickable regions.

mod choices;
mod end;
mod lesson;
mod menus;
mod overlay;
mod table;
mod turn;

use super::app::{App, Hit, Item, MIN_HEIGHT, MIN_WIDTH, Screen};
use super::bidi::{self, Flow};
use super::session::Session;
use super::text;
use super::theme::Theme;
use crate::engine::{Game, Report};
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use unicode_segmentation::UnicodeSegmentation;

pub use turn::{meter_rows, news_items};

thread_local! {
    /// The direction and shaping of the frame being drawn; set by [`draw`].
    static FLOW: std::cell::Cell<Flow> = const { std::cell::Cell::new(Flow::LTR) };
}

fn flow() -> Flow {
    FLOW.with(|r| r.get())
}

/// A line of logical-order spans in display order: in a right-to-left language the whole
/// line is one paragraph for the bidi algorithm, each piece keeps its span's style, and the
/// line is right-aligned unless it asked for another alignment. Lines that are wrapped
/// paragraphs come from [`wrapped`] instead, already in display order.
fn bidi(line: Line<'static>) -> Line<'static> {
    let flow = flow();
    if !flow.rtl && !line.spans.iter().any(|s| bidi::needs_bidi(&s.content)) {
        return line;
    }
    let parts: Vec<(&str, Style)> = line.spans.iter().map(|s| (s.content.as_ref(), s.style)).collect();
    let spans: Vec<Span<'static>> =
        bidi::visual_styled(&parts, flow).into_iter().map(|(s, style)| Span::styled(s, style)).collect();
    aligned(Line::from(spans).style(line.style), line.alignment)
}

/// Right-to-left lines are right-aligned unless they ask for another alignment. A span whose
/// unicode-width is less than the cells its clusters take (a lam-alef pair) is split into one
/// span a cluster, so ratatui aligns the line by the cells it really fills.
fn aligned(line: Line<'static>, asked: Option<Alignment>) -> Line<'static> {
    let exact = |s: &Span| s.width() == text::width(&s.content);
    let spans = if line.spans.iter().all(exact) {
        line.spans
    } else {
        let mut spans = Vec::new();
        for s in line.spans {
            if exact(&s) {
                spans.push(s);
            } else {
                spans.extend(s.content.graphemes(true).map(|g| Span::styled(g.to_string(), s.style)));
            }
        }
        spans
    };
    Line { spans, alignment: asked.or(flow().rtl.then_some(Alignment::Right)), style: line.style }
}

/// Draws the whole app.
pub fn draw(app: &mut App, f: &mut Frame) {
    app.hits.clear();
    FLOW.with(|r| r.set(Flow { rtl: app.texts().rtl(), shape: app.shape_arabic }));
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
        // Wrapped, and laid out right to left where the language is; when even that does not
        // fit, the sizes alone ("≥ 80×24 · 20×6"), which every reader can act on.
        let mut lines = wrapped(&msg, area.width, Style::default());
        if lines.len() > area.height as usize {
            let short = format!("≥ {MIN_WIDTH}×{MIN_HEIGHT} · {}×{}", area.width, area.height);
            lines = vec![Line::raw(text::fit(&short, area.width as usize))];
        }
        lines.truncate(area.height as usize);
        f.render_widget(Paragraph::new(lines), area);
        clean_cells(f.buffer_mut());
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
    clean_cells(f.buffer_mut());
}

/// The terminal game's output boundary: no cell may hold a control, escape, bidi or
/// invisible character, whatever text was drawn into it (ratatui passes some of them
/// through to the terminal).
pub fn clean_cells(buf: &mut ratatui::buffer::Buffer) {
    for cell in buf.content.iter_mut() {
        if cell.symbol().chars().any(crate::output::is_unsafe) {
            let cleaned = crate::output::clean(cell.symbol());
            cell.set_symbol(if cleaned.is_empty() { " " } else { &cleaned });
        }
    }
}

/// A paragraph of lines already in display order (from [`wrapped`] or [`bidi`]).
fn para(lines: Vec<Line<'static>>) -> Paragraph<'static> {
    Paragraph::new(lines)
}

/// A bordered block with a title.
fn block<'a>(theme: &Theme, title: String, focused: bool) -> Block<'a> {
    Block::default().borders(Borders::ALL).border_style(theme.border(focused)).title(bidi(Line::from(Span::styled(
        format!(" {title} "),
        if focused { theme.title() } else { theme.heading() },
    ))))
}

/// Wraps text into lines of the given width, all in one style, in display order: levels are
/// resolved over each whole paragraph before its lines are reordered.
fn wrapped(text: &str, width: u16, style: Style) -> Vec<Line<'static>> {
    bidi::wrap(text, width as usize, flow()).into_iter().map(|l| aligned(Line::styled(l, style), None)).collect()
}

/// A list of rows (lines in display order) with one selected, scrolled so the selection
/// shows whole; rows cut off above or below are counted on a marker line ("▲ 3 more",
/// "▼ 9 more"); registers clicks.
fn list(app: &mut App, f: &mut Frame, area: Rect, rows: &[Vec<Line<'static>>], sel: usize, focused: bool) {
    let theme = app.theme;
    let height = area.height as usize;
    if rows.is_empty() || height == 0 {
        return;
    }
    let sel = sel.min(rows.len() - 1);
    let window = scroll_window(&rows.iter().map(Vec::len).collect::<Vec<_>>(), sel, height);
    let mut y = area.y;
    let bottom = area.y + area.height;
    let t = app.texts();
    let marker = |id: &str, count: usize| {
        let text = t.fmt(id, &[("count", (count as i64).into())]);
        Paragraph::new(bidi(Line::styled(text::fit(&text, area.width as usize), theme.dim())))
    };
    let above = (window.start > 0).then(|| marker("tui-more-above", window.start));
    let below = (window.end < rows.len()).then(|| marker("tui-more-below", rows.len() - window.end));
    if let Some(p) = above {
        f.render_widget(p, Rect { x: area.x, y, width: area.width, height: 1 });
        y += 1;
    }
    let last_y = if window.end < rows.len() { bottom - 1 } else { bottom };
    // Whole rows of the window, then as much of the next row as the room left holds (it
    // is still counted on the marker).
    for (i, row) in rows.iter().enumerate().take(window.end + 1).skip(window.start) {
        for (k, line) in row.iter().enumerate() {
            if y >= last_y {
                break;
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
    if let Some(p) = below {
        f.render_widget(p, Rect { x: area.x, y: bottom - 1, width: area.width, height: 1 });
    }
}

/// Which rows (`start..end`) a list of rows of these heights shows in `height` lines with
/// `sel` among them, leaving a line for each marker of rows cut off above or below. Only
/// whole rows are shown, but for a selected row taller than the room, which shows its start.
pub fn scroll_window(heights: &[usize], sel: usize, height: usize) -> std::ops::Range<usize> {
    let n = heights.len();
    if n == 0 || height == 0 {
        return 0..0;
    }
    let sel = sel.min(n - 1);
    if heights.iter().sum::<usize>() <= height {
        return 0..n;
    }
    // The rows that fit from `start`, with a line kept for the markers that will show.
    let fit = |start: usize| {
        let room = height.saturating_sub((start > 0) as usize);
        let mut used = 0;
        let mut end = start;
        while end < n && used + heights[end] <= room {
            used += heights[end];
            end += 1;
        }
        if end < n {
            // A marker below: drop rows until it has its line.
            while end > start && used + 1 > room {
                end -= 1;
                used -= heights[end];
            }
        }
        end
    };
    let mut start = 0;
    while start < sel && fit(start) <= sel {
        start += 1;
    }
    let end = fit(start).max(start + 1).min(n);
    start..end
}

/// The lines of a scrolled text that fit in `room` lines from `scroll` (clamped so the last
/// line can show, and returned), with the lines above and below counted on a marker line
/// at the top and bottom, as in every list.
fn scrolled(app: &App, lines: Vec<Line<'static>>, scroll: usize, room: usize) -> (Vec<Line<'static>>, usize) {
    let (t, theme) = (app.texts(), app.theme);
    let total = lines.len();
    let scroll = if total <= room { 0 } else { scroll.min(total.saturating_sub(room.saturating_sub(1))) };
    let above = scroll > 0;
    let after = |take: usize| total.saturating_sub(scroll + take);
    let mut take = room.saturating_sub(above as usize);
    if after(take) > 0 {
        take = take.saturating_sub(1);
    }
    let marker = |id: &str, n: usize| bidi(Line::styled(t.fmt(id, &[("count", (n as i64).into())]), theme.dim()));
    let mut shown = Vec::new();
    if above {
        shown.push(marker("tui-more-above", scroll));
    }
    let below = after(take);
    shown.extend(lines.into_iter().skip(scroll).take(take));
    if below > 0 {
        shown.push(marker("tui-more-below", below));
    }
    (shown, scroll)
}

/// The key hints line at the bottom of every screen. When they do not all fit, the last
/// two (help and quit, where a screen has them) are kept and the others fill what is left.
fn hints(app: &App, f: &mut Frame, area: Rect, ids: &[&str]) {
    let t = app.texts();
    // The number keys reach as far as the menu's numbers go.
    let last = app.items().iter().filter(|i| !matches!(i, Item::EndTurn | Item::Back)).count();
    let parts: Vec<(String, String)> = ids
        .iter()
        .filter(|id| **id != "tui-key-choose" || last > 0)
        .map(|id| {
            let s = match &app.screen {
                // The first digit of two is typed: the footer says what completes it.
                Screen::Game(v) if *id == "tui-key-choose" && v.pending.is_some() => {
                    t.fmt("tui-key-second-digit", &[("first", v.pending.unwrap_or(0).to_string().into())])
                }
                _ if *id == "tui-key-choose" => t.fmt(id, &[("last", last.to_string().into())]),
                _ => t.get(id),
            };
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
            Report::Changed { before, after, .. } => theme.delta(crate::present::delta(*before, *after)),
            _ => theme.dim(),
        };
        out.extend(wrapped(&text, width, style));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::scroll_window;

    #[test]
    fn the_window_shows_the_selection_and_keeps_lines_for_its_markers() {
        // Everything fits: no markers.
        assert_eq!(scroll_window(&[1, 1, 1], 2, 3), 0..3);
        // Seventeen one-line rows in seven lines: six rows and a marker below …
        let rows = [1; 17];
        assert_eq!(scroll_window(&rows, 0, 7), 0..6);
        // … then a marker above and below around the selection …
        let w = scroll_window(&rows, 10, 7);
        assert!(w.contains(&10) && w.len() == 5, "{w:?}");
        // … and at the end a marker above only.
        assert_eq!(scroll_window(&rows, 16, 7), 11..17);
        // Tall rows: the selected one is whole.
        assert_eq!(scroll_window(&[3, 3, 3, 3], 2, 5), 2..3);
        // A selected row taller than the room still shows its start.
        assert_eq!(scroll_window(&[1, 9, 1], 1, 4), 1..2);
        assert_eq!(scroll_window(&[], 0, 4), 0..0);
    }
}
