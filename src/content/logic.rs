//! The logic checker: warnings for rules that check clean but cannot work. Each value's
//! range is worked out from its bounds and from the effects that write it (a flag no effect
//! sets is always off; a counter no effect changes keeps its start), and every condition
//! is run over those ranges: one that can never hold, or always holds, is reported where it
//! is written. Endings hidden by an earlier ending that always holds, flags set but never
//! read (or read but never set) and counters that never change are reported where they
//! are declared.

use super::diag::{Diagnostic, FileId};
use super::resolve::Names;
use super::validate::Part;
use crate::engine::Scenario;
use crate::engine::expr::{ActorRef, AssignOp, Code, Effect, EffectKind, Interval, Slot};
use crate::engine::layout;
use crate::engine::scenario::SlotName;
use std::ops::Range;

/// Where an expression is written, for reporting on it.
#[derive(Debug, Clone)]
pub struct Site {
    pub pack: String,
    pub file: FileId,
    pub span: Range<usize>,
    pub code: Code,
    /// A condition (true or false), as opposed to a number.
    pub condition: bool,
    /// For an actor action's condition, the actors it may target: the condition is run for
    /// each, with `target` that actor.
    pub targets: Option<Vec<u16>>,
}

const MAX: i64 = i32::MAX as i64;
const MIN: i64 = i32::MIN as i64;
const WIDE: Interval = Interval { lo: MIN, hi: MAX };

/// The slots a written slot stands for: one, or every actor's (or pair's) when it depends
/// on `self` or `target`.
pub(crate) fn slots(s: Slot, actors: u32) -> Range<u32> {
    match s {
        Slot::Static(x) => x..x + 1,
        Slot::Actor { base, .. } => base..base + actors,
        Slot::Pair { base, n, .. } => base..base + n as u32 * n as u32,
    }
}

/// What the effects of a scenario can do to each slot.
#[derive(Default, Clone, Copy)]
struct Writes {
    written: bool,
    /// A flag some effect sets (may be on), clears or lets expire (may be off).
    on: bool,
    off: bool,
    /// Every write only adds a number that is never negative (or only subtracts one).
    only_up: bool,
    only_down: bool,
}

pub(crate) fn all_effects(sc: &Scenario) -> Vec<&Effect> {
    let mut out: Vec<&Effect> = Vec::new();
    for e in &sc.events {
        out.extend(&e.effects);
        e.options.iter().for_each(|o| out.extend(&o.effects));
    }
    sc.actions.iter().for_each(|a| out.extend(&a.effects));
    sc.actors.iter().flat_map(|a| &a.reactions).for_each(|r| out.extend(&r.effects));
    sc.difficulties.iter().for_each(|d| out.extend(&d.effects));
    out
}

