//! Issue dependencies: `requires` on an `[[issue]]` names issues that must be on the table
//! or signed before it can be drafted. Each id must be another issue, and no chain of them
//! may lead back to where it started (such issues could never be drafted).

use super::{Builder, Part, v};
use crate::content::diag::Annotate;
use crate::content::raw;
use crate::engine::scenario::IssueIx;
use std::collections::BTreeMap;

impl Builder<'_> {
    /// The issues each issue requires, by index, with unknown ids, an issue requiring itself
    /// and cycles reported.
    pub(super) fn issue_requires(&mut self, issues: &[(Part, &raw::Issue)]) -> Vec<Vec<IssueIx>> {
        let ids: BTreeMap<String, u16> = self.names.issues.iter().map(|(k, (i, _))| (k.clone(), *i)).collect();
        let mut out = Vec::with_capacity(issues.len());
        for (i, (p, issue)) in issues.iter().enumerate() {
            let mut list: Vec<IssueIx> = Vec::new();
            for r in &issue.requires {
                let Some(x) = self.reference(p, r, "issue", &ids) else { continue };
                if x as usize == i {
                    self.error(p, r.span(), format!("issue `{}` requires itself", v(&issue.id).0))
                        .label("it could never be drafted")
                        .help("list the other issues that must be on the table or signed first");
                } else if !list.contains(&x) {
                    list.push(x);
                }
            }
            out.push(list);
        }
        self.requires_cycles(issues, &out);
        out
    }

    /// Reports each chain of `requires` that leads back to its start, spelled out.
    fn requires_cycles(&mut self, issues: &[(Part, &raw::Issue)], edges: &[Vec<IssueIx>]) {
        for (node, to, path) in super::cycles(edges) {
            let path: Vec<&str> = path.iter().map(|&n| v(&issues[n].1.id).0.as_str()).collect();
            let msg = format!("issues require each other in a cycle: {}", path.join(" → "));
            let (p, issue) = issues[node];
            let at = issue.requires.iter().find(|r| v(r).0 == v(&issues[to].1.id).0);
            let span = at.map_or(issue.id.span(), |r| r.span());
            self.error(&p, span, msg)
                .label("this leads back to the start")
                .help("none of these issues could ever be drafted; drop one of the `requires`");
        }
    }
}
