//! The transactional outbox: messages to other people, written with the change that causes
//! them, and drained by each platform's delivery worker.

use anyhow::Context;
use chrono::{DateTime, Duration, Utc};
use sqlx::{Row, SqliteConnection};

use super::Store;
use crate::domain::ids::{OutboxId, PersonId};
use crate::message::Reply;
use crate::platform::{Address, Platform};

/// How long a worker holds a message it took before another may take it again. Only a
/// worker that died mid-send leaves a lease to run out, so this bounds double sends.
const LEASE: Duration = Duration::seconds(60);

/// What a message ended in any way forgets: its words and the address it went to. Only what
/// the delivery report counts stays.
pub(crate) const FORGET: &str = "message = '', user_id = ''";

/// Attempts before a message counts as failed.
pub const MAX_ATTEMPTS: i64 = 8;

/// A message waiting to be delivered.
#[derive(Debug, Clone)]
pub struct OutboxItem {
    pub id: OutboxId,
    pub person: PersonId,
    pub to: Address,
    pub message: Reply,
    pub attempts: i64,
    /// A cry for help: it goes before everything else waiting.
    pub urgent: bool,
}

/// What happened when a worker tried to deliver a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Delivery {
    Delivered,
    /// Try again at this time: a 429's retry_after, or a backoff after a 5xx or network error.
    RetryAt(DateTime<Utc>, String),
    /// The person blocked the bot or closed their messages on this platform.
    Unreachable(String),
    /// A permanent error.
    Failed(String),
}

/// Adds a message for `person` to the outbox, within the caller's transaction. It goes to the
/// platform address they used last that still reaches them. Returns the outbox row, or
/// `None`, storing nothing, if no address reaches them.
pub(crate) async fn enqueue(
    conn: &mut SqliteConnection,
    person: PersonId,
    message: &Reply,
    not_before: DateTime<Utc>,
    now: DateTime<Utc>,
    urgent: bool,
) -> anyhow::Result<Option<OutboxId>> {
    sqlx::query_scalar(
        "INSERT INTO outbox (person_id, platform, user_id, lang, message, not_before, created_at,
                             priority)
         SELECT person_id, platform, user_id, ?2, ?3, ?4, ?5, ?6 FROM identities
         WHERE person_id = ?1 AND reachable = 1
         ORDER BY last_seen_at DESC NULLS LAST LIMIT 1
         RETURNING id",
    )
    .bind(person.get())
    .bind(message.lang.code())
    .bind(serde_json::to_string(message).context("while serializing a message")?)
    .bind(not_before)
    .bind(now)
    .bind(i64::from(urgent))
    .fetch_optional(&mut *conn)
    .await
    .context("while adding a message to the outbox")
}

/// Withdraws a message that has not gone out yet. Returns whether it was still waiting.
pub(crate) async fn withdraw(conn: &mut SqliteConnection, id: OutboxId) -> anyhow::Result<bool> {
    let done = sqlx::query(
        "DELETE FROM outbox WHERE id = ? AND status = 'pending' AND lease_until IS NULL",
    )
    .bind(id)
    .execute(&mut *conn)
    .await
    .context("while withdrawing a message from the outbox")?;
    Ok(done.rows_affected() == 1)
}

impl Store {
    /// Takes up to `limit` messages due on `platform`, oldest first, leasing them to the caller.
    pub async fn take_due(
        &self,
        platform: Platform,
        now: DateTime<Utc>,
        limit: i64,
    ) -> anyhow::Result<Vec<OutboxItem>> {
        self.take(platform, None, now, limit).await
    }

    /// Like [`Store::take_due`], for one address only: the terminal delivers to the person
    /// at the keyboard.
    pub async fn take_due_to(
        &self,
        address: &Address,
        now: DateTime<Utc>,
        limit: i64,
    ) -> anyhow::Result<Vec<OutboxItem>> {
        self.take(address.platform, Some(&address.user_id), now, limit)
            .await
    }

