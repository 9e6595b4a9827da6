//! Discussion questions: each tied to one structural factor, and asked of every game, of
//! the games that end in one ending, or of one chair (or of both).

use super::{Builder, FACTORS, Part, raw, v};
use crate::engine::scenario as sc;
use std::collections::BTreeMap;

impl Builder<'_> {
    /// Checks the scenario's `[[question]]` tables against its endings (in their final
    /// order) and roles; each needs a `question-<id>` message.
    pub(super) fn questions(
        &mut self,
        parts: &[Part],
        endings: &[sc::Ending],
        roles: &BTreeMap<String, u16>,
    ) -> Vec<sc::Question> {
        let items: Vec<(Part, &raw::Question)> =
            parts.iter().flat_map(|p| p.sf.question.iter().map(move |q| (*p, q))).collect();
        let (_, questions) = self.declare("question", items, |q: &raw::Question| &q.id);
        let ending_ix: BTreeMap<String, u16> =
            endings.iter().enumerate().map(|(i, e)| (e.id.clone(), i as u16)).collect();
        let factors: BTreeMap<String, u16> =
            FACTORS.iter().enumerate().map(|(i, f)| (f.to_string(), i as u16)).collect();
        let mut out = Vec::new();
        for (p, q) in &questions {
            self.require(p, &q.id, format!("question-{}", v(&q.id).0), &[]);
            let factor = self.reference(p, &q.factor, "structural factor", &factors);
            let ending = q.ending.as_ref().map(|e| self.reference(p, e, "ending", &ending_ix));
            let role = q.role.as_ref().map(|r| self.reference(p, r, "role", roles));
            // No name means no limit; an unknown name is reported above and the question left out.
            let known = |x: Option<Option<u16>>| match x {
                None => Some(None),
                Some(i) => i.map(Some),
            };
            let (Some(factor), Some(ending), Some(role)) = (factor, known(ending), known(role)) else {
                continue;
            };
            out.push(sc::Question { id: v(&q.id).0.clone(), factor, ending, role });
        }
        out
    }
}
