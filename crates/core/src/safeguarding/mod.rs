//! Anything a person writes may be a cry for help. The patterns of every language (kept as
//! data in `locales/<lang>/safeguarding.toml`, where a native speaker extends them: concepts,
//! rules that find concepts near one another, ordinary idioms that veto) are matched against
//! every free text, after both are normalised the same way.

/// What a text may be a cry for help about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Danger {
    ViolenceAtHome,
    SexualViolence,
    SelfHarm,
    ChildInDanger,
    Threat,
    Trafficking,
    /// In danger, with no kind said: "help me now", "save me", "I fear for my life".
    InDanger,
}

impl Danger {
    pub const ALL: [Danger; 7] = [
        Danger::ViolenceAtHome,
        Danger::SexualViolence,
        Danger::SelfHarm,
        Danger::ChildInDanger,
        Danger::Threat,
        Danger::Trafficking,
        Danger::InDanger,
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
            Danger::InDanger => "in_danger",
        }
    }

    pub fn parse(code: &str) -> Option<Danger> {
        Danger::ALL.into_iter().find(|d| d.code() == code)
    }
}

mod normalise;
mod patterns;

pub use normalise::normalise;
use patterns::{Found, Patterns};

/// What the words of a text are, to the urgent path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// A rule matched: the full answer and the staff alert. `rule` is `<lang>/<name>`, for
    /// counting outcomes per rule without keeping any words.
    Cry {
        danger: Danger,
        rule: String,
    },
    /// A danger word but no rule: one gentle line pointing to 🆘 and 112, nothing more.
    Gentle,
    Nothing,
}

/// The patterns of every language folder.
#[derive(Debug, Default)]
pub struct Safeguarding {
    languages: Vec<Patterns>,
}

impl Safeguarding {
    /// The patterns of every language folder. A person may write in any language, or mix
    /// them, so every file is matched.
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

    /// The patterns of these (language, file text) pairs.
    pub fn from_files<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> anyhow::Result<Safeguarding> {
        let mut all = Safeguarding::default();
        for (lang, text) in files {
            all.languages.push(
                Patterns::parse(lang, text)
                    .map_err(|e| anyhow::anyhow!("locales/{lang}/safeguarding.toml: {e:#}"))?,
            );
        }
        Ok(all)
    }

    /// What `text` is: a cry (the first rule of any language that it meets), a danger word
    /// alone, or nothing.
    pub fn verdict(&self, text: &str) -> Verdict {
        let normal = normalise(text);
        let words: Vec<&str> = normal.split(' ').filter(|w| !w.is_empty()).collect();
        let mut gentle = false;
        for patterns in &self.languages {
            match patterns.find(&words) {
                Found::Cry(danger, rule) => {
                    return Verdict::Cry {
                        danger,
                        rule: format!("{}/{rule}", patterns.lang()),
                    };
                }
                Found::Gentle => gentle = true,
                Found::Nothing => {}
            }
        }
        match gentle {
            true => Verdict::Gentle,
            false => Verdict::Nothing,
        }
    }

