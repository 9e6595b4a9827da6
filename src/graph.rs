//! The story graph of a scenario (`goodfaith graph`): events (by how they are triggered)
//! and their options, actions, actors' reactions, endings, flags and counters (meters when
//! asked) as nodes; follow-ups, the values each rule sets and the conditions that read them
//! as edges. What can never happen is marked: a follow-up nothing schedules, a condition
//! the logic checker says can never hold, a flag no effect sets, and, given a simulation,
//! an event that never fired or an ending never reached; a flag or counter set but never
//! read is a dead end. Built as data, pure; `dot`, `mermaid` and `html` write it out.

pub mod dot;
pub mod html;
pub mod mermaid;

use crate::content::logic::{self, Ranges};
use crate::content::resolve::Names;
use crate::engine::Scenario;
use crate::engine::expr::{Code, Effect, EffectKind, Slot};
use crate::engine::report::ids;
use crate::engine::scenario::{Followup, SlotName, Trigger};
use crate::i18n::Texts;
use crate::simulate::Summary;

/// What a node stands for, with its indices in the scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Event(u16, Trigger),
    Option(u16, u8),
    Action(u16),
    Reaction(u16, u16),
    Ending(u16),
    Flag(u16),
    Counter(u16),
    Meter(u16),
}

/// Why a node can never be reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreachable {
    /// A follow-up that nothing reachable schedules.
    NeverScheduled,
    /// Its condition can never hold (the logic checker's ranges), or its event cannot happen.
    NeverHolds,
    /// A flag no effect sets: always off.
    NeverSet,
    /// An ending checked after one that always holds.
    Hidden,
    /// It never happened in the simulated games.
    NeverFired,
}

#[derive(Debug, Clone)]
pub struct Node {
    /// A key safe in every format (`e3`, `e3o1`, `a2`, `r1x0`, `n0`, `f4`, `c0`, `m2`).
    pub key: String,
    /// The id as the pack writes it (`event.option`, `actor.reaction` for parts).
    pub id: String,
    pub kind: Kind,
    /// The English (or `--lang`) title, for tooltips; empty until `titles` fills it.
    pub title: String,
    pub unreachable: Option<Unreachable>,
    /// Set (or written) but never read by any expression.
    pub dead_end: bool,
    /// With a simulation: in how many games it fired (events) or ended it (endings).
    pub count: Option<u64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum EdgeKind {
    /// An event to one of its options.
    Option,
    /// An event, option or action schedules an event.
    FollowUp,
    /// A rule sets a flag or writes a counter or meter.
    Sets,
    /// A rule clears a flag.
    Clears,
    /// A flag, counter or meter is read by a condition.
    Reads,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Edge {
    pub from: usize,
    pub to: usize,
    pub kind: EdgeKind,
}

#[derive(Debug, Clone)]
pub struct Graph {
    pub scenario: String,
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    /// The number of simulated games behind the counts, if any.
    pub games: Option<u64>,
}

fn node(key: String, id: String, kind: Kind) -> Node {
    Node { key, id, kind, title: String::new(), unreachable: None, dead_end: false, count: None }
}

/// Every expression a rule reads: conditions and weight modifiers, and effects' values.
fn codes_of<'a>(cond: Option<&'a Code>, effects: &'a [Effect], extra: impl Iterator<Item = &'a Code>) -> Vec<&'a Code> {
    let mut out: Vec<&Code> = cond.into_iter().collect();
    out.extend(extra);
    for e in effects {
        if let EffectKind::Write { value, .. } = &e.kind {
            out.push(value);
        }
    }
    out
}

