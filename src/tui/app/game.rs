//! The game screen's keys: the turn's menu (events' options, actions, pickers of targets,
//! issues and wordings), the negotiation table, the log, and "why?".

use super::{App, Focus, Item, Overlay, Picker, Screen, Tab, outcome};
use crate::engine::scenario::{ActionKind, TargetKind};
use crate::engine::{Decision, Game, Phase, Report, Target};
use crate::i18n::Texts;
use crossterm::event::KeyCode;

impl App {
    /// The menu of the turn screen: the pending event's options, a picker's steps, or the
    /// role's actions (every one, with a stable number) and "end the week".
    pub fn items(&self) -> Vec<Item> {
        let (Some(s), Screen::Game(v)) = (&self.session, &self.screen) else { return Vec::new() };
        let g = &s.game;
        match g.phase() {
            Phase::Choosing(e) => g.available_options(e).into_iter().map(Item::Option).collect(),
            Phase::Ended { .. } | Phase::Stopped => Vec::new(),
            Phase::Acting => match &v.picker {
                Some(Picker::Targets { targets, .. }) => {
                    targets.iter().map(|t| Item::Target(*t)).chain([Item::Back]).collect()
                }
                Some(Picker::Wording { wordings, .. }) => wordings
                    .iter()
                    .map(|&(t, ok)| if ok { Item::Target(t) } else { Item::Unavailable(t) })
                    .chain([Item::Back])
                    .collect(),
                Some(Picker::Issue { issues, .. }) => {
                    issues.iter().map(|&i| Item::Issue(i)).chain([Item::Back]).collect()
                }
                None => g
                    .role()
                    .actions
                    .iter()
                    .map(|&a| Item::Action { action: a, enabled: !g.valid_targets(a).is_empty() })
                    .chain([Item::EndTurn])
                    .collect(),
            },
        }
    }