    async fn take(
        &self,
        platform: Platform,
        user_id: Option<&str>,
        now: DateTime<Utc>,
        limit: i64,
    ) -> anyhow::Result<Vec<OutboxItem>> {
        let rows = sqlx::query(
            "UPDATE outbox SET lease_until = ?3
             WHERE id IN (
                SELECT id FROM outbox
                WHERE platform = ?1 AND status = 'pending' AND not_before <= ?2
                  AND (lease_until IS NULL OR lease_until <= ?2)
                  AND (?5 IS NULL OR user_id = ?5)
                ORDER BY priority DESC, not_before, id LIMIT ?4)
             RETURNING id, person_id, platform, user_id, message, attempts, priority",
        )
        .bind(platform.code())
        .bind(now)
        .bind(now + LEASE)
        .bind(limit)
        .bind(user_id)
        .fetch_all(&self.pool)
        .await
        .context("while taking due messages from the outbox")?;
        let mut items = rows
            .iter()
            .map(|row| {
                let platform: &str = row.try_get("platform")?;
                Ok(OutboxItem {
                    id: row.try_get("id")?,
                    person: PersonId::try_from(row.try_get::<i64, _>("person_id")?)?,
                    to: Address::new(
                        Platform::try_from(platform)?,
                        row.try_get::<String, _>("user_id")?,
                    ),
                    message: serde_json::from_str(row.try_get("message")?)
                        .context("while reading a message from the outbox")?,
                    attempts: row.try_get("attempts")?,
                    urgent: row.try_get::<i64, _>("priority")? > 0,
                })
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        // Urgent messages first, each kind oldest first.
        items.sort_by_key(|item| (!item.urgent, item.id));
        Ok(items)
    }

    /// Records what happened to a message a worker took.
    pub async fn record_delivery(
        &self,
        id: OutboxId,
        delivery: &Delivery,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        let mut tx = self
            .pool
            .begin()
            .await
            .context("while starting to record a delivery")?;
        match delivery {
            Delivery::Delivered => {
                sqlx::query(
                    // The words and the address are not kept once delivered: only what the
                    // delivery report counts.
                    &format!(
                        "UPDATE outbox SET status = 'delivered', done_at = ?, lease_until = NULL,
                         attempts = attempts + 1, {FORGET} WHERE id = ?"
                    ),
                )
                .bind(now)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            }
            Delivery::RetryAt(at, error) => {
                sqlx::query(
                    "UPDATE outbox SET attempts = attempts + 1, last_error = ?2, lease_until = NULL,
                     not_before = ?3,
                     status = CASE WHEN attempts + 1 >= ?4 THEN 'failed' ELSE 'pending' END,
                     done_at = CASE WHEN attempts + 1 >= ?4 THEN ?5 ELSE NULL END,
                     message = CASE WHEN attempts + 1 >= ?4 THEN '' ELSE message END,
                     user_id = CASE WHEN attempts + 1 >= ?4 THEN '' ELSE user_id END
                     WHERE id = ?1",
                )
                .bind(id)
                .bind(error)
                .bind(at)
                .bind(MAX_ATTEMPTS)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
            Delivery::Unreachable(error) => {
                let address: Option<(String, String)> =
                    sqlx::query_as("SELECT platform, user_id FROM outbox WHERE id = ?")
                        .bind(id)
                        .fetch_optional(&mut *tx)
                        .await?;
                if let Some((platform, user_id)) = address {
                    sqlx::query(
                        "UPDATE identities SET reachable = 0 WHERE platform = ? AND user_id = ?",
                    )
                    .bind(&platform)
                    .bind(&user_id)
                    .execute(&mut *tx)
                    .await?;
                    // The rest waiting for the same address would only meet the same refusal.
                    sqlx::query(&format!(
                        "UPDATE outbox SET status = 'unreachable', last_error = ?1, done_at = ?2,
                         lease_until = NULL, {FORGET}
                         WHERE status = 'pending' AND platform = ?3 AND user_id = ?4"
                    ))
                    .bind(error)
                    .bind(now)
                    .bind(&platform)
                    .bind(&user_id)
                    .execute(&mut *tx)
                    .await?;
                }
                sqlx::query(&format!(
                    "UPDATE outbox SET status = 'unreachable', last_error = ?, done_at = ?,
                     lease_until = NULL, attempts = attempts + 1, {FORGET} WHERE id = ?"
                ))
                .bind(error)
                .bind(now)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            }
            Delivery::Failed(error) => {
                sqlx::query(&format!(
                    "UPDATE outbox SET status = 'failed', last_error = ?, done_at = ?,
                         lease_until = NULL, attempts = attempts + 1, {FORGET} WHERE id = ?"
                ))
                .bind(error)
                .bind(now)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            }
        }
        tx.commit().await.context("while recording a delivery")?;
        Ok(())
    }

    /// Gives messages a worker took but did not start back to the outbox, lease cleared and
    /// no attempt counted.
    pub async fn release(&self, ids: &[OutboxId]) -> anyhow::Result<()> {
        let mut tx = self
            .pool
            .begin()
            .await
            .context("while releasing messages")?;
        for id in ids {
            sqlx::query("UPDATE outbox SET lease_until = NULL WHERE id = ? AND status = 'pending'")
                .bind(id)
                .execute(&mut *tx)
                .await
                .context("while releasing a message")?;
        }
        tx.commit().await.context("while releasing messages")?;
        Ok(())
    }

    /// When the next message on `platform` falls due, if any is waiting.
    pub async fn next_due(&self, platform: Platform) -> anyhow::Result<Option<DateTime<Utc>>> {
        sqlx::query_scalar(
            "SELECT MIN(COALESCE(MAX(not_before, lease_until), not_before)) FROM outbox
             WHERE platform = ? AND status = 'pending'",
        )
        .bind(platform.code())
        .fetch_one(&self.pool)
        .await
        .context("while looking for the next due message")
    }

    /// Counts of outbox messages by status, for delivery reports.
    pub async fn outbox_counts(&self) -> anyhow::Result<Vec<(String, String, i64)>> {
        let rows: Vec<(String, String, i64)> = sqlx::query_as(
            "SELECT platform, status, COUNT(*) FROM outbox GROUP BY platform, status ORDER BY 1, 2",
        )
        .fetch_all(&self.pool)
        .await
        .context("while counting the outbox")?;
        Ok(rows)
    }
}
