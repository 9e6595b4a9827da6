//! Translations compared with English, for translators: messages missing or no longer in
//! `en-US`, attributes and variables that differ, and how much of each language is done.
//!
//! A gap (a missing message, value or attribute, or variables that differ) is a warning,
//! flagged so `check --strict` can make it an error; anything else stays a warning.

use super::diag::{Diagnostic, FileId};
use super::messages::{Catalog, Shape, Vars};
use serde::Serialize;

/// How much of one language a pack (or the UI) has translated.
///
/// The units are message values and attributes: `event-x = …` with `.title` is two.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Coverage {
    pub pack: String,
    pub lang: String,
    /// Units of `en-US` that this language has.
    pub translated: usize,
    /// Units in `en-US`.
    pub total: usize,
    /// `translated / total`, rounded down (100 only when complete).
    pub percent: usize,
}

impl Coverage {
    fn new(pack: &str, lang: &str, translated: usize, total: usize) -> Coverage {
        let percent = (translated * 100).checked_div(total).unwrap_or(100);
        Coverage { pack: pack.to_string(), lang: lang.to_string(), translated, total, percent }
    }
}

/// The value and attributes of an English message: its units.
fn units(shape: &Shape) -> usize {
    usize::from(shape.value.is_some()) + shape.attrs.len()
}

/// Compares one language's catalog with English, pushing a diagnostic per difference, and
/// returns its coverage. `file` is the language's first file, where summaries point.
pub fn compare(
    pack: &str,
    lang: &str,
    file: Option<FileId>,
    english: &Catalog,
    other: &Catalog,
    diags: &mut Vec<Diagnostic>,
) -> Coverage {
    let total: usize = english.values().map(units).sum();
    let mut translated = 0;
    let missing: Vec<&str> = english.keys().filter(|k| !other.contains_key(*k)).map(|s| s.as_str()).collect();
    if !missing.is_empty() {
        diags.push(
            Diagnostic::gap(
                pack,
                file,
                None,
                format!("{lang} lacks {} of {} messages; English is shown instead", missing.len(), english.len()),
            )
            .help(format!("missing in {lang}:\n{}", list(&missing))),
        );
    }
    for (id, en) in english {
        let Some(tr) = other.get(id) else { continue };
        translated += compare_message(pack, lang, id, en, tr, diags);
    }
    for (id, tr) in other.iter().filter(|(k, _)| !english.contains_key(*k)) {
        let near = crate::engine::expr::suggest(id, missing.iter().copied());
        diags.push(
            Diagnostic::warning(pack, Some(tr.file), Some(tr.span.clone()), format!("`{id}` is no longer in en-US"))
                .label("no English message has this id")
                .help(match near {
                    Some(n) => format!("was it renamed `{n}`? otherwise remove it"),
                    None => "remove it, or rename it to the id English uses now".to_string(),
                }),
        );
    }
    Coverage::new(pack, lang, translated, total)
}

/// Compares one message present in both languages; returns how many of its English units
/// the translation has.
fn compare_message(pack: &str, lang: &str, id: &str, en: &Shape, tr: &Shape, diags: &mut Vec<Diagnostic>) -> usize {
    let at = |span: &std::ops::Range<usize>| (Some(tr.file), Some(span.clone()));
    let mut done = 0;
    match (&en.value, &tr.value) {
        (Some(e), Some(t)) => {
            done += 1;
            vars_differ(pack, lang, id, None, e, t, at(&tr.span), diags);
        }
        (Some(_), None) => {
            let (f, s) = at(&tr.span);
            diags.push(
                Diagnostic::gap(pack, f, s, format!("`{id}` has no value in {lang}, only attributes"))
                    .label("English gives this message a value")
                    .help(format!("write the text after `{id} =`")),
            );
        }
        (None, Some(_)) => {
            let (f, s) = at(&tr.span);
            diags.push(
                Diagnostic::warning(pack, f, s, format!("`{id}` has a value in {lang} but not in en-US"))
                    .label("never shown")
                    .help("English has only attributes here; move the text into them"),
            );
        }
        (None, None) => {}
    }
    for (name, (_, e)) in &en.attrs {
        match tr.attrs.get(name) {
            Some((span, t)) => {
                done += 1;
                vars_differ(pack, lang, id, Some(name), e, t, at(span), diags);
            }
            None => {
                let (f, s) = at(&tr.span);
                diags.push(
                    Diagnostic::gap(pack, f, s, format!("`{id}` lacks the attribute `.{name}` in {lang}"))
                        .label(format!("English has `.{name}` here"))
                        .help(format!("add an indented line `    .{name} = …` under `{id} =`")),
                );
            }
        }
    }
    for (name, (span, _)) in tr.attrs.iter().filter(|(n, _)| !en.attrs.contains_key(*n)) {
        let (f, s) = at(span);
        diags.push(
            Diagnostic::warning(pack, f, s, format!("`{id}` has an attribute `.{name}` that en-US does not have"))
                .label("never shown")
                .help("remove it, or rename it to one of English's attributes"),
        );
    }
    done
}

