//! The transactional outbox: messages to other people, written with the change that causes
//! them, and drained by each platform's delivery worker.

use std::sync::Arc;

use anyhow::Context;
use chrono::{DateTime, Duration, Utc};
use sqlx::{Row, SqliteConnection};
use tokio::sync::Notify;

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

/// How long a message is retried after server and network errors before it counts as failed.
pub const GIVE_UP_AFTER: Duration = Duration::hours(24);

/// How soon a message goes, against the one send budget every kind of message shares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Priority {
    /// One of many of the same: an announcement, a reminder. It only uses what is left.
    Bulk = 0,
    /// A notice to one person: a request to take, an answer, a relayed message.
    Notice = 1,
    /// A direct reply that could not go out at once.
    Reply = 2,
    /// A cry for help, to staff.
    Urgent = 3,
}

impl Priority {
    fn from_stored(value: i64) -> Priority {
        match value {
            i64::MIN..=0 => Priority::Bulk,
            1 => Priority::Notice,
            2 => Priority::Reply,
            _ => Priority::Urgent,
        }
    }
}

/// A message waiting to be delivered.
#[derive(Debug, Clone)]
pub struct OutboxItem {
    pub id: OutboxId,
    pub person: PersonId,
    pub to: Address,
    pub message: Reply,
    pub attempts: i64,
    pub priority: Priority,
}

impl OutboxItem {
    /// A cry for help: it goes before everything else waiting.
    pub fn urgent(&self) -> bool {
        self.priority == Priority::Urgent
    }
}

/// What happened when a worker tried to deliver a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Delivery {
    Delivered,
    /// The platform asked us to wait (a 429's retry_after): not a failed attempt.
    Wait(DateTime<Utc>, String),
    /// A server or network error: try again at this time, after a backoff. After
    /// [`GIVE_UP_AFTER`] of these the message counts as failed, with this reason.
    RetryAt(DateTime<Utc>, String),
    /// The person blocked the bot or closed their messages on this platform.
    Unreachable(String),
    /// A permanent error.
    Failed(String),
}

/// Picks, from `identities`, the address a message to person ?1 goes to: the one they used
/// last that still reaches them.
pub(super) const REACHING_ADDRESS: &str = "FROM identities WHERE person_id = ?1 AND reachable = 1
     ORDER BY last_seen_at DESC NULLS LAST LIMIT 1";

/// Adds a message for `person` to the outbox, within the caller's transaction. It goes to the
/// platform address they used last that still reaches them. Returns the outbox row, or
/// `None`, storing nothing, if no address reaches them.
pub(crate) async fn enqueue(
    conn: &mut SqliteConnection,
    person: PersonId,
    message: &Reply,
    not_before: DateTime<Utc>,
    now: DateTime<Utc>,
    priority: Priority,
) -> anyhow::Result<Option<OutboxId>> {
    sqlx::query_scalar(&format!(
        "INSERT INTO outbox (person_id, platform, user_id, lang, message, not_before, created_at,
                             priority)
         SELECT person_id, platform, user_id, ?2, ?3, ?4, ?5, ?6 {REACHING_ADDRESS}
         RETURNING id"
    ))
    .bind(person.get())
    .bind(message.lang.code())
    .bind(serde_json::to_string(message).context("while serializing a message")?)
    .bind(not_before)
    .bind(now)
    .bind(priority as i64)
    .fetch_optional(&mut *conn)
    .await
    .context("while adding a message to the outbox")
}

