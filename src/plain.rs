//! The plain front end: the game as numbered lines on standard input and output.
//!
//! For screen readers, pipes and tests. The player types a number; a few letters are
//! commands (`?` help, `s` status, `t` table, `w` why, `q` quit). Invalid input re-prompts.
//! Output is in logical order and depends only on the game and the input, so the same
//! seed and input give the same bytes.

use crate::engine::report::ids;
use crate::engine::{Decision, Game, Phase, Report};
use crate::i18n::Texts;
use crate::present;
use fluent::FluentValue;
use std::io::{self, BufRead, Write};

mod actions;
mod export;
mod lesson;

/// What [`Plain::number`] returns for `n` in the action menu: end quiet weeks.
const SKIP: usize = usize::MAX;

/// How a plain session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The game reached an ending.
    Ended,
    /// The player typed `q`.
    Quit,
    /// Standard input closed.
    EndOfInput,
}

/// One line of input, understood.
enum Input {
    Number(usize),
    Help,
    Status,
    Table,
    Why,
    Menu,
    Next,
    Quit,
    Eof,
    Invalid,
}

/// A plain session over any reader and writer.
pub struct Plain<'a, R: BufRead, W: Write> {
    pub game: &'a mut Game,
    pub texts: &'a Texts,
    pub input: R,
    pub out: W,
    /// Print what was read (when input does not come from a person at a terminal).
    pub echo: bool,
    /// Called at the start of every turn and when the player quits; says whether it saved.
    pub autosave: &'a mut dyn FnMut(&Game) -> bool,
    /// `--show-expressions`: "why" adds each rule's expression to its words, for modders.
    pub show_expressions: bool,
    /// The lesson the game is played in: it may stop the game, and has questions.
    pub lesson: Option<crate::save::SavedLesson>,
    /// Lines shown before the game begins (a lesson's introduction, a change of seat).
    pub preface: Vec<String>,
    /// The save, beside which the ending offers to export the debrief (none: no offer).
    pub debrief_to: Option<std::path::PathBuf>,
    turn_log: Vec<Report>,
    /// The turn whose action menu was printed in full.
    menu_turn: u16,
    /// The turn whose briefing (or, in the first week, status) was printed.
    briefed: u16,
    /// Reading a number in the action menu, where `?`, `m` and `n` mean more.
    in_actions: bool,
    /// Ending quiet weeks: the values the player last saw, and the weeks ended so far.
    skipping: Option<(Vec<i32>, u16)>,
    /// After quiet weeks ended at once, the values the player last saw before them: the
    /// status's trends count from there until the player ends a week again.
    seen: Option<Vec<i32>>,
}

impl<'a, R: BufRead, W: Write> Plain<'a, R, W> {
    pub fn new(
        game: &'a mut Game,
        texts: &'a Texts,
        input: R,
        out: W,
        echo: bool,
        autosave: &'a mut dyn FnMut(&Game) -> bool,
    ) -> Self {
        Plain {
            game,
            texts,
            input,
            out,
            echo,
            autosave,
            show_expressions: false,
            lesson: None,
            preface: Vec::new(),
            debrief_to: None,
            turn_log: Vec::new(),
            menu_turn: 0,
            briefed: 0,
            in_actions: false,
            skipping: None,
            seen: None,
        }
    }

    /// Plays until the game ends, the player quits or input ends.
    pub fn run(&mut self, opening: Vec<Report>) -> io::Result<Exit> {
        self.intro()?;
        self.preface()?;
        self.show(&opening)?;
        loop {
            let phase = self.game.phase();
            if self.game.is_over() {
                self.ending()?;
                self.lesson_end()?;
                if let Some(save) = self.debrief_to.clone() {
                    self.offer_export(&save)?;
                }
                return Ok(Exit::Ended);
            }
            let limit = self.game.scenario().turns;
            // Quiet weeks end at once until something needs the player (never a choice).
            let quiet = phase == Phase::Acting && !present::needs_player(self.game);
            let decision = match &mut self.skipping {
                Some((_, weeks)) if quiet && *weeks < limit => Decision::EndTurn,
                _ => {
                    self.brief()?;
                    let d = match phase {
                        Phase::Choosing(e) => self.choice(e)?,
                        _ => self.action_menu()?,
                    };
                    match d {
                        Some(d) => {
                            if d == Decision::EndTurn {
                                self.seen = None;
                            }
                            d
                        }
                        None => return self.stop(),
                    }
                }
            };
            let turn = self.game.turn();
            match self.game.apply(decision) {
                Ok(reports) => {
                    self.show(&reports)?;
                    if self.game.turn() != turn && !self.game.is_over() {
                        (self.autosave)(self.game);
                    }
                    if let Some((_, weeks)) = &mut self.skipping
                        && self.game.turn() != turn
                    {
                        *weeks += 1;
                    }
                }
                Err(e) => writeln!(self.out, "{}", self.texts.fmt("not-allowed", &[("reason", e.to_string().into())]))?,
            }
        }
    }

