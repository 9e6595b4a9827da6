//! The title, setup and load screens.

use super::super::app::{App, Screen, SetupStep};
use super::super::text;
use super::{bidi, block, hints, list, wrapped};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

const BANNER: [&str; 5] = [
    "  ____                 _   _____     _ _   _     ",
    " / ___| ___   ___   __| | |  ___|_ _(_) |_| |__  ",
    "| |  _ / _ \\ / _ \\ / _` | | |_ / _` | | __| '_ \\ ",
    "| |_| | (_) | (_) | (_| | |  _| (_| | | |_| | | |",
    " \\____|\\___/ \\___/ \\__,_| |_|  \\__,_|_|\\__|_| |_|",
];

pub fn title(app: &mut App, f: &mut Frame, area: Rect) {
    let Screen::Title { sel } = app.screen else { return };
    let theme = app.theme;
    let [top, menu, foot] =
        Layout::vertical([Constraint::Length(9), Constraint::Min(6), Constraint::Length(1)]).areas(area);
    let mut lines: Vec<Line> = vec![Line::raw("")];
    lines.extend(BANNER.iter().map(|l| Line::styled(*l, theme.title()).centered()));
    lines.push(Line::raw(""));
    lines.push(bidi(Line::styled(app.ui.get("tui-tagline"), theme.dim()).centered()));
    f.render_widget(Paragraph::new(lines), top);
    let items = app.title_items();
    let rows: Vec<Vec<Line<'static>>> = items
        .iter()
        .enumerate()
        .map(|(i, (id, enabled))| {
            let text = app.ui.get(if *id == "tui-language" { "tui-language-current" } else { id });
            let label = format!("  {}. {text}", i + 1);
            let style = if *enabled { theme.text() } else { theme.dim() };
            vec![bidi(Line::styled(label, style))]
        })
        .collect();
    let width = 44.min(menu.width);
    let inner =
        Rect { x: menu.x + (menu.width - width) / 2, y: menu.y + 1, width, height: menu.height.saturating_sub(1) };
    list(app, f, inner, &rows, sel, true);
    hints(app, f, foot, &["tui-key-move", "tui-key-enter", "tui-key-help", "tui-key-quit"]);
}

/// The setup's steps in order, with the message that names each.
const STEPS: [(SetupStep, &str); 4] = [
    (SetupStep::Scenario, "tui-step-scenario"),
    (SetupStep::Role, "tui-step-role"),
    (SetupStep::Difficulty, "tui-step-difficulty"),
    (SetupStep::Seed, "tui-step-seed"),
];

