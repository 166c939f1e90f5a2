//! The languages Velkommen speaks: one for each folder under `locales/`, described by that
//! folder's `language.toml`. No other code names a language; a new language is a new folder.
//!
//! The folders are those compiled into the binary, or those of the directory named by
//! `VELKOMMEN_LOCALES`. They are read once per process, the first time a language is asked
//! for (the binary does it first thing, with [`Languages::load`], so a bad folder stops it
//! with a clear error before anything else runs).

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

use anyhow::{Context, bail};
use chrono::{DateTime, Datelike, TimeZone, Timelike};
use serde::{Deserialize, Serialize};

use crate::i18n::{PluralCategory, PluralRules};

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The environment variable naming a locales directory to use instead of the embedded one.
pub const LOCALES_DIR_VAR: &str = "VELKOMMEN_LOCALES";

/// A language Velkommen speaks: always one whose folder was loaded.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(&'static str);

/// What `language.toml` says about a language.
#[derive(Debug)]
pub struct LangInfo {
    code: &'static str,
    name: String,
    rtl: bool,
    order: i64,
    fallback: Vec<Lang>,
    hints: Vec<String>,
    discord: Vec<String>,
    names: BTreeMap<String, String>,
    plural: PluralRules,
    dates: Dates,
    decimal: String,
}

fn point() -> String {
    ".".into()
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct LanguageFile {
    name: String,
    direction: String,
    order: i64,
    #[serde(default)]
    fallback: Vec<String>,
    #[serde(default)]
    hints: Vec<String>,
    #[serde(default)]
    discord: Vec<String>,
    #[serde(default)]
    first_guess: bool,
    #[serde(default = "point")]
    decimal: String,
    #[serde(default)]
    names: BTreeMap<String, String>,
    #[serde(default)]
    plural: BTreeMap<String, String>,
    dates: Dates,
}

/// How dates and times read in a language.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Dates {
    date: String,
    date_time: String,
    time: String,
    weekdays: [String; 7],
    months: [String; 12],
    /// A short day for buttons and lists, this year: "tors. 17. dec."; another year's
    /// adds the year.
    short: String,
    short_other_year: String,
    /// A short day and its time: "{short} kl. {time}".
    short_time: String,
    weekdays_short: [String; 7],
    months_short: [String; 12],
    /// Other names people type for each month (January first), read but never shown: the
    /// Levantine and Iraqi names beside Arabic's usual ones.
    #[serde(default)]
    months_typed: Vec<Vec<String>>,
    /// The forms people type a day and time in, besides the browser's `2026-12-17T14:00` and
    /// `2026-12-17 14:00`: {day} {month} {year} {hour} {minute} as numbers, {month-name} as
    /// one of `months` or `months-short` (its dot may be left out). A form without {year}
    /// means the next such day; one without {minute}, the full hour.
    typed: Vec<String>,
    /// `typed` (and the browser's forms), ready to match.
    #[serde(skip)]
    readers: Vec<regex::Regex>,
}

impl Dates {
    /// Makes `typed` ready to match; an error names the form that is wrong.
    fn prepare(&mut self) -> anyhow::Result<()> {
        anyhow::ensure!(
            self.months_typed.is_empty() || self.months_typed.len() == 12,
            "months-typed lists the other names of all twelve months, or is left out"
        );
        let mut names: Vec<String> = self
            .months
            .iter()
            .chain(&self.months_short)
            .chain(self.months_typed.iter().flatten())
            .flat_map(|m| {
                let m = fold(m);
                let bare = m.trim_end_matches('.').to_owned();
                [m, bare]
            })
            .collect();
        // The longest first, so that "december" is not read as "dec" and a stray "ember".
        names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
        names.dedup();
        let month_name = names
            .iter()
            .map(|n| regex::escape(n))
            .collect::<Vec<_>>()
            .join("|");
        let browser = [
            "{year}-{month}-{day}T{hour}:{minute}",
            "{year}-{month}-{day} {hour}:{minute}",
        ];
        self.readers = browser
            .iter()
            .map(|f| f.to_string())
            .chain(self.typed.iter().cloned())
            .map(|form| {
                let pattern = form_pattern(&form, &month_name)
                    .with_context(|| format!("the typed form {form:?}"))?;
                regex::RegexBuilder::new(&format!("^{pattern}$"))
                    .case_insensitive(true)
                    .build()
                    .with_context(|| format!("the typed form {form:?}"))
            })
            .collect::<anyhow::Result<_>>()?;
        Ok(())
    }
}

