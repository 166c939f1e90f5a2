//! The catalogue of groups and offers: its file format and its checks.
//! The Ballerup catalogue from the municipal memo is compiled in and seeds a fresh database.

use std::collections::{BTreeMap, HashSet};

use anyhow::{Context, bail};
use serde::Deserialize;

use crate::domain::category::Category;
use crate::domain::lang::Lang;

/// `catalog/ballerup.toml`, the offers of the memo Velkommen was built from.
pub const BALLERUP: &str = include_str!("../../../../catalog/ballerup.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    #[serde(default, rename = "group")]
    pub groups: Vec<Group>,
    #[serde(default, rename = "offer")]
    pub offers: Vec<Offer>,
    /// Numbers to call in danger, shown at once with a cry for help.
    #[serde(default, rename = "helpline")]
    pub helplines: Vec<Helpline>,
}

/// A number to call in danger.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Helpline {
    /// The number as dialled, digits and spaces only.
    pub number: String,
    /// Its name, without the number: the Danish name is shown beside the reader's.
    pub name: Texts,
    /// What it is for, shown after the number.
    #[serde(default)]
    pub about: Option<Texts>,
    /// When it answers; `None` if the catalogue does not say.
    pub hours: Option<Texts>,
    /// The dangers it is for (the codes of `safeguarding.toml`), or `all`.
    pub dangers: Vec<String>,
    /// When someone last checked the number and hours, `YYYY-MM-DD`; `None` if nobody has.
    pub verified: Option<String>,
}

impl Helpline {
    /// Whether it is for `danger`; every helpline is shown after the "I need help now" button.
    pub fn is_for(&self, danger: Option<crate::safeguarding::Danger>) -> bool {
        match danger {
            None => true,
            Some(danger) => self
                .dangers
                .iter()
                .any(|d| d == "all" || d == danger.code()),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub slug: String,
    pub name: Texts,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offer {
    pub slug: String,
    pub group: String,
    pub category: Category,
    pub kind: OfferKind,
    pub title: Texts,
    pub description: Texts,
    pub when: Texts,
    #[serde(rename = "where")]
    pub location: Texts,
    pub place: Option<Place>,
    /// Its conversations' files (photos of letters) may hold CPR numbers: they are kept a
    /// shorter time (`sensitive_file_days`).
    #[serde(default)]
    pub sensitive_files: bool,
}

/// How a newcomer takes up an offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum OfferKind {
    /// A volunteer contacts the newcomer.
    #[serde(rename = "volunteer")]
    Volunteer,
    /// The newcomer just comes by.
    #[serde(rename = "drop-in")]
    DropIn,
}

impl OfferKind {
    pub fn code(self) -> &'static str {
        match self {
            OfferKind::Volunteer => "volunteer",
            OfferKind::DropIn => "drop-in",
        }
    }
}

impl TryFrom<&str> for OfferKind {
    type Error = anyhow::Error;
    fn try_from(code: &str) -> anyhow::Result<Self> {
        match code {
            "volunteer" => Ok(OfferKind::Volunteer),
            "drop-in" => Ok(OfferKind::DropIn),
            other => bail!("unknown offer kind {other:?}"),
        }
    }
}

/// A public place with its coordinates, sent to newcomers as a map pin.
#[derive(Debug, Clone, PartialEq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub name: String,
    pub address: String,
    pub lat: f64,
    pub lon: f64,
}

/// One text in several languages. Missing languages fall back to Danish, then English.
pub type Texts = BTreeMap<Lang, String>;

impl Catalog {
    /// Parses and checks a catalogue file.
    pub fn parse(toml_text: &str) -> anyhow::Result<Catalog> {
        let catalog: Catalog = toml::from_str(toml_text).context("while reading the catalogue")?;
        catalog.check()?;
        Ok(catalog)
    }

    pub fn ballerup() -> anyhow::Result<Catalog> {
        Catalog::parse(BALLERUP).context("in the built-in Ballerup catalogue")
    }

    fn check(&self) -> anyhow::Result<()> {
        let mut groups = HashSet::new();
        for group in &self.groups {
            check_slug(&group.slug)?;
            if !groups.insert(group.slug.as_str()) {
                bail!("group {:?} is listed twice", group.slug);
            }
            check_texts(&group.name, &format!("group {} name", group.slug))?;
        }
        let mut offers = HashSet::new();
        for offer in &self.offers {
            check_slug(&offer.slug)?;
            if !offers.insert(offer.slug.as_str()) {
                bail!("offer {:?} is listed twice", offer.slug);
            }
            if !groups.contains(offer.group.as_str()) {
                bail!(
                    "offer {:?} names an unknown group {:?}",
                    offer.slug,
                    offer.group
                );
            }
            for (field, texts) in [
                ("title", &offer.title),
                ("description", &offer.description),
                ("when", &offer.when),
                ("where", &offer.location),
            ] {
                check_texts(texts, &format!("offer {} {field}", offer.slug))?;
            }
            if let Some(place) = &offer.place {
                let valid =
                    (-90.0..=90.0).contains(&place.lat) && (-180.0..=180.0).contains(&place.lon);
                if !valid {
                    bail!("offer {:?} has coordinates off the map", offer.slug);
                }
            }
        }
        for helpline in &self.helplines {
            let what = format!("helpline {}", helpline.number);
            check_texts(&helpline.name, &format!("{what} name"))?;
            // The line shows the number once, after the names.
            let digits: String = helpline.number.split_whitespace().collect();
            if helpline.name.values().any(|name| {
                name.split(|c: char| !c.is_ascii_digit())
                    .any(|run| !run.is_empty() && digits.contains(run) && run.len() >= 3)
            }) {
                bail!("{what}: a name holds the number; the line shows it after the name");
            }
        }
        Ok(())
    }
}

fn check_slug(slug: &str) -> anyhow::Result<()> {
    let valid = !slug.is_empty()
        && slug.len() <= 32
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !valid {
        bail!("{slug:?} is not a valid slug: use up to 32 of a-z, 0-9 and '-'");
    }
    Ok(())
}

fn check_texts(texts: &Texts, what: &str) -> anyhow::Result<()> {
    if let Some(lang) = Lang::all()
        .into_iter()
        .find(|lang| !lang.chain().iter().any(|l| texts.contains_key(l)))
    {
        bail!(
            "{what} has no text a {lang} reader reaches: give one in a language of its \
             fallback chain ({})",
            lang.chain()
                .iter()
                .map(|l| l.code())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    if texts.values().any(|t| t.trim().is_empty()) {
        bail!("{what} has an empty text");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ballerup_catalogue_is_valid_and_complete_in_every_language() {
        let catalog = Catalog::ballerup().unwrap();
        assert!(catalog.offers.len() >= 10);
        for offer in &catalog.offers {
            for texts in [
                &offer.title,
                &offer.description,
                &offer.when,
                &offer.location,
            ] {
                for lang in Lang::all() {
                    assert!(texts.contains_key(&lang), "{} lacks {lang}", offer.slug);
                }
            }
        }
        for category in Category::ALL {
            assert!(
                catalog.offers.iter().any(|o| o.category == category),
                "no offer in {category:?}"
            );
        }
    }

    #[test]
    fn an_offer_of_an_unknown_group_is_refused() {
        let text = r#"
            [[offer]]
            slug = "x"
            group = "nobody"
            category = "meet"
            kind = "drop-in"
            title = { da = "x" }
            description = { da = "x" }
            when = { da = "x" }
            where = { da = "x" }
        "#;
        let error = Catalog::parse(text).unwrap_err();
        assert!(format!("{error:#}").contains("unknown group"));
    }
}
