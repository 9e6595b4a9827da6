//! The chairs nobody plays draft: in Nine Months the US team tables the framework in the
//! weeks of the history and puts it to a leader's chair, which answers it (accept, amend or
//! reject); the other leader opens with its own side's positions and counter-proposes; the
//! Secretary's own games are untouched.

mod common;

use goodfaith::engine::layout::PROPOSALS;
use goodfaith::engine::{Decision, Game, Phase, Report, Setup};

const FIVE: [&str; 5] = ["borders", "security", "jerusalem", "refugees", "recognition"];

/// A game in `role` played quietly (each choice its first open option, the other leader's
/// opening kept on the table, no action) until the US text is put to the chair, for the
/// first seed where that happens by week 30.
fn until_put(role: &str) -> Game {
    let built = common::build("nine-months");
    let sc = built.scenario.clone();
    let put = sc.event_ix("framework_put").unwrap();
    let opening = sc.event_ix("opening_put").unwrap();
    let amend = sc.events[opening as usize].options.iter().position(|o| o.id == "amend").unwrap() as u8;
    let r = sc.role_ix(role).unwrap();
    for seed in 1..40 {
        let mut g = Game::new(sc.clone(), Setup { role: r, seed, difficulty: sc.default_difficulty, record: true });
        while !g.is_over() && g.turn() <= 30 {
            match g.phase() {
                Phase::Choosing(e) if e == put => return g,
                // The other leader's opening text stays on the table, unanswered.
                Phase::Choosing(e) if e == opening => g.apply(Decision::Choose(amend)).unwrap(),
                Phase::Choosing(e) => g.apply(Decision::Choose(first(&g, e))).unwrap(),
                _ => g.apply(Decision::EndTurn).unwrap(),
            };
        }
    }
    panic!("{role}: the US text was never put to the chair by week 30");
}

/// The first option of event `e` open to the player now.
fn first(g: &Game, e: u16) -> u8 {
    g.available_options(e)[0]
}

fn option(g: &Game, id: &str) -> u8 {
    let sc = g.scenario();
    let e = sc.event_ix("framework_put").unwrap();
    sc.events[e as usize].options.iter().position(|o| o.id == id).unwrap() as u8
}

fn framework_on_table_by_the_us(g: &Game) {
    let sc = g.scenario();
    let usa = sc.actor_ix("usa").unwrap();
    // Every issue is on the table: the US team's words where the table was empty, the other
    // leader's opening positions where it tabled them in the autumn.
    let other = sc.actor_ix(if g.actor() == sc.actor_ix("israel").unwrap() { "palestine" } else { "israel" }).unwrap();
    for id in FIVE {
        let i = sc.issue_ix(id).unwrap();
        assert!(g.table(i).is_some(), "{id} is not on the table in week {}", g.turn());
        let by = g.author(i);
        assert!(by == Some(usa) || by == Some(other), "{id} was tabled by {by:?}");
    }
    // The history's opening words: Jerusalem only as "aspirations".
    let j = sc.issue_ix("jerusalem").unwrap();
    let aspirations = sc.issues[j as usize].options.iter().position(|o| o.id == "aspirations").unwrap() as u8;
    assert_eq!(g.table(j), Some((aspirations, false)));
    assert!((29..=30).contains(&g.turn()), "put in week {}", g.turn());
    assert_eq!(g.awaiting(), Some(usa));
}

fn answers(reports: &[Report]) -> Vec<(u16, bool)> {
    reports
        .iter()
        .filter_map(|r| if let Report::Responded { actor, accepts, .. } = r { Some((*actor, *accepts)) } else { None })
        .collect()
}

#[test]
fn the_us_team_puts_the_framework_to_either_leader_and_their_answer_counts() {
    for role in ["prime_minister", "palestinian_president"] {
        let g = until_put(role);
        framework_on_table_by_the_us(&g);
        let me = g.actor();
        let before = g.value(PROPOSALS);

        // Accept: the text is put, the player's actor says yes and every signatory answers.
        let mut a = g.clone();
        let out = a.apply(Decision::Choose(option(&a, "accept"))).unwrap();
        assert_eq!(a.value(PROPOSALS), before + 1, "{role}: accepting puts the text");
        let said = answers(&out);
        assert!(said.contains(&(me, true)), "{role}: {said:?}");
        assert_eq!(said.len(), 3, "{role}: every signatory answers: {said:?}");
        assert_eq!(a.awaiting(), None);

        // Reject: the text is put and the player's actor says no, so nothing is signed.
        let mut r = g.clone();
        let out = r.apply(Decision::Choose(option(&r, "reject"))).unwrap();
        assert_eq!(r.value(PROPOSALS), before + 1);
        assert!(answers(&out).contains(&(me, false)), "{role}");
        assert!(out.contains(&Report::Rejected), "{role}: a rejected text is not signed");
        assert!(!out.iter().any(|x| matches!(x, Report::Signed { .. })));

        // Amend: nothing is put; the text stays for the player to change and put.
        let mut m = g.clone();
        let out = m.apply(Decision::Choose(option(&m, "amend"))).unwrap();
        assert_eq!(m.value(PROPOSALS), before, "{role}: amending puts nothing");
        assert!(answers(&out).is_empty());
        assert_eq!(m.phase(), Phase::Acting);
        let sc = m.scenario().clone();
        let draft = sc.action_ix("draft_text").unwrap();
        let i = sc.issue_ix("jerusalem").unwrap();
        let target = goodfaith::engine::Target::Issue { issue: i, option: 2, ambiguous: false };
        m.apply(Decision::Act { action: draft, target }).unwrap();
        assert_eq!(m.author(i), Some(me), "{role}: the amended clause is the player's");
        assert_eq!(m.author(sc.issue_ix("refugees").unwrap()), sc.actor_ix("usa"), "the rest stays the US team's");
    }
}

