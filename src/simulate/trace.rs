//! One simulated game told in full, for a modder asking why the run came out as it did:
//! each decision the policy took, what happened, and every change with its cause.

use super::{Policy, play_with};
use crate::engine::report::ids;
use crate::engine::{Report, Scenario, Setup};
use crate::i18n::Texts;
use crate::present;
use std::fmt::Write as _;
use std::sync::Arc;

/// The transcript of the game `setup` plays under `policy`: the news as a player reads it,
/// each decision after `>>`, and under each item the changes it caused with their causes
/// (the rule's expression too when `raw`); the ending and what decided it last.
pub fn trace(sc: &Arc<Scenario>, t: &Texts, setup: Setup, policy: Policy, raw: bool) -> String {
    let setup = Setup { record: true, ..setup };
    let out = std::cell::RefCell::new(String::new());
    let role = &sc.roles[setup.role as usize].id;
    let _ = writeln!(out.borrow_mut(), "# {} as `{role}`, seed {}, {policy:?} policy", sc.id, setup.seed);
    let g = play_with(
        sc,
        setup,
        policy,
        |g, d| {
            let _ = writeln!(out.borrow_mut(), "\n>> {}", present::decision(g, t, d));
        },
        |g, reports| {
            let mut o = out.borrow_mut();
            for r in &reports {
                match r {
                    Report::Changed { slot, before, after, cause } if before != after => {
                        if let Some(line) = present::change_line(g, t, *slot, *before, *after) {
                            let _ = writeln!(o, "   {line} ← {}", present::cause(g, t, *slot, cause, raw));
                        }
                    }
                    Report::TurnBegan { .. } => {
                        if let Some(line) = present::news(g, t, r) {
                            let _ = writeln!(o, "\n{line}");
                        }
                    }
                    // The decision above already says what the player did.
                    Report::Action { .. } => {}
                    _ => {
                        if let Some(line) = present::news(g, t, r) {
                            let _ = writeln!(o, "{line}");
                        }
                    }
                }
            }
        },
    );
    let mut out = out.into_inner();
    if let Some((e, score)) = g.ended() {
        let title = t.msg(&ids::ending(sc, e).attr("title"));
        let _ = writeln!(out, "\n{title} ({score})");
        if let Some(turning) = present::turning_point(&g, t) {
            let _ = writeln!(out, "{turning}");
        }
    }
    out
}