/// The range of every slot, given the effects.
fn ranges(sc: &Scenario, names: &Names) -> Vec<Interval> {
    let l = &sc.layout;
    let n = l.actors as u32;
    let len = l.len as usize;
    let mut w = vec![Writes { only_up: true, only_down: true, ..Writes::default() }; len];
    for e in all_effects(sc) {
        match &e.kind {
            EffectKind::Write { slot, op, value, .. } => {
                let v = value.range(&|_| WIDE).unwrap_or(WIDE);
                let (up, down) = match op {
                    AssignOp::Add => (v.lo >= 0, v.hi <= 0),
                    AssignOp::Sub => (v.hi <= 0, v.lo >= 0),
                    _ => (false, false),
                };
                for s in slots(*slot, n) {
                    let x = &mut w[s as usize];
                    x.written = true;
                    x.only_up &= up;
                    x.only_down &= down;
                }
            }
            EffectKind::SetFlag { slot, turns, .. } => {
                for s in slots(*slot, n) {
                    let x = &mut w[s as usize];
                    x.written = true;
                    x.on = true;
                    x.off |= *turns > 0;
                }
            }
            EffectKind::ClearFlag { slot, .. } => {
                for s in slots(*slot, n) {
                    w[s as usize].written = true;
                    w[s as usize].off = true;
                }
            }
        }
    }
    let options = |i: usize| sc.issues.get(i).map_or(0, |x| x.options.len() as i64);
    (0..len)
        .map(|s| {
            let init = sc.initial.get(s).copied().unwrap_or(0) as i64;
            let x = w[s];
            let at = s as u32;
            let within = |lo: i64, hi: i64| if x.written { Interval::new(lo, hi) } else { Interval::new(init, init) };
            match sc.slot_name(at) {
                SlotName::Meter(m, _) => {
                    let m = &sc.meters[m as usize];
                    within(m.min as i64, m.max as i64)
                }
                SlotName::Trust(..) => within(names.trust.0 as i64, names.trust.1 as i64),
                SlotName::Flag(_) => {
                    let on = init != 0 || x.on;
                    let off = init == 0 || x.off;
                    Interval::new(if off { 0 } else { 1 }, if on { 1 } else { 0 })
                }
                SlotName::Counter(_) if !x.written => Interval::new(init, init),
                SlotName::Counter(_) if x.only_up => Interval::new(init, MAX),
                SlotName::Counter(_) if x.only_down => Interval::new(MIN, init),
                SlotName::Signed(i) => Interval::new(0, options(i as usize)),
                _ if at == layout::TURN => Interval::new(1, sc.turns as i64),
                _ if at == layout::TURNS_LEFT => Interval::new(0, sc.turns as i64),
                _ if at == layout::PROPOSALS || at == layout::AGREEMENTS => Interval::new(0, MAX),
                _ if (l.support..l.support + n).contains(&at) => Interval::new(-100, 100),
                _ if (l.red_line..l.table).contains(&at) => Interval::new(0, 1),
                _ if (l.table..l.table_ambiguous).contains(&at) => Interval::new(0, options((at - l.table) as usize)),
                _ if (l.fired..l.roles).contains(&at) => Interval::new(0, MAX),
                _ if (l.roles..l.budget).contains(&at) => Interval::new(0, 1),
                // Each actor's own index, never written.
                _ if (l.ids..l.ids + n).contains(&at) => Interval::new(init, init),
                _ => WIDE,
            }
        })
        .collect()
}

/// What a value is called in expressions, for the help of a warning.
fn name(sc: &Scenario, slot: u32) -> Option<String> {
    let actor = |a: u16| sc.actors.get(a as usize).map_or("?", |x| x.id.as_str());
    Some(match sc.slot_name(slot) {
        SlotName::Meter(m, None) => format!("`{}`", sc.meters[m as usize].id),
        SlotName::Meter(m, Some(a)) => format!("`{}.{}`", sc.meters[m as usize].id, actor(a)),
        SlotName::Trust(a, b) => format!("`trust.{}.{}`", actor(a), actor(b)),
        SlotName::Flag(f) => format!("`flag.{}`", sc.flags[f as usize]),
        SlotName::Counter(c) => format!("`counter.{}`", sc.counters[c as usize]),
        _ if slot == layout::TURN => "`turn`".to_string(),
        _ => return None,
    })
}

/// The ranges a condition's values keep, in words: why it cannot go the other way.
fn reasons(sc: &Scenario, r: &[Interval], code: &Code) -> String {
    let mut seen: Vec<u32> = Vec::new();
    let mut out: Vec<String> = Vec::new();
    for s in code.slots_read() {
        let Slot::Static(s) = s else { continue };
        if seen.contains(&s) || out.len() >= 4 {
            continue;
        }
        seen.push(s);
        let Some(n) = name(sc, s) else { continue };
        let i = r[s as usize];
        out.push(match sc.slot_name(s) {
            SlotName::Flag(_) if i.hi == 0 => format!("{n} is always off: no effect sets it"),
            SlotName::Flag(_) if i.lo == 1 => format!("{n} is always on: nothing clears it"),
            _ if i.lo == i.hi => format!("{n} is always {}: no effect changes it", i.lo),
            _ if i.hi == MAX => format!("{n} is at least {}", i.lo),
            _ if i.lo == MIN => format!("{n} is at most {}", i.hi),
            _ => format!("{n} stays between {} and {}", i.lo, i.hi),
        });
    }
    out.join("; ")
}

