//! A lesson's end in the terminal game: where the lesson stopped, the objectives and the
//! teacher's questions, beside the meters' chart; and the questions under an ending.

use super::super::app::{App, Screen};
use super::super::session::Session;
use super::super::theme::Theme;
use super::{bidi, block, hints, wrapped};
use crate::engine::report::ids;
use fluent::FluentValue;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;

/// The teacher's questions, when the game is a lesson's and has any.
pub fn questions(s: &Session, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let Some(l) = s.lesson.as_ref().filter(|l| !l.questions.is_empty()) else { return Vec::new() };
    let mut lines = vec![Line::raw(""), bidi(Line::styled(s.texts.get("lesson-questions"), theme.heading()))];
    for (i, q) in l.questions.iter().enumerate() {
        lines.extend(wrapped(&format!("{}. {q}", i + 1), width, theme.text()));
    }
    lines
}

/// The screen after a lesson's last week.
pub fn stopped(app: &mut App, f: &mut Frame, area: Rect) {
    let Some(s) = &app.session else { return };
    let Screen::End { scroll } = &mut app.screen else { return };
    let (g, t, theme) = (&s.game, &s.texts, app.theme);
    let sc = g.scenario();
    let [head, body, foot] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(5), Constraint::Length(1)]).areas(area);
    let title = s
        .lesson
        .as_ref()
        .map_or_else(|| t.msg(&ids::scenario(sc)), |l| t.fmt("lesson-title", &[("title", l.title.clone().into())]));
    f.render_widget(super::para(vec![bidi(Line::styled(title, theme.title()))]), head);
    let [left, right] = Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(body);
    let b = block(&theme, t.get("tui-debrief"), true);
    let inner = b.inner(left);
    f.render_widget(b, left);
    let w = inner.width;
    let week = g.turn();
    let args = [("week", FluentValue::from(week as i64)), ("date", t.date(sc.date_of(week)).into())];
    let mut lines = wrapped(&t.fmt("lesson-ends", &args), w, theme.heading());
    let objectives = g.objectives();
    if !objectives.is_empty() {
        lines.push(Line::raw(""));
        lines.push(bidi(Line::styled(t.get("ending-objectives"), theme.heading())));
        for (i, ok) in objectives.iter().enumerate() {
            let (mark, style) = if *ok { ("✓", theme.good()) } else { ("✗", theme.bad()) };
            lines.extend(wrapped(&format!("{mark} {}", t.msg(&ids::objective(sc, g.seat(), i))), w, style));
        }
    }
    lines.extend(questions(s, w, &theme));
    let max = lines.len().saturating_sub(inner.height as usize);
    *scroll = (*scroll).min(max);
    let shown: Vec<Line> = lines.into_iter().skip(*scroll).take(inner.height as usize).collect();
    f.render_widget(super::para(shown), inner);
    super::end::chart(app, f, right);
    hints(app, f, foot, &["tui-key-scroll", "tui-key-title", "tui-key-quit"]);
}
