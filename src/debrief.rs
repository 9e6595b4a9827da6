//! The debrief of a game, as data: what the end screen, plain mode and the exported
//! debrief (HTML, Markdown, JSON) all read, so they never disagree.
//!
//! [`Debrief::build`] reads a game replayed from a save (finished or not) and the words of
//! one language; every string in it has been cleaned of control and invisible characters,
//! but not escaped: each renderer escapes for its own format. The shape is versioned
//! ([`FORMAT`]) and documented in `docs/debrief-format.md`.

use crate::content::text::sanitize;
use crate::engine::report::ids;
use crate::engine::scenario::Trigger;
use crate::engine::{Chooser, Decision, Fired, Game, Report, Source, Target};
use crate::i18n::Texts;
use crate::present;
use serde::Serialize;
use std::path::{Path, PathBuf};

pub mod html;
pub mod json;
pub mod markdown;
pub mod roads;

/// The version of the debrief's JSON shape.
pub const FORMAT: u32 = 3;

/// Everything the debrief tells about one game.
#[derive(Debug, Clone, Serialize)]
pub struct Debrief {
    pub format: u32,
    /// The language the words are in, and its direction (`ltr` or `rtl`).
    pub lang: String,
    pub dir: &'static str,
    pub scenario: Named,
    pub chair: Named,
    pub difficulty: Option<Named>,
    pub seed: u64,
    /// The week the game reached, of how many.
    pub week: u16,
    pub weeks: u16,
    pub finished: bool,
    pub ending: Option<Ending>,
    pub objectives: Vec<Objective>,
    /// The meters the chair sees, week by week.
    pub meters: Vec<Series>,
    /// The scripted beats that fired, for markers on the charts.
    pub beats: Vec<Beat>,
    pub timeline: Vec<Moment>,
    /// The structural factors that came up, the most frequent first.
    pub factors: Vec<Factor>,
    /// What decided the ending, and what chose its account.
    pub decided: Vec<String>,
    pub roads: Option<RoadsNotTaken>,
    /// The historical beats that fired, with their notes and sources.
    pub history: Vec<HistoryNote>,
    /// The works those notes cite, each once, in the order first cited: the full citation
    /// in the reader's language.
    pub sources: Vec<String>,
    /// The historical beats due in the weeks played that did not happen in this game.
    pub departures: Vec<Beat>,
    pub questions: Vec<Question>,
}

