//! The teacher's commands, for `main.rs`: lessons (`play --lesson`, `lesson new`,
//! `lesson list`, checking a lesson file), another chair (`play --load --as`), and
//! `compare`.

use crate::{PlayArgs, available_languages, load_library, print_map};
use anyhow::{Result, bail};
use goodfaith::content::{Built, Library, SourceMap};
use goodfaith::engine::Game;
use goodfaith::i18n::{self, Texts};
use goodfaith::lesson::{self, Lesson, shipped};
use goodfaith::output;
use goodfaith::save::Save;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// A lesson, by file or shipped name; its problems printed like a pack's.
pub fn read_lesson(lib: &Library, name: &str) -> Result<Lesson> {
    let mut map = SourceMap::default();
    let (lesson, diags) = lesson::load(lib, &mut map, name);
    print_map(&map, &diags);
    match lesson {
        Some(l) if !diags.iter().any(|d| d.is_error()) => Ok(l),
        _ => bail!("the lesson `{name}` cannot be played; `goodfaith check {name}` shows why"),
    }
}

/// `--as ROLE [--from-week N]` on a loaded save: the same world from another chair.
pub fn take_seat(
    lib: &Library,
    args: &PlayArgs,
    lesson: Option<&Lesson>,
    game: Game,
    built: Built,
    save: Save,
) -> Result<(Game, Built, Save)> {
    let Some(role) = &args.as_role else {
        if args.lesson.is_some() {
            bail!("--lesson with --load needs --as ROLE: a saved game keeps the lesson it was started with");
        }
        return Ok((game, built, save));
    };
    let mut save = save;
    if let Some(l) = lesson {
        if l.scenario != save.scenario {
            bail!("the lesson is for scenario `{}`, the save is a game of `{}`", l.scenario, save.scenario);
        }
        lesson::setup::allowed(l, &built.scenario, role)?;
        // The lesson given now governs the new game (a unit's next lesson, another chair).
        save.lesson = Some(l.saved(&built.scenario, &save.lang));
    }
    let week = args.from_week.unwrap_or(game.turn());
    let seated = save.reseat(lib, role, week)?;
    let (g, built) = seated.replay(lib)?;
    Ok((g, built, seated))
}

/// What plain mode shows before the first week: the lesson's preface for a new lesson game,
/// the change of seat for `--as`.
pub fn preface(lesson: Option<&Lesson>, args: &PlayArgs, game: &Game, texts: &Texts) -> Vec<String> {
    if args.as_role.is_some() {
        return lesson::setup::seat_line(game, texts).into_iter().collect();
    }
    match lesson {
        Some(l) if args.load.is_none() => lesson::setup::preface(l, game, texts),
        _ => Vec::new(),
    }
}