pub fn setup(app: &mut App, f: &mut Frame, area: Rect) {
    let theme = app.theme;
    let scenarios = app.lib.scenarios();
    let Screen::Setup(s) = &app.screen else { return };
    let (step, scenario, role, difficulty, seed) = (s.step, s.scenario, s.role, s.difficulty, s.seed.clone());
    let built = s.built.clone();
    let [head, body, foot] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(5), Constraint::Length(1)]).areas(area);
    let step_name = STEPS.iter().find(|(st, _)| *st == step).map_or("tui-step-scenario", |(_, id)| id);
    breadcrumb(app, f, head, step);
    if step == SetupStep::Seed {
        seed_step(app, f, body, built.as_ref(), (scenario, role, difficulty), seed);
        hints(app, f, foot, &["tui-key-digits", "tui-key-enter", "tui-key-back", "tui-key-help"]);
        return;
    }
    let [left, right] = Layout::horizontal([Constraint::Percentage(40), Constraint::Percentage(60)]).areas(body);
    let texts = built.as_ref().map(|b| crate::i18n::Texts::new(&app.lang, &b.texts));
    let t = texts.as_ref().unwrap_or(&app.ui);
    let (names, sel, detail): (Vec<String>, usize, String) = match step {
        SetupStep::Scenario => {
            let names = scenarios.iter().map(|s| t.get(&format!("scenario-{}", s.id))).collect();
            let detail = scenarios
                .get(scenario)
                .map(|s| t.attr(&format!("scenario-{}", s.id), "description"))
                .unwrap_or_default();
            (names, scenario, detail)
        }
        SetupStep::Role | SetupStep::Seed => {
            let sc = built.as_ref().map(|b| b.scenario.clone());
            let chairs: Option<Vec<u16>> = match &app.screen {
                Screen::Setup(s) => s.lesson.as_ref().map(|l| l.roles.clone()),
                _ => None,
            };
            let roles: Vec<String> = sc
                .iter()
                .flat_map(|s| {
                    let all = (0..s.roles.len() as u16).collect();
                    chairs.clone().unwrap_or(all).into_iter().map(|r| s.roles[r as usize].id.clone())
                })
                .collect();
            let names = roles.iter().map(|r| crate::i18n::capitalized(&t.get(&format!("role-{r}")))).collect();
            let detail = roles
                .get(role)
                .map(|r| {
                    let m = format!("role-{r}");
                    format!(
                        "{}\n\n{}",
                        t.attr(&m, "description"),
                        t.fmt("intro-success", &[("success", t.attr(&m, "success").into())])
                    )
                })
                .unwrap_or_default();
            (names, role, detail)
        }
        SetupStep::Difficulty => {
            let ids: Vec<String> =
                built.iter().flat_map(|b| b.scenario.difficulties.iter().map(|d| d.id.clone())).collect();
            let names = ids.iter().map(|d| t.get(&format!("difficulty-{d}"))).collect();
            let detail =
                ids.get(difficulty).map(|d| t.attr(&format!("difficulty-{d}"), "description")).unwrap_or_default();
            (names, difficulty, detail)
        }
    };
    let lb = block(&theme, app.ui.get(step_name), true);
    let inner = lb.inner(left);
    f.render_widget(lb, left);
    let rows: Vec<Vec<Line<'static>>> =
        names.iter().enumerate().map(|(i, n)| wrapped(&format!("{}. {n}", i + 1), inner.width, theme.text())).collect();
    list(app, f, inner, &rows, sel, true);
    let rb = block(&theme, app.ui.get("tui-about"), false);
    let inner = rb.inner(right);
    f.render_widget(rb, right);
    f.render_widget(super::para(wrapped(&detail, inner.width, theme.text())), inner);
    hints(app, f, foot, &["tui-key-move", "tui-key-enter", "tui-key-back", "tui-key-help"]);
}

/// Where the player is in the setup: New game › Scenario › Chair › Difficulty › Seed; when
/// that does not fit, New game › the current step · its number of four.
fn breadcrumb(app: &App, f: &mut Frame, area: Rect, step: SetupStep) {
    let (t, theme, steps) = (&app.ui, app.theme, STEPS);
    let title = t.get("tui-new-game");
    let sep = " › ";
    let full =
        text::width(&title) + steps.iter().map(|(_, id)| text::width(sep) + text::width(&t.get(id))).sum::<usize>();
    let mut spans = vec![Span::styled(title, theme.title())];
    if let Screen::Setup(s) = &app.screen
        && let Some(lesson) = &s.lesson
    {
        // A lesson asks only the chair.
        let title = crate::content::text::sanitize(&lesson.title(&app.lang));
        spans = vec![Span::styled(title, theme.title()), Span::styled(sep, theme.dim())];
        spans.push(Span::styled(t.get("tui-step-role"), theme.selected()));
    } else if full <= area.width as usize {
        for (st, id) in steps {
            spans.push(Span::styled(sep, theme.dim()));
            spans.push(Span::styled(t.get(id), if st == step { theme.selected() } else { theme.dim() }));
        }
    } else {
        let n = steps.iter().position(|(st, _)| *st == step).unwrap_or(0);
        spans.push(Span::styled(sep, theme.dim()));
        spans.push(Span::styled(format!("{} · {}/{}", t.get(steps[n].1), n + 1, steps.len()), theme.selected()));
    }
    f.render_widget(super::para(vec![bidi(Line::from(spans))]), area);
}