/// A typed form as a pattern: `{part}` a part of the date, `[…]` something that may be left
/// out, `|` inside it one choice or another, a space any run of spaces, and `.` or `:` before
/// `{minute}` either of them.
fn form_pattern(form: &str, month_name: &str) -> anyhow::Result<String> {
    let mut pattern = String::new();
    let mut open = 0usize;
    let form = fold(form);
    let mut chars = form.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' => {
                let name: String = chars.by_ref().take_while(|c| *c != '}').collect();
                pattern.push_str(&match name.as_str() {
                    "day" => r"(?P<day>\d{1,2})".to_owned(),
                    "month" => r"(?P<month>\d{1,2})".to_owned(),
                    "month-name" => format!(r"(?P<mname>{month_name})\.?"),
                    "year" => r"(?P<year>\d{4})".to_owned(),
                    "hour" => r"(?P<hour>\d{1,2})".to_owned(),
                    "minute" => r"(?P<minute>\d{2})".to_owned(),
                    other => bail!("{{{other}}} is not a part of a date"),
                });
            }
            '[' => {
                open += 1;
                pattern.push_str("(?:");
            }
            ']' => {
                open = open.checked_sub(1).context("a ] without its [")?;
                pattern.push_str(")?");
            }
            '|' if open > 0 => pattern.push('|'),
            ' ' => {
                while chars.peek() == Some(&' ') {
                    chars.next();
                }
                pattern.push_str(r"\s+");
            }
            '.' | ':' if chars.clone().collect::<String>().starts_with("{minute}") => {
                pattern.push_str("[.:]");
            }
            c => pattern.push_str(&regex::escape(&c.to_string())),
        }
    }
    anyhow::ensure!(open == 0, "a [ without its ]");
    Ok(pattern)
}

