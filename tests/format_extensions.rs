//! The format's extensions played in the `three-towns` test pack: an issue that waits for
//! another (`requires`), conditions that depend on an action's target (`target == east`),
//! a conditional signatory (`signs_when`: an agreement without East once it has left) and
//! a role that sees chosen trust pairs (`[role.view] trust`).

mod common;

use goodfaith::content::Built;
use goodfaith::engine::report::{Decision, Report, Target};
use goodfaith::engine::{Game, Phase, Setup};
use goodfaith::i18n::Texts;
use goodfaith::present;

fn start(role: &str) -> (Built, Game) {
    let built = common::build("three-towns");
    let sc = built.scenario.clone();
    let role = sc.role_ix(role).unwrap();
    let g = Game::new(sc, Setup { role, seed: 3, difficulty: None, record: true });
    (built, g)
}

fn act(g: &mut Game, action: &str, target: Target) -> Vec<Report> {
    let a = g.scenario().action_ix(action).unwrap();
    g.apply(Decision::Act { action: a, target }).unwrap_or_else(|e| panic!("{action} {target:?}: {e}"))
}

fn wording(g: &Game, issue: &str, option: u8) -> Target {
    Target::Issue { issue: g.scenario().issue_ix(issue).unwrap(), option, ambiguous: false }
}

fn actor(g: &Game, id: &str) -> u16 {
    g.scenario().actor_ix(id).unwrap()
}

fn targets(g: &Game, action: &str) -> Vec<Target> {
    g.valid_targets(g.scenario().action_ix(action).unwrap())
}

/// Ends the week and takes the walkout choice of week 2 (`let_go` or `hold_on`).
fn to_week_two(g: &mut Game, option: &str) {
    g.apply(Decision::EndTurn).unwrap();
    let Phase::Choosing(e) = g.phase() else { panic!("week 2 opens with the walkout: {:?}", g.phase()) };
    let o = g.scenario().events[e as usize].options.iter().position(|x| x.id == option).unwrap();
    g.apply(Decision::Choose(o as u8)).unwrap();
}

#[test]
fn an_issue_waits_until_the_issue_it_requires_is_on_the_table() {
    let (built, mut g) = start("envoy");
    let (border, water) = (g.scenario().issue_ix("border").unwrap(), g.scenario().issue_ix("water").unwrap());
    assert_eq!(g.waits_for(water), vec![border]);
    assert!(g.waits_for(border).is_empty());
    let offered = targets(&g, "draft");
    assert!(offered.iter().all(|t| matches!(t, Target::Issue { issue, .. } if *issue == border)), "{offered:?}");
    // Drafting water first is refused, as the menu never offers it.
    let draft = g.scenario().action_ix("draft").unwrap();
    assert!(g.apply(Decision::Act { action: draft, target: wording(&g, "water", 1) }).is_err());
    let t = Texts::new("en-US", &built.texts);
    assert_eq!(present::issue_waits(&g, &t, water).as_deref(), Some("needs Border on the table first"));
    for lang in ["ar", "he", "fr"] {
        let said = present::issue_waits(&g, &Texts::new(lang, &built.texts), water).unwrap();
        assert!(said.contains("Border") && !said.contains("needs"), "{lang}: {said}");
    }

    let w = wording(&g, "border", 0);
    act(&mut g, "draft", w);
    assert!(g.waits_for(water).is_empty());
    assert!(targets(&g, "draft").contains(&wording(&g, "water", 1)));
    assert_eq!(present::issue_waits(&g, &t, water), None);
}

#[test]
fn an_actions_condition_is_checked_for_each_target() {
    let (_, mut g) = start("envoy");
    let (north, south, east) = (actor(&g, "north"), actor(&g, "south"), actor(&g, "east"));
    // `not (target == east and flag.east_out)`: East can be met while it is at the talks.
    assert_eq!(targets(&g, "meet"), vec![Target::Actor(north), Target::Actor(south), Target::Actor(east)]);
    // `target != north or trust.north.self >= 55`: North trusts the envoy 50 at first.
    assert_eq!(targets(&g, "urge"), vec![Target::Actor(south)]);
    act(&mut g, "meet", Target::Actor(north));
    assert_eq!(targets(&g, "urge"), vec![Target::Actor(north), Target::Actor(south)]);

    to_week_two(&mut g, "let_go");
    assert_eq!(targets(&g, "meet"), vec![Target::Actor(north), Target::Actor(south)]);
    let meet = g.scenario().action_ix("meet").unwrap();
    assert!(g.apply(Decision::Act { action: meet, target: Target::Actor(east) }).is_err());
}

#[test]
fn a_conditional_signatory_is_asked_only_while_its_condition_holds() {
    let (built, mut g) = start("envoy");
    let east = actor(&g, "east");
    let w = wording(&g, "border", 0);
    act(&mut g, "draft", w);
    let w = wording(&g, "water", 1);
    act(&mut g, "draft", w);
    // East is at the talks: its assent is needed, and it refuses (support 10, needs 30).
    assert!(g.must_sign(east));
    let reports = act(&mut g, "propose", Target::None);
    assert!(reports.iter().any(|r| matches!(r, Report::Responded { actor, accepts: false, .. } if *actor == east)));
    assert!(reports.iter().any(|r| matches!(r, Report::Rejected)));
    let t = Texts::new("en-US", &built.texts);
    assert_eq!(present::not_needed_mark(&g, &t, east), "");

    to_week_two(&mut g, "let_go");
    assert!(!g.must_sign(east));
    assert_eq!(present::not_needed_mark(&g, &t, east), " (not needed to sign now)");
    let reports = act(&mut g, "propose", Target::None);
    assert!(reports.iter().any(|r| matches!(r, Report::NotAsked { actor } if *actor == east)));
    assert!(!reports.iter().any(|r| matches!(r, Report::Responded { actor, .. } if *actor == east)));
    assert!(reports.iter().any(|r| matches!(r, Report::Signed { issues: 2 })));
    // `accepts.east` is false: East was not asked.
    assert_eq!(built.eval(&g, "accepts.east").unwrap(), 0);
    assert_eq!(built.eval(&g, "accepts.north and accepts.south").unwrap(), 1);
    let line = reports.iter().find_map(|r| matches!(r, Report::NotAsked { .. }).then(|| present::news(&g, &t, r)));
    assert_eq!(line.flatten().as_deref(), Some("East was not asked: its signature is not needed for this proposal."));
}

