//! Switching seats: the same world from another chair. The decisions before the week the
//! player changes chair are kept; from its start the player holds the new role and the
//! chair they leave is played as every chair nobody holds is.

use super::{Save, SaveError, SavedSeat};
use crate::content::library::Library;

impl Save {
    /// The save of the same game with the player in `role` from the start of `week`: the
    /// decisions taken before that week, and the change of seat (a game that starts in
    /// the new chair when `week` is 1). Refused for a role the scenario or the save's
    /// lesson does not have, and for a week the save has not reached.
    pub fn reseat(&self, lib: &Library, role: &str, week: u16) -> Result<Save, SaveError> {
        let (game, _) = self.replay(lib)?;
        let sc = game.scenario().clone();
        let roles: Vec<&str> = sc.roles.iter().map(|r| r.id.as_str()).collect();
        if !roles.contains(&role) {
            return Err(SaveError::NoSuchRole { role: role.into(), roles: roles.join(", ") });
        }
        if let Some(l) = &self.lesson
            && !l.roles.is_empty()
            && !l.roles.iter().any(|r| r == role)
        {
            return Err(SaveError::LessonRole { role: role.into(), roles: l.roles.join(", ") });
        }
        let first = self.lesson.as_ref().map_or(1, |l| l.first_week);
        if week == 0 || week > game.turn() {
            return Err(SaveError::SeatWeek { week, first, last: game.turn() });
        }
        if week < first {
            return Err(SaveError::SeatBeforeLesson { week, first });
        }
        // The decisions taken before `week` began.
        let mut shadow = game.fresh(false);
        let mut kept = 0;
        for d in game.decisions() {
            if shadow.turn() >= week {
                break;
            }
            let _ = shadow.apply(*d);
            kept += 1;
        }
        let mut out = self.clone();
        out.decisions.truncate(kept);
        out.seats.retain(|s| s.week < week);
        if week == 1 {
            out.role = role.to_string();
            out.seats.clear();
        } else {
            out.seats.push(SavedSeat { week, role: role.to_string() });
        }
        out.ending = None;
        // The turn and state the new save reaches, so it restores like any other.
        let (g, _) = out.replay(lib)?;
        out.turn = g.turn();
        out.state = super::fingerprint(&g);
        Ok(out)
    }
}
