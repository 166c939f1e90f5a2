//! The parts of an offer a coordinator keeps, and what a new event is made of.

use chrono::{DateTime, Utc};

use super::audience::Audience;
use super::ids::GroupId;
use super::lang::Lang;

/// A text of an offer that a coordinator may change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OfferField {
    Title,
    Description,
    When,
    Where,
}

impl OfferField {
    pub const ALL: [OfferField; 4] = [
        OfferField::Title,
        OfferField::Description,
        OfferField::When,
        OfferField::Where,
    ];

    pub fn code(self) -> &'static str {
        match self {
            OfferField::Title => "title",
            OfferField::Description => "description",
            OfferField::When => "when",
            OfferField::Where => "where",
        }
    }

    pub(crate) fn column(self) -> &'static str {
        match self {
            OfferField::Title => "title",
            OfferField::Description => "description",
            OfferField::When => "schedule",
            OfferField::Where => "location",
        }
    }

    pub fn parse(code: &str) -> anyhow::Result<Self> {
        OfferField::ALL
            .into_iter()
            .find(|f| f.code() == code)
            .ok_or_else(|| anyhow::anyhow!("unknown offer field {code:?}"))
    }
}

/// What a new event is made of.
#[derive(Debug, Clone, Copy)]
pub struct NewEvent<'a> {
    pub group: GroupId,
    pub audience: Audience,
    pub starts_at: DateTime<Utc>,
    pub place: &'a str,
    /// (language, title, description); a missing language falls back to Danish, then English.
    pub texts: &'a [(Lang, String, String)],
    /// Hours before the start those going are reminded; 0 for none.
    pub remind_hours: u32,
}

impl NewEvent<'_> {
    /// When those going are reminded, if they are.
    pub fn reminder_at(&self) -> Option<DateTime<Utc>> {
        (self.remind_hours > 0)
            .then(|| self.starts_at - chrono::Duration::hours(i64::from(self.remind_hours)))
    }
}
