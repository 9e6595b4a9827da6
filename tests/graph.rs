//! The story graph (`goodfaith graph`): every event a node and every follow-up an edge, the
//! planted logic bugs marked, simulated counts on the nodes, Graphviz and Mermaid text for
//! the tutorial as snapshots, and the HTML page well-formed, self-contained and escaped.

mod common;

use goodfaith::content::{Built, Library};
use goodfaith::graph::{self, EdgeKind, Graph, Kind, Unreachable};
use goodfaith::i18n::Texts;
use goodfaith::simulate::{self, Policy};
use scraper::{Html, Selector};
use std::path::PathBuf;

fn graph_of(built: &Built, lang: &str) -> (Graph, Texts) {
    let texts = Texts::new(lang, &built.texts);
    let mut g = Graph::build(&built.scenario, &built.names, false, None);
    g.titles(&built.scenario, &texts);
    (g, texts)
}

fn logic_bugs() -> Built {
    let lib = Library::load(&[PathBuf::from("tests/fixtures/logic-bugs")]);
    lib.build("mini").0.expect("the logic-bugs fixture builds")
}

#[test]
fn every_event_is_a_node_and_every_follow_up_an_edge() {
    for built in common::all_scenarios() {
        let sc = &built.scenario;
        let (g, _) = graph_of(&built, "en-US");
        let key = |kind: Kind| g.nodes.iter().position(|n| n.kind == kind);
        let has = |from: usize, to: u16| {
            g.edges.iter().any(|x| {
                x.kind == EdgeKind::FollowUp
                    && x.from == from
                    && g.nodes[x.to].kind == Kind::Event(to, sc.events[to as usize].trigger)
            })
        };
        for (i, e) in sc.events.iter().enumerate() {
            let at = key(Kind::Event(i as u16, e.trigger)).unwrap_or_else(|| panic!("{}: no node", e.id));
            for f in &e.followups {
                assert!(has(at, f.event), "{}: follow-up {} drawn", e.id, f.event);
            }
            for (j, o) in e.options.iter().enumerate() {
                let oat = key(Kind::Option(i as u16, j as u8)).expect("option node");
                for f in &o.followups {
                    assert!(has(oat, f.event), "{}.{}: follow-up drawn", e.id, o.id);
                }
            }
        }
        for (i, a) in sc.actions.iter().enumerate() {
            let at = key(Kind::Action(i as u16)).expect("action node");
            for f in &a.followups {
                assert!(has(at, f.event), "{}: follow-up drawn", a.id);
            }
        }
        assert_eq!(g.nodes.iter().filter(|n| matches!(n.kind, Kind::Event(..))).count(), sc.events.len());
        assert_eq!(g.nodes.iter().filter(|n| matches!(n.kind, Kind::Ending(_))).count(), sc.endings.len());
        // Keys are unique and safe in every format.
        let mut keys: Vec<&str> = g.nodes.iter().map(|n| n.key.as_str()).collect();
        assert!(keys.iter().all(|k| k.chars().all(|c| c.is_ascii_alphanumeric())));
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), g.nodes.len(), "{}", sc.id);
    }
}

#[test]
fn the_planted_logic_bugs_are_marked() {
    let built = logic_bugs();
    let (g, _) = graph_of(&built, "en-US");
    let why = |letter: char, id: &str| g.find(letter, id).unwrap_or_else(|| panic!("no node {id}")).unreachable;
    // A reaction waiting for a flag nothing sets, and an event whose condition needs a
    // meter beyond its bounds.
    assert_eq!(why('r', "envoy.frets"), Some(Unreachable::NeverHolds));
    assert_eq!(why('e', "clash"), Some(Unreachable::NeverHolds));
    assert_eq!(why('f', "rumour"), Some(Unreachable::NeverSet));
    // Endings after one that always holds.
    assert_eq!(why('n', "deal"), Some(Unreachable::Hidden));
    assert_eq!(why('n', "timeout"), Some(Unreachable::Hidden));
    assert_eq!(why('n', "collapse"), None);
    // A flag set but never read is a dead end; one set and read is not.
    assert!(g.find('f', "noted").unwrap().dead_end);
    assert!(!g.find('f', "met").unwrap().dead_end);
    let dead: Vec<&str> = g.dead_ends().map(|n| n.id.as_str()).collect();
    assert_eq!(dead, ["noted"]);
    // The Mermaid text classes them.
    let texts = Texts::new("en-US", &built.texts);
    let m = graph::mermaid::render(&g, &texts);
    assert!(m.contains("class f1,e2,r2x0,n1,n2 unreachable") && m.contains("class f2 deadend"), "{m}");
}

#[test]
fn the_tutorial_has_nothing_unreachable_and_no_dead_end() {
    let built = common::build("tutorial");
    let (g, _) = graph_of(&built, "en-US");
    let marked: Vec<&str> =
        g.nodes.iter().filter(|n| n.unreachable.is_some() || n.dead_end).map(|n| n.id.as_str()).collect();
    assert!(marked.is_empty(), "{marked:?}");
}

