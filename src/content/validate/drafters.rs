//! Drafters: what a chair's actor drafts and puts to the parties when no player sits in it,
//! and the answer events through which the player's chair answers.

use super::{Builder, Part, v};
use crate::content::diag::Annotate;
use crate::content::raw;
use crate::engine::scenario as sc;
use std::collections::BTreeMap;

impl Builder<'_> {
    /// Checks the `[[drafter]]` tables against the actors, issues, roles and events, and
    /// gives each answer event's options their answers. Returns the drafters and which
    /// events they name as answers (follow-ups the engine fires).
    pub(super) fn drafters(
        &mut self,
        parts: &[Part],
        events: &[(Part, &raw::Event)],
        typed: &mut [sc::Event],
        issues: &[sc::Issue],
        actors: &[sc::Actor],
        roles: &[sc::Role],
    ) -> (Vec<sc::Drafter>, Vec<bool>) {
        let items: Vec<(Part, &raw::Drafter)> =
            parts.iter().flat_map(|p| p.sf.drafter.iter().map(move |x| (*p, x))).collect();
        let (_, drafters) = self.declare("drafter", items, |x: &raw::Drafter| &x.id);
        let actor_ids = self.names.actors.clone();
        let event_ids = self.event_ids.clone();
        let issue_ids: BTreeMap<String, u16> = self.names.issues.iter().map(|(k, (i, _))| (k.clone(), *i)).collect();
        let mut answers = vec![false; typed.len()];
        let mut out = Vec::new();
        for (p, d) in drafters {
            let did = &v(&d.id).0;
            let actor = self.reference(&p, &d.actor, "actor", &actor_ids);
            if let Some(a) = actor
                && !roles.iter().any(|r| r.actor == a)
            {
                self.error(&p, d.actor.span(), format!("no chair plays actor `{}`", v(&d.actor).0))
                    .label("a drafter drafts for a chair")
                    .help("name the actor of a [[role]]: its drafter acts when no player sits in that chair");
            }
            let mode = match d.mode.as_ref().map(|m| *v(m)) {
                Some(raw::DraftMode::Counter) => sc::DraftMode::Counter,
                Some(raw::DraftMode::Revise) => sc::DraftMode::Revise,
                _ => sc::DraftMode::Table,
            };
            if let (Some(a), Some(m)) = (actor, &d.mode)
                && mode == sc::DraftMode::Counter
                && actors[a as usize].accept.is_none()
            {
                self.error(
                    &p,
                    m.span(),
                    format!("actor `{}` signs nothing, so it never refuses a text", v(&d.actor).0),
                )
                .help("a counter-proposing drafter answers proposals: give its actor an `accept` rule");
            }
            let when = self.opt_cond(&p, &d.when, false);
            let put = self.opt_cond(&p, &d.put, false);
            let answer = d.answer.as_ref().and_then(|e| self.reference(&p, e, "event", &event_ids));
            if let Some(e) = answer {
                answers[e as usize] = true;
                let ev = &typed[e as usize];
                let span = d.answer.as_ref().map(|x| x.span()).unwrap_or_default();
                if ev.choosers.is_empty() {
                    self.error(&p, span, format!("answer event `{}` offers no chair the choice", ev.id))
                        .help("give it `choice = [...]` with the chairs that sign");
                } else if let Some(r) =
                    ev.choosers.iter().find(|&&r| actors[roles[r as usize].actor as usize].accept.is_none())
                {
                    let role = roles[*r as usize].id.clone();
                    self.warn(&p, span, format!("chair `{role}` is offered the answer but its actor signs nothing"))
                        .help("only chairs whose actor has an `accept` rule are asked to answer a text");
                }
            }
            if d.clause.is_empty() {
                self.error(&p, d.id.span(), format!("drafter `{did}` has no [[drafter.clause]]"))
                    .help("list the issues it words, each with its wordings");
            }
            let mut clauses: Vec<sc::Clause> = Vec::new();
            for c in &d.clause {
                let Some(issue) = self.reference(&p, &c.issue, "issue", &issue_ids) else { continue };
                if clauses.iter().any(|x| x.issue == issue) {
                    self.error(&p, c.issue.span(), format!("drafter `{did}` words issue `{}` twice", v(&c.issue).0))
                        .help("give each issue one [[drafter.clause]] listing all its wordings");
                    continue;
                }
                if c.wordings.is_empty() {
                    self.error(&p, c.issue.span(), "a clause needs at least one wording")
                        .help("write `wordings = [{ option = \"...\" }]`, the opening wording first");
                    continue;
                }
                let opts = &issues[issue as usize].options;
                let option_ids: BTreeMap<String, u16> =
                    opts.iter().enumerate().map(|(i, o)| (o.id.clone(), i as u16)).collect();
                let mut wordings = Vec::new();
                for w in &c.wordings {
                    let Some(o) = self.reference(&p, &w.option, "option", &option_ids) else { continue };
                    if w.ambiguous && opts[o as usize].ambiguous.is_none() {
                        self.error(
                            &p,
                            w.option.span(),
                            format!("option `{}` has no ambiguous variant", v(&w.option).0),
                        )
                        .help("leave out `ambiguous = true`, or give the option an `ambiguous` table");
                        continue;
                    }
                    if wordings.contains(&(o as u8, w.ambiguous)) {
                        self.error(&p, w.option.span(), format!("wording `{}` is listed twice", v(&w.option).0))
                            .help("list each wording of a clause once");
                        continue;
                    }
                    wordings.push((o as u8, w.ambiguous));
                }
                if wordings.len() == c.wordings.len() {
                    clauses.push(sc::Clause { issue, wordings });
                }
            }
            self.drafter_requires(&p, d, &clauses, issues);
            let Some(actor) = actor else { continue };
            out.push(sc::Drafter {
                id: did.clone(),
                actor,
                when,
                put,
                mode,
                answer,
                revisions: d.revisions,
                cooldown: d.cooldown.max(1),
                clauses,
            });
        }
        // Answers belong to answer events, and each option of one says what it answers.
        for (i, (p, e)) in events.iter().enumerate() {
            for (o, opt) in e.option.iter().enumerate() {
                let Some(a) = &opt.answer else {
                    if answers[i] {
                        self.error(
                            p,
                            opt.id.span(),
                            format!("option `{}` of an answer event has no `answer`", v(&opt.id).0),
                        )
                        .help("write `answer = \"accept\"`, `\"reject\"` or `\"amend\"`");
                    }
                    continue;
                };
                if !answers[i] {
                    self.error(
                        p,
                        a.span(),
                        "only the options of an event a drafter names as its `answer` answer a text",
                    )
                    .help("name this event in a [[drafter]]'s `answer`, or leave out `answer`");
                    continue;
                }
                if opt.condition.is_some() {
                    self.error(p, opt.id.span(), "an answer is always offered: its option takes no `condition`");
                }
                if let Some(t) = typed.get_mut(i).and_then(|ev| ev.options.get_mut(o)) {
                    t.answer = Some(match *v(a) {
                        raw::Answer::Accept => sc::Answer::Accept,
                        raw::Answer::Reject => sc::Answer::Reject,
                        raw::Answer::Amend => sc::Answer::Amend,
                    });
                }
            }
        }
        (out, answers)
    }
}

impl Builder<'_> {
    /// A clause whose issue requires another the drafter does not word can be tabled only
    /// once some other chair has put that one on the table or signed it: said as a warning.
    fn drafter_requires(&mut self, p: &Part, d: &raw::Drafter, clauses: &[sc::Clause], issues: &[sc::Issue]) {
        let did = &v(&d.id).0;
        for c in &d.clause {
            let Some(clause) = clauses.iter().find(|x| issues[x.issue as usize].id == v(&c.issue).0) else { continue };
            for &r in &issues[clause.issue as usize].requires {
                if clauses.iter().any(|x| x.issue == r) {
                    continue;
                }
                let (issue, needed) = (&issues[clause.issue as usize].id, &issues[r as usize].id);
                self.warn(
                    p,
                    c.issue.span(),
                    format!("drafter `{did}` cannot table `{issue}` until another chair puts `{needed}` on the table"),
                )
                .label(format!("`{issue}` requires `{needed}`"))
                .help(format!("add a [[drafter.clause]] for `{needed}`, or leave `{issue}` out of this drafter"));
            }
        }
    }
}
