//! Volunteers, coordinators by invite, and who hears of which request.

use anyhow::Context;
use chrono::{DateTime, Utc};
use sqlx::Row;

use super::{Store, Tx};
use crate::domain::category::Category;
use crate::domain::ids::{GroupId, InviteId, OutboxId, PersonId, RequestId};
use crate::domain::lang::Lang;
use crate::domain::roles::Spoken;
use crate::domain::roles::{Coordinates, Roles};
use crate::domain::{Candidate, Draft, Volunteer, VolunteerStatus};
use crate::platform::Address;

impl Store {
    pub async fn volunteer(&self, person: PersonId) -> anyhow::Result<Option<Volunteer>> {
        let rows = self
            .volunteers_where("v.person_id = ?1", Some(person.get()), None)
            .await
            .context("while loading a volunteer")?;
        Ok(rows.into_iter().next())
    }

    /// Volunteers with their groups, languages and topics, in one statement whatever their
    /// number: `condition` filters `volunteers v`, with `id` as `?1` and `groups` as `?2`.
    async fn volunteers_where(
        &self,
        condition: &str,
        id: Option<i64>,
        groups: Option<String>,
    ) -> anyhow::Result<Vec<Volunteer>> {
        let rows = sqlx::query(&format!(
            "SELECT v.person_id, v.name, v.status, v.paused,
                (SELECT json_group_array(group_id) FROM
                    (SELECT group_id FROM volunteer_groups g WHERE g.person_id = v.person_id
                     AND g.status != 'left' ORDER BY group_id)) AS groups,
                (SELECT json_group_array(lang) FROM volunteer_languages l
                 WHERE l.person_id = v.person_id) AS spoken,
                (SELECT json_group_array(category) FROM volunteer_categories c
                 WHERE c.person_id = v.person_id) AS helps
             FROM volunteers v WHERE {condition}
             ORDER BY v.created_at, v.person_id"
        ))
        .bind(id)
        .bind(groups)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(volunteer_from_row).collect()
    }

