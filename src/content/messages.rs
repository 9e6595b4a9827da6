//! Fluent files of packs: syntax, forbidden characters, and the messages a scenario needs.

use super::diag::{Annotate, Diagnostic, FileId, SourceMap};
use super::ftl_limits;
use super::text;
use super::validate::Required;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

/// What `check` knows of one message: where it is and which variables each part uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shape {
    pub file: FileId,
    /// The message's id in its file.
    pub span: Range<usize>,
    /// The variables of the message's value, if it has one.
    pub value: Option<Vars>,
    /// Each attribute: where its name is and the variables it uses.
    pub attrs: BTreeMap<String, (Range<usize>, Vars)>,
}

/// Names of the variables (`$name`, without the `$`) a pattern uses.
pub type Vars = BTreeSet<String>;

/// Message ids and their shapes, as defined by a set of `.ftl` files.
pub type Catalog = BTreeMap<String, Shape>;

/// Parses one language's files of a pack into a catalog, reporting syntax errors and
/// forbidden characters (including ones written as `\u` escapes).
pub fn catalog(pack: &str, files: &[FileId], map: &SourceMap, diags: &mut Vec<Diagnostic>) -> Catalog {
    let mut cat = Catalog::new();
    let mut entries = BTreeMap::new();
    for &fid in files {
        let original = map.get(fid).text.as_str();
        check_escapes(pack, fid, original, diags);
        // A message nested too deeply is reported and blanked before the parser sees it.
        let (blanked, deep) = ftl_limits::blank_deep(original);
        for at in deep {
            // Known to be defined, so it is not also reported missing.
            let line_start = original[..at].rfind('\n').map_or(0, |i| i + 1);
            let id = original[line_start..].split('=').next().unwrap_or("").trim();
            if !id.is_empty() && !id.starts_with('-') && !id.contains(char::is_whitespace) {
                let span = line_start..line_start + id.len();
                let shape = Shape { file: fid, span, value: Some(Vars::new()), attrs: BTreeMap::new() };
                cat.insert(id.to_string(), shape);
            }
            diags.push(
                Diagnostic::error(
                    pack,
                    Some(fid),
                    Some(at..at + 1),
                    format!("placeables nest more than {} deep here", ftl_limits::MAX_DEPTH),
                )
                .label("too deep")
                .help("Fluent text needs only a few levels; this message is left out"),
            );
        }
        let src = blanked.as_ref();
        // A byte-order mark is reported as a forbidden character by the loader; the rest
        // of the file is still read.
        let body = src.strip_prefix('\u{feff}').unwrap_or(src);
        let res = match fluent_syntax::parser::parse(body) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    let shift = src.len() - body.len();
                    let (r, unclosed) = error_span(body, &e);
                    let mut d = Diagnostic::error(
                        pack,
                        Some(fid),
                        Some(r.start + shift..r.end + shift),
                        if unclosed {
                            "Fluent syntax error: this `{` is never closed".to_string()
                        } else {
                            format!("Fluent syntax error: {}", e.kind)
                        },
                    )
                    .label("here");
                    if let Some(h) = syntax_help(&e.kind) {
                        d = d.help(h);
                    }
                    diags.push(d);
                }
                r
            }
        };
        // A message the parser could not read is still defined, so it is not also reported
        // missing (its error above says what is wrong with it).
        for entry in &res.body {
            if let ast::Entry::Junk { content } = entry {
                let at = span_in(src, content).start;
                for line in content.lines() {
                    let Some((id, _)) = line.split_once('=') else { continue };
                    let id = id.trim();
                    if line.starts_with(|c: char| c.is_ascii_alphabetic())
                        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                        && !cat.contains_key(id)
                    {
                        let start = at + (line.as_ptr() as usize - content.as_ptr() as usize);
                        let shape = Shape {
                            file: fid,
                            span: start..start + id.len(),
                            value: Some(Vars::new()),
                            attrs: BTreeMap::new(),
                        };
                        cat.insert(id.to_string(), shape);
                    }
                }
            }
        }
        for entry in &res.body {
            let (key, span, limits) = match entry {
                ast::Entry::Message(m) => {
                    let span = span_in(src, m.id.name);
                    (
                        m.id.name.to_string(),
                        span.clone(),
                        ftl_limits::entry_of(fid, span, m.value.as_ref(), &m.attributes),
                    )
                }
                ast::Entry::Term(t) => {
                    let span = span_in(src, t.id.name);
                    (
                        format!("-{}", t.id.name),
                        span.clone(),
                        ftl_limits::entry_of(fid, span, Some(&t.value), &t.attributes),
                    )
                }
                _ => continue,
            };
            if limits.own > text::MAX_STRING {
                diags.push(
                    Diagnostic::error(
                        pack,
                        Some(fid),
                        Some(span),
                        format!("`{key}` holds {} bytes of text; the limit is {}", limits.own, text::MAX_STRING),
                    )
                    .label("this message")
                    .help("split it into several messages"),
                );
            }
            entries.insert(key, limits);
        }
        for entry in res.body {
            if let ast::Entry::Message(m) = entry {
                let attrs = m
                    .attributes
                    .iter()
                    .map(|a| (a.id.name.to_string(), (span_in(src, a.id.name), variables(&a.value))))
                    .collect();
                let shape =
                    Shape { file: fid, span: span_in(src, m.id.name), value: m.value.as_ref().map(variables), attrs };
                cat.insert(m.id.name.to_string(), shape);
            }
        }
    }
    for (id, problem) in ftl_limits::check_refs(&entries) {
        let e = &entries[&id];
        let (message, help) = match problem {
            ftl_limits::RefProblem::Cycle(path) => (
                format!("`{id}` refers back to itself: {}", path.join(" → ")),
                "a message may not use itself, directly or through others".to_string(),
            ),
            ftl_limits::RefProblem::TooDeep(d) => (
                format!("`{id}` reaches {d} references deep; the limit is {}", ftl_limits::MAX_REF_DEPTH),
                "use fewer messages inside messages".to_string(),
            ),
            ftl_limits::RefProblem::TooLarge(n) => (
                format!(
                    "`{id}` grows to about {n} bytes once the messages it uses are put in; the limit is {}",
                    ftl_limits::MAX_EXPANSION
                ),
                "use each message fewer times, or write the text out".to_string(),
            ),
        };
        diags.push(Diagnostic::error(pack, Some(e.file), Some(e.span.clone()), message).label("here").help(help));
    }
    cat
}

