//! A unit of work: state changes and the messages they cause to other people, committed
//! together or not at all.

use std::sync::Arc;

use anyhow::Context;
use chrono::{DateTime, Utc};
use sqlx::{Sqlite, Transaction};
use tokio::sync::Notify;

use super::Store;
use super::outbox::Priority;
use crate::domain::JobKind;
use crate::domain::ids::{JobId, OutboxId, PersonId};
use crate::message::Reply;

pub struct Tx {
    pub(super) inner: Transaction<'static, Sqlite>,
    /// Told on commit if this transaction queued messages.
    queued: Arc<Notify>,
    enqueued: bool,
    /// Where erasures are logged before they commit.
    pub(super) erasures: Option<Arc<std::path::PathBuf>>,
}

/// A job that has fallen due.
#[derive(Debug, Clone)]
pub struct DueJob {
    pub id: JobId,
    pub kind: JobKind,
    pub ref_id: i64,
}

impl Store {
    /// Starts a unit of work. SQLite takes the write lock at the first write.
    pub async fn begin(&self) -> anyhow::Result<Tx> {
        Ok(Tx {
            inner: self
                .pool
                .begin()
                .await
                .context("while starting a transaction")?,
            queued: self.queued.clone(),
            enqueued: false,
            erasures: self.erasures.clone(),
        })
    }

    /// Jobs due at `now`, oldest first.
    pub async fn due_jobs(&self, now: DateTime<Utc>) -> anyhow::Result<Vec<DueJob>> {
        let rows: Vec<(JobId, String, i64)> = sqlx::query_as(
            "SELECT id, kind, ref_id FROM jobs WHERE done_at IS NULL AND due_at <= ? ORDER BY due_at, id",
        )
        .bind(now)
        .fetch_all(&self.pool)
        .await
        .context("while looking for due jobs")?;
        rows.into_iter()
            .map(|(id, kind, ref_id)| {
                Ok(DueJob {
                    id,
                    kind: JobKind::parse(&kind)?,
                    ref_id,
                })
            })
            .collect()
    }
}

impl Tx {
    pub async fn commit(self) -> anyhow::Result<()> {
        self.inner.commit().await.context("while committing")?;
        if self.enqueued {
            self.queued.notify_waiters();
        }
        Ok(())
    }

    /// Queues a notice to another person, to go out no earlier than `not_before`.
    /// Returns the outbox row, or `None` if nothing reaches them.
    pub async fn enqueue(
        &mut self,
        person: PersonId,
        message: &Reply,
        not_before: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Option<OutboxId>> {
        self.enqueue_as(Priority::Notice, person, message, not_before, now)
            .await
    }

    /// Like [`Tx::enqueue`], for one of many of the same message (a reminder to everyone
    /// going, a warning to everyone inactive): it goes after replies and notices.
    pub async fn enqueue_bulk(
        &mut self,
        person: PersonId,
        message: &Reply,
        not_before: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Option<OutboxId>> {
        self.enqueue_as(Priority::Bulk, person, message, not_before, now)
            .await
    }

    async fn enqueue_as(
        &mut self,
        priority: Priority,
        person: PersonId,
        message: &Reply,
        not_before: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Option<OutboxId>> {
        let id =
            super::outbox::enqueue(&mut self.inner, person, message, not_before, now, priority)
                .await?;
        self.enqueued |= id.is_some();
        Ok(id)
    }

    /// Queues a cry for help to someone who can act on it: at once, whatever the hour, before
    /// everything else waiting. It quotes whoever cried for help.
    pub async fn enqueue_urgent(
        &mut self,
        person: PersonId,
        message: &Reply,
        quoted: PersonId,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Option<OutboxId>> {
        let id = self
            .enqueue_as(Priority::Urgent, person, message, now, now)
            .await?;
        if let Some(id) = id {
            self.quote(id, &[quoted]).await?;
        }
        Ok(id)
    }

    /// An urgent message that quotes nobody, such as staff's summary of a flood of alerts.
    pub async fn enqueue_alarm(
        &mut self,
        person: PersonId,
        message: &Reply,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Option<OutboxId>> {
        self.enqueue_as(Priority::Urgent, person, message, now, now)
            .await
    }

    /// Like [`Tx::enqueue`], for a message that carries the words or the name of `quoted`
    /// (a relayed text, a note, a sign-up): erasing any of them removes it too.
    pub async fn enqueue_quoting(
        &mut self,
        person: PersonId,
        message: &Reply,
        quoted: &[PersonId],
        not_before: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Option<OutboxId>> {
        let id = self.enqueue(person, message, not_before, now).await?;
        if let Some(id) = id {
            let quoted: Vec<PersonId> = quoted
                .iter()
                .copied()
                .filter(|who| *who != person)
                .collect();
            self.quote(id, &quoted).await?;
        }
        Ok(id)
    }

    /// Notes that a queued message carries the words or name of `quoted`.
    async fn quote(&mut self, id: OutboxId, quoted: &[PersonId]) -> anyhow::Result<()> {
        for who in quoted {
            sqlx::query("INSERT OR IGNORE INTO outbox_quotes (outbox_id, person_id) VALUES (?, ?)")
                .bind(id)
                .bind(who)
                .execute(&mut *self.inner)
                .await
                .context("while noting whose words a message carries")?;
        }
        Ok(())
    }

    /// Plans a job; planning the same kind for the same row again moves it.
    pub async fn schedule(
        &mut self,
        kind: JobKind,
        ref_id: i64,
        due_at: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        sqlx::query(
            "INSERT INTO jobs (kind, ref_id, due_at) VALUES (?, ?, ?)
             ON CONFLICT (kind, ref_id) DO UPDATE SET due_at = excluded.due_at, done_at = NULL",
        )
        .bind(kind.code())
        .bind(ref_id)
        .bind(due_at)
        .execute(&mut *self.inner)
        .await
        .context("while planning a job")?;
        Ok(())
    }

    /// Marks a job done.
    pub async fn finish_job(&mut self, id: JobId, now: DateTime<Utc>) -> anyhow::Result<()> {
        sqlx::query("UPDATE jobs SET done_at = ? WHERE id = ?")
            .bind(now)
            .bind(id)
            .execute(&mut *self.inner)
            .await
            .context("while finishing a job")?;
        Ok(())
    }

    /// Marks every job about a request done: it was taken, done or cancelled.
    pub async fn finish_jobs_of(&mut self, ref_id: i64, now: DateTime<Utc>) -> anyhow::Result<()> {
        sqlx::query(
            "UPDATE jobs SET done_at = ? WHERE ref_id = ? AND done_at IS NULL
             AND kind IN ('widen', 'escalate')",
        )
        .bind(now)
        .bind(ref_id)
        .execute(&mut *self.inner)
        .await
        .context("while finishing a request's jobs")?;
        Ok(())
    }
}
