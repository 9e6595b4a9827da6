//! Display strings for lines and wrapped paragraphs. Each expected string is what the
//! terminal shows, left to right.

use super::*;

const SHAPED_RTL: Flow = Flow { rtl: true, shape: true };

#[test]
fn hebrew_reads_right_to_left_with_numbers_intact() {
    // "week 12" in Hebrew: logical שבוע 12 → shown as 12 עובש.
    assert_eq!(visual("שבוע 12", Flow::RTL), "12 עובש");
}

#[test]
fn numbers_inside_arabic_keep_their_digits_and_places() {
    // "round 3 of 8": read from the right, 3 comes before 8.
    assert_eq!(visual("الجولة 3 من 8", Flow::RTL), "8 نم 3 ةلوجلا");
    // "104 prisoners": the number leads, at the right.
    assert_eq!(visual("104 أسرى", Flow::RTL), "ىرسأ 104");
}

#[test]
fn english_inside_hebrew_keeps_its_brackets_around_it() {
    assert_eq!(visual("האו״ם (UN) הצביע", Flow::RTL), "עיבצה (UN) ם״ואה");
}

#[test]
fn a_date_inside_arabic() {
    // As a Fluent variable the date is isolated: one left-to-right unit.
    assert_eq!(visual("وقع في \u{2068}29 July 2013\u{2069} الاتفاق", Flow::RTL), "قافتالا 29 July 2013 يف عقو");
    // As literal text the algorithm alone decides: read from the right, 29 and then
    // "July 2013" — the logical order, as any bidi renderer shows it.
    assert_eq!(visual("وقع في 29 July 2013 الاتفاق", Flow::RTL), "قافتالا July 2013 29 يف عقو");
}

#[test]
fn brackets_are_mirrored_in_rtl_runs() {
    assert_eq!(visual("(שלום)", Flow::RTL), "(םולש)");
    assert_eq!(visual("a (שלום) b", Flow::LTR), "a (םולש) b");
}

#[test]
fn isolation_marks_are_removed_and_ltr_is_untouched() {
    assert_eq!(visual("a \u{2068}b\u{2069} (c)", Flow::LTR), "a b (c)");
}

#[test]
fn overrides_do_not_reverse_latin_text() {
    assert_eq!(visual("\u{202e}abc\u{202c}", Flow::LTR), "abc");
    assert_eq!(visual("\u{202e}abc\u{202c}", Flow::RTL), "abc");
}

#[test]
fn combining_marks_stay_on_their_letter() {
    // Hebrew letter with a vowel point: the pair moves as one grapheme.
    assert_eq!(visual("בְּ א", Flow::RTL), "א בְּ");
}

/// Regression: the terminal game wrapped in logical order and then reordered each line on
/// its own, so a bracket pair split across two lines lost the direction the sentence gave it.
#[test]
fn a_bracket_pair_split_across_lines_keeps_its_direction() {
    // "said Israel (UN Geneva) yesterday": the brackets hold only English after English, so
    // they belong to the English run; the closing one stays a closing one after "Geneva".
    let lines = wrap("قال Israel (UN Geneva) أمس", 14, Flow::RTL);
    assert_eq!(lines, ["Israel (UN لاق", "سمأ Geneva)"]);
    // Reordering each line alone turned it into an opening bracket on the wrong side.
    let alone: Vec<String> =
        text::wrap("قال Israel (UN Geneva) أمس", 14).iter().map(|l| visual(l, Flow::RTL)).collect();
    assert_eq!(alone[1], "سمأ (Geneva");
    // In Hebrew after Hebrew, the pair takes the sentence's direction: mirrored on both lines.
    assert_eq!(wrap("הם אמרו (UN Geneva) אתמול", 15, Flow::RTL), ["UN) ורמא םה", "לומתא (Geneva"]);
}

#[test]
fn a_number_split_from_its_words_stays_in_order() {
    // "the talks lasted 9 months" wrapped after the number: each line reads from the right.
    assert_eq!(wrap("استمرت المحادثات 9 أشهر", 19, Flow::RTL), ["9 تاثداحملا ترمتسا", "رهشأ"]);
}

