//! Who may do what: coordinators and admins named in configuration, and the spoken languages
//! volunteers can offer.

use std::str::FromStr;

use anyhow::{Context, bail};
use serde::{Deserialize, Serialize};

use super::ids::GroupId;
use crate::platform::{Address, Platform};

/// A coordinator (and possibly admin) named in configuration, as `platform:user-id`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Staff {
    pub address: Address,
    /// Group slugs they coordinate; `None` means every group.
    pub groups: Option<Vec<String>>,
    pub admin: bool,
}

impl FromStr for Staff {
    type Err = anyhow::Error;

    /// Reads `telegram:12345=roede-kors+cafe-venlig`, `discord:6789=*` or, for an admin,
    /// `admin@terminal:Mette=*`. Without `=…` the person coordinates every group.
    fn from_str(s: &str) -> anyhow::Result<Staff> {
        let s = s.trim();
        let (admin, rest) = match s.strip_prefix("admin@") {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (who, groups) = rest.split_once('=').unwrap_or((rest, "*"));
        let (platform, user_id) = who.split_once(':').with_context(|| {
            format!("{who:?} should read platform:user-id, such as telegram:12345")
        })?;
        let platform = Platform::try_from(platform)?;
        if user_id.is_empty() {
            bail!("{who:?} has no user id");
        }
        let groups = match groups.trim() {
            "*" | "" => None,
            list => Some(list.split('+').map(|g| g.trim().to_owned()).collect()),
        };
        Ok(Staff {
            address: Address::new(platform, user_id),
            groups,
            admin,
        })
    }
}

/// What a person may do, worked out from configuration and the store.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Roles {
    pub admin: bool,
    pub coordinates: Coordinates,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Coordinates {
    #[default]
    Nothing,
    Groups(Vec<GroupId>),
    Everything,
}

impl Roles {
    /// Municipal staff: they act on every group, reach every newcomer, read the whole report
    /// and name coordinators. Configuration makes them so (`admin@`, or `=*` for every group).
    pub fn is_staff(&self) -> bool {
        self.admin || self.coordinates == Coordinates::Everything
    }

    pub fn is_coordinator(&self) -> bool {
        self.admin || self.coordinates != Coordinates::Nothing
    }

    /// Whether they coordinate `group`.
    pub fn coordinates(&self, group: GroupId) -> bool {
        self.admin
            || match &self.coordinates {
                Coordinates::Nothing => false,
                Coordinates::Groups(groups) => groups.contains(&group),
                Coordinates::Everything => true,
            }
    }

    /// Whether they coordinate at least one of `groups`; a volunteer of no group yet may be
    /// decided on by any coordinator.
    pub fn coordinates_any(&self, groups: &[GroupId]) -> bool {
        if groups.is_empty() {
            return self.is_coordinator();
        }
        groups.iter().any(|g| self.coordinates(*g))
    }
}

/// A language a volunteer speaks. Velkommen writes in three; volunteers may speak more of
/// the languages newcomers often speak.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Spoken {
    Ar,
    Da,
    En,
    Ti,
    Fa,
    So,
    Ku,
    Uk,
    Tr,
    Ps,
}

impl Spoken {
    pub const ALL: [Spoken; 10] = [
        Spoken::Ar,
        Spoken::Da,
        Spoken::En,
        Spoken::Ti,
        Spoken::Fa,
        Spoken::So,
        Spoken::Ku,
        Spoken::Uk,
        Spoken::Tr,
        Spoken::Ps,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Spoken::Ar => "ar",
            Spoken::Da => "da",
            Spoken::En => "en",
            Spoken::Ti => "ti",
            Spoken::Fa => "fa",
            Spoken::So => "so",
            Spoken::Ku => "ku",
            Spoken::Uk => "uk",
            Spoken::Tr => "tr",
            Spoken::Ps => "ps",
        }
    }

    /// The Fluent message naming the language.
    pub fn message_id(self) -> &'static str {
        match self {
            Spoken::Ar => "spoken-ar",
            Spoken::Da => "spoken-da",
            Spoken::En => "spoken-en",
            Spoken::Ti => "spoken-ti",
            Spoken::Fa => "spoken-fa",
            Spoken::So => "spoken-so",
            Spoken::Ku => "spoken-ku",
            Spoken::Uk => "spoken-uk",
            Spoken::Tr => "spoken-tr",
            Spoken::Ps => "spoken-ps",
        }
    }
}

impl TryFrom<&str> for Spoken {
    type Error = anyhow::Error;
    fn try_from(code: &str) -> anyhow::Result<Self> {
        Spoken::ALL
            .into_iter()
            .find(|s| s.code() == code)
            .with_context(|| format!("unknown spoken language {code:?}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staff_entries_read_platform_user_and_groups() {
        let staff: Staff = "telegram:12345=roede-kors+cafe-venlig".parse().unwrap();
        assert_eq!(staff.address, Address::new(Platform::Telegram, "12345"));
        assert_eq!(
            staff.groups,
            Some(vec!["roede-kors".into(), "cafe-venlig".into()])
        );
        assert!(!staff.admin);
        let admin: Staff = "admin@terminal:Mette".parse().unwrap();
        assert!(admin.admin && admin.groups.is_none());
        assert!("12345".parse::<Staff>().is_err());
        assert!("fax:1".parse::<Staff>().is_err());
        assert!("telegram:".parse::<Staff>().is_err());
    }
}
