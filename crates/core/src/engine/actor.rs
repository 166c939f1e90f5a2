//! Who acts: the person, what they may do, and their volunteer profile, read once per update.

use std::ops::Deref;

use crate::domain::roles::{Coordinates, Roles};
use crate::domain::{Person, Volunteer};

use super::Engine;

/// The person behind an update, with their rights and volunteer profile, read once before
/// any flow runs. It reads as the [`Person`] it is.
#[derive(Debug, Clone)]
pub struct Actor {
    pub person: Person,
    pub roles: Roles,
    pub volunteer: Option<Volunteer>,
    /// Where they reach the bot.
    pub addresses: Vec<crate::platform::Address>,
}

impl Deref for Actor {
    type Target = Person;

    fn deref(&self) -> &Person {
        &self.person
    }
}

impl Actor {
    /// The same actor with another record of the person, as after changing their language.
    pub fn with_person(&self, person: Person) -> Actor {
        Actor {
            person,
            ..self.clone()
        }
    }

    /// The platform they reach the bot on (the first, for someone on several).
    pub fn platform(&self) -> crate::platform::Platform {
        self.addresses
            .first()
            .map_or(crate::platform::Platform::Terminal, |a| a.platform)
    }

    /// Their volunteer profile, if a coordinator approved it.
    pub fn approved_volunteer(&self) -> Option<&Volunteer> {
        self.volunteer
            .as_ref()
            .filter(|v| v.status == crate::domain::VolunteerStatus::Approved)
    }
}

impl Engine {
    /// Reads who acts: roles from configuration and invite codes, and the volunteer profile,
    /// in a fixed number of queries.
    pub(crate) async fn actor(&self, person: Person) -> anyhow::Result<Actor> {
        let addresses = self.store.addresses_of(person.id).await?;
        let mut roles = Roles::default();
        let mut groups = self.store.invited_groups(person.id).await?;
        let mut slugs = vec![];
        for staff in self.settings.staff.iter() {
            if !addresses.contains(&staff.address) {
                continue;
            }
            roles.admin |= staff.admin;
            match &staff.groups {
                None => roles.coordinates = Coordinates::Everything,
                Some(named) => slugs.extend(named.iter().cloned()),
            }
        }
        if !slugs.is_empty() {
            groups.extend(self.store.group_ids(&slugs).await?);
        }
        if roles.coordinates != Coordinates::Everything && !groups.is_empty() {
            groups.sort();
            groups.dedup();
            roles.coordinates = Coordinates::Groups(groups);
        }
        let volunteer = self.store.volunteer(person.id).await?;
        Ok(Actor {
            person,
            roles,
            volunteer,
            addresses,
        })
    }

    /// The actor read again, after a step changed their own role or profile.
    pub(crate) async fn reread(&self, actor: &Actor) -> anyhow::Result<Actor> {
        let person = self
            .store
            .person(actor.id)
            .await?
            .unwrap_or_else(|| actor.person.clone());
        self.actor(person).await
    }
}
