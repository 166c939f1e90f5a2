//! Newcomers' requests for offers, and their free questions.

use anyhow::Context;
use chrono::{DateTime, Utc};
use sqlx::Row;

use super::Store;
use crate::ids::{OfferId, PersonId, QuestionId, RequestId};
use crate::lang::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestStatus {
    Open,
    Claimed,
    Done,
    Cancelled,
}

impl RequestStatus {
    pub fn code(self) -> &'static str {
        match self {
            RequestStatus::Open => "open",
            RequestStatus::Claimed => "claimed",
            RequestStatus::Done => "done",
            RequestStatus::Cancelled => "cancelled",
        }
    }

    fn parse(code: &str) -> anyhow::Result<Self> {
        match code {
            "open" => Ok(RequestStatus::Open),
            "claimed" => Ok(RequestStatus::Claimed),
            "done" => Ok(RequestStatus::Done),
            "cancelled" => Ok(RequestStatus::Cancelled),
            other => anyhow::bail!("unknown request status {other:?} in the database"),
        }
    }

    /// Whether the request is still going: neither done nor cancelled.
    pub fn is_active(self) -> bool {
        matches!(self, RequestStatus::Open | RequestStatus::Claimed)
    }
}

/// A request as its newcomer sees it.
#[derive(Debug, Clone)]
pub struct RequestView {
    pub id: RequestId,
    pub offer: OfferId,
    pub offer_title: String,
    pub status: RequestStatus,
    pub note: Option<String>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone)]
pub struct QuestionView {
    pub id: QuestionId,
    pub body: String,
    pub created_at: DateTime<Utc>,
}

impl Store {
    /// Stores a request, unless the person already has an active one for the same offer, in
    /// which case that one is returned as `Err`. A unique index makes this hold under races.
    pub async fn create_request(
        &self,
        person: PersonId,
        offer: OfferId,
        lang: Lang,
        note: Option<&str>,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Result<RequestId, RequestId>> {
        let inserted: Option<i64> = sqlx::query_scalar(
            "INSERT INTO requests (person_id, offer_id, lang, note, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)
             ON CONFLICT (person_id, offer_id) WHERE status IN ('open', 'claimed') DO NOTHING
             RETURNING id",
        )
        .bind(person.get())
        .bind(offer.get())
        .bind(lang.code())
        .bind(note)
        .bind(now)
        .fetch_optional(&self.pool)
        .await
        .context("while storing a request")?;
        if let Some(id) = inserted {
            return Ok(Ok(RequestId::try_from(id)?));
        }
        let existing: i64 = sqlx::query_scalar(
            "SELECT id FROM requests WHERE person_id = ? AND offer_id = ?
             AND status IN ('open', 'claimed')",
        )
        .bind(person.get())
        .bind(offer.get())
        .fetch_one(&self.pool)
        .await
        .context("while finding the earlier request")?;
        Ok(Err(RequestId::try_from(existing)?))
    }

    /// A person's requests, newest first, with offer titles in `lang`.
    pub async fn requests_of(
        &self,
        person: PersonId,
        lang: Lang,
    ) -> anyhow::Result<Vec<RequestView>> {
        let rows = sqlx::query(&format!(
            "SELECT r.id, r.offer_id, r.status, r.note, r.created_at,
                    (SELECT title FROM offer_texts t WHERE t.offer_id = r.offer_id
                     ORDER BY {} LIMIT 1) AS title
             FROM requests r WHERE r.person_id = ?2 ORDER BY r.id DESC",
            super::catalog::lang_rank()
        ))
        .bind(lang.code())
        .bind(person.get())
        .fetch_all(&self.pool)
        .await
        .context("while listing a person's requests")?;
        rows.iter().map(request_from_row).collect()
    }

    /// One of a person's requests; `None` if it is not theirs or does not exist.
    pub async fn request_of(
        &self,
        person: PersonId,
        id: RequestId,
        lang: Lang,
    ) -> anyhow::Result<Option<RequestView>> {
        Ok(self
            .requests_of(person, lang)
            .await?
            .into_iter()
            .find(|r| r.id == id))
    }

    /// Cancels a person's own active request. Returns whether anything changed.
    pub async fn cancel_request(
        &self,
        person: PersonId,
        id: RequestId,
        now: DateTime<Utc>,
    ) -> anyhow::Result<bool> {
        let done = sqlx::query(
            "UPDATE requests SET status = 'cancelled', updated_at = ?
             WHERE id = ? AND person_id = ? AND status IN ('open', 'claimed')",
        )
        .bind(now)
        .bind(id.get())
        .bind(person.get())
        .execute(&self.pool)
        .await
        .context("while cancelling a request")?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn create_question(
        &self,
        person: PersonId,
        lang: Lang,
        body: &str,
        now: DateTime<Utc>,
    ) -> anyhow::Result<QuestionId> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO questions (person_id, lang, body, created_at) VALUES (?, ?, ?, ?) RETURNING id",
        )
        .bind(person.get())
        .bind(lang.code())
        .bind(body)
        .bind(now)
        .fetch_one(&self.pool)
        .await
        .context("while storing a question")?;
        Ok(QuestionId::try_from(id)?)
    }

    pub async fn questions_of(&self, person: PersonId) -> anyhow::Result<Vec<QuestionView>> {
        let rows = sqlx::query(
            "SELECT id, body, created_at FROM questions WHERE person_id = ? ORDER BY id",
        )
        .bind(person.get())
        .fetch_all(&self.pool)
        .await
        .context("while listing a person's questions")?;
        rows.iter()
            .map(|row| {
                Ok(QuestionView {
                    id: QuestionId::try_from(row.try_get::<i64, _>("id")?)?,
                    body: row.try_get("body")?,
                    created_at: row.try_get("created_at")?,
                })
            })
            .collect()
    }
}

fn request_from_row(row: &sqlx::sqlite::SqliteRow) -> anyhow::Result<RequestView> {
    Ok(RequestView {
        id: RequestId::try_from(row.try_get::<i64, _>("id")?)?,
        offer: OfferId::try_from(row.try_get::<i64, _>("offer_id")?)?,
        offer_title: row.try_get("title")?,
        status: RequestStatus::parse(row.try_get("status")?)?,
        note: row.try_get("note")?,
        created_at: row.try_get("created_at")?,
    })
}
