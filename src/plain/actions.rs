//! The plain front end's action menu: the role's actions, their targets, issues and
//! wordings, and what each costs.

use super::{Plain, SKIP};
use crate::engine::report::ids;
use crate::engine::scenario::TargetKind;
use crate::engine::{Blocked, Decision, Target};
use crate::present;
use fluent::FluentValue;
use std::io::{self, BufRead, Write};

impl<R: BufRead, W: Write> Plain<'_, R, W> {
    /// The role's actions and "end the week". The short menu (name, cost, and why an
    /// action is not possible now) is printed once a week and on `m`; `?` describes every
    /// action; after an action only the prompt is printed again.
    pub(super) fn action_menu(&mut self) -> io::Result<Option<Decision>> {
        let t = self.texts;
        let sc = self.game.scenario().clone();
        loop {
            // Every action of the role keeps its number all game; the unavailable ones say why.
            let all = self.game.role().actions.clone();
            writeln!(self.out, "\n{}", t.fmt("actions-prompt", &[("budget", self.budget_line().into())]))?;
            let targets_of: Vec<Vec<Target>> = all.iter().map(|&a| self.game.valid_targets(a)).collect();
            if self.menu_turn != self.game.turn() {
                self.menu_turn = self.game.turn();
                self.print_actions(false)?;
            } else {
                writeln!(self.out, "{}", t.get("plain-menu-hint"))?;
            }
            self.in_actions = true;
            let n = self.number(all.len(), true);
            self.in_actions = false;
            let Some(n) = n? else { return Ok(None) };
            if n == 0 {
                return Ok(Some(Decision::EndTurn));
            }
            if n == SKIP {
                self.skipping = Some((self.game.values().to_vec(), 0));
                return Ok(Some(Decision::EndTurn));
            }
            if targets_of[n - 1].is_empty() {
                writeln!(self.out, "{}", t.get("blocked-pick-another"))?;
                continue;
            }
            let actions: Vec<(u16, Vec<Target>)> = all.into_iter().zip(targets_of).collect();
            let (action, targets) = actions[n - 1].clone();
            if targets == [Target::None] {
                return Ok(Some(Decision::Act { action, target: Target::None }));
            }
            let picked = match sc.actions[action as usize].target {
                TargetKind::Issue => self.pick_issue_target(&targets)?,
                _ => {
                    writeln!(self.out, "{}", t.get("target-prompt"))?;
                    let labels: Vec<String> =
                        targets.iter().map(|tg| present::target_label(self.game, t, *tg).unwrap_or_default()).collect();
                    match self.menu(&labels, Some(&t.get("back")))? {
                        None => return Ok(None),
                        Some(0) => Some(None),
                        Some(k) => Some(Some(targets[k - 1])),
                    }
                }
            };
            match picked {
                None => return Ok(None),
                Some(None) => continue,
                Some(Some(target)) => return Ok(Some(Decision::Act { action, target })),
            }
        }
    }

    /// The numbered actions and "0. End the week": each with its cost and, when it is not
    /// possible now, why; with `long`, each one's description too.
    pub(super) fn print_actions(&mut self, long: bool) -> io::Result<()> {
        let t = self.texts;
        let sc = self.game.scenario().clone();
        for (i, &a) in self.game.role().actions.clone().iter().enumerate() {
            let m = ids::action(&sc, a);
            let mut label = format!("{} ({})", t.msg(&m), self.cost_line(a));
            // Why it is not possible comes right after the name, before the description
            // (which ends with its own full stop).
            if self.game.valid_targets(a).is_empty() {
                let why = match self.game.action_blocked(a) {
                    Some(Blocked::Budget) => t.get("blocked-budget"),
                    Some(Blocked::UsedUp) => t.get("blocked-used"),
                    Some(Blocked::Cooldown(n)) => t.fmt("blocked-cooldown", &[("turns", FluentValue::from(n as i64))]),
                    Some(Blocked::Conditions) | None => t.get("blocked-conditions"),
                };
                label = format!("{label}{}{why}", t.get("list-separator"));
            }
            if long {
                label = format!("{label} — {}", t.msg(&m.clone().attr("description")));
            }
            writeln!(self.out, "  {}. {label}", i + 1)?;
        }
        writeln!(self.out, "  0. {}", t.get("end-turn"))
    }

    /// Two steps: the issue, then the wording. `Some(None)` means back.
    fn pick_issue_target(&mut self, targets: &[Target]) -> io::Result<Option<Option<Target>>> {
        let t = self.texts;
        let sc = self.game.scenario().clone();
        let mut issues: Vec<u16> = targets
            .iter()
            .filter_map(|x| if let Target::Issue { issue, .. } = x { Some(*issue) } else { None })
            .collect();
        // Issues that wait for another to be drafted are listed too, saying what they wait for.
        issues.extend((0..sc.issues.len() as u16).filter(|&i| !self.game.waits_for(i).is_empty()));
        issues.sort_unstable();
        issues.dedup();
        writeln!(self.out, "{}", t.get("issue-prompt"))?;
        let labels: Vec<String> = issues
            .iter()
            .map(|&i| {
                // An issue's optional `.description` says what each side wants and why.
                let m = ids::issue(&sc, i);
                if let Some(waits) = present::issue_waits(self.game, t, i) {
                    return format!("{}, {waits}", t.msg(&m));
                }
                match t.has(&m.id, Some("description")) {
                    true => format!("{}\n     {}", t.msg(&m), t.msg(&m.clone().attr("description"))),
                    false => t.msg(&m),
                }
            })
            .collect();
        let issue = match self.menu(&labels, Some(&t.get("back")))? {
            None => return Ok(None),
            Some(0) => return Ok(Some(None)),
            Some(k) => issues[k - 1],
        };
        if let Some(waits) = present::issue_waits(self.game, t, issue) {
            writeln!(self.out, "{waits}")?;
            return Ok(Some(None));
        }
        let wordings: Vec<Target> =
            targets.iter().copied().filter(|x| matches!(x, Target::Issue { issue: i, .. } if *i == issue)).collect();
        writeln!(self.out, "{}", t.get("wording-prompt"))?;
        let labels: Vec<String> = wordings
            .iter()
            .map(|w| {
                let Target::Issue { option, ambiguous, .. } = *w else { return String::new() };
                let mut s = present::option_label(self.game, t, issue, option, ambiguous);
                let opt = &sc.issues[issue as usize].options[option as usize];
                let seen: Vec<String> = (0..sc.actors.len() as u16)
                    .filter(|&a| {
                        opt.red_lines(ambiguous)[a as usize]
                            && (self.game.role().view.red_lines[a as usize] || a == self.game.actor())
                    })
                    .map(|a| present::actor(self.game, t, a))
                    .collect();
                if !seen.is_empty() {
                    s.push_str(&format!(" — {}", t.fmt("red-line-for", &[("actors", t.list(&seen).into())])));
                }
                s
            })
            .collect();
        Ok(match self.menu(&labels, Some(&t.get("back")))? {
            None => None,
            Some(0) => Some(None),
            Some(k) => Some(Some(wordings[k - 1])),
        })
    }

    fn budget_line(&self) -> String {
        let sc = self.game.scenario();
        let role = self.game.role();
        let parts: Vec<String> = (0..sc.resources.len())
            .map(|r| {
                format!("{} {}/{}", self.texts.msg(&ids::resource(sc, r)), self.game.budget_left(r), role.budget[r])
            })
            .collect();
        // Joined as the language joins a list, which a screen reader reads as a pause.
        self.texts.list(&parts)
    }

    fn cost_line(&self, a: u16) -> String {
        let sc = self.game.scenario();
        let parts: Vec<String> = sc.actions[a as usize]
            .cost
            .iter()
            .enumerate()
            .filter(|(_, c)| **c != 0)
            .map(|(r, c)| format!("{} {c}", self.texts.msg(&ids::resource(sc, r))))
            .collect();
        if parts.is_empty() { self.texts.get("free") } else { self.texts.list(&parts) }
    }
}
