//! Who an announcement or an event is for.

use serde::{Deserialize, Serialize};

use super::ids::GroupId;
use super::lang::Lang;

/// Who an announcement is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    Newcomers,
    Volunteers,
    Both,
}

impl Audience {
    pub fn code(self) -> &'static str {
        match self {
            Audience::Newcomers => "newcomers",
            Audience::Volunteers => "volunteers",
            Audience::Both => "both",
        }
    }

    pub fn parse(code: &str) -> anyhow::Result<Self> {
        match code {
            "newcomers" => Ok(Audience::Newcomers),
            "volunteers" => Ok(Audience::Volunteers),
            "both" => Ok(Audience::Both),
            other => anyhow::bail!("unknown audience {other:?}"),
        }
    }
}

/// The recipients of a broadcast: an audience, optionally one group's volunteers, optionally
/// one language. Only people who opted in to news are ever included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recipients {
    pub audience: Audience,
    pub group: Option<GroupId>,
    pub lang: Option<Lang>,
    /// With a group: newcomers only if they asked for one of its offers or answered one of
    /// its events, as a group's own coordinator reaches them. Staff reach every newcomer.
    #[serde(default)]
    pub newcomers_of_group: bool,
}
