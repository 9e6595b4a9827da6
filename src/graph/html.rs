//! The story graph as one self-contained HTML page: the graph drawn as inline SVG in four
//! columns (actions and reactions, events with their options, flags and counters, endings),
//! edges as curves coloured by kind, every node's title as its tooltip; then the nodes that
//! can never happen and the dead ends, listed with the reason. No file or address outside
//! the page; every text from a pack escaped. A few lines of inline script light up a node's
//! edges under the pointer; without them the page reads the same.

use super::{EdgeKind, Graph, Kind, Node, Unreachable, detail_words, mark_words};
use crate::engine::scenario::Trigger;
use crate::i18n::Texts;
use std::fmt::Write as _;

/// Text cleaned of forbidden characters and escaped for HTML content and attribute values.
pub fn escape(s: &str) -> String {
    crate::content::text::escape_html(s)
}

const MARGIN: i64 = 20;
const TOP: i64 = 56;
const COL: i64 = 230;
const GAP: i64 = 170;
const INDENT: i64 = 14;

/// Where a node is drawn.
#[derive(Clone, Copy, Default)]
struct Place {
    col: i64,
    x: i64,
    y: i64,
    w: i64,
    h: i64,
}

fn column(k: Kind) -> i64 {
    match k {
        Kind::Action(_) | Kind::Reaction(..) => 0,
        Kind::Event(..) | Kind::Option(..) => 1,
        Kind::Flag(_) | Kind::Counter(_) | Kind::Meter(_) => 2,
        Kind::Ending(_) => 3,
    }
}

/// Events in story order: scripted by week, then triggered, then random, each followed by
/// its options and then by the follow-ups it schedules (so their arcs stay short); any
/// follow-up only an action schedules comes last.
fn event_order(g: &Graph) -> Vec<usize> {
    let rank = |n: &Node| match n.kind {
        Kind::Event(_, Trigger::Scripted { turn }) => (0, turn),
        Kind::Event(_, Trigger::Triggered) => (1, 0),
        Kind::Event(_, Trigger::Random) => (2, 0),
        _ => (3, 0),
    };
    let mut roots: Vec<usize> = (0..g.nodes.len()).filter(|&i| matches!(g.nodes[i].kind, Kind::Event(..))).collect();
    roots.sort_by_key(|&i| rank(&g.nodes[i]));
    let mut out: Vec<usize> = Vec::new();
    let mut placed = vec![false; g.nodes.len()];
    fn place(g: &Graph, i: usize, out: &mut Vec<usize>, placed: &mut [bool]) {
        if placed[i] {
            return;
        }
        placed[i] = true;
        out.push(i);
        let children = |k: EdgeKind, from: usize| -> Vec<usize> {
            g.edges.iter().filter(|e| e.from == from && e.kind == k).map(|e| e.to).collect()
        };
        let options = children(EdgeKind::Option, i);
        for &o in &options {
            placed[o] = true;
            out.push(o);
        }
        for from in std::iter::once(i).chain(options) {
            for f in children(EdgeKind::FollowUp, from) {
                if matches!(g.nodes[f].kind, Kind::Event(_, Trigger::FollowUp)) {
                    place(g, f, out, placed);
                }
            }
        }
    }
    for &r in roots.iter().filter(|&&r| rank(&g.nodes[r]).0 < 3) {
        place(g, r, &mut out, &mut placed);
    }
    for r in roots {
        place(g, r, &mut out, &mut placed);
    }
    out
}

fn layout(g: &Graph) -> (Vec<Place>, i64) {
    let mut places = vec![Place::default(); g.nodes.len()];
    let mut order: Vec<usize> = (0..g.nodes.len()).filter(|&i| column(g.nodes[i].kind) != 1).collect();
    order.extend(event_order(g));
    let mut y = [TOP; 4];
    for i in order {
        let n = &g.nodes[i];
        let col = column(n.kind);
        let x = MARGIN + col * (COL + GAP);
        let two_lines = detail_words_present(n, g.games);
        let (dx, h) = match n.kind {
            Kind::Option(..) => (INDENT, 18),
            _ if two_lines => (0, 32),
            _ => (0, 20),
        };
        let gap = if matches!(n.kind, Kind::Event(..)) && y[col as usize] > TOP { 10 } else { 4 };
        y[col as usize] += gap;
        places[i] = Place { col, x: x + dx, y: y[col as usize], w: COL - dx, h };
        y[col as usize] += h;
    }
    (places, y.into_iter().max().unwrap_or(TOP) + MARGIN)
}

fn detail_words_present(n: &Node, games: Option<u64>) -> bool {
    matches!(n.kind, Kind::Event(..)) || (n.count.is_some() && games.is_some())
}

/// Cuts a label to what fits in `w` pixels at the page's small font.
fn fit(s: &str, w: i64) -> String {
    let max = ((w - 12) / 7).max(4) as usize;
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}

