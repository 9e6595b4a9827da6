//! The negotiation table: issues × parties, what is on the table, where each party stands
//! (as far as the role can see), red lines, the gap, and support for the whole package with
//! what each party needs. Rows scroll under the selection with "▲ n more" / "▼ n more"
//! markers; in a right-to-left language the columns are mirrored (the issue at the right,
//! the gap at the left) and every cell is cut at its logical end.

use super::super::app::{App, Hit, Screen};
use super::super::text;
use super::{block, scroll_window, wrapped};
use crate::engine::Game;
use crate::engine::report::ids;
use crate::engine::scenario::ActorIx;
use crate::i18n::Texts;
use crate::present;
use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Row, Table};

/// One party's support as the role sees it, with a red-line mark and the support it needs:
/// "Israel ≈+20 (needs 25)".
pub fn support_part(g: &Game, t: &Texts, a: ActorIx, support: i32, exact: bool, red: bool, needs: bool) -> String {
    let value = format!("\u{2066}{}{support:+}\u{2069}", if exact { "" } else { "≈" });
    let mut mark = if red { format!(" ✗ {}", t.get("red-line")) } else { String::new() };
    mark.push_str(&present::not_needed_mark(g, t, a));
    let name = present::actor(g, t, a);
    match g.support_needed(a) {
        Some(need) if needs && a != g.actor() => {
            let part = t.fmt(
                "support-need",
                &[
                    ("actor", name.into()),
                    ("support", value.into()),
                    ("need", format!("\u{2066}{need:+}\u{2069}").into()),
                ],
            );
            format!("{part}{mark}")
        }
        _ => format!("{name} {value}{mark}"),
    }
}

/// A cell of at most three wrapped lines at `w` cells: the text is cut at its logical end
/// (the lines that do not fit are dropped) and each line is in display order.
fn cell(s: &str, w: u16, style: Style) -> (Cell<'static>, u16) {
    let lines = cut(s, w, 3, style);
    let h = lines.len().max(1) as u16;
    (Cell::from(lines), h)
}

/// `s` wrapped to `w` in at most `keep` lines, cut after the last with an ellipsis where the
/// words stop.
fn cut(s: &str, w: u16, keep: usize, style: Style) -> Vec<Line<'static>> {
    let logical = text::wrap(s, w as usize);
    if logical.len() <= keep || keep == 0 {
        return wrapped(s, w, style);
    }
    let last = text::fit(&format!("{}…", logical[keep - 1]), w as usize);
    let kept = if keep > 1 { format!("{} {last}", logical[..keep - 1].join(" ")) } else { last };
    let mut lines = wrapped(&kept, w, style);
    lines.truncate(keep);
    lines
}

/// A wording's cell with who tabled it on its own last lines (at most two), so that the note
/// shows however long the wording is (the wording is cut first, to one line at least).
fn noted_cell(s: &str, note: &str, w: u16, style: Style, note_style: Style) -> (Cell<'static>, u16) {
    let mut note_lines = cut(note, w, 2, note_style);
    let mut lines = cut(s, w, 3 - note_lines.len().min(2), style);
    lines.append(&mut note_lines);
    let h = lines.len().max(1) as u16;
    (Cell::from(lines), h)
}