/// Each value's range, given the effects, and what that says of conditions: the checker's
/// view of a scenario, also used to mark what can never happen in its story graph.
pub(crate) struct Ranges {
    r: Vec<Interval>,
    actors: u32,
}

impl Ranges {
    pub(crate) fn new(sc: &Scenario, names: &Names) -> Ranges {
        Ranges { r: ranges(sc, names), actors: sc.layout.actors as u32 }
    }

    /// The range a slot as written keeps (every actor's, when it depends on one).
    pub(crate) fn of(&self, s: Slot) -> Interval {
        slots(s, self.actors)
            .map(|x| self.r[x as usize])
            .reduce(|a, b| Interval::new(a.lo.min(b.lo), a.hi.max(b.hi)))
            .unwrap_or(WIDE)
    }

    /// Whether a condition always holds, never does, or may go either way.
    pub(crate) fn truth(&self, code: &Code) -> Option<bool> {
        code.truth(&|s| self.of(s))
    }
}

/// Runs every check; warnings go to `diags`.
pub fn check(sc: &Scenario, names: &Names, sites: &[Site], parts: &[Part], diags: &mut Vec<Diagnostic>) {
    let ranges = Ranges::new(sc, names);
    let r = &ranges.r;
    let range = |s: Slot| ranges.of(s);
    for site in sites.iter().filter(|s| s.condition) {
        let Some(t) = truth(sc, &ranges, site) else { continue };
        let mut why = reasons(sc, r, &site.code);
        if let Some(targets) = site.targets.as_ref().filter(|_| site.code.is_dynamic()) {
            let ids: Vec<&str> =
                targets.iter().filter_map(|&a| sc.actors.get(a as usize)).map(|a| a.id.as_str()).collect();
            let also = format!("the action's targets are {}", ids.join(", "));
            why = if why.is_empty() { also } else { format!("{why}; {also}") };
        }
        let (msg, label) = if t {
            ("this condition always holds, so it tests nothing", "always true")
        } else {
            ("this condition can never hold", "never true")
        };
        let mut d = Diagnostic::warning(&site.pack, Some(site.file), Some(site.span.clone()), msg).label(label);
        if !why.is_empty() {
            d = d.help(if t { format!("{why}; leave the condition out, or fix it") } else { why });
        }
        diags.push(d);
    }
    shadowed_endings(sc, &range, parts, diags);
    unused(sc, sites, parts, diags);
}

/// Whether a site's condition always holds or never does: for an actor action's, the same
/// verdict for each target it may take, with `target` that actor.
fn truth(sc: &Scenario, ranges: &Ranges, site: &Site) -> Option<bool> {
    let Some(targets) = &site.targets else { return site.code.truth(&|s| ranges.of(s)) };
    let who = Slot::Actor { base: sc.layout.ids, actor: ActorRef::Target };
    let mut verdict = None;
    for &t in targets {
        let one = site.code.truth(&|s| if s == who { Interval::new(t as i64, t as i64) } else { ranges.of(s) })?;
        if verdict.is_some_and(|v| v != one) {
            return None;
        }
        verdict = Some(one);
    }
    verdict
}

