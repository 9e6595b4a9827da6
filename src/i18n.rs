//! Localization: Fluent bundles for the UI and the packs, language choice and fallback.
//!
//! This is the only place message ids become words. A message missing in the chosen
//! language falls back to English; a message missing everywhere shows its id (never an
//! empty line) and is counted, so `check` and tests can find it. Numbers are formatted for
//! the language (`numbers`).

use crate::content::text::sanitize;
use crate::engine::{Arg, Date, Message};
use fluent::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use unic_langid::LanguageIdentifier;

mod numbers;

/// The UI's own messages, built into the binary, per language.
pub const UI: &[(&str, &str)] = &[
    ("en-US", include_str!("../locales/en-US/ui.ftl")),
    ("ar", include_str!("../locales/ar/ui.ftl")),
    ("he", include_str!("../locales/he/ui.ftl")),
    ("fr", include_str!("../locales/fr/ui.ftl")),
];

/// The fallback language.
pub const FALLBACK: &str = "en-US";

/// The pseudo-locale: English with every letter accented and vowels doubled (fluent-pseudo's
/// accented mode), so text that bypasses Fluent stands out and text about a third longer
/// shows where the layout is too tight. Chosen only with `--lang en-XA` (the tag Android and
/// CLDR use for accented English); it is not offered in the title screen's list, which is for
/// players.
pub const PSEUDO: &str = "en-XA";

/// Whether a language tag names the pseudo-locale.
pub fn is_pseudo(lang: &str) -> bool {
    lang.eq_ignore_ascii_case(PSEUDO)
}

/// The transform the pseudo-locale's bundle applies to every piece of message text
/// (variables are left alone).
fn pseudo(text: &str) -> std::borrow::Cow<'_, str> {
    fluent_pseudo::transform(text, false, true)
}

/// A tag's primary language, lowercase: `fr` for `fr-CA` or `FR_ca`.
pub fn primary(tag: &str) -> String {
    tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase()
}

/// The language chosen for a request when something is written in the language asked for
/// (the same primary language, or the pseudo-locale), `None` when the game would fall back
/// to another one.
pub fn serves(requested: &str, available: &[String]) -> Option<String> {
    let chosen = choose_language(Some(requested), available);
    (primary(&chosen) == primary(requested) || is_pseudo(requested)).then_some(chosen)
}

