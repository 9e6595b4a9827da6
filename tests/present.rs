//! Words for what the engine reports.

mod common;

use goodfaith::engine::{Game, Report, Setup};
use goodfaith::i18n::Texts;
use goodfaith::save::decode;

/// Regression: after a signing the log showed "Signed: Decommissioning: 0 → 3 ▲ +3", an
/// option's index drawn as a meter. It names the wording signed.
#[test]
fn a_signing_is_told_by_its_wording_not_as_a_number() {
    let built = common::build("mini");
    let mut g = Game::new(built.scenario.clone(), Setup { role: 0, seed: 7, difficulty: None, record: true });
    for d in ["choose opening.listen", "act draft border.line", "act propose"] {
        let d = decode(&g, d).unwrap();
        g.apply(d).unwrap();
    }
    let t = Texts::new("en-US", &built.texts);
    let lines: Vec<String> = g
        .log()
        .iter()
        .filter_map(|r| match r {
            Report::Changed { slot, before, after, .. } => {
                goodfaith::present::change_line(&g, &t, *slot, *before, *after)
            }
            _ => None,
        })
        .collect();
    assert!(lines.iter().any(|l| l == "Signed: Border — A line"), "{lines:#?}");
    assert!(!lines.iter().any(|l| l.starts_with("Signed:") && l.contains('→')), "{lines:#?}");
}
