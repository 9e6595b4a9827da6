//! Wrapping and fitting text to cells. Every string drawn goes through here, so this is the
//! one place that knows about widths (and, for right-to-left languages, order).

use unicode_width::UnicodeWidthStr;

/// Display width in cells.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Wraps a paragraph at word boundaries to `max` cells; long words are cut. Keeps empty lines.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut out = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        for word in para.split(' ') {
            let w = width(word);
            let lw = width(&line);
            if lw > 0 && lw + 1 + w <= max {
                line.push(' ');
                line.push_str(word);
            } else if lw == 0 && w <= max {
                line.push_str(word);
            } else {
                if lw > 0 {
                    out.push(std::mem::take(&mut line));
                }
                let mut rest = word;
                while width(rest) > max {
                    let cut = cut_at(rest, max);
                    out.push(rest[..cut].to_string());
                    rest = &rest[cut..];
                }
                line.push_str(rest);
            }
        }
        out.push(line);
    }
    out
}

/// The byte index where `s` exceeds `max` cells (at least one character).
fn cut_at(s: &str, max: usize) -> usize {
    let mut w = 0;
    for (i, c) in s.char_indices() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if w + cw > max {
            return i.max(c.len_utf8().min(s.len()));
        }
        w += cw;
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
}