impl Graph {
    /// The graph of `sc`; `meters` adds meters as nodes; `sim` puts its counts on the nodes.
    pub fn build(sc: &Scenario, names: &Names, meters: bool, sim: Option<&Summary>) -> Graph {
        let ranges = Ranges::new(sc, names);
        let never = |c: Option<&Code>| c.is_some_and(|c| ranges.truth(c) == Some(false));
        let mut g = Graph { scenario: sc.id.clone(), nodes: Vec::new(), edges: Vec::new(), games: None };
        // Values first, so rules can point at them.
        let flag0 = g.nodes.len();
        for (i, f) in sc.flags.iter().enumerate() {
            g.nodes.push(node(format!("f{i}"), f.clone(), Kind::Flag(i as u16)));
        }
        let counter0 = g.nodes.len();
        for (i, c) in sc.counters.iter().enumerate() {
            g.nodes.push(node(format!("c{i}"), c.clone(), Kind::Counter(i as u16)));
        }
        let meter0 = g.nodes.len();
        if meters {
            for (i, m) in sc.meters.iter().enumerate() {
                g.nodes.push(node(format!("m{i}"), m.id.clone(), Kind::Meter(i as u16)));
            }
        }
        let value = |slot: Slot| -> Option<usize> {
            let at = match slot {
                Slot::Static(x) => x,
                Slot::Actor { base, .. } => base,
                Slot::Pair { .. } => return None,
            };
            match sc.slot_name(at) {
                SlotName::Flag(f) => Some(flag0 + f as usize),
                SlotName::Counter(c) => Some(counter0 + c as usize),
                SlotName::Meter(m, _) if meters => Some(meter0 + m as usize),
                _ => None,
            }
        };
        let mut option0 = Vec::new();
        for (i, e) in sc.events.iter().enumerate() {
            option0.push(g.nodes.len() + 1);
            let mut n = node(format!("e{i}"), e.id.clone(), Kind::Event(i as u16, e.trigger));
            n.unreachable = never(e.condition.as_ref()).then_some(Unreachable::NeverHolds);
            g.nodes.push(n);
            for (j, o) in e.options.iter().enumerate() {
                let mut n = node(format!("e{i}o{j}"), format!("{}.{}", e.id, o.id), Kind::Option(i as u16, j as u8));
                n.unreachable = never(o.condition.as_ref()).then_some(Unreachable::NeverHolds);
                g.nodes.push(n);
            }
        }
        let action0 = g.nodes.len();
        for (i, a) in sc.actions.iter().enumerate() {
            let mut n = node(format!("a{i}"), a.id.clone(), Kind::Action(i as u16));
            n.unreachable = never(a.condition.as_ref()).then_some(Unreachable::NeverHolds);
            g.nodes.push(n);
        }
        let mut reaction0 = Vec::new();
        for (i, actor) in sc.actors.iter().enumerate() {
            reaction0.push(g.nodes.len());
            for (j, r) in actor.reactions.iter().enumerate() {
                let mut n =
                    node(format!("r{i}x{j}"), format!("{}.{}", actor.id, r.id), Kind::Reaction(i as u16, j as u16));
                n.unreachable = never(r.when.as_ref()).then_some(Unreachable::NeverHolds);
                g.nodes.push(n);
            }
        }
        let ending0 = g.nodes.len();
        // Endings are tried in order: one that always holds hides those after it (only
        // those waiting for the deadline, when it waits for the deadline itself).
        let mut hider: Option<bool> = None;
        for (i, e) in sc.endings.iter().enumerate() {
            let mut n = node(format!("n{i}"), e.id.clone(), Kind::Ending(i as u16));
            n.unreachable = never(e.condition.as_ref()).then_some(Unreachable::NeverHolds);
            if hider.is_some_and(|at_deadline| !at_deadline || e.at_deadline) {
                n.unreachable = Some(Unreachable::Hidden);
            }
            let always = e.condition.as_ref().is_none_or(|c| ranges.truth(c) == Some(true));
            if always && hider.is_none_or(|d| d && !e.at_deadline) {
                hider = Some(e.at_deadline);
            }
            g.nodes.push(n);
        }

        // Edges: what each rule reads, sets and schedules.
        let mut edges: Vec<Edge> = Vec::new();
        let mut rule = |at: usize, codes: Vec<&Code>, effects: &[Effect], followups: &[Followup]| {
            for c in codes {
                for s in c.slots_read() {
                    if let Some(v) = value(s) {
                        edges.push(Edge { from: v, to: at, kind: EdgeKind::Reads });
                    }
                }
            }
            for e in effects {
                let (slot, kind) = match &e.kind {
                    EffectKind::Write { slot, .. } | EffectKind::SetFlag { slot, .. } => (*slot, EdgeKind::Sets),
                    EffectKind::ClearFlag { slot, .. } => (*slot, EdgeKind::Clears),
                };
                if let Some(v) = value(slot) {
                    edges.push(Edge { from: at, to: v, kind });
                }
            }
            for f in followups {
                edges.push(Edge { from: at, to: event0_ix(&option0, f.event), kind: EdgeKind::FollowUp });
            }
        };
        for (i, e) in sc.events.iter().enumerate() {
            let at = option0[i] - 1;
            let mods = e.weight.mods.iter().map(|m| &m.when);
            rule(at, codes_of(e.condition.as_ref(), &e.effects, mods), &e.effects, &e.followups);
            for (j, o) in e.options.iter().enumerate() {
                let mods = o.weight.mods.iter().map(|m| &m.when);
                rule(option0[i] + j, codes_of(o.condition.as_ref(), &o.effects, mods), &o.effects, &o.followups);
            }
        }
        for (i, a) in sc.actions.iter().enumerate() {
            rule(action0 + i, codes_of(a.condition.as_ref(), &a.effects, std::iter::empty()), &a.effects, &a.followups);
        }
        for (i, actor) in sc.actors.iter().enumerate() {
            for (j, r) in actor.reactions.iter().enumerate() {
                rule(reaction0[i] + j, codes_of(r.when.as_ref(), &r.effects, std::iter::empty()), &r.effects, &[]);
            }
        }
        for (i, e) in sc.endings.iter().enumerate() {
            let variants = e.variants.iter().filter_map(|v| v.condition.as_ref());
            rule(ending0 + i, codes_of(e.condition.as_ref(), &[], variants), &[], &[]);
        }
        for (i, e) in sc.events.iter().enumerate() {
            for j in 0..e.options.len() {
                edges.push(Edge { from: option0[i] - 1, to: option0[i] + j, kind: EdgeKind::Option });
            }
        }
        edges.sort();
        edges.dedup();
        g.edges = edges;

        // Values: set but never read anywhere (scores and objectives count as reads), or
        // read but never set.
        let read = read_slots(sc);
        let values = flag0..(if meters { meter0 + sc.meters.len() } else { meter0 });
        for v in values {
            let set = g.edges.iter().any(|e| e.to == v && e.kind == EdgeKind::Sets);
            let slot = match g.nodes[v].kind {
                Kind::Flag(f) => sc.layout.flags + f as u32,
                Kind::Counter(c) => sc.layout.counters + c as u32,
                Kind::Meter(m) => sc.meters[m as usize].slot,
                _ => continue,
            };
            let width = match g.nodes[v].kind {
                Kind::Meter(m) if sc.meters[m as usize].actors.is_some() => sc.layout.actors as u32,
                _ => 1,
            };
            let is_read = read.iter().any(|s| (slot..slot + width).contains(s));
            let n = &mut g.nodes[v];
            n.dead_end = set && !is_read;
            if matches!(n.kind, Kind::Flag(_)) && !set && is_read && sc.initial.get(slot as usize) == Some(&0) {
                n.unreachable = Some(Unreachable::NeverSet);
            }
        }
        if let Some(s) = sim {
            g.games = Some(s.games);
            for n in &mut g.nodes {
                let count = match n.kind {
                    Kind::Event(..) => s.events.get(&n.id).map(|e| e.games),
                    Kind::Ending(_) => s.endings.get(&n.id).map(|e| e.count),
                    Kind::Option(..) if s.options_never_chosen.contains(&n.id) && n.unreachable.is_none() => {
                        n.unreachable = Some(Unreachable::NeverFired);
                        None
                    }
                    _ => None,
                };
                if let Some(c) = count {
                    n.count = Some(c);
                    if c == 0 && n.unreachable.is_none() {
                        n.unreachable = Some(Unreachable::NeverFired);
                    }
                }
            }
        }
        let answers: Vec<u16> = sc.drafters.iter().filter_map(|d| d.answer).collect();
        g.propagate(&answers);
        g
    }

