//! Broadcasts: who receives one, the fan-out through the outbox, delivery reports, cancelling.

use anyhow::Context;
use chrono::{DateTime, Utc};

use super::{Store, Tx};
use crate::domain::ids::{BroadcastId, EventId, GroupId, PersonId};
use crate::domain::lang::Lang;
use crate::domain::{Audience, Recipients};
use crate::message::Reply;

/// SQL selecting the people `Recipients` names, with parameters ?1 audience, ?2 group,
/// ?3 language. A newcomer is anyone who is not a volunteer; a volunteer counts once a group
/// approved them. With a group, volunteers are that group's; newcomers are narrowed to the
/// group's own only when `narrow`.
fn recipients_sql(recipients: &Recipients) -> String {
    let newcomers_of_group = if recipients.newcomers_of_group {
        "AND (?2 IS NULL
                OR EXISTS (SELECT 1 FROM requests r JOIN offers o ON o.id = r.offer_id
                           WHERE r.person_id = p.id AND o.group_id = ?2)
                OR EXISTS (SELECT 1 FROM rsvps x JOIN events e ON e.id = x.event_id
                           WHERE x.person_id = p.id AND e.group_id = ?2))"
    } else {
        ""
    };
    format!(
        "p.news = 1 AND p.consent = 'agreed'
        AND (?3 IS NULL OR p.lang = ?3)
        AND (
            (?1 IN ('newcomers', 'both')
                AND NOT EXISTS (SELECT 1 FROM volunteers v WHERE v.person_id = p.id)
                {newcomers_of_group})
            OR (?1 IN ('volunteers', 'both')
                AND EXISTS (SELECT 1 FROM volunteers v WHERE v.person_id = p.id AND v.status = 'approved')
                AND (?2 IS NULL OR EXISTS (SELECT 1 FROM volunteer_groups g
                                           WHERE g.person_id = p.id AND g.group_id = ?2
                                             AND g.status = 'approved')))
        )"
    )
}

/// A scheduled broadcast waiting to be checked again: its sender, and the audience, group and
/// language it names.
pub type HeldBroadcast = (Option<PersonId>, (Audience, Option<GroupId>, Option<Lang>));

/// How one broadcast went, counted by platform, language and status.
#[derive(Debug, Clone, Default)]
pub struct BroadcastReport {
    pub cancelled: bool,
    /// (platform, language, status, count); status is pending, delivered, failed, unreachable
    /// or cancelled.
    pub rows: Vec<(String, String, String, i64)>,
    /// Recipients no platform reached when it was sent.
    pub no_address: i64,
    /// When its copies go out, if it was sent for later.
    pub send_at: Option<DateTime<Utc>>,
    /// (platform, reason, count) of the copies that failed for good.
    pub failures: Vec<(String, String, i64)>,
}

impl Store {
    /// How many people `recipients` names, by their language.
    pub async fn count_recipients(
        &self,
        recipients: &Recipients,
    ) -> anyhow::Result<Vec<(Lang, i64)>> {
        let who = recipients_sql(recipients);
        let rows: Vec<(String, i64)> = sqlx::query_as(&format!(
            "SELECT p.lang, COUNT(*) FROM people p WHERE {who} GROUP BY p.lang ORDER BY p.lang"
        ))
        .bind(recipients.audience.code())
        .bind(recipients.group.map(GroupId::get))
        .bind(recipients.lang.map(Lang::code))
        .fetch_all(&self.pool)
        .await
        .context("while counting a broadcast's recipients")?;
        rows.into_iter()
            .map(|(lang, n)| Ok((Lang::try_from(lang.as_str())?, n)))
            .collect()
    }

    /// Stores a broadcast and puts one message per recipient, in their language, into the
    /// outbox, in one transaction. The rows are written by SQLite itself, never loaded.
    pub async fn send_broadcast(
        &self,
        by: PersonId,
        recipients: &Recipients,
        messages: &[(Lang, Reply)],
        event: Option<EventId>,
        now: DateTime<Utc>,
    ) -> anyhow::Result<BroadcastId> {
        self.send_broadcast_at(by, recipients, messages, event, now, None)
            .await
    }

