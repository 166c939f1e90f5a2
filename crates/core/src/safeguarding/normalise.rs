//! Text into words the patterns can meet: once for every language (lowercase, no accents or
//! vowel marks, one spelling of each letter), then per language file as its `[normalise]`
//! table declares (letter variants, Arabizi, Latin letters read as Cyrillic, clitics).

use std::collections::BTreeMap;

use serde::Deserialize;

/// Lowercase; Danish æ, ø, å written out; accents, Arabic short vowels and tatweel dropped;
/// Arabic letter variants unified; Arabic-Indic digits as ASCII; an apostrophe between two
/// letters joins them ("don't" is "dont", "б'є" is "бє"); every other run of anything but
/// letters and digits one space.
pub fn normalise(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    // Plain ASCII, as most English, Danish and transliterated words are: no accents to take
    // off, so the Unicode decomposition is skipped.
    if text.is_ascii() {
        let mut out = String::with_capacity(text.len());
        let bytes = text.as_bytes();
        let mut space = true;
        for (i, &b) in bytes.iter().enumerate() {
            let c = b.to_ascii_lowercase();
            let joins = matches!(b, b'\'' | b'`')
                && i > 0
                && bytes[i - 1].is_ascii_alphabetic()
                && bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic);
            if joins {
                continue;
            }
            if c.is_ascii_alphanumeric() {
                out.push(char::from(c));
                space = false;
            } else if !space {
                out.push(' ');
                space = true;
            }
        }
        return out.trim_end().to_owned();
    }
    let lower = text.to_lowercase();
    let mut spelled = String::with_capacity(lower.len());
    let mut previous = ' ';
    let mut chars = lower.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // Invisible joiners, soft hyphens and direction marks split no word.
            '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' => {}
            // An apostrophe inside a word joins it.
            '\'' | '’' | 'ʼ' | '`' | '´' | 'ʻ'
                if previous.is_alphabetic() && chars.peek().is_some_and(|n| n.is_alphabetic()) => {}
            // Persian keyboards' yeh and kaf.
            'ی' => spelled.push('ي'),
            'ک' => spelled.push('ك'),
            'æ' => spelled.push_str("ae"),
            'ø' => spelled.push_str("oe"),
            'å' => spelled.push_str("aa"),
            'ё' => spelled.push('е'),
            // Cyrillic й and ї keep their marks: they are letters of their own, not accents.
            'й' => spelled.push('\u{e000}'),
            'ї' => spelled.push('\u{e001}'),
            '٠'..='٩' => spelled.push(char::from(b'0' + (c as u32 - '٠' as u32) as u8)),
            '۰'..='۹' => spelled.push(char::from(b'0' + (c as u32 - '۰' as u32) as u8)),
            other => spelled.push(other),
        }
        previous = c;
    }
    let mut out = String::with_capacity(spelled.len());
    let mut space = true;
    for c in spelled.nfd() {
        let c = match c {
            '\u{e000}' => 'й',
            '\u{e001}' => 'ї',
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

/// One language file's `[normalise]` table: what that language's patterns need of a text.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Steps {
    /// Letters written for one another in this language: each key is read as its value.
    #[serde(default)]
    letters: BTreeMap<char, String>,
    /// A word written in Latin letters with digits is folded the way Arabizi is read: the
    /// digits as the letters they stand for, vowels and doubled letters as one.
    #[serde(default)]
    arabizi: bool,
    /// A word written in Latin letters is also read as Cyrillic (transliterated).
    #[serde(default)]
    pub(super) latin_to_cyrillic: bool,
    /// Prefixes that attach to a word (conjunctions, prepositions, the article, tense
    /// markers): a word is also read with up to `max_prefixes` of them taken off.
    #[serde(default)]
    prefixes: Vec<String>,
    #[serde(default = "two")]
    max_prefixes: usize,
    /// Suffixes that attach to a word (pronouns): a word is also read without one, and the
    /// suffix then stands as `+suffix` at the same place.
    #[serde(default)]
    suffixes: Vec<String>,
    /// The fewest letters left when prefixes or a suffix are taken off.
    #[serde(default = "two")]
    min_stem: usize,
}

fn two() -> usize {
    2
}

impl Default for Steps {
    fn default() -> Self {
        Steps {
            letters: BTreeMap::new(),
            arabizi: false,
            latin_to_cyrillic: false,
            prefixes: vec![],
            max_prefixes: 2,
            suffixes: vec![],
            min_stem: 2,
        }
    }
}

/// How a word may be read at one place in a text: itself, or a stem with a clitic off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    pub text: String,
    /// A suffix taken off a word (`+ني`), rather than a word of its own.
    pub attached: bool,
}

