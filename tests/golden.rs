//! Golden transcripts of plain mode: a seed and a fixed input give a fixed transcript.
//! Any change to what a player reads shows up here as a snapshot diff to review.

mod common;

use goodfaith::engine::{Game, Setup};
use goodfaith::i18n::Texts;
use goodfaith::plain::{Exit, Plain};
use std::io::Cursor;

/// A fixed input: mostly first choices, some second ones, ending the week now and then,
/// with a help, a status, a why and an invalid line along the way.
fn input(seed: u64) -> String {
    let mut s = String::from("?\nw\nx\n");
    for i in 0..200u64 {
        let n = match (i + seed) % 7 {
            0 | 3 => "0",
            1 | 4 => "1",
            2 => "2",
            5 => "3",
            _ => "1",
        };
        s.push_str(n);
        s.push('\n');
        if i % 37 == 5 {
            s.push_str("s\n");
        }
    }
    s
}

fn transcript(scenario: &str, role: &str, seed: u64) -> (String, Exit) {
    transcript_in("en-US", scenario, role, seed)
}

fn transcript_in(lang: &str, scenario: &str, role: &str, seed: u64) -> (String, Exit) {
    transcript_of(lang, scenario, role, seed, &input(seed))
}

fn transcript_of(lang: &str, scenario: &str, role: &str, seed: u64, input: &str) -> (String, Exit) {
    let (text, exit, _) = play_plain(lang, scenario, role, seed, input, false);
    (text, exit)
}

/// Plays a game in plain mode on `input`: the transcript, how it ended, and the game.
fn play_plain(
    lang: &str,
    scenario: &str,
    role: &str,
    seed: u64,
    input: &str,
    show_expressions: bool,
) -> (String, Exit, Game) {
    let built = common::build(scenario);
    let sc = built.scenario.clone();
    let role = sc.role_ix(role).expect("role");
    let mut g = Game::new(sc.clone(), Setup { role, seed, difficulty: sc.default_difficulty, record: true });
    let texts = Texts::new(lang, &built.texts);
    let opening = g.drain();
    let mut out = Vec::new();
    let mut autosave = |_: &Game| true;
    let mut p = Plain::new(&mut g, &texts, Cursor::new(input.to_string()), &mut out, true, &mut autosave);
    p.show_expressions = show_expressions;
    let exit = p.run(opening).unwrap();
    assert!(texts.missing().is_empty(), "messages missing: {:?}", texts.missing());
    (String::from_utf8(out).unwrap(), exit, g)
}

#[test]
fn golden_transcripts() {
    let cases: &[(&str, &str, u64)] = &[
        ("tutorial", "mediator", 1),
        ("tutorial", "mediator", 7),
        ("tutorial", "israeli_negotiator", 3),
        ("tutorial", "palestinian_negotiator", 4),
        ("tutorial", "mediator", 5),
        ("mini", "envoy", 7),
    ];
    for (scenario, role, seed) in cases {
        let (text, _) = transcript(scenario, role, *seed);
        assert!(!text.contains('\u{1b}'));
        insta::assert_snapshot!(format!("{scenario}-{role}-seed{seed}"), text);
    }
}

#[test]
fn the_same_seed_and_input_give_the_same_bytes() {
    let (a, _) = transcript("tutorial", "mediator", 7);
    let (b, _) = transcript("tutorial", "mediator", 7);
    assert_eq!(a, b);
    let (c, _) = transcript("tutorial", "mediator", 8);
    assert_ne!(a, c, "a different seed should give a different game");
}

/// Whether a line is a bare message id (`event-foo`, `event-foo.title`, maybe numbered),
/// which is what a missing translation would print.
fn is_message_id(line: &str) -> bool {
    let line = line.trim();
    let line =
        line.split_once(". ").filter(|(n, _)| n.chars().all(|c| c.is_ascii_digit())).map_or(line, |(_, rest)| rest);
    line.contains('-')
        && line.starts_with(|c: char| c.is_ascii_lowercase())
        && line.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.'))
}

#[test]
fn golden_transcripts_in_every_language() {
    for lang in ["ar", "he", "fr"] {
        let (text, _) = transcript_in(lang, "tutorial", "mediator", 7);
        assert!(!text.contains('\u{1b}'));
        let leaked: Vec<&str> = text.lines().filter(|l| is_message_id(l)).collect();
        assert!(leaked.is_empty(), "{lang}: message ids instead of text: {leaked:?}");
        insta::assert_snapshot!(format!("tutorial-mediator-seed7-{lang}"), text);
    }
    assert!(is_message_id("event-water-talks"), "the check recognises an id");
    assert!(is_message_id("2. event-water-talks.title"));
    assert!(!is_message_id("Semaine 1 — vote à l'ONU"));
}

