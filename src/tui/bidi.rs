//! Right-to-left text for terminals that do no bidi of their own (most of them).
//!
//! A paragraph is wrapped in logical order (`text::wrap_ranges`); its embedding levels are
//! resolved once for the whole paragraph with the Unicode bidi algorithm (unicode-bidi), so
//! a bracket pair or a number split across two lines keeps the direction the whole sentence
//! gives it; each line is then reordered with those levels, by grapheme cluster so combining
//! marks stay on their letters, with brackets mirrored at right-to-left levels (rule L4,
//! which unicode-bidi leaves to us). Fluent's isolation marks take part in the resolution and
//! are removed, with every other bidi control, before cells are written. Embeddings and
//! overrides (U+202A–U+202E) are removed before the resolution: pack text may not force a
//! direction on letters. In a right-to-left paragraph each signed number is isolated left to
//! right first (`prepare`), so its sign stays before its digits.
//!
//! With `--shape-arabic`, Arabic letters become presentation forms (`shape`) after wrapping
//! and before reordering: joining looks at logical neighbours, so it must see logical order.
//!
//! Plain mode prints logical order and never calls this.

use std::ops::Range;
use unicode_bidi::{BidiInfo, Level};
use unicode_segmentation::UnicodeSegmentation;

use super::text;

/// How a line is laid out: the paragraph direction (the interface's language, so an English
/// name inside an Arabic sentence stays in place) and whether Arabic is shaped.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Flow {
    pub rtl: bool,
    pub shape: bool,
}

impl Flow {
    pub const LTR: Flow = Flow { rtl: false, shape: false };
    pub const RTL: Flow = Flow { rtl: true, shape: false };
}

/// Characters that steer bidi but must never reach a cell.
pub fn is_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Embeddings and overrides: dropped before the algorithm runs.
fn is_forcing(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}')
}

/// Text ready for the algorithm: embeddings and overrides dropped and, in a right-to-left
/// paragraph, each signed number isolated left to right. (The rules give a `-` or `+`
/// before digits the direction of the letters around it, so "-3" would be drawn "3-".)
fn prepare(s: &str, flow: Flow) -> String {
    prepare_parts(&[s], flow).concat()
}

/// [`prepare`] for a line given in parts: each part prepared as the whole line would be (a
/// number may start in one part and end in the next).
fn prepare_parts(parts: &[&str], flow: Flow) -> Vec<String> {
    let cleaned: Vec<String> = parts.iter().map(|s| s.chars().filter(|&c| !is_forcing(c)).collect()).collect();
    if !flow.rtl || !cleaned.iter().any(|s| s.contains(['-', '+', '\u{2212}'])) {
        return cleaned;
    }
    let joined = cleaned.concat();
    let starts: Vec<usize> = cleaned.iter().scan(0, |at, c| Some(std::mem::replace(at, *at + c.len()))).collect();
    let part_of = |byte: usize| starts.partition_point(|&s| s <= byte).saturating_sub(1);
    let clusters: Vec<(usize, &str)> = joined.grapheme_indices(true).collect();
    let digit = |k: usize| clusters.get(k).is_some_and(|(_, g)| g.starts_with(|c: char| c.is_ascii_digit()));
    let after_word = |k: usize| k > 0 && clusters[k - 1].1.starts_with(char::is_alphanumeric);
    let mut out = vec![String::new(); parts.len()];
    let mut k = 0;
    while k < clusters.len() {
        let (at, g) = clusters[k];
        k += 1;
        if !(matches!(g, "-" | "+" | "\u{2212}") && digit(k) && !after_word(k - 1)) {
            out[part_of(at)].push_str(g);
            continue;
        }
        out[part_of(at)].push('\u{2066}');
        out[part_of(at)].push_str(g);
        let mut last = at;
        while digit(k) || (matches!(clusters.get(k), Some((_, "," | "."))) && digit(k + 1)) {
            let (at, g) = clusters[k];
            out[part_of(at)].push_str(g);
            last = at;
            k += 1;
        }
        out[part_of(last)].push('\u{2069}');
    }
    out
}

/// Whether the text holds a character of a right-to-left script or a bidi control.
pub fn needs_bidi(s: &str) -> bool {
    s.chars().any(|c| {
        is_control(c)
            || matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
    })
}

