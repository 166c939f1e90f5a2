//! The access log: when staff or a coordinator looked up a person's request, question or
//! alert, with their role and why, for the person's own `/mydata`. No words are in it.

use anyhow::Context;
use chrono::{DateTime, Utc};

use super::Store;
use crate::domain::ids::PersonId;

/// Rows in one INSERT: SQLite binds at most 32,766 values, seven a row.
const ROWS_PER_STATEMENT: usize = 4_000;

/// Why a person's data was looked up: what was opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Request,
    Question,
    Alert,
}

impl Purpose {
    pub fn code(self) -> &'static str {
        match self {
            Purpose::Request => "request",
            Purpose::Question => "question",
            Purpose::Alert => "alert",
        }
    }

    fn parse(code: &str) -> anyhow::Result<Purpose> {
        match code {
            "request" => Ok(Purpose::Request),
            "question" => Ok(Purpose::Question),
            "alert" => Ok(Purpose::Alert),
            other => anyhow::bail!("unknown purpose {other:?} in the access log"),
        }
    }
}

/// One look-up, as `/mydata` tells it: when, by which role, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Access {
    pub at: DateTime<Utc>,
    pub staff: bool,
    pub purpose: Purpose,
}

impl Store {
    /// Notes that `viewer` (staff, or else a coordinator) saw these items, each about a
    /// person: once per viewer, item and day.
    pub async fn log_access(
        &self,
        viewer: PersonId,
        staff: bool,
        seen: &[(PersonId, Purpose, i64)],
        at: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        if seen.is_empty() {
            return Ok(());
        }
        let day = at.format("%Y-%m-%d").to_string();
        let role = if staff { "staff" } else { "coordinator" };
        // One statement for a whole list (a board of a thousand requests is a few).
        for chunk in seen.chunks(ROWS_PER_STATEMENT) {
            let mut insert = sqlx::QueryBuilder::new(
                "INSERT OR IGNORE INTO access_log (person_id, viewer_id, role, purpose, item_id, day, at) ",
            );
            insert.push_values(chunk, |mut row, (person, purpose, item)| {
                row.push_bind(*person)
                    .push_bind(viewer)
                    .push_bind(role)
                    .push_bind(purpose.code())
                    .push_bind(*item)
                    .push_bind(&day)
                    .push_bind(at);
            });
            insert
                .build()
                .execute(&self.pool)
                .await
                .context("while noting a look-up")?;
        }
        Ok(())
    }

    /// When this person's data was looked up, newest first.
    pub async fn accesses_of(&self, person: PersonId) -> anyhow::Result<Vec<Access>> {
        let rows: Vec<(DateTime<Utc>, String, String)> = sqlx::query_as(
            "SELECT at, role, purpose FROM access_log WHERE person_id = ? ORDER BY at DESC, id DESC",
        )
        .bind(person)
        .fetch_all(&self.pool)
        .await
        .context("while reading the access log")?;
        rows.into_iter()
            .map(|(at, role, purpose)| {
                Ok(Access {
                    at,
                    staff: role == "staff",
                    purpose: Purpose::parse(&purpose)?,
                })
            })
            .collect()
    }

    /// Forgets look-ups from before `before`, as the audit trail is forgotten.
    pub async fn purge_access_log(&self, before: DateTime<Utc>) -> anyhow::Result<u64> {
        Ok(sqlx::query("DELETE FROM access_log WHERE at < ?")
            .bind(before)
            .execute(&self.pool)
            .await
            .context("while forgetting old look-ups")?
            .rows_affected())
    }
}
