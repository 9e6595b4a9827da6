//! What the names in a scenario's expressions mean: the resolver the compiler asks.

use crate::engine::expr::{Access, ActorRef, Resolve, Slot, Ty, Unresolved, Value, Var, suggest};
use crate::engine::layout::{self, Layout};
use std::collections::BTreeMap;

/// A scenario's names and where their values live.
#[derive(Debug, Default)]
pub struct Names {
    pub actors: BTreeMap<String, u16>,
    /// Meter id → (slot, is an actor meter, min, max, grow_only).
    pub meters: BTreeMap<String, MeterInfo>,
    pub flags: BTreeMap<String, u16>,
    pub counters: BTreeMap<String, u16>,
    /// Issue id → (index, option ids in order).
    pub issues: BTreeMap<String, (u16, Vec<String>)>,
    /// Event id → (index, option ids with their `chosen` slots).
    pub events: BTreeMap<String, (u16, Vec<(String, u32)>)>,
    pub actions: BTreeMap<String, u16>,
    pub roles: BTreeMap<String, u16>,
    pub difficulties: BTreeMap<String, u16>,
    pub resources: BTreeMap<String, u16>,
    pub trust: (i32, i32),
    pub layout: Layout,
}

#[derive(Debug, Clone, Copy)]
pub struct MeterInfo {
    pub slot: u32,
    pub per_actor: bool,
    pub min: i32,
    pub max: i32,
    pub grow_only: bool,
}

const SPECIALS: [&str; 5] = ["turn", "turns_left", "proposals", "agreements", "ambiguity"];
const NAMESPACES: [&str; 16] = [
    "trust",
    "flag",
    "counter",
    "support",
    "red_line",
    "accepts",
    "table",
    "signed",
    "ambiguous",
    "fired",
    "chosen",
    "taken",
    "role",
    "difficulty",
    "budget",
    "self",
];

/// Whether a meter may not take this name, because expressions give it another meaning.
pub fn is_reserved(name: &str) -> bool {
    SPECIALS.contains(&name) || NAMESPACES.contains(&name) || matches!(name, "target" | "not")
}

/// Resolves names in one context: whether `target` means something there.
pub struct Scope<'a> {
    pub names: &'a Names,
    pub allow_target: bool,
}

fn unknown(segment: usize, what: &str, name: &str, candidates: Vec<&str>) -> Unresolved {
    Unresolved { segment, message: format!("unknown {what} `{name}`"), suggestion: suggest(name, candidates) }
}

fn ro(value: Value, ty: Ty) -> Var {
    Var { value, ty, access: Access::ReadOnly }
}

fn lookup<T: Copy>(map: &BTreeMap<String, T>, seg: usize, what: &str, name: &str) -> Result<T, Unresolved> {
    map.get(name).copied().ok_or_else(|| unknown(seg, what, name, map.keys().map(|s| s.as_str()).collect()))
}

impl Scope<'_> {
    fn actor(&self, seg: usize, name: &str) -> Result<ActorRef, Unresolved> {
        match name {
            "self" => Ok(ActorRef::SelfActor),
            "target" if self.allow_target => Ok(ActorRef::Target),
            "target" => Err(Unresolved {
                segment: seg,
                message: "`target` only means something in an action with `target = \"actor\"`: name the actor \
                          itself here, or give the action `target = \"actor\"`"
                    .into(),
                suggestion: None,
            }),
            _ => lookup(&self.names.actors, seg, "actor", name).map(ActorRef::Fixed),
        }
    }

    fn per_actor(&self, base: u32, seg: usize, name: &str) -> Result<Slot, Unresolved> {
        Ok(match self.actor(seg, name)? {
            ActorRef::Fixed(a) => Slot::Static(base + a as u32),
            other => Slot::Actor { base, actor: other },
        })
    }

    fn shape(&self, seg: usize, usage: &str) -> Unresolved {
        Unresolved { segment: seg, message: format!("expected {usage}"), suggestion: None }
    }

    fn top_names(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.names.meters.keys().map(|s| s.as_str()).collect();
        v.extend(SPECIALS);
        v.extend(NAMESPACES);
        v
    }
}

