//! Cries for help and who took them.

use anyhow::Context;
use chrono::{DateTime, Utc};

use super::{Store, Tx};
use crate::domain::ids::{AlertId, PersonId, QuestionId};
use crate::safeguarding::Danger;

/// A cry for help, as staff act on it.
#[derive(Debug, Clone, PartialEq)]
pub struct Alert {
    pub id: AlertId,
    pub person: PersonId,
    /// What the words were about; `None` for the "I need help now" button.
    pub danger: Option<Danger>,
    /// The question staff answer to write back to them in chat.
    pub question: Option<QuestionId>,
    pub taken_by: Option<PersonId>,
    pub created_at: DateTime<Utc>,
}

/// An alert's columns as read.
type AlertRow = (
    AlertId,
    PersonId,
    Option<String>,
    Option<QuestionId>,
    Option<PersonId>,
    DateTime<Utc>,
);

fn alert_from((id, person, danger, question, taken_by, created_at): AlertRow) -> Alert {
    Alert {
        id,
        person,
        danger: danger.as_deref().and_then(Danger::parse),
        question,
        taken_by,
        created_at,
    }
}

impl Store {
    /// An alert, if it still exists.
    pub async fn alert(&self, id: AlertId) -> anyhow::Result<Option<Alert>> {
        let row: Option<AlertRow> = sqlx::query_as(
            "SELECT id, person_id, danger, question_id, taken_by, created_at FROM alerts WHERE id = ?",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await
        .context("while loading an alert")?;
        Ok(row.map(alert_from))
    }

    /// The cries for help nobody took yet, oldest first.
    pub async fn open_alerts(&self) -> anyhow::Result<Vec<Alert>> {
        let rows: Vec<AlertRow> = sqlx::query_as(
            "SELECT id, person_id, danger, question_id, taken_by, created_at FROM alerts
             WHERE taken_at IS NULL ORDER BY created_at, id",
        )
        .fetch_all(&self.pool)
        .await
        .context("while listing open alerts")?;
        Ok(rows.into_iter().map(alert_from).collect())
    }

    /// A cry for help of `person` since `since` that nobody took yet.
    pub async fn open_alert_of(
        &self,
        person: PersonId,
        since: DateTime<Utc>,
    ) -> anyhow::Result<Option<AlertId>> {
        sqlx::query_scalar(
            "SELECT id FROM alerts WHERE person_id = ? AND taken_at IS NULL AND created_at > ?
             ORDER BY id DESC LIMIT 1",
        )
        .bind(person)
        .bind(since)
        .fetch_optional(&self.pool)
        .await
        .context("while looking for an open alert")
    }

    /// Everyone made a group's coordinator by an invite code.
    pub async fn all_coordinators(&self) -> anyhow::Result<Vec<PersonId>> {
        sqlx::query_scalar("SELECT DISTINCT person_id FROM coordinators ORDER BY person_id")
            .fetch_all(&self.pool)
            .await
            .context("while listing coordinators")
    }

    /// Marks an alert taken by `by`. Returns false if someone took it first.
    pub async fn take_alert(
        &self,
        id: AlertId,
        by: PersonId,
        now: DateTime<Utc>,
    ) -> anyhow::Result<bool> {
        let done = sqlx::query(
            "UPDATE alerts SET taken_by = ?, taken_at = ? WHERE id = ? AND taken_at IS NULL",
        )
        .bind(by)
        .bind(now)
        .bind(id)
        .execute(&self.pool)
        .await
        .context("while taking an alert")?;
        Ok(done.rows_affected() == 1)
    }
}

impl Tx {
    /// Stores a cry for help.
    pub async fn create_alert(
        &mut self,
        person: PersonId,
        danger: Option<Danger>,
        question: Option<QuestionId>,
        now: DateTime<Utc>,
    ) -> anyhow::Result<AlertId> {
        sqlx::query_scalar(
            "INSERT INTO alerts (person_id, danger, question_id, created_at) VALUES (?, ?, ?, ?)
             RETURNING id",
        )
        .bind(person)
        .bind(danger.map(Danger::code))
        .bind(question)
        .bind(now)
        .fetch_one(&mut *self.inner)
        .await
        .context("while storing a cry for help")
    }
}
