//! What a decision did, said where it happens: a proposal's result panel (each signatory,
//! its answer and the reason in words) and the one-line toast after any other action.

use crate::engine::scenario::{ActionKind, ActorIx};
use crate::engine::{Game, Report};
use crate::i18n::Texts;
use crate::present;

/// The result panel of a proposal: one line per signatory (with the signatory it tells,
/// for "why?" on that line), then the verdict.
pub fn result_lines(g: &Game, t: &Texts, reports: &[Report]) -> (Vec<String>, Vec<Option<ActorIx>>) {
    let (mut lines, mut rows) = (Vec::new(), Vec::new());
    for r in reports {
        match r {
            Report::Responded { actor, accepts, why, .. } => {
                let mark = if *accepts { "✓" } else { "✗" };
                lines.push(format!("{mark} {}", present::response(g, t, *actor, *accepts, *why)));
                rows.push(Some(*actor));
            }
            Report::NotAsked { .. } => {
                if let Some(l) = present::news(g, t, r) {
                    lines.push(format!("○ {l}"));
                    rows.push(None);
                }
            }
            Report::Rejected | Report::Signed { .. } => {
                lines.push(String::new());
                rows.push(None);
                if let Some(l) = present::news(g, t, r) {
                    lines.push(l);
                    rows.push(None);
                }
            }
            _ => {}
        }
    }
    (lines, rows)
}

/// One line of what an action changed that the role can see, or that nothing visible did.
pub fn toast(g: &Game, t: &Texts, action: u16, reports: &[Report]) -> String {
    let action_name = t.msg(&crate::engine::report::ids::action(g.scenario(), action));
    let name = match reports.iter().find_map(|r| match r {
        Report::Action { target, .. } => present::target_label(g, t, *target),
        _ => None,
    }) {
        Some(target) => t.pair(&action_name, &target),
        None => action_name.clone(),
    };
    // A draft changes the support for the table, which the toast tells.
    if g.scenario().actions[action as usize].kind == ActionKind::Draft {
        let parts: Vec<String> = present::signatories(g)
            .into_iter()
            .filter_map(|a| {
                let (v, exact) = g.support_seen(a)?;
                Some(format!("{} \u{2066}{}{v:+}\u{2069}", present::actor(g, t, a), if exact { "" } else { "≈" }))
            })
            .collect();
        let changes = t.fmt("support-line", &[("parts", parts.join(" · ").into())]);
        return t.fmt("tui-toast", &[("action", action_name.into()), ("changes", changes.into())]);
    }
    let changes: Vec<String> = reports
        .iter()
        .filter_map(|r| match r {
            Report::Changed { slot, before, after, .. } if before != after => Some(format!(
                "{} {}",
                present::slot_label(g, t, *slot)?,
                present::trend_in(t, present::delta(*before, *after))
            )),
            _ => None,
        })
        .collect();
    if changes.is_empty() {
        t.fmt("tui-toast-nothing", &[("action", name.into())])
    } else {
        t.fmt("tui-toast", &[("action", name.into()), ("changes", changes.join(" · ").into())])
    }
}
