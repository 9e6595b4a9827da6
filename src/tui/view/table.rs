//! The negotiation table: issues × parties, what is on the table, where each party stands
//! (as far as the role can see), red lines, the gap, and support for the whole package.

use super::super::app::{App, Screen};
use super::super::text;
use super::block;
use crate::engine::report::ids;
use crate::present;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Row, Table};

pub fn table(app: &mut App, f: &mut Frame, area: Rect) {
    let Some(s) = &app.session else { return };
    let Screen::Game(v) = &app.screen else { return };
    let (g, t, theme) = (&s.game, &s.texts, app.theme);
    let sc = g.scenario();
    let parties: Vec<u16> = (0..sc.actors.len() as u16).filter(|&a| sc.actors[a as usize].accept.is_some()).collect();
    let b = block(&theme, t.get("tui-tab-table"), true);
    let inner = b.inner(area);
    f.render_widget(b, area);
    let [grid, foot] = Layout::vertical([Constraint::Min(3), Constraint::Length(4)]).areas(inner);

    // Column widths in cells: the issue and the wording get most; parties share the rest.
    let total = grid.width.saturating_sub(parties.len() as u16 + 3);
    let gap_w = 5u16;
    let longest_word = parties
        .iter()
        .flat_map(|&a| present::actor(g, t, a).split(' ').map(text::width).collect::<Vec<_>>())
        .max()
        .unwrap_or(6) as u16;
    let party_w = (longest_word + 1).clamp(7, 16).min(total / (parties.len() as u16 + 3).max(1));
    let rest = total.saturating_sub(gap_w + party_w * parties.len() as u16);
    let issue_w = rest * 2 / 5;
    let option_w = rest - issue_w;
    let cell = |text: String, w: u16| {
        let lines = super::wrapped(&text, w, Style::default());
        let h = lines.len().clamp(1, 3) as u16;
        (Cell::from(lines.into_iter().take(3).collect::<Vec<_>>()), h)
    };
    let mut header = vec![
        Cell::from(super::bidi(Line::raw(t.get("tui-issue")))),
        Cell::from(super::bidi(Line::raw(t.get("tui-on-table")))),
    ];
    let mut header_h = 1;
    for &a in &parties {
        let (c, h) = cell(present::actor(g, t, a), party_w);
        header_h = header_h.max(h);
        header.push(c);
    }
    header.push(Cell::from(t.get("tui-gap")));
    let sel = v.table_sel.min(sc.issues.len().saturating_sub(1));
    let rows: Vec<Row> = (0..sc.issues.len() as u16)
        .map(|i| {
            let (issue_cell, h1) = cell(t.msg(&ids::issue(sc, i)), issue_w);
            let mut cells = vec![issue_cell];
            let on_table = g.table(i);
            let label = match (g.signed(i), on_table) {
                (Some((o, amb)), Some(tb)) if tb == (o, amb) => {
                    format!("✓ {}", present::option_label(g, t, i, o, amb))
                }
                (_, Some((o, amb))) => present::option_label(g, t, i, o, amb),
                (_, None) => format!("— {}", t.get("issue-open")),
            };
            let (label_cell, h2) = cell(label, option_w);
            cells.push(label_cell);
            let mut seen = Vec::new();
            for &a in &parties {
                let cell = match on_table {
                    None => Span::styled("·", theme.dim()),
                    Some((o, amb)) => {
                        let red = g.option_red_line_seen(i, o, a) == Some(true);
                        match g.stance_seen(i, o, amb, a) {
                            Some((val, exact)) => {
                                seen.push(val);
                                let text =
                                    format!("{}{val:+}{}", if exact { "" } else { "≈" }, if red { " ✗" } else { "" });
                                Span::styled(text, if red { theme.bad() } else { theme.delta(i64::from(val)) })
                            }
                            None if red => Span::styled("✗", theme.bad()),
                            None => Span::styled("?", theme.dim()),
                        }
                    }
                };
                cells.push(Cell::from(cell));
            }
            let gap = match (seen.iter().max(), seen.iter().min()) {
                (Some(hi), Some(lo)) if seen.len() > 1 => format!("{}", hi - lo),
                _ => "·".to_string(),
            };
            cells.push(Cell::from(gap));
            let row = Row::new(cells).height(h1.max(h2));
            if i as usize == sel { row.style(theme.selected()) } else { row }
        })
        .collect();
    let mut widths = vec![Constraint::Length(issue_w), Constraint::Length(option_w)];
    widths.extend(parties.iter().map(|_| Constraint::Length(party_w)));
    widths.push(Constraint::Length(gap_w));
    let table =
        Table::new(rows, widths).header(Row::new(header).style(theme.heading()).height(header_h)).column_spacing(1);
    f.render_widget(table, grid);

    // Support for the whole package, and how to act on it.
    let mut parts = Vec::new();
    for &a in &parties {
        if let Some((val, exact)) = g.support_seen(a) {
            let red = g.red_line_seen(a) == Some(true);
            let mark = if red { format!(" ✗ {}", t.get("red-line")) } else { String::new() };
            parts.push(format!("{} {}{val}{mark}", present::actor(g, t, a), if exact { "" } else { "≈" }));
        }
    }
    let mut lines = vec![super::bidi(Line::from(Span::styled(
        t.fmt("support-line", &[("parts", parts.join(" · ").into())]),
        theme.text(),
    )))];
    lines.push(super::bidi(Line::styled(t.get("tui-table-help"), theme.dim())));
    f.render_widget(super::para(lines), foot);
}