    /// An event that cannot happen takes its options with it; a follow-up is unreachable
    /// when everything that schedules it is (a drafter's answer event is fired by the
    /// drafter, not scheduled).
    fn propagate(&mut self, answers: &[u16]) {
        loop {
            let mut changed = false;
            for i in 0..self.nodes.len() {
                if self.nodes[i].unreachable.is_some() {
                    continue;
                }
                let from = |k: EdgeKind| self.edges.iter().filter(move |e| e.to == i && e.kind == k).map(|e| e.from);
                let dead = |j: usize| self.nodes[j].unreachable.is_some();
                let why = match self.nodes[i].kind {
                    Kind::Option(..) => from(EdgeKind::Option).any(dead).then_some(Unreachable::NeverHolds),
                    Kind::Event(e, Trigger::FollowUp) if !answers.contains(&e) => {
                        from(EdgeKind::FollowUp).all(dead).then_some(Unreachable::NeverScheduled)
                    }
                    _ => None,
                };
                if why.is_some() {
                    self.nodes[i].unreachable = why;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
    }

    /// Fills each node's title (tooltips) from the pack's messages in `texts`' language.
    pub fn titles(&mut self, sc: &Scenario, texts: &Texts) {
        for n in &mut self.nodes {
            let m = match n.kind {
                Kind::Event(e, _) => ids::event(sc, e),
                Kind::Option(e, o) => ids::option(sc, e, o),
                Kind::Action(a) => ids::action(sc, a),
                Kind::Reaction(a, r) => ids::reaction(sc, a, r),
                Kind::Ending(e) => ids::ending(sc, e),
                Kind::Flag(f) => ids::flag(sc, f),
                Kind::Meter(m) => ids::meter(sc, m),
                Kind::Counter(_) => continue,
            };
            n.title = if texts.has(&m.id, Some("title")) {
                texts.attr(&m.id, "title")
            } else if texts.has(&m.id, None) {
                texts.get(&m.id)
            } else {
                String::new()
            };
        }
    }

    /// Nodes marked unreachable.
    pub fn unreachable(&self) -> impl Iterator<Item = &Node> {
        self.nodes.iter().filter(|n| n.unreachable.is_some())
    }

    /// Nodes that are dead ends.
    pub fn dead_ends(&self) -> impl Iterator<Item = &Node> {
        self.nodes.iter().filter(|n| n.dead_end)
    }

    /// A node by the id its pack writes and its kind's letter (`e`, `o`, `a`, `r`, `n`, `f`, `c`, `m`).
    pub fn find(&self, letter: char, id: &str) -> Option<&Node> {
        self.nodes.iter().find(|n| n.id == id && letter_of(n.kind) == letter)
    }
}

fn letter_of(k: Kind) -> char {
    match k {
        Kind::Event(..) => 'e',
        Kind::Option(..) => 'o',
        Kind::Action(_) => 'a',
        Kind::Reaction(..) => 'r',
        Kind::Ending(_) => 'n',
        Kind::Flag(_) => 'f',
        Kind::Counter(_) => 'c',
        Kind::Meter(_) => 'm',
    }
}

fn event0_ix(option0: &[usize], event: u16) -> usize {
    option0[event as usize] - 1
}

/// Every slot some expression of the scenario reads, as the logic checker counts reads.
fn read_slots(sc: &Scenario) -> Vec<u32> {
    let mut codes: Vec<&Code> = Vec::new();
    for e in &sc.events {
        codes.extend(codes_of(e.condition.as_ref(), &e.effects, e.weight.mods.iter().map(|m| &m.when)));
        for o in &e.options {
            codes.extend(codes_of(o.condition.as_ref(), &o.effects, o.weight.mods.iter().map(|m| &m.when)));
        }
    }
    for a in &sc.actions {
        codes.extend(codes_of(a.condition.as_ref(), &a.effects, std::iter::empty()));
    }
    for actor in &sc.actors {
        codes.extend(actor.accept.as_ref());
        codes.extend(actor.signs_when.as_ref());
        for r in &actor.reactions {
            codes.extend(codes_of(r.when.as_ref(), &r.effects, std::iter::empty()));
        }
    }
    for e in &sc.endings {
        codes.extend(e.condition.as_ref());
        codes.extend(e.variants.iter().filter_map(|v| v.condition.as_ref()));
    }
    for r in &sc.roles {
        codes.extend(r.score.as_ref());
        codes.extend(r.objectives.iter().map(|o| &o.condition));
    }
    for d in &sc.difficulties {
        codes.extend(codes_of(None, &d.effects, std::iter::empty()));
    }
    let n = sc.layout.actors as u32;
    let mut out: Vec<u32> = codes.iter().flat_map(|c| c.slots_read()).flat_map(|s| logic::slots(s, n)).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The words of a node's mark, for every format.
pub fn mark_words(n: &Node, games: Option<u64>, texts: &Texts) -> Option<String> {
    let why = match n.unreachable {
        Some(Unreachable::NeverScheduled) => texts.get("graph-never-scheduled"),
        Some(Unreachable::NeverHolds) => texts.get("graph-never-holds"),
        Some(Unreachable::NeverSet) => texts.get("graph-never-set"),
        Some(Unreachable::Hidden) => texts.get("graph-hidden"),
        // Not proof that it cannot happen: the games were played at random.
        Some(Unreachable::NeverFired) => {
            return Some(texts.fmt("graph-never-fired", &[("games", (games.unwrap_or(0) as i64).into())]));
        }
        None if n.dead_end => return Some(texts.get("graph-dead-end")),
        None => return None,
    };
    Some(texts.fmt("graph-unreachable", &[("why", why.into())]))
}

/// The short line under a node's id: its week or trigger, and its count in the games.
pub fn detail_words(n: &Node, games: Option<u64>, texts: &Texts) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    if let Kind::Event(_, t) = n.kind {
        parts.push(match t {
            Trigger::Scripted { turn } => texts.fmt("graph-week", &[("week", (turn as i64).into())]),
            Trigger::Triggered => texts.get("graph-triggered"),
            Trigger::Random => texts.get("graph-random"),
            Trigger::FollowUp => texts.get("graph-followup"),
        });
    }
    if let (Some(c), Some(g)) = (n.count, games) {
        parts.push(texts.fmt("graph-count", &[("count", (c as i64).into()), ("games", (g as i64).into())]));
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}
