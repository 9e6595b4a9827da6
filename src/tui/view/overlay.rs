//! Windows over the screen: help, quit confirmation, "why?", notices.

use super::super::app::{App, Overlay};
use super::super::text;
use super::{bidi, block, wrapped};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Clear;

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect { x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h }
}

pub fn draw(app: &mut App, f: &mut Frame, area: Rect) {
    let theme = app.theme;
    let t = app.texts();
    let (title, lines, scroll) = match &app.overlay {
        None => return,
        Some(Overlay::Help { scroll }) => {
            let w = area.width.saturating_sub(8).min(76);
            (t.get("tui-help"), wrapped(&t.get("tui-help-text"), w.saturating_sub(2), theme.text()), *scroll)
        }
        Some(Overlay::Quit { sel }) => {
            let yes = t.get("tui-quit-yes");
            let no = t.get("tui-quit-no");
            let (ys, ns) = if *sel == 0 { (theme.selected(), theme.text()) } else { (theme.text(), theme.selected()) };
            let lines = vec![
                bidi(Line::raw(t.get("tui-quit-question"))),
                Line::raw(""),
                bidi(Line::from(vec![
                    Span::styled(format!(" {yes} "), ys),
                    Span::raw("   "),
                    Span::styled(format!(" {no} "), ns),
                ])),
            ];
            (t.get("tui-quit"), lines, 0)
        }
        Some(Overlay::Why { title, lines, scroll, .. }) => {
            let w = area.width.saturating_sub(6);
            let wrapped_lines: Vec<Line> =
                lines.iter().flat_map(|l| wrapped(l, w.saturating_sub(2), theme.text())).collect();
            (format!("{} — {}", t.get("tui-why"), title), wrapped_lines, *scroll)
        }
        Some(Overlay::Briefing { title, lines }) => {
            let w = area.width.saturating_sub(10).min(70);
            let mut out: Vec<Line> = lines.iter().flat_map(|l| wrapped(l, w.saturating_sub(2), theme.text())).collect();
            out.push(Line::raw(""));
            out.push(bidi(Line::styled(t.get("tui-briefing-keys"), theme.dim())));
            (title.clone(), out, 0)
        }
        Some(Overlay::Result { lines, rows, sel, scroll }) => {
            // The selected signatory's line is highlighted and kept in view; the keys that
            // open "why?" on it close the panel's text.
            let w = area.width.saturating_sub(6);
            let room = area.height.saturating_sub(4) as usize;
            let mut out: Vec<Line> = Vec::new();
            let mut at = 0;
            for (i, l) in lines.iter().enumerate() {
                let style =
                    if i == *sel && rows.get(i).is_some_and(Option::is_some) { theme.selected() } else { theme.text() };
                if i == *sel {
                    at = out.len();
                }
                out.extend(wrapped(l, w.saturating_sub(2), style));
            }
            out.push(Line::raw(""));
            out.push(bidi(Line::styled(t.get("tui-result-keys"), theme.dim())));
            // Scroll so the selection shows, below any marker line above it.
            let scroll = if at < *scroll {
                at.saturating_sub(1)
            } else if at + 2 > *scroll + room {
                at + 2 - room
            } else {
                *scroll
            };
            (t.get("tui-result-title"), out, scroll)
        }
        Some(Overlay::Notice(msg)) => {
            let w = area.width.saturating_sub(10).min(70);
            let mut lines = wrapped(msg, w.saturating_sub(2), theme.text());
            lines.push(Line::raw(""));
            lines.push(bidi(Line::styled(t.get("tui-any-key"), theme.dim())));
            (t.get("tui-notice"), lines, 0)
        }
        Some(Overlay::Diagnostics { lines, scroll }) => {
            // The status in the player's language, then the diagnostics as `check` prints
            // them, left to right.
            let w = area.width.saturating_sub(6) as usize;
            let errors = app.watch.as_ref().map_or(0, |w| w.errors);
            let mut out = wrapped(&t.fmt("reload-errors", &[("count", (errors as i64).into())]), w as u16, theme.bad());
            out.push(Line::raw(""));
            let head = out.len();
            for l in lines {
                // A line too long (a path with its line and column) wraps; the others stay
                // as they are, so a source line and its underline stay aligned.
                let parts = if text::width(l) <= w { vec![l.clone()] } else { text::wrap(l, w) };
                out.extend(parts.into_iter().map(|p| Line::styled(p, theme.text()).left_aligned()));
            }
            out.push(Line::raw(""));
            out.extend(wrapped(&t.get("reload-errors-keys"), w as u16, theme.dim()));
            // The scroll moves the diagnostics; the status stays in view.
            let body: Vec<Line> = out.drain(head..).skip(*scroll).collect();
            out.extend(body);
            (t.get("reload-errors-title"), out, 0)
        }
    };
    let width = match &app.overlay {
        Some(Overlay::Why { .. } | Overlay::Result { .. }) => area.width.saturating_sub(6),
        Some(Overlay::Diagnostics { .. }) => area.width.saturating_sub(4),
        Some(Overlay::Help { .. }) => area.width.saturating_sub(8).min(76),
        _ => area.width.saturating_sub(10).min(70),
    };
    let height = (lines.len() as u16 + 2).min(area.height.saturating_sub(2));
    let r = centered(area, width, height);
    f.render_widget(Clear, r);
    let b = block(&theme, text::fit(&title, width.saturating_sub(4) as usize), true);
    let inner = b.inner(r);
    f.render_widget(b, r);
    let (shown, _) = super::scrolled(app, lines, scroll, inner.height as usize);
    f.render_widget(super::para(shown), inner);
}