    pub(super) fn game_key(&mut self, code: KeyCode) {
        let items = self.items();
        let Screen::Game(v) = &mut self.screen else { return };
        v.toast = None;
        let pending = v.pending.take();
        match code {
            KeyCode::Char('t') => {
                v.tab = if v.tab == Tab::Table { Tab::Turn } else { Tab::Table };
                return;
            }
            KeyCode::Char('l') => {
                v.tab = if v.tab == Tab::Log { Tab::Turn } else { Tab::Log };
                return;
            }
            KeyCode::Char('s') => {
                let msg = match self.session.as_mut().map(|s| s.save()) {
                    Some(Ok(p)) => self.texts().fmt("saved-to", &[("path", p.display().to_string().into())]),
                    Some(Err(e)) => e,
                    None => return,
                };
                self.overlay = Some(Overlay::Notice(msg));
                return;
            }
            KeyCode::Char('q') => {
                self.ask_quit();
                return;
            }
            KeyCode::Char('w') => {
                self.why();
                return;
            }
            KeyCode::Char('n') => {
                self.skip_quiet();
                return;
            }
            _ => {}
        }
        match v.tab {
            Tab::Log => {
                match code {
                    KeyCode::Down | KeyCode::Char('j') => v.log_scroll += 1,
                    KeyCode::Up | KeyCode::Char('k') => v.log_scroll = v.log_scroll.saturating_sub(1),
                    KeyCode::PageDown => v.log_scroll += 10,
                    KeyCode::PageUp => v.log_scroll = v.log_scroll.saturating_sub(10),
                    KeyCode::Home => v.log_scroll = 0,
                    KeyCode::Esc | KeyCode::Tab => v.tab = Tab::Turn,
                    _ => {}
                }
                return;
            }
            Tab::Table => {
                let issues = self.session.as_ref().map_or(0, |s| s.game.scenario().issues.len());
                match code {
                    KeyCode::Down | KeyCode::Char('j') => v.table_sel = (v.table_sel + 1).min(issues.saturating_sub(1)),
                    KeyCode::Up | KeyCode::Char('k') => v.table_sel = v.table_sel.saturating_sub(1),
                    KeyCode::Enter | KeyCode::Char('d') => self.table_draft(),
                    KeyCode::Char('p') => self.table_propose(),
                    KeyCode::Esc | KeyCode::Tab => v.tab = Tab::Turn,
                    _ => {}
                }
                return;
            }
            Tab::Turn => {}
        }
        match code {
            KeyCode::Tab => {
                v.focus = match v.focus {
                    Focus::Choices => Focus::News,
                    Focus::News => Focus::Meters,
                    Focus::Meters => Focus::Choices,
                }
            }
            KeyCode::BackTab => {
                v.focus = match v.focus {
                    Focus::Choices => Focus::Meters,
                    Focus::News => Focus::Choices,
                    Focus::Meters => Focus::News,
                }
            }
            KeyCode::Down | KeyCode::Char('j') => match v.focus {
                Focus::Choices if !items.is_empty() => v.sel = (v.sel + 1) % items.len(),
                Focus::News => v.news_sel += 1,
                Focus::Meters => v.meter_sel += 1,
                _ => {}
            },
            KeyCode::Up | KeyCode::Char('k') => match v.focus {
                Focus::Choices if !items.is_empty() => v.sel = v.sel.checked_sub(1).unwrap_or(items.len() - 1),
                Focus::News => v.news_sel = v.news_sel.saturating_sub(1),
                Focus::Meters => v.meter_sel = v.meter_sel.saturating_sub(1),
                _ => {}
            },
            KeyCode::Char(c @ '0'..='9') => {
                // Numbers go as far as the menu does: with ten items or more, a digit that
                // could start a longer number selects and waits for the next digit or Enter.
                let d = c as usize - '0' as usize;
                let numbered = items.iter().filter(|i| !matches!(i, Item::EndTurn | Item::Back)).count();
                let n = match pending {
                    Some(p) if p * 10 + d <= numbered => p * 10 + d,
                    _ => d,
                };
                if n == 0 {
                    if let Some(it) = items.iter().find(|i| matches!(i, Item::EndTurn | Item::Back)) {
                        self.activate(it.clone());
                    }
                    return;
                }
                if n > numbered {
                    return;
                }
                v.focus = Focus::Choices;
                v.sel = n - 1;
                if pending.is_none() && n * 10 <= numbered {
                    v.pending = Some(n);
                    return;
                }
                self.activate(items[n - 1].clone());
            }
            KeyCode::Char('e') if items.contains(&Item::EndTurn) => self.activate(Item::EndTurn),
            KeyCode::Enter => match v.focus {
                Focus::Choices => {
                    if let Some(it) = items.get(v.sel) {
                        self.activate(it.clone());
                    }
                }
                _ => self.why(),
            },
            KeyCode::Esc | KeyCode::Backspace => {
                if v.picker.is_some() {
                    self.back();
                } else if v.focus != Focus::Choices {
                    v.focus = Focus::Choices;
                }
            }
            _ => {}
        }
    }

    fn back(&mut self) {
        let Screen::Game(v) = &mut self.screen else { return };
        v.picker = match v.picker.take() {
            Some(Picker::Wording { action, .. }) => self.session.as_ref().map(|s| issue_picker(&s.game, action)),
            _ => None,
        };
        v.sel = 0;
    }

