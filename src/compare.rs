//! `goodfaith compare`: where two games of one scenario diverged. The first decision that
//! differs, the decisions that differed week by week, the scenario's meters at the end of
//! each week side by side, and both endings; as text, Markdown, JSON or a self-contained
//! HTML page (`compare/html.rs`, curves as inline SVG).

mod html;

pub use html::{escape as html_escape, html};

use crate::engine::report::ids;
use crate::engine::{Decision, Game};
use crate::i18n::Texts;
use crate::present;
use crate::save;
use fluent::FluentValue;
use serde::Serialize;
use std::fmt::Write as _;

/// One decision: as saved (by ids) and in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    pub week: u16,
    /// The chair that took it.
    pub role: String,
    pub code: String,
    pub words: String,
}

/// A week in which the two games' decisions differed (ends of weeks left out).
#[derive(Debug, Clone, Serialize)]
pub struct WeekDiff {
    pub week: u16,
    pub a: Vec<Step>,
    pub b: Vec<Step>,
}

/// A meter's value at the end of each week, in each game.
#[derive(Debug, Clone, Serialize)]
pub struct Curve {
    pub id: String,
    pub min: i32,
    pub max: i32,
    pub a: Vec<i32>,
    pub b: Vec<i32>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    pub scenario: String,
    /// The first decision that differs (`None`: one game's decisions begin the other's).
    pub first: Option<(Option<Step>, Option<Step>)>,
    pub weeks: Vec<WeekDiff>,
    pub curves: Vec<Curve>,
}

/// Every decision of a game with the week it was taken in.
fn steps(g: &Game, t: &Texts) -> Vec<(Step, bool)> {
    let mut shadow = g.fresh(true);
    let mut out = Vec::new();
    for d in g.decisions() {
        let step = Step {
            week: shadow.turn(),
            role: shadow.role().id.clone(),
            code: save::encode(&shadow, d),
            words: present::decision(&shadow, t, d),
        };
        out.push((step, *d == Decision::EndTurn));
        let _ = shadow.apply(*d);
    }
    out
}

impl Comparison {
    pub fn of(a: &Game, b: &Game, t: &Texts) -> Comparison {
        let sa = steps(a, t);
        let sb = steps(b, t);
        let differ = |x: &Step, y: &Step| x.week != y.week || x.role != y.role || x.code != y.code;
        let at = sa.iter().zip(&sb).position(|(x, y)| differ(&x.0, &y.0));
        let first = match at {
            Some(i) => Some((Some(sa[i].0.clone()), Some(sb[i].0.clone()))),
            None if sa.len() != sb.len() => {
                let i = sa.len().min(sb.len());
                Some((sa.get(i).map(|s| s.0.clone()), sb.get(i).map(|s| s.0.clone())))
            }
            None => None,
        };
        let last = a.turn().max(b.turn());
        let of_week = |s: &[(Step, bool)], w: u16| -> Vec<Step> {
            s.iter().filter(|(x, end)| x.week == w && !end).map(|(x, _)| x.clone()).collect()
        };
        let weeks = (1..=last)
            .map(|w| WeekDiff { week: w, a: of_week(&sa, w), b: of_week(&sb, w) })
            .filter(|d| d.a.iter().map(|s| (&s.role, &s.code)).ne(d.b.iter().map(|s| (&s.role, &s.code))))
            .collect();
        let sc = a.scenario();
        let curve =
            |g: &Game, slot: u32| -> Vec<i32> { g.history().iter().skip(1).map(|v| v[slot as usize]).collect() };
        let curves = sc
            .meters
            .iter()
            .filter(|m| m.actors.is_none() && !m.hidden)
            .map(|m| Curve { id: m.id.clone(), min: m.min, max: m.max, a: curve(a, m.slot), b: curve(b, m.slot) })
            .collect();
        Comparison { scenario: sc.id.clone(), first, weeks, curves }
    }
}

/// A game in one line: chair, seed, difficulty, weeks played.
fn game_line(g: &Game, t: &Texts, which: &str) -> String {
    let sc = g.scenario();
    let setup = g.setup();
    let mut roles = vec![t.msg(&ids::role(sc, setup.role))];
    roles.extend(g.seats().iter().map(|&(w, r)| {
        t.fmt("compare-seat", &[("role", t.msg(&ids::role(sc, r)).into()), ("week", FluentValue::from(w as i64))])
    }));
    let difficulty =
        setup.difficulty.map_or(String::new(), |d| t.get(&format!("difficulty-{}", sc.difficulties[d as usize].id)));
    t.fmt(
        "compare-game",
        &[
            ("which", which.into()),
            ("role", roles.join(" → ").into()),
            ("seed", setup.seed.to_string().into()),
            ("difficulty", difficulty.into()),
            ("weeks", FluentValue::from(g.history().len().saturating_sub(1) as i64)),
        ],
    )
}