/// The last step: the seed, typed on the left, under what it does; on the right, the game
/// that will start.
fn seed_step(
    app: &App,
    f: &mut Frame,
    area: Rect,
    built: Option<&crate::content::Built>,
    (scenario, role, difficulty): (usize, usize, usize),
    seed: String,
) {
    let theme = app.theme;
    let [left, right] = Layout::horizontal([Constraint::Percentage(40), Constraint::Percentage(60)]).areas(area);
    let lb = block(&theme, app.ui.get("tui-step-seed"), true);
    let inner = lb.inner(left);
    f.render_widget(lb, left);
    let mut lines = wrapped(&app.ui.get("tui-seed-prompt"), inner.width, theme.text());
    lines.push(Line::raw(""));
    let shown = if seed.is_empty() { app.ui.get("tui-seed-random") } else { seed };
    lines.push(bidi(Line::styled(format!("> {shown}_"), theme.key())));
    f.render_widget(super::para(lines), inner);

    let rb = block(&theme, app.ui.get("tui-about"), false);
    let inner = rb.inner(right);
    f.render_widget(rb, right);
    let Some(b) = built else { return };
    let t = crate::i18n::Texts::new(&app.lang, &b.texts);
    let sc = &b.scenario;
    let mut about = Vec::new();
    if let Some(s) = app.lib.scenarios().get(scenario) {
        about.push(t.get(&format!("scenario-{}", s.id)));
    }
    let role = sc.roles.get(role).map(|r| format!("role-{}", r.id));
    if let Some(m) = &role {
        about.push(crate::i18n::capitalized(&t.get(m)));
    }
    if let Some(d) = sc.difficulties.get(difficulty) {
        about.push(t.fmt("intro-difficulty", &[("difficulty", t.get(&format!("difficulty-{}", d.id)).into())]));
    }
    if let Some(m) = &role {
        about.push(String::new());
        about.push(t.fmt("intro-success", &[("success", t.attr(m, "success").into())]));
    }
    f.render_widget(super::para(wrapped(&about.join("\n"), inner.width, theme.text())), inner);
}

pub fn load(app: &mut App, f: &mut Frame, area: Rect) {
    let theme = app.theme;
    let Screen::Load { saves, sel, confirm } = &app.screen else { return };
    let (saves, sel, confirm) = (saves.clone(), *sel, *confirm);
    let [body, foot] = Layout::vertical([Constraint::Min(3), Constraint::Length(1)]).areas(area);
    let b = block(&theme, app.ui.get("tui-load"), true);
    let inner = b.inner(body);
    f.render_widget(b, body);
    if saves.is_empty() {
        f.render_widget(super::para(vec![bidi(Line::raw(app.ui.get("tui-no-saves")))]), inner);
    } else {
        let rows: Vec<Vec<Line<'static>>> = saves
            .iter()
            .map(|info| {
                let (first, second) = save_lines(app, info);
                vec![bidi(Line::styled(first, theme.text())), bidi(Line::styled(format!("  {second}"), theme.dim()))]
            })
            .collect();
        list(app, f, inner, &rows, sel, true);
    }
    if confirm {
        let line = bidi(Line::styled(app.ui.get("tui-delete-confirm"), theme.bad()));
        f.render_widget(super::para(vec![line]), foot);
    } else if saves.is_empty() {
        hints(app, f, foot, &["tui-key-back"]);
    } else {
        hints(app, f, foot, &["tui-key-move", "tui-key-enter", "tui-key-delete", "tui-key-back"]);
    }
}

/// A saved game in two lines: scenario and chair; then the week or the ending, and when it
/// was last played. A save that cannot be read says why, so it can be deleted.
fn save_lines(app: &App, info: &crate::save::SaveInfo) -> (String, String) {
    let t = &app.ui;
    let file = info.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let days = (info.modified / 86_400) as i64;
    let (h, m) = ((info.modified % 86_400) / 3600, (info.modified % 3600) / 60);
    let played = format!("{} {h:02}:{m:02} UTC", t.date(crate::engine::Date::from_days(days)));
    match &info.save {
        Ok(s) => {
            let name = |id: String| if t.has(&id, None) { t.get(&id) } else { id };
            let scenario = name(format!("scenario-{}", s.scenario));
            let role = crate::i18n::capitalized(&name(format!("role-{}", s.chair())));
            let state = match &s.ending {
                Some(e) => {
                    let id = format!("ending-{e}");
                    let title = if t.has(&id, Some("title")) { t.attr(&id, "title") } else { e.clone() };
                    t.fmt("tui-save-ended", &[("ending", title.into()), ("played", played.into())])
                }
                None => t.fmt("tui-save-week", &[("week", (s.turn as i64).into()), ("played", played.into())]),
            };
            (format!("{scenario} — {role}"), state)
        }
        Err(reason) => (file, t.fmt("tui-save-damaged", &[("reason", reason.clone().into())])),
    }
}
