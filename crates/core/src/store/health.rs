//! What `/readyz` and `/metrics` read: whether the database can be written and is migrated,
//! the outbox's depth and age, and counts of people and open alerts. Counts only.

use anyhow::Context;
use chrono::{DateTime, Utc};

use super::Store;

impl Store {
    /// How many of this binary's migrations the database has not applied.
    pub async fn migrations_pending(&self) -> anyhow::Result<usize> {
        let applied: Vec<i64> =
            sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE success")
                .fetch_all(&self.pool)
                .await?;
        Ok(super::MIGRATOR
            .iter()
            .filter(|m| !applied.contains(&m.version))
            .count())
    }

    /// Per platform: messages waiting, and how long the oldest of those already due has
    /// waited (one held for quiet hours waits from when it fell due).
    pub async fn outbox_gauges(
        &self,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Vec<crate::health::OutboxGauge>> {
        let rows: Vec<(String, i64, Option<DateTime<Utc>>)> = sqlx::query_as(
            "SELECT platform, COUNT(*),
                    MIN(CASE WHEN not_before <= ?1 THEN MAX(created_at, not_before) END)
             FROM outbox WHERE status = 'pending' GROUP BY platform",
        )
        .bind(now)
        .fetch_all(&self.pool)
        .await
        .context("while measuring the outbox")?;
        rows.into_iter()
            .map(|(platform, queued, oldest)| {
                Ok(crate::health::OutboxGauge {
                    platform: crate::platform::Platform::try_from(platform.as_str())?,
                    queued,
                    oldest_age: oldest.map_or(chrono::Duration::zero(), |at| now - at),
                })
            })
            .collect()
    }

    /// The counts `/metrics` shows, read in three statements.
    pub async fn gauges(&self, now: DateTime<Utc>) -> anyhow::Result<crate::health::Gauges> {
        let alerts_open: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM alerts WHERE taken_at IS NULL")
                .fetch_one(&self.pool)
                .await?;
        let (newcomers, approved, pending): (i64, i64, i64) = sqlx::query_as(
            // Every volunteer is a person: the rest are newcomers, counted without a look-up
            // per person.
            "SELECT
                (SELECT COUNT(*) FROM people) - (SELECT COUNT(*) FROM volunteers),
                (SELECT COUNT(*) FROM volunteers WHERE status = 'approved'),
                (SELECT COUNT(*) FROM volunteers WHERE status = 'pending')",
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(crate::health::Gauges {
            outbox: self.outbox_gauges(now).await?,
            alerts_open,
            people: vec![
                ("newcomer", newcomers),
                ("volunteer", approved),
                ("volunteer_pending", pending),
            ],
        })
    }
}