/// Chooses the language: the one asked for, else the system's, negotiated against what is
/// available; `en-US` when nothing matches (including `LANG=C`). The pseudo-locale is
/// chosen only when asked for by name.
pub fn choose_language(requested: Option<&str>, available: &[String]) -> String {
    if requested.is_some_and(is_pseudo) {
        return PSEUDO.to_string();
    }
    let wanted = requested.map(str::to_string).or_else(sys_locale::get_locale).unwrap_or_default();
    let wanted = wanted.split(['.', '@']).next().unwrap_or("").replace('_', "-");
    let Ok(req) = wanted.parse::<LanguageIdentifier>() else { return FALLBACK.into() };
    let avail: Vec<LanguageIdentifier> = available.iter().filter_map(|a| a.parse().ok()).collect();
    let default: LanguageIdentifier = FALLBACK.parse().expect("valid tag");
    let chosen = fluent_langneg::negotiate_languages(
        &[req],
        &avail,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    chosen.first().map_or_else(|| FALLBACK.to_string(), |l| l.to_string())
}

/// Languages of the UI.
pub fn ui_languages() -> Vec<String> {
    UI.iter().map(|(l, _)| l.to_string()).collect()
}

/// A label as it starts a line or a list item: first letter in capitals ("the envoy" →
/// "The envoy"); scripts without case are left as they are.
pub fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// Whether a language is written right to left.
pub fn is_rtl(lang: &str) -> bool {
    matches!(lang.split('-').next(), Some("ar" | "he" | "fa" | "ur" | "yi"))
}

/// The text of one language, with English behind it.
pub struct Texts {
    pub lang: String,
    chain: Vec<FluentBundle<FluentResource>>,
    missing: RefCell<BTreeSet<String>>,
    /// Messages without arguments, formatted once: screens ask for the same labels on every frame.
    cache: RefCell<BTreeMap<(String, Option<String>), String>>,
}

impl Texts {
    /// Bundles for `lang` then English, each with the UI's and the packs' messages
    /// (later packs override earlier ones). The pseudo-locale's bundle holds the English
    /// messages, transformed.
    pub fn new(lang: &str, packs: &BTreeMap<String, Vec<(PathBuf, String)>>) -> Texts {
        let mut langs = vec![lang.to_string()];
        if lang != FALLBACK {
            langs.push(FALLBACK.to_string());
        }
        let chain = langs
            .iter()
            .map(|l| {
                let id: LanguageIdentifier = l.parse().unwrap_or_else(|_| FALLBACK.parse().expect("valid tag"));
                let mut b = FluentBundle::new(vec![id]);
                b.set_formatter(Some(numbers::format));
                let source = if is_pseudo(l) {
                    b.set_transform(Some(pseudo));
                    FALLBACK
                } else {
                    l.as_str()
                };
                for (_, src) in UI.iter().filter(|(u, _)| *u == source) {
                    b.add_resource_overriding(parse(src));
                }
                for (_, src) in packs.get(source).into_iter().flatten() {
                    b.add_resource_overriding(parse(src));
                }
                b
            })
            .collect();
        Texts {
            lang: lang.to_string(),
            chain,
            missing: RefCell::new(BTreeSet::new()),
            cache: RefCell::new(BTreeMap::new()),
        }
    }

    /// Right to left?
    pub fn rtl(&self) -> bool {
        is_rtl(&self.lang)
    }

    /// Message ids that were asked for and found nowhere (or blank everywhere); their ids
    /// were shown instead.
    pub fn missing(&self) -> Vec<String> {
        self.missing.borrow().iter().cloned().collect()
    }

    /// A line for standard error naming the messages that were missing, if any.
    pub fn missing_report(&self) -> Option<String> {
        let missing = self.missing();
        (!missing.is_empty()).then(|| {
            format!(
                "{} message(s) missing in every language, shown by id: {}; `goodfaith check` reports them",
                missing.len(),
                missing.join(", ")
            )
        })
    }

    /// Whether the message (or its attribute) exists in some language.
    pub fn has(&self, id: &str, attr: Option<&str>) -> bool {
        self.chain.iter().any(|b| {
            b.get_message(id).is_some_and(|m| match attr {
                None => m.value().is_some(),
                Some(a) => m.get_attribute(a).is_some(),
            })
        })
    }

    /// The messages that `id`'s attribute `attr` names directly (`{ other-id }`), in the
    /// order it names them, as written in the first language that has the attribute: how
    /// the debrief finds the works a historical note cites.
    pub fn references(&self, id: &str, attr: &str) -> Vec<String> {
        use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
        let Some(p) = self.chain.iter().find_map(|b| b.get_message(id)?.get_attribute(attr)) else {
            return Vec::new();
        };
        let mut out: Vec<String> = Vec::new();
        for el in &p.value().elements {
            if let PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::MessageReference { id, attribute: None }),
            } = el
                && !out.iter().any(|o| o == id.name)
            {
                out.push(id.name.to_string());
            }
        }
        out
    }

    /// Formats an engine message, sanitized for output.
    pub fn msg(&self, m: &Message) -> String {
        let mut args = FluentArgs::new();
        for (name, a) in &m.args {
            let v: FluentValue = match a {
                Arg::Num(n) => FluentValue::from(*n),
                Arg::Date(d) => FluentValue::from(self.date(*d)),
                Arg::Msg(inner) => FluentValue::from(self.msg(inner)),
            };
            args.set(*name, v);
        }
        self.format(&m.id, m.attr, Some(&args))
    }

    /// A message with no arguments.
    pub fn get(&self, id: &str) -> String {
        self.format(id, None, None)
    }

    /// Items joined as a list in this language ("a, b" in English, "أ، ب" in Arabic).
    pub fn list(&self, items: &[String]) -> String {
        items.join(&self.get("list-separator"))
    }

    /// A label and its value ("Violence: 20"; French puts a space before the colon).
    pub fn pair(&self, label: &str, value: &str) -> String {
        format!("{label}{}{value}", self.get("label-separator"))
    }

    /// An attribute of a message.
    pub fn attr(&self, id: &str, attr: &str) -> String {
        self.format(id, Some(attr), None)
    }

    /// A message with named arguments.
    pub fn fmt(&self, id: &str, args: &[(&str, FluentValue)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.format(id, None, Some(&fa))
    }

    /// A date in words: "3 March 2025".
    pub fn date(&self, d: Date) -> String {
        let month = self.get(&format!("month-{}", d.month));
        self.fmt(
            "date",
            &[
                ("day", FluentValue::from(d.day as i64)),
                ("month", FluentValue::from(month)),
                // Formatted like any number in the language, but never grouped: 2013, not 2,013.
                ("year", numbers::ungrouped(d.year as i64)),
            ],
        )
    }

    fn format(&self, id: &str, attr: Option<&str>, args: Option<&FluentArgs>) -> String {
        let plain = args.is_none_or(|a| a.iter().next().is_none());
        let key = (id.to_string(), attr.map(str::to_string));
        if plain && let Some(hit) = self.cache.borrow().get(&key) {
            return hit.clone();
        }
        let text = self.format_uncached(id, attr, args);
        if plain {
            self.cache.borrow_mut().insert(key, text.clone());
        }
        text
    }

    fn format_uncached(&self, id: &str, attr: Option<&str>, args: Option<&FluentArgs>) -> String {
        for b in &self.chain {
            let Some(m) = b.get_message(id) else { continue };
            let pattern = match attr {
                None => m.value(),
                Some(a) => m.get_attribute(a).map(|x| x.value()),
            };
            if let Some(p) = pattern {
                let mut errors = Vec::new();
                let s = sanitize(&b.format_pattern(p, args, &mut errors));
                // A message that comes out blank (`x = { "" }`) would leave an empty line:
                // treat it as missing here and try the next language.
                if !s.trim().is_empty() {
                    return s;
                }
            }
        }
        // A missing message shows its id, which may come from anywhere: cleaned like text.
        let key = sanitize(&match attr {
            Some(a) => format!("{id}.{a}"),
            None => id.to_string(),
        });
        self.missing.borrow_mut().insert(key.clone());
        key
    }
}