    fn activate(&mut self, item: Item) {
        let Some(s) = self.session.as_mut() else { return };
        let Screen::Game(v) = &mut self.screen else { return };
        let decision = match item {
            Item::Option(o) => Some(Decision::Choose(o)),
            Item::EndTurn => Some(Decision::EndTurn),
            Item::Back => {
                self.back();
                return;
            }
            Item::Action { enabled: false, action } => {
                let why = blocked_notice(&s.game, &s.texts, action);
                self.overlay = Some(Overlay::Notice(why));
                return;
            }
            Item::Action { action, .. } => {
                let targets = s.game.valid_targets(action);
                match s.game.scenario().actions[action as usize].target {
                    TargetKind::None => Some(Decision::Act { action, target: Target::None }),
                    TargetKind::Issue => {
                        v.picker = Some(issue_picker(&s.game, action));
                        v.sel = 0;
                        None
                    }
                    TargetKind::Actor(_) => {
                        v.picker = Some(Picker::Targets { action, targets });
                        v.sel = 0;
                        None
                    }
                }
            }
            Item::Issue(issue) => match &v.picker {
                Some(Picker::Issue { .. })
                    if let Some(waits) = crate::present::issue_waits(&s.game, &s.texts, issue) =>
                {
                    self.overlay = Some(Overlay::Notice(waits));
                    return;
                }
                Some(Picker::Issue { action, .. }) => {
                    let action = *action;
                    let wordings = wordings(&s.game, action, issue);
                    v.sel = wordings.iter().position(|w| w.1).unwrap_or(0);
                    v.picker = Some(Picker::Wording { action, issue, wordings });
                    None
                }
                _ => None,
            },
            Item::Unavailable(target) => {
                let on_table = match target {
                    Target::Issue { issue, option, ambiguous } => s.game.table(issue) == Some((option, ambiguous)),
                    _ => false,
                };
                let why = match &v.picker {
                    _ if on_table => s.texts.get("tui-on-table-already"),
                    Some(Picker::Wording { action, .. }) => blocked_text(&s.game, &s.texts, *action),
                    _ => s.texts.get("blocked-conditions"),
                };
                self.overlay = Some(Overlay::Notice(why));
                return;
            }
            Item::Target(t) => match &v.picker {
                Some(Picker::Targets { action, .. } | Picker::Wording { action, .. }) => {
                    Some(Decision::Act { action: *action, target: t })
                }
                _ => None,
            },
        };
        if let Some(d) = decision {
            self.decide(d);
        }
    }

    /// Applies a decision and resets the menu; the end screen follows the last turn.
    pub fn decide(&mut self, d: Decision) {
        let Some(s) = self.session.as_mut() else { return };
        if d == Decision::EndTurn {
            s.seen = None;
        }
        let turn = s.game.turn();
        let reports = match s.apply(d) {
            Ok(r) => r,
            Err(e) => {
                let msg = s.texts.fmt("not-allowed", &[("reason", e.to_string().into())]);
                self.overlay = Some(Overlay::Notice(msg));
                return;
            }
        };
        if s.game.is_over() {
            self.screen = Screen::End { scroll: 0 };
            return;
        }
        let (g, t) = (&s.game, &s.texts);
        // A proposal's outcome opens where it happens; another action says what it changed.
        if let Decision::Act { action, .. } = d {
            if g.scenario().actions[action as usize].kind == ActionKind::Propose {
                let (lines, rows) = outcome::result_lines(g, t, &reports);
                let sel = rows.iter().position(Option::is_some).unwrap_or(0);
                self.overlay = Some(Overlay::Result { lines, rows, sel, scroll: 0 });
            } else if let Screen::Game(v) = &mut self.screen {
                v.toast = Some(outcome::toast(g, t, action, &reports));
            }
        }
        let new_week = g.turn() != turn;
        if let Screen::Game(v) = &mut self.screen {
            v.picker = None;
            v.sel = 0;
            v.news_sel = 0;
        }
        // Each new week opens with its briefing.
        if new_week {
            self.brief(None, 0);
        }
    }

