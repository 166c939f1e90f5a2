//! Who may do what: coordinators and admins named in configuration, and the spoken languages
//! volunteers can offer.

use std::str::FromStr;

use anyhow::{Context, bail};

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

pub use super::lang::Spoken;

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
