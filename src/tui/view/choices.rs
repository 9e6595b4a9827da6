//! The turn screen's menu: the pending event's text and options, or the role's actions,
//! a picker's targets, issues and wordings, each numbered; and the selected item's
//! description (with why an action is not possible now, or the support a wording would
//! get) in a detail pane under the list.

use super::super::app::{App, Focus, Item, Picker, Screen, blocked_text};
use super::{block, list, wrapped};
use crate::engine::report::ids;
use crate::engine::{Game, Phase, Target};
use crate::present;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;

/// The choice or action panel's text at a width: its title, the pending event's text (when
/// choosing), one wrapped row per item, and the selected item's description.
pub struct ChoicePanel {
    title: String,
    focused: bool,
    intro: Vec<Line<'static>>,
    rows: Vec<Vec<Line<'static>>>,
    sel: usize,
    detail: Vec<Line<'static>>,
}

impl ChoicePanel {
    /// The lines the event's text and the items take.
    pub fn height(&self) -> u16 {
        (self.intro.len() + self.rows.iter().map(Vec::len).sum::<usize>()).min(u16::MAX as usize) as u16
    }

    /// The fewest lines the list needs: the selected row and a marker above and below.
    fn list_min(&self) -> u16 {
        let total = self.rows.iter().map(Vec::len).sum::<usize>();
        total.min(2 + self.rows.get(self.sel).map_or(0, Vec::len)) as u16
    }

    /// The lines the selected item's description and the least of the list need together,
    /// so the panel above can give way for them.
    pub fn detail_needs(&self) -> u16 {
        (self.detail.len() as u16).saturating_add(self.list_min())
    }
}

pub fn choice_panel(app: &App, width: u16) -> Option<ChoicePanel> {
    let items = app.items();
    let s = app.session.as_ref()?;
    let Screen::Game(v) = &app.screen else { return None };
    let (g, t, theme) = (&s.game, &s.texts, app.theme);
    let sc = g.scenario().clone();
    let title = match (g.phase(), &v.picker) {
        (Phase::Choosing(e), _) => t.msg(&ids::event(&sc, e).attr("title")),
        (_, Some(Picker::Targets { .. })) => t.get("target-prompt"),
        (_, Some(Picker::Issue { .. })) => t.get("issue-prompt"),
        (_, Some(Picker::Wording { .. })) => t.get("wording-prompt"),
        _ => t.get("tui-your-move"),
    };
    let mut intro: Vec<Line<'static>> = Vec::new();
    if let Phase::Choosing(e) = g.phase() {
        intro = wrapped(&t.msg(&ids::event(&sc, e)), width, theme.text());
        intro.push(Line::raw(""));
    }
    let sel = v.sel.min(items.len().saturating_sub(1));
    let mut rows: Vec<Vec<Line<'static>>> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let n = match item {
            Item::EndTurn | Item::Back => "0".to_string(),
            _ => (i + 1).to_string(),
        };
        let (label, style) = match item {
            Item::Option(o) => (
                t.msg(&ids::option(
                    &sc,
                    match g.phase() {
                        Phase::Choosing(e) => e,
                        _ => 0,
                    },
                    *o,
                )),
                theme.text(),
            ),
            Item::Action { action, enabled } => {
                let m = ids::action(&sc, *action);
                let cost: Vec<String> = sc.actions[*action as usize]
                    .cost
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| **c != 0)
                    .map(|(r, c)| format!("{} {c}", t.msg(&ids::resource(&sc, r))))
                    .collect();
                let cost = if cost.is_empty() { t.get("free") } else { t.list(&cost) };
                let mut label = format!("{} ({cost})", t.msg(&m));
                if !enabled {
                    label.push_str(&format!(" — {}", blocked_text(g, t, *action)));
                }
                (label, if *enabled { theme.text() } else { theme.dim() })
            }
            Item::EndTurn => (t.get("end-turn"), theme.heading()),
            Item::Back => (t.get("back"), theme.dim()),
            Item::Issue(i) => match present::issue_waits(g, t, *i) {
                Some(waits) => (format!("{} — {waits}", t.msg(&ids::issue(&sc, *i))), theme.dim()),
                None => (t.msg(&ids::issue(&sc, *i)), theme.text()),
            },
            Item::Target(target) | Item::Unavailable(target) => {
                let available = matches!(item, Item::Target(_));
                let label = match target {
                    Target::Issue { .. } => wording_label(g, t, *target, available),
                    _ => present::target_label(g, t, *target).unwrap_or_default(),
                };
                (label, if available { theme.text() } else { theme.dim() })
            }
        };
        let mut row = wrapped(&format!("{n}. {label}"), width, style);
        // Where there is room, every wording shows the support it would get, so they can be
        // compared without moving; the selected one's needs are in the detail pane.
        if width >= 90
            && let Item::Target(w @ Target::Issue { .. }) | Item::Unavailable(w @ Target::Issue { .. }) = item
            && let Some(preview) = wording_support(g, t, *w, false)
        {
            row.extend(wrapped(&format!("   {preview}"), width, theme.dim()));
        }
        rows.push(row);
    }
    // The selected action's description, under the list.
    let detail = match items.get(sel) {
        Some(Item::Action { action, enabled }) => {
            let mut d = t.msg(&ids::action(&sc, *action).attr("description"));
            if !enabled {
                d = format!("{}\n{d}", t.fmt("tui-blocked-detail", &[("reason", blocked_text(g, t, *action).into())]));
            }
            Some(d)
        }
        // A wording: the support each party the role sees would give the table with it.
        Some(Item::Target(w @ Target::Issue { .. }) | Item::Unavailable(w @ Target::Issue { .. })) => {
            wording_support(g, t, *w, true)
        }
        Some(Item::Issue(i)) if t.has(&format!("issue-{}", sc.issues[*i as usize].id), Some("description")) => {
            Some(t.msg(&ids::issue(&sc, *i).attr("description")))
        }
        _ => None,
    };
    let detail = detail.map(|d| wrapped(&d, width, theme.dim())).unwrap_or_default();
    Some(ChoicePanel { title, focused: v.focus == Focus::Choices, intro, rows, sel, detail })
}