    /// Like [`Store::send_broadcast`], with its copies held until `send_at` when given. The
    /// recipients are those `recipients` names now; a copy goes out only if its person is
    /// still there then (erasure takes their queued messages with them).
    pub async fn send_broadcast_at(
        &self,
        by: PersonId,
        recipients: &Recipients,
        messages: &[(Lang, Reply)],
        event: Option<EventId>,
        now: DateTime<Utc>,
        send_at: Option<DateTime<Utc>>,
    ) -> anyhow::Result<BroadcastId> {
        let not_before = send_at.unwrap_or(now).max(now);
        let mut tx = self
            .pool
            .begin()
            .await
            .context("while starting a broadcast")?;
        // One for now is checked as it is made; one for later, again at its time.
        let checked_at = match send_at.is_some_and(|at| at > now) {
            true => None,
            false => Some(now),
        };
        let id: BroadcastId = sqlx::query_scalar(&format!(
            "INSERT INTO broadcasts (id, created_by, audience, group_id, lang, event_id,
                                         created_at, send_at, narrow, checked_at)
                 VALUES ({}, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            super::next_id("broadcasts")
        ))
        .bind(by.get())
        .bind(recipients.audience.code())
        .bind(recipients.group.map(GroupId::get))
        .bind(recipients.lang.map(Lang::code))
        .bind(event)
        .bind(now)
        .bind(send_at)
        .bind(recipients.newcomers_of_group)
        .bind(checked_at)
        .fetch_one(&mut *tx)
        .await
        .context("while storing a broadcast")?;
        let who = recipients_sql(recipients);
        let mut matched = 0;
        let mut queued = 0;
        for (lang, message) in messages {
            sqlx::query("INSERT INTO broadcast_texts (broadcast_id, lang, body) VALUES (?, ?, ?)")
                .bind(id)
                .bind(lang.code())
                .bind(&message.text)
                .execute(&mut *tx)
                .await?;
            let json = serde_json::to_string(message).context("while serializing a broadcast")?;
            queued += sqlx::query(&format!(
                "INSERT INTO outbox (person_id, platform, user_id, lang, message, not_before,
                                     created_at, broadcast_id)
                 SELECT p.id, i.platform, i.user_id, p.lang, ?5, ?8, ?6, ?7
                 FROM people p
                 JOIN identities i ON i.rowid = (
                    SELECT i2.rowid FROM identities i2 WHERE i2.person_id = p.id AND i2.reachable = 1
                    ORDER BY i2.last_seen_at DESC NULLS LAST LIMIT 1)
                 WHERE {who} AND p.lang = ?4"
            ))
            .bind(recipients.audience.code())
            .bind(recipients.group.map(GroupId::get))
            .bind(recipients.lang.map(Lang::code))
            .bind(lang.code())
            .bind(&json)
            .bind(now)
            .bind(id)
            .bind(not_before)
            .execute(&mut *tx)
            .await
            .context("while queueing a broadcast")?
            .rows_affected() as i64;
            matched += sqlx::query_scalar::<_, i64>(&format!(
                "SELECT COUNT(*) FROM people p WHERE {who} AND p.lang = ?4"
            ))
            .bind(recipients.audience.code())
            .bind(recipients.group.map(GroupId::get))
            .bind(recipients.lang.map(Lang::code))
            .bind(lang.code())
            .fetch_one(&mut *tx)
            .await?;
        }
        sqlx::query("UPDATE broadcasts SET unreachable = ? WHERE id = ?")
            .bind(matched - queued)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await.context("while committing a broadcast")?;
        self.queued.notify_waiters();
        Ok(id)
    }

    /// A scheduled broadcast not checked again yet and not cancelled: its sender and whom it
    /// named.
    pub async fn held_broadcast(&self, id: BroadcastId) -> anyhow::Result<Option<HeldBroadcast>> {
        type Row = (Option<PersonId>, String, Option<GroupId>, Option<String>);
        let row: Option<Row> = sqlx::query_as(
            "SELECT created_by, audience, group_id, lang FROM broadcasts
                 WHERE id = ? AND checked_at IS NULL AND status = 'sending'",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await
        .context("while loading a scheduled broadcast")?;
        let Some((sender, audience, group, lang)) = row else {
            return Ok(None);
        };
        let lang = match lang {
            Some(code) => Some(Lang::try_from(code.as_str())?),
            None => None,
        };
        Ok(Some((sender, (Audience::parse(&audience)?, group, lang))))
    }

    pub async fn broadcast_report(
        &self,
        id: BroadcastId,
    ) -> anyhow::Result<Option<BroadcastReport>> {
        let head: Option<(String, i64, Option<DateTime<Utc>>)> =
            sqlx::query_as("SELECT status, unreachable, send_at FROM broadcasts WHERE id = ?")
                .bind(id)
                .fetch_optional(&self.pool)
                .await
                .context("while loading a broadcast")?;
        let Some((status, no_address, send_at)) = head else {
            return Ok(None);
        };
        let rows = sqlx::query_as(
            "SELECT platform, lang, status, COUNT(*) FROM outbox WHERE broadcast_id = ?
             GROUP BY platform, lang, status ORDER BY platform, lang, status",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await
        .context("while counting a broadcast's deliveries")?;
        let failures = sqlx::query_as(
            "SELECT platform, COALESCE(last_error, ''), COUNT(*) FROM outbox
             WHERE broadcast_id = ? AND status = 'failed'
             GROUP BY platform, last_error ORDER BY COUNT(*) DESC LIMIT 20",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await
        .context("while reading why copies of a broadcast failed")?;
        Ok(Some(BroadcastReport {
            cancelled: status == "cancelled",
            rows,
            no_address,
            send_at,
            failures,
        }))
    }

    /// Stops every copy of a broadcast not yet handed to the platform, those a worker holds
    /// included: it finds them stopped when it comes to hand them. Returns how many were
    /// stopped.
    pub async fn cancel_broadcast(
        &self,
        id: BroadcastId,
        now: DateTime<Utc>,
    ) -> anyhow::Result<u64> {
        let mut tx = self.pool.begin().await?;
        let stopped = sqlx::query(
            "UPDATE outbox SET status = 'cancelled', message = '', user_id = '', done_at = ?
             WHERE broadcast_id = ? AND status = 'pending' AND handed_at IS NULL",
        )
        .bind(now)
        .bind(id)
        .execute(&mut *tx)
        .await
        .context("while cancelling a broadcast")?
        .rows_affected();
        sqlx::query("UPDATE broadcasts SET status = 'cancelled', cancelled_at = ? WHERE id = ?")
            .bind(now)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(stopped)
    }

    /// Who sent a broadcast: `None` if there is no such broadcast, `Some(None)` if its sender
    /// was erased.
    pub async fn broadcast_sender(
        &self,
        id: BroadcastId,
    ) -> anyhow::Result<Option<Option<PersonId>>> {
        sqlx::query_scalar("SELECT created_by FROM broadcasts WHERE id = ?")
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .context("while looking up who sent a broadcast")
    }

    /// The latest broadcasts, newest first: (id, when, who sent it).
    pub async fn recent_broadcasts(
        &self,
        limit: i64,
    ) -> anyhow::Result<Vec<(BroadcastId, DateTime<Utc>, Option<PersonId>)>> {
        let rows: Vec<(BroadcastId, DateTime<Utc>, Option<PersonId>)> = sqlx::query_as(
            "SELECT id, created_at, created_by FROM broadcasts ORDER BY id DESC LIMIT ?",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .context("while listing broadcasts")?;
        Ok(rows)
    }
}

impl Tx {
    /// A scheduled broadcast at its time: the copies of anyone `recipients` no longer names
    /// are withdrawn (all of them when its sender may no longer send it: `None`), and the
    /// rest may go.
    pub async fn recheck_broadcast(
        &mut self,
        id: BroadcastId,
        recipients: Option<&Recipients>,
        now: DateTime<Utc>,
    ) -> anyhow::Result<u64> {
        let withdrawn = match recipients {
            Some(recipients) => {
                let who = recipients_sql(recipients);
                sqlx::query(&format!(
                    "UPDATE outbox SET status = 'cancelled', message = '', user_id = '', done_at = ?4
                     WHERE broadcast_id = ?5 AND status = 'pending' AND handed_at IS NULL
                       AND person_id NOT IN (SELECT p.id FROM people p WHERE {who})"
                ))
                .bind(recipients.audience.code())
                .bind(recipients.group.map(GroupId::get))
                .bind(recipients.lang.map(Lang::code))
                .bind(now)
                .bind(id)
                .execute(&mut *self.inner)
                .await
            }
            None => {
                sqlx::query(
                    "UPDATE outbox SET status = 'cancelled', message = '', user_id = '', done_at = ?
                     WHERE broadcast_id = ? AND status = 'pending' AND handed_at IS NULL",
                )
                .bind(now)
                .bind(id)
                .execute(&mut *self.inner)
                .await
            }
        }
        .context("while checking a scheduled broadcast's recipients again")?
        .rows_affected();
        sqlx::query("UPDATE broadcasts SET checked_at = ? WHERE id = ?")
            .bind(now)
            .bind(id)
            .execute(&mut *self.inner)
            .await
            .context("while noting a broadcast checked")?;
        Ok(withdrawn)
    }
}
