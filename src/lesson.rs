//! Lesson files: a teacher's setting for a class (scenario, chairs, difficulty, seed,
//! language, a start point and a number of weeks, an introduction, objectives and
//! questions), checked against the installed packs with the packs' diagnostics.
//!
//! `lesson/text.rs` holds the teacher's text in one or several languages;
//! `lesson/start.rs` plays the weeks before a start point; `lesson/shipped.rs` the
//! lessons built into the game and the template `goodfaith lesson new` writes.

pub mod setup;
pub mod shipped;
pub mod start;
pub mod text;

use crate::content::diag::{Diagnostic, FileId, SourceMap};
use crate::content::library::Library;
use crate::engine::Scenario;
use crate::save::SavedLesson;
use serde::Deserialize;
use std::path::Path;
use std::sync::Arc;
use text::{Localized, LocalizedList};
use toml::Spanned;

/// About what the terminal game's box before play shows whole at 80×24 (introduction and
/// objectives together, in characters).
pub const MAX_PREFACE: usize = 800;

/// Lesson files are small; anything larger is not one.
pub const MAX_LESSON: u64 = 256 * 1024;

/// A lesson file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLesson {
    title: Localized,
    scenario: Spanned<String>,
    #[serde(default)]
    roles: Vec<Spanned<String>>,
    difficulty: Option<Spanned<String>>,
    seed: Option<Spanned<u64>>,
    language: Option<Spanned<String>>,
    start: Option<Spanned<String>>,
    weeks: Option<Spanned<u16>>,
    introduction: Option<Localized>,
    objectives: Option<LocalizedList>,
    questions: Option<LocalizedList>,
}

/// A lesson that passed every check against its scenario.
#[derive(Debug, Clone)]
pub struct Lesson {
    pub scenario: String,
    /// The chairs allowed, as role indexes (every role when the file names none).
    pub roles: Vec<u16>,
    pub difficulty: Option<u16>,
    /// One world for the whole class; `None`: each student's own.
    pub seed: Option<u64>,
    pub language: Option<String>,
    /// The start point, by index in the scenario's list.
    pub start: Option<usize>,
    pub weeks: Option<u16>,
    title: Localized,
    introduction: Option<Localized>,
    objectives: Option<LocalizedList>,
    questions: Option<LocalizedList>,
}

impl Lesson {
    /// The week the player is handed the game.
    pub fn first_week(&self, sc: &Scenario) -> u16 {
        self.start.map_or(1, |s| sc.starts[s].week)
    }

    /// The last week played, when the lesson is shorter than the scenario.
    pub fn last_week(&self, sc: &Scenario) -> Option<u16> {
        self.weeks.map(|w| self.first_week(sc) + w - 1)
    }

    pub fn title(&self, lang: &str) -> String {
        self.title.pick(lang)
    }

    pub fn introduction(&self, lang: &str) -> Option<String> {
        self.introduction.as_ref().map(|t| t.pick(lang))
    }

    pub fn objectives(&self, lang: &str) -> Vec<String> {
        self.objectives.as_ref().map(|t| t.pick(lang)).unwrap_or_default()
    }

    /// What a save keeps of the lesson, in the language played.
    pub fn saved(&self, sc: &Scenario, lang: &str) -> SavedLesson {
        SavedLesson {
            title: self.title(lang),
            first_week: self.first_week(sc),
            last_week: self.last_week(sc).unwrap_or(sc.turns),
            roles: self.roles.iter().map(|&r| sc.roles[r as usize].id.clone()).collect(),
            questions: self.questions.as_ref().map(|t| t.pick(lang)).unwrap_or_default(),
        }
    }
}

