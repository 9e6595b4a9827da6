//! The weeks before a start point, played by the computer for the chair the game holds
//! then (the scenario's first; `setup::new_game` hands the student theirs at the start
//! point's week): each
//! choice takes the option the start point names for its event, or else the available
//! option the pack weighs most (the first of equals); each week ends without an action.
//! The decisions are ordinary ones, so a save replays them exactly.

use crate::engine::scenario::StartPoint;
use crate::engine::{Decision, Game, Phase};

/// Why a game cannot be brought to a start point.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StartError {
    #[error("the game ended in week {0}, before the start point's week {1}")]
    Ended(u16, u16),
    #[error("the game is already past week {1} (it is week {0})")]
    Past(u16, u16),
}

/// Plays the player's chair until `start.week` begins.
pub fn play_to(game: &mut Game, start: &StartPoint) -> Result<(), StartError> {
    if game.turn() > start.week {
        return Err(StartError::Past(game.turn(), start.week));
    }
    while game.turn() < start.week {
        let d = match game.phase() {
            Phase::Choosing(e) => Decision::Choose(pick(game, start, e)),
            Phase::Acting => Decision::EndTurn,
            Phase::Ended { .. } | Phase::Stopped => return Err(StartError::Ended(game.turn(), start.week)),
        };
        // Only legal decisions are taken: an option offered now, or the end of the week.
        let _ = game.apply(d);
    }
    if game.is_over() {
        return Err(StartError::Ended(game.turn(), start.week));
    }
    Ok(())
}

fn pick(game: &Game, start: &StartPoint, e: u16) -> u8 {
    let options = game.available_options(e);
    if let Some(&(_, o)) = start.choose.iter().find(|(ev, o)| *ev == e && options.contains(o)) {
        return o;
    }
    let ev = &game.scenario().events[e as usize];
    let mut best = options.first().copied().unwrap_or(0);
    for &o in &options {
        if ev.options[o as usize].weight.base > ev.options[best as usize].weight.base {
            best = o;
        }
    }
    best
}
