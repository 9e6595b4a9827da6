//! Words for what the engine reports, shared by the front ends.
//!
//! Front ends hold no game rules: they ask the engine what happened and what is allowed,
//! and ask this module how to say it in the player's language.

use crate::engine::expr::{Cmp, Effect, Part, Shape};
use crate::engine::report::ids;
use crate::engine::scenario::{ActorIx, SlotName};
use crate::engine::{Chooser, Decision, Game, Refusal, Report, Source, Target};
use crate::i18n::Texts;
use fluent::FluentValue;

mod answer;
mod briefing;
pub mod reload;
pub use answer::answer_why;
pub use briefing::{Briefing, DEADLINE_NEAR, briefing, needs_player};

/// The change from `before` to `after`, in a type wide enough for any two values.
pub fn delta(before: i32, after: i32) -> i64 {
    i64::from(after) - i64::from(before)
}

/// A whole number as the player's language writes it ("1,500").
pub fn number(t: &Texts, n: i32) -> String {
    t.fmt("number", &[("n", FluentValue::from(n))])
}

/// A change in the player's language, its number grouped as the language groups numbers
/// ("▲ +1,200"), with a sign, so meaning never rests on colour.
pub fn trend_in(t: &Texts, delta: i64) -> String {
    match delta {
        0 => String::new(),
        d if d > 0 => t.fmt("trend-up", &[("delta", FluentValue::from(d))]),
        d => t.fmt("trend-down", &[("delta", FluentValue::from(d))]),
    }
}

/// A change in words a screen reader speaks as words ("(down 2)"); empty for none.
pub fn trend_spoken(t: &Texts, delta: i64) -> String {
    let (dir, n) = match delta {
        0 => return String::new(),
        d if d > 0 => ("up", d),
        d => ("down", -d),
    };
    t.fmt("spoken-trend", &[("dir", dir.into()), ("delta", FluentValue::from(n))])
}

/// [`trend_in`], or [`trend_spoken`] when `spoken`.
pub fn trend_as(t: &Texts, delta: i64, spoken: bool) -> String {
    if spoken { trend_spoken(t, delta) } else { trend_in(t, delta) }
}

/// A sign for a change, so meaning never rests on colour (digits as they are; for the
/// player, [`trend_in`]).
pub fn trend(delta: i64) -> String {
    match delta {
        0 => String::new(),
        d if d > 0 => format!("▲ +{d}"),
        d => format!("▼ {d}"),
    }
}

pub fn actor(g: &Game, t: &Texts, a: ActorIx) -> String {
    t.msg(&ids::actor(g.scenario(), a))
}

/// The signatories (actors with a rule to accept), in the scenario's order; a conditional
/// one is needed only while its `signs_when` holds ([`Game::must_sign`]).
///
/// [`Game::must_sign`]: crate::engine::Game::must_sign
pub fn signatories(g: &Game) -> Vec<ActorIx> {
    let sc = g.scenario();
    (0..sc.actors.len() as ActorIx).filter(|&a| sc.actors[a as usize].accept.is_some()).collect()
}

/// Beside a signatory, that a proposal put now would not need its signature (its
/// `signs_when` does not hold): " (not needed to sign now)", or nothing.
pub fn not_needed_mark(g: &Game, t: &Texts, a: ActorIx) -> String {
    if g.must_sign(a) { String::new() } else { format!(" ({})", t.get("signatory-not-needed")) }
}

/// What an issue waits for before a wording on it can be drafted ("needs Borders on the
/// table first"), or `None` when it can be drafted now.
pub fn issue_waits(g: &Game, t: &Texts, issue: crate::engine::scenario::IssueIx) -> Option<String> {
    let sc = g.scenario();
    let names: Vec<String> = g.waits_for(issue).into_iter().map(|r| t.msg(&ids::issue(sc, r))).collect();
    (!names.is_empty()).then(|| t.fmt("issue-waits", &[("issues", t.list(&names).into())]))
}

/// The name of what a slot holds, or `None` for what the role does not see.
pub fn slot_label(g: &Game, t: &Texts, slot: u32) -> Option<String> {
    slot_label_as(g, t, slot, false)
}

