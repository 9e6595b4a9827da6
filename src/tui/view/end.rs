//! The end screen, a first debrief: the ending and its epilogue, what history did, the
//! score and objectives, the structural factors counted from tags, the timeline, and a
//! chart of the main meters week by week.

use super::super::app::{App, Screen};
use super::{bidi, block, hints, wrapped};
use crate::debrief::Debrief;
use crate::present;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Chart, Dataset, GraphType};

pub fn end(app: &mut App, f: &mut Frame, area: Rect) {
    if app.session.as_ref().is_some_and(|s| s.game.stopped()) {
        return super::lesson::stopped(app, f, area);
    }
    let Some(s) = &app.session else { return };
    let Screen::End { scroll } = &mut app.screen else { return };
    let (g, t, theme) = (&s.game, &s.texts, app.theme);
    // The same model the exported debrief and plain mode read, built once.
    let d = s.debrief.get_or_init(|| Debrief::build(g, t, None));
    let Some(e) = &d.ending else { return };
    let [head, body, foot] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(5), Constraint::Length(1)]).areas(area);
    let title = t.fmt("ending-title", &[("title", e.title.clone().into())]);
    f.render_widget(super::para(vec![bidi(Line::styled(title, theme.title()))]), head);
    let [left, right] = Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(body);

    // The debrief text.
    let b = block(&theme, t.get("tui-debrief"), true);
    let inner = b.inner(left);
    f.render_widget(b, left);
    let w = inner.width;
    let mut lines = Vec::new();
    if let Some(note) = &s.debrief_note {
        lines.extend(wrapped(note, w, theme.good()));
        lines.push(Line::raw(""));
    }
    lines.extend(wrapped(&e.summary, w, theme.heading()));
    lines.push(Line::raw(""));
    for (i, paragraph) in e.epilogue.iter().enumerate() {
        if i > 0 {
            lines.push(Line::raw(""));
        }
        lines.extend(wrapped(paragraph, w, theme.text()));
    }
    if let Some(turning) = d.turning_point() {
        lines.push(Line::raw(""));
        lines.extend(wrapped(turning, w, theme.text()));
    }
    lines.push(Line::raw(""));
    lines.extend(wrapped(&t.fmt("ending-history", &[("history", e.history.clone().into())]), w, theme.dim()));
    lines.push(Line::raw(""));
    lines.push(bidi(Line::styled(
        t.fmt("ending-score", &[("score", e.score.into()), ("tier", e.tier_name.clone().into())]),
        theme.heading(),
    )));
    if !d.objectives.is_empty() {
        lines.push(bidi(Line::styled(t.get("ending-objectives"), theme.heading())));
        for o in &d.objectives {
            let (mark, style) = if o.achieved { ("✓", theme.good()) } else { ("✗", theme.bad()) };
            lines.extend(wrapped(&format!("{mark} {}", o.text), w, style));
        }
    }
    lines.extend(super::lesson::questions(s, w, &theme));
    if !d.factors.is_empty() {
        lines.push(Line::raw(""));
        lines.extend(wrapped(&t.get("ending-factors"), w, theme.heading()));
        let most = d.factors[0].count.max(1);
        // Each name wraps beside its bar, never cut: later lines start under the name.
        let room = (w as usize).saturating_sub(11).max(1);
        for fx in &d.factors {
            let bar = "■".repeat(((fx.count * 10).div_ceil(most)) as usize);
            let name = format!("{} ({})", fx.name, fx.count);
            for (k, part) in crate::tui::text::wrap(&name, room).into_iter().enumerate() {
                let lead = if k == 0 { format!("{bar:<10} ") } else { " ".repeat(11) };
                lines.push(bidi(Line::from(vec![Span::styled(lead, theme.gauge()), Span::raw(part)])));
            }
        }
    }
    lines.push(Line::raw(""));
    lines.push(bidi(Line::styled(t.get("ending-timeline"), theme.heading())));
    for m in d.headlines() {
        let style = if m.kind == "event" { theme.text() } else { theme.good() };
        lines.extend(wrapped(
            &t.fmt("timeline-line", &[("turn", (m.week as i64).into()), ("what", m.text.clone().into())]),
            w,
            style,
        ));
    }
    let max = lines.len().saturating_sub(inner.height as usize);
    *scroll = (*scroll).min(max);
    let shown: Vec<Line> = lines.into_iter().skip(*scroll).take(inner.height as usize).collect();
    f.render_widget(super::para(shown), inner);

    chart(app, f, right);
    hints(app, f, foot, &["tui-key-scroll", "tui-key-export", "tui-key-title", "tui-key-quit"]);
}

