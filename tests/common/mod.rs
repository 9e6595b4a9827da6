//! Helpers shared by the integration tests.
#![allow(dead_code)]

use goodfaith::content::{Built, Library};
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// The binary as a user runs it, without colour, its standard streams piped.
pub fn goodfaith() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_goodfaith"));
    cmd.env("NO_COLOR", "1").stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd
}

/// Runs a prepared command with `input` on standard input; what it printed and its status.
pub fn run_command(cmd: &mut Command, input: &str) -> Output {
    let mut child = cmd.spawn().unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

/// Runs `goodfaith ARGS` with `input` on standard input.
pub fn run(args: &[&str], input: &str) -> Output {
    run_command(goodfaith().args(args), input)
}

/// Builds a scenario from the shipped content and the test fixtures.
pub fn build(scenario: &str) -> Built {
    let lib = Library::load(&[PathBuf::from("content"), PathBuf::from("tests/fixtures/packs")]);
    let (built, diags) = lib.build(scenario);
    built.unwrap_or_else(|| {
        panic!("{}", goodfaith::content::diag::render(&lib.map, &diags, false));
    })
}

/// Every scenario shipped under `content/` plus the `mini` fixture.
pub fn all_scenarios() -> Vec<Built> {
    let lib = Library::load(&[PathBuf::from("content"), PathBuf::from("tests/fixtures/packs")]);
    lib.scenarios().iter().map(|s| build(&s.id)).collect()
}

/// Presses keys in the terminal game: `\n` is Enter, `\x1b` Esc, `\t` Tab, anything else
/// that character.
pub fn press(a: &mut goodfaith::tui::App, keys: &str) {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    for c in keys.chars() {
        let code = match c {
            '\n' => KeyCode::Enter,
            '\x1b' => KeyCode::Esc,
            '\t' => KeyCode::Tab,
            c => KeyCode::Char(c),
        };
        a.on_key(KeyEvent::new(code, KeyModifiers::NONE));
    }
}

/// Draws the terminal game once at `w`×`h` on a test backend.
pub fn render(a: &mut goodfaith::tui::App, w: u16, h: u16) -> ratatui::Terminal<ratatui::backend::TestBackend> {
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
    t.draw(|f| goodfaith::tui::view::draw(a, f)).unwrap();
    t
}

/// The first random game, from seed 0 on, played in `role`, that ends in `ending` told by the
/// account `variant`.
pub fn find_ending(built: &Built, role: &str, ending: &str, variant: &str) -> goodfaith::engine::Game {
    use goodfaith::engine::Setup;
    use goodfaith::simulate::{Policy, play_one};
    let sc = &built.scenario;
    let role = sc.role_ix(role).unwrap();
    for seed in 0..20_000 {
        let g = play_one(sc, Setup { role, seed, difficulty: None, record: true }, Policy::Random);
        let (e, _) = g.ended().unwrap();
        let told = g.ended_variant().map(|v| sc.endings[e as usize].variants[v as usize].id.as_str());
        if sc.endings[e as usize].id == ending && told == Some(variant) {
            return g;
        }
    }
    panic!("no random game ended in {ending} / {variant}");
}

/// The game a decision script in `tests/scenarios/` plays (its scenario, chair, seed,
/// difficulty and decisions; what it expects is checked by `tests/scenarios.rs`).
pub fn replay_case(path: &str) -> (Built, goodfaith::engine::Game) {
    use goodfaith::engine::{Game, Setup};
    #[derive(serde::Deserialize)]
    struct Case {
        scenario: String,
        role: String,
        seed: u64,
        difficulty: Option<String>,
        decisions: Vec<String>,
    }
    let case: Case = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap_or_else(|e| panic!("{path}: {e}"));
    let built = build(&case.scenario);
    let sc = built.scenario.clone();
    let role = sc.role_ix(&case.role).unwrap_or_else(|| panic!("{path}: no role {}", case.role));
    let difficulty =
        case.difficulty.as_ref().map(|d| sc.difficulties.iter().position(|x| &x.id == d).expect("difficulty") as u16);
    let mut g = Game::new(sc, Setup { role, seed: case.seed, difficulty, record: true });
    for (i, text) in case.decisions.iter().enumerate() {
        let d =
            goodfaith::save::decode(&g, text).unwrap_or_else(|e| panic!("{path}: decision {} `{text}`: {e}", i + 1));
        g.apply(d).unwrap_or_else(|e| panic!("{path}: decision {} `{text}`: {e}", i + 1));
    }
    (built, g)
}