/// One line in display order, left to right.
pub fn visual(line: &str, flow: Flow) -> String {
    visual_clusters(line, flow).concat()
}

/// One line in display order as the grapheme clusters the algorithm moved: the line's
/// clusters (segmented with its bidi controls in place, which are clusters of their own)
/// less the controls, each whole, a bracket at a right-to-left level mirrored. [`visual`] is
/// their concatenation.
pub fn visual_clusters(line: &str, flow: Flow) -> Vec<String> {
    let mut line = prepare(line, flow);
    if flow.shape {
        line = shape(&line);
    }
    if !flow.rtl && !needs_bidi(&line) {
        return line.graphemes(true).map(str::to_string).collect();
    }
    let info = BidiInfo::new(&line, Some(base(flow)));
    let mut out = Vec::new();
    for (range, rtl) in order(&info, 0..line.len()) {
        let mut g = String::new();
        push_cluster(&mut g, &line[range], rtl);
        if !g.is_empty() {
            out.push(g);
        }
    }
    out
}

/// One line made of styled parts, in display order: the parts are one paragraph for the
/// algorithm, and each cluster keeps the style of the part it came from. Adjacent clusters
/// of one style are merged into one part.
pub fn visual_styled<S: Copy + PartialEq>(parts: &[(&str, S)], flow: Flow) -> Vec<(String, S)> {
    if !flow.rtl && !parts.iter().any(|(s, _)| needs_bidi(s)) {
        return parts.iter().map(|(s, st)| (s.to_string(), *st)).collect();
    }
    let mut line = String::new();
    let mut starts = Vec::with_capacity(parts.len());
    let texts: Vec<&str> = parts.iter().map(|(s, _)| *s).collect();
    for clean in prepare_parts(&texts, flow) {
        starts.push(line.len());
        line.push_str(&if flow.shape { shape(&clean) } else { clean });
    }
    let info = BidiInfo::new(&line, Some(base(flow)));
    let mut out: Vec<(String, S)> = Vec::new();
    for (range, rtl) in order(&info, 0..line.len()) {
        let part = starts.partition_point(|&s| s <= range.start).saturating_sub(1);
        let style = parts[part].1;
        match out.last_mut() {
            Some((s, st)) if *st == style => push_cluster(s, &line[range], rtl),
            _ => {
                let mut s = String::new();
                push_cluster(&mut s, &line[range], rtl);
                if !s.is_empty() {
                    out.push((s, style));
                }
            }
        }
    }
    out
}

/// Wraps text (which may hold several paragraphs, one a line) to `max` cells and gives each
/// line in display order. Levels are resolved per paragraph, before the line breaks.
pub fn wrap(text_: &str, max: usize, flow: Flow) -> Vec<String> {
    let mut out = Vec::new();
    for para in text_.split('\n') {
        let clean = prepare(para, flow);
        let ranges = text::wrap_ranges(&clean, max);
        if !flow.rtl && !needs_bidi(&clean) {
            out.extend(ranges.into_iter().map(|r| clean[r].to_string()));
            continue;
        }
        let (para, ranges) = if flow.shape { shape_lines(&clean, &ranges) } else { (clean, ranges) };
        let info = BidiInfo::new(&para, Some(base(flow)));
        for r in ranges {
            let mut line = String::new();
            for (c, rtl) in order(&info, r) {
                push_cluster(&mut line, &para[c], rtl);
            }
            out.push(line);
        }
    }
    out
}

fn base(flow: Flow) -> Level {
    if flow.rtl { Level::rtl() } else { Level::ltr() }
}

/// The clusters of `line` (a byte range of the text `info` was built on) in display order,
/// each with whether it sits at a right-to-left level.
fn order(info: &BidiInfo, line: Range<usize>) -> Vec<(Range<usize>, bool)> {
    let text = info.text;
    let mut clusters: Vec<Range<usize>> = Vec::new();
    let mut levels: Vec<Level> = Vec::new();
    // A line may cross paragraph separators (U+2029 and the like); each paragraph's part is
    // laid out on its own, left to right one after the other, as the algorithm's rule L1 has it.
    for para in &info.paragraphs {
        let part = line.start.max(para.range.start)..line.end.min(para.range.end);
        if part.start >= part.end {
            continue;
        }
        let reordered = info.reordered_levels(para, part.clone());
        let mut cl: Vec<Range<usize>> = Vec::new();
        let mut lv: Vec<Level> = Vec::new();
        for (i, g) in text[part.clone()].grapheme_indices(true) {
            let start = part.start + i;
            cl.push(start..start + g.len());
            lv.push(reordered[start]);
        }
        for i in BidiInfo::reorder_visual(&lv) {
            clusters.push(cl[i].clone());
            levels.push(lv[i]);
        }
    }
    clusters.into_iter().zip(levels).map(|(c, l)| (c, l.is_rtl())).collect()
}

