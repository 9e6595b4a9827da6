//! Raw scenario parts → a typed, compiled [`Scenario`], with every diagnostic at once.

use super::diag::{Annotate, Diagnostic, FileId, SourceMap};
use super::raw::{self, Str};
use super::resolve::{MeterInfo, Names, Scope};
use crate::engine::Date;
use crate::engine::expr::{self, Code, Effect, ExprError, Resolve};
use crate::engine::layout::{Counts, Layout};
use crate::engine::scenario::{self as sc, Scenario};
use std::collections::BTreeMap;
use std::ops::Range;

mod drafters;
mod questions;
mod requires;
mod starts;
mod view;

/// The most events a scenario may have.
pub const MAX_EVENTS: usize = 10_000;
/// The most options an event may offer.
pub const MAX_OPTIONS: usize = 16;

/// The structural factors every scenario can tag (DESIGN.md).
pub const FACTORS: [&str; 10] = [
    "power_asymmetry",
    "mismatched_goals",
    "settlements",
    "refugees",
    "security",
    "internal_politics",
    "external_actors",
    "process_design",
    "legitimacy",
    "status_quo",
];

/// Ids of things inside a scenario: `snake_case`.
pub fn is_id(s: &str) -> bool {
    let mut c = s.chars();
    s.len() <= 64
        && c.next().is_some_and(|f| f.is_ascii_lowercase())
        && c.all(|x| x.is_ascii_lowercase() || x.is_ascii_digit() || x == '_')
}

/// Pack and scenario ids may also use `-`.
pub fn is_pack_id(s: &str) -> bool {
    let mut c = s.chars();
    s.len() <= 64
        && c.next().is_some_and(|f| f.is_ascii_lowercase())
        && c.all(|x| x.is_ascii_lowercase() || x.is_ascii_digit() || x == '_' || x == '-')
}

/// A language tag as a locale folder or `locales` entry may use: letters, digits and `-`
/// only, parsed as a BCP 47 tag (so never a path).
pub fn is_locale_id(s: &str) -> bool {
    s.len() <= 35
        && !s.is_empty()
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && s.parse::<unic_langid::LanguageIdentifier>().is_ok()
}

/// A scenario file with the pack it came from.
#[derive(Clone, Copy)]
pub struct Part<'a> {
    pub pack: &'a str,
    pub file: FileId,
    pub sf: &'a raw::ScenarioFile,
}

/// A Fluent message the scenario needs, and where the need comes from.
#[derive(Debug, Clone)]
pub struct Required {
    pub id: String,
    pub attrs: Vec<&'static str>,
    pub pack: String,
    pub file: FileId,
    pub span: Range<usize>,
}

struct Builder<'a> {
    map: &'a SourceMap,
    /// Event ids to indices, for follow-ups (built once: there may be thousands).
    event_ids: BTreeMap<String, u16>,
    diags: Vec<Diagnostic>,
    names: Names,
    required: Vec<Required>,
    tags: BTreeMap<String, u16>,
    /// What tables that could not be read may have defined: errors that only follow from
    /// their loss are not reported (the parse error already is).
    lost: &'a super::recover::Lost,
    /// Every expression compiled, where it is written, for the logic checker.
    sites: Vec<super::logic::Site>,
}

/// What building a scenario gives: the scenario (when there is no error), its names for
/// compiling more expressions later, every diagnostic, and the messages it needs.
pub struct Outcome {
    pub scenario: Option<Scenario>,
    pub names: Names,
    pub diags: Vec<Diagnostic>,
    pub required: Vec<Required>,
}

/// Builds one scenario from its parts (in pack dependency order, then file order).
pub fn build(id: &str, parts: &[Part], map: &SourceMap, lost: &super::recover::Lost) -> Outcome {
    let mut b = Builder {
        map,
        lost,
        sites: Vec::new(),
        event_ids: BTreeMap::new(),
        diags: Vec::new(),
        names: Names::default(),
        required: Vec::new(),
        tags: BTreeMap::new(),
    };
    let s = b.build(id, parts);
    let ok = !b.diags.iter().any(|d| d.is_error());
    // Rules read from a file with tables left out would mislead the logic checker.
    if let Some(sc) = s.as_ref().filter(|_| ok && lost.is_empty()) {
        super::logic::check(sc, &b.names, &b.sites, parts, &mut b.diags);
    }
    Outcome { scenario: s.filter(|_| ok), names: b.names, diags: b.diags, required: b.required }
}

/// Compiles an expression against a built scenario's names (tests, tools, debriefs).
pub fn compile_probe(names: &Names, src: &str) -> Result<Code, ExprError> {
    let scope = Scope { names, allow_target: false };
    expr::compile_condition(src, &scope).or_else(|_| expr::compile_number(src, &scope))
}

fn v<T>(s: &toml::Spanned<T>) -> &T {
    s.get_ref()
}

impl<'a> Builder<'a> {
    fn error(&mut self, p: &Part, span: Range<usize>, msg: impl Into<String>) -> &mut Diagnostic {
        self.diags.push(Diagnostic::error(p.pack, Some(p.file), Some(span), msg));
        self.diags.last_mut().expect("just pushed")
    }

    fn warn(&mut self, p: &Part, span: Range<usize>, msg: impl Into<String>) -> &mut Diagnostic {
        self.diags.push(Diagnostic::warning(p.pack, Some(p.file), Some(span), msg));
        self.diags.last_mut().expect("just pushed")
    }

