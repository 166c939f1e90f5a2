//! The languages Velkommen speaks, and how a platform's language hint maps onto them.

use serde::{Deserialize, Serialize};

/// A language Velkommen can speak. Each has a folder in `locales/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Da,
    Ar,
    En,
}

impl Lang {
    /// Every language, in the order the picker shows them.
    pub const ALL: [Lang; 3] = [Lang::Da, Lang::Ar, Lang::En];

    /// The language to fall back to when an offer or event text is missing, in order.
    pub const FALLBACK: [Lang; 2] = [Lang::Da, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::Ar => "ar",
            Lang::En => "en",
        }
    }

    /// Right-to-left scripts need bidi isolation around left-to-right placeables.
    pub fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar)
    }

    /// Reads a platform's language hint such as `ar`, `ar-SA`, `da_DK` or `en-GB`.
    /// Anything Velkommen does not speak gives `None`.
    pub fn from_hint(hint: &str) -> Option<Lang> {
        let primary = hint
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "da" => Some(Lang::Da),
            "ar" => Some(Lang::Ar),
            "en" => Some(Lang::En),
            // Norwegian and Swedish readers understand written Danish better than English.
            "nb" | "no" | "nn" | "sv" => Some(Lang::Da),
            _ => None,
        }
    }
}

impl TryFrom<&str> for Lang {
    type Error = UnknownLang;

    /// Strict: only the exact codes `da`, `ar` and `en`.
    fn try_from(code: &str) -> Result<Self, Self::Error> {
        match code {
            "da" => Ok(Lang::Da),
            "ar" => Ok(Lang::Ar),
            "en" => Ok(Lang::En),
            _ => Err(UnknownLang(code.chars().take(16).collect())),
        }
    }
}

impl std::str::FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::try_from(s)
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Debug, thiserror::Error)]
#[error("unknown language code {0:?}: use da, ar or en")]
pub struct UnknownLang(String);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn platform_hints_with_regions_map_to_the_language() {
        assert_eq!(Lang::from_hint("ar-SA"), Some(Lang::Ar));
        assert_eq!(Lang::from_hint("da_DK"), Some(Lang::Da));
        assert_eq!(Lang::from_hint("EN-gb"), Some(Lang::En));
        assert_eq!(Lang::from_hint("ti"), None);
        assert_eq!(Lang::from_hint(""), None);
    }

    #[test]
    fn codes_parse_strictly() {
        for lang in Lang::ALL {
            assert_eq!(Lang::try_from(lang.code()).unwrap(), lang);
        }
        assert!(Lang::try_from("AR").is_err());
        assert!(Lang::try_from("ar-SA").is_err());
    }
}