/// [`slot_label`], in words a screen reader speaks as words when `spoken` ("Trust of A in
/// B" rather than an arrow).
pub fn slot_label_as(g: &Game, t: &Texts, slot: u32, spoken: bool) -> Option<String> {
    let sc = g.scenario();
    match sc.slot_name(slot) {
        SlotName::Meter(m, a) => {
            if !g.role().view.meters[m as usize] {
                return None;
            }
            let name = t.msg(&ids::meter(sc, m));
            Some(match a {
                Some(a) => t.fmt("meter-of", &[("meter", name.into()), ("actor", actor(g, t, a).into())]),
                None => name,
            })
        }
        SlotName::Trust(a, b) => {
            let id = if spoken { "spoken-trust-between" } else { "trust-between" };
            Some(t.fmt(id, &[("from", actor(g, t, a).into()), ("to", actor(g, t, b).into())]))
        }
        SlotName::Signed(i) => Some(t.fmt("signed-issue", &[("issue", t.msg(&ids::issue(sc, i)).into())])),
        SlotName::Ambiguity => Some(t.get("ambiguity")),
        SlotName::Flag(_) | SlotName::Counter(_) | SlotName::Internal => None,
    }
}

/// What caused a change to `slot`, in words, with how the rule moves it ("your action
/// “Visit” (rises by up to 10)"); `raw` adds the expression itself, for modders.
pub fn cause(g: &Game, t: &Texts, slot: u32, c: &crate::engine::Cause, raw: bool) -> String {
    let (what, effect) = cause_parts(g, t, c);
    let Some(e) = effect else { return what };
    let sc = g.scenario();
    let shape = e.shape(slot, sc.actors.len() as u16, &|s| sc.slot_bounds(s as u32));
    let mut out = match shape_words(t, shape) {
        Some(rule) => t.fmt("cause-rule", &[("cause", what.into()), ("rule", rule.into())]),
        None => what,
    };
    if raw {
        out = format!("{out} [{}]", e.src);
    }
    out
}

/// How a rule moves a value, in words ("rises by up to 10"); `None` for a flag.
pub fn shape_words(t: &Texts, shape: Shape) -> Option<String> {
    let n = |id: &str, v: i64| t.fmt(id, &[("n", FluentValue::from(v))]);
    let two = |id: &str, lo: i64, hi: i64| t.fmt(id, &[("lo", FluentValue::from(lo)), ("hi", FluentValue::from(hi))]);
    Some(match shape {
        Shape::By { lo, hi } if lo == hi && lo >= 0 => n("effect-rises", lo),
        Shape::By { lo, hi } if lo == hi => n("effect-falls", -lo),
        Shape::By { lo: 0, hi } if hi > 0 => n("effect-rises-up-to", hi),
        Shape::By { lo, hi: 0 } => n("effect-falls-up-to", -lo),
        Shape::By { lo, hi } if lo > 0 => two("effect-rises-between", lo, hi),
        Shape::By { lo, hi } if hi < 0 => two("effect-falls-between", -hi, -lo),
        Shape::By { lo, hi } => n("effect-moves-up-to", hi.max(-lo)),
        Shape::To { lo, hi } if lo >= hi => n("effect-set-to", lo),
        Shape::To { lo, hi } => two("effect-set-between", lo, hi),
        Shape::Varies => t.get("effect-varies"),
        Shape::Flag(_) => return None,
    })
}

/// Who chose an event's option, as the log last tells it.
fn chooser(g: &Game, e: u16, o: u8) -> Option<Chooser> {
    g.log().iter().rev().find_map(|r| match r {
        Report::Chosen { event, option, by } if (*event, *option) == (e, o) => Some(*by),
        _ => None,
    })
}

/// The title of the chair an actor sits in ("the Palestinian President"), or the actor's
/// name when no chair is its.
pub fn chair(g: &Game, t: &Texts, a: ActorIx) -> String {
    let sc = g.scenario();
    match sc.roles.iter().position(|r| r.actor == a) {
        Some(r) => t.msg(&ids::role(sc, r as crate::engine::scenario::RoleIx)),
        None => actor(g, t, a),
    }
}

/// Who tabled an issue's wording, when another chair did: "tabled by US mediators".
pub fn author_note(g: &Game, t: &Texts, issue: crate::engine::scenario::IssueIx) -> Option<String> {
    let a = g.author(issue).filter(|&a| a != g.actor())?;
    Some(t.fmt("table-author", &[("actor", actor(g, t, a).into())]))
}

/// What decided the ending, for the debrief: "What decided it, in week 40: …".
pub fn turning_point(g: &Game, t: &Texts) -> Option<String> {
    let (week, c) = g.turning_point()?;
    Some(t.fmt("ending-turning-point", &[("week", (week as i64).into()), ("cause", turning_cause(g, t, c).into())]))
}

