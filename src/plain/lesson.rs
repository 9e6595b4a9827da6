//! A lesson in plain mode: the preface before play, and the lesson's end (where it stops,
//! the objectives, the teacher's questions).

use super::Plain;
use crate::engine::report::ids;
use fluent::FluentValue;
use std::io::{self, BufRead, Write};

impl<R: BufRead, W: Write> Plain<'_, R, W> {
    pub(super) fn preface(&mut self) -> io::Result<()> {
        if self.preface.is_empty() {
            return Ok(());
        }
        writeln!(self.out)?;
        for line in &self.preface {
            writeln!(self.out, "{line}")?;
        }
        Ok(())
    }

    /// When the lesson stopped the game: says so, with the objectives; then, whenever the
    /// game was a lesson's, the teacher's questions.
    pub(super) fn lesson_end(&mut self) -> io::Result<()> {
        let t = self.texts;
        let g = &*self.game;
        let sc = g.scenario().clone();
        if g.stopped() {
            let week = g.turn();
            let args = [("week", FluentValue::from(week as i64)), ("date", t.date(sc.date_of(week)).into())];
            writeln!(self.out, "\n{}", t.fmt("lesson-ends", &args))?;
            let objectives = g.objectives();
            if !objectives.is_empty() {
                writeln!(self.out, "{}", t.get("ending-objectives"))?;
                for (i, ok) in objectives.iter().enumerate() {
                    let id = if *ok { "objective-achieved" } else { "objective-missed" };
                    let objective = t.msg(&ids::objective(&sc, g.seat(), i));
                    writeln!(self.out, "  {}", t.fmt(id, &[("objective", objective.into())]))?;
                }
            }
        }
        let questions = self.lesson.as_ref().map(|l| l.questions.clone()).unwrap_or_default();
        if !questions.is_empty() {
            writeln!(self.out, "\n{}", t.get("lesson-questions"))?;
            for (i, q) in questions.iter().enumerate() {
                writeln!(self.out, "  {}. {q}", i + 1)?;
            }
        }
        Ok(())
    }
}
