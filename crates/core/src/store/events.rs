//! Events: creation, who may see them, RSVPs and who to remind.

use anyhow::Context;
use chrono::{DateTime, Utc};
use sqlx::Row;

use super::{Store, Tx};
use crate::domain::ids::{EventId, GroupId, PersonId};
use crate::domain::lang::Lang;
use crate::domain::{Audience, NewEvent};

/// An event as one person sees it.
#[derive(Debug, Clone)]
pub struct EventView {
    pub id: EventId,
    pub group: GroupId,
    pub audience: Audience,
    pub title: String,
    pub description: String,
    pub starts_at: DateTime<Utc>,
    pub place: String,
    /// Hours before the start those going are reminded; 0 for none.
    pub remind_hours: u32,
}

use super::catalog::lang_rank;

impl Store {
    pub async fn event(&self, id: EventId, lang: Lang) -> anyhow::Result<Option<EventView>> {
        let rank = lang_rank();
        let row = sqlx::query(&format!(
            "SELECT e.id, e.group_id, e.audience, e.starts_at, e.place, e.remind_hours, t.title, t.description
             FROM events e JOIN event_texts t ON t.event_id = e.id
             WHERE e.id = ?2 ORDER BY {rank} LIMIT 1"
        ))
        .bind(super::catalog::rank_key(lang))
        .bind(id)
        .fetch_optional(&self.pool)
        .await
        .context("while loading an event")?;
        row.as_ref().map(event_from_row).transpose()
    }

    /// Events still to come that `person` belongs to the audience of, soonest first.
    pub async fn upcoming_events(
        &self,
        person: PersonId,
        lang: Lang,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Vec<EventView>> {
        let rank = lang_rank();
        let rows = sqlx::query(&format!(
            "SELECT e.id, e.group_id, e.audience, e.starts_at, e.place, e.remind_hours, t.title, t.description
             FROM events e JOIN event_texts t ON t.event_id = e.id
             AND t.lang = (SELECT lang FROM event_texts WHERE event_id = e.id ORDER BY {rank} LIMIT 1)
             WHERE e.starts_at >= ?2 AND (
                e.audience = 'both'
                OR (e.audience = 'newcomers' AND NOT EXISTS (SELECT 1 FROM volunteers v WHERE v.person_id = ?3))
                OR (e.audience = 'volunteers' AND EXISTS (SELECT 1 FROM volunteers v WHERE v.person_id = ?3 AND v.status = 'approved')))
             ORDER BY e.starts_at LIMIT 10"
        ))
        .bind(super::catalog::rank_key(lang))
        .bind(now)
        .bind(person.get())
        .fetch_all(&self.pool)
        .await
        .context("while listing upcoming events")?;
        rows.iter().map(event_from_row).collect()
    }

    /// Whether `person` belongs to the audience of `event`.
    pub async fn may_see_event(&self, person: PersonId, event: EventId) -> anyhow::Result<bool> {
        let yes: Option<i64> = sqlx::query_scalar(
            "SELECT 1 FROM events e WHERE e.id = ?2 AND (
                e.audience = 'both'
                OR (e.audience = 'newcomers' AND NOT EXISTS (SELECT 1 FROM volunteers v WHERE v.person_id = ?1))
                OR (e.audience = 'volunteers' AND EXISTS (SELECT 1 FROM volunteers v WHERE v.person_id = ?1 AND v.status = 'approved')))",
        )
        .bind(person.get())
        .bind(event)
        .fetch_optional(&self.pool)
        .await
        .context("while checking who may see an event")?;
        Ok(yes.is_some())
    }

    pub async fn set_rsvp(
        &self,
        event: EventId,
        person: PersonId,
        going: bool,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        sqlx::query(
            "INSERT INTO rsvps (event_id, person_id, going, answered_at) VALUES (?, ?, ?, ?)
             ON CONFLICT (event_id, person_id) DO UPDATE SET going = excluded.going,
             answered_at = excluded.answered_at",
        )
        .bind(event)
        .bind(person.get())
        .bind(going)
        .bind(now)
        .execute(&self.pool)
        .await
        .context("while saving an answer to an event")?;
        Ok(())
    }