/// Reads and checks a lesson: a file, or else a shipped lesson by name
/// (`nine-months/extension-bargain`).
pub fn load(lib: &Library, map: &mut SourceMap, name: &str) -> (Option<Lesson>, Vec<Diagnostic>) {
    let path = Path::new(name);
    if path.exists() {
        return read(lib, map, path);
    }
    match shipped::find(name) {
        Some(text) => {
            let file = map.add(shipped::shown_path(name), text.to_string());
            check(lib, file, text)
        }
        None => {
            let names: Vec<String> = shipped::list().into_iter().map(|(n, _)| n).collect();
            let d = Diagnostic::error(
                "",
                None,
                None,
                format!("there is no lesson file `{name}`, and no shipped lesson by that name"),
            )
            .help(format!("the shipped lessons: {}", names.join(", ")));
            (None, vec![d])
        }
    }
}

/// Reads and checks a lesson file. The file is added to `map` so the diagnostics can show
/// its lines; `None` when there is an error (each one is in the list).
pub fn read(lib: &Library, map: &mut SourceMap, path: &Path) -> (Option<Lesson>, Vec<Diagnostic>) {
    let bytes = match crate::files::read(path, MAX_LESSON, crate::files::Links::Follow) {
        Ok(b) => b,
        Err(e) => {
            let d = Diagnostic::error("", None, None, format!("cannot read lesson {}: {e}", path.display()));
            return (None, vec![d]);
        }
    };
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let file = map.add(path.to_path_buf(), text.clone());
    if std::str::from_utf8(&bytes).is_err() {
        return (None, vec![Diagnostic::error("", Some(file), None, "the lesson is not UTF-8 text")]);
    }
    check(lib, file, &text)
}