#[test]
fn holding_on_to_the_third_party_keeps_its_signature_needed() {
    let (_, mut g) = start("envoy");
    let east = actor(&g, "east");
    let w = wording(&g, "border", 0);
    act(&mut g, "draft", w);
    let w = wording(&g, "water", 1);
    act(&mut g, "draft", w);
    to_week_two(&mut g, "hold_on");
    assert!(g.must_sign(east));
    let reports = act(&mut g, "propose", Target::None);
    assert!(reports.iter().any(|r| matches!(r, Report::Rejected)), "{reports:?}");
}

#[test]
fn a_role_sees_the_trust_pairs_its_view_lists_or_the_signatories_by_default() {
    let (_, g) = start("envoy");
    let (north, south, east, envoy) = (actor(&g, "north"), actor(&g, "south"), actor(&g, "east"), actor(&g, "envoy"));
    assert_eq!(g.role().view.trust, vec![(north, south), (south, north), (east, envoy)]);
    let (_, g) = start("mayor");
    assert_eq!(
        g.role().view.trust,
        vec![(north, south), (north, east), (south, north), (south, east), (east, north), (east, south)]
    );
}

#[test]
fn plain_mode_tells_what_an_issue_waits_for_who_need_not_sign_and_the_chosen_trust() {
    let dir = tempfile::tempdir().unwrap();
    let save = dir.path().join("game.json");
    let args = [
        "play",
        "--pack",
        "tests/fixtures/packs",
        "--scenario",
        "three-towns",
        "--role",
        "envoy",
        "--seed",
        "3",
        "--plain",
        "--lang",
        "en-US",
        "--save",
        save.to_str().unwrap(),
    ];
    // Week 1: draft the border's line, then the water's quotas; week 2: let East go,
    // look at the table, propose.
    let out = common::run(&args, "3\n1\n1\n3\n2\n2\n0\n1\nt\n4\n");
    let text = String::from_utf8_lossy(&out.stdout);
    for want in [
        "Water: nothing on the table, needs Border on the table first",
        "2. Water, needs Border on the table first",
        "Trust of East in Envoy: 45",
        "East about 10 (needs 30) (not needed to sign now)",
        "East was not asked: its signature is not needed for this proposal.",
        "Agreement signed on 2 issues.",
    ] {
        assert!(text.contains(want), "missing {want:?} in:\n{text}");
    }
    assert!(!text.contains("Trust of North in East"), "{text}");
}

/// The terminal game's negotiation table at 80×24 once East has walked out: East is marked
/// as not needed to sign, in English and in Arabic.
#[test]
fn the_terminal_table_marks_a_signatory_not_needed_now() {
    use goodfaith::tui::App;
    use goodfaith::tui::app::Screen;
    use goodfaith::tui::theme::{Mode, Theme};
    let lib =
        std::sync::Arc::new(goodfaith::content::Library::load(&[std::path::PathBuf::from("tests/fixtures/packs")]));
    let scenario = lib.scenarios().iter().position(|s| s.id == "three-towns").unwrap();
    for (lang, mark) in [("en-US", "not needed to sign now"), ("ar", "غير لازم")] {
        let mut a = App::new(lib.clone(), Some(lang), Theme { mode: Mode::NoColor });
        a.saves_dir = None;
        a.save_override = None;
        common::press(&mut a, &format!("2{}\n\n3\n", "j".repeat(scenario)));
        assert!(matches!(a.screen, Screen::Game(_)), "{lang}: no game");
        let s = a.session.as_ref().unwrap();
        assert_eq!(s.game.scenario().id, "three-towns");
        // Right-to-left lines are drawn in display order: compare without spaces, either way.
        let shows = |a: &mut App| {
            let t = common::render(a, 80, 24);
            let buf = t.backend().buffer();
            let screen: String = (0..buf.area.height)
                .map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol().to_string()).collect::<String>() + "\n")
                .collect();
            let flat: String = screen.chars().filter(|c| !c.is_whitespace()).collect();
            let want: String = mark.chars().filter(|c| !c.is_whitespace()).collect();
            let reversed: String = want.chars().rev().collect();
            (flat.contains(&want) || flat.contains(&reversed), screen)
        };
        // Week 1: East is at the talks and must sign.
        common::press(&mut a, "t");
        let (marked, screen) = shows(&mut a);
        assert!(!marked && screen.contains("East"), "{lang}:\n{screen}");
        // End week 1, let East go in week 2, open the table.
        common::press(&mut a, "\x1b0\n1t");
        let (marked, screen) = shows(&mut a);
        assert!(marked, "{lang}:\n{screen}");
    }
}
