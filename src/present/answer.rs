//! "Why?" on one signatory's answer to a proposal: how it weighed each wording on the table,
//! every part of its rule to accept as it stood when it answered (held or not), and what
//! moved the values that rule reads. Only what the role may see is told.

use super::{cause, refusal_as, slot_label, trend_in};
use crate::engine::expr::Part;
use crate::engine::report::ids;
use crate::engine::scenario::ActorIx;
use crate::engine::{Game, Refusal, Report};
use crate::i18n::Texts;

/// How many recent changes to the values its rule reads are told.
const RECENT: usize = 6;

/// The lines of "why?" on `a`'s answer to this turn's proposal; `raw` adds each rule's
/// expression to the causes, for modders; `spoken` words the marks and changes for a screen
/// reader (plain mode).
pub fn answer_why(g: &Game, t: &Texts, a: ActorIx, raw: bool, spoken: bool) -> Vec<String> {
    let mark = |held: bool| match (spoken, held) {
        (false, true) => "✓".to_string(),
        (false, false) => "✗".to_string(),
        (true, true) => t.get("answer-held"),
        (true, false) => t.get("answer-unmet"),
    };
    let sc = g.scenario();
    let mut lines = Vec::new();
    if a == g.actor() {
        lines.push(match put_by_another(g, a) {
            Some(by) => t.fmt("answer-yours", &[("actor", super::actor(g, t, by).into())]),
            None => t.get("answer-own"),
        });
        return lines;
    }
    // How it weighed each wording on the table when it answered.
    let l = &sc.layout;
    let values = g.answer_values().unwrap_or(g.values());
    let tabled: Vec<(u16, u8, bool)> = (0..sc.issues.len() as u16)
        .filter_map(|i| {
            let v = values[(l.table + i as u32) as usize];
            (v > 0).then(|| (i, (v - 1) as u8, values[(l.table_ambiguous + i as u32) as usize] != 0))
        })
        .collect();
    if !tabled.is_empty() {
        lines.push(t.get("answer-wordings"));
        for (issue, option, ambiguous) in tabled {
            let name = t.msg(&ids::issue(sc, issue));
            let wording = super::option_label(g, t, issue, option, ambiguous);
            let weight = sc.issues[issue as usize].weight[a as usize] as i64;
            let line = match g.stance_seen(issue, option, ambiguous, a) {
                Some((v, exact)) => t.fmt(
                    "answer-wording",
                    &[
                        ("issue", name.into()),
                        ("wording", wording.into()),
                        ("stance", format!("\u{2066}{}{v:+}\u{2069}", if exact { "" } else { "≈" }).into()),
                        ("weight", weight.into()),
                    ],
                ),
                None => t.fmt("answer-wording-unseen", &[("issue", name.into()), ("wording", wording.into())]),
            };
            let red = g.option_red_line_seen(issue, option, ambiguous, a) == Some(true);
            lines.push(if red {
                format!("{} {line} {}", mark(false), t.get("answer-its-red-line"))
            } else if spoken {
                line
            } else {
                format!("· {line}")
            });
        }
        lines.push(String::new());
    }
    // Every part of its rule, as it stood.
    let parts = g.answer_parts(a);
    if !parts.is_empty() {
        lines.push(t.get("answer-rule"));
        for (part, held) in parts {
            let words = match part {
                Part::Compare { .. } => refusal_as(g, t, a, Refusal::Rule(part), spoken),
                Part::Flag { slot, wanted } => flag_words(g, t, slot, wanted),
                Part::Other => None,
            };
            let words = words.unwrap_or_else(|| t.get("answer-part-unseen"));
            // Two parts that read the same way (a rule that asks the same in two clauses)
            // are told once.
            let line = format!("{} {words}", mark(held));
            if !lines.contains(&line) {
                lines.push(line);
            }
        }
        lines.push(String::new());
    }
    // What moved those values lately, newest first.
    let reads = g.accept_reads(a);
    let mut turn = 0;
    let mut moved = Vec::new();
    for r in g.log() {
        match r {
            Report::TurnBegan { turn: n, .. } => turn = *n,
            Report::Changed { slot, before, after, cause: c } if before != after && reads.contains(slot) => {
                let week = t.fmt("tui-week", &[("turn", (turn as i64).into())]);
                let because = cause(g, t, *slot, c, raw);
                if spoken {
                    if let Some(line) = super::change_line_as(g, t, *slot, *before, *after, true) {
                        let line = t.fmt("spoken-because", &[("change", line.into()), ("cause", because.into())]);
                        moved.push(format!("{week} {line}"));
                    }
                } else if let Some(label) = slot_label(g, t, *slot) {
                    let trend = trend_in(t, super::delta(*before, *after));
                    moved.push(format!("{week} {label} {before} → {after} {trend} ← {because}"));
                }
            }
            _ => {}
        }
    }
    if !moved.is_empty() {
        lines.push(t.get("answer-moved"));
        lines.extend(moved.into_iter().rev().take(RECENT));
    }
    if lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

/// A yes-or-no part of a rule in words, when the pack names the flag.
fn flag_words(g: &Game, t: &Texts, slot: u32, wanted: bool) -> Option<String> {
    let crate::engine::scenario::SlotName::Flag(f) = g.scenario().slot_name(slot) else { return None };
    let m = ids::flag(g.scenario(), f);
    if !t.has(&m.id, None) {
        return None;
    }
    Some(t.fmt("answer-flag", &[("flag", t.msg(&m).into()), ("wanted", if wanted { "yes" } else { "no" }.into())]))
}

/// The chair nobody plays whose text the player's side `a` answered last, when it answered
/// one (through an answer event) rather than its own proposal.
fn put_by_another(g: &Game, a: ActorIx) -> Option<ActorIx> {
    let mut log = g.log().iter().rev().skip_while(|r| !matches!(r, Report::Responded { actor, .. } if *actor == a));
    log.next()?;
    for r in log {
        match r {
            Report::Put { actor } if *actor != a => return Some(*actor),
            Report::Action { .. } | Report::TurnBegan { .. } | Report::Responded { .. } => return None,
            _ => {}
        }
    }
    None
}
