//! Start points: weeks a lesson may begin from, and the choices that steer the weeks before.

use super::{Builder, Part, v};
use crate::content::diag::Annotate;
use crate::content::raw;
use crate::engine::scenario as sc;
use std::collections::BTreeMap;

impl Builder<'_> {
    /// Checks the `[[start]]` tables: ids, weeks inside the calendar, the events and options
    /// named in `choose`, and the message each one needs (`start-<id>` with a description).
    pub(super) fn starts(&mut self, parts: &[Part], turns: u16, event_options: &[Vec<String>]) -> Vec<sc::StartPoint> {
        let items: Vec<(Part, &raw::Start)> =
            parts.iter().flat_map(|p| p.sf.start.iter().map(move |x| (*p, x))).collect();
        let (_, starts) = self.declare("start point", items, |x: &raw::Start| &x.id);
        let events: BTreeMap<String, u16> = self.event_ids.clone();
        let mut out = Vec::new();
        for (p, s) in starts {
            let week = *v(&s.week);
            if week < 2 || week > turns {
                self.error(&p, s.week.span(), format!("week {week} is not a week a game can start from"))
                    .label("outside the calendar")
                    .help(format!("a start point is a week from 2 to the deadline, week {turns}"));
            }
            self.require(&p, &s.id, format!("start-{}", v(&s.id).0), &["description"]);
            let mut choose = Vec::new();
            for (event, option) in &s.choose {
                let Some(e) = self.name_ref(&p, event, "event", &events) else { continue };
                let options = &event_options[e as usize];
                match options.iter().position(|o| o == &v(option).0) {
                    Some(o) => choose.push((e, o as u8)),
                    None => {
                        let name = &v(option).0;
                        let help = crate::engine::expr::suggest(name, options.iter().map(|s| s.as_str()))
                            .map(|s| format!("did you mean `{s}`?"))
                            .unwrap_or_else(|| format!("its options: {}", options.join(", ")));
                        self.error(&p, option.span(), format!("event `{}` has no option `{name}`", event.get_ref()))
                            .label("no option has this id")
                            .help(help);
                    }
                }
            }
            out.push(sc::StartPoint { id: v(&s.id).0.clone(), week, choose });
        }
        out
    }
}