/// Withdraws a message that has not been handed to the platform yet. Returns whether it was
/// still waiting.
pub(crate) async fn withdraw(conn: &mut SqliteConnection, id: OutboxId) -> anyhow::Result<bool> {
    let done =
        sqlx::query("DELETE FROM outbox WHERE id = ? AND status = 'pending' AND handed_at IS NULL")
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
        self.take(platform, None, Priority::Bulk, now, limit, None)
            .await
    }

    /// Like [`Store::take_due`], only messages of at least `least` priority: a worker with
    /// a long announcement in hand still takes a notice or a cry for help at once.
    pub async fn take_due_from(
        &self,
        platform: Platform,
        least: Priority,
        now: DateTime<Utc>,
        limit: i64,
    ) -> anyhow::Result<Vec<OutboxItem>> {
        self.take(platform, None, least, now, limit, None).await
    }

    /// Like [`Store::take_due_from`], for the running worker `worker`: only it may then
    /// hand these over ([`Store::hand_as`]).
    pub async fn take_due_as(
        &self,
        worker: &str,
        platform: Platform,
        least: Priority,
        now: DateTime<Utc>,
        limit: i64,
    ) -> anyhow::Result<Vec<OutboxItem>> {
        self.take(platform, None, least, now, limit, Some(worker))
            .await
    }

    /// Like [`Store::take_due`], for one address only: the terminal delivers to the person
    /// at the keyboard.
    pub async fn take_due_to(
        &self,
        address: &Address,
        now: DateTime<Utc>,
        limit: i64,
    ) -> anyhow::Result<Vec<OutboxItem>> {
        self.take(
            address.platform,
            Some(&address.user_id),
            Priority::Bulk,
            now,
            limit,
            None,
        )
        .await
    }

    async fn take(
        &self,
        platform: Platform,
        user_id: Option<&str>,
        least: Priority,
        now: DateTime<Utc>,
        limit: i64,
        worker: Option<&str>,
    ) -> anyhow::Result<Vec<OutboxItem>> {
        let rows = sqlx::query(
            "UPDATE outbox SET lease_until = ?3, leased_by = ?7
             WHERE id IN (
                SELECT id FROM outbox
                WHERE platform = ?1 AND status = 'pending' AND not_before <= ?2
                  AND (lease_until IS NULL OR lease_until <= ?2)
                  AND (?5 IS NULL OR user_id = ?5) AND priority >= ?6
                  -- A scheduled broadcast's copies wait until its recipients are checked again.
                  AND (broadcast_id IS NULL
                       OR broadcast_id NOT IN (SELECT id FROM broadcasts WHERE checked_at IS NULL))
                ORDER BY priority DESC, not_before, id LIMIT ?4)
             RETURNING id, person_id, platform, user_id, message, attempts, priority",
        )
        .bind(platform.code())
        .bind(now)
        .bind(now + LEASE)
        .bind(limit)
        .bind(user_id)
        .bind(least as i64)
        .bind(worker)
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
                    priority: Priority::from_stored(row.try_get("priority")?),
                })
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        // The most pressing first, each kind oldest first.
        items.sort_by_key(|item| (std::cmp::Reverse(item.priority), item.id));
        Ok(items)
    }

    /// Notes that a worker is handing a leased message to the platform now, its lease
    /// counted from now. False if it may no longer go: cancelled or withdrawn meanwhile.
    pub async fn hand(&self, id: OutboxId, now: DateTime<Utc>) -> anyhow::Result<bool> {
        self.hand_by(id, now, None).await
    }

    /// Like [`Store::hand`], for the worker that took it with [`Store::take_due_as`]. False
    /// also if another worker has taken it since (it was given back meanwhile).
    pub async fn hand_as(
        &self,
        worker: &str,
        id: OutboxId,
        now: DateTime<Utc>,
    ) -> anyhow::Result<bool> {
        self.hand_by(id, now, Some(worker)).await
    }

    async fn hand_by(
        &self,
        id: OutboxId,
        now: DateTime<Utc>,
        worker: Option<&str>,
    ) -> anyhow::Result<bool> {
        let done = sqlx::query(
            "UPDATE outbox SET handed_at = ?2, lease_until = ?3
             WHERE id = ?1 AND status = 'pending' AND leased_by IS ?4",
        )
        .bind(id)
        .bind(now)
        .bind(now + LEASE)
        .bind(worker)
        .execute(&self.pool)
        .await
        .context("while noting a message as handed to the platform")?;
        Ok(done.rows_affected() == 1)
    }

    /// Gives back every message on `platform` a worker leased but never handed to the
    /// platform, as after a crash: due at once, not when the dead worker's lease ends.
    pub async fn release_unhanded(&self, platform: Platform) -> anyhow::Result<u64> {
        let done = sqlx::query(
            "UPDATE outbox SET lease_until = NULL, leased_by = NULL
             WHERE platform = ? AND status = 'pending' AND handed_at IS NULL
               AND lease_until IS NOT NULL",
        )
        .bind(platform.code())
        .execute(&self.pool)
        .await
        .context("while giving unstarted messages back to the outbox")?;
        Ok(done.rows_affected())
    }

    /// Queues a direct reply that could not be sent at once to the address it was for, to
    /// be delivered from the outbox. `None` if that address belongs to nobody stored.
    pub async fn enqueue_reply(
        &self,
        to: &Address,
        message: &Reply,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Option<OutboxId>> {
        let id = sqlx::query_scalar(
            "INSERT INTO outbox (person_id, platform, user_id, lang, message, not_before,
                                 created_at, priority)
             SELECT person_id, platform, user_id, ?3, ?4, ?5, ?5, ?6 FROM identities
             WHERE platform = ?1 AND user_id = ?2
             RETURNING id",
        )
        .bind(to.platform.code())
        .bind(&to.user_id)
        .bind(message.lang.code())
        .bind(serde_json::to_string(message).context("while serializing a message")?)
        .bind(now)
        .bind(Priority::Reply as i64)
        .fetch_optional(&self.pool)
        .await
        .context("while queueing a reply")?;
        if id.is_some() {
            self.queued.notify_waiters();
        }
        Ok(id)
    }

    /// Resolves when a transaction that queued messages commits in this process (or at once
    /// if one did since the future was made and enabled).
    pub fn queued(&self) -> Arc<Notify> {
        self.queued.clone()
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
            Delivery::Wait(at, reason) => {
                sqlx::query(
                    "UPDATE outbox SET last_error = ?2, lease_until = NULL, handed_at = NULL,
                     not_before = ?3 WHERE id = ?1 AND status = 'pending'",
                )
                .bind(id)
                .bind(reason)
                .bind(at)
                .execute(&mut *tx)
                .await?;
            }
            Delivery::RetryAt(at, error) => {
                // Past a day of trying since the first failure, the message fails, keeping
                // the last reason.
                sqlx::query(
                    "UPDATE outbox SET attempts = attempts + 1, last_error = ?2, lease_until = NULL,
                     handed_at = NULL, not_before = ?3,
                     first_failed_at = COALESCE(first_failed_at, ?5),
                     status = CASE WHEN COALESCE(first_failed_at, ?5) <= ?4
                                   THEN 'failed' ELSE 'pending' END,
                     done_at = CASE WHEN COALESCE(first_failed_at, ?5) <= ?4 THEN ?5 ELSE NULL END,
                     message = CASE WHEN COALESCE(first_failed_at, ?5) <= ?4
                                    THEN '' ELSE message END,
                     user_id = CASE WHEN COALESCE(first_failed_at, ?5) <= ?4
                                    THEN '' ELSE user_id END
                     WHERE id = ?1 AND status = 'pending'",
                )
                .bind(id)
                .bind(error)
                .bind(at)
                .bind(now - GIVE_UP_AFTER)
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

    /// Gives messages a worker took but did not hand to the platform back to the outbox, lease
    /// cleared and no attempt counted.
    pub async fn release(&self, ids: &[OutboxId]) -> anyhow::Result<()> {
        let mut tx = self
            .pool
            .begin()
            .await
            .context("while releasing messages")?;
        for id in ids {
            sqlx::query(
                "UPDATE outbox SET lease_until = NULL, handed_at = NULL
                 WHERE id = ? AND status = 'pending'",
            )
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
