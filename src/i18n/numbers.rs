//! Numbers in the reader's language: digit grouping, digits and signs as CLDR gives them
//! (icu_decimal's built-in data), plugged into every bundle with `set_formatter`.
//!
//! What this gives the shipped languages: en-US and he `12,345`; fr `12 345` (U+202F, the
//! narrow no-break space); ar `12,345`. For Arabic, CLDR's default numbering system for `ar`
//! (no region) is Latin digits; Arabic-Indic digits (`١٢٬٣٤٥`) are the default only for
//! some regions (ar-EG, ar-SA, ar-PS, …). The game's Arabic is `ar`, so it follows CLDR and
//! keeps Latin digits: they also match the few numbers the game writes outside Fluent (such
//! as budgets `3/5`), and they read the same in plain mode and in the terminal game's
//! right-to-left lines (European digits keep their left-to-right order inside Arabic text).
//! A pack translated as `ar-PS` would get Arabic-Indic digits from the same data.

use fluent::FluentValue;
use fluent::types::{FluentNumber, FluentNumberOptions};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use intl_memoizer::{IntlLangMemoizer, Memoizable};
use unic_langid::LanguageIdentifier;

/// A decimal formatter for one language, with or without grouping, built once per bundle.
struct Formatter(DecimalFormatter);

impl Memoizable for Formatter {
    /// Whether to group digits.
    type Args = (bool,);
    type Error = ();

    fn construct(lang: LanguageIdentifier, (grouping,): (bool,)) -> Result<Self, ()> {
        let locale: icu_locale_core::Locale = lang.to_string().parse().map_err(|_| ())?;
        let strategy = if grouping { GroupingStrategy::Auto } else { GroupingStrategy::Never };
        DecimalFormatter::try_new(locale.into(), DecimalFormatterOptions::from(strategy)).map(Formatter).map_err(|_| ())
    }
}

/// The bundles' number formatter: whole numbers in the bundle's language. Anything else
/// (fractions, very large values) is left to Fluent's default, by returning `None`.
pub fn format(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else { return None };
    let whole = n.value.fract() == 0.0 && n.value.abs() < 1e15;
    if !whole || n.options.minimum_fraction_digits.is_some_and(|d| d > 0) {
        return None;
    }
    let decimal = Decimal::from(n.value as i64);
    intls.with_try_get::<Formatter, _, _>((n.options.use_grouping,), |f| f.0.format(&decimal).to_string()).ok()
}

/// A number that is never grouped, such as a year.
pub fn ungrouped(n: i64) -> FluentValue<'static> {
    FluentValue::Number(FluentNumber::new(n as f64, FluentNumberOptions { use_grouping: false, ..Default::default() }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(lang: &str, n: FluentValue) -> String {
        let intls = IntlLangMemoizer::new(lang.parse().unwrap());
        format(&n, &intls).unwrap()
    }

    #[test]
    fn grouping_per_language() {
        assert_eq!(fmt("en-US", 12345.into()), "12,345");
        assert_eq!(fmt("fr", 12345.into()), "12\u{202f}345");
        assert_eq!(fmt("he", 12345.into()), "12,345");
        assert_eq!(fmt("ar", 12345.into()), "12,345");
        assert_eq!(fmt("en-US", 1234567.into()), "1,234,567");
        assert_eq!(fmt("fr", 999.into()), "999");
    }

    #[test]
    fn arabic_digits_follow_the_region_cldr_gives_them_to() {
        assert_eq!(fmt("ar-PS", 12345.into()), "١٢٬٣٤٥");
    }

    #[test]
    fn years_and_small_numbers_are_not_grouped() {
        for lang in ["en-US", "fr", "he", "ar"] {
            assert_eq!(fmt(lang, ungrouped(2013)), "2013", "{lang}");
            assert_eq!(fmt(lang, 7.into()), "7", "{lang}");
        }
    }

    #[test]
    fn negative_numbers_and_fractions() {
        assert_eq!(fmt("en-US", (-12345).into()), "-12,345");
        // Right-to-left languages mark the minus sign so it stays before the digits.
        assert_eq!(fmt("he", (-5).into()), "\u{200e}-5");
        let intls = IntlLangMemoizer::new("en-US".parse().unwrap());
        assert_eq!(format(&FluentValue::from(2.5), &intls), None);
        assert_eq!(format(&FluentValue::from("text"), &intls), None);
    }
}