/// Where a parse error is. The parser reports an unclosed placeable (`{ South`) where it
/// looked for the `}`: at the start of the next line. The mistake is at the end of the line
/// before, so the diagnostic points there.
fn error_span(src: &str, e: &fluent_syntax::parser::ParserError) -> (Range<usize>, bool) {
    let start = e.pos.start.min(src.len());
    let entry_start = e.slice.as_ref().map_or(start, |s| s.start).min(start);
    let expected_token = matches!(e.kind, fluent_syntax::parser::ErrorKind::ExpectedToken(_));
    if expected_token && start > entry_start {
        // A `{` left open on an earlier line: the mistake is that brace, not where the
        // parser gave up looking for its `}`.
        let line_start = src[..start].rfind('\n').map_or(0, |i| i + 1);
        if line_start > entry_start
            && let Some(open) = unclosed_brace(&src[entry_start..line_start])
        {
            let at = entry_start + open;
            return (at..at + 1, true);
        }
        if src.get(..start).is_some_and(|b| b.ends_with('\n')) {
            let end = src[..start].trim_end_matches(['\n', '\r']).len();
            return (end..end, false);
        }
    }
    // The underline stays on the error's line.
    let line_end = src[start..].find('\n').map_or(src.len(), |i| start + i);
    (start..e.pos.end.min(line_end).max(start), false)
}

/// The offset of the last `{` in `text` that no `}` closes, if any.
fn unclosed_brace(text: &str) -> Option<usize> {
    let mut open = Vec::new();
    for (i, c) in text.char_indices() {
        match c {
            '{' => open.push(i),
            '}' => {
                open.pop();
            }
            _ => {}
        }
    }
    open.pop()
}