    fn require(&mut self, p: &Part, id: &Str, msg: String, attrs: &[&'static str]) {
        self.required.push(Required {
            id: msg,
            attrs: attrs.to_vec(),
            pack: p.pack.to_string(),
            file: p.file,
            span: id.span(),
        });
    }

    /// Registers ids of one kind, reporting bad and duplicate ones.
    fn declare<'x, T>(
        &mut self,
        kind: &str,
        items: Vec<(Part<'x>, &'x T)>,
        id: impl Fn(&T) -> &Str,
    ) -> (BTreeMap<String, u16>, Vec<(Part<'x>, &'x T)>) {
        let mut map = BTreeMap::new();
        let mut first: BTreeMap<String, (FileId, Range<usize>)> = BTreeMap::new();
        let mut kept = Vec::new();
        for (p, item) in items {
            let s = id(item);
            let name = &v(s).0;
            if !is_id(name) {
                self.error(&p, s.span(), format!("`{name}` is not a valid {kind} id"))
                    .help("use lowercase letters, digits and `_`, starting with a letter");
                continue;
            }
            if let Some((f, span)) = first.get(name) {
                let (line, _) = self.map.line_col(*f, span.start);
                let path = self.map.get(*f).path.display().to_string();
                self.error(&p, s.span(), format!("duplicate {kind} id `{name}`"))
                    .label("defined again here")
                    .help(format!("it is first defined at {path}:{line}; ids must be unique within a scenario"));
                continue;
            }
            first.insert(name.clone(), (p.file, s.span()));
            map.insert(name.clone(), kept.len() as u16);
            kept.push((p, item));
        }
        (map, kept)
    }

    fn reference(&mut self, p: &Part, r: &Str, kind: &str, map: &BTreeMap<String, u16>) -> Option<u16> {
        let name = &v(r).0;
        if let Some(i) = map.get(name) {
            return Some(*i);
        }
        if self.lost.may_hide(name) {
            return None;
        }
        let help = expr::suggest(name, map.keys().map(|s| s.as_str())).map(|s| format!("did you mean `{s}`?"));
        self.error(p, r.span(), format!("unknown {kind} `{name}`"))
            .label(format!("no {kind} has this id"))
            .help_opt(help.or_else(|| Some(format!("known: {}", list(map.keys())))));
        None
    }

    fn name_ref(
        &mut self,
        p: &Part,
        name: &toml::Spanned<String>,
        kind: &str,
        map: &BTreeMap<String, u16>,
    ) -> Option<u16> {
        let s = toml::Spanned::new(name.span(), super::text::Text(name.get_ref().clone()));
        self.reference(p, &s, kind, map)
    }

    /// The span of `inner` (a range in the string's value) inside the file, when the
    /// string is written without escapes; otherwise the whole string.
    fn sub_span(&self, p: &Part, s: &Str, inner: &Range<usize>) -> Range<usize> {
        let span = s.span();
        let text = &self.map.get(p.file).text;
        let Some(lit) = text.get(span.clone()) else { return span };
        let value = &v(s).0;
        let quoted = lit.len() == value.len() + 2
            && (lit.starts_with('"') || lit.starts_with('\''))
            && &lit[1..lit.len() - 1] == value.as_str();
        if quoted {
            let start = span.start + 1 + inner.start.min(value.len());
            let end = (span.start + 1 + inner.end.min(value.len())).max(start + 1).min(span.end);
            start..end
        } else {
            span
        }
    }

    fn expr_error(&mut self, p: &Part, s: &Str, e: ExprError) {
        // "unknown flag `x`" where `x` was in a table that could not be read.
        if e.message.starts_with("unknown ")
            && let Some(name) = e.message.split('`').nth(1)
            && self.lost.may_hide(name)
        {
            return;
        }
        let span = self.sub_span(p, s, &e.span);
        let d = self.error(p, span, e.message.clone());
        if let Some(h) = e.help {
            d.help = Some(h);
        }
    }