/// The main meters over the game: up to four of those the role sees, each with its own
/// marker and a legend, so the lines differ without colour.
pub(super) fn chart(app: &App, f: &mut Frame, area: Rect) {
    let Some(s) = &app.session else { return };
    let (g, t, theme) = (&s.game, &s.texts, app.theme);
    let rows = super::turn::meter_rows(g);
    let picked: Vec<_> = rows.iter().filter(|r| !r.trust).take(4).collect();
    let markers = [Marker::Braille, Marker::Dot, Marker::Block, Marker::HalfBlock];
    let hist = g.history();
    // history holds the start and the end of every turn: use the ends.
    let series: Vec<(String, Vec<(f64, f64)>)> = picked
        .iter()
        .map(|r| {
            let name = present::slot_label(g, t, r.slot).unwrap_or_default();
            let pts = hist.iter().enumerate().map(|(i, h)| (i as f64, h[r.slot as usize] as f64)).collect();
            (name, pts)
        })
        .collect();
    // Bounds from the data, so a meter that moved a little still shows its shape.
    let values = series.iter().flat_map(|(_, pts)| pts.iter().map(|p| p.1 as i32));
    let (mut lo, mut hi) = values.fold((i32::MAX, i32::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
    if lo > hi {
        (lo, hi) = (0, 100);
    }
    let pad = ((hi - lo) / 10).max(5);
    let floor = picked.iter().map(|r| r.min).min().unwrap_or(0);
    let ceil = picked.iter().map(|r| r.max).max().unwrap_or(100);
    let (lo, hi) = ((lo - pad).max(floor), (hi + pad).min(ceil));
    let datasets: Vec<Dataset> = series
        .iter()
        .enumerate()
        .map(|(i, (name, pts))| {
            let style = match i {
                0 => theme.gauge(),
                1 => theme.warn(),
                2 => theme.good(),
                _ => theme.bad(),
            };
            Dataset::default().name(name.clone()).marker(markers[i]).graph_type(GraphType::Line).style(style).data(pts)
        })
        .collect();
    let weeks = hist.len().saturating_sub(1).max(1) as f64;
    let chart = Chart::new(datasets)
        .block(block(&theme, t.get("tui-chart"), false))
        .x_axis(
            Axis::default()
                .title(bidi(Line::from(Span::styled(t.get("tui-weeks"), theme.dim()))))
                .bounds([0.0, weeks])
                .labels(vec![Line::raw("0"), Line::raw(format!("{}", weeks as u16))]),
        )
        .y_axis(Axis::default().bounds([lo as f64, hi as f64]).labels(y_labels(lo, hi, area.height)))
        .legend_position(None)
        .style(Style::default());
    // The legend below the chart, each series with its own mark, long names wrapped
    // rather than cut (at most a third of the area, so the chart keeps its room).
    let marks = ["⣀", "•", "█", "▄"];
    let width = area.width.saturating_sub(3).max(1) as usize;
    let room = (area.height / 3).max(series.len() as u16) as usize;
    let mut names: Vec<Vec<String>> = series.iter().map(|(name, _)| crate::tui::text::wrap(name, width)).collect();
    if names.iter().map(Vec::len).sum::<usize>() > room {
        names = series.iter().map(|(name, _)| vec![name.clone()]).collect();
    }
    let mut legend: Vec<Line> = Vec::new();
    for (i, parts) in names.into_iter().enumerate() {
        let style = [theme.gauge(), theme.warn(), theme.good(), theme.bad()][i];
        for (k, part) in parts.into_iter().enumerate() {
            let lead = if k == 0 { format!(" {} ", marks[i]) } else { "   ".to_string() };
            legend.push(bidi(Line::from(vec![Span::styled(lead, style), Span::raw(part)])));
        }
    }
    let legend_h = legend.len() as u16;
    let [chart_area, legend_area] = Layout::vertical([Constraint::Min(6), Constraint::Length(legend_h)]).areas(area);
    f.render_widget(chart, chart_area);
    f.render_widget(super::para(legend), legend_area);
}

/// The vertical axis's labels, evenly spaced from `lo` to `hi`: five when the chart is tall
/// enough to keep them apart, else three, so a value can be read off the middle too.
pub fn y_labels(lo: i32, hi: i32, height: u16) -> Vec<Line<'static>> {
    let n: i64 = if height >= 16 { 5 } else { 3 };
    let (lo, hi) = (i64::from(lo), i64::from(hi));
    (0..n).map(|i| Line::raw((lo + (hi - lo) * i / (n - 1)).to_string())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Regression: the chart's vertical axis had only its least and greatest labels.
    #[test]
    fn the_vertical_axis_is_labelled_in_between() {
        let text = |ls: Vec<Line>| ls.iter().map(|l| l.to_string()).collect::<Vec<_>>();
        assert_eq!(text(y_labels(0, 60, 12)), ["0", "30", "60"]);
        assert_eq!(text(y_labels(20, 100, 20)), ["20", "40", "60", "80", "100"]);
    }
}
