//! A game played on again over a changed scenario (hot reload, `play --watch`): the same
//! chair, difficulty, seed, changes of seat and lesson length, and the decisions so far
//! matched by id, one by one, until one no longer applies. Pure: no file, no text.

use crate::engine::scenario::{Scenario, TargetKind};
use crate::engine::{Decision, DecisionError, Game, Phase, Setup, Target};
use std::sync::Arc;

/// The game on the new scenario, and where its replay stopped.
#[derive(Debug)]
pub struct Rebased {
    pub game: Game,
    /// How many of the old game's decisions were played again.
    pub replayed: usize,
    /// The first decision that no longer applies, if one did not.
    pub stop: Option<Stop>,
}

/// The decision a replay stopped at.
#[derive(Debug, Clone)]
pub struct Stop {
    /// Its place among the decisions, from 1.
    pub index: usize,
    /// The week it was taken in.
    pub week: u16,
    /// The decision as it was taken, in the old game (`at` is that game just before it).
    pub decision: Decision,
    pub at: Box<Game>,
    pub why: Gone,
}

/// Why a decision no longer applies, by the ids involved (the front end puts it in words).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gone {
    /// The scenario has no action with this id now.
    Action(String),
    /// The game is not asking about this event at this point now; `asking` is the event it
    /// asks about instead, if any.
    Event { event: String, asking: Option<String> },
    /// The event has no option with this id now.
    Option { event: String, option: String },
    /// The action's target (an actor) is gone.
    Actor(String),
    /// The wording (issue and option) is gone.
    Wording { issue: String, option: String },
    /// The action takes another kind of target now.
    TargetKind(String),
    /// An event now waits for a choice before anything else.
    ChoiceFirst(String),
    /// The engine refused it: its condition no longer holds, its cost is over the budget
    /// left, it is no longer the chair's, its target is not valid, the game has ended.
    Refused { action: Option<String>, error: DecisionError },
}

/// What keeps a game from being played on the new scenario at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RebaseError {
    #[error("the scenario has no role `{0}` now")]
    Role(String),
    #[error("the scenario has no difficulty `{0}` now")]
    Difficulty(String),
    #[error("the change of seat to role `{0}` in week {1} cannot be made now")]
    Seat(String, u16),
}

/// Plays `old`'s decisions again on `sc`, stopping before the first that no longer applies.
pub fn rebase(old: &Game, sc: Arc<Scenario>) -> Result<Rebased, RebaseError> {
    let was = old.scenario();
    let setup = old.setup();
    let role_id = &was.roles[setup.role as usize].id;
    let role = sc.role_ix(role_id).ok_or_else(|| RebaseError::Role(role_id.clone()))?;
    let difficulty = match setup.difficulty {
        Some(d) => {
            let id = &was.difficulties[d as usize].id;
            Some(sc.difficulties.iter().position(|x| &x.id == id).ok_or_else(|| RebaseError::Difficulty(id.clone()))?
                as u16)
        }
        None => None,
    };
    let mut game = Game::new(sc.clone(), Setup { role, seed: setup.seed, difficulty, record: true });
    for &(week, r) in old.seats() {
        let id = &was.roles[r as usize].id;
        let bad = || RebaseError::Seat(id.clone(), week);
        let r = sc.role_ix(id).ok_or_else(bad)?;
        if !game.change_seat(week, r) {
            return Err(bad());
        }
    }
    if let Some(w) = old.last_week() {
        game.stop_after(w);
    }
    let mut shadow = old.fresh(false);
    for (i, d) in old.decisions().iter().enumerate() {
        let week = shadow.turn();
        let applied = matched(&shadow, d, &game).and_then(|nd| {
            game.apply(nd).map(|_| ()).map_err(|error| match (&error, nd) {
                (DecisionError::ChoiceRequired, _) => match game.phase() {
                    Phase::Choosing(e) => Gone::ChoiceFirst(sc.events[e as usize].id.clone()),
                    _ => Gone::Refused { action: None, error },
                },
                (_, Decision::Act { action, .. }) => {
                    Gone::Refused { action: Some(sc.actions[action as usize].id.clone()), error }
                }
                _ => Gone::Refused { action: None, error },
            })
        });
        if let Err(why) = applied {
            let stop = Stop { index: i + 1, week, decision: *d, at: Box::new(shadow), why };
            return Ok(Rebased { game, replayed: i, stop: Some(stop) });
        }
        let _ = shadow.apply(*d);
    }
    Ok(Rebased { game, replayed: old.decisions().len(), stop: None })
}

/// The decision `d`, taken in `old`, as a decision of `new`'s scenario: by ids.
fn matched(old: &Game, d: &Decision, new: &Game) -> Result<Decision, Gone> {
    let (was, sc): (&Scenario, &Scenario) = (old.scenario(), new.scenario());
    match *d {
        Decision::EndTurn => Ok(Decision::EndTurn),
        Decision::Choose(o) => {
            let Phase::Choosing(e) = old.phase() else { return Ok(Decision::Choose(o)) };
            let (event, option) = (&was.events[e as usize], &was.events[e as usize].options[o as usize].id);
            let asking = match new.phase() {
                Phase::Choosing(ne) => Some(&sc.events[ne as usize]),
                _ => None,
            };
            match asking {
                Some(ne) if ne.id == event.id => match ne.options.iter().position(|x| &x.id == option) {
                    Some(no) => Ok(Decision::Choose(no as u8)),
                    None => Err(Gone::Option { event: event.id.clone(), option: option.clone() }),
                },
                _ => Err(Gone::Event { event: event.id.clone(), asking: asking.map(|e| e.id.clone()) }),
            }
        }
        Decision::Act { action, target } => {
            let id = &was.actions[action as usize].id;
            let a = sc.action_ix(id).ok_or_else(|| Gone::Action(id.clone()))?;
            let kind = &sc.actions[a as usize].target;
            let target = match (target, kind) {
                (Target::None, TargetKind::None) => Target::None,
                (Target::Actor(t), TargetKind::Actor(_)) => {
                    let tid = &was.actors[t as usize].id;
                    Target::Actor(sc.actor_ix(tid).ok_or_else(|| Gone::Actor(tid.clone()))?)
                }
                (Target::Issue { issue, option, ambiguous }, TargetKind::Issue) => {
                    let (i, o) = (&was.issues[issue as usize], &was.issues[issue as usize].options[option as usize]);
                    let gone = || Gone::Wording { issue: i.id.clone(), option: o.id.clone() };
                    let ni = sc.issue_ix(&i.id).ok_or_else(gone)?;
                    let no = sc.issues[ni as usize].options.iter().position(|x| x.id == o.id).ok_or_else(gone)?;
                    Target::Issue { issue: ni, option: no as u8, ambiguous }
                }
                _ => return Err(Gone::TargetKind(id.clone())),
            };
            Ok(Decision::Act { action: a, target })
        }
    }
}