    fn scope(&self, allow_target: bool) -> Scope<'_> {
        Scope { names: &self.names, allow_target }
    }

    /// An ending's accounts: ids unique, conditions compiled, each with its text; one without
    /// a condition must come last (it would hide the rest).
    fn variants(&mut self, p: &Part, e: &raw::Ending) -> Vec<sc::Variant> {
        let mut out: Vec<sc::Variant> = Vec::new();
        for (i, var) in e.variant.iter().enumerate() {
            let id = &v(&var.id).0;
            if !is_id(id) {
                self.error(p, var.id.span(), format!("`{id}` is not a valid variant id"))
                    .help("use lowercase letters, digits and `_`, starting with a letter");
            }
            if out.iter().any(|o| &o.id == id) {
                self.error(p, var.id.span(), format!("ending `{}` has two variants `{id}`", v(&e.id).0));
            }
            if var.condition.is_none() && i + 1 < e.variant.len() {
                self.error(p, var.id.span(), "a variant without a condition hides the variants after it")
                    .help("give it a `condition`, or move it last as the account told when no other holds");
            }
            self.require(p, &var.id, format!("ending-{}-variant-{id}", v(&e.id).0), &[]);
            out.push(sc::Variant { id: id.clone(), condition: self.opt_cond(p, &var.condition, false) });
        }
        out
    }

    /// An ending's lines told when their condition holds: ids unique, conditions compiled,
    /// each with its text.
    fn ending_lines(&mut self, p: &Part, e: &raw::Ending) -> Vec<sc::Line> {
        let mut out: Vec<sc::Line> = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        for line in &e.line {
            let id = &v(&line.id).0;
            if !is_id(id) {
                self.error(p, line.id.span(), format!("`{id}` is not a valid line id"))
                    .help("use lowercase letters, digits and `_`, starting with a letter");
            }
            if seen.contains(&id.as_str()) {
                self.error(p, line.id.span(), format!("ending `{}` has two lines `{id}`", v(&e.id).0));
            }
            seen.push(id);
            self.require(p, &line.id, format!("ending-{}-line-{id}", v(&e.id).0), &[]);
            if let Some(condition) = self.cond(p, &line.condition, false) {
                out.push(sc::Line { id: id.clone(), condition });
            }
        }
        out
    }

    fn cond(&mut self, p: &Part, s: &Str, target: bool) -> Option<Code> {
        let r = expr::compile_condition(&v(s).0, &self.scope(target) as &dyn Resolve);
        let code = r.map_err(|e| self.expr_error(p, s, e)).ok()?;
        self.site(p, s, &code, true);
        Some(code)
    }

    fn site(&mut self, p: &Part, s: &Str, code: &Code, condition: bool) {
        let (pack, file, span, code) = (p.pack.to_string(), p.file, s.span(), code.clone());
        self.sites.push(super::logic::Site { pack, file, span, code, condition, targets: None });
    }

    fn opt_cond(&mut self, p: &Part, s: &Option<Str>, target: bool) -> Option<Code> {
        s.as_ref().and_then(|s| self.cond(p, s, target))
    }

    fn number(&mut self, p: &Part, s: &Str) -> Option<Code> {
        let r = expr::compile_number(&v(s).0, &self.scope(false) as &dyn Resolve);
        let code = r.map_err(|e| self.expr_error(p, s, e)).ok()?;
        self.site(p, s, &code, false);
        Some(code)
    }

    fn effects(&mut self, p: &Part, list: &[Str], target: bool) -> Vec<Effect> {
        let mut out = Vec::new();
        for s in list {
            match expr::compile_effect(&v(s).0, &self.scope(target) as &dyn Resolve) {
                Ok(e) => {
                    if let expr::EffectKind::Write { value, .. } = &e.kind {
                        self.site(p, s, value, false);
                    }
                    out.push(e)
                }
                Err(e) => self.expr_error(p, s, e),
            }
        }
        out
    }

    fn weight(&mut self, p: &Part, base: i32, mods: &[raw::WeightMod]) -> sc::Weight {
        let mut w = sc::Weight { base, mods: Vec::new() };
        for m in mods {
            if let Some(when) = self.cond(p, &m.when, false) {
                w.mods.push(sc::WeightMod { when, percent: m.percent, add: m.add });
            }
        }
        w
    }

    fn tags(&mut self, p: &Part, list: &[Str]) -> Vec<u16> {
        // Taken out and put back rather than cloned: this runs for every event and option.
        let tags = std::mem::take(&mut self.tags);
        let out = list.iter().filter_map(|t| self.reference(p, t, "tag", &tags)).collect();
        self.tags = tags;
        out
    }

    fn followups(&mut self, p: &Part, list: &[raw::Followup]) -> Vec<sc::Followup> {
        let events = std::mem::take(&mut self.event_ids);
        let mut out = Vec::new();
        for f in list {
            if *v(&f.chance) > 100 {
                self.error(p, f.chance.span(), "a chance is a percentage, from 0 to 100");
            }
            if let Some(event) = self.reference(p, &f.event, "event", &events) {
                out.push(sc::Followup { event, delay: f.delay, chance: (*v(&f.chance)).min(100) });
            }
        }
        self.event_ids = events;
        out
    }

    fn actor_map<T: Copy>(&mut self, p: &Part, m: &raw::NameMap<T>, default: T) -> Vec<T> {
        let actors = self.names.actors.clone();
        let mut out = vec![default; actors.len()];
        for (k, val) in m {
            if let Some(a) = self.name_ref(p, k, "actor", &actors) {
                out[a as usize] = *v(val);
            }
        }
        out
    }

    fn build(&mut self, id: &str, parts: &[Part]) -> Option<Scenario> {
        // ----- setup -----
        let setups: Vec<_> = parts.iter().filter(|p| p.sf.setup.is_some()).collect();
        let Some(&&sp) = setups.first() else {
            let p = parts.first()?;
            if self.lost.setup || self.lost.whole {
                return None;
            }
            self.error(p, p.sf.scenario.span(), format!("scenario `{id}` has no [setup] table"))
                .help("exactly one file of a scenario has a [setup] table with its calendar and resources");
            return None;
        };
        for extra in &setups[1..] {
            self.error(extra, extra.sf.scenario.span(), format!("scenario `{id}` has a second [setup] table"))
                .help("a scenario has exactly one [setup]; packs that extend it add only actors, events and the like");
        }
        let setup = sp.sf.setup.as_ref().expect("filtered on setup");
        if !is_pack_id(id) {
            self.error(&sp, sp.sf.scenario.span(), format!("`{id}` is not a valid scenario id"))
                .help("use lowercase letters, digits, `-` and `_`");
        }
        self.require(&sp, &sp.sf.scenario, format!("scenario-{id}"), &["description"]);
        let start = Date::parse(&v(&setup.start).0);
        if start.is_none() {
            self.error(&sp, setup.start.span(), "expected a date written YYYY-MM-DD");
        }
        let turns = *v(&setup.turns);
        if turns == 0 {
            self.error(&sp, setup.turns.span(), "a scenario needs at least one turn");
        }
        if *v(&setup.turn_days) == 0 {
            self.error(&sp, setup.turn_days.span(), "a turn lasts at least one day");
        }
        let default_trust = raw::TrustRules::default();
        let trust = setup.trust.as_ref().map_or(&default_trust, |t| t.get_ref());
        if trust.min > trust.max || !(trust.min..=trust.max).contains(&trust.start) {
            let at = setup.trust.as_ref().map_or(setup.start.span(), |t| t.span());
            self.error(&sp, at, "trust bounds are inconsistent: need min <= start <= max");
        }
        self.names.trust = (trust.min, trust.max);
        for (i, r) in setup.resources.iter().enumerate() {
            if !is_id(&v(r).0) || self.names.resources.insert(v(r).0.clone(), i as u16).is_some() {
                self.error(&sp, r.span(), format!("bad or duplicate resource `{}`", v(r).0));
            }
            self.require(&sp, r, format!("resource-{}", v(r).0), &[]);
        }
        for (i, f) in FACTORS.iter().enumerate() {
            self.tags.insert(f.to_string(), i as u16);
        }
        for t in &setup.tags {
            let name = v(t).0.clone();
            if !is_id(&name) || self.tags.contains_key(&name) {
                self.error(&sp, t.span(), format!("bad or duplicate tag `{name}`"));
                continue;
            }
            self.tags.insert(name.clone(), self.tags.len() as u16);
            self.require(&sp, t, format!("tag-{}", name.replace('_', "-")), &[]);
        }

        // ----- declarations -----
        macro_rules! items {
            ($field:ident) => {
                parts.iter().flat_map(|p| p.sf.$field.iter().map(move |x| (*p, x))).collect::<Vec<_>>()
            };
        }
        let (actor_ids, actors) = self.declare("actor", items!(actor), |x: &raw::Actor| &x.id);
        self.names.actors = actor_ids;
        let (_, meters) = self.declare("meter", items!(meter), |x: &raw::Meter| &x.id);
        for (p, m) in &meters {
            let name = &v(&m.id).0;
            if super::resolve::is_reserved(name) {
                self.error(p, m.id.span(), format!("`{name}` is a reserved name in expressions"))
                    .help("choose another meter id; reserved: turn, trust, flag, support, table, …");
            }
        }
        let (flag_ids, _) = self.declare("flag", items!(flag), |x: &raw::Named| &x.id);
        let (counter_ids, counters) = self.declare("counter", items!(counter), |x: &raw::Counter| &x.id);
        let (_, issues) = self.declare("issue", items!(issue), |x: &raw::Issue| &x.id);
        let (_, events) = self.declare("event", items!(event), |x: &raw::Event| &x.id);
        let (action_ids, actions) = self.declare("action", items!(action), |x: &raw::Action| &x.id);
        let (role_ids, roles) = self.declare("role", items!(role), |x: &raw::Role| &x.id);
        let (_, endings) = self.declare("ending", items!(ending), |x: &raw::Ending| &x.id);
        let (difficulty_ids, difficulties) =
            self.declare("difficulty", items!(difficulty), |x: &raw::Difficulty| &x.id);
        if events.len() > MAX_EVENTS {
            let (p, e) = events[MAX_EVENTS];
            self.error(&p, e.id.span(), format!("the scenario has {} events; the limit is {MAX_EVENTS}", events.len()))
                .help("split the content into several scenarios");
            return None;
        }
        if actors.is_empty() {
            self.error(&sp, sp.sf.scenario.span(), "the scenario has no actors").help("add at least one [[actor]]");
        }
        if roles.is_empty() {
            self.error(&sp, sp.sf.scenario.span(), "the scenario has no playable role")
                .help("add at least one [[role]]");
        }
        let n_actors = actors.len() as u16;

        // Option ids, per event and per issue.
        let mut option_count = 0u32;
        let mut event_options: Vec<Vec<String>> = Vec::new();
        for (p, e) in &events {
            let (_, opts) =
                self.declare("option", e.option.iter().map(|o| (*p, o)).collect(), |o: &raw::EventOption| &o.id);
            if e.option.len() > MAX_OPTIONS {
                self.error(
                    p,
                    e.id.span(),
                    format!("the event has {} options; the limit is {MAX_OPTIONS}", e.option.len()),
                );
            }
            option_count += opts.len() as u32;
            event_options.push(opts.iter().map(|(_, o)| v(&o.id).0.clone()).collect());
        }
        for (p, i) in &issues {
            let (_, opts) =
                self.declare("option", i.option.iter().map(|o| (*p, o)).collect(), |o: &raw::IssueOption| &o.id);
            if opts.is_empty() {
                self.error(p, i.id.span(), "an issue needs at least one option");
            }
            let names: Vec<String> = opts.iter().map(|(_, o)| v(&o.id).0.clone()).collect();
            self.names.issues.insert(v(&i.id).0.clone(), (self.names.issues.len() as u16, names));
        }
        let meter_slots: u32 = meters.iter().map(|(_, m)| if m.actors.is_some() { n_actors as u32 } else { 1 }).sum();
        let layout = Layout::new(Counts {
            actors: n_actors,
            meter_slots,
            flags: flag_ids.len() as u32,
            counters: counter_ids.len() as u32,
            issues: issues.len() as u32,
            events: events.len() as u32,
            options: option_count,
            actions: action_ids.len() as u32,
            roles: role_ids.len() as u32,
            difficulties: difficulty_ids.len() as u32,
            resources: self.names.resources.len() as u32,
        });
        let mut slot = layout.chosen;
        for ((_, e), opts) in events.iter().zip(&event_options) {
            let with_slots = opts.iter().map(|o| {
                slot += 1;
                (o.clone(), slot - 1)
            });
            let ix = self.names.events.len() as u16;
            self.names.events.insert(v(&e.id).0.clone(), (ix, with_slots.collect()));
            self.event_ids.insert(v(&e.id).0.clone(), ix);
        }
        let mut next = layout.meters;
        for (_, m) in &meters {
            let per_actor = m.actors.is_some();
            self.names.meters.insert(
                v(&m.id).0.clone(),
                MeterInfo { slot: next, per_actor, min: m.min, max: m.max, grow_only: m.grow_only },
            );
            next += if per_actor { n_actors as u32 } else { 1 };
        }
        self.names.flags = flag_ids;
        self.names.counters = counter_ids;
        self.names.actions = action_ids;
        self.names.roles = role_ids;
        self.names.difficulties = difficulty_ids;
        self.names.layout = layout.clone();
        let mut initial = vec![0i32; layout.len as usize];

        // ----- actors and trust -----
        for a in 0..n_actors {
            initial[(layout.ids + a as u32) as usize] = a as i32;
        }
        for a in 0..n_actors {
            for b in 0..n_actors {
                initial[layout.trust(a, b) as usize] = trust.start;
            }
        }
        let mut typed_actors = Vec::new();
        let mut global_reaction = 0u16;
        for (ai, (p, a)) in actors.iter().enumerate() {
            self.require(p, &a.id, format!("actor-{}", v(&a.id).0), &[]);
            let actor_names = self.names.actors.clone();
            for (k, val) in &a.trust {
                if let Some(b) = self.name_ref(p, k, "actor", &actor_names) {
                    if trust.min <= trust.max && !(trust.min..=trust.max).contains(v(val)) {
                        self.error(p, val.span(), format!("trust must lie between {} and {}", trust.min, trust.max));
                    }
                    initial[layout.trust(ai as u16, b) as usize] = *v(val);
                }
            }
            let accept = self.opt_cond(p, &a.accept, false);
            let signs_when = self.opt_cond(p, &a.signs_when, false);
            if let (Some(when), None) = (&a.signs_when, &a.accept) {
                self.error(p, when.span(), "`signs_when` needs an `accept` rule: only a signatory signs")
                    .help("give the actor an `accept` condition, or leave `signs_when` out");
            }
            let (_, reactions) =
                self.declare("reaction", a.reaction.iter().map(|r| (*p, r)).collect(), |r: &raw::Reaction| &r.id);
            let mut typed = Vec::new();
            for (_, r) in reactions {
                self.require(p, &r.id, format!("reaction-{}-{}", v(&a.id).0, v(&r.id).0), &[]);
                if *v(&r.chance) > 100 {
                    self.error(p, r.chance.span(), "a chance is a percentage, from 0 to 100");
                }
                typed.push(sc::Reaction {
                    id: v(&r.id).0.clone(),
                    on: match r.on {
                        raw::On::Turn => sc::On::Turn,
                        raw::On::Proposal => sc::On::Proposal,
                        raw::On::Signed => sc::On::Signed,
                    },
                    when: self.opt_cond(p, &r.when, false),
                    chance: (*v(&r.chance)).min(100),
                    effects: self.effects(p, &r.effects, false),
                    once: r.once,
                    cooldown: r.cooldown,
                    always: r.always,
                    tags: self.tags(p, &r.tags),
                    global: global_reaction,
                });
                global_reaction += 1;
            }
            typed_actors.push(sc::Actor { id: v(&a.id).0.clone(), accept, signs_when, reactions: typed });
        }

        // ----- meters, flags, counters -----
        let mut typed_meters = Vec::new();
        for (p, m) in &meters {
            let info = self.names.meters[&v(&m.id).0];
            if m.min > m.max {
                self.error(p, m.id.span(), format!("meter `{}` has min {} above max {}", v(&m.id).0, m.min, m.max));
            }
            let start = m.start.as_ref().map_or(m.min.max(0).min(m.max), |s| *v(s));
            if let Some(s) = &m.start
                && !(m.min..=m.max).contains(v(s))
            {
                self.error(p, s.span(), format!("the start value {} is outside {}..={}", v(s), m.min, m.max));
            }
            if !m.hidden {
                self.require(p, &m.id, format!("meter-{}", v(&m.id).0), &[]);
            }
            let shown = match &m.actors {
                Some(list) => {
                    let actors = self.names.actors.clone();
                    let shown: Vec<u16> = list.iter().filter_map(|a| self.reference(p, a, "actor", &actors)).collect();
                    let starts = self.actor_map(p, &m.start_by_actor, start);
                    for (a, s) in starts.iter().enumerate() {
                        if !(m.min..=m.max).contains(s) {
                            self.error(p, m.id.span(), format!("a start value {s} is outside {}..={}", m.min, m.max));
                        }
                        initial[info.slot as usize + a] = *s;
                    }
                    Some(shown)
                }
                None => {
                    if !m.start_by_actor.is_empty() {
                        self.error(
                            p,
                            m.id.span(),
                            "`start_by_actor` needs `actors`: only actor meters have a value per actor",
                        );
                    }
                    initial[info.slot as usize] = start;
                    None
                }
            };
            typed_meters.push(sc::Meter {
                id: v(&m.id).0.clone(),
                actors: shown,
                min: m.min,
                max: m.max,
                grow_only: m.grow_only,
                hidden: m.hidden,
                slot: info.slot,
            });
        }
        for (i, (_, c)) in counters.iter().enumerate() {
            initial[(layout.counters + i as u32) as usize] = c.start;
        }

        // ----- issues -----
        let mut typed_issues = Vec::new();
        let mut requires = self.issue_requires(&issues).into_iter();
        for (p, i) in &issues {
            self.require(p, &i.id, format!("issue-{}", v(&i.id).0), &[]);
            let weight = self.actor_map(p, &i.weight, 1);
            let mut options = Vec::new();
            for o in &i.option {
                let attrs: &[&str] = if o.ambiguous.is_some() { &["ambiguous"] } else { &[] };
                self.require(p, &o.id, format!("issue-{}-{}", v(&i.id).0, v(&o.id).0), attrs);
                for val in o.accept.values() {
                    if !(-100..=100).contains(v(val)) {
                        self.error(p, val.span(), "acceptability lies between -100 and 100");
                    }
                }
                let accept = self.actor_map(p, &o.accept, 0);
                let mut red_line = vec![false; n_actors as usize];
                let actors = self.names.actors.clone();
                for r in &o.red_line {
                    if let Some(a) = self.reference(p, r, "actor", &actors) {
                        red_line[a as usize] = true;
                    }
                }
                let mut vague_red_line = red_line.clone();
                if let Some(lines) = o.ambiguous.as_ref().and_then(|x| x.red_line.as_ref()) {
                    vague_red_line = vec![false; n_actors as usize];
                    for r in lines {
                        if let Some(a) = self.reference(p, r, "actor", &actors) {
                            vague_red_line[a as usize] = true;
                        }
                    }
                }
                let ambiguous = o.ambiguous.as_ref().map(|x| sc::Ambiguity { bonus: *v(&x.bonus), risk: *v(&x.risk) });
                options.push(sc::IssueOption::new(
                    v(&o.id).0.clone(),
                    accept,
                    red_line,
                    vague_red_line,
                    ambiguous,
                    &weight,
                ));
            }
            let requires = requires.next().unwrap_or_default();
            typed_issues.push(sc::Issue { id: v(&i.id).0.clone(), weight, requires, options });
        }

        // ----- events -----
        let role_names = self.names.roles.clone();
        let actor_names = self.names.actors.clone();
        let mut typed_events = Vec::new();
        for (p, e) in &events {
            let eid = &v(&e.id).0;
            let mut attrs = vec!["title"];
            if e.source.is_some() {
                attrs.push("history");
            }
            self.require(p, &e.id, format!("event-{eid}"), &attrs);
            let kind = *v(&e.trigger);
            let trigger = match kind {
                raw::Trigger::Scripted => {
                    let turn = match (&e.turn, &e.date, start) {
                        (Some(t), None, _) => Some((*v(t), t.span())),
                        (None, Some(d), Some(start)) => match Date::parse(&v(d).0) {
                            Some(date) => {
                                let days = date.days() - start.days();
                                let t = if days < 0 { 0 } else { days / (*v(&setup.turn_days)).max(1) as i64 + 1 };
                                Some((t.min(u16::MAX as i64) as u16, d.span()))
                            }
                            None => {
                                self.error(p, d.span(), "expected a date written YYYY-MM-DD");
                                None
                            }
                        },
                        (None, Some(_), None) => None,
                        (Some(t), Some(_), _) => {
                            self.error(p, t.span(), "a scripted event has a `turn` or a `date`, not both");
                            None
                        }
                        (None, None, _) => {
                            self.error(p, e.trigger.span(), "a scripted event needs a `turn` or a `date`");
                            None
                        }
                    };
                    if let Some((t, span)) = turn.clone()
                        && (t == 0 || t > turns)
                    {
                        self.error(p, span, format!("this falls outside the calendar (turns 1 to {turns})"));
                    }
                    sc::Trigger::Scripted { turn: turn.map_or(1, |t| t.0) }
                }
                raw::Trigger::Triggered => {
                    if e.condition.is_none() {
                        self.error(p, e.trigger.span(), "a triggered event needs a `condition`");
                    } else if !e.once && e.cooldown == 0 {
                        self.warn(p, e.id.span(), "this triggered event fires every turn its condition holds")
                            .help("add `once = true` or a `cooldown`, or set a flag in its effects and test it");
                    }
                    sc::Trigger::Triggered
                }
                raw::Trigger::Random => {
                    if e.weight.is_none() {
                        self.error(p, e.trigger.span(), "a random event needs a `weight`");
                    }
                    sc::Trigger::Random
                }
                raw::Trigger::Followup => sc::Trigger::FollowUp,
            };
            if kind != raw::Trigger::Scripted && (e.turn.is_some() || e.date.is_some()) {
                let span =
                    e.turn.as_ref().map(|t| t.span()).or(e.date.as_ref().map(|d| d.span())).unwrap_or(e.id.span());
                self.warn(p, span, "`turn` and `date` only apply to scripted events; this one is ignored");
            }
            if kind != raw::Trigger::Random && (e.weight.is_some() || !e.weight_mods.is_empty()) {
                self.warn(p, e.id.span(), "`weight` only applies to random events; it is ignored here");
            }
            let choosers: Vec<u16> =
                e.choice.iter().filter_map(|r| self.reference(p, r, "role", &role_names)).collect();
            if !e.choice.is_empty() && e.option.is_empty() {
                self.error(p, e.id.span(), "the event offers a choice but has no [[event.option]]");
            }
            let resolver = e.resolver.as_ref().and_then(|r| self.reference(p, r, "actor", &actor_names));
            let mut options = Vec::new();
            let slots = self.names.events[eid].1.clone();
            for (o, (_, slot)) in e.option.iter().zip(slots) {
                self.require(p, &o.id, format!("event-{eid}-{}", v(&o.id).0), &[]);
                options.push(sc::EventOption {
                    id: v(&o.id).0.clone(),
                    condition: self.opt_cond(p, &o.condition, false),
                    effects: self.effects(p, &o.effects, false),
                    followups: self.followups(p, &o.followups),
                    weight: self.weight(p, *v(&o.weight), &o.weight_mods),
                    tags: self.tags(p, &o.tags),
                    slot,
                    answer: None,
                });
            }
            typed_events.push(sc::Event {
                id: eid.clone(),
                trigger,
                condition: self.opt_cond(p, &e.condition, false),
                weight: self.weight(p, e.weight.as_ref().map_or(0, |w| *v(w)), &e.weight_mods),
                once: e.once,
                cooldown: e.cooldown,
                priority: e.priority,
                effects: self.effects(p, &e.effects, false),
                followups: self.followups(p, &e.followups),
                options,
                choosers,
                resolver,
                tags: self.tags(p, &e.tags),
                source: e.source.as_ref().map(|s| v(s).0.clone()),
            });
        }

        // ----- actions -----
        let mut typed_actions = Vec::new();
        for (p, a) in &actions {
            self.require(p, &a.id, format!("action-{}", v(&a.id).0), &["description"]);
            let kind = a.kind.as_ref().map_or(raw::ActionKind::Plain, |k| *v(k));
            let declared = a.target.as_ref().map(|t| (*v(t), t.span()));
            let target_kind = match (kind, declared) {
                (raw::ActionKind::Draft, None | Some((raw::TargetKind::Issue, _))) => raw::TargetKind::Issue,
                (raw::ActionKind::Draft, Some((_, span))) => {
                    self.error(p, span, "a draft action targets an issue")
                        .help("write `target = \"issue\"` or leave it out");
                    raw::TargetKind::Issue
                }
                (raw::ActionKind::Propose, Some((t, span))) if t != raw::TargetKind::None => {
                    self.error(p, span, "a propose action has no target: it puts the whole table to the parties");
                    raw::TargetKind::None
                }
                (raw::ActionKind::Plain, Some((raw::TargetKind::Issue, span))) => {
                    self.error(p, span, "only a draft action targets an issue").help("write `kind = \"draft\"`");
                    raw::TargetKind::None
                }
                (_, Some((t, _))) => t,
                (_, None) => raw::TargetKind::None,
            };
            let target = match target_kind {
                raw::TargetKind::Actor => {
                    let list = match &a.targets {
                        Some(list) => list.iter().filter_map(|t| self.reference(p, t, "actor", &actor_names)).collect(),
                        None => (0..n_actors).collect(),
                    };
                    sc::TargetKind::Actor(list)
                }
                raw::TargetKind::Issue => sc::TargetKind::Issue,
                raw::TargetKind::None => {
                    if a.targets.is_some() {
                        self.warn(p, a.id.span(), "`targets` only applies to actions with `target = \"actor\"`");
                    }
                    sc::TargetKind::None
                }
            };
            let with_target = target_kind == raw::TargetKind::Actor;
            let resources: BTreeMap<String, u16> = self.names.resources.clone();
            let mut cost = vec![0; resources.len()];
            for (k, val) in &a.cost {
                if let Some(r) = self.name_ref(p, k, "resource", &resources) {
                    cost[r as usize] = *v(val);
                }
            }
            let condition = self.opt_cond(p, &a.condition, with_target);
            // The logic checker runs an actor action's condition for each target.
            if let (Some(_), sc::TargetKind::Actor(list)) = (&condition, &target)
                && let Some(site) = self.sites.last_mut()
            {
                site.targets = Some(list.clone());
            }
            typed_actions.push(sc::Action {
                id: v(&a.id).0.clone(),
                kind: match kind {
                    raw::ActionKind::Plain => sc::ActionKind::Plain,
                    raw::ActionKind::Draft => sc::ActionKind::Draft,
                    raw::ActionKind::Propose => sc::ActionKind::Propose,
                },
                target,
                cost,
                condition,
                effects: self.effects(p, &a.effects, with_target),
                followups: self.followups(p, &a.followups),
                per_turn: a.per_turn,
                cooldown: a.cooldown,
                tags: self.tags(p, &a.tags),
            });
        }

        // ----- roles -----
        let mut typed_roles = Vec::new();
        let action_names = self.names.actions.clone();
        let mut offered = vec![false; typed_actions.len()];
        for (p, r) in &roles {
            let rid = &v(&r.id).0;
            self.require(p, &r.id, format!("role-{rid}"), &["description", "success"]);
            let actor = self.reference(p, &r.actor, "actor", &actor_names).unwrap_or(0);
            let resources = self.names.resources.clone();
            let mut budget = vec![0; resources.len()];
            for (k, val) in &r.budget {
                if let Some(i) = self.name_ref(p, k, "resource", &resources) {
                    budget[i as usize] = *v(val);
                }
            }
            let role_actions: Vec<u16> =
                r.actions.iter().filter_map(|a| self.reference(p, a, "action", &action_names)).collect();
            for &a in &role_actions {
                offered[a as usize] = true;
            }
            let (_, objs) =
                self.declare("objective", r.objective.iter().map(|o| (*p, o)).collect(), |o: &raw::Objective| &o.id);
            let mut objectives = Vec::new();
            for (_, o) in objs {
                self.require(p, &o.id, format!("objective-{rid}-{}", v(&o.id).0), &[]);
                if let Some(condition) = self.cond(p, &o.condition, false) {
                    objectives.push(sc::Objective { id: v(&o.id).0.clone(), condition });
                }
            }
            let score = r.score.as_ref().and_then(|s| self.number(p, s));
            let meter_names: BTreeMap<String, u16> =
                typed_meters.iter().enumerate().map(|(i, m)| (m.id.clone(), i as u16)).collect();
            let meters_seen = match &r.view.meters {
                Some(list) => {
                    let mut seen = vec![false; typed_meters.len()];
                    for m in list {
                        if let Some(i) = self.reference(p, m, "meter", &meter_names) {
                            seen[i as usize] = true;
                        }
                    }
                    seen
                }
                None => typed_meters.iter().map(|m| !m.hidden).collect(),
            };
            let mut red_lines = vec![false; n_actors as usize];
            for a in &r.view.red_lines {
                if v(a).0 == "*" {
                    red_lines.iter_mut().for_each(|x| *x = true);
                } else if let Some(i) = self.reference(p, a, "actor", &actor_names) {
                    red_lines[i as usize] = true;
                }
            }
            let signatories: Vec<bool> = typed_actors.iter().map(|a: &sc::Actor| a.accept.is_some()).collect();
            let trust_seen = self.trust_view(p, &r.view, actor, &signatories);
            typed_roles.push(sc::Role {
                id: rid.clone(),
                actor,
                budget,
                actions: role_actions,
                objectives,
                score,
                view: sc::View {
                    meters: meters_seen,
                    red_lines,
                    support: match r.view.support {
                        raw::SupportView::Exact => sc::SupportView::Exact,
                        raw::SupportView::Estimate => sc::SupportView::Estimate,
                        raw::SupportView::Own => sc::SupportView::Own,
                    },
                    trust: trust_seen,
                },
            });
        }
        for (i, (p, a)) in actions.iter().enumerate() {
            if !offered[i] {
                self.warn(p, a.id.span(), format!("no role can take action `{}`", v(&a.id).0))
                    .help("list it in a role's `actions`");
            }
        }
        if typed_actions.iter().any(|a| a.kind == sc::ActionKind::Propose)
            && typed_actors.iter().all(|a| a.accept.is_none())
        {
            self.error(&sp, sp.sf.scenario.span(), "the scenario can put proposals but no actor signs them")
                .help("give the parties an `accept` condition");
        }

        // ----- endings -----
        let mut typed_endings = Vec::new();
        for (p, e) in &endings {
            self.require(p, &e.id, format!("ending-{}", v(&e.id).0), &["title", "epilogue", "history"]);
            if e.condition.is_none() && !e.at_deadline {
                self.error(p, e.id.span(), "an ending without a condition would end the game at once")
                    .help("give it a `condition`, or `at_deadline = true` to make it the deadline's fallback");
            }
            typed_endings.push(sc::Ending {
                id: v(&e.id).0.clone(),
                tier: match e.tier {
                    raw::Tier::Success => sc::Tier::Success,
                    raw::Tier::Partial => sc::Tier::Partial,
                    raw::Tier::Failure => sc::Tier::Failure,
                },
                condition: self.opt_cond(p, &e.condition, false),
                at_deadline: e.at_deadline,
                score: e.score,
                priority: e.priority,
                tags: self.tags(p, &e.tags),
                variants: self.variants(p, e),
                lines: self.ending_lines(p, e),
            });
        }
        if !endings.iter().any(|(_, e)| e.at_deadline && e.condition.is_none()) {
            self.error(&sp, sp.sf.scenario.span(), "no ending is certain at the deadline").help(
                "add an [[ending]] with `at_deadline = true` and no condition: the deadline always ends the game",
            );
        }
        typed_endings.sort_by_key(|e| -e.priority);
        let role_ids = self.names.roles.clone();
        let questions = self.questions(parts, &typed_endings, &role_ids);

        // ----- difficulties -----
        let mut typed_difficulties = Vec::new();
        for (p, d) in &difficulties {
            self.require(p, &d.id, format!("difficulty-{}", v(&d.id).0), &["description"]);
            typed_difficulties
                .push(sc::Difficulty { id: v(&d.id).0.clone(), effects: self.effects(p, &d.effects, false) });
        }
        let default_difficulty = setup.default_difficulty.as_ref().and_then(|d| {
            let names = self.names.difficulties.clone();
            self.reference(&sp, d, "difficulty", &names)
        });
        if typed_difficulties.is_empty() && setup.default_difficulty.is_none() {
            // Nothing to choose: fine.
        } else if default_difficulty.is_none() && setup.default_difficulty.is_none() {
            self.warn(&sp, sp.sf.scenario.span(), "the scenario has difficulties but no `default_difficulty`")
                .help("the first difficulty is used when the player does not choose");
        }

        // ----- drafters -----
        let (drafters, answer_events) =
            self.drafters(parts, &events, &mut typed_events, &typed_issues, &typed_actors, &typed_roles);

        // ----- follow-up cycles and indexes -----
        self.check_cycles(&events, &typed_events);
        let mut scripted = vec![Vec::new(); turns as usize];
        let mut triggered = Vec::new();
        let mut random = Vec::new();
        for (i, e) in typed_events.iter().enumerate() {
            match e.trigger {
                sc::Trigger::Scripted { turn } if turn >= 1 && turn <= turns => {
                    scripted[turn as usize - 1].push(i as u16)
                }
                sc::Trigger::Triggered => triggered.push(i as u16),
                sc::Trigger::Random => random.push(i as u16),
                _ => {}
            }
        }
        for list in &mut scripted {
            list.sort_by_key(|&e| -typed_events[e as usize].priority);
        }
        triggered.sort_by_key(|&e| -typed_events[e as usize].priority);
        let referenced: Vec<bool> = {
            let mut r = answer_events;
            let all = typed_events
                .iter()
                .flat_map(|e| e.followups.iter().chain(e.options.iter().flat_map(|o| o.followups.iter())));
            for f in all.chain(typed_actions.iter().flat_map(|a| a.followups.iter())) {
                r[f.event as usize] = true;
            }
            r
        };
        for (i, (p, e)) in events.iter().enumerate() {
            if typed_events[i].trigger == sc::Trigger::FollowUp && !referenced[i] {
                self.warn(p, e.id.span(), format!("follow-up event `{}` is never scheduled", v(&e.id).0))
                    .help("name it in some `followups`, or give it another trigger");
            }
        }

        let starts = self.starts(parts, turns, &event_options);
        let nothing = self.weight(&sp, setup.nothing, &setup.nothing_mods);
        let factor_count = FACTORS.len() as u16;
        let mut tag_names: Vec<(String, u16)> = self.tags.iter().map(|(k, v)| (k.clone(), *v)).collect();
        tag_names.sort_by_key(|(_, i)| *i);
        Some(Scenario {
            id: id.to_string(),
            pack: sp.pack.to_string(),
            start: start.unwrap_or(Date { year: 2000, month: 1, day: 1 }),
            turn_days: *v(&setup.turn_days),
            turns,
            resources: setup.resources.iter().map(|r| v(r).0.clone()).collect(),
            actors: typed_actors,
            meters: typed_meters,
            flags: by_index(&self.names.flags),
            counters: by_index(&self.names.counters),
            issues: typed_issues,
            roles: typed_roles,
            events: typed_events,
            actions: typed_actions,
            endings: typed_endings,
            difficulties: typed_difficulties,
            default_difficulty,
            draws: setup.draws,
            nothing,
            tags: tag_names.into_iter().map(|(k, _)| k).collect(),
            factor_count,
            questions,
            layout,
            initial,
            scripted,
            triggered,
            random,
            starts,
            drafters,
        })
    }

    /// Follow-up chains must not loop: reports each cycle with its path spelled out.
    fn check_cycles(&mut self, raw_events: &[(Part, &raw::Event)], events: &[sc::Event]) {
        let edges: Vec<Vec<u16>> = events
            .iter()
            .map(|e| {
                let mut v: Vec<u16> = e.followups.iter().map(|f| f.event).collect();
                v.extend(e.options.iter().flat_map(|o| o.followups.iter().map(|f| f.event)));
                v.sort_unstable();
                v.dedup();
                v
            })
            .collect();
        for (node, _, path) in cycles(&edges) {
            let path: Vec<&str> = path.iter().map(|&n| events[n].id.as_str()).collect();
            let (p, e) = raw_events[node];
            let msg = format!("follow-up cycle: {}", path.join(" → "));
            self.error(&p, e.id.span(), msg)
                .label("this event's follow-ups lead back to itself")
                .help("break the chain, or use a triggered event with a `cooldown` for something that recurs");
        }
    }
}

