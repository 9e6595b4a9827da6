//! Fluent files of packs: syntax, forbidden characters, and the messages a scenario needs.

use super::diag::{Annotate, Diagnostic, FileId, SourceMap};
use super::load::Pack;
use super::text;
use super::validate::Required;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// Message ids and their attributes, as defined by a set of `.ftl` files.
pub type Catalog = BTreeMap<String, BTreeSet<String>>;

/// Parses a pack's files for one language into a catalog, reporting syntax errors and
/// forbidden characters (including ones written as `\u` escapes).
pub fn catalog(pack: &Pack, lang: &str, map: &SourceMap, diags: &mut Vec<Diagnostic>) -> Catalog {
    let mut cat = Catalog::new();
    for &fid in pack.ftl.get(lang).map(|v| v.as_slice()).unwrap_or(&[]) {
        let src = &map.get(fid).text;
        check_escapes(&pack.id, fid, src, diags);
        let res = match fluent_syntax::parser::parse(src.as_str()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    diags.push(
                        Diagnostic::error(
                            &pack.id,
                            Some(fid),
                            Some(e.pos.clone()),
                            format!("Fluent syntax error: {}", e.kind),
                        )
                        .label("here"),
                    );
                }
                r
            }
        };
        for entry in res.body {
            if let ast::Entry::Message(m) = entry {
                let attrs = m.attributes.iter().map(|a| a.id.name.to_string()).collect();
                cat.insert(m.id.name.to_string(), attrs);
            }
        }
    }
    cat
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
            Some(attrs) => {
                for a in &r.attrs {
                    if !attrs.contains(*a) {
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

/// Warns about messages a translation lacks or has in excess, compared with English.
pub fn compare(pack: &Pack, lang: &str, english: &Catalog, other: &Catalog, diags: &mut Vec<Diagnostic>) {
    let file = pack.ftl.get(lang).and_then(|v| v.first().copied());
    let missing: Vec<&String> = english.keys().filter(|k| !other.contains_key(*k)).collect();
    if !missing.is_empty() {
        let shown: Vec<&str> = missing.iter().take(5).map(|s| s.as_str()).collect();
        diags.push(
            Diagnostic::warning(
                &pack.id,
                file,
                None,
                format!("{lang} lacks {} of {} messages; English is shown instead", missing.len(), english.len()),
            )
            .help(format!("first missing: {}", shown.join(", "))),
        );
    }
    let extra: Vec<&String> = other.keys().filter(|k| !english.contains_key(*k)).collect();
    if !extra.is_empty() {
        let shown: Vec<&str> = extra.iter().take(5).map(|s| s.as_str()).collect();
        diags.push(
            Diagnostic::warning(
                &pack.id,
                file,
                None,
                format!("{lang} has {} messages that English no longer has", extra.len()),
            )
            .help(format!("remove or rename: {}", shown.join(", "))),
        );
    }
}