#[test]
fn a_wrapped_ltr_paragraph_is_unchanged() {
    assert_eq!(wrap("a bb ccc dddd", 6, Flow::LTR), ["a bb", "ccc", "dddd"]);
    assert_eq!(wrap("x\n\ny", 5, Flow::LTR), ["x", "", "y"]);
}

#[test]
fn styled_parts_keep_their_styles_in_display_order() {
    // A meter row: label, gauge, value. In a right-to-left line the label ends at the right
    // and the gauge, being neutral, fills from the right as right-to-left gauges do.
    let parts = [("הציבור", 1), (" ", 0), ("██░", 2), ("  45", 0)];
    let shown = visual_styled(&parts, Flow::RTL);
    assert_eq!(
        shown,
        [("45  ".to_string(), 0), ("░██".to_string(), 2), (" ".to_string(), 0), ("רוביצה".to_string(), 1)]
    );
}

#[test]
fn shaping_uses_presentation_forms_in_logical_order_then_reorders() {
    // سلام: sin initial, lam-alef ligature, mim final — found by logical neighbours, then
    // the word is reversed for display.
    assert_eq!(shape("سلام"), "\u{feb3}\u{fefc}\u{fee1} ");
    assert_eq!(visual("سلام", SHAPED_RTL), " \u{fee1}\u{fefc}\u{feb3}");
    // Shaping after reordering would join the wrong neighbours: the reversed word's first
    // letter (mim) would take the initial form.
    let reversed_first = shape(&visual("سلام", Flow::RTL));
    assert_ne!(reversed_first, visual("سلام", SHAPED_RTL));
}

#[test]
fn shaping_leaves_latin_digits_and_widths_alone() {
    let line = "العام 2013 Oslo (UN) لا";
    let shaped = visual(line, SHAPED_RTL);
    assert_eq!(text::width(&shaped), text::width(line));
    for word in ["2013", "Oslo", "(UN)"] {
        assert!(shaped.contains(word), "{shaped}");
    }
    assert!(shaped.chars().filter(|c| ('\u{0621}'..='\u{064a}').contains(c)).count() == 0, "{shaped}");
    assert_eq!(visual("Oslo 1993", Flow { rtl: false, shape: true }), "Oslo 1993");
}

#[test]
fn shaping_keeps_vowel_marks() {
    let shaped = shape("كَتَبَ");
    assert_eq!(shaped.chars().filter(|&c| c == '\u{064e}').count(), 3, "{shaped}");
}

#[test]
fn shaping_after_wrapping_gives_line_ends_final_forms() {
    // A word cut at the line's end ends in a final form there, and the next line's piece
    // starts in an initial form.
    let lines = wrap("مممممم", 3, SHAPED_RTL);
    assert_eq!(lines, ["\u{fee2}\u{fee4}\u{fee3}", "\u{fee2}\u{fee4}\u{fee3}"]);
}

#[test]
fn a_signed_number_keeps_its_sign_before_its_digits() {
    // "standing: 45 → 42 ▼ -3" in Hebrew: the sign stays on the left of its digits.
    assert_eq!(visual("מעמד: 45 ← 42 ▼ -3", Flow::RTL), "-3 ▼ 42 ← 45 :דמעמ");
    assert_eq!(visual("תמיכה +12", Flow::RTL), "+12 הכימת");
    // Grouped thousands stay one number; a hyphen inside a word or a date is no sign.
    assert_eq!(visual("יחידות -1,500", Flow::RTL), "-1,500 תודיחי");
    assert_eq!(visual("קווי 1967-2014", Flow::RTL), "1967-2014 יווק");
    // Left-to-right lines are left as they are.
    assert_eq!(visual("support -3", Flow::LTR), "support -3");
    let wrapped = wrap("מעמד ▼ -3", 40, Flow::RTL);
    assert_eq!(wrapped, vec!["-3 ▼ דמעמ".to_string()]);
}
