//! Properties of the terminal's right-to-left layout (`tui::bidi`), on lines mixing Latin,
//! Arabic, Hebrew, digits, brackets, punctuation, combining marks, emoji, wide CJK and bidi
//! controls.
//!
//! Comparing clusters: a line is segmented into grapheme clusters with its bidi controls in
//! place (each control is a cluster of its own). The display line must be those clusters,
//! each whole, in some order, less the controls; a cluster may have its first character
//! swapped for its mirror (a bracket at a right-to-left level), so every character is
//! compared as the smaller of itself and its mirror.

use goodfaith::tui::bidi::{self, Flow};
use goodfaith::tui::text;
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

const CONTROLS: &[char] = &[
    '\u{200e}', '\u{200f}', '\u{061c}', '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}',
    '\u{2067}', '\u{2068}', '\u{2069}',
];

/// Pieces of text: each a letter, a word-forming mark sequence, a symbol or a control.
fn piece(marks_alone: bool) -> BoxedStrategy<String> {
    let latin = prop::sample::select(vec!["a", "Z", "UN", "Oslo", "é"]).prop_map(String::from);
    let arabic = prop::char::range('\u{0621}', '\u{064a}').prop_map(String::from);
    let hebrew = prop::char::range('\u{05d0}', '\u{05ea}').prop_map(String::from);
    let digits = prop::sample::select(vec!["3", "104", "2013", "١٢", "1/8", "-5", "+3"]).prop_map(String::from);
    let brackets = prop::sample::select(vec!["(", ")", "[", "]", "{", "}", "<", ">", "«", "»"]).prop_map(String::from);
    let punct =
        prop::sample::select(vec![" ", " ", " ", ".", ",", ":", "!", "?", "–", "/", "״", "،"]).prop_map(String::from);
    let marked = prop::sample::select(vec!["בְּ", "שָׁ", "كَ", "تِّ", "e\u{301}"]).prop_map(String::from);
    let emoji = prop::sample::select(vec!["😀", "🇮🇱", "🇵🇸", "👨\u{200d}👩\u{200d}👧", "1\u{fe0f}\u{20e3}", "🕊️"])
        .prop_map(String::from);
    let cjk = prop::char::range('\u{4e00}', '\u{4e20}').prop_map(String::from);
    let control = prop::sample::select(CONTROLS.to_vec()).prop_map(String::from);
    let lone_mark = prop::sample::select(vec!["\u{301}", "\u{64e}", "\u{5b0}"]).prop_map(String::from);
    let any = prop_oneof![
        4 => latin, 4 => arabic, 4 => hebrew, 2 => digits, 2 => brackets, 5 => punct,
        2 => marked, 1 => emoji, 1 => cjk, 1 => control,
    ];
    if marks_alone { prop_oneof![25 => any, 1 => lone_mark].boxed() } else { any.boxed() }
}

/// A line of any mix, lone combining marks included.
fn line() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(true), 0..40).prop_map(|v| v.concat())
}

/// A line whose clusters all start with a base character (no mark alone, no control
/// followed by a mark), so the terminal segments the display line as the algorithm did.
fn well_formed_line() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(false), 0..40).prop_map(|v| v.concat())
}

/// Left-to-right text only: no right-to-left letter, no control.
fn ltr_line() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            "a", "Oslo", " ", " ", "(", ")", "[", "]", "3", "2013", ".", ",", "é", "e\u{301}", "😀", "中", "!",
        ]),
        0..40,
    )
    .prop_map(|v| v.concat())
}

fn flow() -> impl Strategy<Value = Flow> {
    prop_oneof![Just(Flow::LTR), Just(Flow::RTL)]
}

fn canon(cluster: &str) -> String {
    cluster
        .chars()
        .filter(|c| !bidi::is_control(*c))
        .map(|c| unicode_bidi_mirroring::get_mirrored(c).map_or(c, |m| m.min(c)))
        .collect()
}

