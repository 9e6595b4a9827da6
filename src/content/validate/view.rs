//! The trust a role sees: `[role.view] trust`, pairs of actor ids in the order shown, or by
//! default trust both ways between the signatories and the role's own actor.

use super::{Builder, Part, v};
use crate::content::diag::Annotate;
use crate::content::raw;
use crate::engine::scenario::ActorIx;
use std::collections::BTreeMap;

impl Builder<'_> {
    /// The `(from, to)` trust pairs a role sees, checked: two known, different actors in
    /// each pair, each pair once.
    pub(super) fn trust_view(
        &mut self,
        p: &Part,
        view: &raw::View,
        actor: ActorIx,
        signatories: &[bool],
    ) -> Vec<(ActorIx, ActorIx)> {
        let Some(pairs) = &view.trust else {
            let shown: Vec<ActorIx> =
                (0..signatories.len() as ActorIx).filter(|&a| a == actor || signatories[a as usize]).collect();
            return shown.iter().flat_map(|&a| shown.iter().filter(move |&&b| b != a).map(move |&b| (a, b))).collect();
        };
        let actors: BTreeMap<String, u16> = self.names.actors.clone();
        let mut out: Vec<(ActorIx, ActorIx)> = Vec::new();
        for pair in pairs {
            let [from, to] = &pair.get_ref()[..] else {
                self.error(p, pair.span(), "a trust pair names two actors: `[\"from\", \"to\"]`")
                    .help("trust is directional: the first actor's trust toward the second");
                continue;
            };
            let (Some(a), Some(b)) =
                (self.reference(p, from, "actor", &actors), self.reference(p, to, "actor", &actors))
            else {
                continue;
            };
            if a == b {
                self.error(p, pair.span(), format!("`{}` is named twice: trust is between two actors", v(from).0));
            } else if out.contains(&(a, b)) {
                self.warn(p, pair.span(), "this trust pair is listed twice; it is shown once");
            } else {
                out.push((a, b));
            }
        }
        out
    }
}