    /// Every group, named in `lang` (or its fallback).
    pub async fn groups(&self, lang: Lang) -> anyhow::Result<Vec<(GroupId, String)>> {
        let rows: Vec<(i64, String)> = sqlx::query_as(&format!(
            "SELECT g.id, (SELECT name FROM group_texts t WHERE t.group_id = g.id
                           ORDER BY {} LIMIT 1)
             FROM groups g ORDER BY g.id",
            super::catalog::lang_rank()
        ))
        .bind(super::catalog::rank_key(lang))
        .fetch_all(&self.pool)
        .await
        .context("while listing groups")?;
        rows.into_iter()
            .map(|(id, name)| Ok((GroupId::try_from(id)?, name)))
            .collect()
    }

    /// The ids of the groups with these slugs.
    pub async fn group_ids(&self, slugs: &[String]) -> anyhow::Result<Vec<GroupId>> {
        let rows: Vec<(GroupId, String)> = sqlx::query_as(
            "SELECT id, slug FROM groups WHERE slug IN (SELECT value FROM json_each(?)) ORDER BY id",
        )
        .bind(super::id_list(slugs))
        .fetch_all(&self.pool)
        .await
        .context("while looking up configured groups")?;
        for slug in slugs {
            if !rows.iter().any(|(_, known)| known == slug) {
                tracing::warn!(slug, "a configured coordinator names an unknown group");
            }
        }
        Ok(rows.into_iter().map(|(id, _)| id).collect())
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
                                      AND g.status = 'approved'
             JOIN volunteer_categories c ON c.person_id = v.person_id AND c.category = ?
             WHERE v.paused = 0 AND p.consent = 'agreed'
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

    /// Volunteers waiting for a decision that `roles` may take, oldest first.
    pub async fn pending_volunteers(&self, roles: &Roles) -> anyhow::Result<Vec<Volunteer>> {
        let Some(groups) = decidable(roles) else {
            return Ok(vec![]);
        };
        self.volunteers_where(WAITING, None, groups)
            .await
            .context("while listing pending volunteers")
    }

    /// How many volunteers wait for a decision that `roles` may take.
    pub async fn pending_count(&self, roles: &Roles) -> anyhow::Result<i64> {
        let Some(groups) = decidable(roles) else {
            return Ok(0);
        };
        sqlx::query_scalar(&format!(
            "SELECT COUNT(*) FROM volunteers v WHERE ?1 IS NULL AND {WAITING}"
        ))
        .bind(None::<i64>)
        .bind(groups)
        .fetch_one(&self.pool)
        .await
        .context("while counting pending volunteers")
    }

    /// The name a volunteer gave, if the person is one.
    pub async fn volunteer_name(&self, person: PersonId) -> anyhow::Result<Option<String>> {
        sqlx::query_scalar("SELECT name FROM volunteers WHERE person_id = ?")
            .bind(person)
            .fetch_optional(&self.pool)
            .await
            .context("while looking up a volunteer's name")
    }

    /// Approved volunteers of a group, by name, for a coordinator handing a request on.
    pub async fn volunteers_of(&self, group: GroupId) -> anyhow::Result<Vec<(PersonId, String)>> {
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "SELECT v.person_id, v.name FROM volunteers v
             JOIN volunteer_groups g ON g.person_id = v.person_id AND g.group_id = ?
             WHERE g.status = 'approved' ORDER BY v.name, v.person_id",
        )
        .bind(group.get())
        .fetch_all(&self.pool)
        .await
        .context("while listing a group's volunteers")?;
        rows.into_iter()
            .map(|(id, name)| Ok((PersonId::try_from(id)?, name)))
            .collect()
    }

    /// The approved volunteers of each of these groups, by name: one statement for a page.
    pub async fn volunteers_of_groups(
        &self,
        groups: &[GroupId],
    ) -> anyhow::Result<std::collections::HashMap<GroupId, Vec<(PersonId, String)>>> {
        let mut found: std::collections::HashMap<GroupId, Vec<(PersonId, String)>> =
            std::collections::HashMap::new();
        if groups.is_empty() {
            return Ok(found);
        }
        let ids = groups
            .iter()
            .map(|g| g.get().to_string())
            .collect::<Vec<_>>()
            .join(", ");
        let rows: Vec<(i64, i64, String)> = sqlx::query_as(&format!(
            "SELECT g.group_id, v.person_id, v.name FROM volunteers v
             JOIN volunteer_groups g ON g.person_id = v.person_id
             WHERE g.group_id IN ({ids}) AND g.status = 'approved'
             ORDER BY v.name, v.person_id"
        ))
        .fetch_all(&self.pool)
        .await
        .context("while listing the groups' volunteers")?;
        for (group, person, name) in rows {
            found
                .entry(GroupId::try_from(group)?)
                .or_default()
                .push((PersonId::try_from(person)?, name));
        }
        Ok(found)
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

    /// Every (person, group) made a group's coordinator by an invite code, by group.
    pub async fn invited_coordinator_list(&self) -> anyhow::Result<Vec<(PersonId, GroupId)>> {
        sqlx::query_as("SELECT person_id, group_id FROM coordinators ORDER BY group_id, person_id")
            .fetch_all(&self.pool)
            .await
            .context("while listing coordinators")
    }

    /// Withdraws one group from a coordinator named by an invite code, and, when it was their
    /// last, ends every session they have on the web page. False if they did not coordinate it.
    pub async fn remove_coordinator(
        &self,
        person: PersonId,
        group: GroupId,
        now: DateTime<Utc>,
    ) -> anyhow::Result<bool> {
        self.log_privacy(
            person,
            super::backup::PrivacyEvent::CoordinatorRemoved(group),
            now,
        )
        .await?;
        self.apply_coordinator_removal(person, group).await
    }

    pub(super) async fn apply_coordinator_removal(
        &self,
        person: PersonId,
        group: GroupId,
    ) -> anyhow::Result<bool> {
        let mut tx = self.pool.begin().await?;
        let removed = sqlx::query("DELETE FROM coordinators WHERE person_id = ? AND group_id = ?")
            .bind(person)
            .bind(group)
            .execute(&mut *tx)
            .await
            .context("while removing a coordinator")?
            .rows_affected()
            == 1;
        // Their sessions end at once: the page reads their rights anew on the next request,
        // and nothing of a session stays for a person who lost a group.
        sqlx::query("DELETE FROM desk_sessions WHERE person_id = ?")
            .bind(person)
            .execute(&mut *tx)
            .await
            .context("while ending a removed coordinator's sessions")?;
        tx.commit().await?;
        Ok(removed)
    }

    /// Every person who has written from one of these addresses.
    pub async fn people_at(&self, addresses: &[Address]) -> anyhow::Result<Vec<PersonId>> {
        if addresses.is_empty() {
            return Ok(vec![]);
        }
        let pairs: Vec<(&str, &str)> = addresses
            .iter()
            .map(|a| (a.platform.code(), a.user_id.as_str()))
            .collect();
        sqlx::query_scalar(
            "SELECT DISTINCT i.person_id FROM identities i
             JOIN json_each(?) j ON i.platform = json_extract(j.value, '$[0]')
                                AND i.user_id = json_extract(j.value, '$[1]')
             ORDER BY i.person_id",
        )
        .bind(super::id_list(&pairs))
        .fetch_all(&self.pool)
        .await
        .context("while looking up configured coordinators")
    }

    /// The slug configuration names a group by.
    pub async fn group_slug(&self, group: GroupId) -> anyhow::Result<Option<String>> {
        sqlx::query_scalar("SELECT slug FROM groups WHERE id = ?")
            .bind(group)
            .fetch_optional(&self.pool)
            .await
            .context("while looking up a group's slug")
    }

    /// Stores a one-time invite code for a group, by the hash of the code only.
    pub async fn create_invite(
        &self,
        group: GroupId,
        by: PersonId,
        hash: &str,
        now: DateTime<Utc>,
        expires_at: DateTime<Utc>,
    ) -> anyhow::Result<InviteId> {
        sqlx::query_scalar(&format!(
            "INSERT INTO invites (id, hash, group_id, created_by, created_at, expires_at)
                 VALUES ({}, ?, ?, ?, ?, ?) RETURNING id",
            super::next_id("invites")
        ))
        .bind(hash)
        .bind(group)
        .bind(by)
        .bind(now)
        .bind(expires_at)
        .fetch_one(&self.pool)
        .await
        .context("while storing an invite code")
    }

    /// Uses the invite code with this hash, if it is still good: unused, not withdrawn, not
    /// expired. The person becomes a coordinator of its group in the same transaction.
    pub async fn use_invite(
        &self,
        hash: &str,
        person: PersonId,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Option<GroupId>> {
        let mut tx = self.pool.begin().await?;
        let group: Option<GroupId> = sqlx::query_scalar(
            "UPDATE invites SET used_by = ?1, used_at = ?2
             WHERE hash = ?3 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ?2
             RETURNING group_id",
        )
        .bind(person)
        .bind(now)
        .bind(hash)
        .fetch_optional(&mut *tx)
        .await
        .context("while using an invite code")?;
        let Some(group) = group else { return Ok(None) };
        sqlx::query("INSERT OR IGNORE INTO coordinators (person_id, group_id) VALUES (?, ?)")
            .bind(person)
            .bind(group)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(Some(group))
    }

    /// Notes a wrong invite code tried by `person`, and says how many they tried since
    /// `since`, this one included.
    pub async fn wrong_invite(
        &self,
        person: PersonId,
        now: DateTime<Utc>,
        since: DateTime<Utc>,
    ) -> anyhow::Result<i64> {
        sqlx::query("INSERT INTO invite_tries (person_id, tried_at) VALUES (?, ?)")
            .bind(person)
            .bind(now)
            .execute(&self.pool)
            .await
            .context("while noting a wrong invite code")?;
        self.wrong_invites_since(person, since).await
    }

    /// How many wrong invite codes `person` tried since `since`.
    pub async fn wrong_invites_since(
        &self,
        person: PersonId,
        since: DateTime<Utc>,
    ) -> anyhow::Result<i64> {
        sqlx::query_scalar("SELECT COUNT(*) FROM invite_tries WHERE person_id = ? AND tried_at > ?")
            .bind(person)
            .bind(since)
            .fetch_one(&self.pool)
            .await
            .context("while counting wrong invite codes")
    }

    /// The codes `by` made that still work: (id, group, expires), soonest to expire first.
    pub async fn open_invites(
        &self,
        by: PersonId,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Vec<(InviteId, GroupId, DateTime<Utc>)>> {
        sqlx::query_as(
            "SELECT id, group_id, expires_at FROM invites
             WHERE created_by = ? AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ?
             ORDER BY expires_at, id",
        )
        .bind(by)
        .bind(now)
        .fetch_all(&self.pool)
        .await
        .context("while listing invite codes")
    }

    /// Withdraws a code `by` made and nobody used. Returns whether it was still open.
    pub async fn revoke_invite(
        &self,
        id: InviteId,
        by: PersonId,
        now: DateTime<Utc>,
    ) -> anyhow::Result<bool> {
        let open: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM invites
             WHERE id = ?1 AND created_by = ?2 AND used_at IS NULL AND revoked_at IS NULL",
        )
        .bind(id)
        .bind(by)
        .fetch_optional(&self.pool)
        .await?;
        if let Some(invite) = open {
            self.log_invite_revoked(invite, now)?;
        }
        let done = sqlx::query(
            "UPDATE invites SET revoked_at = ?1
             WHERE id = ?2 AND created_by = ?3 AND used_at IS NULL AND revoked_at IS NULL",
        )
        .bind(now)
        .bind(id)
        .bind(by)
        .execute(&self.pool)
        .await
        .context("while withdrawing an invite code")?;
        Ok(done.rows_affected() == 1)
    }

    /// The volunteers told of a request, and whether each said "not me".
    pub async fn notices_of(
        &self,
        request: RequestId,
    ) -> anyhow::Result<Vec<(PersonId, bool, Option<OutboxId>)>> {
        let rows: Vec<(i64, bool, Option<OutboxId>)> = sqlx::query_as(
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
        // A group added asks that group's coordinators; one taken away is left; the others
        // keep the decision they had.
        sqlx::query(
            "UPDATE volunteer_groups SET status = 'left'
             WHERE person_id = ?1 AND group_id NOT IN (SELECT value FROM json_each(?2))",
        )
        .bind(person)
        .bind(super::id_list(&draft.groups))
        .execute(&mut *self.inner)
        .await
        .context("while leaving groups")?;
        for group in &draft.groups {
            sqlx::query(
                "INSERT INTO volunteer_groups (person_id, group_id) VALUES (?, ?)
                 ON CONFLICT (person_id, group_id) DO UPDATE
                 SET status = 'pending', decided_by = NULL, decided_at = NULL
                 WHERE status = 'left'",
            )
            .bind(person)
            .bind(group)
            .execute(&mut *self.inner)
            .await
            .context("while joining a group")?;
        }
        refresh_status(&mut self.inner, person).await?;
        for table in ["volunteer_languages", "volunteer_categories"] {
            sqlx::query(&format!("DELETE FROM {table} WHERE person_id = ?"))
                .bind(person.get())
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

    /// Approves or declines a volunteer's pending memberships of `groups` (every group when
    /// `None`), or, for a volunteer of no group, the sign-up itself. Returns false if nothing
    /// was waiting for this decision.
    pub async fn decide_volunteer(
        &mut self,
        person: PersonId,
        approve: bool,
        by: PersonId,
        groups: Option<&[GroupId]>,
        now: DateTime<Utc>,
    ) -> anyhow::Result<bool> {
        let status = if approve { "approved" } else { "declined" };
        let memberships = sqlx::query(
            "UPDATE volunteer_groups SET status = ?1, decided_at = ?2, decided_by = ?3
             WHERE person_id = ?4 AND status = 'pending'
               AND (?5 IS NULL OR group_id IN (SELECT value FROM json_each(?5)))",
        )
        .bind(status)
        .bind(now)
        .bind(by)
        .bind(person)
        .bind(groups.map(super::id_list))
        .execute(&mut *self.inner)
        .await
        .context("while deciding on a volunteer's groups")?
        .rows_affected();
        let sign_up = sqlx::query(
            "UPDATE volunteers SET status = ?1, decided_at = ?2, decided_by = ?3
             WHERE person_id = ?4 AND status = 'pending'
               AND NOT EXISTS (SELECT 1 FROM volunteer_groups g
                               WHERE g.person_id = ?4 AND g.status != 'left')",
        )
        .bind(status)
        .bind(now)
        .bind(by)
        .bind(person)
        .execute(&mut *self.inner)
        .await
        .context("while deciding on a volunteer")?
        .rows_affected();
        refresh_status(&mut self.inner, person).await?;
        Ok(memberships + sign_up > 0)
    }

    /// Notes that a volunteer was told of a request, by this outbox message.
    pub async fn add_notice(
        &mut self,
        request: RequestId,
        volunteer: PersonId,
        outbox: Option<OutboxId>,
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
    pub async fn withdraw(&mut self, outbox: OutboxId) -> anyhow::Result<bool> {
        super::outbox::withdraw(&mut self.inner, outbox).await
    }
}

/// Keeps a volunteer's overall standing in step with their memberships: approved once any
/// group approved them, waiting while any group has still to decide, declined once every
/// group declined. A volunteer of no group keeps the decision on their sign-up.
async fn refresh_status(conn: &mut sqlx::SqliteConnection, person: PersonId) -> anyhow::Result<()> {
    sqlx::query(
        "UPDATE volunteers SET status = CASE
            WHEN EXISTS (SELECT 1 FROM volunteer_groups g WHERE g.person_id = ?1 AND g.status = 'approved')
                THEN 'approved'
            WHEN EXISTS (SELECT 1 FROM volunteer_groups g WHERE g.person_id = ?1 AND g.status = 'pending')
                THEN 'pending'
            WHEN EXISTS (SELECT 1 FROM volunteer_groups g WHERE g.person_id = ?1 AND g.status = 'declined')
                THEN 'declined'
            ELSE status END
         WHERE person_id = ?1",
    )
    .bind(person)
    .execute(conn)
    .await
    .context("while updating a volunteer's standing")?;
    Ok(())
}

/// SQL: volunteer `v` waits for a decision by the coordinators of the groups `?2` (a JSON array,
/// or NULL for every group): a membership of theirs is pending, or, for a volunteer of no
/// group yet, the sign-up itself.
const WAITING: &str = "(EXISTS (SELECT 1 FROM volunteer_groups g WHERE g.person_id = v.person_id
                             AND g.status = 'pending'
                             AND (?2 IS NULL OR g.group_id IN (SELECT value FROM json_each(?2))))
      OR (v.status = 'pending' AND NOT EXISTS (SELECT 1 FROM volunteer_groups g
                                               WHERE g.person_id = v.person_id
                                                 AND g.status != 'left')))";

/// The groups whose memberships `roles` decide on, as a JSON array for `WAITING`; `Some(None)`
/// for every group, `None` for nobody's.
fn decidable(roles: &Roles) -> Option<Option<String>> {
    match &roles.coordinates {
        _ if roles.is_staff() => Some(None),
        Coordinates::Everything => Some(None),
        Coordinates::Groups(groups) => Some(Some(super::id_list(groups))),
        Coordinates::Nothing => None,
    }
}

fn volunteer_from_row(row: &sqlx::sqlite::SqliteRow) -> anyhow::Result<Volunteer> {
    let list = |column: &str| -> anyhow::Result<Vec<serde_json::Value>> {
        Ok(serde_json::from_str(row.try_get(column)?)?)
    };
    let groups = list("groups")?
        .iter()
        .map(|g| Ok(GroupId::try_from(g.as_i64().context("a group id")?)?))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let mut spoken = list("spoken")?
        .iter()
        .map(|s| Spoken::try_from(s.as_str().unwrap_or_default()))
        .collect::<Result<Vec<_>, _>>()?;
    spoken.sort();
    let helps: Vec<String> = list("helps")?
        .iter()
        .filter_map(|h| h.as_str().map(str::to_owned))
        .collect();
    let helps = Category::ALL
        .into_iter()
        .filter(|c| helps.iter().any(|h| h == c.code()))
        .collect();
    Ok(Volunteer {
        person: row.try_get("person_id")?,
        status: VolunteerStatus::parse(row.try_get("status")?)?,
        paused: row.try_get("paused")?,
        profile: Draft {
            name: row.try_get("name")?,
            groups,
            spoken,
            helps,
        },
    })
}
