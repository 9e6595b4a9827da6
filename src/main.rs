//! The `goodfaith` command: parse arguments, pick a front end, report errors.

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand, ValueEnum};
use fluent::FluentValue;
use goodfaith::content::{Library, diag};
use goodfaith::engine::{Game, Setup};
use goodfaith::i18n::{self, Texts};
use goodfaith::output;
use goodfaith::plain::{self, Plain};
use goodfaith::save::{self, Save, SavedLesson};
use goodfaith::simulate::{self, Policy};
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use teaching::{compare, lesson_command, preface, read_lesson, take_seat};

mod teaching;

#[derive(Parser)]
#[command(
    name = "goodfaith",
    version,
    about = "A terminal role-playing game about negotiating peace between Israelis and Palestinians",
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// With no command, the options of `play`.
    #[command(flatten)]
    play: PlayArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Play a scenario (the default command).
    Play(PlayArgs),
    /// Check content packs and report every problem with its file, line and column, then
    /// how much of each language is translated.
    ///
    /// Each language is compared with en-US: messages it lacks or that English no longer
    /// has, attributes and `{ $variables }` that differ, Fluent syntax errors. Without
    /// paths, the installed content and the game's own interface text (`ui`) are checked.
    /// Exit status: 0 without errors (warnings allowed), 1 with errors, 2 for a usage error.
    Check {
        /// Packs, or folders of packs (default: the installed content and the interface).
        paths: Vec<PathBuf>,
        /// `json` prints {"diagnostics": [...], "coverage": [...]} on standard output.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Make translation gaps errors: a missing message, value or attribute, or variables
        /// that differ from en-US. Other warnings stay warnings.
        #[arg(long)]
        strict: bool,
        /// Fail (exit 1) on warnings too, such as the logic checker's (a condition that can
        /// never hold, an ending another hides, a flag set but never read): for CI.
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Play many headless games and report outcomes, coverage and speed.
    Simulate {
        /// The scenario, by id (`goodfaith list` shows them).
        #[arg(long)]
        scenario: String,
        /// The role the simulated player takes; `all` (the default) plays every role in
        /// turn and reports each role's results beside the whole run's.
        #[arg(long)]
        role: Option<String>,
        /// The difficulty, by id (default: the scenario's).
        #[arg(long)]
        difficulty: Option<String>,
        /// How many games (at most 10,000,000).
        #[arg(long, default_value_t = 1000)]
        games: u64,
        #[arg(long, value_enum, default_value_t = Policy::Random)]
        policy: Policy,
        /// Picks the sample of games: the same seed plays the same games, another seed
        /// an unrelated sample.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Threads (0: one per core; at most the number of cores).
        #[arg(long, default_value_t = 0)]
        jobs: usize,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Extra pack folders.
        #[arg(long = "pack")]
        packs: Vec<PathBuf>,
        /// Instead of the run's summary, tell its N-th game (from 1) in full: each decision,
        /// what happened, and every change with its cause.
        #[arg(long, value_name = "N")]
        trace: Option<u64>,
        /// The language of `--trace` (default: en-US).
        #[arg(long, visible_alias = "locale")]
        lang: Option<String>,
        /// In `--trace`, show each rule's expression beside its words.
        #[arg(long)]
        show_expressions: bool,
        /// Instead of one policy's summary, play the same games with the random, greedy and
        /// expert policies and compare each chair's outcomes (success, partial or better,
        /// score) and each policy's speed in one table.
        #[arg(long, conflicts_with_all = ["policy", "trace"])]
        compare_policies: bool,
    },
    /// Re-run a save and print its transcript.
    Replay {
        file: PathBuf,
        /// Say so on standard error when the replay reaches the state the save recorded.
        /// (A replay that does not is refused with exit status 1, unless --force.)
        #[arg(long)]
        verify: bool,
        /// Print the transcript even when the replay does not reach the saved state.
        #[arg(long)]
        force: bool,
        #[arg(long, visible_alias = "locale")]
        lang: Option<String>,
        #[arg(long = "pack")]
        packs: Vec<PathBuf>,
    },
    /// Write the debrief of a save (finished or not) for a class: the ending and score,
    /// the meters week by week, the timeline with causes, the structural factors, what decided
    /// it, the roads not taken (measured by playing on from each choice), history and the
    /// pack's discussion questions.
    Debrief {
        /// The save.
        file: PathBuf,
        /// `html`: one self-contained page that prints cleanly; `md`: Markdown; `json`: the
        /// data (docs/debrief-format.md).
        #[arg(long, value_enum, default_value_t = DebriefFormat::Html)]
        format: DebriefFormat,
        /// The language, such as en-US, ar, he or fr (default: the save's).
        #[arg(long, visible_alias = "lang")]
        locale: Option<String>,
        /// Where to write it (default: standard output).
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
        /// Debrief the game the replay reaches even when it differs from the saved one.
        #[arg(long)]
        force: bool,
        #[arg(long = "pack")]
        packs: Vec<PathBuf>,
    },
    /// Say where packs and saves are looked for, and what is found there.
    Paths {
        #[arg(long = "pack")]
        packs: Vec<PathBuf>,
    },
    /// Lesson files for teachers: write a commented template, or list the shipped lessons
    /// and the start points lessons may begin from.
    Lesson {
        #[command(subcommand)]
        action: LessonAction,
    },
    /// Where two games of one scenario diverged: the first different decision, the decisions
    /// that differed, the meters week by week side by side, and both endings.
    Compare {
        a: PathBuf,
        b: PathBuf,
        #[arg(long, value_enum, default_value_t = CompareFormat::Text)]
        format: CompareFormat,
        #[arg(long, visible_alias = "locale")]
        lang: Option<String>,
        #[arg(long = "pack")]
        packs: Vec<PathBuf>,
    },
    /// List packs, scenarios, roles and languages.
    List {
        #[arg(long = "pack")]
        packs: Vec<PathBuf>,
    },
    /// Write something new to start from: `new pack NAME` writes a commented starter pack.
    New {
        #[command(subcommand)]
        what: NewAction,
    },
    /// Draw a scenario's story graph: events and their options, actions, reactions, flags,
    /// counters and endings, with follow-ups, what each rule sets and which conditions read
    /// it. What can never happen and dead ends (set but never read) are marked.
    Graph {
        /// The scenario, by id (`goodfaith list` shows them).
        scenario: String,
        /// `dot`: Graphviz text; `mermaid`: a flowchart for Markdown; `html`: one
        /// self-contained page drawn as SVG.
        #[arg(long, value_enum, default_value_t = GraphFormat::Dot)]
        format: GraphFormat,
        /// Simulate N games (random play, every role) and put how often each event fired
        /// and each ending was reached on the nodes; what never happened is marked.
        #[arg(long, value_name = "N")]
        games: Option<u64>,
        /// Draw meters too (many more edges).
        #[arg(long)]
        meters: bool,
        /// The language of titles and words (default: en-US).
        #[arg(long, visible_alias = "locale")]
        lang: Option<String>,
        /// Where to write it (default: standard output).
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
        #[arg(long = "pack")]
        packs: Vec<PathBuf>,
    },
    /// Write the JSON Schema (draft-07) of `pack.toml` or of scenario files, for editors that
    /// check TOML as you type (Taplo, Even Better TOML, Tombi). The schema knows each table's
    /// keys, their types and what they mean; `goodfaith check` still checks names and rules.
    Schema {
        /// `pack` for `pack.toml`, `scenario` for scenario files.
        #[arg(value_enum)]
        kind: SchemaKind,
        /// Where to write it (default: standard output).
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum LessonAction {
    /// Write a lesson file to start from: the commented template, or a shipped lesson.
    New {
        /// Where to write it (default: standard output). An existing file is not replaced.
        file: Option<PathBuf>,
        /// A shipped lesson to copy, such as `nine-months/extension-bargain`.
        #[arg(long)]
        from: Option<String>,
    },
    /// List the shipped lessons and each scenario's start points.
    List {
        #[arg(long, visible_alias = "locale")]
        lang: Option<String>,
        #[arg(long = "pack")]
        packs: Vec<PathBuf>,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum CompareFormat {
    Text,
    Md,
    Json,
    Html,
}

#[derive(clap::Args, Default)]
struct PlayArgs {
    /// The scenario to play, by id (`goodfaith list` shows them; default: asked, or the only one).
    #[arg(long)]
    scenario: Option<String>,
    /// The chair to take, by id, such as `mediator` or `prime_minister` (default: asked). To
    /// play a saved game from another chair, use --load with --as.
    #[arg(long)]
    role: Option<String>,
    /// The scenario's difficulty, by id, such as `calm` or `tense` (default: the scenario's).
    #[arg(long)]
    difficulty: Option<String>,
    /// The random seed, a whole number from 0 to 18446744073709551615 (default: from the
    /// clock; shown when the game starts).
    #[arg(long, allow_negative_numbers = true, value_parser = Said(parse_seed))]
    seed: Option<u64>,
    /// Language tag, such as en-US, ar, he or fr (default: the system's); en-XA is English
    /// pseudo-localized, for finding text that is not translatable.
    #[arg(long, visible_alias = "locale")]
    lang: Option<String>,
    /// Numbered lines on standard input and output (also when either is not a terminal).
    #[arg(long)]
    plain: bool,
    /// Continue a saved game (its scenario, chair and difficulty come from the save).
    #[arg(long, conflicts_with_all = ["scenario", "role", "difficulty", "seed"])]
    load: Option<PathBuf>,
    /// Play a lesson: a lesson file, or a shipped lesson by name (`goodfaith lesson list`).
    /// With --load, the chair taken with --as must be one the lesson allows.
    #[arg(long, conflicts_with_all = ["scenario", "difficulty", "seed"])]
    lesson: Option<String>,
    /// With --load: play the same world from another chair, by role id. The decisions
    /// before --from-week are kept and the computer takes the chair you leave; the game is
    /// saved to a new file (or --save), the loaded save is left as it was.
    #[arg(long = "as", value_name = "ROLE", requires = "load")]
    as_role: Option<String>,
    /// With --as: the week the new chair takes over (default: the week the save reached).
    #[arg(long, value_name = "N", requires = "as_role")]
    from_week: Option<u16>,
    /// Play on a save whose replay no longer reaches the state it recorded (the content or
    /// the rules changed), from wherever the replay ends.
    #[arg(long, requires = "load")]
    force: bool,
    /// Save here every turn (default: a new file in the platform's data folder). The folder
    /// must exist; a file already there must be a Good Faith save.
    #[arg(long)]
    save: Option<PathBuf>,
    /// Extra pack folders.
    #[arg(long = "pack")]
    packs: Vec<PathBuf>,
    /// Colours of the terminal game: color, high-contrast or no-color (default: color, or
    /// none when NO_COLOR is set).
    #[arg(long, value_parser = Said(parse_theme))]
    theme: Option<ThemeArg>,
    /// In the terminal game, draw Arabic letters joined (presentation forms), for terminals
    /// that show them apart.
    #[arg(long)]
    shape_arabic: bool,
    /// In "why", show each rule's expression beside its words (for modders; `x` toggles it
    /// in the terminal game).
    #[arg(long)]
    show_expressions: bool,
    /// Reload the packs when their files change (for modders): the pack is checked as
    /// `check` does, its errors shown in the game, and a clean pack replaces the old one with
    /// the decisions so far played again on it. Needs the full-screen game.
    #[arg(long)]
    watch: bool,
}

/// A value parser whose message is the whole error: clap's own would echo the value again,
/// and with an invisible character in it that echo reads as an empty value.
#[derive(Clone)]
struct Said<T>(fn(&str) -> Result<T, String>);

impl<T: Clone + Send + Sync + 'static> clap::builder::TypedValueParser for Said<T> {
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<T, clap::Error> {
        (self.0)(&value.to_string_lossy())
            .map_err(|m| clap::Error::raw(clap::error::ErrorKind::InvalidValue, format!("{m}\n")).with_cmd(cmd))
    }
}

/// The seed as a whole number, with a message that says what a seed is.
fn parse_seed(s: &str) -> Result<u64, String> {
    s.trim()
        .parse()
        .map_err(|_| format!("--seed `{}` is not a seed: give a whole number from 0 to {}", s.escape_debug(), u64::MAX))
}

/// A theme by name, with a message that shows the value given, invisible characters too.
fn parse_theme(s: &str) -> Result<ThemeArg, String> {
    ThemeArg::from_str(s, true)
        .map_err(|_| format!("--theme `{}` is not a theme: choose color, high-contrast or no-color", s.escape_debug()))
}

/// The most games one `simulate` may play.
const MAX_GAMES: u64 = 10_000_000;

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ThemeArg {
    Color,
    HighContrast,
    NoColor,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum DebriefFormat {
    Html,
    Md,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum GraphFormat {
    Dot,
    Mermaid,
    Html,
}

#[derive(Clone, Copy, ValueEnum)]
enum SchemaKind {
    Pack,
    Scenario,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // Usage errors, help and the version, printed through the cleaned output like
        // everything else (an argument may hold anything).
        Err(e) => {
            let colour = e.use_stderr() && output::stderr_is_terminal() && std::env::var_os("NO_COLOR").is_none();
            let text = if colour { e.render().ansi().to_string() } else { e.render().to_string() };
            let _ = if e.use_stderr() {
                write!(output::stderr(colour), "{text}")
            } else {
                write!(output::stdout(), "{text}")
            };
            return ExitCode::from(e.exit_code().clamp(0, 255) as u8);
        }
    };
    let result = match cli.command.unwrap_or(Command::Play(cli.play)) {
        Command::Play(args) if !args.plain && io::stdin().is_terminal() && output::stdout_is_terminal() => tui(args),
        Command::Play(args) => play(args),
        Command::Check { paths, format, strict, deny_warnings } => check(paths, format, strict, deny_warnings),
        Command::Simulate {
            scenario,
            role,
            difficulty,
            games,
            policy,
            seed,
            jobs,
            format,
            packs,
            trace,
            lang,
            show_expressions,
            compare_policies,
        } => {
            let trace = trace.map(|n| (n, lang, show_expressions));
            let policy = if compare_policies { None } else { Some(policy) };
            simulate(&scenario, role, difficulty, games, policy, seed, jobs, format, packs, trace)
        }
        Command::Replay { file, verify, force, lang, packs } => replay(&file, verify, force, lang, packs),
        Command::Lesson { action } => lesson_command(action),
        Command::Compare { a, b, format, lang, packs } => compare(&a, &b, format, lang, packs),
        Command::List { packs } => list(packs),
        Command::Debrief { file, format, locale, output, force, packs } => {
            debrief(&file, format, locale, output, force, packs)
        }
        Command::Paths { packs } => paths(packs),
        Command::New { what: NewAction::Pack { name, into } } => new_pack(&name, into),
        Command::Graph { scenario, format, games, meters, lang, output, packs } => {
            graph(&scenario, format, games, meters, lang, output, packs)
        }
        Command::Schema { kind, output } => schema(kind, output),
    };
    match result {
        Ok(code) => code,
        // The reader went away (`| head`): stop quietly, as the shell's own tools do.
        Err(e)
            if e.chain()
                .any(|c| c.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)) =>
        {
            ExitCode::from(141)
        }
        Err(e) => {
            output::warn(&format!("goodfaith: {e:#}"));
            ExitCode::from(1)
        }
    }
}

/// A place packs on disk are looked for, in order of precedence.
struct PackPlace {
    /// How the place is named: `--pack`, `$GOODFAITH_PACKS`, `data folder`, `./content`.
    source: &'static str,
    path: PathBuf,
}

/// Where packs on disk are looked for, first to last: `--pack` folders, the folders in
/// `$GOODFAITH_PACKS`, the platform's data folder (`…/goodfaith/packs`), and `./content` when it
/// holds packs. The packs built into the game come after all of them.
fn pack_places(extra: &[PathBuf]) -> Vec<PackPlace> {
    let mut out: Vec<PackPlace> = extra.iter().map(|p| PackPlace { source: "--pack", path: p.clone() }).collect();
    if let Some(list) = std::env::var_os("GOODFAITH_PACKS") {
        out.extend(
            std::env::split_paths(&list)
                .filter(|p| !p.as_os_str().is_empty())
                .map(|path| PackPlace { source: "$GOODFAITH_PACKS", path }),
        );
    }
    if let Some(d) = directories::ProjectDirs::from("", "", "goodfaith") {
        out.push(PackPlace { source: "data folder", path: d.data_dir().join("packs") });
    }
    out.push(PackPlace { source: "./content", path: PathBuf::from("content") });
    out
}

/// Whether a place holds packs: it is one (it has a `pack.toml`), or a folder holds one.
fn holds_packs(place: &Path) -> bool {
    use goodfaith::files::is_regular;
    is_regular(&place.join("pack.toml"))
        || std::fs::read_dir(place)
            .is_ok_and(|entries| entries.filter_map(|e| e.ok()).any(|e| is_regular(&e.path().join("pack.toml"))))
}

/// The folders to read packs from: every `--pack` folder (a missing one is reported), and the
/// other places when they hold packs.
fn content_roots(extra: &[PathBuf]) -> Vec<PathBuf> {
    pack_places(extra).into_iter().filter(|p| p.source == "--pack" || holds_packs(&p.path)).map(|p| p.path).collect()
}

/// The installed packs: those on disk, then the built-in ones.
fn load_library(extra: &[PathBuf]) -> Result<Library> {
    let lib = Library::load_installed(&content_roots(extra));
    for n in &lib.notices {
        output::warn(&format!("goodfaith: {n}"));
    }
    Ok(lib)
}

fn print_diags(lib: &Library, diags: &[diag::Diagnostic]) {
    print_map(&lib.map, diags);
}

fn print_map(map: &goodfaith::content::SourceMap, diags: &[diag::Diagnostic]) {
    let color = output::stderr_is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let _ = write!(output::stderr(color), "{}", diag::render(map, diags, color));
}

fn check(paths: Vec<PathBuf>, format: Format, strict: bool, deny_warnings: bool) -> Result<ExitCode> {
    let (lessons, paths): (Vec<PathBuf>, Vec<PathBuf>) =
        paths.into_iter().partition(|p| goodfaith::lesson::is_lesson_file(p));
    if !lessons.is_empty() {
        let lib = load_library(&[])?;
        let errors = teaching::check_lessons(&lib, &lessons, format == Format::Json);
        if paths.is_empty() || errors > 0 {
            return Ok(if errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS });
        }
    }
    let installed = paths.is_empty();
    for r in &paths {
        if !r.exists() {
            output::warn(&format!("goodfaith: {} does not exist", r.display()));
            return Ok(ExitCode::from(2));
        }
    }
    // Packs named on the command line are checked with the installed ones beside them, so an
    // extension finds the pack it depends on; only the named packs are reported on.
    let mut lib = if installed { load_library(&[])? } else { Library::load_beside(&paths, &content_roots(&[])) };
    if installed {
        // Checking the installed game: its interface text is checked like a pack, `ui`.
        lib.add_ui(i18n::UI);
    }
    let mut checked = lib.check_all();
    if installed {
        // The shipped lessons are content too: a change to a pack must not break them.
        checked.diags.extend(teaching::shipped_lesson_diags(&mut lib));
    }
    let named: Vec<&str> = lib
        .packs
        .iter()
        .filter(|p| installed || paths.iter().any(|r| p.root.starts_with(r)))
        .map(|p| p.id.as_str())
        .collect();
    let scenarios = lib.scenarios().iter().filter(|s| named.contains(&s.pack.as_str())).count();
    if !installed {
        checked.diags.retain(|d| d.pack.is_empty() || named.contains(&d.pack.as_str()));
        checked.coverage.retain(|c| named.contains(&c.pack.as_str()));
    }
    if strict {
        diag::strict(&mut checked.diags);
    }
    let diags = &checked.diags;
    let errors = diags.iter().filter(|d| d.is_error()).count();
    match format {
        Format::Json => {
            let report = serde_json::json!({
                "diagnostics": diag::to_json(&lib.map, diags),
                "coverage": checked.coverage,
            });
            writeln!(output::stdout(), "{}", serde_json::to_string_pretty(&report)?)?;
        }
        Format::Text => {
            print_diags(&lib, diags);
            let mut out = output::stdout();
            write!(out, "{}", goodfaith::content::translation::table(&checked.coverage))?;
            out.flush()?;
            drop(out);
            output::warn(&format!(
                "checked {} pack(s), {} scenario(s): {errors} error(s), {} warning(s)",
                named.len(),
                scenarios,
                diags.len() - errors
            ));
        }
    }
    let failed = errors > 0 || (deny_warnings && diags.len() > errors);
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn build(lib: &Library, scenario: &str) -> Result<goodfaith::content::Built> {
    let known: Vec<String> = lib.scenarios().into_iter().map(|s| s.id).collect();
    if !known.iter().any(|k| k == scenario) {
        let near = goodfaith::engine::expr::suggest(scenario, known.iter().map(|s| s.as_str()))
            .map(|s| format!("did you mean `{s}`? "))
            .unwrap_or_default();
        bail!("there is no scenario `{scenario}`; {near}the scenarios are: {}", known.join(", "));
    }
    let (built, diags) = lib.build(scenario);
    match built {
        Some(b) => Ok(b),
        None => {
            print_diags(lib, &diags.into_iter().filter(|d| d.is_error()).collect::<Vec<_>>());
            bail!("scenario `{scenario}` cannot be played; run `goodfaith check` for details")
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn simulate(
    scenario: &str,
    role: Option<String>,
    difficulty: Option<String>,
    games: u64,
    policy: Option<Policy>,
    seed: u64,
    jobs: usize,
    format: Format,
    packs: Vec<PathBuf>,
    trace: Option<(u64, Option<String>, bool)>,
) -> Result<ExitCode> {
    if games > MAX_GAMES {
        bail!("--games {games} is more than one run may play ({MAX_GAMES}); run several with different --seed values");
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    if jobs > cores {
        bail!(
            "--jobs {jobs} is more than this machine's {cores} cores; use --jobs {cores} or fewer (0 uses every core)"
        );
    }
    let lib = load_library(&packs)?;
    let built = build(&lib, scenario)?;
    let sc = built.scenario.clone();
    let role = match role.as_deref() {
        Some("all") | None => None,
        Some(r) => Some(sc.role_ix(r).with_context(|| {
            let roles: Vec<&str> = sc.roles.iter().map(|x| x.id.as_str()).collect();
            format!("scenario `{scenario}` has no role `{r}`; its roles: {}, or all", roles.join(", "))
        })?),
    };
    let difficulty = pick_difficulty(&sc, difficulty.as_deref())?;
    if let Some((n, lang, raw)) = trace {
        if n == 0 || n > games {
            bail!("--trace {n} names no game of this run: give a number from 1 to {games} (the run's --games)");
        }
        let lang = match lang {
            Some(l) => asked_language(&l, &available_languages(&lib, Some(&built)))?,
            None => "en-US".to_string(),
        };
        let texts = Texts::new(&lang, &built.texts);
        let setup = simulate::game_setup(&sc, role, difficulty, seed, n - 1, true);
        let policy = policy.unwrap_or(Policy::Random);
        write!(output::stdout(), "{}", simulate::trace(&sc, &texts, setup, policy, raw))?;
        report_missing(&[&texts]);
        return Ok(ExitCode::SUCCESS);
    }
    let Some(policy) = policy else {
        let comparison = simulate::compare_policies(sc, role, difficulty, games, seed, jobs)
            .context("cannot start the simulation's threads; try a smaller --jobs")?;
        match format {
            Format::Json => writeln!(output::stdout(), "{}", serde_json::to_string_pretty(&comparison)?)?,
            Format::Text => write!(output::stdout(), "{}", simulate::comparison_to_text(&comparison))?,
        }
        return Ok(ExitCode::SUCCESS);
    };
    let summary = simulate::run(sc, role, difficulty, games, policy, seed, jobs)
        .context("cannot start the simulation's threads; try a smaller --jobs")?;
    match format {
        Format::Json => writeln!(output::stdout(), "{}", serde_json::to_string_pretty(&summary)?)?,
        Format::Text => write!(output::stdout(), "{}", simulate::to_text(&summary))?,
    }
    Ok(ExitCode::SUCCESS)
}

fn pick_difficulty(sc: &goodfaith::engine::Scenario, asked: Option<&str>) -> Result<Option<u16>> {
    Ok(match asked {
        Some(d) => {
            Some(sc.difficulties.iter().position(|x| x.id == d).with_context(|| format!("no difficulty `{d}`"))? as u16)
        }
        None => sc.default_difficulty.or(if sc.difficulties.is_empty() { None } else { Some(0) }),
    })
}

fn available_languages(lib: &Library, built: Option<&goodfaith::content::Built>) -> Vec<String> {
    let mut langs = i18n::ui_languages();
    let packs: Vec<&str> = match built {
        Some(b) => b.packs.iter().map(|p| p.id.as_str()).collect(),
        None => lib.packs.iter().map(|p| p.id.as_str()).collect(),
    };
    for p in lib.packs.iter().filter(|p| packs.contains(&p.id.as_str())) {
        for l in p.ftl.keys() {
            if !langs.contains(l) {
                langs.push(l.clone());
            }
        }
    }
    langs
}

/// The language a command's `--lang`/`--locale` asks for, or an error naming the languages
/// there are, for commands that write a document rather than fall back to English.
fn asked_language(asked: &str, available: &[String]) -> Result<String> {
    match i18n::serves(asked, available) {
        Some(lang) => Ok(lang),
        None => bail!("there is no text in `{}` (languages: {})", asked.escape_debug(), available.join(", ")),
    }
}

/// Says so when `--lang` asks for a language nothing is written in (the game then plays in
/// English), instead of falling back silently.
fn warn_unknown_language(requested: Option<&str>, available: &[String]) {
    let Some(req) = requested else { return };
    if i18n::serves(req, available).is_none() {
        let chosen = i18n::choose_language(Some(req), available);
        output::warn(&format!(
            "goodfaith: there is no text in `{}`; playing in {chosen} (languages: {})",
            req.escape_debug(),
            available.join(", ")
        ));
    }
}

fn play(args: PlayArgs) -> Result<ExitCode> {
    if args.watch {
        // Reloading redraws the game in place, which only the full-screen game can do.
        let ui = Texts::new(&i18n::choose_language(args.lang.as_deref(), &i18n::ui_languages()), &Default::default());
        output::warn(&format!("goodfaith: {}", ui.get("watch-needs-terminal")));
        return Ok(ExitCode::from(2));
    }
    let lib = load_library(&args.packs)?;
    warn_unknown_language(args.lang.as_deref(), &available_languages(&lib, None));
    let stdin = io::stdin();
    let interactive = stdin.is_terminal() && output::stdout_is_terminal();
    let echo = !stdin.is_terminal();
    let mut input = stdin.lock();
    let mut out = io::BufWriter::new(output::stdout());
    // Every pack's text, so the scenario menu shows names (`scenario-<id>`), not ids.
    let ui = Texts::new(
        &i18n::choose_language(args.lang.as_deref(), &available_languages(&lib, None)),
        &goodfaith::tui::app::all_texts(&lib),
    );

    let lesson = match &args.lesson {
        Some(name) => Some(read_lesson(&lib, name)?),
        None => None,
    };
    let mut kept_lesson: Option<SavedLesson> = None;
    let (mut game, built, lang) = if let Some(path) = &args.load {
        let (g, built, save) = load_save(&lib, path, args.force)?;
        let (g, built, save) = take_seat(&lib, &args, lesson.as_ref(), g, built, save)?;
        kept_lesson = save.lesson.clone();
        (g, built, args.lang.clone().unwrap_or(save.lang))
    } else {
        let scenarios = lib.scenarios();
        if scenarios.is_empty() {
            let errors: Vec<_> = lib.diags.iter().filter(|d| d.is_error()).cloned().collect();
            print_diags(&lib, &errors);
            bail!("no playable scenario found; run `goodfaith check` for details");
        }
        let scenario = match (&args.scenario, &lesson) {
            (_, Some(l)) => l.scenario.clone(),
            (Some(s), None) => s.clone(),
            (None, None) if scenarios.len() == 1 => scenarios[0].id.clone(),
            (None, None) => {
                let items: Vec<String> = scenarios.iter().map(|s| ui.get(&format!("scenario-{}", s.id))).collect();
                let items: Vec<String> = items
                    .into_iter()
                    .zip(&scenarios)
                    .map(|(t, s)| if t.starts_with("scenario-") { s.id.clone() } else { t })
                    .collect();
                match plain::pick(&mut input, &mut out, echo, &ui.get("pick-scenario"), &items, &ui)? {
                    Some(i) => scenarios[i].id.clone(),
                    None => return Ok(ExitCode::SUCCESS),
                }
            }
        };
        let built = build(&lib, &scenario)?;
        let asked_lang = args.lang.as_deref().or(lesson.as_ref().and_then(|l| l.language.as_deref()));
        let lang = i18n::choose_language(asked_lang, &available_languages(&lib, Some(&built)));
        let texts = Texts::new(&lang, &built.texts);
        let sc = built.scenario.clone();
        let chairs: Vec<u16> =
            lesson.as_ref().map_or_else(|| (0..sc.roles.len() as u16).collect(), |l| l.roles.clone());
        let role = match &args.role {
            Some(r) if let Some(l) = &lesson => goodfaith::lesson::setup::allowed(l, &sc, r)?,
            None if chairs.len() == 1 => chairs[0],
            Some(r) => sc.role_ix(r).with_context(|| {
                let roles: Vec<&str> = sc.roles.iter().map(|r| r.id.as_str()).collect();
                format!("scenario `{scenario}` has no role `{r}` (roles: {})", roles.join(", "))
            })?,
            None => {
                let items = labelled(&texts, "role", chairs.iter().map(|&r| sc.roles[r as usize].id.as_str()));
                match plain::pick(&mut input, &mut out, echo, &texts.get("pick-role"), &items, &texts)? {
                    Some(i) => chairs[i],
                    None => return Ok(ExitCode::SUCCESS),
                }
            }
        };
        let difficulty = match (&args.difficulty, sc.difficulties.len()) {
            _ if let Some(l) = &lesson => l.difficulty,
            (Some(d), _) => pick_difficulty(&sc, Some(d))?,
            (None, 0) => None,
            (None, _) if !interactive => pick_difficulty(&sc, None)?,
            (None, _) => {
                let items = labelled(&texts, "difficulty", sc.difficulties.iter().map(|d| d.id.as_str()));
                match plain::pick(&mut input, &mut out, echo, &texts.get("pick-difficulty"), &items, &texts)? {
                    Some(i) => Some(i as u16),
                    None => return Ok(ExitCode::SUCCESS),
                }
            }
        };
        let seed = args.seed.unwrap_or_else(clock_seed);
        let game = match &lesson {
            Some(l) => {
                kept_lesson = Some(l.saved(&sc, &lang));
                goodfaith::lesson::setup::new_game(&sc, l, role, seed)?
            }
            None => Game::new(sc.clone(), Setup { role, seed, difficulty, record: true }),
        };
        (game, built, lang)
    };

    let texts = Texts::new(&lang, &built.texts);
    let save_path = save_target(&args, &game)?;
    let preface = preface(lesson.as_ref(), &args, &game, &texts);
    let mut failed: Option<String> = None;
    let mut autosave = |g: &Game| {
        let Some(path) = &save_path else { return false };
        match Save::of(g, &built, &lang).with_lesson(kept_lesson.clone()).write(path) {
            Ok(()) => {
                failed = None;
                true
            }
            Err(e) => {
                let e = e.to_string();
                if failed.as_ref() != Some(&e) {
                    output::warn(&format!("goodfaith: {e}"));
                }
                failed = Some(e);
                false
            }
        }
    };
    let opening = if args.load.is_some() { Vec::new() } else { game.drain() };
    let mut plain = Plain::new(&mut game, &texts, &mut input, &mut out, echo, &mut autosave);
    plain.show_expressions = args.show_expressions;
    plain.lesson = kept_lesson.clone();
    plain.preface = preface;
    plain.debrief_to = save_path.clone();
    let exit = match plain.run(opening) {
        Ok(exit) => exit,
        Err(e) => {
            // The output or the input failed (a closed pipe): keep the game as it stands.
            autosave(&game);
            return Err(e.into());
        }
    };
    if exit == plain::Exit::Ended {
        autosave(&game);
    }
    out.flush()?;
    report_missing(&[&ui, &texts]);
    if failed.is_some() {
        // Said once above, with its reason; the status says the game was not kept.
        return Ok(ExitCode::from(1));
    }
    if let Some(p) = &save_path {
        let shown = goodfaith::content::text::sanitize(&p.display().to_string());
        output::warn(&texts.fmt("saved-to", &[("path", shown.clone().into())]));
        if let Some(l) = &kept_lesson
            && game.is_over()
        {
            let week = FluentValue::from(l.first_week as i64);
            output::warn(&texts.fmt("lesson-replay-hint", &[("path", shown.into()), ("week", week)]));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Reads a save (or its backup, when the file is damaged, saying so) and replays it.
fn load_save(lib: &Library, path: &Path, force: bool) -> Result<(Game, goodfaith::content::Built, Save)> {
    let (save, recovered) = Save::read_or_recover(path)?;
    if let Some(r) = &recovered {
        let ui = Texts::new(&i18n::choose_language(Some(&save.lang), &i18n::ui_languages()), &Default::default());
        let args = [
            ("path", path.display().to_string().into()),
            ("reason", r.reason.clone().into()),
            ("backup", r.backup.display().to_string().into()),
        ];
        output::warn(&format!("goodfaith: {}", ui.fmt("save-recovered", &args)));
    }
    let (g, built) = if force { save.replay(lib)? } else { save.restore(lib, path)? };
    Ok((g, built, save))
}

/// Where a plain game saves, checked before the first week so a game is never played only
/// to find it cannot be kept: `--save`, else the loaded file, else a new file of its own.
fn save_target(args: &PlayArgs, game: &Game) -> Result<Option<PathBuf>> {
    let (path, default_folder) = match (&args.save, &args.load) {
        (Some(p), _) => (p.clone(), false),
        // Another chair is a new game: the save it came from stays as it was.
        (None, Some(p)) if args.as_role.is_none() => (p.clone(), false),
        (None, _) => match save::default_path(&game.scenario().id, &game.role().id) {
            Some(p) => (p, true),
            None => return Ok(None),
        },
    };
    let loaded_here = args.load.as_ref().is_some_and(|l| l == &path);
    if loaded_here {
        goodfaith::files::clean_temps(&goodfaith::files::folder_of(&path), false);
    } else {
        save::claim(&path, default_folder)?;
    }
    Ok(Some(path))
}

/// The terminal game. Starts at the title screen, or in a game when `--load` or both
/// `--scenario` and `--role` are given.
fn tui(args: PlayArgs) -> Result<ExitCode> {
    use goodfaith::tui::theme::{Mode, Theme};
    use goodfaith::tui::{self, App, session::Session};
    let lib = std::sync::Arc::new(load_library(&args.packs)?);
    warn_unknown_language(args.lang.as_deref(), &available_languages(&lib, None));
    let theme = match args.theme {
        None => Theme::from_env(),
        Some(ThemeArg::Color) => Theme { mode: Mode::Color },
        Some(ThemeArg::HighContrast) => Theme { mode: Mode::HighContrast },
        Some(ThemeArg::NoColor) => Theme { mode: Mode::NoColor },
    };
    if let Some(p) = &args.save {
        // Checked before the terminal is taken, so a bad path is said on the normal screen.
        if args.load.as_ref() != Some(p) {
            save::claim(p, false)?;
        }
    }
    let mut app = App::new(lib.clone(), args.lang.as_deref(), theme);
    if args.watch {
        let roots: Vec<PathBuf> = content_roots(&args.packs).into_iter().filter(|r| r.is_dir()).collect();
        if roots.is_empty() {
            bail!("{}", app.ui.get("watch-nothing"));
        }
        app.watch = Some(goodfaith::tui::app::Watch::new(roots));
    }
    app.save_override = args.save.clone();
    app.shape_arabic = args.shape_arabic;
    app.show_expressions = args.show_expressions;
    app.force = args.force;
    let start = teaching::tui_session(&lib, &args, &app.lang)?;
    if let Some(teaching::TuiStart::Session(session, preface)) = start {
        app = app.with_session(*session);
        if !preface.is_empty() {
            // Over the first week, in the game's own layout (right to left included).
            app.overlay = Some(goodfaith::tui::app::Overlay::Notice(preface.join("\n")));
        }
    } else if let Some(teaching::TuiStart::Chair(chair, lang)) = start {
        let (built, lesson) = *chair;
        app.set_language(&lang);
        app.choose_lesson_chair(built, lesson);
    } else if args.lesson.is_some() || args.as_role.is_some() {
        // The student left before the game began.
        return Ok(ExitCode::SUCCESS);
    } else if let Some(path) = &args.load {
        app.load(path);
        if app.session.is_none() {
            // The save could not be read: say so on the normal screen, change nothing.
            load_save(&lib, path, args.force)?;
        }
    } else if let (Some(scenario), Some(role)) = (&args.scenario, &args.role) {
        let built = build(&lib, scenario)?;
        let sc = built.scenario.clone();
        let role = sc.role_ix(role).with_context(|| format!("scenario `{scenario}` has no role `{role}`"))?;
        let difficulty = pick_difficulty(&sc, args.difficulty.as_deref())?;
        let seed = args.seed.unwrap_or_else(clock_seed);
        let game = Game::new(sc.clone(), Setup { role, seed, difficulty, record: true });
        let path = save_target(&args, &game)?;
        let session = Session::new(game, built, app.lang.clone(), path);
        app = app.with_session(session);
    }
    tui::term::run(app)?;
    Ok(ExitCode::SUCCESS)
}

/// Names, on standard error, the messages a game showed by id because no language had
/// them: a pack's author playtesting sees what `check` would report.
fn report_missing(texts: &[&Texts]) {
    for t in texts {
        if let Some(line) = t.missing_report() {
            output::warn(&format!("goodfaith: {line}"));
        }
    }
}

/// Menu lines "name — description" for roles or difficulties.
fn labelled<'a>(texts: &Texts, kind: &str, ids: impl Iterator<Item = &'a str>) -> Vec<String> {
    ids.map(|id| {
        let msg = format!("{kind}-{id}");
        format!("{} — {}", goodfaith::i18n::capitalized(&texts.get(&msg)), texts.attr(&msg, "description"))
    })
    .collect()
}

/// A seed from the clock, for games started without `--seed` (shown to the player).
fn clock_seed() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64 % 1_000_000)
        .unwrap_or(1)
}

fn replay(file: &Path, verify: bool, force: bool, lang: Option<String>, packs: Vec<PathBuf>) -> Result<ExitCode> {
    let lib = load_library(&packs)?;
    let (game, built, save) = load_save(&lib, file, force)?;
    let lang = lang.unwrap_or(save.lang.clone());
    let texts = Texts::new(&lang, &built.texts);
    let mut out = io::BufWriter::new(output::stdout());
    let mut shadow = game.fresh(true);
    for r in shadow.drain() {
        if let Some(line) = goodfaith::present::news(&shadow, &texts, &r) {
            writeln!(out, "{line}")?;
        }
    }
    for d in game.decisions() {
        writeln!(out, "\n>> {}", goodfaith::present::decision(&shadow, &texts, d))?;
        for r in shadow.apply(*d).unwrap_or_default() {
            if let Some(line) = goodfaith::present::news(&shadow, &texts, &r) {
                writeln!(out, "{line}")?;
            }
        }
    }
    if let Some((e, score)) = game.ended() {
        writeln!(
            out,
            "\n{} ({score})",
            texts.attr(&format!("ending-{}", game.scenario().endings[e as usize].id), "title")
        )?;
    }
    out.flush()?;
    if verify {
        let (turn, state) = (game.turn(), save::fingerprint(&game));
        if turn != save.turn || state != save.state {
            output::warn(&format!(
                "goodfaith: the replay diverges from the save: it reaches turn {turn} (state {state}), the save recorded turn {} (state {})",
                save.turn, save.state
            ));
            return Ok(ExitCode::from(1));
        }
        output::warn(&format!("replay verified: turn {turn}, state {state}"));
    }
    report_missing(&[&texts]);
    Ok(ExitCode::SUCCESS)
}

fn paths(packs: Vec<PathBuf>) -> Result<ExitCode> {
    let lib = load_library(&packs)?;
    let mut out = output::stdout();
    let found_in = |root: &Path| -> Vec<String> {
        lib.packs.iter().filter(|p| p.root.starts_with(root)).map(|p| format!("{} {}", p.id, p.version)).collect()
    };
    writeln!(out, "packs are looked for here, first to last (a pack found earlier wins):")?;
    let places = pack_places(&packs);
    if !places.iter().any(|p| p.source == "--pack") {
        writeln!(out, "  --pack            (none given)")?;
    }
    if std::env::var_os("GOODFAITH_PACKS").is_none() {
        writeln!(out, "  $GOODFAITH_PACKS  (not set)")?;
    }
    for p in &places {
        let what = if !p.path.exists() {
            "not there".to_string()
        } else if !holds_packs(&p.path) {
            "no packs".to_string()
        } else {
            let found = found_in(&p.path);
            if found.is_empty() { "packs found, none used".to_string() } else { found.join(", ") }
        };
        writeln!(out, "  {:<17} {}: {what}", p.source, p.path.display())?;
    }
    let built_in = found_in(Path::new(goodfaith::content::tree::BUILT_IN));
    let built_in = if built_in.is_empty() {
        "(each replaced by the pack with its id above)".to_string()
    } else {
        built_in.join(", ")
    };
    writeln!(out, "  {:<17} {built_in}", "built in")?;
    match save::saves_dir() {
        Some(d) => writeln!(out, "saves: {}", d.display())?,
        None => writeln!(out, "saves: no data folder on this system; use --save FILE")?,
    }
    Ok(ExitCode::SUCCESS)
}

fn list(packs: Vec<PathBuf>) -> Result<ExitCode> {
    let lib = load_library(&packs)?;
    let mut out = output::stdout();
    writeln!(out, "packs:")?;
    for p in &lib.packs {
        let langs: Vec<&String> = p.ftl.keys().collect();
        writeln!(
            out,
            "  {} {} ({}) languages: {}",
            p.id,
            p.version,
            p.root.display(),
            langs.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
        )?;
    }
    writeln!(out, "scenarios:")?;
    for s in lib.scenarios() {
        writeln!(out, "  {} (pack {})", s.id, s.pack)?;
        writeln!(out, "    roles: {}", s.roles.join(", "))?;
        if !s.difficulties.is_empty() {
            writeln!(out, "    difficulties: {}", s.difficulties.join(", "))?;
        }
    }
    writeln!(out, "interface languages: {}", i18n::ui_languages().join(", "))?;
    Ok(ExitCode::SUCCESS)
}

/// `goodfaith debrief`: the debrief of a save, in one of three forms.
fn debrief(
    file: &Path,
    format: DebriefFormat,
    locale: Option<String>,
    out: Option<PathBuf>,
    force: bool,
    packs: Vec<PathBuf>,
) -> Result<ExitCode> {
    use goodfaith::debrief::{self, Debrief};
    let lib = load_library(&packs)?;
    let (game, built, save) = load_save(&lib, file, force)?;
    let available = available_languages(&lib, Some(&built));
    let lang = match locale {
        Some(l) => asked_language(&l, &available)?,
        None => i18n::choose_language(Some(&save.lang), &available),
    };
    let texts = Texts::new(&lang, &built.texts);
    let d = Debrief::of_game(&game, &texts);
    let text = match format {
        DebriefFormat::Html => debrief::html::render(&d, &texts),
        DebriefFormat::Md => debrief::markdown::render(&d, &texts),
        DebriefFormat::Json => debrief::json::render(&d),
    };
    write_or_print(out.as_deref(), &text)?;
    if let Some(path) = &out {
        output::warn(&texts.fmt("debrief-written-one", &[("path", path.display().to_string().into())]));
    }
    report_missing(&[&texts]);
    Ok(ExitCode::SUCCESS)
}

#[derive(Subcommand)]
enum NewAction {
    /// Write a commented starter pack (a small scenario that checks clean and plays to an
    /// ending) into a new folder NAME; docs/modding.md walks on from it. An existing folder
    /// is never replaced.
    Pack {
        /// The pack's id and its folder's name: lowercase letters, digits, `_` and `-`,
        /// starting with a letter.
        name: String,
        /// The folder to write the pack's folder in (default: the current folder). It must exist.
        #[arg(long, value_name = "DIR")]
        into: Option<PathBuf>,
    },
}

/// `goodfaith new pack NAME`: writes the starter pack, then says what was written and what to
/// run next.
fn new_pack(name: &str, into: Option<PathBuf>) -> Result<ExitCode> {
    let into = into.unwrap_or_else(|| PathBuf::from("."));
    let (root, written) = goodfaith::starter::write(name, &into)?;
    let texts = Texts::new(&i18n::choose_language(None, &i18n::ui_languages()), &Default::default());
    let folder = root.display().to_string();
    let mut out = output::stdout();
    writeln!(out, "{}", texts.fmt("newpack-written", &[("id", name.into()), ("path", folder.clone().into())]))?;
    for f in &written {
        writeln!(out, "  {}", f.display())?;
    }
    writeln!(out, "{}", texts.get("newpack-next"))?;
    let places = into.display().to_string();
    for command in [
        format!("goodfaith check {folder}"),
        format!("goodfaith simulate --pack {places} --scenario {name}"),
        format!("goodfaith play --pack {places} --scenario {name}"),
    ] {
        writeln!(out, "  {command}")?;
    }
    writeln!(out, "{}", texts.get("newpack-guide"))?;
    Ok(ExitCode::SUCCESS)
}

/// `goodfaith graph`: a scenario's story graph as Graphviz, Mermaid or an HTML page.
fn graph(
    scenario: &str,
    format: GraphFormat,
    games: Option<u64>,
    meters: bool,
    lang: Option<String>,
    out: Option<PathBuf>,
    packs: Vec<PathBuf>,
) -> Result<ExitCode> {
    use goodfaith::graph::{self, Graph};
    if let Some(n) = games
        && !(1..=MAX_GAMES).contains(&n)
    {
        bail!("--games {n}: give a number of games from 1 to {MAX_GAMES}");
    }
    let lib = load_library(&packs)?;
    let built = build(&lib, scenario)?;
    let available = available_languages(&lib, Some(&built));
    let lang = match lang {
        Some(l) => asked_language(&l, &available)?,
        None => "en-US".to_string(),
    };
    let sc = built.scenario.clone();
    let difficulty = pick_difficulty(&sc, None)?;
    let summary = match games {
        Some(n) => Some(
            simulate::run(sc.clone(), None, difficulty, n, Policy::Random, 1, 0)
                .context("cannot start the simulation's threads")?,
        ),
        None => None,
    };
    let texts = Texts::new(&lang, &built.texts);
    let mut g = Graph::build(&sc, &built.names, meters, summary.as_ref());
    g.titles(&sc, &texts);
    let text = match format {
        GraphFormat::Dot => graph::dot::render(&g, &texts),
        GraphFormat::Mermaid => graph::mermaid::render(&g, &texts),
        GraphFormat::Html => graph::html::render(&g, &texts),
    };
    write_or_print(out.as_deref(), &text)?;
    Ok(ExitCode::SUCCESS)
}

fn schema(kind: SchemaKind, out: Option<PathBuf>) -> Result<ExitCode> {
    use goodfaith::content::schema::{self, Kind};
    let kind = match kind {
        SchemaKind::Pack => Kind::Pack,
        SchemaKind::Scenario => Kind::Scenario,
    };
    let text = schema::json(kind);
    write_or_print(out.as_deref(), &text)?;
    Ok(ExitCode::SUCCESS)
}

/// Writes a command's output to `-o FILE` (replaced atomically) or to standard output.
fn write_or_print(out: Option<&Path>, text: &str) -> Result<()> {
    match out {
        Some(path) => goodfaith::files::write_atomic(path, text.as_bytes(), None, |_| true)
            .with_context(|| format!("cannot write {}", path.display()))?,
        None => {
            let mut o = output::stdout();
            o.write_all(text.as_bytes())?;
            o.flush()?;
        }
    }
    Ok(())
}
