//! The game screen: header and tabs, meters with gauges and sparklines, this week's news,
//! and the current event's options or the action menu.

use super::super::app::{App, Focus, Hit, Screen, Tab};
use super::super::session::Session;
use super::super::text;
use super::{bidi, block, hints, list, news_lines};
use crate::engine::report::ids;
use crate::engine::scenario::{ActorIx, SlotName};
use crate::engine::{Game, Phase, Report};
use crate::present;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// A meter, actor meter or trust line as the role sees it.
pub struct MeterRow {
    pub slot: u32,
    pub min: i32,
    pub max: i32,
    pub trust: bool,
    /// Rows of one actor meter, or of one actor's trust, share a group.
    pub group: Group,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    None,
    Meter(u16),
    TrustFrom(ActorIx),
}

/// The rows of the meters panel: visible meters (per shown actor), then the trust the role
/// sees (its view's pairs).
pub fn meter_rows(g: &Game) -> Vec<MeterRow> {
    let sc = g.scenario();
    let mut rows = Vec::new();
    for (m, meter) in sc.meters.iter().enumerate() {
        if !g.role().view.meters[m] {
            continue;
        }
        match &meter.actors {
            None => rows.push(MeterRow {
                slot: meter.slot,
                min: meter.min,
                max: meter.max,
                trust: false,
                group: Group::None,
            }),
            Some(list) => rows.extend(list.iter().map(|&a| MeterRow {
                slot: meter.slot + a as u32,
                min: meter.min,
                max: meter.max,
                trust: false,
                group: Group::Meter(m as u16),
            })),
        }
    }
    for &(a, b) in &g.role().view.trust {
        rows.push(MeterRow { slot: sc.layout.trust(a, b), min: 0, max: 100, trust: true, group: Group::TrustFrom(a) });
    }
    rows
}

/// This turn's news items, each with the changes it caused.
pub fn news_items(s: &Session) -> Vec<(Report, Vec<Report>)> {
    let mut items: Vec<(Report, Vec<Report>)> = Vec::new();
    for r in s.turn_reports() {
        match r {
            Report::Changed { .. } => {
                if let Some(last) = items.last_mut() {
                    last.1.push(r.clone());
                }
            }
            _ if present::news(&s.game, &s.texts, r).is_some() => items.push((r.clone(), Vec::new())),
            _ => {}
        }
    }
    items
}