    /// The briefing, once a week as it opens (the status in the first week); after quiet
    /// weeks ended at once, what changed across them.
    fn brief(&mut self) -> io::Result<()> {
        let skipped = self.skipping.take();
        if self.briefed == self.game.turn() && skipped.is_none() {
            return Ok(());
        }
        self.briefed = self.game.turn();
        if self.game.turn() <= 1 && skipped.is_none() {
            return self.status();
        }
        let (since, weeks) = match &skipped {
            Some((v, w)) => (Some(&v[..]), w.saturating_sub(1)),
            None => (None, 0),
        };
        let b = present::briefing(self.game, self.texts, since, weeks, true);
        self.seen = skipped.as_ref().map(|(v, _)| v.clone());
        writeln!(self.out, "\n{}", b.title)?;
        for line in b.lines(self.texts) {
            writeln!(self.out, "{line}")?;
        }
        Ok(())
    }

    fn stop(&mut self) -> io::Result<Exit> {
        let saved = (self.autosave)(self.game);
        writeln!(self.out, "\n{}", self.texts.get(if saved { "quit-saved" } else { "quit-not-saved" }))?;
        Ok(Exit::Quit)
    }

    fn intro(&mut self) -> io::Result<()> {
        let t = self.texts;
        let sc = self.game.scenario().clone();
        let role = ids::role(&sc, self.game.seat());
        writeln!(self.out, "{}", t.fmt("intro-title", &[("scenario", t.msg(&ids::scenario(&sc)).into())]))?;
        writeln!(self.out, "{}", t.msg(&ids::scenario(&sc).attr("description")))?;
        writeln!(self.out)?;
        writeln!(
            self.out,
            "{}",
            t.fmt(
                "intro-role",
                &[("role", t.msg(&role).into()), ("seed", FluentValue::from(self.game.setup().seed as i64))]
            )
        )?;
        writeln!(self.out, "{}", t.msg(&role.clone().attr("description")))?;
        writeln!(self.out, "{}", t.fmt("intro-success", &[("success", t.msg(&role.attr("success")).into())]))?;
        if let Some(d) = self.game.setup().difficulty {
            writeln!(
                self.out,
                "{}",
                t.fmt("intro-difficulty", &[("difficulty", t.msg(&ids::difficulty(&sc, d)).into())])
            )?;
        }
        writeln!(self.out, "{}", t.get("intro-keys"))
    }

    /// Prints reports as news, in words a screen reader speaks as words; remembers them
    /// for `w`. While quiet weeks end at once, only each week's heading is printed.
    fn show(&mut self, reports: &[Report]) -> io::Result<()> {
        for r in reports {
            if let Report::TurnBegan { .. } = r {
                self.turn_log.clear();
                writeln!(self.out)?;
            }
            self.turn_log.push(r.clone());
            if self.skipping.is_some() && !matches!(r, Report::TurnBegan { .. }) {
                continue;
            }
            if let Some(line) = present::news_as(self.game, self.texts, r, true) {
                if matches!(r, Report::Event { .. }) {
                    writeln!(self.out)?;
                }
                writeln!(self.out, "{line}")?;
            }
        }
        Ok(())
    }