/// Text as typed dates are compared: lowercase; Arabic-Indic and Persian digits as 0-9;
/// Arabic letters as either keyboard writes them (أ إ آ as ا, ة as ه, ى ی as ي, ک as ك);
/// short vowels, tatweel and direction marks left out; the Arabic comma and decimal mark as
/// the Latin ones.
fn fold(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '٠'..='٩' => Some(char::from(b'0' + (c as u32 - '٠' as u32) as u8)),
            '۰'..='۹' => Some(char::from(b'0' + (c as u32 - '۰' as u32) as u8)),
            'أ' | 'إ' | 'آ' => Some('ا'),
            'ة' => Some('ه'),
            'ى' | 'ی' => Some('ي'),
            'ک' => Some('ك'),
            '،' => Some(','),
            '٫' => Some('.'),
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => None,
            '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{2066}'..='\u{2069}' => None,
            c => Some(c),
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// One file of a language folder.
#[derive(Debug)]
pub struct LocaleFile {
    pub folder: &'static str,
    pub name: String,
    pub text: String,
}

/// Every loaded language, in the picker's order, and the files of their folders.
#[derive(Debug)]
pub struct Languages {
    all: Vec<LangInfo>,
    first_guess: Lang,
    /// The codes of the languages a volunteer can say they speak: ours, then every language
    /// the first guess's texts name with a `spoken-<code>` message.
    spoken: Vec<&'static str>,
    files: Vec<LocaleFile>,
    source: String,
}

static LANGUAGES: OnceLock<Languages> = OnceLock::new();

impl Languages {
    /// The languages of this process, read on first use.
    pub fn get() -> &'static Languages {
        LANGUAGES.get_or_init(|| match Languages::read() {
            Ok(languages) => languages,
            Err(error) => panic!("the language folders cannot be read: {error:#}"),
        })
    }

    /// Reads the language folders now, or says what is wrong with them.
    pub fn load() -> anyhow::Result<&'static Languages> {
        if let Some(languages) = LANGUAGES.get() {
            return Ok(languages);
        }
        let languages = Languages::read()?;
        Ok(LANGUAGES.get_or_init(|| languages))
    }

    /// Reads the language folders of `dir` (or, without one, as [`Languages::load`] does), before
    /// anything else in the process asks for a language.
    pub fn load_from(dir: Option<&Path>) -> anyhow::Result<&'static Languages> {
        let Some(dir) = dir else {
            return Languages::load();
        };
        if let Some(languages) = LANGUAGES.get() {
            if languages.source != dir.display().to_string() {
                bail!("the languages were already read from {}", languages.source);
            }
            return Ok(languages);
        }
        let languages = Languages::from_dir(dir)?;
        Ok(LANGUAGES.get_or_init(|| languages))
    }

    fn read() -> anyhow::Result<Languages> {
        match std::env::var_os(LOCALES_DIR_VAR) {
            Some(dir) => Languages::from_dir(Path::new(&dir)),
            None => Languages::from_files(
                "the locales built into this binary".into(),
                EMBEDDED.iter().map(|(folder, name, text)| {
                    (folder.to_string(), name.to_string(), text.to_string())
                }),
            ),
        }
    }

    fn from_dir(dir: &Path) -> anyhow::Result<Languages> {
        let mut files = Vec::new();
        let folders = std::fs::read_dir(dir)
            .with_context(|| format!("while reading the locales directory {}", dir.display()))?;
        for folder in folders {
            let folder = folder?.path();
            if !folder.is_dir() {
                continue;
            }
            let code = folder
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            for file in std::fs::read_dir(&folder)? {
                let file = file?.path();
                if file.extension().is_some_and(|e| e == "ftl" || e == "toml") {
                    let text = std::fs::read_to_string(&file)
                        .with_context(|| format!("while reading {}", file.display()))?;
                    let name = file
                        .file_name()
                        .unwrap_or_default()
                        .to_string_lossy()
                        .into_owned();
                    files.push((code.clone(), name, text));
                }
            }
        }
        files.sort();
        Languages::from_files(dir.display().to_string(), files)
    }

    fn from_files(
        source: String,
        files: impl IntoIterator<Item = (String, String, String)>,
    ) -> anyhow::Result<Languages> {
        let mut folders: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
        for (folder, name, text) in files {
            folders.entry(folder).or_default().push((name, text));
        }
        let mut read = Vec::new();
        let mut files = Vec::new();
        for (folder, contents) in folders {
            if !is_language_tag(&folder) {
                bail!("locales/{folder}: a folder's name is a language code such as da or uk");
            }
            let code: &'static str = Box::leak(folder.into_boxed_str());
            let meta = contents
                .iter()
                .find(|(name, _)| name == "language.toml")
                .with_context(|| format!("locales/{code} has no language.toml"))?;
            let file: LanguageFile = toml::from_str(&meta.1)
                .map_err(|e| anyhow::anyhow!("locales/{code}/language.toml: {e}"))?;
            read.push((code, file));
            files.extend(contents.into_iter().map(|(name, text)| LocaleFile {
                folder: code,
                name,
                text,
            }));
        }
        if read.is_empty() {
            bail!("{source} hold no language folder");
        }
        let codes: Vec<&'static str> = read.iter().map(|(code, _)| *code).collect();
        let known = |code: &str, what: &str, of: &str| {
            codes
                .iter()
                .find(|c| **c == code)
                .map(|c| Lang(c))
                .with_context(|| {
                    format!(
                        "locales/{of}/language.toml: {what} names {code:?}, which has no folder"
                    )
                })
        };
        let mut all = Vec::new();
        let mut first_guess = Vec::new();
        for (code, file) in read {
            let rtl = match file.direction.as_str() {
                "ltr" => false,
                "rtl" => true,
                other => {
                    bail!("locales/{code}/language.toml: direction is ltr or rtl, not {other:?}")
                }
            };
            let fallback = file
                .fallback
                .iter()
                .map(|c| known(c, "fallback", code))
                .collect::<anyhow::Result<Vec<_>>>()?;
            let plural =
                PluralRules::parse(file.plural.iter().map(|(k, v)| (k.as_str(), v.as_str())))
                    .with_context(|| format!("locales/{code}/language.toml: [plural]"))?;
            if file.first_guess {
                first_guess.push(Lang(code));
            }
            all.push(LangInfo {
                code,
                name: file.name,
                rtl,
                order: file.order,
                fallback,
                hints: file.hints.iter().map(|h| h.to_ascii_lowercase()).collect(),
                discord: file.discord,
                names: file.names,
                plural,
                dates: {
                    let mut dates = file.dates;
                    dates
                        .prepare()
                        .with_context(|| format!("locales/{code}/language.toml: [dates] typed"))?;
                    dates
                },
                decimal: file.decimal,
            });
        }
        let first_guess = match first_guess[..] {
            [one] => one,
            [] => Lang(codes[0]),
            _ => bail!("more than one language.toml says first-guess = true"),
        };
        all.sort_by_key(|info| (info.order, info.code));
        let mut spoken: Vec<&'static str> = all.iter().map(|info| info.code).collect();
        for file in files
            .iter()
            .filter(|f| f.folder == first_guess.0 && f.name.ends_with(".ftl"))
        {
            for line in file.text.lines() {
                let Some((id, _)) = line.split_once(" =") else {
                    continue;
                };
                let Some(code) = id.strip_prefix("spoken-") else {
                    continue;
                };
                if is_language_tag(code) && !spoken.contains(&code) {
                    spoken.push(Box::leak(code.to_owned().into_boxed_str()));
                }
            }
        }
        Ok(Languages {
            all,
            first_guess,
            spoken,
            files,
            source,
        })
    }

    /// Every file of every language folder.
    pub fn files(&self) -> &[LocaleFile] {
        &self.files
    }

    /// Where the folders were read from, for messages.
    pub fn source(&self) -> &str {
        &self.source
    }

    fn info(&self, lang: Lang) -> &LangInfo {
        self.all
            .iter()
            .find(|info| info.code == lang.0)
            .expect("a Lang is always a loaded language")
    }
}