/// The ending's epilogue as the debrief tells it: the chair's own epilogue (or the
/// ending's), the ending's lines that hold ([`ending_lines`]), then the account of this game
/// that what happened chose, with the change that chose it ("What chose this account, in
/// week 30: …").
pub fn epilogue(g: &Game, t: &Texts) -> Vec<String> {
    let Some((e, _)) = g.ended() else { return Vec::new() };
    let sc = g.scenario();
    let m = ids::ending(sc, e);
    let per_role = format!("{}-{}", m.id, g.role().id);
    let mut out = vec![if t.has(&per_role, None) { t.get(&per_role) } else { t.msg(&m.clone().attr("epilogue")) }];
    out.extend(ending_lines(g, t));
    if let Some(v) = g.ended_variant() {
        let id = format!("{}-variant-{}", m.id, sc.endings[e as usize].variants[v as usize].id);
        let own = format!("{id}-{}", g.role().id);
        out.push(if t.has(&own, None) { t.get(&own) } else { t.get(&id) });
        if let Some((week, c)) = g.variant_turning_point() {
            let cause = turning_cause(g, t, c);
            out.push(t.fmt("ending-variant-turning-point", &[("week", (week as i64).into()), ("cause", cause.into())]));
        }
    }
    out
}

/// The ending's lines whose condition held as the game ended ("The borders were signed on
/// the 1967 lines …"), each in words, in the scenario's order.
pub fn ending_lines(g: &Game, t: &Texts) -> Vec<String> {
    let Some((e, _)) = g.ended() else { return Vec::new() };
    let sc = g.scenario();
    let ending = &sc.endings[e as usize];
    g.ended_lines().into_iter().map(|l| t.get(&format!("ending-{}-line-{}", ending.id, ending.lines[l].id))).collect()
}

/// A change that tipped a condition, in words: a choice the computer made is told as news.
fn turning_cause(g: &Game, t: &Texts, c: crate::engine::Cause) -> String {
    let sc = g.scenario();
    match c.source {
        Source::Negotiation => t.get("turning-signing"),
        // An option the computer chose, and a computer actor's move, are told as news.
        Source::Option(e, o) => {
            let m = ids::option(sc, e, o);
            let by_player = g.log().iter().rev().find_map(|r| match r {
                Report::Chosen { event, option, by } if (*event, *option) == (e, o) => Some(*by == Chooser::Player),
                _ => None,
            });
            let what =
                if by_player == Some(false) && t.has(&m.id, Some("news")) { t.msg(&m.attr("news")) } else { t.msg(&m) };
            t.fmt("turning-option", &[("event", t.msg(&ids::event(sc, e).attr("title")).into()), ("what", what.into())])
        }
        Source::Reaction(a, r) => t.msg(&ids::reaction(sc, a, r)),
        Source::Event(e) => t.fmt("turning-event", &[("event", t.msg(&ids::event(sc, e).attr("title")).into())]),
        _ => cause_parts(g, t, &c).0,
    }
}

/// A cause in words, and the effect that made the change, if known.
fn cause_parts<'g>(g: &'g Game, t: &Texts, c: &crate::engine::Cause) -> (String, Option<&'g Effect>) {
    let sc = g.scenario();
    let (what, effects) = match c.source {
        Source::Event(e) => (
            t.fmt("cause-event", &[("event", t.msg(&ids::event(sc, e).attr("title")).into())]),
            Some(&sc.events[e as usize].effects),
        ),
        Source::Option(e, o) => {
            // A choice the computer made for another chair is told in the third person.
            let m = ids::option(sc, e, o);
            let event = t.msg(&ids::event(sc, e).attr("title"));
            let what = match chooser(g, e, o) {
                Some(Chooser::Player) | None => {
                    t.fmt("cause-option", &[("option", t.msg(&m).into()), ("event", event.into())])
                }
                Some(_) if t.has(&m.id, Some("news")) => {
                    t.fmt("cause-option-news", &[("news", t.msg(&m.attr("news")).into()), ("event", event.into())])
                }
                Some(Chooser::Actor(a)) => t.fmt(
                    "cause-option-by",
                    &[("option", t.msg(&m).into()), ("event", event.into()), ("chair", chair(g, t, a).into())],
                ),
                Some(Chooser::Chance) => {
                    t.fmt("cause-option-chance", &[("option", t.msg(&m).into()), ("event", event.into())])
                }
            };
            (what, Some(&sc.events[e as usize].options[o as usize].effects))
        }
        Source::Action(a) => (
            t.fmt("cause-action", &[("action", t.msg(&ids::action(sc, a)).into())]),
            Some(&sc.actions[a as usize].effects),
        ),
        Source::Reaction(a, r) => (
            t.fmt("cause-reaction", &[("actor", actor(g, t, a).into())]),
            Some(&sc.actors[a as usize].reactions[r as usize].effects),
        ),
        Source::Difficulty(d) => (
            t.fmt("cause-difficulty", &[("difficulty", t.msg(&ids::difficulty(sc, d)).into())]),
            Some(&sc.difficulties[d as usize].effects),
        ),
        Source::Negotiation => (t.get("cause-negotiation"), None),
        Source::Expiry => (t.get("cause-expiry"), None),
    };
    let effect = match (effects, c.effect) {
        (Some(list), Some(i)) => list.get(i as usize),
        _ => None,
    };
    (what, effect)
}

