//! Anything a person writes may be a cry for help. The danger phrases of every language (kept
//! as data in `locales/<lang>/safeguarding.toml`, where a native speaker extends them) are
//! matched against every free text, after both are normalised the same way.

use serde::Deserialize;

/// What a text may be a cry for help about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Danger {
    ViolenceAtHome,
    SexualViolence,
    SelfHarm,
    ChildInDanger,
    Threat,
    Trafficking,
}

impl Danger {
    pub const ALL: [Danger; 6] = [
        Danger::ViolenceAtHome,
        Danger::SexualViolence,
        Danger::SelfHarm,
        Danger::ChildInDanger,
        Danger::Threat,
        Danger::Trafficking,
    ];

    /// The name in the data files and the catalogue.
    pub fn code(self) -> &'static str {
        match self {
            Danger::ViolenceAtHome => "violence_at_home",
            Danger::SexualViolence => "sexual_violence",
            Danger::SelfHarm => "self_harm",
            Danger::ChildInDanger => "child_in_danger",
            Danger::Threat => "threat",
            Danger::Trafficking => "trafficking",
        }
    }

    pub fn parse(code: &str) -> Option<Danger> {
        Danger::ALL.into_iter().find(|d| d.code() == code)
    }
}

/// One language's file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    categories: std::collections::BTreeMap<String, Vec<String>>,
    #[serde(default)]
    ordinary: Vec<String>,
}

/// The danger phrases of every language, normalised.
#[derive(Debug, Default)]
pub struct Safeguarding {
    phrases: Vec<(Danger, String)>,
    ordinary: Vec<String>,
}

impl Safeguarding {
    /// The phrases of every language folder. A person may write in any language, or mix
    /// them, so every list is matched.
    pub fn load() -> anyhow::Result<Safeguarding> {
        let languages = crate::domain::lang::Languages::load()?;
        Safeguarding::from_files(
            languages
                .files()
                .iter()
                .filter(|f| f.name == "safeguarding.toml")
                .map(|f| (f.folder, f.text.as_str())),
        )
    }

    /// The phrases of these (language, file text) pairs.
    pub fn from_files<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> anyhow::Result<Safeguarding> {
        let mut all = Safeguarding::default();
        for (lang, text) in files {
            let file: File = toml::from_str(text)
                .map_err(|e| anyhow::anyhow!("locales/{lang}/safeguarding.toml: {e}"))?;
            for (code, phrases) in file.categories {
                let danger = Danger::parse(&code).ok_or_else(|| {
                    anyhow::anyhow!("locales/{lang}/safeguarding.toml: unknown category {code:?}")
                })?;
                all.phrases.extend(
                    phrases
                        .iter()
                        .map(|p| (danger, padded(&normalise(p))))
                        .filter(|(_, p)| p.trim().len() > 1),
                );
            }
            all.ordinary.extend(
                file.ordinary
                    .iter()
                    .map(|p| padded(&normalise(p)))
                    .filter(|p| p.trim().len() > 1),
            );
        }
        Ok(all)
    }

    /// What `text` may be a cry for help about, if anything: the first danger whose phrase it
    /// holds as whole words, outside any ordinary phrase.
    pub fn check(&self, text: &str) -> Option<Danger> {
        let mut text = padded(&normalise(text));
        for ordinary in &self.ordinary {
            // An ordinary phrase is cut out, so a danger phrase inside it no longer matches.
            while let Some(at) = text.find(ordinary.as_str()) {
                text.replace_range(at..at + ordinary.len(), " | ");
            }
        }
        self.phrases
            .iter()
            .find(|(_, phrase)| text.contains(phrase.as_str()))
            .map(|(danger, _)| *danger)
    }
}

/// ` text ` with a space on each side, so that a phrase matches whole words only.
fn padded(text: &str) -> String {
    format!(" {text} ")
}

/// Lowercase; Danish æ, ø, å written out; accents, Arabic short vowels and tatweel dropped;
/// Arabic letter variants unified; every run of anything but letters and digits one space.
pub fn normalise(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let lower = text.to_lowercase();
    let mut spelled = String::with_capacity(lower.len());
    for c in lower.chars() {
        match c {
            // Invisible joiners, soft hyphens and direction marks split no word.
            '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' => {}
            // Persian keyboards' yeh and kaf.
            'ی' => spelled.push('ي'),
            'ک' => spelled.push('ك'),
            'æ' => spelled.push_str("ae"),
            'ø' => spelled.push_str("oe"),
            'å' => spelled.push_str("aa"),
            'ё' => spelled.push('е'),
            // Cyrillic й keeps its breve: it is a letter of its own, not an accent.
            'й' => spelled.push('\u{e000}'),
            other => spelled.push(other),
        }
    }
    let mut out = String::with_capacity(spelled.len());
    let mut space = true;
    for c in spelled.nfd() {
        let c = match c {
            '\u{e000}' => 'й',
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ة' => 'ه',
            'ى' => 'ي',
            'ؤ' => 'و',
            'ئ' => 'ي',
            other => other,
        };
        let mark = unicode_normalization::char::is_combining_mark(c)
            || ('\u{064B}'..='\u{065F}').contains(&c)
            || c == '\u{0670}'
            || c == '\u{0640}';
        if mark {
            continue;
        }
        if c.is_alphanumeric() {
            out.push(c);
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    out.trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_and_vowel_marks_do_not_hide_a_phrase() {
        assert_eq!(normalise("Min MAND slår mig!!"), "min mand slaar mig");
        assert_eq!(normalise("أُرِيدُ أَنْ أَمُوت"), normalise("اريد ان اموت"));
        assert_eq!(normalise("مدرسة"), "مدرسه");
        assert_eq!(normalise("Чоловік б'є мене"), "чоловік б є мене");
        assert_eq!(normalise("Він мій"), "він мій");
        assert_eq!(normalise("بد\u{200C}ي"), normalise("بدي"));
        assert_eq!(normalise("ی"), normalise("ي"));
    }

    #[test]
    fn a_phrase_matches_whole_words_and_not_inside_ordinary_speech() {
        let lists = Safeguarding::from_files([(
            "en",
            r#"
            ordinary = ["want to die of laughing"]

            [categories]
            self_harm = ["want to die"]
            violence_at_home = ["hits me"]
            "#,
        )])
        .unwrap();
        assert_eq!(lists.check("I want to die"), Some(Danger::SelfHarm));
        assert_eq!(
            lists.check("He HITS me, every night."),
            Some(Danger::ViolenceAtHome)
        );
        assert_eq!(lists.check("I want to die of laughing 😂"), None);
        assert_eq!(lists.check("he hitsme"), None);
    }
}