impl Steps {
    /// A pattern's word in this language's spelling: letters and folds, never clitics.
    pub fn spell(&self, word: &str) -> String {
        let mut word = self.letters(word);
        if is_latin(&word) {
            if self.arabizi && has_letter(&word) {
                word = arabizi(&word);
            }
            if self.latin_to_cyrillic {
                word = self.letters(&cyrillic(&word, "г"));
            }
        }
        word
    }

    /// Every reading of a normalised word: spelled, then with clitics off.
    pub fn forms(&self, word: &str) -> Vec<Form> {
        let form = |text: String, attached: bool| Form { text, attached };
        let spelled = self.letters(word);
        if is_latin(&spelled) && has_letter(&spelled) {
            let folded = match self.arabizi {
                true => arabizi(&spelled),
                false => spelled,
            };
            if !self.latin_to_cyrillic {
                return vec![form(folded, false)];
            }
            // An h is г in Ukrainian and х in Russian transliteration.
            let mut forms = vec![
                form(self.letters(&cyrillic(&folded, "г")), false),
                form(self.letters(&cyrillic(&folded, "х")), false),
                form(folded, false),
            ];
            forms.dedup();
            return forms;
        }
        if self.prefixes.is_empty() && self.suffixes.is_empty() {
            return vec![form(spelled, false)];
        }
        let mut stems = vec![spelled];
        let mut from = 0;
        for _ in 0..self.max_prefixes {
            let until = stems.len();
            for i in from..until {
                for prefix in &self.prefixes {
                    if let Some(rest) = stems[i].strip_prefix(prefix.as_str())
                        && rest.chars().count() >= self.min_stem
                        && !stems.iter().any(|s| s == rest)
                    {
                        let rest = rest.to_owned();
                        stems.push(rest);
                    }
                }
            }
            from = until;
        }
        let mut forms = Vec::with_capacity(stems.len() * 2);
        for stem in &stems {
            for suffix in &self.suffixes {
                if let Some(rest) = stem.strip_suffix(suffix.as_str())
                    && rest.chars().count() >= self.min_stem
                {
                    forms.push(form(rest.to_owned(), false));
                    forms.push(form(suffix.clone(), true));
                }
            }
        }
        forms.extend(stems.into_iter().map(|stem| form(stem, false)));
        forms.sort_unstable_by(|a, b| (a.attached, &a.text).cmp(&(b.attached, &b.text)));
        forms.dedup();
        forms
    }

    fn letters(&self, word: &str) -> String {
        if self.letters.is_empty() {
            return word.to_owned();
        }
        let mut out = String::with_capacity(word.len());
        for c in word.chars() {
            match self.letters.get(&c) {
                Some(instead) => out.push_str(instead),
                None => out.push(c),
            }
        }
        out
    }
}

fn is_latin(word: &str) -> bool {
    word.chars().all(|c| c.is_ascii_alphanumeric())
}

fn has_letter(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_alphabetic())
}

/// Arabizi folded to one spelling: 2 and 3 (hamza, ʿayn) dropped, 7 h, 5 kh, 9 and q k,
/// 6 t, 8 gh; e read as i and o as u; a doubled letter as one.
fn arabizi(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        let instead = match c {
            '2' | '3' => "",
            '7' => "h",
            '5' => "kh",
            '9' | 'q' => "k",
            '6' => "t",
            '8' => "gh",
            'e' => "i",
            'o' => "u",
            'w' if out.ends_with('u') => "",
            other => {
                if out.ends_with(other) {
                    ""
                } else {
                    out.push(other);
                    ""
                }
            }
        };
        for d in instead.chars() {
            if !out.ends_with(d) {
                out.push(d);
            }
        }
    }
    out
}

