//! Volunteers, coordinators by invite, and who hears of which request.

use anyhow::Context;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::Row;

use super::{Store, Tx};
use crate::category::Category;
use crate::ids::{GroupId, PersonId, RequestId};
use crate::lang::Lang;
use crate::platform::Address;
use crate::roles::Spoken;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VolunteerStatus {
    Pending,
    Approved,
    Declined,
}

impl VolunteerStatus {
    fn parse(code: &str) -> anyhow::Result<Self> {
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

impl Store {
    pub async fn volunteer(&self, person: PersonId) -> anyhow::Result<Option<Volunteer>> {
        let row = sqlx::query("SELECT name, status, paused FROM volunteers WHERE person_id = ?")
            .bind(person.get())
            .fetch_optional(&self.pool)
            .await
            .context("while loading a volunteer")?;
        let Some(row) = row else { return Ok(None) };
        let groups: Vec<i64> = sqlx::query_scalar(
            "SELECT group_id FROM volunteer_groups WHERE person_id = ? ORDER BY group_id",
        )
        .bind(person.get())
        .fetch_all(&self.pool)
        .await?;
        let spoken: Vec<String> =
            sqlx::query_scalar("SELECT lang FROM volunteer_languages WHERE person_id = ?")
                .bind(person.get())
                .fetch_all(&self.pool)
                .await?;
        let helps: Vec<String> =
            sqlx::query_scalar("SELECT category FROM volunteer_categories WHERE person_id = ?")
                .bind(person.get())
                .fetch_all(&self.pool)
                .await?;
        let mut spoken = spoken
            .iter()
            .map(|c| Spoken::try_from(c.as_str()))
            .collect::<anyhow::Result<Vec<_>>>()?;
        spoken.sort();
        let helps = Category::ALL
            .into_iter()
            .filter(|c| helps.iter().any(|h| h == c.code()))
            .collect();
        Ok(Some(Volunteer {
            person,
            status: VolunteerStatus::parse(row.try_get("status")?)?,
            paused: row.try_get("paused")?,
            profile: Draft {
                name: row.try_get("name")?,
                groups: groups
                    .into_iter()
                    .map(GroupId::try_from)
                    .collect::<Result<_, _>>()?,
                spoken,
                helps,
            },
        }))
    }

    /// Every group, named in `lang` (or its fallback).
    pub async fn groups(&self, lang: Lang) -> anyhow::Result<Vec<(GroupId, String)>> {
        let rows: Vec<(i64, String)> = sqlx::query_as(&format!(
            "SELECT g.id, (SELECT name FROM group_texts t WHERE t.group_id = g.id
                           ORDER BY {} LIMIT 1)
             FROM groups g ORDER BY g.id",
            super::catalog::lang_rank()
        ))
        .bind(lang.code())
        .fetch_all(&self.pool)
        .await
        .context("while listing groups")?;
        rows.into_iter()
            .map(|(id, name)| Ok((GroupId::try_from(id)?, name)))
            .collect()
    }

    /// The ids of the groups with these slugs.
    pub async fn group_ids(&self, slugs: &[String]) -> anyhow::Result<Vec<GroupId>> {
        let mut ids = vec![];
        for slug in slugs {
            let id: Option<i64> = sqlx::query_scalar("SELECT id FROM groups WHERE slug = ?")
                .bind(slug)
                .fetch_optional(&self.pool)
                .await?;
            match id {
                Some(id) => ids.push(GroupId::try_from(id)?),
                None => tracing::warn!(slug, "a configured coordinator names an unknown group"),
            }
        }
        Ok(ids)
    }

    /// Approved, unpaused volunteers of `group` who help with `category`.
    pub async fn candidates(
        &self,
        group: GroupId,
        category: Category,
    ) -> anyhow::Result<Vec<Candidate>> {
        let rows = sqlx::query(
            "SELECT v.person_id, p.lang,
                    (SELECT group_concat(lang) FROM volunteer_languages l WHERE l.person_id = v.person_id) AS spoken
             FROM volunteers v
             JOIN people p ON p.id = v.person_id
             JOIN volunteer_groups g ON g.person_id = v.person_id AND g.group_id = ?
             JOIN volunteer_categories c ON c.person_id = v.person_id AND c.category = ?
             WHERE v.status = 'approved' AND v.paused = 0
             ORDER BY v.person_id",
        )
        .bind(group.get())
        .bind(category.code())
        .fetch_all(&self.pool)
        .await
        .context("while finding volunteers for a request")?;
        rows.iter()
            .map(|row| {
                let spoken: Option<String> = row.try_get("spoken")?;
                Ok(Candidate {
                    person: PersonId::try_from(row.try_get::<i64, _>("person_id")?)?,
                    lang: Lang::try_from(row.try_get::<&str, _>("lang")?)?,
                    spoken: spoken
                        .unwrap_or_default()
                        .split(',')
                        .filter_map(|c| Spoken::try_from(c).ok())
                        .collect(),
                })
            })
            .collect()
    }

    /// Volunteers waiting for a decision, oldest first.
    pub async fn pending_volunteers(&self) -> anyhow::Result<Vec<Volunteer>> {
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT person_id FROM volunteers WHERE status = 'pending' ORDER BY created_at, person_id",
        )
        .fetch_all(&self.pool)
        .await
        .context("while listing pending volunteers")?;
        let mut out = vec![];
        for id in ids {
            if let Some(v) = self.volunteer(PersonId::try_from(id)?).await? {
                out.push(v);
            }
        }
        Ok(out)
    }