    fn read(&mut self) -> io::Result<Input> {
        write!(self.out, "> ")?;
        self.out.flush()?;
        let mut line = String::new();
        if read_line(&mut self.input, &mut line)? == 0 {
            if self.echo {
                writeln!(self.out)?;
            }
            return Ok(Input::Eof);
        }
        let line = line.trim();
        if self.echo {
            writeln!(self.out, "{}", crate::content::text::sanitize(line))?;
        }
        Ok(match line {
            "?" | "h" | "help" => Input::Help,
            "s" | "status" => Input::Status,
            "t" | "table" => Input::Table,
            "w" | "why" => Input::Why,
            "m" | "menu" => Input::Menu,
            "n" | "next" => Input::Next,
            "q" | "quit" => Input::Quit,
            n => n.parse().map(Input::Number).unwrap_or(Input::Invalid),
        })
    }

    /// Reads until a number in `0..=max` (or `1..=max` when `zero` is false), answering
    /// commands on the way; `None` when the player quits or input ends.
    fn number(&mut self, max: usize, zero: bool) -> io::Result<Option<usize>> {
        loop {
            match self.read()? {
                Input::Number(n) if n <= max && (zero || n >= 1) => return Ok(Some(n)),
                Input::Eof | Input::Quit => return Ok(None),
                Input::Help => {
                    writeln!(self.out, "{}", self.texts.get("help"))?;
                    if self.in_actions {
                        self.print_actions(true)?;
                    }
                }
                Input::Menu if self.in_actions => self.print_actions(false)?,
                Input::Next if self.in_actions => return Ok(Some(SKIP)),
                Input::Status => self.status()?,
                Input::Table => self.table()?,
                Input::Why => self.why()?,
                Input::Number(_) | Input::Invalid | Input::Menu | Input::Next => {
                    let min = if zero { 0 } else { 1 };
                    writeln!(
                        self.out,
                        "{}",
                        self.texts.fmt(
                            "invalid-number",
                            &[("min", FluentValue::from(min as i64)), ("max", FluentValue::from(max as i64))]
                        )
                    )?;
                }
            }
        }
    }

    /// A list of numbered items and a choice among them; 0 is `zero_label` when given.
    fn menu(&mut self, items: &[String], zero_label: Option<&str>) -> io::Result<Option<usize>> {
        for (i, item) in items.iter().enumerate() {
            writeln!(self.out, "  {}. {item}", i + 1)?;
        }
        if let Some(z) = zero_label {
            writeln!(self.out, "  0. {z}")?;
        }
        self.number(items.len(), zero_label.is_some())
    }

    fn choice(&mut self, e: u16) -> io::Result<Option<Decision>> {
        let sc = self.game.scenario().clone();
        let opts = self.game.available_options(e);
        writeln!(
            self.out,
            "\n{}",
            self.texts.fmt("choose-prompt", &[("event", self.texts.msg(&ids::event(&sc, e).attr("title")).into())])
        )?;
        let labels: Vec<String> = opts.iter().map(|&o| self.texts.msg(&ids::option(&sc, e, o))).collect();
        Ok(self.menu(&labels, None)?.map(|n| Decision::Choose(opts[n - 1])))
    }

    /// Meters, trust and the table as this role sees them.
    fn status(&mut self) -> io::Result<()> {
        let t = self.texts;
        let g = &*self.game;
        let sc = g.scenario().clone();
        writeln!(self.out, "\n{}", t.get("status-meters"))?;
        for (m, meter) in sc.meters.iter().enumerate() {
            if !g.role().view.meters[m] {
                continue;
            }
            let name = t.msg(&ids::meter(&sc, m as u16));
            let line = match &meter.actors {
                None => {
                    let v = g.meter(m as u16, None);
                    t.pair(
                        &name,
                        &format!("{v} {}", present::trend_spoken(t, trend(g, self.seen.as_deref(), meter.slot))),
                    )
                }
                Some(list) => {
                    let parts: Vec<String> = list
                        .iter()
                        .map(|&a| {
                            let slot = meter.slot + a as u32;
                            format!(
                                "{} {} {}",
                                present::actor(g, t, a),
                                g.value(slot),
                                present::trend_spoken(t, trend(g, self.seen.as_deref(), slot))
                            )
                            .trim_end()
                            .to_string()
                        })
                        .collect();
                    t.pair(&name, &t.list(&parts))
                }
            };
            writeln!(self.out, "  {}", line.trim_end())?;
        }
        let pairs = &g.role().view.trust;
        if !pairs.is_empty() {
            writeln!(self.out, "{}", t.get("status-trust"))?;
            for &(a, b) in pairs {
                let slot = sc.layout.trust(a, b);
                let label = present::slot_label_as(g, t, slot, true).unwrap_or_default();
                let value =
                    format!("{} {}", g.value(slot), present::trend_spoken(t, trend(g, self.seen.as_deref(), slot)));
                let line = t.pair(&label, &value);
                writeln!(self.out, "  {}", line.trim_end())?;
            }
        }
        self.table()
    }