pub fn game(app: &mut App, f: &mut Frame, area: Rect) {
    let toast = match &app.screen {
        Screen::Game(v) => v.toast.clone().map(|t| (t, app.theme.heading())),
        _ => None,
    };
    // With `--watch`, while the newest pack has errors, the toast's line says so.
    let toast = match app.watch.as_ref().filter(|w| w.errors > 0) {
        Some(w) => Some((app.texts().fmt("reload-errors", &[("count", (w.errors as i64).into())]), app.theme.bad())),
        None => toast,
    };
    let [head, tabs, body, toast_area, foot] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(5),
        Constraint::Length(toast.is_some() as u16),
        Constraint::Length(1),
    ])
    .areas(area);
    header(app, f, head);
    tab_bar(app, f, tabs);
    if let Some((toast, style)) = toast {
        let line = Line::styled(text::fit(&toast, toast_area.width as usize), style);
        f.render_widget(Paragraph::new(bidi(line)), toast_area);
    }
    let Screen::Game(v) = &app.screen else { return };
    match v.tab {
        Tab::Turn => {
            let left_width = (area.width * 9 / 20).clamp(36, 64);
            let [left, right] = Layout::horizontal([Constraint::Length(left_width), Constraint::Min(30)]).areas(body);
            meters(app, f, left);
            let choosing = app.session.as_ref().is_some_and(|s| matches!(s.game.phase(), Phase::Choosing(_)));
            // The news takes no more than it needs, so the menu below has the room.
            let news_needed = news_rows(app, right.width.saturating_sub(2)).iter().map(Vec::len).sum::<usize>() as u16;
            let mut news_height = if news_needed == 0 {
                0
            } else {
                if choosing { right.height / 4 } else { right.height * 2 / 5 }.max(4).min(news_needed + 2)
            };
            // The panel's borders take two columns and two rows.
            let Some(panel) = super::choices::choice_panel(app, right.width.saturating_sub(2)) else { return };
            // A choice's own text comes first: when it would not fit under the news, the
            // news gives way for the moment (it stays in the log).
            if choosing && panel.height() + 2 > right.height - news_height.min(right.height) {
                news_height = 0;
            }
            // The selected item's description is read whole: the news shrinks for it (to
            // three lines at least, and it stays in the log).
            let room = right.height.saturating_sub(panel.detail_needs() + 2);
            if news_height > room {
                news_height = room.max(news_height.min(3));
            }
            let [news_area, choice_area] =
                Layout::vertical([Constraint::Length(news_height), Constraint::Min(5)]).areas(right);
            news(app, f, news_area);
            super::choices::choices(app, f, choice_area, panel);
            // In the order they are kept when the line is too narrow (help and quit always).
            let mut keys = vec![
                "tui-key-choose",
                "tui-key-why",
                "tui-key-table",
                "tui-key-move",
                "tui-key-tab",
                "tui-key-log",
                "tui-key-save",
                "tui-key-help",
                "tui-key-quit",
            ];
            // While the player acts: `0` ends the week (second, so it is never cut at
            // 80 columns; the menu's own line for it may be scrolled out of view), and `n`
            // ends quiet weeks (shown where there is room).
            let picking = matches!(&app.screen, Screen::Game(v) if v.picker.is_some());
            if app.session.as_ref().is_some_and(|s| s.game.phase() == crate::engine::Phase::Acting) && !picking {
                keys.insert(1, "tui-key-end-week");
                keys.insert(8, "tui-key-skip");
            }
            hints(app, f, foot, &keys);
        }
        Tab::Table => {
            super::table::table(app, f, body);
            hints(app, f, foot, &["tui-key-move", "tui-key-draft", "tui-key-propose", "tui-key-back", "tui-key-help"]);
        }
        Tab::Log => {
            log(app, f, body);
            hints(app, f, foot, &["tui-key-scroll", "tui-key-back", "tui-key-help"]);
        }
    }
}

fn header(app: &App, f: &mut Frame, area: Rect) {
    let Some(s) = &app.session else { return };
    let (g, t, theme) = (&s.game, &s.texts, app.theme);
    let sc = g.scenario();
    let date = t.date(sc.date_of(g.turn()));
    let when = t.fmt(
        "tui-when",
        &[
            ("turn", (g.turn() as i64).into()),
            ("turns", (sc.turns as i64).into()),
            ("date", date.into()),
            ("left", (g.turns_left() as i64).into()),
        ],
    );
    let role = t.msg(&ids::role(sc, g.seat()));
    let mut spans =
        vec![Span::styled(when, theme.title()), Span::styled(" │ ", theme.dim()), Span::styled(role, theme.heading())];
    if let Some(e) = &s.save_error {
        spans.push(Span::styled(
            format!(" │ {}", t.fmt("tui-save-failed", &[("error", e.clone().into())])),
            theme.bad(),
        ));
    }
    let line = bidi(Line::from(spans));
    f.render_widget(Paragraph::new(line), area);
}