/// Plain mode prints logical order: right-to-left text comes out as stored, never
/// reordered for display, so screen readers and terminals that do their own bidi read it.
#[test]
fn plain_mode_prints_logical_order() {
    use goodfaith::tui::bidi::{self, Flow};
    for lang in ["he", "ar"] {
        let (text, _) = transcript_in(lang, "tutorial", "mediator", 7);
        let built = common::build("tutorial");
        let texts = Texts::new(lang, &built.texts);
        let end_turn = texts.get("end-turn");
        let shown = bidi::visual(&end_turn, Flow::RTL);
        assert_ne!(end_turn, shown, "{lang}: the label has right-to-left letters");
        assert!(text.contains(&end_turn), "{lang}: {end_turn} is printed as stored");
        assert!(!text.contains(&shown), "{lang}: nothing is printed in display order");
    }
}

/// A proposal prints each signatory's answer and, for a refusal, the reason in words: the
/// same lines the terminal game's result panel shows.
#[test]
fn a_proposal_prints_each_signatorys_answer_and_reason() {
    // The first option, then draft the first wording of the first issue (a red line for the
    // Palestinian delegation) and put the table to the delegations.
    let keys = "1\n3\n1\n1\n4\n";
    let (text, _) = transcript_of("en-US", "tutorial", "mediator", 7, keys);
    let result: Vec<&str> = text.lines().skip_while(|l| !l.starts_with("You: Put a proposal")).take(4).collect();
    insta::assert_snapshot!("tutorial-proposal-rejected", result.join("\n"));
    assert!(result.iter().any(|l| l.contains("its trust in") && l.contains("it needs")), "{result:?}");
    assert!(result.iter().any(|l| l.contains("crosses its red line on")), "{result:?}");
    for lang in ["ar", "he", "fr"] {
        let (text, _) = transcript_of(lang, "tutorial", "mediator", 7, keys);
        let built = common::build("tutorial");
        let texts = Texts::new(lang, &built.texts);
        let red = texts.fmt("refusal-red-line", &[("issue", "@".into())]);
        let (before, _) = red.split_once('@').unwrap();
        assert!(text.contains(before.trim_start_matches('\u{2068}')), "{lang}: the red line is named:\n{text}");
    }
}

/// Plain mode is for screen readers: it reads words ("up 5", "from 40 to 45"), never the
/// signs a screen reader speaks as symbol names (issue 13, item 10).
#[test]
fn plain_mode_reads_words_not_symbols() {
    for lang in ["en-US", "ar", "he", "fr"] {
        let (text, _) = transcript_in(lang, "tutorial", "mediator", 7);
        let signs: Vec<&str> =
            text.lines().filter(|l| l.contains(['▲', '▼', '→', '←', '■', '•', '✓', '✗', '≈', '·'])).collect();
        assert!(signs.is_empty(), "{lang}: signs read as symbol names: {signs:?}");
    }
}

/// The action menu is printed once a week, short (name and cost), and again only on `m`
/// or `?`: an action no longer reprints it.
#[test]
fn plain_mode_prints_the_short_menu_once_a_week() {
    let (text, _) = transcript("tutorial", "mediator", 7);
    let weeks = text.lines().filter(|l| l.starts_with("=== Week")).count();
    let menus = text.lines().filter(|l| l.trim() == "0. End the week").count();
    // One a week at most, and one more for the `?` at the start.
    assert!(menus <= weeks + 1, "{menus} menus in {weeks} weeks");
    assert!(text.contains("(m: the menu again"), "after an action, only a hint");
}

/// `n` ends quiet weeks until something needs the player; a choice is never skipped and
/// the briefing says what changed across the weeks ended.
#[test]
fn n_ends_quiet_weeks_but_never_a_choice() {
    let (text, _, g) = play_plain("en-US", "tutorial", "mediator", 7, &"1\nn\n".repeat(40), false);
    // Every event that asked the player was answered by the player.
    let player_choices = g.decisions().iter().filter(|d| matches!(d, goodfaith::engine::Decision::Choose(_))).count();
    let asked = text.matches("What do you do?").count();
    assert_eq!(player_choices, asked, "{text}");
    assert!(text.contains("your briefing"), "{text}");
}

/// "Why" in plain mode tells each rule in words; `--show-expressions` adds the expression,
/// for modders.
#[test]
fn why_shows_expressions_only_when_asked() {
    let run = |raw: bool| play_plain("en-US", "tutorial", "mediator", 7, "1\n2\nw\nq\n", raw).0;
    let words = run(false);
    assert!(words.contains("because of your action") && words.contains("(rises by"), "{words}");
    assert!(!words.contains("+="), "{words}");
    assert!(run(true).contains("+="));
}

/// Phase Two's historical start in plain mode: the record's first week (the three beats with
/// their facts, the opening positions), then the week-2 note that the record ends there and
/// the game's own story begins.
#[test]
fn phase_two_historical_start() {
    let (text, _) = transcript_of("en-US", "phase-two", "prime_minister", 1, "1\n0\n0\nq\n");
    assert!(text.contains("Phase Two declared open") && text.contains("Where the record ends"), "{text}");
    insta::assert_snapshot!("phase-two-prime_minister-historical-start", text);
}
