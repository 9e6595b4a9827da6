//! Caps on Fluent text, the same in kind as those on TOML: how deeply placeables nest
//! (checked on the raw text *before* the parser runs, so no file can overflow its stack),
//! how long one message is, how deep references go, and how large a message grows once
//! every reference in it is expanded. Cycles of references are errors too.

use fluent_syntax::ast;
use std::collections::BTreeMap;
use std::ops::Range;

/// How deeply placeables, calls and select expressions may nest.
pub const MAX_DEPTH: usize = 16;
/// How many references deep one message may reach (`a` uses `b` uses `c` …).
pub const MAX_REF_DEPTH: usize = 8;
/// The most text one message may expand to, every reference followed (an over-estimate:
/// every variant of a select expression counts).
pub const MAX_EXPANSION: usize = 16 * 1024;

/// The first place where nesting goes deeper than [`MAX_DEPTH`], found without parsing.
///
/// Fluent nests through `{` (a placeable, in text or inside an expression) and `(` (call
/// arguments); a select expression's variants are text again. The scan follows exactly
/// that: inside an expression a string literal is skipped (its braces are text), in text a
/// quote is only a quote. A `}` or `)` closes the innermost opening of its kind. Where the
/// file is malformed the scan may count deeper than the parser would, never shallower.
pub fn too_deep(src: &str) -> Option<usize> {
    #[derive(Clone, Copy, PartialEq)]
    enum Frame {
        /// Inside `{ … }`, before any `->`.
        Expr,
        /// Inside `( … )`.
        Call,
        /// The variants of a select expression: text, closed by `}`.
        Variants,
    }
    let mut stack: Vec<Frame> = Vec::new();
    let mut chars = src.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let top = stack.last().copied();
        let in_text = matches!(top, None | Some(Frame::Variants));
        match c {
            '{' => stack.push(Frame::Expr),
            '(' if !in_text => stack.push(Frame::Call),
            ')' if top == Some(Frame::Call) => {
                stack.pop();
            }
            '}' if matches!(top, Some(Frame::Expr | Frame::Variants)) => {
                stack.pop();
            }
            '-' if top == Some(Frame::Expr) && chars.peek().is_some_and(|&(_, n)| n == '>') => {
                chars.next();
                if let Some(f) = stack.last_mut() {
                    *f = Frame::Variants;
                }
            }
            '"' if !in_text => {
                // A string literal ends at its closing quote or at the end of the line.
                while let Some((_, s)) = chars.next() {
                    match s {
                        '\\' => {
                            chars.next();
                        }
                        '"' | '\n' => break,
                        _ => {}
                    }
                }
            }
            _ => {}
        }
        if stack.len() > MAX_DEPTH {
            return Some(at);
        }
    }
    None
}

/// The text with every entry that nests too deeply blanked out (spaces, so offsets stay
/// where they were), and where each was found. The parser can then read the rest of the
/// file, so one bad message does not make every other message of the file go missing.
pub fn blank_deep(src: &str) -> (std::borrow::Cow<'_, str>, Vec<usize>) {
    let Some(first) = too_deep(src) else { return (std::borrow::Cow::Borrowed(src), Vec::new()) };
    let mut bytes = src.as_bytes().to_vec();
    let mut found = Vec::new();
    let mut at = Some(first);
    while let Some(a) = at {
        found.push(a);
        let text = std::str::from_utf8(&bytes).unwrap_or("");
        let (start, end) = entry_around(text, a);
        for b in &mut bytes[start..end] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
        // Multi-byte characters were blanked byte by byte: the text is still UTF-8.
        at = too_deep(std::str::from_utf8(&bytes).unwrap_or(""));
        if found.len() > 10_000 {
            break;
        }
    }
    (std::borrow::Cow::Owned(String::from_utf8(bytes).unwrap_or_default()), found)
}

/// The byte range of the entry around `at`: from the start of the line where it begins (a
/// line starting with a letter, `-` or `#`) to the start of the next such line.
fn entry_around(src: &str, at: usize) -> (usize, usize) {
    let starts_entry = |line: &str| line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-' || c == '#');
    let mut start = 0;
    let mut offset = 0;
    let mut end = src.len();
    for line in src.split_inclusive('\n') {
        if offset <= at {
            if starts_entry(line) {
                start = offset;
            }
        } else if starts_entry(line) {
            end = offset;
            break;
        }
        offset += line.len();
    }
    (start, end.max(at + 1).min(src.len()))
}