pub fn lesson_command(action: crate::LessonAction) -> Result<ExitCode> {
    match action {
        crate::LessonAction::New { file, from } => {
            let text = match &from {
                None => shipped::TEMPLATE,
                Some(name) => match shipped::find(name) {
                    Some(t) => t,
                    None => {
                        let names: Vec<String> = shipped::list().into_iter().map(|(n, _)| n).collect();
                        bail!("there is no shipped lesson `{name}`; the shipped lessons: {}", names.join(", "));
                    }
                },
            };
            match file {
                None => write!(output::stdout(), "{text}")?,
                Some(path) => write_new(&path, text)?,
            }
            Ok(ExitCode::SUCCESS)
        }
        crate::LessonAction::List { lang, packs } => {
            let lib = load_library(&packs)?;
            let lang = i18n::choose_language(lang.as_deref(), &available_languages(&lib, None));
            let mut out = output::stdout();
            writeln!(out, "shipped lessons (goodfaith lesson new --from NAME FILE writes one out):")?;
            for (name, text) in shipped::list() {
                let mut map = SourceMap::default();
                let file = map.add(PathBuf::from(&name), text.to_string());
                let title = lesson::check(&lib, file, text).0.map(|l| l.title(&lang)).unwrap_or_default();
                writeln!(out, "  {name:<36} {title}")?;
            }
            writeln!(out, "start points (`start = \"ID\"` in a lesson):")?;
            for info in lib.scenarios() {
                let Some(built) = lib.build(&info.id).0 else { continue };
                let texts = Texts::new(&lang, &built.texts);
                for s in &built.scenario.starts {
                    let title = texts.get(&format!("start-{}", s.id));
                    writeln!(out, "  {} {:<20} week {:>2}  {title}", info.id, s.id, s.week)?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Writes a new file, never over one that is there.
fn write_new(path: &Path, text: &str) -> Result<()> {
    if std::fs::symlink_metadata(path).is_ok() {
        bail!("{} already exists; choose another name, or move it away", path.display());
    }
    goodfaith::files::write_atomic(path, text.as_bytes(), None, |_| false)
        .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
    output::warn(&format!("wrote {}; check it with `goodfaith check {}`", path.display(), path.display()));
    Ok(())
}

/// Checks lesson files against the installed packs: the same diagnostics as packs.
/// Returns the number of errors.
pub fn check_lessons(lib: &Library, paths: &[PathBuf], json: bool) -> usize {
    let mut map = SourceMap::default();
    let mut diags = Vec::new();
    for p in paths {
        diags.extend(lesson::read(lib, &mut map, p).1);
    }
    let errors = diags.iter().filter(|d| d.is_error()).count();
    if json {
        let report = serde_json::json!({ "diagnostics": goodfaith::content::diag::to_json(&map, &diags) });
        let _ = writeln!(output::stdout(), "{}", serde_json::to_string_pretty(&report).unwrap_or_default());
        return errors;
    }
    print_map(&map, &diags);
    output::warn(&format!("checked {} lesson(s): {errors} error(s), {} warning(s)", paths.len(), diags.len() - errors));
    errors
}

pub fn compare(
    a: &Path,
    b: &Path,
    format: crate::CompareFormat,
    lang: Option<String>,
    packs: Vec<PathBuf>,
) -> Result<ExitCode> {
    let lib = load_library(&packs)?;
    let sa = Save::read(a)?;
    let sb = Save::read(b)?;
    if sa.scenario != sb.scenario {
        bail!(
            "{} is a game of `{}` and {} a game of `{}`: only games of one scenario can be compared",
            a.display(),
            sa.scenario,
            b.display(),
            sb.scenario
        );
    }
    let (ga, built) = sa.restore(&lib, a)?;
    let (gb, _) = sb.restore(&lib, b)?;
    let lang = lang.unwrap_or(sa.lang.clone());
    let texts = Texts::new(&lang, &built.texts);
    let c = goodfaith::compare::Comparison::of(&ga, &gb, &texts);
    let text = match format {
        crate::CompareFormat::Text => goodfaith::compare::text(&c, &ga, &gb, &texts),
        crate::CompareFormat::Md => goodfaith::compare::markdown(&c, &ga, &gb, &texts),
        crate::CompareFormat::Json => goodfaith::compare::json(&c, &ga, &gb),
        crate::CompareFormat::Html => goodfaith::compare::html(&c, &ga, &gb, &texts),
    };
    write!(output::stdout(), "{text}")?;
    Ok(ExitCode::SUCCESS)
}

/// How the terminal game starts for `--lesson` or `--load … --as`.
pub enum TuiStart {
    /// The game, with the lines to show over its first screen (the lesson's preface, or the
    /// change of seat), laid out by the game like all its text.
    Session(Box<goodfaith::tui::session::Session>, Vec<String>),
    /// A lesson that allows several chairs: the game's menu asks which, in this language.
    Chair(Box<(goodfaith::content::Built, goodfaith::lesson::Lesson)>, String),
}

/// The terminal game's start for `--lesson` or `--load … --as`; `None` when neither applies.
pub fn tui_session(lib: &Library, args: &PlayArgs, lang: &str) -> Result<Option<TuiStart>> {
    use goodfaith::tui::session::Session;
    let lesson = match &args.lesson {
        Some(name) => Some(read_lesson(lib, name)?),
        None => None,
    };
    if let Some(path) = &args.load {
        if args.as_role.is_none() && lesson.is_none() {
            return Ok(None);
        }
        let (g, built, save) = crate::load_save(lib, path, args.force)?;
        let (g, built, save) = take_seat(lib, args, lesson.as_ref(), g, built, save)?;
        let lang = args.lang.clone().unwrap_or(save.lang.clone());
        let texts = Texts::new(&lang, &built.texts);
        let lines = preface(lesson.as_ref(), args, &g, &texts);
        let path = crate::save_target(args, &g)?;
        let mut s = Session::new(g, built, lang, path);
        s.lesson = save.lesson;
        return Ok(Some(TuiStart::Session(Box::new(s), lines)));
    }
    let Some(lesson) = lesson else { return Ok(None) };
    let built = crate::build(lib, &lesson.scenario)?;
    let sc = built.scenario.clone();
    let asked = args.lang.as_deref().or(lesson.language.as_deref()).unwrap_or(lang);
    let lang = i18n::choose_language(Some(asked), &available_languages(lib, Some(&built)));
    let texts = Texts::new(&lang, &built.texts);
    let role = match &args.role {
        Some(r) => lesson::setup::allowed(&lesson, &sc, r)?,
        None if lesson.roles.len() == 1 => lesson.roles[0],
        // The game's own menu asks which of the lesson's chairs.
        None => return Ok(Some(TuiStart::Chair(Box::new((built, lesson)), lang))),
    };
    let g = lesson::setup::new_game(&sc, &lesson, role, crate::clock_seed())?;
    let lines = lesson::setup::preface(&lesson, &g, &texts);
    let path = crate::save_target(args, &g)?;
    let mut s = Session::new(g, built, lang.clone(), path);
    s.lesson = Some(lesson.saved(&sc, &lang));
    Ok(Some(TuiStart::Session(Box::new(s), lines)))
}

/// Checks every shipped lesson against the installed packs, for `check` without paths.
/// Warnings: a pack on disk that replaces a built-in one may leave its lessons behind.
pub fn shipped_lesson_diags(lib: &mut Library) -> Vec<goodfaith::content::Diagnostic> {
    use goodfaith::content::Severity;
    let mut out = Vec::new();
    for (name, text) in shipped::list() {
        let file = lib.map.add(shipped::shown_path(&name), text.to_string());
        out.extend(lesson::check(lib, file, text).1.into_iter().map(|mut d| {
            d.severity = Severity::Warning;
            let why = d.help.map(|h| format!(" ({h})")).unwrap_or_default();
            d.help = Some(format!("the shipped lesson `{name}` no longer fits the installed packs{why}"));
            d
        }));
    }
    out
}