    /// Approved volunteers of a group, by name, for a coordinator handing a request on.
    pub async fn volunteers_of(&self, group: GroupId) -> anyhow::Result<Vec<(PersonId, String)>> {
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "SELECT v.person_id, v.name FROM volunteers v
             JOIN volunteer_groups g ON g.person_id = v.person_id AND g.group_id = ?
             WHERE v.status = 'approved' ORDER BY v.name, v.person_id",
        )
        .bind(group.get())
        .fetch_all(&self.pool)
        .await
        .context("while listing a group's volunteers")?;
        rows.into_iter()
            .map(|(id, name)| Ok((PersonId::try_from(id)?, name)))
            .collect()
    }

    pub async fn set_paused(&self, person: PersonId, paused: bool) -> anyhow::Result<()> {
        sqlx::query("UPDATE volunteers SET paused = ? WHERE person_id = ?")
            .bind(paused)
            .bind(person.get())
            .execute(&self.pool)
            .await
            .context("while pausing or resuming a volunteer")?;
        Ok(())
    }

    /// Groups a person coordinates through an invite code.
    pub async fn invited_groups(&self, person: PersonId) -> anyhow::Result<Vec<GroupId>> {
        let ids: Vec<i64> =
            sqlx::query_scalar("SELECT group_id FROM coordinators WHERE person_id = ?")
                .bind(person.get())
                .fetch_all(&self.pool)
                .await
                .context("while looking up a coordinator's groups")?;
        ids.into_iter()
            .map(|id| Ok(GroupId::try_from(id)?))
            .collect()
    }

    /// People who coordinate `group` through an invite code.
    pub async fn invited_coordinators(&self, group: GroupId) -> anyhow::Result<Vec<PersonId>> {
        let ids: Vec<i64> =
            sqlx::query_scalar("SELECT person_id FROM coordinators WHERE group_id = ?")
                .bind(group.get())
                .fetch_all(&self.pool)
                .await
                .context("while listing a group's coordinators")?;
        ids.into_iter()
            .map(|id| Ok(PersonId::try_from(id)?))
            .collect()
    }

    /// Every person who has written from one of these addresses.
    pub async fn people_at(&self, addresses: &[Address]) -> anyhow::Result<Vec<PersonId>> {
        let mut out = vec![];
        for address in addresses {
            let id: Option<i64> = sqlx::query_scalar(
                "SELECT person_id FROM identities WHERE platform = ? AND user_id = ?",
            )
            .bind(address.platform.code())
            .bind(&address.user_id)
            .fetch_optional(&self.pool)
            .await
            .context("while looking up a configured coordinator")?;
            if let Some(id) = id {
                let id = PersonId::try_from(id)?;
                if !out.contains(&id) {
                    out.push(id);
                }
            }
        }
        Ok(out)
    }

    /// Makes a one-time invite code for a group.
    pub async fn create_invite(
        &self,
        group: GroupId,
        by: PersonId,
        code: &str,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        sqlx::query(
            "INSERT INTO invites (code, group_id, created_by, created_at) VALUES (?, ?, ?, ?)",
        )
        .bind(code)
        .bind(group.get())
        .bind(by.get())
        .bind(now)
        .execute(&self.pool)
        .await
        .context("while storing an invite code")?;
        Ok(())
    }

    /// Uses an invite code: its person becomes a coordinator of its group. `None` if the code
    /// is unknown or used.
    pub async fn use_invite(
        &self,
        code: &str,
        person: PersonId,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Option<GroupId>> {
        let mut tx = self.pool.begin().await?;
        let group: Option<i64> = sqlx::query_scalar(
            "UPDATE invites SET used_by = ?, used_at = ? WHERE code = ? AND used_at IS NULL
             RETURNING group_id",
        )
        .bind(person.get())
        .bind(now)
        .bind(code)
        .fetch_optional(&mut *tx)
        .await
        .context("while using an invite code")?;
        let Some(group) = group else { return Ok(None) };
        sqlx::query("INSERT OR IGNORE INTO coordinators (person_id, group_id) VALUES (?, ?)")
            .bind(person.get())
            .bind(group)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(Some(GroupId::try_from(group)?))
    }

    /// The volunteers told of a request, and whether each said "not me".
    pub async fn notices_of(
        &self,
        request: RequestId,
    ) -> anyhow::Result<Vec<(PersonId, bool, Option<i64>)>> {
        let rows: Vec<(i64, bool, Option<i64>)> = sqlx::query_as(
            "SELECT volunteer_id, declined, outbox_id FROM request_notices WHERE request_id = ?",
        )
        .bind(request.get())
        .fetch_all(&self.pool)
        .await
        .context("while listing who heard of a request")?;
        rows.into_iter()
            .map(|(id, declined, outbox)| Ok((PersonId::try_from(id)?, declined, outbox)))
            .collect()
    }
}