#[test]
fn simulated_counts_go_on_events_and_endings() {
    let built = common::build("tutorial");
    let sc = built.scenario.clone();
    let s = simulate::run(sc.clone(), None, sc.default_difficulty, 40, Policy::Random, 1, 1).unwrap();
    let g = Graph::build(&sc, &built.names, false, Some(&s));
    assert_eq!(g.games, Some(40));
    for n in &g.nodes {
        match n.kind {
            Kind::Event(..) => {
                assert_eq!(n.count, Some(s.events[&n.id].games), "{}", n.id);
                assert_eq!(n.count == Some(0), n.unreachable == Some(Unreachable::NeverFired), "{}", n.id);
            }
            Kind::Ending(_) => assert_eq!(n.count, Some(s.endings[&n.id].count), "{}", n.id),
            _ => assert_eq!(n.count, None),
        }
    }
    let ended: u64 = g.nodes.iter().filter(|n| matches!(n.kind, Kind::Ending(_))).filter_map(|n| n.count).sum();
    assert_eq!(ended, 40);
}

#[test]
fn meters_are_drawn_only_when_asked() {
    let built = common::build("tutorial");
    let plain = Graph::build(&built.scenario, &built.names, false, None);
    let with = Graph::build(&built.scenario, &built.names, true, None);
    assert!(!plain.nodes.iter().any(|n| matches!(n.kind, Kind::Meter(_))));
    let meters = with.nodes.iter().filter(|n| matches!(n.kind, Kind::Meter(_))).count();
    assert_eq!(meters, built.scenario.meters.len());
    assert!(with.edges.len() > plain.edges.len());
}

#[test]
fn the_tutorial_in_dot_and_mermaid() {
    let built = common::build("tutorial");
    let (g, texts) = graph_of(&built, "en-US");
    insta::assert_snapshot!("tutorial-dot", graph::dot::render(&g, &texts));
    insta::assert_snapshot!("tutorial-mermaid", graph::mermaid::render(&g, &texts));
}

#[test]
fn hostile_text_is_escaped_in_every_format() {
    let built = common::build("tutorial");
    let (mut g, texts) = graph_of(&built, "en-US");
    let evil = "a\"b\\c<script src=\"http://x\">#quot;</script>\u{202e}\u{1b}[31m";
    g.nodes[0].id = evil.to_string();
    g.nodes[0].title = evil.to_string();
    let dot = graph::dot::render(&g, &texts);
    let line = dot.lines().find(|l| l.trim_start().starts_with(&format!("{} [", g.nodes[0].key))).unwrap();
    assert!(line.contains("label=\"a\\\"b\\\\c<script"), "{line}");
    let mermaid = graph::mermaid::render(&g, &texts);
    assert!(mermaid.contains("a#quot;b\\c#lt;script src=#quot;http://x#quot;#gt;#35;quot;"), "{mermaid}");
    let html = graph::html::render(&g, &texts);
    for out in [&dot, &mermaid, &html] {
        assert!(!out.contains('\u{202e}') && !out.contains('\u{1b}'));
    }
    assert!(!html.contains("<script src") && html.contains("&lt;script src="));
}

fn select<'a>(doc: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    doc.select(&Selector::parse(css).unwrap()).collect()
}

#[test]
fn the_html_page_is_one_well_formed_file_in_every_language() {
    let built = common::build("nine-months");
    for (lang, dir) in [("en-US", "ltr"), ("ar", "rtl"), ("he", "rtl"), ("fr", "ltr")] {
        let (g, texts) = graph_of(&built, lang);
        let page = graph::html::render(&g, &texts);
        let doc = Html::parse_document(&page);
        assert!(doc.errors.is_empty(), "{lang}: {:?}", doc.errors);
        let root = select(&doc, "html")[0];
        assert_eq!(root.value().attr("dir"), Some(dir));
        // Nothing is fetched: no script, style or image from elsewhere, no address but the
        // SVG namespace.
        assert!(select(&doc, "script[src], link, img, iframe, object").is_empty());
        let without_ns = page.replace("http://www.w3.org/2000/svg", "");
        assert!(!without_ns.contains("http://") && !without_ns.contains("https://") && !without_ns.contains("url("));
        // One drawn node per graph node, each with its title as a tooltip.
        let nodes = select(&doc, "svg g.n");
        assert_eq!(nodes.len(), g.nodes.len());
        assert!(nodes.iter().all(|n| n.select(&Selector::parse("title").unwrap()).count() == 1));
        let unreachable = select(&doc, "svg g.n.unreachable").len();
        assert_eq!(unreachable, g.unreachable().count());
        // Every edge but an event's link to its options is drawn.
        let drawn = g.edges.iter().filter(|e| e.kind != EdgeKind::Option).count();
        assert_eq!(select(&doc, "svg path.e").len(), drawn);
    }
}

#[test]
fn the_command_writes_each_format_and_refuses_bad_input_with_a_message() {
    let bin = env!("CARGO_BIN_EXE_goodfaith");
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("graph.html");
    let out = std::process::Command::new(bin)
        .args(["graph", "tutorial", "--format", "html", "--games", "20", "-o"])
        .arg(&page)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("Counts from 20 simulated games."));
    let mermaid = std::process::Command::new(bin).args(["graph", "tutorial", "--format", "mermaid"]).output().unwrap();
    assert!(mermaid.status.success() && mermaid.stdout.starts_with(b"flowchart LR\n"));
    for (args, says) in [
        (&["graph", "nope"][..], "there is no scenario `nope`"),
        (&["graph", "tutorial", "--games", "0"][..], "--games 0"),
        (&["graph", "tutorial", "--lang", "xx"][..], "there is no text in `xx`"),
    ] {
        let out = std::process::Command::new(bin).args(args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(out.stdout.is_empty());
    }
}