/// A folder name that can be a language: a lowercase code such as `da`, `uk` or `fil`.
fn is_language_tag(s: &str) -> bool {
    (2..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase())
}

impl Lang {
    /// Every language, in the order the picker shows them.
    pub fn all() -> Vec<Lang> {
        Languages::get()
            .all
            .iter()
            .map(|info| Lang(info.code))
            .collect()
    }

    /// The language for someone whose platform names none we speak.
    pub fn first_guess() -> Lang {
        Languages::get().first_guess
    }

    /// A loaded language by its code. For tests and tools: panics if there is no such folder.
    pub fn of(code: &str) -> Lang {
        Lang::try_from(code).unwrap_or_else(|e| panic!("{e}"))
    }

    fn info(self) -> &'static LangInfo {
        Languages::get().info(self)
    }

    pub fn code(self) -> &'static str {
        self.0
    }

    /// Right-to-left scripts need bidi isolation around left-to-right placeables.
    pub fn is_rtl(self) -> bool {
        self.info().rtl
    }

    /// The language's own name, as the picker shows it.
    pub fn own_name(self) -> &'static str {
        &self.info().name
    }

    /// The language's name inside a sentence in `reader`'s language ("arabisk" in Danish).
    /// A language whose file does not name it in `reader`'s language is given its own name.
    pub fn name_in(self, reader: Lang) -> &'static str {
        let info = self.info();
        info.names.get(reader.0).unwrap_or(&info.name)
    }

    /// This language, then where its missing texts are taken from, in order.
    pub fn chain(self) -> Vec<Lang> {
        let mut chain = vec![self];
        for lang in &self.info().fallback {
            if !chain.contains(lang) {
                chain.push(*lang);
            }
        }
        chain
    }

    /// The platform language codes that mean this language (Telegram's `language_code`).
    pub fn hints(self) -> &'static [String] {
        &self.info().hints
    }

    /// Discord's client locales for this language; none for some.
    pub fn discord_locales(self) -> &'static [String] {
        &self.info().discord
    }

    /// The CLDR plural category of `n`.
    pub fn plural(self, n: f64) -> PluralCategory {
        self.info().plural.select(n)
    }

    /// A number with `places` decimals, with the language's decimal separator: "2,5".
    pub fn decimal(self, n: f64, places: usize) -> String {
        format!("{n:.places$}").replace('.', &self.info().decimal)
    }

    /// A day, as readers of the language write it: "torsdag 26. november 2026".
    pub fn date<Tz: TimeZone>(self, at: &DateTime<Tz>) -> String {
        self.dated(&self.info().dates.date, at)
    }

    /// A day and time: "torsdag 26. november 2026 kl. 14.00".
    pub fn date_time<Tz: TimeZone>(self, at: &DateTime<Tz>) -> String {
        self.dated(&self.info().dates.date_time, at)
    }

    /// A short day and time for a button or a list: "tors. 17. dec. kl. 14.00", the year only
    /// when it is not the year of `now`.
    pub fn short_date_time<Tz: TimeZone>(self, at: &DateTime<Tz>, now: &DateTime<Tz>) -> String {
        let short = self.short_pattern(at, now);
        self.dated(&self.info().dates.short_time.replace("{short}", short), at)
    }

    /// A short day, as in [`Lang::short_date_time`]: "tors. 17. dec.".
    pub fn short_date<Tz: TimeZone>(self, at: &DateTime<Tz>, now: &DateTime<Tz>) -> String {
        self.dated(self.short_pattern(at, now), at)
    }

    /// The short day's pattern: with the year only when `at` is not in the year of `now`.
    fn short_pattern<Tz: TimeZone>(self, at: &DateTime<Tz>, now: &DateTime<Tz>) -> &'static str {
        let dates = &self.info().dates;
        match at.year() == now.year() {
            true => &dates.short,
            false => &dates.short_other_year,
        }
    }

    /// A day and time as a person of this language types it ("17.12.2026 kl. 14.00",
    /// "17/12 14:00", "17. december kl. 14", with Arabic-Indic or Persian digits too), on a
    /// local clock whose today is `today`. A form without a year is the next such day.
    pub fn read_date_time(
        self,
        text: &str,
        today: chrono::NaiveDate,
    ) -> Option<chrono::NaiveDateTime> {
        let dates = &self.info().dates;
        let text = fold(text.trim());
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        dates.readers.iter().find_map(|reader| {
            let found = reader.captures(&text)?;
            let number = |name: &str| {
                found
                    .name(name)
                    .and_then(|m| m.as_str().parse::<u32>().ok())
            };
            let month = match found.name("mname") {
                Some(name) => {
                    let name = name.as_str().trim_end_matches('.');
                    let same = |m: &String| fold(m).trim_end_matches('.') == name;
                    let index = match dates
                        .months
                        .iter()
                        .chain(&dates.months_short)
                        .position(same)
                    {
                        Some(index) => index,
                        None => dates
                            .months_typed
                            .iter()
                            .position(|names| names.iter().any(same))?,
                    };
                    index as u32 % 12 + 1
                }
                None => number("month")?,
            };
            let day = number("day")?;
            let time =
                chrono::NaiveTime::from_hms_opt(number("hour")?, number("minute").unwrap_or(0), 0)?;
            let date = match number("year") {
                Some(year) => chrono::NaiveDate::from_ymd_opt(year as i32, month, day)?,
                None => {
                    let this_year = chrono::NaiveDate::from_ymd_opt(today.year(), month, day);
                    match this_year {
                        Some(date) if date >= today => date,
                        _ => chrono::NaiveDate::from_ymd_opt(today.year() + 1, month, day)?,
                    }
                }
            };
            Some(date.and_time(time))
        })
    }

    fn dated<Tz: TimeZone>(self, pattern: &str, at: &DateTime<Tz>) -> String {
        let dates = &self.info().dates;
        let time = dates
            .time
            .replace("{hour}", &format!("{:02}", at.hour()))
            .replace("{minute}", &format!("{:02}", at.minute()));
        pattern
            .replace(
                "{weekday}",
                &dates.weekdays[at.weekday().num_days_from_monday() as usize],
            )
            .replace("{day}", &at.day().to_string())
            .replace("{month}", &dates.months[at.month0() as usize])
            .replace(
                "{wd}",
                &dates.weekdays_short[at.weekday().num_days_from_monday() as usize],
            )
            .replace("{mon}", &dates.months_short[at.month0() as usize])
            .replace("{year}", &at.year().to_string())
            .replace("{time}", &time)
    }

    /// Reads a platform's language hint such as `ar`, `ar-SA`, `da_DK` or `en-GB`.
    /// Anything Velkommen does not speak gives `None`.
    pub fn from_hint(hint: &str) -> Option<Lang> {
        let primary = hint
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if primary.is_empty() {
            return None;
        }
        Languages::get()
            .all
            .iter()
            .find(|info| info.hints.contains(&primary))
            .map(|info| Lang(info.code))
    }

    /// The language of one of Discord's client locales, such as `en-GB`.
    pub fn from_discord(locale: &str) -> Option<Lang> {
        Languages::get()
            .all
            .iter()
            .find(|info| info.discord.iter().any(|l| l == locale))
            .map(|info| Lang(info.code))
    }
}