fn sorted(v: impl Iterator<Item = String>) -> Vec<String> {
    let mut v: Vec<String> = v.filter(|s| !s.is_empty()).collect();
    v.sort();
    v
}

/// The input's clusters as the algorithm sees them (overrides and embeddings are dropped
/// before it runs, so they never split a cluster).
fn input_clusters(s: &str) -> Vec<String> {
    let clean: String = s.chars().filter(|c| !('\u{202a}'..='\u{202e}').contains(c)).collect();
    sorted(clean.graphemes(true).map(canon))
}

fn has_control(s: &str) -> bool {
    s.chars().any(|c| CONTROLS.contains(&c))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn reordering_moves_whole_clusters(s in line(), flow in flow()) {
        let clusters = bidi::visual_clusters(&s, flow);
        prop_assert_eq!(clusters.concat(), bidi::visual(&s, flow));
        prop_assert_eq!(sorted(clusters.iter().map(|c| canon(c))), input_clusters(&s));
    }

    #[test]
    fn the_terminal_sees_the_same_clusters(s in well_formed_line(), flow in flow()) {
        let shown = bidi::visual(&s, flow);
        prop_assert_eq!(sorted(shown.graphemes(true).map(canon)), input_clusters(&s));
    }

    #[test]
    fn pure_left_to_right_text_is_untouched(s in ltr_line(), w in 1usize..30) {
        prop_assert_eq!(bidi::visual(&s, Flow::LTR), s.clone());
        prop_assert_eq!(bidi::wrap(&s, w, Flow::LTR), text::wrap(&s, w));
        let styled = bidi::visual_styled(&[(s.as_str(), 1), (" x", 2)], Flow::LTR);
        prop_assert_eq!(styled, vec![(s.clone(), 1), (" x".to_string(), 2)]);
    }

    #[test]
    fn reordering_never_widens_a_line(s in line(), flow in flow()) {
        prop_assert!(text::width(&bidi::visual(&s, flow)) <= text::width(&s));
        let shaped = Flow { shape: true, ..flow };
        prop_assert!(text::width(&bidi::visual(&s, shaped)) <= text::width(&s));
    }

    #[test]
    fn wrapped_lines_fit_and_match_the_logical_lines(s in line(), w in 2usize..40, flow in flow(), shape in any::<bool>()) {
        let flow = Flow { shape, ..flow };
        // Embeddings and overrides are dropped before wrapping (they never reach a cell),
        // so the logical lines to compare with are those of the text without them.
        let clean: String = s.chars().filter(|c| !('\u{202a}'..='\u{202e}').contains(c)).collect();
        let logical = text::wrap(&clean, w);
        let shown = bidi::wrap(&s, w, flow);
        prop_assert_eq!(shown.len(), logical.len());
        for (v, l) in shown.iter().zip(&logical) {
            prop_assert!(text::width(v) <= text::width(l), "{:?} is wider than {:?}", v, l);
            prop_assert!(text::width(v) <= w, "{:?} is wider than {}", v, w);
        }
    }

    #[test]
    fn no_bidi_control_reaches_a_cell(s in line(), flow in flow(), w in 2usize..40, shape in any::<bool>()) {
        let flow = Flow { shape, ..flow };
        prop_assert!(!has_control(&bidi::visual(&s, flow)));
        for l in bidi::wrap(&s, w, flow) {
            prop_assert!(!has_control(&l));
        }
        for (part, _) in bidi::visual_styled(&[(s.as_str(), 0), ("\u{2068}x\u{2069}", 1)], flow) {
            prop_assert!(!has_control(&part));
        }
    }

    #[test]
    fn styled_parts_are_the_whole_line(a in line(), b in line(), flow in flow()) {
        let parts = bidi::visual_styled(&[(a.as_str(), 0), (b.as_str(), 1)], flow);
        let joined: String = parts.iter().map(|(s, _)| s.as_str()).collect();
        prop_assert_eq!(joined, bidi::visual(&format!("{a}{b}"), flow));
    }
}