fn tab_bar(app: &mut App, f: &mut Frame, area: Rect) {
    let Screen::Game(v) = &app.screen else { return };
    let current = v.tab;
    let mut x = area.x;
    for (tab, id) in [(Tab::Turn, "tui-tab-turn"), (Tab::Table, "tui-tab-table"), (Tab::Log, "tui-tab-log")] {
        let label = format!(" {} ", app.texts().get(id));
        let w = (text::width(&label) as u16).min(area.x + area.width - x);
        let style = if tab == current { app.theme.selected() } else { app.theme.dim() };
        let r = Rect { x, y: area.y, width: w, height: 1 };
        f.render_widget(super::para(vec![bidi(Line::from(Span::styled(label, style)))]), r);
        app.hits.push((r, Hit::Tab(tab)));
        x += w + 1;
        if x >= area.x + area.width {
            return;
        }
    }
    // The budget left this week, at the right of the tab line.
    let Some(s) = &app.session else { return };
    let (g, t) = (&s.game, &s.texts);
    let sc = g.scenario();
    let budget: Vec<String> = (0..sc.resources.len())
        .map(|r| format!("{} {}/{}", t.msg(&ids::resource(sc, r)), g.budget_left(r), g.role().budget[r]))
        .collect();
    let text = text::fit(&budget.join(" · "), (area.x + area.width - x) as usize);
    let w = text::width(&text) as u16;
    let r = Rect { x: area.x + area.width - w, y: area.y, width: w, height: 1 };
    f.render_widget(super::para(vec![bidi(Line::from(Span::styled(text, app.theme.heading())))]), r);
}

/// A text gauge: filled cells in proportion within the meter's bounds.
fn gauge(v: i32, min: i32, max: i32, cells: usize) -> String {
    let span = (max as i64 - min as i64).max(1);
    let filled = (((v as i64 - min as i64).clamp(0, span)) * cells as i64 / span) as usize;
    format!("{}{}", "█".repeat(filled), "░".repeat(cells - filled))
}

/// A sparkline of a slot's values at the end of each turn.
fn spark(g: &Game, slot: u32, min: i32, max: i32, cells: usize) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let hist = g.history();
    let values: Vec<i32> = hist.iter().map(|h| h[slot as usize]).chain([g.value(slot)]).collect();
    let from = values.len().saturating_sub(cells);
    let span = (max as i64 - min as i64).max(1);
    values[from..].iter().map(|&v| BARS[((((v as i64 - min as i64).clamp(0, span)) * 7) / span) as usize]).collect()
}

fn meters(app: &mut App, f: &mut Frame, area: Rect) {
    let Some(s) = &app.session else { return };
    let Screen::Game(v) = &app.screen else { return };
    let focused = v.focus == Focus::Meters;
    let theme = app.theme;
    let g = &s.game;
    let t = &s.texts;
    let b = block(&theme, t.get("tui-meters"), focused);
    let inner = b.inner(area);
    f.render_widget(b, area);
    let rows = meter_rows(g);
    let sel = v.meter_sel.min(rows.len().saturating_sub(1));
    let spark_cells = if inner.width >= 44 { 8 } else { 0 };
    // The value column is as wide as the widest value plus a space (at least 4), the trend
    // column as the widest trend (at least 5), so thousands of units never run into the
    // gauge or lose a digit of their trend.
    let trend_of = |slot| present::trend_in(t, s.trend(slot)).replace(' ', "");
    let value_of = |slot| present::number(t, g.value(slot));
    let value_width = rows.iter().map(|r| text::width(&value_of(r.slot)) + 1).max().unwrap_or(0).max(4);
    let trend_width = rows.iter().map(|r| text::width(&trend_of(r.slot))).max().unwrap_or(0).max(5);
    let label_width = (inner.width as usize)
        .saturating_sub(1 + 5 + value_width + 1 + trend_width + if spark_cells > 0 { spark_cells + 1 } else { 0 });
    let mut lines: Vec<Vec<Line<'static>>> = Vec::new();
    let mut group = Group::None;
    let mut sel_row = 0;
    let sc = g.scenario();
    for (i, row) in rows.iter().enumerate() {
        // A heading line when a group starts: the meter's name, or whose trust follows.
        if row.group != group && row.group != Group::None {
            let heading = match row.group {
                Group::Meter(m) => t.msg(&ids::meter(sc, m)),
                Group::TrustFrom(a) => t.fmt("tui-trust-of", &[("actor", present::actor(g, t, a).into())]),
                Group::None => String::new(),
            };
            lines.push(vec![bidi(Line::styled(text::fit(&heading, inner.width as usize), theme.heading()))]);
        }
        group = row.group;
        let label = match sc.slot_name(row.slot) {
            SlotName::Meter(m, None) => t.msg(&ids::meter(sc, m)),
            SlotName::Meter(_, Some(a)) => format!(" {}", present::actor(g, t, a)),
            SlotName::Trust(_, b) => {
                format!(" {}", t.fmt("tui-trust-to", &[("actor", present::actor(g, t, b).into())]))
            }
            _ => String::new(),
        };
        let value = g.value(row.slot);
        let shown = value_of(row.slot);
        let delta = s.trend(row.slot);
        // The value and the trend are isolated left to right, so a sign stays before its
        // digits in a right-to-left line.
        let trend = trend_of(row.slot);
        let pad = " ".repeat(trend_width.saturating_sub(text::width(&trend)));
        let mut spans = vec![
            Span::raw(format!("{:<w$}", text::fit(&label, label_width), w = label_width)),
            Span::raw(" "),
            Span::styled(gauge(value, row.min, row.max, 5), theme.gauge()),
            Span::raw(format!(
                "{}\u{2066}{shown}\u{2069} ",
                " ".repeat(value_width.saturating_sub(text::width(&shown)))
            )),
            Span::styled(format!("\u{2066}{trend}\u{2069}{pad}"), theme.delta(delta)),
        ];
        if spark_cells > 0 {
            spans.push(Span::raw(" "));
            spans.push(Span::styled(spark(g, row.slot, row.min, row.max, spark_cells), theme.dim()));
        }
        if i == sel {
            sel_row = lines.len();
        }
        lines.push(vec![bidi(Line::from(spans))]);
    }
    let saved = app.hits.len();
    list(app, f, inner, &lines, sel_row, focused);
    app.hits.truncate(saved);
}

