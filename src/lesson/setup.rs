//! Starting a lesson's game: the chair, the weeks the computer plays before the start
//! point, the last week, and the words shown before play.

use super::Lesson;
use super::start::{self, StartError};
use crate::engine::report::ids;
use crate::engine::scenario::RoleIx;
use crate::engine::{Game, Scenario, Setup};
use crate::i18n::Texts;
use fluent::FluentValue;
use std::sync::Arc;

/// A chair the lesson does not allow.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the lesson does not allow role `{role}` (it allows: {allowed})")]
pub struct RoleRefused {
    pub role: String,
    pub allowed: String,
}

/// Checks a chair asked for on the command line against the lesson.
pub fn allowed(lesson: &Lesson, sc: &Scenario, role: &str) -> Result<RoleIx, RoleRefused> {
    let refused = || RoleRefused {
        role: role.to_string(),
        allowed: lesson.roles.iter().map(|&r| sc.roles[r as usize].id.as_str()).collect::<Vec<_>>().join(", "),
    };
    let r = sc.role_ix(role).ok_or_else(refused)?;
    if lesson.roles.contains(&r) { Ok(r) } else { Err(refused()) }
}

/// How many seeds a lesson without a fixed seed tries, one after the other, for a world that
/// reaches its start point (on some seeds the talks end earlier).
pub const SEED_TRIES: u64 = 200;

/// A lesson's new game in `role`, brought to its first week. With the lesson's fixed seed,
/// that world or the reason it cannot start; without one, the first world from `seed` on
/// that reaches the start point. The weeks before a start point are played in the
/// scenario's first chair, so every chair of one seed starts from the same world.
pub fn new_game(sc: &Arc<Scenario>, lesson: &Lesson, role: RoleIx, seed: u64) -> Result<Game, StartError> {
    let (first, tries) = match lesson.seed {
        Some(s) => (s, 1),
        None => (seed, SEED_TRIES),
    };
    // Before a start point every student's world is the same, whatever their chair: the
    // weeks before it are played in the scenario's first chair, and the student takes
    // theirs as the start point's week begins.
    let start_week = lesson.start.map(|s| sc.starts[s].week).filter(|&w| w > 1);
    let first_chair = if start_week.is_some() { 0 } else { role };
    let mut last = None;
    for k in 0..tries {
        let setup =
            Setup { role: first_chair, seed: first.wrapping_add(k), difficulty: lesson.difficulty, record: true };
        let mut g = Game::new(sc.clone(), setup);
        if let Some(w) = start_week
            && role != first_chair
        {
            g.change_seat(w, role);
        }
        match begin(&mut g, lesson) {
            Ok(()) => return Ok(g),
            Err(e) => last = Some(e),
        }
    }
    Err(last.expect("at least one try"))
}

/// Brings a new game to the lesson's first week (the computer plays the chair before it)
/// and stops it after the lesson's last week. What happened before is left out of the
/// reports the front end shows: the briefing of the first week tells it.
pub fn begin(game: &mut Game, lesson: &Lesson) -> Result<(), StartError> {
    let sc = game.scenario().clone();
    if let Some(s) = lesson.start {
        start::play_to(game, &sc.starts[s])?;
    }
    if let Some(last) = lesson.last_week(&sc) {
        game.stop_after(last);
    }
    game.drain();
    Ok(())
}

/// The lines shown before play: the title, where the lesson begins, how long it lasts, the
/// teacher's introduction and objectives.
pub fn preface(lesson: &Lesson, game: &Game, texts: &Texts) -> Vec<String> {
    let sc = game.scenario();
    let lang = texts.lang.as_str();
    let mut out = vec![texts.fmt("lesson-title", &[("title", lesson.title(lang).into())])];
    if let Some(s) = lesson.start {
        let p = &sc.starts[s];
        out.push(texts.fmt(
            "lesson-start",
            &[
                ("week", FluentValue::from(p.week as i64)),
                ("date", texts.date(sc.date_of(p.week)).into()),
                ("start", texts.get(&format!("start-{}", p.id)).into()),
            ],
        ));
    }
    if let (Some(weeks), Some(last)) = (lesson.weeks, lesson.last_week(sc)) {
        out.push(texts.fmt(
            "lesson-weeks",
            &[("weeks", FluentValue::from(weeks as i64)), ("last", FluentValue::from(last as i64))],
        ));
    }
    if let Some(intro) = lesson.introduction(lang) {
        out.push(String::new());
        // Paragraphs apart, each one line: the screen wraps it to its own width.
        for (i, para) in intro.trim().split("\n\n").enumerate() {
            if i > 0 {
                out.push(String::new());
            }
            out.push(para.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }
    let objectives = lesson.objectives(lang);
    if !objectives.is_empty() {
        out.push(String::new());
        out.push(texts.get("lesson-objectives"));
        out.extend(objectives.iter().map(|o| format!("  - {o}")));
    }
    out
}

/// The line that says a change of seat took effect.
pub fn seat_line(game: &Game, texts: &Texts) -> Option<String> {
    let &(week, role) = game.seats().last()?;
    let sc = game.scenario();
    Some(texts.fmt(
        "seat-taken",
        &[("week", FluentValue::from(week as i64)), ("role", texts.msg(&ids::role(sc, role)).into())],
    ))
}
