//! Cries for help and who took them.

use anyhow::Context;
use chrono::{DateTime, Utc};

use super::{Store, Tx};
use crate::domain::AlertOutcome;
use crate::domain::ids::{AlertId, PersonId, QuestionId};
use crate::platform::Platform;
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
    /// What became of it, once closed.
    pub outcome: Option<AlertOutcome>,
}

/// An alert's columns as read.
type AlertRow = (
    AlertId,
    PersonId,
    Option<String>,
    Option<QuestionId>,
    Option<PersonId>,
    DateTime<Utc>,
    Option<String>,
);

const ALERT_COLUMNS: &str =
    "id, person_id, danger, question_id, taken_by, created_at, outcome FROM alerts";

fn alert_from((id, person, danger, question, taken_by, created_at, outcome): AlertRow) -> Alert {
    Alert {
        id,
        person,
        danger: danger.as_deref().and_then(Danger::parse),
        question,
        taken_by,
        created_at,
        outcome: outcome.as_deref().and_then(AlertOutcome::parse),
    }
}

/// How the alerts one rule raised ended, for improving the pattern files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleOutcomes {
    /// `<lang>/<rule>`, or `None` for the "I need help now" button.
    pub rule: Option<String>,
    pub raised: i64,
    pub reached: i64,
    pub referred: i64,
    pub no_answer: i64,
    pub not_a_cry: i64,
}

/// A cry for help as `/mydata` tells its person: when, and what became of it; never the words
/// (they are the question, listed with the questions).
#[derive(Debug, Clone, PartialEq)]
pub struct OwnAlert {
    pub created_at: DateTime<Utc>,
    pub taken: bool,
    pub outcome: Option<AlertOutcome>,
}