fn news(app: &mut App, f: &mut Frame, area: Rect) {
    let Some(s) = &app.session else { return };
    let Screen::Game(v) = &app.screen else { return };
    let focused = v.focus == Focus::News;
    let theme = app.theme;
    let b = block(&theme, s.texts.get("tui-news"), focused);
    let inner = b.inner(area);
    f.render_widget(b, area);
    let rows = news_rows(app, inner.width);
    let sel = if focused { v.news_sel.min(rows.len().saturating_sub(1)) } else { 0 };
    let saved = app.hits.len();
    list(app, f, inner, &rows, sel, focused);
    app.hits.truncate(saved);
}

/// This week's news items, one row of wrapped lines each. The event waiting for a choice
/// is told in the choice panel, not twice.
fn news_rows(app: &App, width: u16) -> Vec<Vec<Line<'static>>> {
    let Some(s) = &app.session else { return Vec::new() };
    let pending = match s.game.phase() {
        Phase::Choosing(e) => Some(e),
        _ => None,
    };
    news_items(s)
        .into_iter()
        .filter(|(r, _)| !matches!(r, Report::TurnBegan { .. }))
        .filter(|(r, _)| !matches!(r, Report::Event { event, .. } if Some(*event) == pending))
        .map(|(head, changes)| {
            let mut all = vec![head];
            all.extend(changes);
            news_lines(&s.game, s, &all, width, &app.theme)
        })
        .collect()
}

fn log(app: &mut App, f: &mut Frame, area: Rect) {
    let Some(s) = &app.session else { return };
    let Screen::Game(v) = &app.screen else { return };
    let theme = app.theme;
    let b = block(&theme, s.texts.get("tui-tab-log"), true);
    let inner = b.inner(area);
    f.render_widget(b, area);
    let lines = news_lines(&s.game, s, s.game.log(), inner.width, &theme);
    let (shown, scroll) = super::scrolled(app, lines, v.log_scroll, inner.height as usize);
    if let Screen::Game(v) = &mut app.screen {
        v.log_scroll = scroll;
    }
    f.render_widget(super::para(shown), inner);
}
