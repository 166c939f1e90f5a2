//! People and what they agreed to; volunteers and what they offer.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::category::Category;
use super::ids::{GroupId, PersonId};
use super::lang::Lang;
use super::roles::Spoken;

/// What a person answered to the privacy notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Consent {
    Pending,
    Agreed,
    Declined,
}

impl Consent {
    pub(crate) fn code(self) -> &'static str {
        match self {
            Consent::Pending => "pending",
            Consent::Agreed => "agreed",
            Consent::Declined => "declined",
        }
    }

    pub(crate) fn parse(code: &str) -> anyhow::Result<Consent> {
        match code {
            "pending" => Ok(Consent::Pending),
            "agreed" => Ok(Consent::Agreed),
            "declined" => Ok(Consent::Declined),
            other => anyhow::bail!("unknown consent {other:?} in the database"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Person {
    pub id: PersonId,
    pub lang: Lang,
    pub consent: Consent,
    pub consent_at: Option<DateTime<Utc>>,
    pub news: bool,
    pub created_at: DateTime<Utc>,
}

/// A conversation state as stored: its format version and its serialized form.
#[derive(Debug, Clone)]
pub struct StoredState {
    pub version: i64,
    pub state: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VolunteerStatus {
    Pending,
    Approved,
    Declined,
}

impl VolunteerStatus {
    pub(crate) fn parse(code: &str) -> anyhow::Result<Self> {
        match code {
            "pending" => Ok(VolunteerStatus::Pending),
            "approved" => Ok(VolunteerStatus::Approved),
            "declined" => Ok(VolunteerStatus::Declined),
            other => anyhow::bail!("unknown volunteer status {other:?}"),
        }
    }
}

/// What a volunteer tells about themselves when signing up or editing their profile.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub name: String,
    pub groups: Vec<GroupId>,
    pub spoken: Vec<Spoken>,
    pub helps: Vec<Category>,
}

#[derive(Debug, Clone)]
pub struct Volunteer {
    pub person: PersonId,
    pub status: VolunteerStatus,
    pub paused: bool,
    pub profile: Draft,
}

/// A volunteer who could take a request, with the language to write to them in.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub person: PersonId,
    pub lang: Lang,
    pub spoken: Vec<Spoken>,
}
