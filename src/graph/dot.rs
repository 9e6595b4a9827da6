//! The story graph as Graphviz text (`dot -Tsvg`): one node per rule and value, shaped by
//! kind; what can never happen drawn red and dashed, dead ends orange and dotted.

use super::{EdgeKind, Graph, Kind, detail_words, mark_words};
use crate::content::text::sanitize;
use crate::i18n::Texts;
use std::fmt::Write as _;

/// Text made safe inside a double-quoted Graphviz string (a line break becomes `\n`).
pub fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in sanitize(s).chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn shape(k: Kind) -> &'static str {
    match k {
        Kind::Event(..) => "box",
        Kind::Option(..) => "ellipse",
        Kind::Action(_) => "cds",
        Kind::Reaction(..) => "octagon",
        Kind::Ending(_) => "doubleoctagon",
        Kind::Flag(_) => "diamond",
        Kind::Counter(_) => "cylinder",
        Kind::Meter(_) => "parallelogram",
    }
}

pub fn render(g: &Graph, texts: &Texts) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "digraph {} {{", quote(&g.scenario));
    out.push_str(
        "  rankdir=LR;\n  node [fontname=\"sans-serif\" fontsize=10];\n  edge [fontname=\"sans-serif\" fontsize=8];\n",
    );
    for n in &g.nodes {
        let mut label = n.id.clone();
        for line in [detail_words(n, g.games, texts), mark_words(n, g.games, texts)].into_iter().flatten() {
            label.push('\n');
            label.push_str(&line);
        }
        let mut attrs = format!("label={} shape={}", quote(&label), shape(n.kind));
        if !n.title.is_empty() {
            let _ = write!(attrs, " tooltip={}", quote(&n.title));
        }
        if n.unreachable.is_some() {
            attrs.push_str(" color=\"#c62828\" fontcolor=\"#c62828\" style=dashed");
        } else if n.dead_end {
            attrs.push_str(" color=\"#e65100\" fontcolor=\"#e65100\" style=dotted");
        }
        let _ = writeln!(out, "  {} [{attrs}];", n.key);
    }
    for e in &g.edges {
        let (from, to) = (&g.nodes[e.from].key, &g.nodes[e.to].key);
        let attrs = match e.kind {
            EdgeKind::Option => "arrowhead=none style=dotted".to_string(),
            EdgeKind::FollowUp => format!("color=\"#6a1b9a\" label={}", quote(&texts.get("graph-edge-followup"))),
            EdgeKind::Sets => format!("color=\"#2e7d32\" label={}", quote(&texts.get("graph-edge-sets"))),
            EdgeKind::Clears => {
                format!("color=\"#2e7d32\" style=dashed label={}", quote(&texts.get("graph-edge-clears")))
            }
            EdgeKind::Reads => format!("color=\"#1565c0\" label={}", quote(&texts.get("graph-edge-reads"))),
        };
        let _ = writeln!(out, "  {from} -> {to} [{attrs}];");
    }
    out.push_str("}\n");
    out
}