/// How a game ended, in one line.
fn ending_line(g: &Game, t: &Texts, which: &str) -> String {
    let sc = g.scenario();
    match g.ended() {
        Some((e, score)) => t.fmt(
            "compare-ending",
            &[
                ("which", which.into()),
                ("ending", t.msg(&ids::ending(sc, e).attr("title")).into()),
                ("score", FluentValue::from(score as i64)),
            ],
        ),
        None if g.stopped() => {
            t.fmt("compare-stopped", &[("which", which.into()), ("week", FluentValue::from(g.turn() as i64))])
        }
        None => t.fmt("compare-not-ended", &[("which", which.into()), ("week", FluentValue::from(g.turn() as i64))]),
    }
}

fn first_line(c: &Comparison, a: &Game, t: &Texts) -> String {
    match &c.first {
        None => t.get("compare-same"),
        Some((x, y)) => {
            let week = x.as_ref().or(y.as_ref()).map_or(1, |s| s.week);
            t.fmt(
                "compare-first",
                &[("week", FluentValue::from(week as i64)), ("date", t.date(a.scenario().date_of(week)).into())],
            )
        }
    }
}

/// The two first decisions that differ, each with the chair that took it: `A: chair — words`.
fn first_steps(c: &Comparison, a: &Game, t: &Texts) -> Vec<String> {
    let Some((x, y)) = &c.first else { return Vec::new() };
    let sc = a.scenario();
    let one = |which: &str, s: &Option<Step>| match s {
        Some(s) => {
            let chair = sc.role_ix(&s.role).map(|r| t.msg(&ids::role(sc, r))).unwrap_or_else(|| s.role.clone());
            format!("{which}: {} — {}", crate::i18n::capitalized(&chair), s.words)
        }
        None => format!("{which}: {}", t.get("compare-nothing")),
    };
    vec![one("A", x), one("B", y)]
}

fn words(steps: &[Step], t: &Texts) -> String {
    if steps.is_empty() {
        t.get("compare-nothing")
    } else {
        steps.iter().map(|s| s.words.as_str()).collect::<Vec<_>>().join("; ")
    }
}

/// A row of block characters for a curve, scaled to the lowest and highest value of both games.
fn spark(values: &[i32], lo: i32, hi: i32) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let span = i64::from(hi) - i64::from(lo);
    values
        .iter()
        .map(|&v| if span == 0 { BARS[0] } else { BARS[((i64::from(v) - i64::from(lo)) * 7 / span) as usize] })
        .collect()
}

fn range(c: &Curve) -> (i32, i32) {
    let all = c.a.iter().chain(&c.b);
    (all.clone().copied().min().unwrap_or(0), all.copied().max().unwrap_or(0))
}

/// The comparison for the terminal.
pub fn text(c: &Comparison, a: &Game, b: &Game, t: &Texts) -> String {
    let sc = a.scenario();
    let mut out = String::new();
    let title = t.fmt("compare-title", &[("scenario", t.get(&format!("scenario-{}", sc.id)).into())]);
    let _ = writeln!(out, "{title}\n{}\n{}\n\n{}", game_line(a, t, "A"), game_line(b, t, "B"), first_line(c, a, t));
    for line in first_steps(c, a, t) {
        let _ = writeln!(out, "  {line}");
    }
    if !c.weeks.is_empty() {
        let _ = writeln!(out, "\n{}", t.get("compare-differed"));
        for w in &c.weeks {
            let _ = writeln!(out, "  {}", t.date(sc.date_of(w.week)));
            let _ = writeln!(out, "    A: {}", words(&w.a, t));
            let _ = writeln!(out, "    B: {}", words(&w.b, t));
        }
    }
    let _ = writeln!(out, "\n{}", t.get("compare-meters"));
    for (m, curve) in
        sc.meters.iter().enumerate().filter(|(_, m)| m.actors.is_none() && !m.hidden).map(|(i, _)| i).zip(&c.curves)
    {
        let (lo, hi) = range(curve);
        let _ = writeln!(out, "  {}", t.msg(&ids::meter(sc, m as u16)));
        for (which, v) in [("A", &curve.a), ("B", &curve.b)] {
            let ends = match (v.first(), v.last()) {
                (Some(f), Some(l)) => format!("{f} → {l}"),
                _ => String::new(),
            };
            let _ = writeln!(out, "    {which} {} {ends}", spark(v, lo, hi));
        }
    }
    let _ = writeln!(out, "\n{}\n  {}\n  {}", t.get("compare-endings"), ending_line(a, t, "A"), ending_line(b, t, "B"));
    out
}