    /// An event's texts in every language it is written in: (language, title, description).
    pub async fn event_texts(&self, id: EventId) -> anyhow::Result<Vec<(Lang, String, String)>> {
        let rows: Vec<(String, String, String)> = sqlx::query_as(
            "SELECT lang, title, description FROM event_texts WHERE event_id = ? ORDER BY lang",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await
        .context("while reading an event's texts")?;
        rows.into_iter()
            .map(|(lang, title, description)| {
                Ok((Lang::try_from(lang.as_str())?, title, description))
            })
            .collect()
    }

    /// (going, not going) answers to an event.
    pub async fn rsvp_counts(&self, event: EventId) -> anyhow::Result<(i64, i64)> {
        let row: (i64, i64) = sqlx::query_as(
            "SELECT COALESCE(SUM(going), 0), COALESCE(SUM(1 - going), 0) FROM rsvps WHERE event_id = ?",
        )
        .bind(event)
        .fetch_one(&self.pool)
        .await
        .context("while counting answers to an event")?;
        Ok(row)
    }

    /// Who is going: volunteers by name; newcomers, whose names are never stored, by language.
    pub async fn going(&self, event: EventId) -> anyhow::Result<(Vec<String>, Vec<(Lang, i64)>)> {
        let names: Vec<String> = sqlx::query_scalar(
            "SELECT v.name FROM rsvps r JOIN volunteers v ON v.person_id = r.person_id
             WHERE r.event_id = ? AND r.going = 1 ORDER BY v.name",
        )
        .bind(event)
        .fetch_all(&self.pool)
        .await?;
        let langs: Vec<(String, i64)> = sqlx::query_as(
            "SELECT p.lang, COUNT(*) FROM rsvps r JOIN people p ON p.id = r.person_id
             WHERE r.event_id = ? AND r.going = 1
               AND NOT EXISTS (SELECT 1 FROM volunteers v WHERE v.person_id = r.person_id)
             GROUP BY p.lang ORDER BY p.lang",
        )
        .bind(event)
        .fetch_all(&self.pool)
        .await?;
        let langs = langs
            .into_iter()
            .map(|(l, n)| Ok((Lang::try_from(l.as_str())?, n)))
            .collect::<anyhow::Result<_>>()?;
        Ok((names, langs))
    }

    /// The people going to an event, with their languages, for its reminder.
    pub async fn going_people(&self, event: EventId) -> anyhow::Result<Vec<(PersonId, Lang)>> {
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "SELECT p.id, p.lang FROM rsvps r JOIN people p ON p.id = r.person_id
             WHERE r.event_id = ? AND r.going = 1 ORDER BY p.id",
        )
        .bind(event)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|(id, l)| Ok((PersonId::try_from(id)?, Lang::try_from(l.as_str())?)))
            .collect()
    }

    /// Events of these groups (all when `None`), newest first, for coordinators.
    pub async fn events_of(
        &self,
        groups: Option<&[GroupId]>,
        lang: Lang,
    ) -> anyhow::Result<Vec<EventView>> {
        let rank = lang_rank();
        let rows = sqlx::query(&format!(
            "SELECT e.id, e.group_id, e.audience, e.starts_at, e.place, e.remind_hours, t.title, t.description
             FROM events e JOIN event_texts t ON t.event_id = e.id
             AND t.lang = (SELECT lang FROM event_texts WHERE event_id = e.id ORDER BY {rank} LIMIT 1)
             ORDER BY e.starts_at DESC LIMIT 20"
        ))
        .bind(super::catalog::rank_key(lang))
        .fetch_all(&self.pool)
        .await
        .context("while listing events")?;
        let all = rows
            .iter()
            .map(event_from_row)
            .collect::<anyhow::Result<Vec<_>>>()?;
        Ok(all
            .into_iter()
            .filter(|e| groups.is_none_or(|g| g.contains(&e.group)))
            .collect())
    }
}

impl Tx {
    /// Stores a complete event. Returns its id.
    pub async fn create_event(
        &mut self,
        event: &NewEvent<'_>,
        by: PersonId,
        now: DateTime<Utc>,
    ) -> anyhow::Result<EventId> {
        let NewEvent {
            group,
            audience,
            starts_at,
            place,
            texts,
            remind_hours,
        } = *event;
        let id: EventId = sqlx::query_scalar(&format!(
            "INSERT INTO events (id, group_id, audience, starts_at, place, created_by,
                                     created_at, remind_hours)
                 VALUES ({}, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            super::next_id("events")
        ))
        .bind(group.get())
        .bind(audience.code())
        .bind(starts_at)
        .bind(place)
        .bind(by.get())
        .bind(now)
        .bind(remind_hours)
        .fetch_one(&mut *self.inner)
        .await
        .context("while storing an event")?;
        self.set_event_texts(id, texts).await?;
        Ok(id)
    }

    /// Changes an event's time, place, texts and reminder; its group, audience and answers
    /// stay.
    pub async fn update_event(&mut self, id: EventId, event: &NewEvent<'_>) -> anyhow::Result<()> {
        sqlx::query("UPDATE events SET starts_at = ?, place = ?, remind_hours = ? WHERE id = ?")
            .bind(event.starts_at)
            .bind(event.place)
            .bind(event.remind_hours)
            .bind(id)
            .execute(&mut *self.inner)
            .await
            .context("while changing an event")?;
        sqlx::query("DELETE FROM event_texts WHERE event_id = ?")
            .bind(id)
            .execute(&mut *self.inner)
            .await?;
        self.set_event_texts(id, event.texts).await
    }

    async fn set_event_texts(
        &mut self,
        id: EventId,
        texts: &[(Lang, String, String)],
    ) -> anyhow::Result<()> {
        for (lang, title, description) in texts {
            sqlx::query(
                "INSERT INTO event_texts (event_id, lang, title, description) VALUES (?, ?, ?, ?)",
            )
            .bind(id)
            .bind(lang.code())
            .bind(title)
            .bind(description)
            .execute(&mut *self.inner)
            .await
            .context("while storing an event's texts")?;
        }
        Ok(())
    }

    /// Stops a job of one kind for one thing, such as an event's reminder.
    pub async fn cancel_job(
        &mut self,
        kind: crate::domain::JobKind,
        ref_id: i64,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        sqlx::query(
            "UPDATE jobs SET done_at = ? WHERE kind = ? AND ref_id = ? AND done_at IS NULL",
        )
        .bind(now)
        .bind(kind.code())
        .bind(ref_id)
        .execute(&mut *self.inner)
        .await
        .context("while stopping a job")?;
        Ok(())
    }
}

fn event_from_row(row: &sqlx::sqlite::SqliteRow) -> anyhow::Result<EventView> {
    Ok(EventView {
        id: row.try_get("id")?,
        group: GroupId::try_from(row.try_get::<i64, _>("group_id")?)?,
        audience: Audience::parse(row.try_get("audience")?)?,
        title: row.try_get("title")?,
        description: row.try_get("description")?,
        starts_at: row.try_get("starts_at")?,
        place: row.try_get("place")?,
        remind_hours: row.try_get("remind_hours")?,
    })
}