/// What to do about a Fluent syntax error, in words a translator understands.
fn syntax_help(kind: &fluent_syntax::parser::ErrorKind) -> Option<&'static str> {
    use fluent_syntax::parser::ErrorKind as K;
    Some(match kind {
        K::ExpectedToken('}') => "close the placeable with `}`; to write a brace as text, use {\"{\"}",
        K::ExpectedCharRange { range } if range.starts_with('a') => {
            "a name must follow: `{ $variable }`, `{ -term }` or `{ other-message }`, starting with a letter"
        }
        K::ExpectedCharRange { range } if range.starts_with('0') => {
            "a `-` inside `{ }` starts a term name or a negative number"
        }
        K::ExpectedInlineExpression => {
            "a placeable holds a variable `{ $name }`, a message `{ other-id }`, a term `{ -term }`, a number or a quoted string; to write a brace as text, use {\"{\"}"
        }
        K::UnbalancedClosingBrace => "a `}` without its `{`; to write a brace as text, use {\"}\"}",
        K::ExpectedToken('=') => "a message is written `id = text`",
        _ => return None,
    })
}

/// The byte range of `part`, a slice of `src` (fluent-syntax's AST borrows from the source
/// and carries no positions of its own).
fn span_in(src: &str, part: &str) -> Range<usize> {
    let start = (part.as_ptr() as usize).wrapping_sub(src.as_ptr() as usize);
    if start <= src.len() && start + part.len() <= src.len() { start..start + part.len() } else { 0..0 }
}

/// Every variable a pattern uses: in placeables, select expressions (the selector and every
/// variant) and the arguments of function and term calls.
pub fn variables(pattern: &ast::Pattern<&str>) -> Vars {
    let mut out = Vars::new();
    ftl_limits::visit(pattern, &mut |leaf| {
        if let ftl_limits::Leaf::Variable(v) = leaf {
            out.insert(v.to_string());
        }
    });
    out
}

/// Reports `\uXXXX` / `\UXXXXXX` escapes in Fluent string literals that produce a
/// forbidden character: the raw-text scan cannot see those.
fn check_escapes(pack: &str, fid: FileId, src: &str, diags: &mut Vec<Diagnostic>) {
    let bytes = src.as_bytes();
    let mut i = 0;
    while i + 1 < bytes.len() {
        if bytes[i] == b'\\' && (bytes[i + 1] == b'u' || bytes[i + 1] == b'U') {
            let len = if bytes[i + 1] == b'u' { 4 } else { 6 };
            let hex = src.get(i + 2..i + 2 + len).unwrap_or("");
            if let Some(c) = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)
                && text::is_forbidden(c)
            {
                let what = text::check(&c.to_string()).unwrap_or_default();
                diags.push(
                    Diagnostic::error(
                        pack,
                        Some(fid),
                        Some(i..i + 2 + len),
                        format!("the escape produces a forbidden character: {what}"),
                    )
                    .label("this escape")
                    .help("pack text may not hold control characters, escape sequences or bidi overrides"),
                );
            }
            i += 2;
        } else {
            i += 1;
        }
    }
}

/// Checks that the English catalog has every message and attribute the scenario needs.
pub fn check_required(required: &[Required], english: &Catalog, diags: &mut Vec<Diagnostic>) {
    for r in required {
        match english.get(&r.id) {
            None => {
                let near = crate::engine::expr::suggest(&r.id, english.keys().map(|s| s.as_str()));
                let mut d = Diagnostic::error(
                    &r.pack,
                    Some(r.file),
                    Some(r.span.clone()),
                    format!("missing Fluent message `{}` in en-US", r.id),
                )
                .label("its text is looked up under this id");
                d = match near {
                    Some(n) => d.help(format!(
                        "did you mean `{n}`? otherwise add `{} = …` to the pack's locales/en-US/*.ftl",
                        r.id
                    )),
                    None => d.help(format!("add `{} = …` to the pack's locales/en-US/*.ftl", r.id)),
                };
                diags.push(d);
            }
            Some(shape) => {
                for a in &r.attrs {
                    if !shape.attrs.contains_key(*a) {
                        let mut d = Diagnostic::error(
                            &r.pack,
                            Some(r.file),
                            Some(r.span.clone()),
                            format!("Fluent message `{}` has no `.{a}` attribute in en-US", r.id),
                        );
                        (&mut d).help(format!("add an indented line `    .{a} = …` under `{} =`", r.id));
                        diags.push(d);
                    }
                }
            }
        }
    }
}
