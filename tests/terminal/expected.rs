//! What a person should see: the texts of the locales, and the offers of the catalogue.

use std::collections::HashMap;
use std::path::Path;

/// The languages Velkommen speaks, as a person's device reports them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Ar,
    Da,
    En,
    Uk,
    Prs,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::Ar, Lang::Da, Lang::En, Lang::Uk, Lang::Prs];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Da => "da",
            Lang::En => "en",
            Lang::Uk => "uk",
            Lang::Prs => "prs",
        }
    }

    /// What a newcomer might write first.
    pub fn greeting(self) -> &'static str {
        match self {
            Lang::Ar => "مرحبا",
            Lang::Da => "Hej",
            Lang::En => "Hello",
            Lang::Uk => "Привіт",
            Lang::Prs => "سلام",
        }
    }

    /// A cry for help as a newcomer might write it: violence at home.
    pub fn cry(self) -> &'static str {
        match self {
            Lang::Ar => "زوجي يضربني كل يوم وانا خايفة",
            Lang::Da => "min mand slår mig hver dag",
            Lang::En => "my husband hits me every day",
            Lang::Uk => "чоловік мене бʼє щодня",
            Lang::Prs => "شوهرم هر روز مرا لت و کوب می‌کند",
        }
    }

    /// A note on a request, as a newcomer might write it.
    pub fn note(self) -> &'static str {
        match self {
            Lang::Ar => "نحن شخصان بالغان وثلاثة أطفال",
            Lang::Da => "Vi er 2 voksne og 3 børn",
            Lang::En => "We are 2 adults and 3 children",
            Lang::Uk => "Нас двоє дорослих і троє дітей",
            Lang::Prs => "ما دو نفر کلان و سه طفل هستیم",
        }
    }
}

/// `catalog/ballerup.toml`, the catalogue the binary imports.
pub const BALLERUP: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/catalog/ballerup.toml");

/// The texts of one language, read from `locales/<lang>/*.ftl`.
pub struct Texts {
    lang: Lang,
    messages: HashMap<String, String>,
}