    fn table(&mut self) -> io::Result<()> {
        let t = self.texts;
        let g = &*self.game;
        let sc = g.scenario().clone();
        if sc.issues.is_empty() {
            return Ok(());
        }
        writeln!(self.out, "{}", t.get("status-table"))?;
        for i in 0..sc.issues.len() as u16 {
            let name = t.msg(&ids::issue(&sc, i));
            let state = match (g.signed(i), g.table(i)) {
                (Some((o, amb)), _) => {
                    t.fmt("issue-signed", &[("option", present::option_label(g, t, i, o, amb).into())])
                }
                (None, Some((o, amb))) => present::option_label(g, t, i, o, amb),
                (None, None) => match present::issue_waits(g, t, i) {
                    Some(waits) => format!("{}, {waits}", t.get("issue-open")),
                    None => t.get("issue-open"),
                },
            };
            let state = match present::author_note(g, t, i).filter(|_| g.table(i).is_some()) {
                Some(note) => format!("{state}, {note}"),
                None => state,
            };
            writeln!(self.out, "  {}", t.pair(&name, &state))?;
        }
        let mut parts = Vec::new();
        for a in sc.principals(g.seat()).into_iter().filter(|&a| sc.actors[a as usize].accept.is_some()) {
            if let Some((v, exact)) = g.support_seen(a) {
                let value = if exact { format!("{v}") } else { t.fmt("spoken-about", &[("n", v.into())]) };
                let name = present::actor(g, t, a);
                // Beside its support, the support it needs (as the table shows it).
                let mut s = match g.support_needed(a) {
                    Some(need) if a != g.actor() => t.fmt(
                        "support-need",
                        &[("actor", name.into()), ("support", value.into()), ("need", need.to_string().into())],
                    ),
                    _ => format!("{name} {value}"),
                };
                if g.red_line_seen(a) == Some(true) {
                    s.push_str(&format!(" ({})", t.get("red-line")));
                }
                s.push_str(&present::not_needed_mark(g, t, a));
                parts.push(s);
            }
        }
        if !parts.is_empty() {
            writeln!(self.out, "  {}", t.fmt("support-line", &[("parts", t.list(&parts).into())]))?;
        }
        Ok(())
    }

    /// Every visible change this turn, with its cause.
    fn why(&mut self) -> io::Result<()> {
        let t = self.texts;
        writeln!(self.out, "{}", t.get("why-title"))?;
        let mut any = false;
        for r in &self.turn_log {
            if let Report::Changed { slot, before, after, cause } = r
                && let Some(line) = present::change_line_as(self.game, t, *slot, *before, *after, true)
            {
                any = true;
                let cause = present::cause(self.game, t, *slot, cause, self.show_expressions);
                writeln!(
                    self.out,
                    "  {}",
                    t.fmt("spoken-because", &[("change", line.into()), ("cause", cause.into())])
                )?;
            }
        }
        if !any {
            writeln!(self.out, "  {}", t.get("why-nothing"))?;
        }
        // This week's proposal: why each party answered as it did.
        for r in &self.turn_log {
            if let Report::Responded { actor, accepts, why, .. } = r {
                writeln!(self.out, "{}", present::response(self.game, t, *actor, *accepts, *why))?;
                for line in present::answer_why(self.game, t, *actor, self.show_expressions, true) {
                    if !line.is_empty() {
                        writeln!(self.out, "  {line}")?;
                    }
                }
            }
            if let Report::NotAsked { .. } = r
                && let Some(line) = present::news(self.game, t, r)
            {
                writeln!(self.out, "{line}")?;
            }
        }
        Ok(())
    }