/// Something named by id, with its name in the debrief's language.
#[derive(Debug, Clone, Serialize)]
pub struct Named {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Ending {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// `success`, `partial` or `failure`, and its name.
    pub tier: &'static str,
    pub tier_name: String,
    /// The score, and what it is made of: the ending's own score and the chair's record.
    pub score: i32,
    pub ending_score: i32,
    pub chair_score: i32,
    /// The account of this game (the chair's epilogue, the variant chosen and what chose it).
    pub epilogue: Vec<String>,
    /// What history did.
    pub history: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Objective {
    pub text: String,
    pub achieved: bool,
}

/// One meter's value at the start (index 0) and at the end of each week.
#[derive(Debug, Clone, Serialize)]
pub struct Series {
    /// The meter's id (series of one actor meter share it).
    pub meter: String,
    pub name: String,
    pub min: i32,
    pub max: i32,
    pub values: Vec<i32>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Beat {
    pub week: u16,
    pub id: String,
    pub title: String,
}

/// What happened, when, and why.
#[derive(Debug, Clone, Serialize)]
pub struct Moment {
    pub week: u16,
    /// `event`, `decision` (the player's), `choice` (another's), `reaction`, `negotiation` (a
    /// draft or a signing) or `proposal` (a proposal that fell short).
    pub kind: &'static str,
    pub text: String,
    pub cause: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Factor {
    pub id: String,
    pub name: String,
    pub count: u32,
    /// The weeks it came up in, each once.
    pub weeks: Vec<u16>,
    /// What brought it up in this game, by name and in order, each once: the events that
    /// fired (an option chosen counts as its event), the player's actions, the actors whose
    /// reactions it tagged, the ending.
    pub seen: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RoadsNotTaken {
    /// How the rollouts were played: `random` (see `simulate`).
    pub policy: &'static str,
    /// Choices screened, rollouts per option when screening, and per option for those kept.
    pub forks: usize,
    pub screen_games: u32,
    pub games: u32,
    pub roads: Vec<Road>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Road {
    pub week: u16,
    /// `event`: a choice between an event's options; `action`: a move, set against other
    /// targets for it and against doing nothing more that week.
    pub kind: &'static str,
    /// The event that asked (`kind` `event`), or the action taken (`kind` `action`).
    pub event: Option<Named>,
    pub action: Option<Named>,
    /// The most another option moved the ending distribution, in per mille.
    pub change: u32,
    pub options: Vec<RoadOption>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RoadOption {
    pub id: String,
    pub text: String,
    pub chosen: bool,
    /// Games per ending, the most frequent first (endings never reached left out).
    pub outcomes: Vec<Outcome>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    pub ending: String,
    pub title: String,
    pub tier: &'static str,
    pub games: u32,
}

#[derive(Debug, Clone, Serialize)]
pub struct HistoryNote {
    pub week: u16,
    pub id: String,
    pub title: String,
    pub note: String,
    pub source: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Question {
    pub id: String,
    /// The structural factor it is tied to.
    pub factor: Named,
    pub text: String,
}

/// A share of games in whole percent, rounded, and at least 1 for any game at all.
pub fn percent(games: u32, total: u32) -> u32 {
    if games == 0 { 0 } else { ((games * 100 + total / 2) / total.max(1)).max(1) }
}

/// Text from a message, cleaned.
fn clean(s: String) -> String {
    sanitize(&s)
}

impl Debrief {
    /// The debrief of `g` (replayed with recording on) in `t`'s language, with the roads
    /// not taken when they were computed.
    pub fn build(g: &Game, t: &Texts, roads: Option<&roads::Roads>) -> Debrief {
        let sc = g.scenario();
        let setup = g.setup();
        let named = |id: &str, m: &crate::engine::report::Message| Named { id: id.to_string(), name: clean(t.msg(m)) };
        let ending = g.ended().map(|(e, score)| {
            let end = &sc.endings[e as usize];
            let m = ids::ending(sc, e);
            Ending {
                id: end.id.clone(),
                title: clean(t.msg(&m.clone().attr("title"))),
                summary: clean(t.msg(&m)),
                tier: end.tier.as_str(),
                tier_name: clean(t.get(&format!("tier-{}", end.tier.as_str()))),
                score,
                ending_score: end.score,
                chair_score: score.saturating_sub(end.score),
                epilogue: present::epilogue(g, t).into_iter().map(clean).collect(),
                history: clean(t.msg(&m.attr("history"))),
            }
        });
        let objectives = g
            .objectives()
            .iter()
            .enumerate()
            .map(|(i, ok)| Objective { text: clean(t.msg(&ids::objective(sc, g.seat(), i))), achieved: *ok })
            .collect();
        let mut decided: Vec<String> = present::turning_point(g, t).into_iter().map(clean).collect();
        if let Some(last) = ending.as_ref().and_then(|e| e.epilogue.last())
            && g.variant_turning_point().is_some()
        {
            decided.push(last.clone());
        }
        Debrief {
            format: FORMAT,
            lang: t.lang.clone(),
            dir: if t.rtl() { "rtl" } else { "ltr" },
            scenario: named(&sc.id, &ids::scenario(sc)),
            chair: named(&g.role().id, &ids::role(sc, g.seat())),
            difficulty: setup.difficulty.map(|d| named(&sc.difficulties[d as usize].id, &ids::difficulty(sc, d))),
            seed: setup.seed,
            week: g.turn(),
            weeks: sc.turns,
            finished: ending.is_some(),
            ending,
            objectives,
            meters: meters(g, t),
            beats: beats(g, t),
            timeline: timeline(g, t),
            factors: factors(g, t),
            decided,
            roads: roads.map(|r| roads_not_taken(g, t, r)),
            history: history(g, t),
            sources: sources(g, t),
            departures: departures(g, t),
            questions: questions(g, t),
        }
    }

    /// The debrief of a save: the game replayed, the roads not taken computed, in `t`'s language.
    pub fn of_game(g: &Game, t: &Texts) -> Debrief {
        let roads = roads::find(g);
        Debrief::build(g, t, Some(&roads))
    }

    pub fn rtl(&self) -> bool {
        self.dir == "rtl"
    }

    /// What decided the ending, when the epilogue does not already tell it (the end screen
    /// and plain mode tell the epilogue first).
    pub fn turning_point(&self) -> Option<&String> {
        let told = self.ending.as_ref().map_or(&[][..], |e| &e.epilogue[..]);
        self.decided.iter().find(|x| !told.contains(x))
    }

    /// The timeline as the end screen and plain mode tell it: events, drafts and signings.
    pub fn headlines(&self) -> impl Iterator<Item = &Moment> {
        self.timeline.iter().filter(|m| matches!(m.kind, "event" | "negotiation"))
    }
}

/// The meters the chair sees, one series per value (an actor meter gives one per actor).
fn meters(g: &Game, t: &Texts) -> Vec<Series> {
    let sc = g.scenario();
    let mut out = Vec::new();
    for (m, meter) in sc.meters.iter().enumerate() {
        if !g.role().view.meters[m] || meter.hidden {
            continue;
        }
        let slots: Vec<u32> = match &meter.actors {
            None => vec![meter.slot],
            Some(list) => list.iter().map(|&a| meter.slot + a as u32).collect(),
        };
        for slot in slots {
            let Some(name) = present::slot_label(g, t, slot) else { continue };
            out.push(Series {
                meter: meter.id.clone(),
                name: clean(name),
                min: meter.min,
                max: meter.max,
                values: g.history().iter().map(|h| h[slot as usize]).collect(),
            });
        }
    }
    out
}

/// The events that fired, with the week each fired in.
fn fired(g: &Game) -> Vec<(u16, u16, Fired)> {
    let mut week = 0;
    let mut out = Vec::new();
    for r in g.log() {
        match r {
            Report::TurnBegan { turn, .. } => week = *turn,
            Report::Event { event, why } => out.push((week, *event, *why)),
            _ => {}
        }
    }
    out
}

fn beats(g: &Game, t: &Texts) -> Vec<Beat> {
    let sc = g.scenario();
    fired(g)
        .into_iter()
        .filter(|(_, _, why)| *why == Fired::Scripted)
        .map(|(week, e, _)| Beat {
            week,
            id: sc.events[e as usize].id.clone(),
            title: clean(t.msg(&ids::event(sc, e).attr("title"))),
        })
        .collect()
}

/// Why an event fired, in words.
fn why_fired(g: &Game, t: &Texts, why: Fired) -> String {
    let sc = g.scenario();
    match why {
        Fired::Scripted => t.get("debrief-why-scripted"),
        Fired::Triggered => t.get("debrief-why-triggered"),
        Fired::Random => t.get("debrief-why-random"),
        Fired::FollowUp(src) => {
            let what = match src {
                Source::Event(e) | Source::Option(e, _) => t.msg(&ids::event(sc, e).attr("title")),
                Source::Action(a) => t.msg(&ids::action(sc, a)),
                Source::Reaction(a, _) => present::actor(g, t, a),
                _ => t.get("cause-negotiation"),
            };
            t.fmt("debrief-why-followup", &[("what", what.into())])
        }
    }
}

fn timeline(g: &Game, t: &Texts) -> Vec<Moment> {
    let sc = g.scenario();
    let mut week = 0;
    let mut out = Vec::new();
    let mut push = |week: u16, kind: &'static str, text: String, cause: String| {
        out.push(Moment { week, kind, text: clean(text), cause: clean(cause) })
    };
    for r in g.log() {
        match r {
            Report::TurnBegan { turn, .. } => week = *turn,
            Report::Event { event, why } => {
                push(week, "event", t.msg(&ids::event(sc, *event).attr("title")), why_fired(g, t, *why))
            }
            Report::Chosen { event, option, by } => {
                // Another's choice is told as news when the pack words it so.
                let m = ids::option(sc, *event, *option);
                let option = if *by != Chooser::Player && t.has(&m.id, Some("news")) {
                    t.msg(&m.attr("news"))
                } else {
                    t.msg(&m)
                };
                let text = t.fmt(
                    "debrief-choice",
                    &[("event", t.msg(&ids::event(sc, *event).attr("title")).into()), ("option", option.into())],
                );
                let (kind, cause) = match by {
                    Chooser::Player => ("decision", t.get("debrief-by-you")),
                    Chooser::Actor(a) => ("choice", t.fmt("debrief-by", &[("chair", present::chair(g, t, *a).into())])),
                    Chooser::Chance => ("choice", t.get("debrief-by-chance")),
                };
                push(week, kind, text, cause);
            }
            Report::Action { .. } => {
                if let Some(text) = present::news(g, t, r) {
                    push(week, "decision", text, t.get("debrief-by-you"));
                }
            }
            Report::Reaction { actor, reaction } => push(
                week,
                "reaction",
                t.msg(&ids::reaction(sc, *actor, *reaction)),
                t.fmt("debrief-by", &[("chair", present::actor(g, t, *actor).into())]),
            ),
            Report::Tabled { actor, .. } | Report::Put { actor } => {
                let kind = if matches!(r, Report::Put { .. }) { "proposal" } else { "negotiation" };
                if let Some(text) = present::news(g, t, r) {
                    push(week, kind, text, t.fmt("table-author", &[("actor", present::actor(g, t, *actor).into())]));
                }
            }
            Report::Drafted { .. } | Report::Signed { .. } | Report::Rejected => {
                let kind = if *r == Report::Rejected { "proposal" } else { "negotiation" };
                if let Some(text) = present::news(g, t, r) {
                    push(week, kind, text, t.get("cause-negotiation"));
                }
            }
            _ => {}
        }
    }
    out
}

/// The factors that came up, with the weeks: events fired, options chosen, actions taken,
/// reactions and the ending, as `Game::tag_counts` counts them.
fn factors(g: &Game, t: &Texts) -> Vec<Factor> {
    let sc = g.scenario();
    let n = sc.factor_count as usize;
    let mut weeks: Vec<Vec<u16>> = vec![Vec::new(); n];
    let mut seen: Vec<Vec<String>> = vec![Vec::new(); n];
    let mut week = 0;
    for r in g.log() {
        let (tags, what): (&[u16], _) = match r {
            Report::TurnBegan { turn, .. } => {
                week = *turn;
                continue;
            }
            Report::Event { event, .. } => (&sc.events[*event as usize].tags, ids::event(sc, *event).attr("title")),
            Report::Chosen { event, option, .. } => {
                (&sc.events[*event as usize].options[*option as usize].tags, ids::event(sc, *event).attr("title"))
            }
            Report::Action { action, .. } => (&sc.actions[*action as usize].tags, ids::action(sc, *action)),
            Report::Reaction { actor, reaction } => {
                (&sc.actors[*actor as usize].reactions[*reaction as usize].tags, ids::actor(sc, *actor))
            }
            Report::Ended { ending, .. } => {
                (&sc.endings[*ending as usize].tags, ids::ending(sc, *ending).attr("title"))
            }
            _ => continue,
        };
        let mut name: Option<String> = None;
        for &tag in tags.iter().filter(|&&x| (x as usize) < n) {
            let w = &mut weeks[tag as usize];
            if w.last() != Some(&week) {
                w.push(week);
            }
            let name = name.get_or_insert_with(|| clean(t.msg(&what)));
            let s = &mut seen[tag as usize];
            if !s.contains(name) {
                s.push(name.clone());
            }
        }
    }
    let counts = g.tag_counts();
    let mut out: Vec<Factor> = (0..n)
        .filter(|&f| counts[f] > 0)
        .map(|f| Factor {
            id: sc.tags[f].clone(),
            name: clean(t.msg(&ids::tag(sc, f as u16))),
            count: counts[f],
            weeks: std::mem::take(&mut weeks[f]),
            seen: std::mem::take(&mut seen[f]),
        })
        .collect();
    out.sort_by_key(|f| std::cmp::Reverse(f.count));
    out
}

/// How many of the things that brought a factor up the page and the Markdown name.
const SEEN_SHOWN: usize = 4;

/// The first things that brought a factor up, with "and N more" when there were more.
fn seen_shown(f: &Factor, t: &Texts) -> Vec<String> {
    let mut out: Vec<String> = f.seen.iter().take(SEEN_SHOWN).cloned().collect();
    if f.seen.len() > SEEN_SHOWN {
        let more = (f.seen.len() - SEEN_SHOWN) as i64;
        out.push(clean(t.fmt("debrief-factor-more", &[("count", more.into())])));
    }
    out
}

fn roads_not_taken(g: &Game, t: &Texts, r: &roads::Roads) -> RoadsNotTaken {
    let sc = g.scenario();
    let roads = r
        .roads
        .iter()
        .map(|road| {
            let options = road
                .options
                .iter()
                .map(|(d, counts)| {
                    let mut outcomes: Vec<Outcome> = counts
                        .iter()
                        .enumerate()
                        .filter(|(_, n)| **n > 0)
                        .map(|(i, n)| Outcome {
                            ending: sc.endings[i].id.clone(),
                            title: clean(t.msg(&ids::ending(sc, i as u16).attr("title"))),
                            tier: sc.endings[i].tier.as_str(),
                            games: *n,
                        })
                        .collect();
                    outcomes.sort_by_key(|o| std::cmp::Reverse(o.games));
                    let (id, text) = road_option(g, t, road.at, d);
                    RoadOption { id, text: clean(text), chosen: *d == road.chosen, outcomes }
                })
                .collect();
            let (kind, event, action) = match road.at {
                roads::At::Event(e) => (
                    "event",
                    Some(Named {
                        id: sc.events[e as usize].id.clone(),
                        name: clean(t.msg(&ids::event(sc, e).attr("title"))),
                    }),
                    None,
                ),
                roads::At::Action(a) => (
                    "action",
                    None,
                    Some(Named { id: sc.actions[a as usize].id.clone(), name: clean(t.msg(&ids::action(sc, a))) }),
                ),
            };
            Road { week: road.week, kind, event, action, change: road.change, options }
        })
        .collect();
    RoadsNotTaken { policy: "random", forks: r.forks, screen_games: roads::SCREEN, games: roads::GAMES, roads }
}

/// An alternative at a fork: its id (an option's id; for a move, the action's id and its
/// target's, or `end_week`) and its words.
fn road_option(g: &Game, t: &Texts, at: roads::At, d: &Decision) -> (String, String) {
    let sc = g.scenario();
    match (at, d) {
        (roads::At::Event(e), Decision::Choose(o)) => {
            (sc.events[e as usize].options[*o as usize].id.clone(), t.msg(&ids::option(sc, e, *o)))
        }
        (_, Decision::Act { action, target }) => {
            let target_id = match *target {
                Target::None => None,
                Target::Actor(a) => Some(sc.actors[a as usize].id.clone()),
                Target::Issue { issue, option, ambiguous } => {
                    let i = &sc.issues[issue as usize];
                    let vague = if ambiguous { ".ambiguous" } else { "" };
                    Some(format!("{}.{}{vague}", i.id, i.options[option as usize].id))
                }
            };
            let id = match target_id {
                Some(tid) => format!("{}:{tid}", sc.actions[*action as usize].id),
                None => sc.actions[*action as usize].id.clone(),
            };
            (id, present::decision(g, t, d))
        }
        _ => ("end_week".to_string(), t.get("debrief-road-skip")),
    }
}

impl Road {
    /// The heading's message id and its one argument (`event` or `move`) for this road.
    pub fn heading(&self) -> (&'static str, &'static str, String) {
        match (&self.event, &self.action) {
            (Some(e), _) => ("debrief-road", "event", e.name.clone()),
            (None, Some(a)) => ("debrief-road-move", "move", a.name.clone()),
            (None, None) => ("debrief-road", "event", String::new()),
        }
    }
}

fn history(g: &Game, t: &Texts) -> Vec<HistoryNote> {
    let sc = g.scenario();
    fired(g)
        .into_iter()
        .filter_map(|(week, e, _)| {
            let ev = &sc.events[e as usize];
            let source = ev.source.as_ref()?;
            let m = ids::event(sc, e);
            // The `.source` attribute, in the reader's language, when the pack writes one;
            // the scenario's `source` otherwise.
            let source =
                if t.has(&m.id, Some("source")) { clean(t.msg(&m.clone().attr("source"))) } else { sanitize(source) };
            Some(HistoryNote {
                week,
                id: ev.id.clone(),
                title: clean(t.msg(&m.clone().attr("title"))),
                note: clean(t.msg(&m.attr("history"))),
                source,
            })
        })
        .collect()
}

/// The works cited by the notes of the beats that fired: each message a `.source` attribute
/// names (`{ source-… }`), once, told by its `.cite` attribute (the full citation) or, without
/// one, by its value.
fn sources(g: &Game, t: &Texts) -> Vec<String> {
    let sc = g.scenario();
    let mut cited: Vec<String> = Vec::new();
    for (_, e, _) in fired(g) {
        if sc.events[e as usize].source.is_none() {
            continue;
        }
        for r in t.references(&ids::event(sc, e).id, "source") {
            if !cited.contains(&r) {
                cited.push(r);
            }
        }
    }
    cited.iter().map(|id| clean(if t.has(id, Some("cite")) { t.attr(id, "cite") } else { t.get(id) })).collect()
}

/// Historical beats scheduled for the weeks played that never fired.
fn departures(g: &Game, t: &Texts) -> Vec<Beat> {
    let sc = g.scenario();
    let played = fired(g);
    let mut out: Vec<Beat> = sc
        .events
        .iter()
        .enumerate()
        .filter_map(|(e, ev)| {
            let Trigger::Scripted { turn } = ev.trigger else { return None };
            let done = played.iter().any(|(_, x, _)| *x as usize == e);
            (ev.source.is_some() && turn <= g.turn() && !done).then(|| Beat {
                week: turn,
                id: ev.id.clone(),
                title: clean(t.msg(&ids::event(sc, e as u16).attr("title"))),
            })
        })
        .collect();
    out.sort_by_key(|b| b.week);
    out
}

/// The pack's discussion questions for this game: those for every game, for its ending and
/// for its chair, in the order the pack declares them.
fn questions(g: &Game, t: &Texts) -> Vec<Question> {
    let sc = g.scenario();
    let (ending, role) = (g.ended().map(|(e, _)| e), g.seat());
    sc.questions
        .iter()
        .enumerate()
        .filter(|(_, q)| q.ending.is_none_or(|e| Some(e) == ending) && q.role.is_none_or(|r| r == role))
        .map(|(i, q)| Question {
            id: q.id.clone(),
            factor: Named { id: sc.tags[q.factor as usize].clone(), name: clean(t.msg(&ids::tag(sc, q.factor))) },
            text: clean(t.msg(&ids::question(sc, i))),
        })
        .collect()
}

/// Where the exported debrief of the save at `save` goes: beside it, `<save>.debrief.<ext>`.
pub fn export_path(save: &Path, ext: &str) -> PathBuf {
    let mut name = save.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(format!(".debrief.{ext}"));
    save.with_file_name(name)
}

/// Writes the debrief's HTML and Markdown beside the save; returns the two paths.
pub fn export(d: &Debrief, t: &Texts, save: &Path) -> Result<(PathBuf, PathBuf), crate::files::WriteError> {
    let (h, m) = (export_path(save, "html"), export_path(save, "md"));
    crate::files::write_atomic(&h, html::render(d, t).as_bytes(), None, |_| true)?;
    crate::files::write_atomic(&m, markdown::render(d, t).as_bytes(), None, |_| true)?;
    Ok((h, m))
}
