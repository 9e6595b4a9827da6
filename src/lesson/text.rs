//! The teacher's text: one string (the class's language), or a table of strings by
//! language (`en-US = "…"`, `fr = "…"`), from which the language played is picked.

use crate::content::text::Text;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Localized {
    One(Text),
    Many(BTreeMap<String, Text>),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum LocalizedList {
    One(Vec<Text>),
    Many(BTreeMap<String, Vec<Text>>),
}

/// The entry for `lang`: the same tag, else the same language (`fr` for `fr-CA`), else
/// `en-US`, else the first.
fn pick<'a, T>(map: &'a BTreeMap<String, T>, lang: &str) -> Option<&'a T> {
    let primary = crate::i18n::primary;
    map.get(lang)
        .or_else(|| map.iter().find(|(k, _)| primary(k) == primary(lang)).map(|(_, v)| v))
        .or_else(|| map.get("en-US"))
        .or_else(|| map.values().next())
}

impl Localized {
    /// The longest text, in characters, over its languages.
    pub fn longest(&self) -> usize {
        match self {
            Localized::One(t) => t.chars().count(),
            Localized::Many(m) => m.values().map(|t| t.chars().count()).max().unwrap_or(0),
        }
    }

    pub fn pick(&self, lang: &str) -> String {
        match self {
            Localized::One(t) => t.0.clone(),
            Localized::Many(m) => pick(m, lang).map(|t| t.0.clone()).unwrap_or_default(),
        }
    }
}

impl LocalizedList {
    /// The longest list, in characters, over its languages.
    pub fn longest(&self) -> usize {
        let len = |l: &Vec<Text>| l.iter().map(|t| t.chars().count()).sum::<usize>();
        match self {
            LocalizedList::One(l) => len(l),
            LocalizedList::Many(m) => m.values().map(len).max().unwrap_or(0),
        }
    }

    pub fn pick(&self, lang: &str) -> Vec<String> {
        let list = match self {
            LocalizedList::One(l) => Some(l),
            LocalizedList::Many(m) => pick(m, lang),
        };
        list.map(|l| l.iter().map(|t| t.0.clone()).collect()).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_played_is_picked_then_its_language_then_english() {
        let m: Localized = toml::from_str::<BTreeMap<String, Localized>>("t = { en-US = \"a\", fr = \"b\" }")
            .unwrap()
            .remove("t")
            .unwrap();
        assert_eq!(m.pick("fr"), "b");
        assert_eq!(m.pick("fr-CA"), "b");
        assert_eq!(m.pick("he"), "a");
    }
}