/// A value for a message's variable.
pub enum Arg<'a> {
    Text(&'a str),
    Number(i64),
    /// A command or code, shown as typed, never wrapped in bidi marks.
    Code(&'a str),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(text)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(text)
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}

impl Texts {
    pub fn of(lang: Lang) -> Texts {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(lang.code());
        let mut messages = HashMap::new();
        for entry in std::fs::read_dir(&folder).expect("the locale folder") {
            let path = entry.expect("a locale file").path();
            if path.extension().is_some_and(|e| e == "ftl") {
                let text = std::fs::read_to_string(&path).expect("a readable locale file");
                messages.extend(parse_ftl(&text));
            }
        }
        Texts { lang, messages }
    }

    /// A message with no variables, as the bot shows it.
    pub fn t(&self, id: &str) -> String {
        self.f(id, &[])
    }

    /// A message with its variables, as the bot shows it. In Arabic, a text with no
    /// right-to-left letter in it is wrapped in first-strong isolation marks.
    pub fn f(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let Some(pattern) = self.messages.get(id) else {
            panic!("locales/{}/ has no message {id}", self.lang.code());
        };
        assert!(
            !pattern.contains("->"),
            "{id} has variants; spell out the expected text in the test instead"
        );
        let mut text = pattern.clone();
        for (name, value) in args {
            let value = match value {
                Arg::Number(n) => n.to_string(),
                Arg::Text(s)
                    if matches!(self.lang, Lang::Ar | Lang::Prs)
                        && !s.chars().any(is_rtl_letter) =>
                {
                    format!("\u{2068}{s}\u{2069}")
                }
                Arg::Text(s) | Arg::Code(s) => (*s).to_owned(),
            };
            text = text.replace(&format!("{{ ${name} }}"), &value);
        }
        assert!(
            !text.contains("{ $"),
            "{id} needs more variables than {:?}: {text}",
            args.iter().map(|(name, _)| name).collect::<Vec<_>>()
        );
        text
    }

    /// A button label for a language in the language picker, as the bot writes it: the
    /// own name its `language.toml` gives.
    pub fn language_name(&self) -> String {
        self.language_file()["name"]
            .as_str()
            .expect("language.toml names the language")
            .to_owned()
    }

    /// The language's name as the reader says it in a sentence, such as "dansk".
    pub fn language_in_a_sentence(&self) -> String {
        self.name_in(self.lang)
    }

    /// The language's name in a sentence in `reader`'s language ("arabisk" in Danish).
    pub fn name_in(&self, reader: Lang) -> String {
        self.language_file()["names"][reader.code()]
            .as_str()
            .expect("language.toml names the language in every language")
            .to_owned()
    }

    fn language_file(&self) -> toml::Table {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(self.lang.code())
            .join("language.toml");
        toml::from_str(&std::fs::read_to_string(path).expect("language.toml")).expect("valid TOML")
    }
}

fn is_rtl_letter(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
}

/// The messages of a Fluent file with plain and multi-line values; enough for Velkommen's.
fn parse_ftl(text: &str) -> Vec<(String, String)> {
    fn finish(id: Option<String>, first: &str, rest: &[&str], out: &mut Vec<(String, String)>) {
        let Some(id) = id else { return };
        let indent = rest
            .iter()
            .map(|line| line.len() - line.trim_start().len())
            .min()
            .unwrap_or(0);
        let mut lines: Vec<&str> = vec![];
        if !first.is_empty() {
            lines.push(first);
        }
        lines.extend(rest.iter().map(|line| &line[indent..]));
        out.push((id, lines.join("\n")));
    }
    let mut out = vec![];
    let mut id: Option<String> = None;
    let mut first = "";
    let mut rest: Vec<&str> = vec![];
    for line in text.lines() {
        if line.starts_with(' ') && !line.trim().is_empty() {
            rest.push(line.trim_end());
            continue;
        }
        finish(id.take(), first, &rest, &mut out);
        rest.clear();
        first = "";
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (name, value) = line
            .split_once('=')
            .unwrap_or_else(|| panic!("not a Fluent message: {line:?}"));
        id = Some(name.trim().to_owned());
        first = value.trim();
    }
    finish(id, first, &rest, &mut out);
    out
}

/// The groups and offers of `catalog/ballerup.toml`.
pub struct Catalogue {
    pub groups: usize,
    pub offers: Vec<Offer>,
    /// Each group's slug and its name in each language.
    group_names: HashMap<String, HashMap<String, String>>,
}

pub struct Offer {
    /// The offer's own slug.
    pub slug: String,
    /// The slug of the group that makes the offer.
    pub group: String,
    pub category: String,
    pub kind: String,
    titles: HashMap<String, String>,
}

impl Offer {
    pub fn title(&self, lang: Lang) -> &str {
        &self.titles[lang.code()]
    }

    /// The Fluent message of the category's button.
    pub fn category_message(&self) -> String {
        format!("category-{}", self.category)
    }
}

impl Catalogue {
    pub fn ballerup() -> Catalogue {
        let text = std::fs::read_to_string(BALLERUP).expect("catalog/ballerup.toml");
        let table: toml::Table = toml::from_str(&text).expect("the catalogue is TOML");
        let list = |key: &str| {
            table
                .get(key)
                .and_then(toml::Value::as_array)
                .cloned()
                .unwrap_or_default()
        };
        let text_of = |value: &toml::Value, key: &str| {
            value[key]
                .as_str()
                .unwrap_or_else(|| panic!("{key} is text"))
                .to_owned()
        };
        let by_language = |value: &toml::Value, key: &str| {
            value[key]
                .as_table()
                .unwrap_or_else(|| panic!("{key} is given in each language"))
                .iter()
                .map(|(lang, text)| (lang.clone(), text.as_str().unwrap().to_owned()))
                .collect()
        };
        let offers = list("offer")
            .iter()
            .map(|offer| Offer {
                slug: text_of(offer, "slug"),
                group: text_of(offer, "group"),
                category: text_of(offer, "category"),
                kind: text_of(offer, "kind"),
                titles: by_language(offer, "title"),
            })
            .collect();
        let groups = list("group");
        Catalogue {
            groups: groups.len(),
            offers,
            group_names: groups
                .iter()
                .map(|group| (text_of(group, "slug"), by_language(group, "name")))
                .collect(),
        }
    }

    /// The name of the group that makes `offer`, as the bot shows it in `lang`.
    pub fn group_of(&self, offer: &Offer, lang: Lang) -> &str {
        &self.group_names[&offer.group][lang.code()]
    }

    /// An offer a volunteer follows up on, so a newcomer can ask for it.
    pub fn volunteer_offer(&self) -> &Offer {
        self.offers
            .iter()
            .find(|o| o.kind == "volunteer")
            .expect("the catalogue has a volunteer offer")
    }

    /// The offers of one category, in the catalogue's order.
    pub fn offers_in(&self, category: &str) -> Vec<&Offer> {
        self.offers
            .iter()
            .filter(|o| o.category == category)
            .collect()
    }
}