impl Store {
    /// An alert, if it still exists.
    pub async fn alert(&self, id: AlertId) -> anyhow::Result<Option<Alert>> {
        let row: Option<AlertRow> = sqlx::query_as(&format!("SELECT {ALERT_COLUMNS} WHERE id = ?"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .context("while loading an alert")?;
        Ok(row.map(alert_from))
    }

    /// The cries for help nobody took yet, oldest first.
    pub async fn open_alerts(&self) -> anyhow::Result<Vec<Alert>> {
        let rows: Vec<AlertRow> = sqlx::query_as(&format!(
            "SELECT {ALERT_COLUMNS} WHERE taken_at IS NULL AND closed_at IS NULL
             ORDER BY created_at, id"
        ))
        .fetch_all(&self.pool)
        .await
        .context("while listing open alerts")?;
        Ok(rows.into_iter().map(alert_from).collect())
    }

    /// The cry for help of `person` raised since `since` and not closed yet: a person has at
    /// most one open alert.
    pub async fn open_alert_of(
        &self,
        person: PersonId,
        since: DateTime<Utc>,
    ) -> anyhow::Result<Option<Alert>> {
        let row: Option<AlertRow> = sqlx::query_as(&format!(
            "SELECT {ALERT_COLUMNS} WHERE person_id = ? AND closed_at IS NULL AND created_at > ?
             ORDER BY id DESC LIMIT 1"
        ))
        .bind(person)
        .bind(since)
        .fetch_optional(&self.pool)
        .await
        .context("while looking for an open alert")?;
        Ok(row.map(alert_from))
    }

    /// The alerts `by` took and has not closed yet, newest first.
    pub async fn alerts_taken_by(&self, by: PersonId) -> anyhow::Result<Vec<Alert>> {
        let rows: Vec<AlertRow> = sqlx::query_as(&format!(
            "SELECT {ALERT_COLUMNS} WHERE taken_by = ? AND closed_at IS NULL
             ORDER BY created_at DESC, id DESC LIMIT 20"
        ))
        .bind(by)
        .fetch_all(&self.pool)
        .await
        .context("while listing the alerts someone took")?;
        Ok(rows.into_iter().map(alert_from).collect())
    }

    /// How many alerts `platform` raised since `since`.
    pub async fn alerts_since(
        &self,
        platform: Platform,
        since: DateTime<Utc>,
    ) -> anyhow::Result<i64> {
        sqlx::query_scalar("SELECT COUNT(*) FROM alerts WHERE platform = ? AND created_at > ?")
            .bind(platform.code())
            .bind(since)
            .fetch_one(&self.pool)
            .await
            .context("while counting recent alerts")
    }

    /// Whether `question` was raised by a cry for help: its answer then never quotes it.
    pub async fn question_is_a_cry(&self, question: QuestionId) -> anyhow::Result<bool> {
        sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM alerts WHERE question_id = ?)")
            .bind(question)
            .fetch_one(&self.pool)
            .await
            .context("while asking whether a question was a cry for help")
    }

    /// A person's cries for help, oldest first, for `/mydata`.
    pub async fn alerts_of(&self, person: PersonId) -> anyhow::Result<Vec<OwnAlert>> {
        let rows: Vec<(DateTime<Utc>, Option<PersonId>, Option<String>)> = sqlx::query_as(
            "SELECT created_at, taken_by, outcome FROM alerts WHERE person_id = ?
             ORDER BY created_at, id",
        )
        .bind(person)
        .fetch_all(&self.pool)
        .await
        .context("while listing a person's alerts")?;
        Ok(rows
            .into_iter()
            .map(|(created_at, taken_by, outcome)| OwnAlert {
                created_at,
                taken: taken_by.is_some(),
                outcome: outcome.as_deref().and_then(AlertOutcome::parse),
            })
            .collect())
    }

    /// Alerts raised, and their outcomes, per rule: counts only, never words.
    pub async fn alert_outcomes(&self) -> anyhow::Result<Vec<RuleOutcomes>> {
        let rows: Vec<(Option<String>, i64, i64, i64, i64, i64)> = sqlx::query_as(
            "SELECT rule, COUNT(*),
                    SUM(outcome = 'reached'), SUM(outcome = 'referred'),
                    SUM(outcome = 'no-answer'), SUM(outcome = 'not-a-cry')
             FROM alerts GROUP BY rule ORDER BY COUNT(*) DESC, rule",
        )
        .fetch_all(&self.pool)
        .await
        .context("while counting alert outcomes per rule")?;
        Ok(rows
            .into_iter()
            .map(
                |(rule, raised, reached, referred, no_answer, not_a_cry)| RuleOutcomes {
                    rule,
                    raised,
                    reached,
                    referred,
                    no_answer,
                    not_a_cry,
                },
            )
            .collect())
    }

    /// Closes an alert with what became of it. Returns false if it was closed already.
    pub async fn close_alert(
        &self,
        id: AlertId,
        by: PersonId,
        outcome: AlertOutcome,
        now: DateTime<Utc>,
    ) -> anyhow::Result<bool> {
        let done = sqlx::query(
            "UPDATE alerts SET outcome = ?, closed_at = ?,
                    taken_by = COALESCE(taken_by, ?), taken_at = COALESCE(taken_at, ?)
             WHERE id = ? AND closed_at IS NULL",
        )
        .bind(outcome.code())
        .bind(now)
        .bind(by)
        .bind(now)
        .bind(id)
        .execute(&self.pool)
        .await
        .context("while closing an alert")?;
        Ok(done.rows_affected() == 1)
    }

    /// Removes alerts raised before `before`, as the retention period says.
    pub async fn purge_alerts(&self, before: DateTime<Utc>) -> anyhow::Result<u64> {
        Ok(sqlx::query("DELETE FROM alerts WHERE created_at < ?")
            .bind(before)
            .execute(&self.pool)
            .await
            .context("while removing alerts past their deadline")?
            .rows_affected())
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
        platform: Platform,
        danger: Option<(Danger, &str)>,
        question: Option<QuestionId>,
        now: DateTime<Utc>,
    ) -> anyhow::Result<AlertId> {
        sqlx::query_scalar(&format!(
            "INSERT INTO alerts (id, person_id, platform, danger, rule, question_id, created_at)
                 VALUES ({}, ?, ?, ?, ?, ?, ?) RETURNING id",
            super::next_id("alerts")
        ))
        .bind(person)
        .bind(platform.code())
        .bind(danger.map(|(d, _)| d.code()))
        .bind(danger.map(|(_, rule)| rule))
        .bind(question)
        .bind(now)
        .fetch_one(&mut *self.inner)
        .await
        .context("while storing a cry for help")
    }
}