/// Latin letters read as Cyrillic, the way Ukrainians and Russians transliterate; a lone h
/// as `h` (г in Ukrainian, х in Russian).
fn cyrillic(word: &str, h: &str) -> String {
    const MANY: [(&str, &str); 22] = [
        ("shch", "щ"),
        ("sch", "щ"),
        ("zh", "ж"),
        ("kh", "х"),
        ("ch", "ч"),
        ("sh", "ш"),
        ("ts", "ц"),
        ("tz", "ц"),
        ("ya", "я"),
        ("ia", "я"),
        ("ja", "я"),
        ("yu", "ю"),
        ("iu", "ю"),
        ("ju", "ю"),
        ("ye", "є"),
        ("ie", "є"),
        ("je", "є"),
        ("yi", "ї"),
        ("ji", "ї"),
        ("yo", "йо"),
        ("jo", "йо"),
        ("x", "х"),
    ];
    let mut out = String::with_capacity(word.len() * 2);
    let mut rest = word;
    'outer: while !rest.is_empty() {
        for (latin, cyr) in MANY {
            if let Some(after) = rest.strip_prefix(latin) {
                out.push_str(cyr);
                rest = after;
                continue 'outer;
            }
        }
        let mut chars = rest.chars();
        let c = chars.next().expect("not empty");
        out.push_str(match c {
            'a' => "а",
            'b' => "б",
            'v' | 'w' => "в",
            'h' => h,
            'g' => "г",
            'd' => "д",
            'e' => "е",
            'z' => "з",
            'y' => "и",
            'i' => "і",
            'j' => "й",
            'k' | 'q' => "к",
            'c' => "ц",
            'l' => "л",
            'm' => "м",
            'n' => "н",
            'o' => "о",
            'p' => "п",
            'r' => "р",
            's' => "с",
            't' => "т",
            'u' => "у",
            'f' => "ф",
            _ => "",
        });
        if !c.is_ascii_alphabetic() {
            out.push(c);
        }
        rest = chars.as_str();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_and_vowel_marks_do_not_hide_a_phrase() {
        assert_eq!(normalise("Min MAND slår mig!!"), "min mand slaar mig");
        assert_eq!(normalise("أُرِيدُ أَنْ أَمُوت"), normalise("اريد ان اموت"));
        assert_eq!(normalise("مدرسة"), "مدرسه");
        assert_eq!(normalise("Чоловік б'є мене"), "чоловік бє мене");
        assert_eq!(normalise("Чоловік бʼє мене"), "чоловік бє мене");
        assert_eq!(normalise("I don't know"), "i dont know");
        assert_eq!(normalise("'quoted'"), "quoted");
        assert_eq!(normalise("Він мій, її"), "він мій її");
        assert_eq!(normalise("بد\u{200C}ي"), normalise("بدي"));
        assert_eq!(normalise("ی"), normalise("ي"));
        assert_eq!(normalise("٢٠٢٦"), "2026");
    }

    #[test]
    fn clitics_come_off_an_arabic_word_and_a_pronoun_stands_attached() {
        let steps = Steps {
            prefixes: ["و", "ب", "ي"].map(String::from).to_vec(),
            suffixes: ["ني"].map(String::from).to_vec(),
            ..Steps::default()
        };
        let forms = steps.forms("وبيضربني");
        let texts: Vec<_> = forms.iter().map(|f| f.text.as_str()).collect();
        assert!(texts.contains(&"يضرب"), "{texts:?}");
        assert!(forms.contains(&Form {
            text: "ني".into(),
            attached: true
        }));
    }

    #[test]
    fn arabizi_and_transliteration_meet_one_spelling() {
        let ar = Steps {
            arabizi: true,
            ..Steps::default()
        };
        assert_eq!(ar.spell("beddi"), ar.spell("bidi"));
        assert_eq!(ar.spell("3am"), ar.spell("am"));
        assert_eq!(ar.spell("moot"), ar.spell("mout"));
        let uk = Steps {
            latin_to_cyrillic: true,
            letters: [('і', "и".to_owned()), ('є', "е".to_owned())].into(),
            ..Steps::default()
        };
        let forms: Vec<_> = uk.forms("cholovik").into_iter().map(|f| f.text).collect();
        assert!(forms.contains(&uk.spell("чоловік")), "{forms:?}");
        let forms: Vec<_> = uk.forms("hochu").into_iter().map(|f| f.text).collect();
        assert!(forms.contains(&"хочу".to_owned()), "{forms:?}");
    }
}