    fn table_draft(&mut self) {
        let Some(s) = &self.session else { return };
        let Screen::Game(v) = &mut self.screen else { return };
        if s.game.phase() != Phase::Acting {
            v.tab = Tab::Turn;
            return;
        }
        let g = &s.game;
        let draft =
            g.role().actions.iter().copied().find(|&a| g.scenario().actions[a as usize].kind == ActionKind::Draft);
        let Some(action) = draft else {
            self.overlay = Some(Overlay::Notice(s.texts.get("tui-cannot-draft")));
            return;
        };
        let issue = v.table_sel as u16;
        if let Some(waits) = crate::present::issue_waits(g, &s.texts, issue) {
            self.overlay = Some(Overlay::Notice(waits));
            return;
        }
        let wordings = wordings(g, action, issue);
        if !wordings.iter().any(|w| w.1) {
            self.overlay = Some(Overlay::Notice(blocked_notice(g, &s.texts, action)));
            return;
        }
        v.tab = Tab::Turn;
        v.focus = Focus::Choices;
        v.sel = wordings.iter().position(|w| w.1).unwrap_or(0);
        v.picker = Some(Picker::Wording { action, issue, wordings });
    }

    fn table_propose(&mut self) {
        let Some(s) = &self.session else { return };
        let g = &s.game;
        let propose =
            g.role().actions.iter().copied().find(|&a| g.scenario().actions[a as usize].kind == ActionKind::Propose);
        match propose {
            Some(a) if !g.valid_targets(a).is_empty() && g.phase() == Phase::Acting => {
                self.decide(Decision::Act { action: a, target: Target::None })
            }
            Some(a) => self.overlay = Some(Overlay::Notice(blocked_notice(g, &s.texts, a))),
            None => self.overlay = Some(Overlay::Notice(s.texts.get("tui-cannot-propose"))),
        }
    }

    /// "Why?": the causes behind the selected news item or meter, or this turn's changes.
    pub fn why(&mut self) {
        let (Some(s), Screen::Game(v)) = (&self.session, &self.screen) else { return };
        let t = &s.texts;
        let g = &s.game;
        let (title, lines) = match v.focus {
            Focus::Meters => {
                let rows = crate::tui::view::meter_rows(g);
                let Some(row) = rows.get(v.meter_sel.min(rows.len().saturating_sub(1))) else { return };
                let label = crate::present::slot_label(g, t, row.slot).unwrap_or_default();
                let mut lines = Vec::new();
                let mut turn = 0;
                for r in g.log() {
                    match r {
                        Report::TurnBegan { turn: n, .. } => turn = *n,
                        Report::Changed { slot, before, after, cause } if *slot == row.slot => lines.push(format!(
                            "{} {before} → {after} {} ← {}",
                            t.fmt("tui-week", &[("turn", (turn as i64).into())]),
                            crate::present::trend_in(t, crate::present::delta(*before, *after)),
                            crate::present::cause(g, t, *slot, cause, self.show_expressions)
                        )),
                        _ => {}
                    }
                }
                lines.reverse();
                (label, lines)
            }
            Focus::News => {
                let items = crate::tui::view::news_items(s);
                let Some((head, changes)) = items.get(v.news_sel.min(items.len().saturating_sub(1))) else { return };
                let title =
                    crate::present::news(g, t, head).unwrap_or_default().lines().next().unwrap_or("").to_string();
                (title, why_lines(g, t, changes, self.show_expressions))
            }
            Focus::Choices => (t.get("why-title"), why_lines(g, t, s.turn_reports(), self.show_expressions)),
        };
        let lines = if lines.is_empty() { vec![t.get("why-nothing")] } else { lines };
        self.overlay = Some(Overlay::Why { title, lines, scroll: 0, back: None });
    }
}

impl App {
    /// Keys on a proposal's result panel: ↑↓ choose a signatory's line, Enter or `w` opens
    /// "why?" on its answer, PageUp/PageDown scroll, anything else closes.
    pub(super) fn result_key(&mut self, code: KeyCode) {
        let Some(Overlay::Result { lines, rows, sel, scroll }) = &mut self.overlay else { return };
        let step = |from: usize, down: bool| {
            let mut i = from;
            loop {
                i = if down { i + 1 } else { i.checked_sub(1)? };
                if rows.get(i)?.is_some() {
                    return Some(i);
                }
            }
        };
        match code {
            KeyCode::Down | KeyCode::Char('j') => *sel = step(*sel, true).unwrap_or(*sel),
            KeyCode::Up | KeyCode::Char('k') => *sel = step(*sel, false).unwrap_or(*sel),
            KeyCode::PageDown => *scroll = (*scroll + 10).min(lines.len().saturating_sub(1)),
            KeyCode::PageUp => *scroll = scroll.saturating_sub(10),
            KeyCode::Enter | KeyCode::Char('w') if rows.get(*sel).is_some_and(Option::is_some) => self.answer_why(),
            _ => self.overlay = None,
        }
    }