/// Reports a unit whose variables differ between English and the translation.
#[allow(clippy::too_many_arguments)]
fn vars_differ(
    pack: &str,
    lang: &str,
    id: &str,
    attr: Option<&str>,
    en: &Vars,
    tr: &Vars,
    (file, span): (Option<FileId>, Option<std::ops::Range<usize>>),
    diags: &mut Vec<Diagnostic>,
) {
    let Some(what) = differ(en, tr) else { return };
    let unit = match attr {
        Some(a) => format!("`{id}.{a}`"),
        None => format!("`{id}`"),
    };
    diags.push(
        Diagnostic::gap(pack, file, span, format!("the variables of {unit} in {lang} differ from en-US"))
            .label(what)
            .help(format!("en-US uses {}", vars(en))),
    );
}

/// How the translation's variables differ from English's, or `None` when they are the same.
pub fn differ(en: &Vars, tr: &Vars) -> Option<String> {
    let lacks: Vec<&String> = en.difference(tr).collect();
    let adds: Vec<&String> = tr.difference(en).collect();
    match (lacks.is_empty(), adds.is_empty()) {
        (true, true) => None,
        (false, true) => Some(format!("lacks {}", names(lacks))),
        (true, false) => Some(format!("uses {}, which English does not", names(adds))),
        (false, false) => Some(format!("lacks {} and uses {}", names(lacks), names(adds))),
    }
}

/// Variable names as they are written: "`$a`, `$b`".
fn names<'a>(v: impl IntoIterator<Item = &'a String>) -> String {
    v.into_iter().map(|s| format!("`${s}`")).collect::<Vec<_>>().join(", ")
}

fn vars(v: &Vars) -> String {
    if v.is_empty() { "no variables".to_string() } else { names(v) }
}

/// Ids as lines of a readable width, comma separated.
fn list(ids: &[&str]) -> String {
    let mut lines: Vec<String> = vec![String::new()];
    for (i, id) in ids.iter().enumerate() {
        let sep = if i + 1 < ids.len() { "," } else { "" };
        let line = lines.last_mut().expect("one line at least");
        if !line.is_empty() && line.chars().count() + id.chars().count() + 2 > 76 {
            lines.push(String::new());
        }
        let line = lines.last_mut().expect("one line at least");
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(id);
        line.push_str(sep);
    }
    lines.join("\n")
}

