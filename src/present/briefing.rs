//! The week's briefing: what changed since the player's last turn and what needs them now,
//! shared by the terminal game and plain mode.

use super::{change_line_as, slot_label};
use crate::engine::report::ids;
use crate::engine::{Game, Phase};
use crate::i18n::Texts;
use fluent::FluentValue;

/// The most changes a briefing lists; the rest are counted.
const MAX_CHANGES: usize = 6;

/// Weeks to the deadline at which a briefing starts to count them down.
pub const DEADLINE_NEAR: u16 = 4;

/// A week's briefing in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Briefing {
    pub title: String,
    /// The meters the role sees that moved since `since` (or the player's last turn).
    pub changes: Vec<String>,
    /// What needs the player now: a pending choice, an action just opened, the deadline.
    pub needs: Vec<String>,
    /// Nothing needs a decision: the week can be ended at once.
    pub quiet: bool,
}

impl Briefing {
    /// Every line, headings included, in reading order.
    pub fn lines(&self, t: &Texts) -> Vec<String> {
        let mut out = Vec::new();
        if !self.changes.is_empty() {
            out.push(t.get("briefing-changes"));
            out.extend(self.changes.iter().map(|c| format!("  {c}")));
        }
        out.extend(self.needs.iter().cloned());
        out
    }
}

/// Whether something needs the player this week: a choice waits, an action has just
/// opened, the deadline is near, or the game is over. Quiet weeks may be ended at once.
pub fn needs_player(g: &Game) -> bool {
    let left = g.scenario().turns.saturating_sub(g.turn());
    !matches!(g.phase(), Phase::Acting) || !g.unlocked_actions().is_empty() || left <= DEADLINE_NEAR
}

/// The briefing for the week under way. `since` holds the values the player last saw
/// (after quiet weeks ended at once, the values before them); `None` for the end of the
/// player's last turn, as the trends count. `skipped` counts quiet weeks just ended;
/// `spoken` words changes for screen readers ("from 16 to 14, down 2").
pub fn briefing(g: &Game, t: &Texts, since: Option<&[i32]>, skipped: u16, spoken: bool) -> Briefing {
    let sc = g.scenario();
    let title = t.fmt("briefing-title", &[("turn", FluentValue::from(g.turn() as i64))]);
    let mut changes = Vec::new();
    for m in 0..sc.meters.len() {
        if !g.role().view.meters[m] || sc.meters[m].hidden {
            continue;
        }
        let meter = &sc.meters[m];
        let slots: Vec<u32> = match &meter.actors {
            None => vec![meter.slot],
            Some(list) => list.iter().map(|&a| meter.slot + a as u32).collect(),
        };
        for slot in slots {
            let after = g.value(slot);
            let before = match since {
                Some(v) => v[slot as usize],
                None => (i64::from(after) - g.trend(slot)) as i32,
            };
            if before != after
                && slot_label(g, t, slot).is_some()
                && let Some(line) = change_line_as(g, t, slot, before, after, spoken)
            {
                changes.push(line);
            }
        }
    }
    if changes.len() > MAX_CHANGES {
        let more = changes.len() - MAX_CHANGES + 1;
        changes.truncate(MAX_CHANGES - 1);
        changes.push(t.fmt("briefing-more", &[("count", FluentValue::from(more as i64))]));
    }
    let mut needs = Vec::new();
    if skipped > 0 {
        needs.push(t.fmt("briefing-skipped", &[("count", FluentValue::from(skipped as i64))]));
    }
    if let Phase::Choosing(e) = g.phase() {
        let event = t.msg(&ids::event(sc, e).attr("title"));
        needs.push(t.fmt("briefing-choice", &[("event", event.into())]));
    }
    let unlocked: Vec<String> = g.unlocked_actions().iter().map(|&a| t.msg(&ids::action(sc, a))).collect();
    if !unlocked.is_empty() {
        needs.push(t.fmt("briefing-unlocked", &[("actions", t.list(&unlocked).into())]));
    }
    let left = sc.turns.saturating_sub(g.turn());
    if left <= DEADLINE_NEAR {
        needs.push(t.fmt("briefing-deadline", &[("left", FluentValue::from(left as i64))]));
    }
    let quiet = !needs_player(g);
    if quiet {
        needs.push(t.get("briefing-quiet"));
    }
    Briefing { title, changes, needs, quiet }
}
