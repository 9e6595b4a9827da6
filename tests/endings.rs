//! Endings told by what happened: an ending's account (its variant) is chosen by the game's
//! own record, the debrief says what chose it, and no chair is blamed in advance.

mod common;

use common::find_ending as find;

use goodfaith::i18n::Texts;
use goodfaith::simulate::Policy;

#[test]
fn which_home_front_broke_is_read_from_the_game_and_told() {
    let built = common::build("tutorial");
    let en = Texts::new("en-US", &built.texts);
    // Each negotiator's own lesson ("your side could not carry the text") is told only when
    // their own side's front broke; the account names the side whose front it was.
    let lessons =
        [("israeli_negotiator", "Your coalition could not"), ("palestinian_negotiator", "Your leadership could not")];
    for (role, variant, broke, held) in [
        ("israeli_negotiator", "israeli_coalition", "cohesion.israel <= 10", "cohesion.palestine > 10"),
        ("palestinian_negotiator", "palestinian_factions", "cohesion.palestine <= 10", "cohesion.israel > 10"),
        ("mediator", "israeli_coalition", "cohesion.israel <= 10", "cohesion.palestine > 10"),
    ] {
        let g = find(&built, role, "deal_dies_at_home", variant);
        // The account matches the record: the side named is the side whose front broke.
        assert_eq!(built.eval(&g, broke).unwrap(), 1, "{variant}");
        assert_eq!(built.eval(&g, held).unwrap(), 1, "{variant}");
        let told = goodfaith::present::epilogue(&g, &en);
        let text = told.join("\n");
        for (chair, lesson) in lessons {
            let own_side_broke = (chair == "israeli_negotiator") == (variant == "israeli_coalition");
            assert_eq!(text.contains(lesson), role == chair && own_side_broke, "{role} {variant}:\n{text}");
        }
        assert!(told.last().unwrap().starts_with("What chose this account, in week "), "{variant}:\n{text}");
        insta::assert_snapshot!(format!("tutorial-home-front-{role}-{variant}"), text);
        // Every language tells it, and in its own words.
        for lang in ["ar", "he", "fr"] {
            let other = goodfaith::present::epilogue(&g, &Texts::new(lang, &built.texts)).join("\n");
            assert_eq!(other.lines().count(), text.lines().count(), "{lang} {variant}");
            assert_ne!(other, text, "{lang} {variant} is not translated");
        }
    }
}

#[test]
fn simulate_counts_each_account_of_an_ending() {
    let built = common::build("tutorial");
    let s = goodfaith::simulate::run(built.scenario.clone(), None, None, 3000, Policy::Random, 1, 1).unwrap();
    let e = &s.endings["deal_dies_at_home"];
    assert_eq!(e.variants.values().sum::<u64>(), e.count);
    assert!(e.variants["israeli_coalition"] > 0 && e.variants["palestinian_factions"] > 0, "{:?}", e.variants);
    // No single account stands for the whole ending.
    assert!(e.variants.values().all(|&n| n * 10 < e.count * 8), "{:?}", e.variants);
    // An ending without accounts lists none.
    assert!(s.endings["status_quo"].variants.is_empty());
}