#[test]
fn a_save_replays_the_answer_to_the_same_game() {
    let g = until_put("prime_minister");
    let mut played = g.clone();
    played.apply(Decision::Choose(option(&played, "reject"))).unwrap();
    played.apply(Decision::EndTurn).unwrap();
    let mut again = played.fresh(true);
    for &d in played.decisions() {
        again.apply(d).unwrap();
    }
    assert_eq!(again.values(), played.values());
    assert_eq!(again.log(), played.log());
}

#[test]
fn the_secretary_writes_the_framework_alone() {
    let built = common::build("nine-months");
    let sc = built.scenario.clone();
    let r = sc.role_ix("secretary_of_state").unwrap();
    for seed in 1..10 {
        let mut g = Game::new(sc.clone(), Setup { role: r, seed, difficulty: sc.default_difficulty, record: true });
        while !g.is_over() && g.turn() <= 36 {
            match g.phase() {
                Phase::Choosing(e) => g.apply(Decision::Choose(first(&g, e))).unwrap(),
                _ => g.apply(Decision::EndTurn).unwrap(),
            };
        }
        assert!(
            !g.log().iter().any(|x| matches!(x, Report::Tabled { .. } | Report::Put { .. })),
            "seed {seed}: a computer chair drafted in the Secretary's game"
        );
        assert!((0..sc.issues.len() as u16).all(|i| g.table(i).is_none()));
    }
}

#[test]
fn the_other_leader_counter_proposes_after_refusing() {
    // Played as the Prime Minister, rejecting every US text: the team revises it, and the
    // President, once it has refused a text, puts a counter-text of its own or tables one.
    let mut g = until_put("prime_minister");
    let sc = g.scenario().clone();
    let palestine = sc.actor_ix("palestine").unwrap();
    let (put, counter) = (sc.event_ix("framework_put").unwrap(), sc.event_ix("counter_put").unwrap());
    while !g.is_over() && g.turn() <= 40 {
        match g.phase() {
            Phase::Choosing(e) if e == put || e == counter => {
                let o = sc.events[e as usize].options.iter().position(|o| o.id == "reject").unwrap() as u8;
                g.apply(Decision::Choose(o)).unwrap()
            }
            Phase::Choosing(e) => g.apply(Decision::Choose(first(&g, e))).unwrap(),
            _ => g.apply(Decision::EndTurn).unwrap(),
        };
    }
    let usa = sc.actor_ix("usa").unwrap();
    let by = |a: u16| g.log().iter().filter(|x| matches!(x, Report::Tabled { actor, .. } if *actor == a)).count();
    let puts = g.log().iter().filter(|x| matches!(x, Report::Put { actor } if *actor == usa)).count();
    assert!(puts >= 2, "the US team put its text {puts} time(s)");
    assert!(by(usa) > FIVE.len(), "the US team never revised its text");
    assert!(by(palestine) >= 1, "the President never tabled a counter-text");
}

