//! The story graph as a Mermaid flowchart, for Markdown pages: shapes by kind, what can
//! never happen in the `unreachable` class, dead ends in `deadend`.

use super::{EdgeKind, Graph, Kind, detail_words, mark_words};
use crate::content::text::sanitize;
use crate::i18n::Texts;
use std::fmt::Write as _;

/// Text made safe inside a quoted Mermaid label: quotes, angle brackets and `#` become
/// Mermaid's entity codes; a line break becomes `<br/>`.
pub fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in sanitize(s).chars() {
        match c {
            '#' => out.push_str("#35;"),
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '&' => out.push_str("#amp;"),
            '`' => out.push_str("#96;"),
            '\n' => out.push_str("<br/>"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn shaped(k: Kind, label: &str) -> String {
    let (open, close) = match k {
        Kind::Event(..) => ("[", "]"),
        Kind::Option(..) => ("([", "])"),
        Kind::Action(_) => ("[/", "/]"),
        Kind::Reaction(..) => ("[\\", "\\]"),
        Kind::Ending(_) => ("[[", "]]"),
        Kind::Flag(_) => ("{{", "}}"),
        Kind::Counter(_) => ("[(", ")]"),
        Kind::Meter(_) => ("((", "))"),
    };
    format!("{open}{label}{close}")
}

pub fn render(g: &Graph, texts: &Texts) -> String {
    let mut out = String::from("flowchart LR\n");
    for n in &g.nodes {
        let mut label = n.id.clone();
        for line in [detail_words(n, g.games, texts), mark_words(n, g.games, texts)].into_iter().flatten() {
            label.push('\n');
            label.push_str(&line);
        }
        let _ = writeln!(out, "  {}{}", n.key, shaped(n.kind, &quote(&label)));
    }
    for e in &g.edges {
        let (from, to) = (&g.nodes[e.from].key, &g.nodes[e.to].key);
        let arrow = match e.kind {
            EdgeKind::Option => "-.-".to_string(),
            EdgeKind::FollowUp => format!("==>|{}|", quote(&texts.get("graph-edge-followup"))),
            EdgeKind::Sets => format!("-->|{}|", quote(&texts.get("graph-edge-sets"))),
            EdgeKind::Clears => format!("-->|{}|", quote(&texts.get("graph-edge-clears"))),
            EdgeKind::Reads => format!("-.->|{}|", quote(&texts.get("graph-edge-reads"))),
        };
        let _ = writeln!(out, "  {from} {arrow} {to}");
    }
    out.push_str("  classDef unreachable stroke:#c62828,color:#c62828,stroke-dasharray:4 3\n");
    out.push_str("  classDef deadend stroke:#e65100,color:#e65100,stroke-dasharray:1 3\n");
    for (class, keys) in [
        ("unreachable", g.unreachable().map(|n| n.key.as_str()).collect::<Vec<_>>()),
        ("deadend", g.dead_ends().filter(|n| n.unreachable.is_none()).map(|n| n.key.as_str()).collect()),
    ] {
        if !keys.is_empty() {
            let _ = writeln!(out, "  class {} {class}", keys.join(","));
        }
    }
    out
}
