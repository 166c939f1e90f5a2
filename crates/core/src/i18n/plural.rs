//! CLDR cardinal plural categories.
//!
//! Fluent's plural rules (intl_pluralrules 7) answer `other` for Arabic 103 and 111, where CLDR
//! says `few` and `many`: its Arabic rule ignores `n % 100`. Velkommen therefore computes
//! Arabic categories itself, and the Arabic .ftl files select on `PLURAL($n)`.

use intl_pluralrules::{PluralRuleType, PluralRules};

use crate::domain::lang::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralCategory {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl PluralCategory {
    pub fn as_str(self) -> &'static str {
        match self {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        }
    }
}

/// The CLDR cardinal category of `n` in `lang`.
pub fn plural_category(lang: Lang, n: f64) -> PluralCategory {
    let integer = n.fract() == 0.0 && n.is_finite();
    match lang {
        Lang::Ar if integer => {
            let n = n.abs() as u64;
            match (n, n % 100) {
                (0, _) => PluralCategory::Zero,
                (1, _) => PluralCategory::One,
                (2, _) => PluralCategory::Two,
                (_, 3..=10) => PluralCategory::Few,
                (_, 11..=99) => PluralCategory::Many,
                _ => PluralCategory::Other,
            }
        }
        Lang::Ar => PluralCategory::Other,
        Lang::Da | Lang::En => {
            let langid = lang.code().parse().expect("a valid language tag");
            let rules = PluralRules::create::<unic_langid::LanguageIdentifier>(
                langid,
                PluralRuleType::CARDINAL,
            )
            .expect("intl_pluralrules knows da and en");
            match rules.select(n) {
                Ok(intl_pluralrules::PluralCategory::ONE) => PluralCategory::One,
                _ => PluralCategory::Other,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_follows_cldr_including_the_hundreds() {
        use PluralCategory::*;
        let expected = [
            (0, Zero),
            (1, One),
            (2, Two),
            (3, Few),
            (10, Few),
            (11, Many),
            (99, Many),
            (100, Other),
            (101, Other),
            (102, Other),
            (103, Few),
            (111, Many),
            (1000, Other),
            (1003, Few),
        ];
        for (n, category) in expected {
            assert_eq!(plural_category(Lang::Ar, n as f64), category, "n = {n}");
        }
    }

    #[test]
    fn danish_and_english_have_one_and_other() {
        for lang in [Lang::Da, Lang::En] {
            assert_eq!(plural_category(lang, 1.0), PluralCategory::One);
            assert_eq!(plural_category(lang, 0.0), PluralCategory::Other);
            assert_eq!(plural_category(lang, 5.0), PluralCategory::Other);
        }
    }
}