/// One line for a change the role can see: "Trust (A → B): 40 → 45 ▲ +5".
pub fn change_line(g: &Game, t: &Texts, slot: u32, before: i32, after: i32) -> Option<String> {
    let label = slot_label(g, t, slot)?;
    // What is signed on an issue is an option (stored as its index + 1), told by its wording,
    // never as a number that rose.
    if let SlotName::Signed(i) = g.scenario().slot_name(slot) {
        let wording = |v: i32| match u8::try_from(v - 1) {
            Ok(o) if (o as usize) < g.scenario().issues[i as usize].options.len() => {
                t.msg(&ids::issue_option(g.scenario(), i, o))
            }
            _ => t.get("signed-nothing"),
        };
        return Some(t.fmt("signed-change", &[("label", label.into()), ("wording", wording(after).into())]))
            .filter(|_| before != after);
    }
    let line = t.fmt(
        "change-line",
        &[("label", label.into()), ("before", (before as i64).into()), ("after", (after as i64).into())],
    );
    Some(format!("{line} {}", trend_in(t, delta(before, after))).trim_end().to_string())
}

/// [`change_line`], or in words a screen reader speaks as words when `spoken`
/// ("Violence: from 16 to 14 (down 2)").
pub fn change_line_as(g: &Game, t: &Texts, slot: u32, before: i32, after: i32, spoken: bool) -> Option<String> {
    if !spoken {
        return change_line(g, t, slot, before, after);
    }
    let label = slot_label_as(g, t, slot, true)?;
    let d = delta(before, after);
    Some(
        t.fmt(
            "spoken-change-line",
            &[
                ("label", label.into()),
                ("before", (before as i64).into()),
                ("after", (after as i64).into()),
                (
                    "dir",
                    if d > 0 {
                        "up"
                    } else if d < 0 {
                        "down"
                    } else {
                        "same"
                    }
                    .into(),
                ),
                ("delta", FluentValue::from(d.abs())),
            ],
        ),
    )
}

/// The news line for a report, if it makes one.
pub fn news(g: &Game, t: &Texts, r: &Report) -> Option<String> {
    news_as(g, t, r, false)
}