fn edge_path(a: Place, b: Place, same_column: bool) -> String {
    let (ya, yb) = (a.y + a.h / 2, b.y + b.h / 2);
    if same_column {
        let (xa, xb) = (a.x + a.w, b.x + b.w);
        let bulge = 30 + ((yb - ya).abs() / 10).min(110);
        let c = xa.max(xb) + bulge;
        format!("M{xa},{ya} C{c},{ya} {c},{yb} {xb},{yb}")
    } else if a.col < b.col {
        let (xa, xb) = (a.x + a.w, b.x);
        let m = (xa + xb) / 2;
        format!("M{xa},{ya} C{m},{ya} {m},{yb} {xb},{yb}")
    } else {
        let (xa, xb) = (a.x, b.x + b.w);
        let m = (xa + xb) / 2;
        format!("M{xa},{ya} C{m},{ya} {m},{yb} {xb},{yb}")
    }
}

fn class_of(k: Kind) -> &'static str {
    match k {
        Kind::Event(..) => "event",
        Kind::Option(..) => "option",
        Kind::Action(_) => "action",
        Kind::Reaction(..) => "reaction",
        Kind::Ending(_) => "ending",
        Kind::Flag(_) => "flag",
        Kind::Counter(_) | Kind::Meter(_) => "counter",
    }
}

const STYLE: &str = "body{font-family:sans-serif;margin:1em 1.5em;color:#222}\
h1{font-size:1.4em}svg{direction:ltr;font-size:11px}\
.legend span{display:inline-block;margin-inline-end:1.2em}\
.sw{display:inline-block;width:1.4em;height:.7em;margin-inline-end:.3em;border:1px solid #555;vertical-align:middle}\
.n rect{stroke:#555;stroke-width:1}\
.event rect{fill:#fff8e1}.option rect{fill:#fafafa;stroke:#aaa}.action rect{fill:#e3f2fd}\
.reaction rect{fill:#ede7f6}.ending rect{fill:#e8f5e9;stroke-width:2}.flag rect{fill:#fff3e0}.counter rect{fill:#eceff1}\
.n.unreachable rect{stroke:#c62828;stroke-width:2;stroke-dasharray:5 3}.n.unreachable text{fill:#c62828}\
.n.unplayed rect{stroke-dasharray:2 2;stroke-width:1.5}.n.deadend rect{stroke:#e65100;stroke-width:2;stroke-dasharray:2 3}\
.d{fill:#666;font-size:10px}.h{font-weight:bold;font-size:13px}\
.e{fill:none;stroke-width:1.2;opacity:.35}.e.followup{stroke:#6a1b9a}.e.sets{stroke:#2e7d32}\
.e.clears{stroke:#2e7d32;stroke-dasharray:4 3}.e.reads{stroke:#1565c0}\
svg.focus .e{opacity:.06}svg.focus .e.on{opacity:1;stroke-width:2}\
li{margin:.2em 0}code{font-size:.95em}";

const SCRIPT: &str = "document.querySelectorAll('g.n').forEach(function(n){\
var s=n.ownerSVGElement,k=n.id;\
n.addEventListener('mouseenter',function(){s.classList.add('focus');\
s.querySelectorAll('[data-a=\"'+k+'\"],[data-b=\"'+k+'\"]').forEach(function(e){e.classList.add('on')});});\
n.addEventListener('mouseleave',function(){s.classList.remove('focus');\
s.querySelectorAll('.e.on').forEach(function(e){e.classList.remove('on')});});});";