pub fn table(app: &mut App, f: &mut Frame, area: Rect) {
    let Some(s) = &app.session else { return };
    let Screen::Game(v) = &app.screen else { return };
    let (g, t, theme) = (&s.game, &s.texts, app.theme);
    let rtl = t.rtl();
    let sc = g.scenario();
    let parties = present::signatories(g);
    let b = block(&theme, t.get("tui-tab-table"), true);
    let inner = b.inner(area);
    f.render_widget(b, area);

    // Support for the whole package, with each party's need, and how to act on it: wrapped,
    // never cut.
    let mut parts = Vec::new();
    for &a in &parties {
        if let Some((val, exact)) = g.support_seen(a) {
            parts.push(support_part(g, t, a, val, exact, g.red_line_seen(a) == Some(true), true));
        }
    }
    let mut foot_lines =
        wrapped(&t.fmt("support-line", &[("parts", parts.join(" · ").into())]), inner.width, theme.text());
    foot_lines.extend(wrapped(&t.get("tui-table-help"), inner.width, theme.dim()));
    let foot_h = (foot_lines.len() as u16).min(inner.height.saturating_sub(4));
    let [grid, foot] = Layout::vertical([Constraint::Min(3), Constraint::Length(foot_h)]).areas(inner);
    f.render_widget(super::para(foot_lines), foot);

    // Column widths in cells: the issue and the wording get most; parties share the rest.
    let total = grid.width.saturating_sub(parties.len() as u16 + 3);
    // The gap's column fits its heading on one line (at most eight cells).
    let gap_w = (text::width(&t.get("tui-gap")) as u16).clamp(5, 8);
    let longest_word = parties
        .iter()
        .flat_map(|&a| present::actor(g, t, a).split(' ').map(text::width).collect::<Vec<_>>())
        .max()
        .unwrap_or(6) as u16;
    // A party's column holds its whole name when the issues' names still fit beside it,
    // else its longest word.
    let n = parties.len() as u16;
    let longest_name = parties.iter().map(|&a| text::width(&present::actor(g, t, a))).max().unwrap_or(6) as u16;
    let longest_issue =
        (0..sc.issues.len() as u16).map(|i| text::width(&t.msg(&ids::issue(sc, i)))).max().unwrap_or(0) as u16;
    let fits = |w: u16| total.saturating_sub(gap_w + w * n) * 2 / 5 >= longest_issue;
    let wanted = if fits(longest_name + 1) { longest_name + 1 } else { longest_word + 1 };
    let party_w = wanted.clamp(7, 26).min(total / (n + 3).max(1));
    let rest = total.saturating_sub(gap_w + party_w * parties.len() as u16);
    let issue_w = rest * 2 / 5;
    let option_w = rest - issue_w;

    let heading = theme.heading();
    let mut header = vec![cell(&t.get("tui-issue"), issue_w, heading), cell(&t.get("tui-on-table"), option_w, heading)];
    for &a in &parties {
        header.push(cell(&present::actor(g, t, a), party_w, heading));
    }
    header.push(cell(&t.get("tui-gap"), gap_w, heading));
    let header_h = header.iter().map(|c| c.1).max().unwrap_or(1);

    let sel = v.table_sel.min(sc.issues.len().saturating_sub(1));
    let rows: Vec<(Vec<Cell<'static>>, u16)> = (0..sc.issues.len() as u16)
        .map(|i| {
            let (issue_cell, h1) = cell(&t.msg(&ids::issue(sc, i)), issue_w, Style::default());
            let mut cells = vec![issue_cell];
            let on_table = g.table(i);
            let label = match (g.signed(i), on_table) {
                (Some((o, amb)), Some(tb)) if tb == (o, amb) => {
                    format!("✓ {}", present::option_label(g, t, i, o, amb))
                }
                (_, Some((o, amb))) => present::option_label(g, t, i, o, amb),
                (_, None) => match present::issue_waits(g, t, i) {
                    Some(waits) => format!("— {}, {waits}", t.get("issue-open")),
                    None => format!("— {}", t.get("issue-open")),
                },
            };
            let (label_cell, h2) = match present::author_note(g, t, i).filter(|_| on_table.is_some()) {
                Some(note) => noted_cell(&label, &note, option_w, Style::default(), theme.dim()),
                None => cell(&label, option_w, Style::default()),
            };
            cells.push(label_cell);
            let mut seen = Vec::new();
            for &a in &parties {
                let span = match on_table {
                    None => Span::styled("·", theme.dim()),
                    Some((o, amb)) => {
                        let red = g.option_red_line_seen(i, o, amb, a) == Some(true);
                        match g.stance_seen(i, o, amb, a) {
                            Some((val, exact)) => {
                                seen.push(val);
                                let text = format!(
                                    "\u{2066}{}{val:+}\u{2069}{}",
                                    if exact { "" } else { "≈" },
                                    if red { " ✗" } else { "" }
                                );
                                Span::styled(text, if red { theme.bad() } else { theme.delta(i64::from(val)) })
                            }
                            None if red => Span::styled("✗", theme.bad()),
                            None => Span::styled("?", theme.dim()),
                        }
                    }
                };
                cells.push(Cell::from(super::bidi(Line::from(span))));
            }
            let gap = match (seen.iter().max(), seen.iter().min()) {
                (Some(hi), Some(lo)) if seen.len() > 1 => format!("{}", hi - lo),
                _ => "·".to_string(),
            };
            cells.push(Cell::from(super::bidi(Line::raw(gap))));
            (cells, h1.max(h2))
        })
        .collect();

    // The rows that fit under the header with the selection among them.
    let heights: Vec<usize> = rows.iter().map(|r| r.1 as usize).collect();
    let room = grid.height.saturating_sub(header_h) as usize;
    let window = scroll_window(&heights, sel, room);
    let marker = |id: &str, count: usize| {
        let text = t.fmt(id, &[("count", (count as i64).into())]);
        let mut cells: Vec<Cell<'static>> = vec![Cell::from(""); parties.len() + 3];
        cells[0] = Cell::from(super::bidi(Line::styled(text::fit(&text, issue_w as usize), theme.dim())));
        (cells, 1u16)
    };
    let mut shown: Vec<(Vec<Cell<'static>>, u16, bool)> = Vec::new();
    let mut y = grid.y + header_h;
    if window.start > 0 {
        let (c, h) = marker("tui-more-above", window.start);
        shown.push((c, h, false));
        y += 1;
    }
    let end = window.end;
    // Each drawn issue row can be clicked.
    let mut hits = Vec::new();
    for (i, (c, h)) in rows.into_iter().enumerate().take(end).skip(window.start) {
        let height = h.min((grid.y + grid.height).saturating_sub(y));
        hits.push((Rect { x: grid.x, y, width: grid.width, height }, Hit::Issue(i)));
        y += h;
        shown.push((c, h, i == sel));
    }
    if end < sc.issues.len() {
        let (c, h) = marker("tui-more-below", sc.issues.len() - end);
        shown.push((c, h, false));
    }

    let mut widths = vec![Constraint::Length(issue_w), Constraint::Length(option_w)];
    widths.extend(parties.iter().map(|_| Constraint::Length(party_w)));
    widths.push(Constraint::Length(gap_w));
    let mut header: Vec<Cell<'static>> = header.into_iter().map(|c| c.0).collect();
    // Right to left: the issue at the right, the gap at the left.
    if rtl {
        widths.reverse();
        header.reverse();
    }
    let rows: Vec<Row> = shown
        .into_iter()
        .map(|(mut cells, h, selected)| {
            if rtl {
                cells.reverse();
            }
            let row = Row::new(cells).height(h);
            if selected { row.style(theme.selected()) } else { row }
        })
        .collect();
    let flex = if rtl { Flex::End } else { Flex::Start };
    let table = Table::new(rows, widths).header(Row::new(header).height(header_h)).column_spacing(1).flex(flex);
    f.render_widget(table, grid);
    app.hits.extend(hits);
}