impl TryFrom<&str> for Lang {
    type Error = UnknownLang;

    /// Strict: only the exact code of a loaded language, such as `da`.
    fn try_from(code: &str) -> Result<Self, Self::Error> {
        Languages::get()
            .all
            .iter()
            .find(|info| info.code == code)
            .map(|info| Lang(info.code))
            .ok_or_else(|| UnknownLang(code.chars().take(16).collect()))
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
        f.write_str(self.0)
    }
}

impl std::fmt::Debug for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Lang({})", self.0)
    }
}

impl Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Lang::try_from(code.as_str()).map_err(serde::de::Error::custom)
    }
}

/// A language a volunteer speaks: one of ours, or one newcomers often speak that the texts
/// name with a `spoken-<code>` message (Tigrinya, Dari/Farsi, Somali …).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Spoken(&'static str);

impl Spoken {
    /// Every language a volunteer can choose, ours first.
    pub fn all() -> Vec<Spoken> {
        Languages::get().spoken.iter().map(|c| Spoken(c)).collect()
    }

    /// A spoken language by its code. For tests and tools: panics if it is unknown.
    pub fn of(code: &str) -> Spoken {
        Spoken::try_from(code).unwrap_or_else(|e| panic!("{e}"))
    }

    pub fn code(self) -> &'static str {
        self.0
    }

    /// The same language as one Velkommen writes in, if it is one.
    pub fn as_lang(self) -> Option<Lang> {
        Lang::try_from(self.0).ok()
    }
}