/// [`news`], without the signs a screen reader speaks as symbol names when `spoken`.
pub fn news_as(g: &Game, t: &Texts, r: &Report, spoken: bool) -> Option<String> {
    if spoken {
        return Some(match r {
            Report::Event { event, .. } => {
                let sc = g.scenario();
                format!("{}\n{}", t.msg(&ids::event(sc, *event).attr("title")), t.msg(&ids::event(sc, *event)))
            }
            Report::Changed { slot, before, after, .. } => {
                format!("    {}", change_line_as(g, t, *slot, *before, *after, true)?)
            }
            _ => news_as(g, t, r, false)?.trim_start_matches(['→', '←', '•', ' ']).to_string(),
        });
    }
    let sc = g.scenario();
    Some(match r {
        Report::TurnBegan { turn, date } => t.fmt(
            "turn-header",
            &[
                ("turn", FluentValue::from(*turn as i64)),
                ("turns", FluentValue::from(sc.turns as i64)),
                ("date", t.date(*date).into()),
                ("left", FluentValue::from((sc.turns - turn) as i64)),
            ],
        ),
        Report::Event { event, .. } => {
            let title = t.msg(&ids::event(sc, *event).attr("title"));
            let text = t.msg(&ids::event(sc, *event));
            format!("■ {title}\n{text}")
        }
        Report::Chosen { event, option, by } => {
            // An option's `.news` attribute tells it in the third person, for AI choices.
            let m = ids::option(sc, *event, *option);
            if *by != Chooser::Player && t.has(&m.id, Some("news")) {
                return Some(format!("→ {}", t.msg(&m.attr("news"))));
            }
            let label = t.msg(&m);
            match by {
                Chooser::Player => return None,
                Chooser::Actor(a) => t.fmt("chosen-by", &[("actor", actor(g, t, *a).into()), ("option", label.into())]),
                Chooser::Chance => t.fmt("chosen-chance", &[("option", label.into())]),
            }
        }
        Report::Action { action, target } => {
            let name = t.msg(&ids::action(sc, *action));
            match target_label(g, t, *target) {
                Some(tl) => t.fmt("you-did-to", &[("action", name.into()), ("target", tl.into())]),
                None => t.fmt("you-did", &[("action", name.into())]),
            }
        }
        Report::Reaction { actor: a, reaction } => format!("• {}", t.msg(&ids::reaction(sc, *a, *reaction))),
        Report::Changed { slot, before, after, .. } => format!("    {}", change_line(g, t, *slot, *before, *after)?),
        Report::FlagExpired { .. } | Report::ChainLimit | Report::Ended { .. } => return None,
        Report::Drafted { issue, option, ambiguous } => t.fmt(
            "drafted",
            &[
                ("issue", t.msg(&ids::issue(sc, *issue)).into()),
                ("option", option_label(g, t, *issue, *option, *ambiguous).into()),
            ],
        ),
        Report::Responded { actor: a, accepts, why, .. } => response(g, t, *a, *accepts, *why),
        Report::NotAsked { actor: a } => t.fmt("responds-not-asked", &[("actor", actor(g, t, *a).into())]),
        Report::Signed { issues } => t.fmt("signed", &[("count", FluentValue::from(*issues as i64))]),
        Report::Rejected => t.get("rejected"),
        Report::Tabled { actor: a, issue, option, ambiguous } => t.fmt(
            "tabled-by",
            &[
                ("actor", actor(g, t, *a).into()),
                ("issue", t.msg(&ids::issue(sc, *issue)).into()),
                ("option", option_label(g, t, *issue, *option, *ambiguous).into()),
            ],
        ),
        Report::Put { actor: a } => t.fmt("put-by", &[("actor", actor(g, t, *a).into())]),
    })
}

/// A signatory's answer to a proposal, with the reason in words when it refused and the
/// role may see the reason.
pub fn response(g: &Game, t: &Texts, a: ActorIx, accepts: bool, why: Option<Refusal>) -> String {
    let name = actor(g, t, a);
    if accepts {
        return t.fmt("responds-accept", &[("actor", name.into())]);
    }
    match why.and_then(|w| refusal(g, t, a, w)) {
        Some(reason) => t.fmt("responds-reject-why", &[("actor", name.into()), ("reason", reason.into())]),
        None => t.fmt("responds-reject", &[("actor", name.into())]),
    }
}

/// Why a signatory refused, in words: the red line the table crosses, or the part of its
/// rule that does not hold ("its support is 12; it needs 15"). `None` when the role may not
/// see the reason (another side's red line, a value it does not see).
pub fn refusal(g: &Game, t: &Texts, a: ActorIx, why: Refusal) -> Option<String> {
    refusal_as(g, t, a, why, false)
}