/// One message or term, as the reference checks see it.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Where its id is in its file.
    pub span: Range<usize>,
    pub file: super::diag::FileId,
    /// The text it holds itself, in bytes (all variants counted).
    pub own: usize,
    /// The messages (`id`) and terms (`-id`) it refers to, once per use.
    pub refs: Vec<String>,
}

/// What a message or term refers to and how much text it holds itself.
pub fn entry_of(
    file: super::diag::FileId,
    span: Range<usize>,
    value: Option<&ast::Pattern<&str>>,
    attrs: &[ast::Attribute<&str>],
) -> Entry {
    let mut e = Entry { span, file, own: 0, refs: Vec::new() };
    for p in value.into_iter().chain(attrs.iter().map(|a| &a.value)) {
        visit(p, &mut |leaf| match leaf {
            Leaf::Text(t) => e.own += t.len(),
            Leaf::Message(id) => e.refs.push(id.to_string()),
            Leaf::Term(id) => e.refs.push(format!("-{id}")),
            Leaf::Variable(_) => {}
        });
    }
    e
}

/// One leaf of a Fluent pattern, as [`visit`] finds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leaf<'a> {
    /// Text, or a string or number literal.
    Text(&'a str),
    Variable(&'a str),
    Message(&'a str),
    Term(&'a str),
}

/// Calls `f` on every leaf of a pattern: its text, and in its placeables every selector,
/// every variant, and every argument of function and term calls.
pub fn visit<'a>(p: &ast::Pattern<&'a str>, f: &mut impl FnMut(Leaf<'a>)) {
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => f(Leaf::Text(value)),
            ast::PatternElement::Placeable { expression } => visit_expression(expression, f),
        }
    }
}

fn visit_expression<'a>(x: &ast::Expression<&'a str>, f: &mut impl FnMut(Leaf<'a>)) {
    match x {
        ast::Expression::Select { selector, variants } => {
            visit_inline(selector, f);
            for v in variants {
                visit(&v.value, f);
            }
        }
        ast::Expression::Inline(i) => visit_inline(i, f),
    }
}

fn visit_inline<'a>(x: &ast::InlineExpression<&'a str>, f: &mut impl FnMut(Leaf<'a>)) {
    match x {
        ast::InlineExpression::StringLiteral { value } | ast::InlineExpression::NumberLiteral { value } => {
            f(Leaf::Text(value))
        }
        ast::InlineExpression::VariableReference { id } => f(Leaf::Variable(id.name)),
        ast::InlineExpression::MessageReference { id, .. } => f(Leaf::Message(id.name)),
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            f(Leaf::Term(id.name));
            if let Some(a) = arguments {
                visit_args(a, f);
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => visit_args(arguments, f),
        ast::InlineExpression::Placeable { expression } => visit_expression(expression, f),
    }
}

fn visit_args<'a>(a: &ast::CallArguments<&'a str>, f: &mut impl FnMut(Leaf<'a>)) {
    for x in a.positional.iter().chain(a.named.iter().map(|n| &n.value)) {
        visit_inline(x, f);
    }
}

/// A problem with one entry's references.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefProblem {
    /// The entry reaches itself again: the ids along the way, starting and ending with it.
    Cycle(Vec<String>),
    /// References go deeper than [`MAX_REF_DEPTH`].
    TooDeep(usize),
    /// Expanded, the entry holds more than [`MAX_EXPANSION`] bytes.
    TooLarge(usize),
}

/// Checks every entry's references: cycles, depth and expanded size. References to ids
/// not in `entries` (another pack's) count as nothing.
pub fn check_refs(entries: &BTreeMap<String, Entry>) -> Vec<(String, RefProblem)> {
    #[derive(Clone, Copy)]
    enum Seen {
        Visiting,
        /// Depth and expanded size.
        Done(usize, usize),
    }
    fn visit(
        id: &str,
        entries: &BTreeMap<String, Entry>,
        seen: &mut BTreeMap<String, Seen>,
        path: &mut Vec<String>,
        cycles: &mut Vec<Vec<String>>,
    ) -> (usize, usize) {
        let Some(e) = entries.get(id) else { return (0, 0) };
        match seen.get(id) {
            Some(Seen::Done(d, s)) => return (*d, *s),
            Some(Seen::Visiting) => {
                let from = path.iter().position(|p| p == id).unwrap_or(0);
                let mut c = path[from..].to_vec();
                c.push(id.to_string());
                cycles.push(c);
                return (0, 0);
            }
            None => {}
        }
        seen.insert(id.to_string(), Seen::Visiting);
        path.push(id.to_string());
        let (mut depth, mut size) = (0usize, e.own);
        for r in &e.refs {
            let (d, s) = visit(r, entries, seen, path, cycles);
            if entries.contains_key(r) {
                depth = depth.max(d + 1);
            }
            size = size.saturating_add(s);
        }
        path.pop();
        seen.insert(id.to_string(), Seen::Done(depth, size));
        (depth, size)
    }
    let mut seen = BTreeMap::new();
    let mut out = Vec::new();
    let mut cycles = Vec::new();
    for id in entries.keys() {
        let (depth, size) = visit(id, entries, &mut seen, &mut Vec::new(), &mut cycles);
        if depth > MAX_REF_DEPTH {
            out.push((id.clone(), RefProblem::TooDeep(depth)));
        } else if size > MAX_EXPANSION {
            out.push((id.clone(), RefProblem::TooLarge(size)));
        }
    }
    for c in cycles {
        let first = c[0].clone();
        if !out.iter().any(|(id, p)| id == &first && matches!(p, RefProblem::Cycle(_))) {
            out.push((first, RefProblem::Cycle(c)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_is_measured_without_parsing() {
        assert_eq!(too_deep("a = { $x }\nb = { $y -> [one] { $z } *[other] x }\n"), None);
        let deep = format!("a = {}x{}", "{".repeat(30_000), "}".repeat(30_000));
        assert_eq!(too_deep(&deep), Some(4 + MAX_DEPTH));
        // Quotes in text hide nothing; braces inside string literals are text.
        let quoted = format!("a = {{ $x -> *[o] \" {} }}", "{ ".repeat(40));
        assert!(too_deep(&quoted).is_some());
        assert_eq!(too_deep("a = { \"{{{{{{{{{{{{{{{{{{{{{{\" }"), None);
        let calls = format!("a = {{ {}1{} }}", "NUMBER(".repeat(40), ")".repeat(40));
        assert!(too_deep(&calls).is_some());
        // A `}` inside a string cannot close an opening to hide the next one.
        let hidden = "a = ".to_string() + &"{ \"}\" -> *[o] ".repeat(40);
        assert!(too_deep(&hidden).is_some());
    }

    #[test]
    fn a_deep_entry_is_blanked_and_the_rest_kept() {
        let src = format!("a = one\nb = {}x{}\n  more\nc = three\n", "{".repeat(40), "}".repeat(40));
        let (clean, found) = blank_deep(&src);
        assert_eq!(found.len(), 1);
        assert_eq!(clean.len(), src.len());
        assert!(clean.starts_with("a = one\n") && clean.ends_with("c = three\n"), "{clean}");
        assert!(too_deep(&clean).is_none());
        let res = fluent_syntax::parser::parse(clean.as_ref()).unwrap();
        assert_eq!(res.body.len(), 2);
    }

    fn entries(src: &str) -> BTreeMap<String, Entry> {
        let res = fluent_syntax::parser::parse(src).unwrap();
        let mut out = BTreeMap::new();
        for e in &res.body {
            match e {
                ast::Entry::Message(m) => {
                    out.insert(m.id.name.to_string(), entry_of(0, 0..0, m.value.as_ref(), &m.attributes));
                }
                ast::Entry::Term(t) => {
                    out.insert(format!("-{}", t.id.name), entry_of(0, 0..0, Some(&t.value), &t.attributes));
                }
                _ => {}
            }
        }
        out
    }

    #[test]
    fn cycles_depth_and_expansion_are_found() {
        assert!(check_refs(&entries("a = x { b }\nb = y { -t }\n-t = z\n")).is_empty());
        let cyc = check_refs(&entries("a = { b }\nb = { a }\n"));
        assert!(cyc.iter().any(|(_, p)| matches!(p, RefProblem::Cycle(c) if c.len() == 3)), "{cyc:?}");
        let mut chain = String::new();
        for i in 0..12 {
            chain.push_str(&format!("m{i} = {{ m{} }}\n", i + 1));
        }
        chain.push_str("m12 = end\n");
        assert!(check_refs(&entries(&chain)).iter().any(|(id, p)| id == "m0" && matches!(p, RefProblem::TooDeep(_))));
        let mut bomb = "b0 = ".to_string() + &"x".repeat(100) + "\n";
        for i in 1..8 {
            bomb.push_str(&format!("b{i} = {{ b{0} }}{{ b{0} }}{{ b{0} }}{{ b{0} }}\n", i - 1));
        }
        let found = check_refs(&entries(&bomb));
        assert!(found.iter().any(|(id, p)| id == "b7" && matches!(p, RefProblem::TooLarge(_))), "{found:?}");
    }
}