/// Regression: when every framework issue already held the player's own wording, the US
/// team's first act placed nothing yet still counted, and it put "a proposal from US
/// mediators" that was the player's text. Now the team puts a table only after it has
/// tabled words of its own.
#[test]
fn the_us_team_never_puts_the_players_own_text_as_its_own() {
    let built = common::build("nine-months");
    let sc = built.scenario.clone();
    let r = sc.role_ix("prime_minister").unwrap();
    let usa = sc.actor_ix("usa").unwrap();
    let draft = sc.roles[r as usize]
        .actions
        .iter()
        .copied()
        .find(|&a| sc.actions[a as usize].id == "draft_text")
        .expect("the Prime Minister drafts");
    for seed in 1..6 {
        let mut g = Game::new(sc.clone(), Setup { role: r, seed, difficulty: sc.default_difficulty, record: true });
        let mut drafted = 0;
        while !g.is_over() && g.turn() <= 34 {
            let d = match g.phase() {
                Phase::Choosing(e) => Decision::Choose(first(&g, e)),
                _ if drafted < FIVE.len() && g.action_available(draft) => {
                    let issue = sc.issue_ix(FIVE[drafted]).unwrap();
                    let target = g
                        .valid_targets(draft)
                        .into_iter()
                        .find(|t| matches!(t, goodfaith::engine::Target::Issue { issue: i, .. } if *i == issue));
                    drafted += 1;
                    match target {
                        Some(target) => Decision::Act { action: draft, target },
                        None => continue,
                    }
                }
                _ => Decision::EndTurn,
            };
            if g.apply(d).is_err() {
                g.apply(Decision::EndTurn).unwrap();
            }
        }
        let mut tabled = false;
        for rep in g.log() {
            match rep {
                Report::Tabled { actor, .. } if *actor == usa => tabled = true,
                Report::Put { actor } if *actor == usa => {
                    assert!(tabled, "seed {seed}: the US team put a table holding only the player's words")
                }
                _ => {}
            }
        }
    }
}

/// Plays `role` quietly to the end of `last_week`: each choice `pick`s an option id when the
/// event has it, its first option otherwise; no action.
fn quiet(role: &str, seed: u64, last_week: u16, pick: &str) -> Game {
    let built = common::build("nine-months");
    let sc = built.scenario.clone();
    let r = sc.role_ix(role).unwrap();
    let mut g = Game::new(sc.clone(), Setup { role: r, seed, difficulty: sc.default_difficulty, record: true });
    while !g.is_over() && g.turn() <= last_week {
        match g.phase() {
            Phase::Choosing(e) => {
                let opts = &sc.events[e as usize].options;
                let o = opts.iter().position(|o| o.id == pick).map_or_else(|| first(&g, e), |o| o as u8);
                g.apply(Decision::Choose(o)).unwrap()
            }
            _ => g.apply(Decision::EndTurn).unwrap(),
        };
    }
    g
}

#[test]
fn in_a_negotiators_game_the_us_team_tables_its_text_for_the_negotiator_to_put() {
    for role in ["israeli_negotiator", "palestinian_negotiator"] {
        let mut seen = false;
        for seed in 1..20 {
            let g = quiet(role, seed, 31, "");
            let sc = g.scenario();
            let usa = sc.actor_ix("usa").unwrap();
            let tabled = g.log().iter().any(|x| matches!(x, Report::Tabled { actor, .. } if *actor == usa));
            assert!(
                !g.log().iter().any(|x| matches!(x, Report::Put { actor } if *actor == usa)),
                "{role}, seed {seed}: the US team put its text over the negotiator's head"
            );
            if tabled {
                seen = true;
                let j = sc.issue_ix("jerusalem").unwrap();
                assert_eq!(g.author(j), Some(usa), "{role}, seed {seed}");
                break;
            }
        }
        assert!(seen, "{role}: the US team never tabled its text by week 31");
    }
}

#[test]
fn in_march_the_us_team_revises_its_own_text_on_jerusalem_and_puts_it() {
    // The President amends every US text (it stays on the table as the team wrote it): by
    // the week of 17 March the team's January "aspirations" has become a capital in
    // Jerusalem, and the nation-state clause is still there.
    let mut revised = false;
    for seed in 1..30 {
        let g = quiet("palestinian_president", seed, 37, "amend");
        let sc = g.scenario();
        let usa = sc.actor_ix("usa").unwrap();
        let j = sc.issue_ix("jerusalem").unwrap();
        let options = &sc.issues[j as usize].options;
        let capital = options.iter().position(|o| o.id == "capital_in_jerusalem").unwrap() as u8;
        let when = g.log().iter().position(
            |x| matches!(x, Report::Tabled { actor, issue, option, .. } if *actor == usa && *issue == j && *option == capital),
        );
        let Some(at) = when else { continue };
        revised = true;
        assert_eq!(g.table(j), Some((capital, false)), "seed {seed}");
        assert_eq!(g.author(j), Some(usa));
        let rec = sc.issue_ix("recognition").unwrap();
        let nation = sc.issues[rec as usize].options.iter().position(|o| o.id == "jewish_nation_state").unwrap() as u8;
        assert_eq!(g.table(rec).map(|t| t.0), Some(nation), "seed {seed}: the nation-state clause stays");
        // Revised after the opening text, and put to the chair.
        let opened = g
            .log()
            .iter()
            .position(|x| matches!(x, Report::Tabled { actor, issue, .. } if *actor == usa && *issue == j));
        assert!(opened < Some(at), "seed {seed}: the capital was the opening wording");
        assert!(
            g.log()[at..].iter().any(|x| matches!(x, Report::Put { actor } if *actor == usa)),
            "seed {seed}: the revision was not put"
        );
        break;
    }
    assert!(revised, "the March revision never came in 29 seeds");
}