/// A wording's label: its words, whose red lines it crosses (as far as the role sees), and
/// a mark on the one already on the table.
fn wording_label(g: &Game, t: &crate::i18n::Texts, target: Target, available: bool) -> String {
    let Target::Issue { issue, option, ambiguous } = target else { return String::new() };
    let sc = g.scenario();
    let mut label = present::option_label(g, t, issue, option, ambiguous);
    let seen: Vec<String> = (0..sc.actors.len() as u16)
        .filter(|&a| g.option_red_line_seen(issue, option, ambiguous, a) == Some(true))
        .map(|a| present::actor(g, t, a))
        .collect();
    if !seen.is_empty() {
        label.push_str(&format!(" ✗ {}", t.fmt("red-line-for", &[("actors", t.list(&seen).into())])));
    }
    if g.table(issue) == Some((option, ambiguous)) {
        label.push_str(&format!(" ◆ {}", t.get("tui-on-table-mark")));
    } else if !available {
        label.push_str(&format!(" — {}", t.get("blocked-conditions")));
    }
    label
}

/// The support each signatory the role can see would give the table with this wording on
/// it, and what each needs: "support then: Israel +12 (needs 15) · …".
fn wording_support(g: &Game, t: &crate::i18n::Texts, target: Target, needs: bool) -> Option<String> {
    let Target::Issue { issue, option, ambiguous } = target else { return None };
    let then = g.support_if(issue, option, ambiguous);
    let parts: Vec<String> = present::signatories(g)
        .into_iter()
        .filter_map(|a| {
            let (v, exact) = g.support_seen_if(issue, option, ambiguous, a)?;
            // A red line anywhere on the table then, for a party whose lines the role sees.
            let red = g.red_line_seen(a).is_some() && then[a as usize].1;
            Some(super::table::support_part(g, t, a, v, exact, red, needs))
        })
        .collect();
    (!parts.is_empty()).then(|| t.fmt("tui-would-support", &[("parts", parts.join(" · ").into())]))
}

pub fn choices(app: &mut App, f: &mut Frame, area: Rect, panel: ChoicePanel) {
    let list_min = panel.list_min();
    let ChoicePanel { title, focused, intro, rows, sel, detail } = panel;
    let b = block(&app.theme, title, focused);
    let inner = b.inner(area);
    f.render_widget(b, area);
    let intro_h = (intro.len() as u16)
        .min(inner.height.saturating_sub(rows.iter().map(|r| r.len() as u16).sum::<u16>().min(inner.height / 2)));
    // The description wraps in full when it can, leaving the list room for the selected
    // row and its markers.
    let detail_h = (detail.len() as u16).min(inner.height.saturating_sub(intro_h + list_min));
    let [intro_area, list_area, detail_area] =
        Layout::vertical([Constraint::Length(intro_h), Constraint::Min(1), Constraint::Length(detail_h)]).areas(inner);
    f.render_widget(super::para(intro), intro_area);
    list(app, f, list_area, &rows, sel, true);
    f.render_widget(super::para(detail), detail_area);
}