/// Where a thing of `kind` with id `id` is declared.
fn declared<'p>(parts: &'p [Part], id: &str, kind: &str) -> Option<(&'p Part<'p>, Range<usize>)> {
    parts.iter().find_map(|p| {
        let ids: Vec<&super::raw::Str> = match kind {
            "flag" => p.sf.flag.iter().map(|x| &x.id).collect(),
            "counter" => p.sf.counter.iter().map(|x| &x.id).collect(),
            "ending" => p.sf.ending.iter().map(|x| &x.id).collect(),
            _ => Vec::new(),
        };
        ids.into_iter().find(|s| s.get_ref().0 == id).map(|s| (p, s.span()))
    })
}

/// Endings are tried in order when a turn ends: one that always holds hides every ending
/// after it (only the deadline's, when it waits for the deadline).
fn shadowed_endings(sc: &Scenario, range: &dyn Fn(Slot) -> Interval, parts: &[Part], diags: &mut Vec<Diagnostic>) {
    let mut hider: Option<(usize, bool)> = None;
    for (i, e) in sc.endings.iter().enumerate() {
        if let Some((h, at_deadline)) = hider
            && (!at_deadline || e.at_deadline)
            && let Some((p, span)) = declared(parts, &e.id, "ending")
        {
            let first = &sc.endings[h].id;
            diags.push(
                Diagnostic::warning(p.pack, Some(p.file), Some(span), format!("ending `{}` can never end a game", e.id))
                    .label("hidden")
                    .help(format!(
                        "ending `{first}` is checked before it{} and always holds; give `{first}` a condition that can fail, or a lower priority",
                        if at_deadline { " at the deadline" } else { "" }
                    )),
            );
        }
        let always = e.condition.as_ref().is_none_or(|c| c.truth(range) == Some(true));
        if always && hider.is_none_or(|(_, d)| d && !e.at_deadline) {
            hider = Some((i, e.at_deadline));
        }
    }
}

/// Flags set but never read, read but never set, or neither; counters nothing changes.
fn unused(sc: &Scenario, sites: &[Site], parts: &[Part], diags: &mut Vec<Diagnostic>) {
    let l = &sc.layout;
    // Every slot an expression reads by name, gathered once.
    let read: std::collections::BTreeSet<u32> = sites
        .iter()
        .flat_map(|s| s.code.slots_read())
        .filter_map(|x| if let Slot::Static(y) = x { Some(y) } else { None })
        .collect();
    let reads = |slot: u32| read.contains(&slot);
    let effects = all_effects(sc);
    for (f, id) in sc.flags.iter().enumerate() {
        let slot = l.flags + f as u32;
        let set = effects.iter().any(|e| matches!(&e.kind, EffectKind::SetFlag { flag, .. } if *flag as usize == f));
        let read = reads(slot);
        let (msg, help) = match (set, read) {
            (true, true) => continue,
            (true, false) => (
                format!("flag `{id}` is set but never read"),
                format!("test it in a condition (`flag.{id}`), or remove it and the effects that set it"),
            ),
            (false, true) => (
                format!("flag `{id}` is read but no effect sets it, so it is always off"),
                format!("set it in some effects (`set flag.{id}`), or remove the conditions that test it"),
            ),
            (false, false) => (format!("flag `{id}` is never set or read"), "remove it".to_string()),
        };
        if let Some((p, span)) = declared(parts, id, "flag") {
            diags.push(Diagnostic::warning(p.pack, Some(p.file), Some(span), msg).label("declared here").help(help));
        }
    }
    for (c, id) in sc.counters.iter().enumerate() {
        let slot = l.counters + c as u32;
        let written = effects.iter().any(|e| match &e.kind {
            EffectKind::Write { slot: s, .. } => slots(*s, l.actors as u32).contains(&slot),
            _ => false,
        });
        if !written && let Some((p, span)) = declared(parts, id, "counter") {
            diags.push(
                Diagnostic::warning(p.pack, Some(p.file), Some(span), format!("counter `{id}` never changes"))
                    .label("declared here")
                    .help(format!("no effect writes it, so it keeps its start; add `counter.{id} += 1` to some effects, or remove it")),
            );
        }
    }
}