/// The coverage table as text: one row per pack and language.
pub fn table(rows: &[Coverage]) -> String {
    if rows.is_empty() {
        return String::new();
    }
    let pack_w = rows.iter().map(|r| r.pack.chars().count()).max().unwrap_or(0).max(4);
    let lang_w = rows.iter().map(|r| r.lang.chars().count()).max().unwrap_or(0).max(4);
    let count = |r: &Coverage| format!("{}/{}", r.translated, r.total);
    let count_w = rows.iter().map(|r| count(r).len()).max().unwrap_or(0).max(5);
    let mut out = String::from("translated (message values and attributes, of en-US's):\n");
    out.push_str(&format!("{:pack_w$}  {:lang_w$}  {:>count_w$}  {:>4}\n", "pack", "lang", "units", "%"));
    for r in rows {
        out.push_str(&format!("{:pack_w$}  {:lang_w$}  {:>count_w$}  {:>3}%\n", r.pack, r.lang, count(r), r.percent));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::diag::SourceMap;
    use crate::content::messages::catalog;

    fn cat(src: &str) -> (Catalog, Vec<Diagnostic>) {
        let mut map = SourceMap::default();
        let f = map.add("x.ftl".into(), src.to_string());
        let mut diags = Vec::new();
        (catalog("p", &[f], &map, &mut diags), diags)
    }

    fn run(en: &str, tr: &str) -> (Coverage, Vec<Diagnostic>) {
        let (e, _) = cat(en);
        let (t, _) = cat(tr);
        let mut diags = Vec::new();
        (compare("p", "fr", None, &e, &t, &mut diags), diags)
    }

    #[test]
    fn variables_are_found_in_selects_calls_and_nested_placeables() {
        let (c, d) = cat(concat!(
            "a = { $n ->\n    [one] one { $who }\n   *[other] { NUMBER($count, minimumFractionDigits: 2) } { { $deep } }\n}\n",
            "b = { -term(case: \"gen\") } and { other-message } { \"literal\" }\n",
        ));
        assert!(d.is_empty(), "{d:?}");
        let a: Vec<&str> = c["a"].value.as_ref().unwrap().iter().map(|s| s.as_str()).collect();
        assert_eq!(a, ["count", "deep", "n", "who"]);
        assert!(c["b"].value.as_ref().unwrap().is_empty());
    }

    #[test]
    fn message_spans_point_at_the_id() {
        let src = "first = One\nsecond = Two\n    .title = T { $x }\n";
        let (c, _) = cat(src);
        assert_eq!(&src[c["second"].span.clone()], "second");
        let (span, vars) = &c["second"].attrs["title"];
        assert_eq!(&src[span.clone()], "title");
        assert!(vars.contains("x"));
    }

    #[test]
    fn a_variable_missing_or_added_in_a_translation_is_a_gap() {
        let (cov, d) = run("m = You have { $n } of { $total }\n", "m = Vous avez { $n } sur { $all }\n");
        assert_eq!(d.len(), 1, "{d:?}");
        assert!(d[0].gap);
        assert_eq!(d[0].label.as_deref(), Some("lacks `$total` and uses `$all`"));
        // The text is there: it counts as translated, the variables are reported.
        assert_eq!((cov.translated, cov.total), (1, 1));
    }

    #[test]
    fn select_variants_count_their_variables() {
        let en = "m = { $n ->\n    [one] one item\n   *[other] { $n } items\n}\n";
        let (_, d) = run(en, "m = { $n ->\n    [one] un objet\n   *[other] { $n } objets\n}\n");
        assert!(d.is_empty(), "{d:?}");
        let (_, d) = run(en, "m = des objets\n");
        assert_eq!(d[0].label.as_deref(), Some("lacks `$n`"));
    }

    #[test]
    fn missing_and_extra_attributes() {
        let en = "m = Text\n    .title = Title\n    .history = History\n";
        let (cov, d) = run(en, "m = Texte\n    .title = Titre\n    .hist = Histoire\n");
        let messages: Vec<&str> = d.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            messages,
            ["`m` lacks the attribute `.history` in fr", "`m` has an attribute `.hist` that en-US does not have"]
        );
        assert!(d[0].gap && !d[1].gap);
        assert_eq!((cov.translated, cov.total, cov.percent), (2, 3, 66));
    }

    #[test]
    fn missing_and_obsolete_messages() {
        let (cov, d) = run("a = A\nb = B\n    .title = T\nc = C\n", "a = A\nbb = B\n");
        assert_eq!(d.len(), 2, "{d:?}");
        assert!(d[0].gap);
        assert_eq!(d[0].message, "fr lacks 2 of 3 messages; English is shown instead");
        assert_eq!(d[0].help.as_deref(), Some("missing in fr:\nb, c"));
        assert!(!d[1].gap);
        assert_eq!(d[1].help.as_deref(), Some("was it renamed `b`? otherwise remove it"));
        assert_eq!((cov.translated, cov.total), (1, 4));
    }

    #[test]
    fn long_lists_wrap() {
        let ids: Vec<String> = (0..40).map(|i| format!("event-number-{i}")).collect();
        let refs: Vec<&str> = ids.iter().map(|s| s.as_str()).collect();
        let text = list(&refs);
        assert!(text.lines().count() > 5);
        assert!(text.lines().all(|l| l.chars().count() <= 78), "{text}");
        assert_eq!(text.matches("event-number-").count(), 40);
    }

    #[test]
    fn table_rows_align() {
        let rows = [Coverage::new("tutorial", "ar", 212, 212), Coverage::new("ui", "fr", 7, 10)];
        let t = table(&rows);
        assert!(t.contains("tutorial  ar    212/212  100%"), "{t}");
        assert!(t.contains("ui        fr       7/10   70%"), "{t}");
    }
}