/// The comparison in Markdown: the text's parts, and the curves as one table.
pub fn markdown(c: &Comparison, a: &Game, b: &Game, t: &Texts) -> String {
    let sc = a.scenario();
    let md = |s: &str| s.replace('\\', "\\\\").replace('|', "\\|").replace('<', "&lt;").replace('>', "&gt;");
    let mut out = String::new();
    let title = t.fmt("compare-title", &[("scenario", t.get(&format!("scenario-{}", sc.id)).into())]);
    let _ = writeln!(
        out,
        "# {}\n\n- {}\n- {}\n\n{}\n",
        md(&title),
        md(&game_line(a, t, "A")),
        md(&game_line(b, t, "B")),
        md(&first_line(c, a, t))
    );
    let firsts = first_steps(c, a, t);
    if !firsts.is_empty() {
        for line in firsts {
            let _ = writeln!(out, "- {}", md(&line));
        }
        out.push('\n');
    }
    if !c.weeks.is_empty() {
        let _ = writeln!(out, "## {}\n\n| | A | B |\n|---|---|---|", md(&t.get("compare-differed")));
        for w in &c.weeks {
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                md(&t.date(sc.date_of(w.week))),
                md(&words(&w.a, t)),
                md(&words(&w.b, t))
            );
        }
        out.push('\n');
    }
    let _ = writeln!(out, "## {}\n", md(&t.get("compare-meters")));
    let names: Vec<String> = sc
        .meters
        .iter()
        .enumerate()
        .filter(|(_, m)| m.actors.is_none() && !m.hidden)
        .map(|(i, _)| md(&t.msg(&ids::meter(sc, i as u16))))
        .collect();
    let _ = write!(out, "| # |");
    for n in &names {
        let _ = write!(out, " {n} A | {n} B |");
    }
    let _ = writeln!(out, "\n|---|{}", "---|---|".repeat(names.len()));
    let weeks = c.curves.first().map_or(0, |cu| cu.a.len().max(cu.b.len()));
    for w in 0..weeks {
        let _ = write!(out, "| {} |", w + 1);
        for cu in &c.curves {
            let cell = |v: &Vec<i32>| v.get(w).map_or(String::new(), |x| x.to_string());
            let _ = write!(out, " {} | {} |", cell(&cu.a), cell(&cu.b));
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "\n## {}\n\n- {}\n- {}",
        md(&t.get("compare-endings")),
        md(&ending_line(a, t, "A")),
        md(&ending_line(b, t, "B"))
    );
    out
}

/// The comparison as JSON, for scripts: ids and numbers, with the decisions' words too.
pub fn json(c: &Comparison, a: &Game, b: &Game) -> String {
    let game = |g: &Game| {
        let sc = g.scenario();
        serde_json::json!({
            "role": sc.roles[g.setup().role as usize].id,
            "seats": g.seats().iter().map(|&(w, r)| serde_json::json!({"week": w, "role": sc.roles[r as usize].id})).collect::<Vec<_>>(),
            "seed": g.setup().seed,
            "difficulty": g.setup().difficulty.map(|d| sc.difficulties[d as usize].id.clone()),
            "week": g.turn(),
            "ending": g.ended().map(|(e, _)| sc.endings[e as usize].id.clone()),
            "score": g.ended().map(|(_, s)| s),
            "lesson_stopped": g.stopped(),
        })
    };
    let first = c.first.as_ref().map(|(x, y)| serde_json::json!({"a": x, "b": y}));
    let v = serde_json::json!({
        "scenario": c.scenario,
        "a": game(a),
        "b": game(b),
        "first_difference": first,
        "weeks": c.weeks,
        "meters": c.curves,
    });
    serde_json::to_string_pretty(&v).unwrap_or_default() + "\n"
}
