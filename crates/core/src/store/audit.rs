//! The audit trail of coordinator and staff actions: ids only, kept for a configured time.

use anyhow::Context;
use chrono::{DateTime, Utc};

use super::{Store, Tx};
use crate::domain::Audited;
use crate::domain::ids::PersonId;

/// One action in the trail.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditEntry {
    pub at: DateTime<Utc>,
    /// Who did it; `None` once they were erased.
    pub actor: Option<PersonId>,
    pub action: Audited,
    pub subject: i64,
}

/// The one statement that notes an action, run on the pool or inside a transaction.
fn insert(
    actor: PersonId,
    action: Audited,
    subject: i64,
    now: DateTime<Utc>,
) -> sqlx::query::Query<'static, sqlx::Sqlite, sqlx::sqlite::SqliteArguments<'static>> {
    sqlx::query("INSERT INTO audit (at, actor, action, subject) VALUES (?, ?, ?, ?)")
        .bind(now)
        .bind(actor)
        .bind(action.code())
        .bind(subject)
}

impl Store {
    /// Notes an action done outside a transaction of its own.
    pub async fn audit(
        &self,
        actor: PersonId,
        action: Audited,
        subject: i64,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        insert(actor, action, subject, now)
            .execute(&self.pool)
            .await
            .context("while noting an action in the audit trail")?;
        Ok(())
    }

    /// The latest actions, newest first.
    pub async fn audit_trail(&self, limit: i64) -> anyhow::Result<Vec<AuditEntry>> {
        let rows: Vec<(DateTime<Utc>, Option<PersonId>, String, i64)> = sqlx::query_as(
            "SELECT at, actor, action, subject FROM audit ORDER BY at DESC, id DESC LIMIT ?",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .context("while reading the audit trail")?;
        rows.into_iter()
            .map(|(at, actor, action, subject)| {
                Ok(AuditEntry {
                    at,
                    actor,
                    action: Audited::parse(&action)?,
                    subject,
                })
            })
            .collect()
    }

    /// Forgets the actions older than `before`. Returns how many went.
    pub async fn purge_audit(&self, before: DateTime<Utc>) -> anyhow::Result<u64> {
        Ok(sqlx::query("DELETE FROM audit WHERE at < ?")
            .bind(before)
            .execute(&self.pool)
            .await
            .context("while forgetting old audit entries")?
            .rows_affected())
    }

    /// Forgets messages delivered, given up on or cancelled before `before`: their words
    /// went when they were done, and what is left (whom, when, how it went) is a log, kept
    /// as long as the audit trail.
    pub async fn purge_outbox(&self, before: DateTime<Utc>) -> anyhow::Result<u64> {
        Ok(
            sqlx::query("DELETE FROM outbox WHERE status <> 'pending' AND done_at < ?")
                .bind(before)
                .execute(&self.pool)
                .await
                .context("while forgetting old deliveries")?
                .rows_affected(),
        )
    }
}

impl Tx {
    /// Notes an action in the same transaction as the action itself.
    pub async fn audit(
        &mut self,
        actor: PersonId,
        action: Audited,
        subject: i64,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        insert(actor, action, subject, now)
            .execute(&mut *self.inner)
            .await
            .context("while noting an action in the audit trail")?;
        Ok(())
    }
}