impl Tx {
    /// Saves a sign-up or an edited profile. A new volunteer is pending; an edit keeps the
    /// decision already taken. Returns whether this was a new sign-up.
    pub async fn save_volunteer(
        &mut self,
        person: PersonId,
        draft: &Draft,
        now: DateTime<Utc>,
    ) -> anyhow::Result<bool> {
        let fresh = sqlx::query(
            "INSERT INTO volunteers (person_id, name, created_at) VALUES (?, ?, ?)
             ON CONFLICT (person_id) DO NOTHING",
        )
        .bind(person.get())
        .bind(&draft.name)
        .bind(now)
        .execute(&mut *self.inner)
        .await
        .context("while saving a volunteer")?
        .rows_affected()
            == 1;
        if !fresh {
            sqlx::query("UPDATE volunteers SET name = ? WHERE person_id = ?")
                .bind(&draft.name)
                .bind(person.get())
                .execute(&mut *self.inner)
                .await
                .context("while renaming a volunteer")?;
        }
        for table in [
            "volunteer_groups",
            "volunteer_languages",
            "volunteer_categories",
        ] {
            sqlx::query(&format!("DELETE FROM {table} WHERE person_id = ?"))
                .bind(person.get())
                .execute(&mut *self.inner)
                .await?;
        }
        for group in &draft.groups {
            sqlx::query("INSERT INTO volunteer_groups (person_id, group_id) VALUES (?, ?)")
                .bind(person.get())
                .bind(group.get())
                .execute(&mut *self.inner)
                .await?;
        }
        for spoken in &draft.spoken {
            sqlx::query("INSERT INTO volunteer_languages (person_id, lang) VALUES (?, ?)")
                .bind(person.get())
                .bind(spoken.code())
                .execute(&mut *self.inner)
                .await?;
        }
        for category in &draft.helps {
            sqlx::query("INSERT INTO volunteer_categories (person_id, category) VALUES (?, ?)")
                .bind(person.get())
                .bind(category.code())
                .execute(&mut *self.inner)
                .await?;
        }
        Ok(fresh)
    }

    /// Approves or declines a pending volunteer. Returns false if they were not pending.
    pub async fn decide_volunteer(
        &mut self,
        person: PersonId,
        approve: bool,
        by: PersonId,
        now: DateTime<Utc>,
    ) -> anyhow::Result<bool> {
        let done = sqlx::query(
            "UPDATE volunteers SET status = ?, decided_at = ?, decided_by = ?
             WHERE person_id = ? AND status = 'pending'",
        )
        .bind(if approve { "approved" } else { "declined" })
        .bind(now)
        .bind(by.get())
        .bind(person.get())
        .execute(&mut *self.inner)
        .await
        .context("while deciding on a volunteer")?;
        Ok(done.rows_affected() == 1)
    }

    /// Notes that a volunteer was told of a request, by this outbox message.
    pub async fn add_notice(
        &mut self,
        request: RequestId,
        volunteer: PersonId,
        outbox: Option<i64>,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        sqlx::query(
            "INSERT OR IGNORE INTO request_notices (request_id, volunteer_id, outbox_id, created_at)
             VALUES (?, ?, ?, ?)",
        )
        .bind(request.get())
        .bind(volunteer.get())
        .bind(outbox)
        .bind(now)
        .execute(&mut *self.inner)
        .await
        .context("while noting who heard of a request")?;
        Ok(())
    }

    pub async fn decline_notice(
        &mut self,
        request: RequestId,
        volunteer: PersonId,
    ) -> anyhow::Result<bool> {
        let done = sqlx::query(
            "UPDATE request_notices SET declined = 1 WHERE request_id = ? AND volunteer_id = ?",
        )
        .bind(request.get())
        .bind(volunteer.get())
        .execute(&mut *self.inner)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Withdraws an outbox message not yet sent. Returns whether it was still waiting.
    pub async fn withdraw(&mut self, outbox: i64) -> anyhow::Result<bool> {
        super::outbox::withdraw(&mut self.inner, outbox).await
    }
}
