//! Why a signatory refused, as data: every refusal carries its reason, and the reasons agree
//! with the need the table shows. Random games on every shipped scenario put proposals
//! whenever they can.

mod common;

use goodfaith::engine::expr::Part;
use goodfaith::engine::scenario::ActionKind;
use goodfaith::engine::{Decision, Game, Refusal, Report, Setup};
use proptest::prelude::*;

fn is_propose(g: &Game, d: &Decision) -> bool {
    matches!(d, Decision::Act { action, .. } if g.scenario().actions[*action as usize].kind == ActionKind::Propose)
}

/// Plays a game by a seeded choice of legal decisions, preferring a proposal when one is
/// legal, and checks each proposal's answers against the needs read just before it.
fn check(scenario: &str, role: u16, seed: u64) -> usize {
    let built = common::build(scenario);
    let sc = built.scenario.clone();
    let mut g = Game::new(sc.clone(), Setup { role, seed, difficulty: sc.default_difficulty, record: true });
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut proposals = 0;
    for _ in 0..2000 {
        if g.ended().is_some() {
            break;
        }
        let legal = g.legal_decisions();
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let d = legal.iter().find(|d| is_propose(&g, d)).copied().unwrap_or(legal[(x % legal.len() as u64) as usize]);
        let before: Vec<(Option<i32>, i32)> =
            (0..sc.actors.len() as u16).map(|a| (g.support_needed(a), g.value(sc.layout.support + a as u32))).collect();
        let reports = g.apply(d).unwrap();
        if !is_propose(&g, &d) {
            continue;
        }
        proposals += 1;
        for r in &reports {
            let Report::Responded { actor, accepts, red_line, why } = r else { continue };
            let (need, support) = before[*actor as usize];
            if *accepts {
                assert_eq!(*why, None);
                // Accepting means every part of the rule holds, those on support among them.
                if *actor != g.actor()
                    && let Some(need) = need
                {
                    assert!(support >= need, "{scenario} seed {seed}: accepts at {support} below its need {need}");
                }
                continue;
            }
            let why = why.unwrap_or_else(|| panic!("{scenario} seed {seed}: a refusal without a reason"));
            match why {
                Refusal::RedLine(issue) => {
                    assert!(*red_line);
                    let (o, _) = g.table(issue).expect("the red line is on the table");
                    assert!(sc.issues[issue as usize].options[o as usize].red_line[*actor as usize]);
                }
                Refusal::Rule(Part::Compare { slot, left, cmp: _, right, more }) => {
                    assert!(!*red_line);
                    // A failing comparison on support alone means the support is short of
                    // its need.
                    if slot == sc.layout.support + *actor as u32 && !more {
                        assert_eq!(left, support);
                        assert!(need.is_none_or(|n| support < n), "{scenario} seed {seed}: {left} vs {right}");
                    }
                }
                Refusal::Rule(_) => assert!(!*red_line),
            }
        }
    }
    proposals
}

#[test]
fn a_proposal_in_the_tutorial_gives_each_refusal_its_reason() {
    use goodfaith::engine::Target;
    let built = common::build("tutorial");
    let sc = built.scenario.clone();
    let role = sc.role_ix("mediator").unwrap();
    let mut g = Game::new(sc.clone(), Setup { role, seed: 7, difficulty: sc.default_difficulty, record: true });
    g.apply(Decision::Choose(0)).unwrap();
    let act = |k: ActionKind| g.role().actions.iter().copied().find(|&a| sc.actions[a as usize].kind == k).unwrap();
    let (draft, propose) = (act(ActionKind::Draft), act(ActionKind::Propose));
    g.apply(Decision::Act { action: draft, target: Target::Issue { issue: 0, option: 0, ambiguous: false } }).unwrap();
    let reports = g.apply(Decision::Act { action: propose, target: Target::None }).unwrap();
    let whys: Vec<Option<Refusal>> =
        reports.iter().filter_map(|r| if let Report::Responded { why, .. } = r { Some(*why) } else { None }).collect();
    let israel = sc.actors.iter().position(|a| a.id == "israel").unwrap() as u32;
    let palestine = sc.actors.iter().position(|a| a.id == "palestine").unwrap() as u32;
    let n = sc.layout.actors as u32;
    assert_eq!(
        whys,
        vec![
            // Israel's trust in the Palestinian delegation is 30; its rule wants 45.
            Some(Refusal::Rule(Part::Compare {
                slot: sc.layout.trust + israel * n + palestine,
                more: false,
                left: 30,
                cmp: goodfaith::engine::expr::Cmp::Ge,
                right: 45,
            })),
            // The first wording of the first issue is the Palestinian delegation's red line.
            Some(Refusal::RedLine(0)),
        ]
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    #[test]
    fn refusals_agree_with_the_needs_shown(seed in 0u64..10_000, role in 0u16..3) {
        let put = check("tutorial", role, seed) + check("nine-months", role, seed);
        prop_assert!(put > 0, "no proposal was put");
    }
}