impl Resolve for Scope<'_> {
    fn resolve(&self, path: &[&str]) -> Result<Var, Unresolved> {
        let n = self.names;
        let l = &n.layout;
        let issue = |seg: usize, name: &str| {
            n.issues.get(name).ok_or_else(|| unknown(seg, "issue", name, n.issues.keys().map(|s| s.as_str()).collect()))
        };
        match path {
            [name] if SPECIALS.contains(name) => {
                let slot = match *name {
                    "turn" => layout::TURN,
                    "turns_left" => layout::TURNS_LEFT,
                    "proposals" => layout::PROPOSALS,
                    "agreements" => layout::AGREEMENTS,
                    _ => layout::AMBIGUITY,
                };
                Ok(ro(Value::Slot(Slot::Static(slot)), Ty::Int))
            }
            ["trust", from, to] => {
                let (from, to) = (self.actor(1, from)?, self.actor(2, to)?);
                let slot = match (from, to) {
                    (ActorRef::Fixed(f), ActorRef::Fixed(t)) => Slot::Static(l.trust(f, t)),
                    _ => Slot::Pair { base: l.trust, n: l.actors, from, to },
                };
                Ok(Var {
                    value: Value::Slot(slot),
                    ty: Ty::Int,
                    access: Access::Bounded { min: n.trust.0, max: n.trust.1, grow_only: false },
                })
            }
            ["trust", ..] => Err(self.shape(0, "`trust.<from>.<to>`, trust from one actor toward another")),
            ["flag", f] => {
                let i = lookup(&n.flags, 1, "flag", f)?;
                Ok(Var {
                    value: Value::Slot(Slot::Static(l.flags + i as u32)),
                    ty: Ty::Bool,
                    access: Access::Flag { index: i },
                })
            }
            ["counter", c] => {
                let i = lookup(&n.counters, 1, "counter", c)?;
                Ok(Var {
                    value: Value::Slot(Slot::Static(l.counters + i as u32)),
                    ty: Ty::Int,
                    access: Access::Counter,
                })
            }
            ["support", a] => Ok(ro(Value::Slot(self.per_actor(l.support, 1, a)?), Ty::Int)),
            ["red_line", a] => Ok(ro(Value::Slot(self.per_actor(l.red_line, 1, a)?), Ty::Bool)),
            ["accepts", a] => Ok(ro(Value::Slot(self.per_actor(l.accepts, 1, a)?), Ty::Bool)),
            [ns @ ("table" | "signed"), i] => {
                let (ix, _) = issue(1, i)?;
                let base = if *ns == "table" { l.table } else { l.signed };
                Ok(ro(Value::NonZero(Slot::Static(base + *ix as u32)), Ty::Bool))
            }
            [ns @ ("table" | "signed"), i, o] => {
                let (ix, opts) = issue(1, i)?;
                let pos = opts.iter().position(|x| x == o).ok_or_else(|| {
                    unknown(2, &format!("option of issue `{i}`"), o, opts.iter().map(|s| s.as_str()).collect())
                })?;
                let base = if *ns == "table" { l.table } else { l.signed };
                Ok(ro(Value::Equals(Slot::Static(base + *ix as u32), pos as i32 + 1), Ty::Bool))
            }
            ["ambiguous", i] => {
                let (ix, _) = issue(1, i)?;
                Ok(ro(Value::Slot(Slot::Static(l.signed_ambiguous + *ix as u32)), Ty::Bool))
            }
            ["fired", e] => {
                let (ix, _) = n
                    .events
                    .get(*e)
                    .ok_or_else(|| unknown(1, "event", e, n.events.keys().map(|s| s.as_str()).collect()))?;
                Ok(ro(Value::Slot(Slot::Static(l.fired + *ix as u32)), Ty::Int))
            }
            ["chosen", e, o] => {
                let (_, opts) = n
                    .events
                    .get(*e)
                    .ok_or_else(|| unknown(1, "event", e, n.events.keys().map(|s| s.as_str()).collect()))?;
                let slot = opts.iter().find(|(id, _)| id == o).map(|(_, s)| *s).ok_or_else(|| {
                    unknown(2, &format!("option of event `{e}`"), o, opts.iter().map(|(s, _)| s.as_str()).collect())
                })?;
                Ok(ro(Value::Slot(Slot::Static(slot)), Ty::Int))
            }
            ["taken", a] => {
                Ok(ro(Value::Slot(Slot::Static(l.taken + lookup(&n.actions, 1, "action", a)? as u32)), Ty::Int))
            }
            ["role", r] => {
                Ok(ro(Value::Slot(Slot::Static(l.roles + lookup(&n.roles, 1, "role", r)? as u32)), Ty::Bool))
            }
            ["difficulty", d] => Ok(ro(
                Value::Slot(Slot::Static(l.difficulties + lookup(&n.difficulties, 1, "difficulty", d)? as u32)),
                Ty::Bool,
            )),
            ["budget", r] => {
                Ok(ro(Value::Slot(Slot::Static(l.budget + lookup(&n.resources, 1, "resource", r)? as u32)), Ty::Int))
            }
            [
                ns @ ("flag" | "counter" | "support" | "red_line" | "accepts" | "ambiguous" | "fired" | "taken"
                | "role" | "difficulty" | "budget"),
                ..,
            ] => Err(self.shape(0, &format!("`{ns}.<name>`"))),
            [ns @ ("table" | "signed" | "chosen"), ..] => {
                Err(self.shape(0, &format!("`{ns}.<name>` or `{ns}.<name>.<option>`")))
            }
            // `self`, `target` and an actor's id alone are actors: compared with `==` and
            // `!=` only (`target == israel`), and inside paths they name whose value is read.
            [who @ ("self" | "target")] => Ok(ro(Value::Slot(self.per_actor(l.ids, 0, who)?), Ty::Actor)),
            [name] if n.actors.contains_key(*name) => Ok(ro(Value::Const(n.actors[*name] as i32), Ty::Actor)),
            [name, rest @ ..] => {
                let Some(m) = n.meters.get(*name) else {
                    return Err(unknown(0, "name", name, self.top_names()));
                };
                let access = Access::Bounded { min: m.min, max: m.max, grow_only: m.grow_only };
                match (m.per_actor, rest) {
                    (false, []) => Ok(Var { value: Value::Slot(Slot::Static(m.slot)), ty: Ty::Int, access }),
                    (true, [a]) => Ok(Var { value: Value::Slot(self.per_actor(m.slot, 1, a)?), ty: Ty::Int, access }),
                    (true, []) => Err(self.shape(0, &format!("`{name}.<actor>`: `{name}` is a meter of each actor"))),
                    (false, _) => {
                        Err(self.shape(1, &format!("`{name}` alone: it is a scenario meter, not an actor's")))
                    }
                    (true, _) => Err(self.shape(2, &format!("`{name}.<actor>`"))),
                }
            }
            [] => Err(self.shape(0, "a name")),
        }
    }
}