    /// The debrief, as the export and the end screen tell it (read from the same model).
    fn ending(&mut self) -> io::Result<()> {
        let t = self.texts;
        let d = crate::debrief::Debrief::build(self.game, t, None);
        let Some(e) = &d.ending else { return Ok(()) };
        writeln!(self.out, "\n{}", t.fmt("ending-title", &[("title", e.title.clone().into())]))?;
        writeln!(self.out, "{}", e.summary)?;
        for paragraph in &e.epilogue {
            writeln!(self.out, "\n{paragraph}")?;
        }
        if let Some(turning) = d.turning_point() {
            writeln!(self.out, "\n{turning}")?;
        }
        writeln!(self.out, "\n{}", t.fmt("ending-history", &[("history", e.history.clone().into())]))?;
        writeln!(
            self.out,
            "\n{}",
            t.fmt("ending-score", &[("score", FluentValue::from(e.score)), ("tier", e.tier_name.clone().into())])
        )?;
        if !d.objectives.is_empty() {
            writeln!(self.out, "{}", t.get("ending-objectives"))?;
            for o in &d.objectives {
                let id = if o.achieved { "objective-achieved" } else { "objective-missed" };
                writeln!(self.out, "  {}", t.fmt(id, &[("objective", o.text.clone().into())]))?;
            }
        }
        writeln!(self.out, "{}", t.get("ending-timeline"))?;
        for m in d.headlines() {
            let args = [("turn", FluentValue::from(m.week)), ("what", m.text.clone().into())];
            writeln!(self.out, "  {}", t.fmt("timeline-line", &args))?;
        }
        if !d.factors.is_empty() {
            writeln!(self.out, "{}", t.get("ending-factors"))?;
            for f in &d.factors {
                writeln!(self.out, "  {} ({})", f.name, f.count)?;
            }
        }
        Ok(())
    }
}

/// The change in a slot since the player last saw it: since `seen` (the values before quiet
/// weeks ended at once) when given, else since the end of their last turn.
fn trend(g: &Game, seen: Option<&[i32]>, slot: u32) -> i64 {
    match seen {
        Some(v) => i64::from(g.value(slot)) - i64::from(v[slot as usize]),
        None => g.trend(slot),
    }
}

/// Asks the player to pick one of `items` before a game starts (scenario, role, difficulty).
pub fn pick<R: BufRead, W: Write>(
    input: &mut R,
    out: &mut W,
    echo: bool,
    prompt: &str,
    items: &[String],
    t: &Texts,
) -> io::Result<Option<usize>> {
    writeln!(out, "{prompt}")?;
    for (i, item) in items.iter().enumerate() {
        writeln!(out, "  {}. {item}", i + 1)?;
    }
    loop {
        write!(out, "> ")?;
        out.flush()?;
        let mut line = String::new();
        if read_line(input, &mut line)? == 0 {
            return Ok(None);
        }
        let line = line.trim();
        if echo {
            writeln!(out, "{}", crate::content::text::sanitize(line))?;
        }
        match line.parse::<usize>() {
            Ok(n) if (1..=items.len()).contains(&n) => return Ok(Some(n - 1)),
            _ if line == "q" => return Ok(None),
            _ => writeln!(
                out,
                "{}",
                t.fmt(
                    "invalid-number",
                    &[("min", FluentValue::from(1)), ("max", FluentValue::from(items.len() as i64))]
                )
            )?,
        }
    }
}

/// The longest line of input kept; the rest of a longer line is read and dropped.
pub const MAX_LINE: usize = 4096;

/// Reads one line of at most [`MAX_LINE`] bytes (the rest of a longer line is skipped, so a
/// line with no end costs no memory), as text even when it is not valid UTF-8. Returns the
/// bytes consumed; 0 at the end of input.
pub fn read_line<R: BufRead + ?Sized>(input: &mut R, line: &mut String) -> io::Result<usize> {
    let mut kept = Vec::new();
    let mut consumed = 0;
    loop {
        let buf = match input.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            break;
        }
        let (chunk, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (&buf[..=i], true),
            None => (buf, false),
        };
        let room = MAX_LINE.saturating_sub(kept.len());
        kept.extend_from_slice(&chunk[..chunk.len().min(room)]);
        let n = chunk.len();
        input.consume(n);
        consumed += n;
        if done {
            break;
        }
    }
    line.push_str(&String::from_utf8_lossy(&kept));
    Ok(consumed)
}