/// A leader's game played quietly until the other leader's opening text is put to the chair.
fn until_opening(role: &str, seed: u64) -> Option<Game> {
    let built = common::build("nine-months");
    let sc = built.scenario.clone();
    let put = sc.event_ix("opening_put").unwrap();
    let r = sc.role_ix(role).unwrap();
    let mut g = Game::new(sc.clone(), Setup { role: r, seed, difficulty: sc.default_difficulty, record: true });
    while !g.is_over() && g.turn() < 29 {
        match g.phase() {
            Phase::Choosing(e) if e == put => return Some(g),
            Phase::Choosing(e) => g.apply(Decision::Choose(first(&g, e))).unwrap(),
            _ => g.apply(Decision::EndTurn).unwrap(),
        };
    }
    None
}

#[test]
fn the_other_leader_opens_with_its_own_positions_by_one_rule_for_both() {
    // Each leader's game: the other side's leader tables two of its side's positions in the
    // autumn, in the same week for both chairs, and puts the table to the player's chair.
    let cases = [
        ("prime_minister", "palestine", [("borders", "lines_1967_swaps"), ("security", "phased_withdrawal")]),
        (
            "palestinian_president",
            "israel",
            [("security", "long_term_presence"), ("recognition", "jewish_nation_state")],
        ),
    ];
    for seed in 1..4 {
        let mut weeks = Vec::new();
        for (role, other, clauses) in cases {
            let g =
                until_opening(role, seed).unwrap_or_else(|| panic!("{role}, seed {seed}: no opening text by week 28"));
            let sc = g.scenario();
            let by = sc.actor_ix(other).unwrap();
            assert_eq!(g.awaiting(), Some(by), "{role}, seed {seed}");
            assert!((8..29).contains(&g.turn()), "{role}: opened in week {}", g.turn());
            weeks.push(g.turn());
            for (issue, option) in clauses {
                let i = sc.issue_ix(issue).unwrap();
                let o = sc.issues[i as usize].options.iter().position(|x| x.id == option).unwrap() as u8;
                assert_eq!(g.table(i), Some((o, false)), "{role}, seed {seed}: {issue}");
                assert_eq!(g.author(i), Some(by), "{role}, seed {seed}: {issue} is the other leader's");
            }
            assert!(g.log().iter().any(|x| matches!(x, Report::Put { actor } if *actor == by)));
            // The log names whose text it was.
            assert!(
                g.log().iter().any(|x| matches!(x, Report::Tabled { actor, .. } if *actor == by)),
                "{role}, seed {seed}: the tabling is not in the log"
            );
        }
        assert_eq!(weeks[0], weeks[1], "seed {seed}: the two leaders opened in different weeks");
    }
}

#[test]
fn the_players_answer_to_the_opening_counts() {
    let g = until_opening("palestinian_president", 1).expect("an opening text");
    let sc = g.scenario().clone();
    let e = sc.event_ix("opening_put").unwrap();
    let pick = |id: &str| sc.events[e as usize].options.iter().position(|o| o.id == id).unwrap() as u8;
    let me = g.actor();
    let before = g.value(PROPOSALS);

    let mut a = g.clone();
    let out = a.apply(Decision::Choose(pick("accept"))).unwrap();
    assert_eq!(a.value(PROPOSALS), before + 1, "accepting puts the text");
    assert!(answers(&out).contains(&(me, true)));

    let mut r = g.clone();
    let out = r.apply(Decision::Choose(pick("reject"))).unwrap();
    assert!(answers(&out).contains(&(me, false)));
    assert!(out.contains(&Report::Rejected));

    let mut m = g.clone();
    let out = m.apply(Decision::Choose(pick("amend"))).unwrap();
    assert_eq!(m.value(PROPOSALS), before, "amending puts nothing");
    assert!(answers(&out).is_empty());
    let rec = sc.issue_ix("recognition").unwrap();
    assert_eq!(m.author(rec), sc.actor_ix("israel"), "the text stays on the table, the Prime Minister's");

    // The opening comes once.
    let mut on = r;
    while !on.is_over() && on.turn() < 29 {
        match on.phase() {
            Phase::Choosing(x) => {
                assert_ne!(x, e, "the opening text was put twice");
                on.apply(Decision::Choose(first(&on, x))).unwrap()
            }
            _ => on.apply(Decision::EndTurn).unwrap(),
        };
    }
}