/// A cluster as drawn: controls removed, and at a right-to-left level a mirrored character
/// (a bracket) turned to face the other way.
fn push_cluster(out: &mut String, g: &str, rtl: bool) {
    let mut first = true;
    for c in g.chars().filter(|&c| !is_control(c)) {
        let c = if first && rtl { unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c) } else { c };
        first = false;
        out.push(c);
    }
}

/// Arabic letters as presentation forms, for terminals that draw each letter on its own.
/// Vowel marks are kept; a lam-alef ligature takes one cell where its letters took two, so
/// the line is padded with spaces at its logical end to keep its width.
///
/// The reshaper is given only runs of Arabic letters and the marks that follow them (it
/// fails on a mark with no letter before it, and on a ligature after a joiner, which it
/// drops); whatever
/// lies between runs is copied as it is.
pub fn shape(s: &str) -> String {
    let reshaper = reshaper();
    if !reshaper.need_reshape(s) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() * 2);
    let mut run = String::new();
    for c in s.chars() {
        // The reshaper would drop a joiner (U+200D), which emoji sequences need.
        let letter = c != '\u{200d}' && reshaper.need_reshape(c.encode_utf8(&mut [0; 4]));
        if letter || (!run.is_empty() && is_haraka(c)) {
            run.push(c);
        } else {
            if !run.is_empty() {
                out.push_str(&reshaper.reshape(std::mem::take(&mut run)));
            }
            out.push(c);
        }
    }
    if !run.is_empty() {
        out.push_str(&reshaper.reshape(run));
    }
    let (before, after) = (text::width(s), text::width(&out));
    out.extend(std::iter::repeat_n(' ', before.saturating_sub(after)));
    out
}

/// The reshaper: marks kept, only the lam-alef ligatures (the word ligature for "Allah"
/// would squeeze four cells into one).
fn reshaper() -> &'static ar_reshaper::ArabicReshaper {
    use ar_reshaper::prelude::LigatureNames;
    use ar_reshaper::{ArabicReshaper, ReshaperConfig};
    static RESHAPER: std::sync::OnceLock<ArabicReshaper> = std::sync::OnceLock::new();
    RESHAPER.get_or_init(|| {
        let mut config = ReshaperConfig { delete_harakat: false, ..ReshaperConfig::default() };
        config.update_ligature(LigatureNames::ARABIC_LIGATURE_ALLAH, false);
        ArabicReshaper::new(config)
    })
}

/// Arabic vowel and Quranic marks, as the reshaper counts them.
fn is_haraka(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061a}' | '\u{064b}'..='\u{065f}' | '\u{0670}' | '\u{06d6}'..='\u{06dc}' | '\u{06df}'..='\u{06e8}' | '\u{06ea}'..='\u{06ed}' | '\u{08d4}'..='\u{08ff}')
}

/// A paragraph with each wrapped line shaped on its own, and the lines' new ranges.
fn shape_lines(para: &str, ranges: &[Range<usize>]) -> (String, Vec<Range<usize>>) {
    let mut out = String::with_capacity(para.len());
    let mut new_ranges = Vec::with_capacity(ranges.len());
    let mut prev_end = 0;
    for r in ranges {
        // What lies between two lines (the space a break took) stays as it was.
        out.push_str(&para[prev_end.min(r.start)..r.start]);
        let start = out.len();
        out.push_str(&shape(&para[r.clone()]));
        new_ranges.push(start..out.len());
        prev_end = r.end;
    }
    out.push_str(&para[prev_end.min(para.len())..]);
    (out, new_ranges)
}

#[cfg(test)]
mod tests;