fn parse(src: &str) -> FluentResource {
    // A message nested deeper than any pack may hold is never given to the parser, whose
    // recursion it could overflow; `check` names the place.
    let (src, _) = crate::content::ftl_limits::blank_deep(src);
    FluentResource::try_new(src.into_owned()).unwrap_or_else(|(r, _)| r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_that_start_a_line_are_capitalized() {
        assert_eq!(capitalized("the envoy"), "The envoy");
        assert_eq!(capitalized("le secrétaire d’État"), "Le secrétaire d’État");
        assert_eq!(capitalized("المبعوث"), "المبعوث");
        assert_eq!(capitalized(""), "");
    }

    #[test]
    fn falls_back_and_counts_missing() {
        let t = Texts::new("fr", &BTreeMap::new());
        assert_eq!(t.get("no-such-message"), "no-such-message");
        assert_eq!(t.missing(), vec!["no-such-message".to_string()]);
        assert!(!t.get("quit-saved").is_empty());
    }

    /// Found by fuzzing: a missing message shows its id, and an id holding control
    /// characters reached the screen raw.
    #[test]
    fn a_missing_message_shows_its_id_cleaned() {
        let t = Texts::new("en-US", &BTreeMap::new());
        assert_eq!(t.get("scen\u{0}\u{1b}[2Jario"), "scen[2Jario");
    }

    #[test]
    fn a_missing_or_blank_message_never_renders_an_empty_line() {
        let pack = |src: &str| (PathBuf::from("p.ftl"), src.to_string());
        let mut packs = BTreeMap::new();
        packs.insert(
            "en-US".to_string(),
            vec![pack("blank-fr = In English\nblank-everywhere = { \"\" }\nattrs-only = Text\n    .title = Title\n")],
        );
        packs.insert(
            "fr".to_string(),
            vec![pack("blank-fr = { \" \" }\nblank-everywhere = { \"\" }\nattrs-only =\n    .title = Titre\n")],
        );
        let t = Texts::new("fr", &packs);
        assert_eq!(t.get("blank-fr"), "In English");
        assert_eq!(t.get("attrs-only"), "Text");
        assert_eq!(t.attr("attrs-only", "title"), "Titre");
        assert_eq!(t.get("blank-everywhere"), "blank-everywhere");
        assert_eq!(t.attr("attrs-only", "nope"), "attrs-only.nope");
        assert_eq!(t.missing(), ["attrs-only.nope", "blank-everywhere"]);
        let report = t.missing_report().unwrap();
        assert!(report.starts_with("2 message(s) missing") && report.contains("blank-everywhere"), "{report}");
        assert_eq!(Texts::new("fr", &packs).missing_report(), None);
    }

    #[test]
    fn every_interface_message_renders_non_empty_in_every_language() {
        let (_, en) = UI.iter().find(|(l, _)| *l == FALLBACK).unwrap();
        let ids: Vec<String> = parse(en)
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) if m.value.is_some() => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect();
        assert!(ids.len() > 100);
        for lang in ui_languages().iter().map(String::as_str).chain([PSEUDO]) {
            let t = Texts::new(lang, &BTreeMap::new());
            for id in &ids {
                assert!(!t.get(id).trim().is_empty(), "{lang}: {id} is blank");
            }
            assert!(t.missing().is_empty(), "{lang}: {:?}", t.missing());
        }
    }

    #[test]
    fn language_choice_handles_posix_and_unknown_tags() {
        let avail = vec!["en-US".to_string(), "fr".to_string()];
        assert_eq!(choose_language(Some("C"), &avail), "en-US");
        assert_eq!(choose_language(Some("fr_FR.UTF-8"), &avail), "fr");
        assert_eq!(choose_language(Some("de"), &avail), "en-US");
        assert_eq!(choose_language(Some("!!"), &avail), "en-US");
    }

    #[test]
    fn the_pseudo_locale_accents_every_message_and_is_chosen_only_by_name() {
        let avail = vec!["en-US".to_string(), "fr".to_string()];
        assert_eq!(choose_language(Some("en-XA"), &avail), PSEUDO);
        assert_eq!(choose_language(Some("en-xa"), &avail), PSEUDO);
        assert_eq!(choose_language(Some("en"), &avail), "en-US");
        let t = Texts::new(PSEUDO, &BTreeMap::new());
        assert!(!t.rtl());
        assert_eq!(t.get("month-7"), "Ĵuuŀẏ");
        assert_eq!(t.date(Date { year: 2013, month: 7, day: 29 }), "29 Ĵuuŀẏ 2013");
        // Variables are left as they are; only the message's own text is transformed.
        let saved = t.fmt("saved-to", &[("path", "/tmp/game.toml".into())]);
        assert!(
            saved.contains("/tmp/game.toml")
                && saved != Texts::new("en-US", &BTreeMap::new()).fmt("saved-to", &[("path", "/tmp/game.toml".into())]),
            "{saved}"
        );
        assert!(t.missing().is_empty());
    }

    /// Strips the invisible isolation marks Fluent puts around variables.
    fn visible(s: String) -> String {
        s.chars().filter(|c| !('\u{2066}'..='\u{2069}').contains(c)).collect()
    }

    #[test]
    fn dates_read_as_words_in_each_language() {
        let day = Date { year: 2013, month: 7, day: 29 };
        let first = Date { year: 2014, month: 4, day: 1 };
        for (lang, want, want_first) in [
            ("en-US", "29 July 2013", "1 April 2014"),
            ("fr", "29 juillet 2013", "1er avril 2014"),
            ("he", "29 ביולי 2013", "1 באפריל 2014"),
            ("ar", "29 تموز 2013", "1 نيسان 2014"),
        ] {
            let t = Texts::new(lang, &BTreeMap::new());
            assert_eq!(visible(t.date(day)), want, "{lang}");
            assert_eq!(visible(t.date(first)), want_first, "{lang}");
        }
    }

    #[test]
    fn numbers_in_messages_are_grouped_for_the_language() {
        for (lang, want) in [("en-US", "12,345"), ("fr", "12\u{202f}345"), ("he", "12,345"), ("ar", "12,345")] {
            let t = Texts::new(lang, &BTreeMap::new());
            let text = visible(t.fmt("ending-score", &[("score", 12345.into()), ("tier", "x".into())]));
            assert!(text.contains(want), "{lang}: {text}");
        }
    }

    #[test]
    fn grouped_numbers_stay_whole_in_right_to_left_lines() {
        // The terminal game reverses right-to-left lines itself; a grouped number is one
        // left-to-right run inside them, so its digits and separators keep their order.
        for lang in ["ar", "he"] {
            let t = Texts::new(lang, &BTreeMap::new());
            let line = t.fmt("ending-score", &[("score", 12345.into()), ("tier", t.get("tier-success").into())]);
            let shown = crate::tui::bidi::visual(&line, crate::tui::bidi::Flow::RTL);
            assert!(shown.contains("12,345"), "{lang}: {shown}");
            assert!(!shown.chars().any(|c| ('\u{2066}'..='\u{2069}').contains(&c) || c == '\u{200e}'));
        }
        let t = Texts::new("ar", &BTreeMap::new());
        let shown =
            crate::tui::bidi::visual(&t.date(Date { year: 2013, month: 7, day: 29 }), crate::tui::bidi::Flow::RTL);
        assert!(shown.contains("2013") && shown.contains("29"), "{shown}");
    }
}
