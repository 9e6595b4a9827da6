//! Words for a hot reload (`play --watch`): how many decisions were played again on the
//! changed pack, and which one stopped the replay and why.

use crate::engine::DecisionError;
use crate::i18n::Texts;
use crate::save::rebase::{Gone, RebaseError, Rebased};
use fluent::FluentValue;

/// What a reload did, in one notice: every decision replayed, or where the replay stopped.
pub fn rebased(t: &Texts, r: &Rebased, total: usize) -> String {
    let Some(stop) = &r.stop else {
        return t.fmt("reload-done", &[("count", (r.replayed as i64).into())]);
    };
    let args: [(&str, FluentValue); 6] = [
        ("replayed", (r.replayed as i64).into()),
        ("total", (total as i64).into()),
        ("index", (stop.index as i64).into()),
        ("week", (stop.week as i64).into()),
        ("decision", super::decision(&stop.at, t, &stop.decision).into()),
        ("reason", gone(t, &stop.why).into()),
    ];
    t.fmt("reload-stopped", &args)
}

/// Why a decision no longer applies.
pub fn gone(t: &Texts, why: &Gone) -> String {
    let one = |id: &str, k: &str, v: &str| t.fmt(id, &[(k, v.to_string().into())]);
    match why {
        Gone::Action(id) => one("reload-gone-action", "id", id),
        Gone::Event { event, asking: None } => one("reload-gone-event", "event", event),
        Gone::Event { event, asking: Some(asking) } => {
            t.fmt("reload-gone-event-instead", &[("event", event.clone().into()), ("asking", asking.clone().into())])
        }
        Gone::Option { event, option } => {
            t.fmt("reload-gone-option", &[("event", event.clone().into()), ("option", option.clone().into())])
        }
        Gone::Actor(id) => one("reload-gone-actor", "id", id),
        Gone::Wording { issue, option } => {
            t.fmt("reload-gone-wording", &[("issue", issue.clone().into()), ("option", option.clone().into())])
        }
        Gone::TargetKind(id) => one("reload-gone-target", "id", id),
        Gone::ChoiceFirst(event) => one("reload-gone-choice", "event", event),
        Gone::Refused { action, error } => {
            let id = action.as_deref().unwrap_or_default();
            match error {
                DecisionError::ActionUnavailable(_) => one("reload-gone-unavailable", "id", id),
                DecisionError::NotYourAction(_) => one("reload-gone-not-yours", "id", id),
                DecisionError::BadTarget(_) => one("reload-gone-bad-target", "id", id),
                DecisionError::GameOver => t.get("reload-gone-over"),
                DecisionError::OptionUnavailable(_) => t.get("reload-gone-option-closed"),
                DecisionError::NothingToChoose => t.get("reload-gone-nothing"),
                DecisionError::ChoiceRequired => t.get("reload-gone-choice-waiting"),
            }
        }
    }
}

/// Why the game cannot be played on the changed pack at all.
pub fn cannot(t: &Texts, e: &RebaseError) -> String {
    let reason = match e {
        RebaseError::Role(id) => t.fmt("reload-role-gone", &[("id", id.clone().into())]),
        RebaseError::Difficulty(id) => t.fmt("reload-difficulty-gone", &[("id", id.clone().into())]),
        RebaseError::Seat(id, week) => {
            t.fmt("reload-seat-gone", &[("id", id.clone().into()), ("week", (*week as i64).into())])
        }
    };
    t.fmt("reload-cannot", &[("reason", reason.into())])
}