    /// What `text` may be a cry for help about, if anything.
    pub fn check(&self, text: &str) -> Option<Danger> {
        match self.verdict(text) {
            Verdict::Cry { danger, .. } => Some(danger),
            Verdict::Gentle | Verdict::Nothing => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str = r#"
        gentle = ["KILL", "die"]

        [concepts]
        HIT = ["hit", "hits", "hitting", "beat*"]
        ME = ["me", "us"]
        KILL = ["kill*"]
        SELF = ["myself", "my self"]
        GAME = ["chess", "football"]
        PARTNER = ["husband", "wife"]
        FAMILY = ["PARTNER", "brother"]

        [[rule]]
        name = "hit-me"
        category = "violence_at_home"
        words = ["HIT", "ME"]
        within = 5
        unless = ["GAME"]

        [[rule]]
        name = "kill-myself"
        category = "self_harm"
        words = ["KILL", "SELF"]
        order = "as-written"

        [[rule]]
        name = "want-to-die"
        category = "self_harm"
        words = ["want to die"]

        [[rule]]
        name = "family-kill"
        category = "threat"
        words = ["FAMILY", "KILL"]

        [[ordinary]]
        words = ["die of laughing"]

        [[ordinary]]
        words = ["killing", "time"]
        order = "as-written"
    "#;

    fn en() -> Safeguarding {
        Safeguarding::from_files([("en", EN)]).unwrap()
    }

    #[test]
    fn a_rule_finds_its_concepts_near_one_another_in_any_order() {
        let en = en();
        assert_eq!(
            en.check("He HITS me, every night."),
            Some(Danger::ViolenceAtHome)
        );
        assert_eq!(
            en.check("he often and badly beats me"),
            Some(Danger::ViolenceAtHome)
        );
        assert_eq!(en.check("me he hits"), Some(Danger::ViolenceAtHome));
        assert_eq!(en.check("he hits the wall and then, much later, me"), None);
        assert_eq!(en.check("he hitsme"), None);
        assert_eq!(
            en.check("my wife will kill"),
            Some(Danger::Threat),
            "a concept inside a concept"
        );
    }

    #[test]
    fn order_as_written_and_vetoes_and_ordinary_idioms_hold() {
        let en = en();
        assert_eq!(en.check("i will kill my self"), Some(Danger::SelfHarm));
        assert_eq!(en.check("myself i kill"), None, "as written");
        assert_eq!(en.check("he beat me at chess"), None, "unless");
        assert_eq!(en.check("I want to die"), Some(Danger::SelfHarm));
        assert_eq!(en.check("I want to die of laughing 😂"), None);
        assert_eq!(
            en.check("killing time, my brother"),
            None,
            "ordinary words are out of play"
        );
        assert_eq!(en.verdict("killing time"), Verdict::Nothing);
        assert_eq!(en.verdict("they die"), Verdict::Gentle);
        assert_eq!(
            en.verdict("i kill myself"),
            Verdict::Cry {
                danger: Danger::SelfHarm,
                rule: "en/kill-myself".into()
            }
        );
    }

    #[test]
    fn arabic_clitics_come_off_and_a_pronoun_stands_attached() {
        let ar = Safeguarding::from_files([(
            "ar",
            r#"
            [normalise]
            letters = { "گ" = "ق", "چ" = "ك" }
            prefixes = ["و", "ف", "ب", "ل", "ال", "س", "ح", "ه", "ي", "ت", "د"]
            max_prefixes = 3
            suffixes = ["ني", "ي", "ه", "ها"]
            arabizi = true

            [concepts]
            HIT = ["ضرب*", "drb*", "dirb*"]
            KILL = ["قتل*", "ktl*"]
            ME = ["+ني", "انا", "ni"]

            [[rule]]
            name = "hit-me"
            category = "violence_at_home"
            words = ["HIT", "ME"]

            [[rule]]
            name = "kill-me"
            category = "threat"
            words = ["KILL", "ME"]
            "#,
        )])
        .unwrap();
        assert_eq!(ar.check("وبيضربني كل يوم"), Some(Danger::ViolenceAtHome));
        assert_eq!(ar.check("رح يگتلني"), Some(Danger::Threat));
        assert_eq!(ar.check("ضرب الكرة"), None);
        assert_eq!(
            ar.check("bidrubni kil yom"),
            None,
            "one Latin word is not split"
        );
        assert_eq!(ar.check("ra7 y2tolni"), None);
    }

    #[test]
    fn a_broken_file_names_what_is_wrong() {
        let error = Safeguarding::from_files([(
            "en",
            r#"
            [[rule]]
            name = "x"
            category = "violence_at_home"
            words = ["NOBODY"]
            "#,
        )])
        .unwrap_err();
        assert!(
            format!("{error:#}").contains("no concept named NOBODY"),
            "{error:#}"
        );
        let error = Safeguarding::from_files([(
            "en",
            r#"
            [[rule]]
            name = "x"
            category = "not_a_category"
            words = ["hit"]
            "#,
        )])
        .unwrap_err();
        assert!(
            format!("{error:#}").contains("unknown category"),
            "{error:#}"
        );
    }
}