/// Every cycle a depth-first search over `edges` meets, once per edge that closes one: the
/// node the closing edge leaves, the node it returns to, and the path from that node round
/// to it again (both ends included). Iterative, so long chains cannot overflow the stack.
pub(super) fn cycles(edges: &[Vec<u16>]) -> Vec<(usize, usize, Vec<usize>)> {
    // 0 = unvisited, 1 = on the path, 2 = done.
    let mut color = vec![0u8; edges.len()];
    let mut out = Vec::new();
    for root in 0..edges.len() {
        if color[root] != 0 {
            continue;
        }
        let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
        color[root] = 1;
        while let Some(&mut (node, ref mut next)) = stack.last_mut() {
            let Some(&to) = edges[node].get(*next) else {
                color[node] = 2;
                stack.pop();
                continue;
            };
            *next += 1;
            let to = to as usize;
            match color[to] {
                0 => {
                    color[to] = 1;
                    stack.push((to, 0));
                }
                1 => {
                    let from = stack.iter().position(|(n, _)| *n == to).unwrap_or(0);
                    let mut path: Vec<usize> = stack[from..].iter().map(|(n, _)| *n).collect();
                    path.push(to);
                    out.push((node, to, path));
                }
                _ => {}
            }
        }
    }
    out
}

fn by_index(map: &BTreeMap<String, u16>) -> Vec<String> {
    let mut v: Vec<(&String, &u16)> = map.iter().collect();
    v.sort_by_key(|(_, i)| **i);
    v.into_iter().map(|(k, _)| k.clone()).collect()
}

fn list<'x>(names: impl Iterator<Item = &'x String>) -> String {
    let v: Vec<&str> = names.map(|s| s.as_str()).take(12).collect();
    if v.is_empty() { "none".into() } else { v.join(", ") }
}