pub fn render(g: &Graph, texts: &Texts) -> String {
    let (places, height) = layout(g);
    let width = MARGIN * 2 + 4 * COL + 3 * GAP;
    let scenario = texts.get(&format!("scenario-{}", g.scenario));
    let title = escape(&texts.fmt("graph-title", &[("scenario", scenario.into())]));
    let dir = if texts.rtl() { "rtl" } else { "ltr" };
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{dir}\">\n<head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width\"><title>{title}</title>\n<style>{STYLE}</style></head>\n<body>\n<h1>{title}</h1>\n",
        escape(&texts.lang)
    );
    let unreachable = g.unreachable().count() as i64;
    let dead = g.dead_ends().filter(|n| n.unreachable.is_none()).count() as i64;
    let summary = texts.fmt(
        "graph-summary",
        &[
            ("nodes", (g.nodes.len() as i64).into()),
            ("edges", (g.edges.len() as i64).into()),
            ("unreachable", unreachable.into()),
            ("dead", dead.into()),
        ],
    );
    let _ = write!(out, "<p>{}", escape(&summary));
    if let Some(n) = g.games {
        let _ = write!(out, " {}", escape(&texts.fmt("graph-simulated", &[("games", (n as i64).into())])));
    }
    out.push_str("</p>\n<p class=\"legend\">");
    for (colour, dash, key) in [
        ("#6a1b9a", "", "graph-edge-followup"),
        ("#2e7d32", "", "graph-edge-sets"),
        ("#2e7d32", "dashed", "graph-edge-clears"),
        ("#1565c0", "", "graph-edge-reads"),
    ] {
        let style = if dash.is_empty() { "solid" } else { dash };
        let _ = write!(
            out,
            "<span><span class=\"sw\" style=\"border:0;border-top:3px {style} {colour};height:0\"></span>{}</span>",
            escape(&texts.get(key))
        );
    }
    for (class, key) in [("#c62828", "graph-legend-unreachable"), ("#e65100", "graph-legend-dead-end")] {
        let _ = write!(
            out,
            "<span><span class=\"sw\" style=\"border:2px dashed {class}\"></span>{}</span>",
            escape(&texts.get(key))
        );
    }
    let _ = writeln!(out, "</p>\n<p>{}</p>", escape(&texts.get("graph-hover")));
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{title}\">"
    );
    for (col, key) in
        ["graph-col-moves", "graph-col-events", "graph-col-values", "graph-col-endings"].iter().enumerate()
    {
        let x = MARGIN + col as i64 * (COL + GAP);
        let _ = writeln!(out, "<text class=\"h\" x=\"{x}\" y=\"{}\">{}</text>", TOP - 14, escape(&texts.get(key)));
    }
    out.push_str("<g>\n");
    for e in g.edges.iter().filter(|e| e.kind != EdgeKind::Option) {
        let (a, b) = (places[e.from], places[e.to]);
        let class = match e.kind {
            EdgeKind::FollowUp => "followup",
            EdgeKind::Sets => "sets",
            EdgeKind::Clears => "clears",
            _ => "reads",
        };
        let _ = writeln!(
            out,
            "<path class=\"e {class}\" data-a=\"{}\" data-b=\"{}\" d=\"{}\"/>",
            g.nodes[e.from].key,
            g.nodes[e.to].key,
            edge_path(a, b, a.col == b.col)
        );
    }
    out.push_str("</g>\n");
    for (n, p) in g.nodes.iter().zip(&places) {
        let mark = mark_words(n, g.games, texts);
        let state = if n.unreachable == Some(Unreachable::NeverFired) {
            " unreachable unplayed"
        } else if n.unreachable.is_some() {
            " unreachable"
        } else if n.dead_end {
            " deadend"
        } else {
            ""
        };
        let mut tip = n.id.clone();
        for line in [Some(n.title.clone()).filter(|t| !t.is_empty()), detail_words(n, g.games, texts), mark.clone()]
            .into_iter()
            .flatten()
        {
            tip.push('\n');
            tip.push_str(&line);
        }
        let shown = match n.kind {
            Kind::Option(..) => n.id.rsplit('.').next().unwrap_or(&n.id).to_string(),
            _ => n.id.clone(),
        };
        let _ = write!(
            out,
            "<g class=\"n {}{state}\" id=\"{}\"><title>{}</title><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"4\"/>\
             <text x=\"{}\" y=\"{}\">{}</text>",
            class_of(n.kind),
            n.key,
            escape(&tip),
            p.x,
            p.y,
            p.w,
            p.h,
            p.x + 6,
            p.y + 14,
            escape(&fit(&shown, p.w))
        );
        if p.h > 20 {
            let line = [detail_words(n, g.games, texts), mark].into_iter().flatten().collect::<Vec<_>>().join(" · ");
            let _ = write!(
                out,
                "<text class=\"d\" x=\"{}\" y=\"{}\">{}</text>",
                p.x + 6,
                p.y + 27,
                escape(&fit(&line, p.w))
            );
        }
        out.push_str("</g>\n");
    }
    out.push_str("</svg>\n");
    list(&mut out, g, texts, "graph-list-unreachable", g.unreachable().collect());
    list(&mut out, g, texts, "graph-list-dead-ends", g.dead_ends().filter(|n| n.unreachable.is_none()).collect());
    let _ = writeln!(out, "<script>{SCRIPT}</script>\n</body>\n</html>");
    out
}

fn list(out: &mut String, g: &Graph, texts: &Texts, heading: &str, nodes: Vec<&Node>) {
    if nodes.is_empty() {
        return;
    }
    let _ = writeln!(out, "<h2>{}</h2>\n<ul>", escape(&texts.get(heading)));
    for n in nodes {
        let why = mark_words(n, g.games, texts).unwrap_or_default();
        let _ = write!(out, "<li><code>{}</code>: {}", escape(&n.id), escape(&why));
        if !n.title.is_empty() {
            let _ = write!(out, " — <bdi>{}</bdi>", escape(&fit(&n.title, 7 * 90)));
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
}