impl From<Lang> for Spoken {
    fn from(lang: Lang) -> Spoken {
        Spoken(lang.0)
    }
}

impl TryFrom<&str> for Spoken {
    type Error = UnknownLang;
    fn try_from(code: &str) -> Result<Self, Self::Error> {
        Languages::get()
            .spoken
            .iter()
            .find(|c| **c == code)
            .map(|c| Spoken(c))
            .ok_or_else(|| UnknownLang(code.chars().take(16).collect()))
    }
}

impl std::fmt::Debug for Spoken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Spoken({})", self.0)
    }
}

impl Serialize for Spoken {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Spoken {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Spoken::try_from(code.as_str()).map_err(serde::de::Error::custom)
    }
}

#[derive(Debug, thiserror::Error)]
#[error("unknown language code {0:?}: the languages are the folders under locales/")]
pub struct UnknownLang(String);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn platform_hints_with_regions_map_to_the_language() {
        assert_eq!(Lang::from_hint("ar-SA"), Some(Lang::of("ar")));
        assert_eq!(Lang::from_hint("da_DK"), Some(Lang::of("da")));
        assert_eq!(Lang::from_hint("EN-gb"), Some(Lang::of("en")));
        assert_eq!(Lang::from_hint("nb"), Some(Lang::of("da")));
        assert_eq!(Lang::from_hint("uk"), Some(Lang::of("uk")));
        assert_eq!(Lang::from_hint("ti"), None);
        assert_eq!(Lang::from_hint(""), None);
    }

    #[test]
    fn codes_parse_strictly() {
        for lang in Lang::all() {
            assert_eq!(Lang::try_from(lang.code()).unwrap(), lang);
        }
        assert!(Lang::try_from("AR").is_err());
        assert!(Lang::try_from("ar-SA").is_err());
        assert!(Lang::try_from("xx").is_err());
    }

    #[test]
    fn a_folder_without_language_toml_or_with_a_bad_one_is_refused_by_name() {
        let ftl = || ("main.ftl".to_string(), "hello = Hi".to_string());
        let folder = |code: &str, files: Vec<(String, String)>| {
            files
                .into_iter()
                .map(move |(n, t)| (code.to_string(), n, t))
                .collect::<Vec<_>>()
        };
        let missing = Languages::from_files("test".into(), folder("xx", vec![ftl()]));
        assert!(format!("{:#}", missing.unwrap_err()).contains("locales/xx has no language.toml"));
        let en = EMBEDDED
            .iter()
            .find(|(f, n, _)| *f == "en" && *n == "language.toml")
            .unwrap()
            .2;
        let bad = en.replace("fallback = [\"da\"]", "fallback = [\"zz\"]");
        let error = Languages::from_files(
            "test".into(),
            folder("en", vec![ftl(), ("language.toml".into(), bad)]),
        );
        assert!(format!("{:#}", error.unwrap_err()).contains("\"zz\", which has no folder"));
    }
}
