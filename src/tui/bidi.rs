//! Right-to-left text for terminals that do no bidi of their own (most of them).
//!
//! Text is wrapped in logical order; each display line is then reordered here with the
//! Unicode bidi algorithm (unicode-bidi), by grapheme cluster so combining marks stay on
//! their letters, with brackets mirrored (rule L4, which unicode-bidi leaves to us), and
//! with Fluent's isolation marks and any other bidi control removed before cells are
//! written. Plain mode prints logical order and never calls this.

use unicode_bidi::{Level, ParagraphBidiInfo};
use unicode_segmentation::UnicodeSegmentation;

/// Characters that steer bidi but must never reach a cell.
fn is_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Whether the text holds any character of a right-to-left script.
fn has_rtl(s: &str) -> bool {
    s.chars().any(|c| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF))
}

/// One line in display order, left to right. `rtl` is the paragraph direction: the
/// interface's language, so an English name inside an Arabic sentence stays in place.
pub fn visual(line: &str, rtl: bool) -> String {
    let clean: String = line.chars().filter(|&c| !is_control(c)).collect();
    if !rtl && !has_rtl(&clean) {
        return clean;
    }
    let level = if rtl { Level::rtl() } else { Level::ltr() };
    let info = ParagraphBidiInfo::new(&clean, Some(level));
    if !info.has_rtl() {
        return clean;
    }
    let (levels, runs) = info.visual_runs(0..clean.len());
    let mut out = String::with_capacity(clean.len());
    for run in runs {
        let text = &clean[run.clone()];
        if levels[run.start].is_rtl() {
            for g in text.graphemes(true).rev() {
                push_mirrored(&mut out, g);
            }
        } else {
            out.push_str(text);
        }
    }
    out
}

/// A grapheme as drawn in a right-to-left run: a bracket turns to face the other way.
fn push_mirrored(out: &mut String, g: &str) {
    let mut chars = g.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => out.push(unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c)),
        _ => out.push_str(g),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hebrew_reads_right_to_left_with_numbers_intact() {
        // "week 12" in Hebrew: logical שבוע 12 → shown as 12 עובש.
        assert_eq!(visual("שבוע 12", true), "12 עובש");
    }

    #[test]
    fn english_inside_arabic_stays_in_order() {
        let v = visual("الوفد Israel هنا", true);
        assert!(v.contains("Israel"), "{v}");
        assert!(v.starts_with("انه"), "{v}");
    }

    #[test]
    fn brackets_are_mirrored_in_rtl_runs() {
        assert_eq!(visual("(שלום)", true), "(םולש)");
    }

    #[test]
    fn isolation_marks_are_removed_and_ltr_is_untouched() {
        assert_eq!(visual("a \u{2068}b\u{2069} (c)", false), "a b (c)");
    }

    #[test]
    fn combining_marks_stay_on_their_letter() {
        // Hebrew letter with a vowel point: the pair moves as one grapheme.
        let v = visual("בְּ א", true);
        assert_eq!(v, "א בְּ");
    }
}
