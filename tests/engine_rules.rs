//! Rules of the engine on the `mini` fixture, one behaviour per test.

mod common;

use goodfaith::engine::{Decision, Game, Phase, Setup, Target};
use goodfaith::save::decode;

fn game(seed: u64) -> (goodfaith::content::Built, Game) {
    let built = common::build("mini");
    let g = Game::new(built.scenario.clone(), Setup { role: 0, seed, difficulty: None, record: true });
    (built, g)
}

fn apply(g: &mut Game, text: &str) {
    let d = decode(g, text).unwrap_or_else(|e| panic!("{text}: {e}"));
    g.apply(d).unwrap_or_else(|e| panic!("{text}: {e}"));
}

#[test]
fn a_signed_table_cannot_be_proposed_again() {
    let (built, mut g) = game(7);
    for d in ["choose opening.listen", "act draft border.line", "act propose"] {
        apply(&mut g, d);
    }
    assert_eq!(built.eval(&g, "agreements").unwrap(), 1);
    let propose = g.scenario().action_ix("propose").unwrap();
    assert!(g.valid_targets(propose).is_empty(), "nothing new to sign");
    assert!(g.apply(Decision::Act { action: propose, target: Target::None }).is_err());
}

#[test]
fn a_red_line_on_the_table_is_always_a_no() {
    let (built, mut g) = game(7);
    for d in ["choose opening.listen", "act draft border.wall", "act propose"] {
        apply(&mut g, d);
    }
    assert_eq!(built.eval(&g, "red_line.south").unwrap(), 1);
    assert_eq!(built.eval(&g, "accepts.south").unwrap(), 0);
    assert_eq!(built.eval(&g, "signed.border").unwrap(), 0);
}

#[test]
fn a_flag_set_for_two_turns_lasts_this_turn_and_the_next() {
    let (built, mut g) = game(7);
    apply(&mut g, "choose opening.listen");
    apply(&mut g, "act meet north");
    assert_eq!(built.eval(&g, "flag.met").unwrap(), 1);
    apply(&mut g, "end");
    assert_eq!(built.eval(&g, "flag.met").unwrap(), 1, "still set in the next turn");
    apply(&mut g, "end");
    assert_eq!(built.eval(&g, "flag.met").unwrap(), 0, "expired after two turns");
}

#[test]
fn invalid_decisions_are_rejected_not_applied() {
    let (_, mut g) = game(7);
    assert!(matches!(g.phase(), Phase::Choosing(_)));
    let before = goodfaith::save::fingerprint(&g);
    assert!(g.apply(Decision::EndTurn).is_err(), "a choice is pending");
    assert!(g.apply(Decision::Choose(9)).is_err(), "no such option");
    assert_eq!(goodfaith::save::fingerprint(&g), before);
    apply(&mut g, "choose opening.listen");
    assert!(g.apply(Decision::Choose(0)).is_err(), "nothing to choose now");
    let meet = g.scenario().action_ix("meet").unwrap();
    let envoy = g.scenario().actor_ix("envoy").unwrap();
    assert!(g.apply(Decision::Act { action: meet, target: Target::Actor(envoy) }).is_err(), "not one's own actor");
}

#[test]
fn every_change_names_its_cause() {
    let (_, mut g) = game(7);
    apply(&mut g, "choose opening.press");
    let causes: Vec<_> = g
        .log()
        .iter()
        .filter_map(|r| match r {
            goodfaith::engine::Report::Changed { cause, .. } => Some(*cause),
            _ => None,
        })
        .collect();
    assert!(!causes.is_empty());
    assert!(causes.iter().any(|c| matches!(c.source, goodfaith::engine::Source::Option(_, 1)) && c.effect == Some(0)));
}

#[test]
fn the_deadline_always_ends_the_game() {
    let (built, mut g) = game(3);
    apply(&mut g, "choose opening.listen");
    while g.ended().is_none() {
        g.apply(Decision::EndTurn).unwrap();
    }
    let (ending, _) = g.ended().unwrap();
    assert_eq!(g.scenario().endings[ending as usize].id, "timeout");
    assert_eq!(g.turn(), built.scenario.turns);
}

/// Regression: the opening week's reports were logged when the game began and again with the
/// first decision unless the front end drained them, so week 1 was told twice in the log,
/// the "why" view, the debrief and loaded saves.
#[test]
fn the_opening_week_is_logged_once_whether_or_not_it_is_drained() {
    for drain in [false, true] {
        let (_, mut g) = game(7);
        if drain {
            assert!(!g.drain().is_empty());
        }
        apply(&mut g, "choose opening.listen");
        apply(&mut g, "end");
        let week_one =
            g.log().iter().filter(|r| matches!(r, goodfaith::engine::Report::TurnBegan { turn: 1, .. })).count();
        assert_eq!(week_one, 1, "drained: {drain}");
    }
}

/// Regression: trends counted from after the week's reactions, so a meter the player saw at
/// 16 that reactions cut to 12 and events raised to 14 showed "14 ▲ +2". A trend is the
/// change since the values the player last saw, as their turn ended.
#[test]
fn a_trend_is_the_change_since_the_player_last_saw_the_value() {
    let built = common::build("nine-months");
    let mut g = Game::new(built.scenario.clone(), Setup { role: 0, seed: 11, difficulty: None, record: true });
    for _ in 0..12 {
        while let Phase::Choosing(e) = g.phase() {
            let o = g.available_options(e)[0];
            g.apply(Decision::Choose(o)).unwrap();
        }
        if g.ended().is_some() {
            break;
        }
        let seen = g.values().to_vec();
        g.apply(Decision::EndTurn).unwrap();
        for (slot, before) in seen.iter().enumerate() {
            assert_eq!(g.trend(slot as u32), i64::from(g.value(slot as u32)) - i64::from(*before), "slot {slot}");
        }
    }
}

#[test]
fn a_vague_wording_crosses_only_its_own_red_lines() {
    // Nine Months: the nation-state clause is a Palestinian red line in plain words, and
    // its vague wording ("two states for two peoples") lists none of its own.
    let built = common::build("nine-months");
    let role = built.scenario.role_ix("secretary_of_state").unwrap();
    let mut g = Game::new(built.scenario.clone(), Setup { role, seed: 1, difficulty: None, record: true });
    while matches!(g.phase(), Phase::Choosing(_)) {
        g.apply(Decision::Choose(0)).unwrap();
    }
    apply(&mut g, "act draft_text recognition.jewish_nation_state");
    assert_eq!(built.eval(&g, "red_line.palestine").unwrap(), 1);
    apply(&mut g, "act draft_text recognition.jewish_nation_state ambiguous");
    assert_eq!(built.eval(&g, "red_line.palestine").unwrap(), 0);
    let (recognition, nation_state) = (4, 0);
    assert_eq!(
        g.option_red_line_seen(recognition, nation_state, false, built.scenario.actor_ix("palestine").unwrap()),
        Some(true)
    );
    assert_eq!(
        g.option_red_line_seen(recognition, nation_state, true, built.scenario.actor_ix("palestine").unwrap()),
        Some(false)
    );
}