/// Checks a lesson's text (already in the source map as `file`).
pub fn check(lib: &Library, file: FileId, text: &str) -> (Option<Lesson>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let raw: RawLesson = match toml::from_str(text) {
        Ok(r) => r,
        Err(e) => {
            let mut d = Diagnostic::error("", Some(file), e.span(), e.message().trim().to_string());
            if text.trim().is_empty() {
                d = d.help("the file is empty; `goodfaith lesson new` writes a template");
            } else if let Some(h) = crate::content::load::unknown_field_help(e.message()) {
                d = d.help(h);
            }
            return (None, vec![d]);
        }
    };
    let mut err = |span: std::ops::Range<usize>, msg: String, help: String| {
        diags.push(Diagnostic::error("", Some(file), Some(span), msg).help(help));
    };
    let known: Vec<String> = lib.scenarios().into_iter().map(|s| s.id).collect();
    let id = raw.scenario.get_ref();
    if !known.contains(id) {
        let help = suggest(id, &known, "the scenarios");
        err(raw.scenario.span(), format!("there is no scenario `{id}`"), help);
        return (None, diags);
    }
    let (built, _) = lib.build(id);
    let Some(built) = built else {
        err(
            raw.scenario.span(),
            format!("scenario `{id}` has errors and cannot be played"),
            "run `goodfaith check` to see them".into(),
        );
        return (None, diags);
    };
    let sc: Arc<Scenario> = built.scenario.clone();
    let role_ids: Vec<String> = sc.roles.iter().map(|r| r.id.clone()).collect();
    let mut roles = Vec::new();
    for r in &raw.roles {
        match sc.role_ix(r.get_ref()) {
            Some(i) if roles.contains(&i) => {
                err(r.span(), format!("role `{}` is named twice", r.get_ref()), "name each chair once".into())
            }
            Some(i) => roles.push(i),
            None => err(
                r.span(),
                format!("scenario `{id}` has no role `{}`", r.get_ref()),
                suggest(r.get_ref(), &role_ids, "its roles"),
            ),
        }
    }
    if roles.is_empty() && raw.roles.is_empty() {
        roles = (0..sc.roles.len() as u16).collect();
    }
    let difficulty = raw.difficulty.as_ref().and_then(|d| {
        let ids: Vec<String> = sc.difficulties.iter().map(|x| x.id.clone()).collect();
        let found = ids.iter().position(|x| x == d.get_ref()).map(|i| i as u16);
        if found.is_none() {
            err(
                d.span(),
                format!("scenario `{id}` has no difficulty `{}`", d.get_ref()),
                suggest(d.get_ref(), &ids, "its difficulties"),
            );
        }
        found
    });
    let difficulty = difficulty.or(sc.default_difficulty).or(if sc.difficulties.is_empty() { None } else { Some(0) });
    let start = raw.start.as_ref().and_then(|s| {
        let ids: Vec<String> = sc.starts.iter().map(|x| x.id.clone()).collect();
        let found = ids.iter().position(|x| x == s.get_ref());
        if found.is_none() {
            let help = if ids.is_empty() {
                format!("scenario `{id}` declares no start points; leave `start` out to begin at week 1")
            } else {
                suggest(s.get_ref(), &ids, "its start points")
            };
            err(s.span(), format!("scenario `{id}` has no start point `{}`", s.get_ref()), help);
        }
        found
    });
    let first = start.map_or(1, |s| sc.starts[s].week);
    if let Some(w) = &raw.weeks {
        let weeks = *w.get_ref();
        let last = u32::from(first) + u32::from(weeks) - 1;
        if weeks == 0 {
            err(w.span(), "a lesson plays at least one week".into(), "give `weeks` from 1 up".into());
        } else if last > u32::from(sc.turns) {
            err(
                w.span(),
                format!("{weeks} weeks from week {first} end in week {last}, after the deadline (week {})", sc.turns),
                format!("from week {first}, at most {} weeks remain", sc.turns - first + 1),
            );
        }
    }
    let mut langs: Vec<String> = built.texts.keys().cloned().collect();
    for l in crate::i18n::ui_languages() {
        if !langs.contains(&l) {
            langs.push(l);
        }
    }
    if let Some(l) = &raw.language
        && !langs.contains(l.get_ref())
    {
        err(
            l.span(),
            format!("the game has no text in `{}`", l.get_ref()),
            suggest(l.get_ref(), &langs, "its languages"),
        );
    }
    let shown = raw.introduction.as_ref().map_or(0, Localized::longest)
        + raw.objectives.as_ref().map_or(0, LocalizedList::longest);
    if shown > MAX_PREFACE {
        let span = raw.scenario.span().start..raw.scenario.span().start;
        diags.push(
            Diagnostic::warning(
                "",
                Some(file),
                Some(span),
                format!("the introduction and objectives run to {shown} characters; an 80×24 screen shows about {MAX_PREFACE}"),
            )
            .help("shorten them, or give the rest on paper: the terminal game shows them in one box"),
        );
    }
    let lesson = Lesson {
        scenario: id.clone(),
        roles,
        difficulty,
        seed: raw.seed.as_ref().map(|s| *s.get_ref()),
        language: raw.language.map(|l| l.into_inner()),
        start,
        weeks: raw.weeks.map(|w| *w.get_ref()),
        title: raw.title,
        introduction: raw.introduction,
        objectives: raw.objectives,
        questions: raw.questions,
    };
    // A fixed seed must reach the start point (the same world for every chair).
    if let (Some(seed), Some(&role), false) = (&raw.seed, lesson.roles.first(), diags.iter().any(|d| d.is_error()))
        && let Err(e) = setup::new_game(&sc, &lesson, role, 0)
    {
        diags.push(
            Diagnostic::error("", Some(file), Some(seed.span()), format!("with this seed, {e}"))
                .label("the talks end before the lesson begins")
                .help("choose another seed, or leave `seed` out to give each student a world that reaches it"),
        );
    }
    let ok = !diags.iter().any(|d| d.is_error());
    (ok.then_some(lesson), diags)
}

/// "did you mean …?", or the list of what there is.
fn suggest(name: &str, known: &[String], what: &str) -> String {
    crate::engine::expr::suggest(name, known.iter().map(|s| s.as_str()))
        .map(|s| format!("did you mean `{s}`?"))
        .unwrap_or_else(|| format!("{what}: {}", known.join(", ")))
}

/// Whether a file is a lesson rather than a pack: a `.toml` file that is not a pack's
/// manifest.
pub fn is_lesson_file(path: &Path) -> bool {
    path.is_file()
        && path.extension().is_some_and(|x| x == "toml")
        && path.file_name().is_some_and(|n| n != "pack.toml")
}