    /// "Why?" on the selected signatory's answer, over the result panel it returns to.
    pub(super) fn answer_why(&mut self) {
        let (Some(s), Some(Overlay::Result { rows, sel, .. })) = (&self.session, &self.overlay) else { return };
        let Some(Some(a)) = rows.get(*sel).copied() else { return };
        let (g, t) = (&s.game, &s.texts);
        let title = crate::present::actor(g, t, a);
        let lines = crate::present::answer_why(g, t, a, self.show_expressions, false);
        let back = self.overlay.take().map(Box::new);
        self.overlay = Some(Overlay::Why { title, lines, scroll: 0, back });
    }
}

fn issue_picker(g: &Game, action: u16) -> Picker {
    let mut issues: Vec<u16> = g
        .valid_targets(action)
        .iter()
        .filter_map(|t| if let Target::Issue { issue, .. } = t { Some(*issue) } else { None })
        .collect();
    // Issues that wait for another to be drafted are listed too, to say what they wait for.
    issues.extend((0..g.scenario().issues.len() as u16).filter(|&i| !g.waits_for(i).is_empty()));
    issues.sort_unstable();
    issues.dedup();
    Picker::Issue { action, issues }
}

/// Every wording of an issue, plain and vague, in the pack's order (so their numbers never
/// move), each with whether the drafting action can put it on the table now.
fn wordings(g: &Game, action: u16, issue: u16) -> Vec<(Target, bool)> {
    let valid = g.valid_targets(action);
    let mut out = Vec::new();
    for (o, opt) in g.scenario().issues[issue as usize].options.iter().enumerate() {
        let variants = if opt.ambiguous.is_some() { &[false, true][..] } else { &[false][..] };
        for &ambiguous in variants {
            let t = Target::Issue { issue, option: o as u8, ambiguous };
            out.push((t, valid.contains(&t)));
        }
    }
    out
}

/// Why an action cannot be taken, then its description (which says when it can be), for
/// the notice shown when it is chosen anyway.
fn blocked_notice(g: &Game, t: &Texts, action: u16) -> String {
    let why = t.fmt("tui-blocked-detail", &[("reason", blocked_text(g, t, action).into())]);
    let m = crate::engine::report::ids::action(g.scenario(), action).attr("description");
    format!("{why}\n\n{}", t.msg(&m))
}

/// Why an action cannot be taken, in words.
pub fn blocked_text(g: &Game, t: &Texts, action: u16) -> String {
    use crate::engine::Blocked;
    match g.action_blocked(action) {
        Some(Blocked::Budget) => t.get("blocked-budget"),
        Some(Blocked::UsedUp) => t.get("blocked-used"),
        Some(Blocked::Cooldown(n)) => t.fmt("blocked-cooldown", &[("turns", (n as i64).into())]),
        Some(Blocked::Conditions) | None => t.get("blocked-conditions"),
    }
}

/// Each change a role can see, with its cause: "Momentum: 25 → 29 ▲ +4 ← event …".
fn why_lines(g: &crate::engine::Game, t: &crate::i18n::Texts, reports: &[Report], expressions: bool) -> Vec<String> {
    reports
        .iter()
        .filter_map(|r| match r {
            Report::Changed { slot, before, after, cause } => crate::present::change_line(g, t, *slot, *before, *after)
                .map(|l| format!("{l} ← {}", crate::present::cause(g, t, *slot, cause, expressions))),
            _ => None,
        })
        .collect()
}
