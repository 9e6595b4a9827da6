//! Wrapping and fitting text to cells. Every string drawn goes through here, so this is the
//! one place that knows about widths (and, for right-to-left languages, order).

use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Display width in cells, as the terminal buffer lays text out: one grapheme cluster after
/// another. (unicode-width's width of a whole string can be smaller: it counts an Arabic
/// lam-alef pair as one cell, but the buffer gives each of the two clusters its own.)
pub fn width(s: &str) -> usize {
    if s.is_ascii() {
        return UnicodeWidthStr::width(s);
    }
    s.graphemes(true).map(UnicodeWidthStr::width).sum()
}

/// Wraps text at word boundaries to `max` cells; long words are cut. Keeps empty lines.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    text.split('\n').flat_map(|para| wrap_ranges(para, max).into_iter().map(|r| para[r].to_string())).collect()
}

/// Wraps one paragraph (no `\n`) at word boundaries to `max` cells, cutting words longer
/// than a line at cluster boundaries. Each line is a byte range of `para`, in logical order,
/// so the bidi pass can resolve levels over the whole paragraph before reordering a line.
pub fn wrap_ranges(para: &str, max: usize) -> Vec<Range<usize>> {
    let max = max.max(1);
    let mut out = Vec::new();
    // The line being filled; `None` until a word starts it.
    let mut line: Option<Range<usize>> = None;
    let mut offset = 0;
    for word in para.split(' ') {
        let at = offset..offset + word.len();
        offset = at.end + 1;
        let w = width(word);
        match line.clone() {
            Some(l) if !l.is_empty() && width(&para[l.start..at.end]) <= max => line = Some(l.start..at.end),
            Some(l) if l.is_empty() && w <= max => line = Some(at),
            None if w <= max => line = Some(at),
            current => {
                if let Some(l) = current
                    && !l.is_empty()
                {
                    out.push(l);
                }
                let mut rest = at;
                while width(&para[rest.clone()]) > max {
                    let cut = rest.start + cut_at(&para[rest.clone()], max);
                    out.push(rest.start..cut);
                    rest.start = cut;
                }
                line = Some(rest);
            }
        }
    }
    out.push(line.unwrap_or(0..0));
    out
}

/// The byte index where `s` exceeds `max` cells, at a cluster boundary (at least one cluster).
fn cut_at(s: &str, max: usize) -> usize {
    let mut w = 0;
    for (i, g) in s.grapheme_indices(true) {
        let gw = width(g);
        if w + gw > max {
            return if i == 0 { g.len() } else { i };
        }
        w += gw;
    }
    s.len()
}

/// Cuts a line to `max` cells, ending with … when cut.
pub fn fit(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let cut = cut_at(s, max - 1);
    format!("{}…", &s[..cut])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_words_and_cuts_long_ones() {
        assert_eq!(wrap("a bb ccc dddd", 6), vec!["a bb", "ccc", "dddd"]);
        assert_eq!(wrap("abcdefgh", 3), vec!["abc", "def", "gh"]);
        assert_eq!(wrap("x\n\ny", 5), vec!["x", "", "y"]);
        for line in wrap("a long sentence with some words in it", 7) {
            assert!(width(&line) <= 7);
        }
    }

    #[test]
    fn fit_never_widens() {
        assert_eq!(fit("hello world", 5), "hell…");
        assert_eq!(fit("hi", 5), "hi");
        assert_eq!(fit("hi", 0), "");
    }

    #[test]
    fn width_counts_cells_cluster_by_cluster() {
        // Lam then alef: two clusters, two cells, though unicode-width calls the pair one.
        assert_eq!(width("لا"), 2);
        assert_eq!(width("e\u{301}"), 1);
        assert_eq!(width("中文"), 4);
        assert_eq!(width("\u{2068}x\u{2069}"), 1);
    }

    #[test]
    fn long_words_are_cut_between_clusters() {
        // The combining accent stays with its letter.
        assert_eq!(wrap("ae\u{301}b", 2), vec!["ae\u{301}", "b"]);
    }
}