/// [`refusal`], with values named in words a screen reader speaks as words when `spoken`.
pub fn refusal_as(g: &Game, t: &Texts, a: ActorIx, why: Refusal, spoken: bool) -> Option<String> {
    let sc = g.scenario();
    match why {
        Refusal::RedLine(issue) => (g.red_line_seen(a) == Some(true))
            .then(|| t.fmt("refusal-red-line", &[("issue", t.msg(&ids::issue(sc, issue)).into())])),
        Refusal::Rule(Part::Compare { slot, more, left, cmp, right }) => {
            let (what, more, left, right) = if slot == sc.layout.support + a as u32 {
                // On the scale of support the table shows: its support, and the support it
                // needs with everything else as it stands.
                let (seen, exact, need) = g.answer_support(a)?;
                let approx = if exact { "" } else { "≈" };
                match need {
                    Some(need) => (
                        t.get("refusal-its-support"),
                        false,
                        format!("\u{2066}{approx}{seen:+}\u{2069}"),
                        format!("\u{2066}{need:+}\u{2069}"),
                    ),
                    None => (t.get("refusal-its-support"), more, left.to_string(), right.to_string()),
                }
            } else if let SlotName::Trust(from, to) = sc.slot_name(slot)
                && from == a
            {
                let what = t.fmt("refusal-its-trust", &[("actor", actor(g, t, to).into())]);
                (what, more, left.to_string(), right.to_string())
            } else {
                (slot_label_as(g, t, slot, spoken)?, more, left.to_string(), right.to_string())
            };
            let cmp = match cmp {
                Cmp::Ge => "ge",
                Cmp::Gt => "gt",
                Cmp::Le => "le",
                Cmp::Lt => "lt",
                Cmp::Eq => "eq",
                Cmp::Ne => "ne",
            };
            Some(t.fmt(
                "refusal-compare",
                &[
                    ("what", what.into()),
                    ("more", if more { "yes" } else { "no" }.into()),
                    ("value", left.into()),
                    ("cmp", cmp.into()),
                    ("need", right.into()),
                ],
            ))
        }
        Refusal::Rule(Part::Flag { .. } | Part::Other) => Some(t.get("refusal-other")),
    }
}

/// An issue option's label, with the ambiguous wording when that variant is meant.
pub fn option_label(g: &Game, t: &Texts, issue: u16, option: u8, ambiguous: bool) -> String {
    let m = ids::issue_option(g.scenario(), issue, option);
    if ambiguous { t.msg(&m.attr("ambiguous")) } else { t.msg(&m) }
}

pub fn target_label(g: &Game, t: &Texts, target: Target) -> Option<String> {
    match target {
        Target::None => None,
        Target::Actor(a) => Some(actor(g, t, a)),
        Target::Issue { issue, option, ambiguous } => {
            Some(t.pair(&t.msg(&ids::issue(g.scenario(), issue)), &option_label(g, t, issue, option, ambiguous)))
        }
    }
}

/// A decision in words (for the log and replays).
pub fn decision(g: &Game, t: &Texts, d: &Decision) -> String {
    let sc = g.scenario();
    match d {
        Decision::Choose(o) => match g.phase() {
            crate::engine::Phase::Choosing(e) => t.msg(&ids::option(sc, e, *o)),
            _ => format!("{o}"),
        },
        Decision::Act { action, target } => {
            let name = t.msg(&ids::action(sc, *action));
            match target_label(g, t, *target) {
                Some(tl) => format!("{name} — {tl}"),
                None => name,
            }
        }
        Decision::EndTurn => t.get("end-turn"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Regression: with bounds near ±2³¹ the change wrapped (`-1 → 2147483647 ▼ -2147483648`).
    #[test]
    fn a_change_across_the_whole_range_keeps_its_sign_and_size() {
        assert_eq!(trend(delta(-1, i32::MAX)), "▲ +2147483648");
        assert_eq!(trend(delta(i32::MAX, i32::MIN)), "▼ -4294967295");
        assert_eq!(trend(delta(5, 5)), "");
    }

    /// Regression: deltas were not grouped as the language groups numbers ("+1200").
    #[test]
    fn a_change_is_grouped_as_the_language_groups_numbers() {
        let en = Texts::new("en-US", &Default::default());
        assert_eq!(trend_in(&en, 1200), "▲ +1,200");
        assert_eq!(trend_in(&en, -15000), "▼ -15,000");
        let fr = Texts::new("fr", &Default::default());
        assert!(trend_in(&fr, 1200).replace(['\u{202f}', '\u{a0}'], " ").contains("+1 200"), "{}", trend_in(&fr, 1200));
        assert_eq!(trend_in(&en, 0), "");
    }

    proptest! {
        #[test]
        fn every_change_is_told_exactly(before in any::<i32>(), after in any::<i32>()) {
            let d = delta(before, after);
            prop_assert_eq!(d, after as i64 - before as i64);
            let shown = trend(d);
            let digits: String = shown.chars().filter(|c| c.is_ascii_digit() || *c == '-').collect();
            if d == 0 {
                prop_assert_eq!(shown, "");
            } else {
                prop_assert_eq!(digits.parse::<i64>().unwrap(), d);
                prop_assert_eq!(shown.starts_with('▲'), d > 0);
            }
        }
    }
}
