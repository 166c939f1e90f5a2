//! Newcomers' requests for offers, and their free questions.

use anyhow::Context;
use chrono::{DateTime, Utc};
use sqlx::Row;

use super::{Store, Tx};
use crate::domain::RequestStatus;
use crate::domain::category::Category;
use crate::domain::ids::{GroupId, OfferId, PersonId, QuestionId, RequestId};
use crate::domain::lang::Lang;

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
        .bind(super::catalog::rank_key(lang))
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

    pub async fn create_question(
        &self,
        person: PersonId,
        lang: Lang,
        body: &str,
        now: DateTime<Utc>,
    ) -> anyhow::Result<QuestionId> {
        let id: i64 = sqlx::query_scalar(&format!(
            "INSERT INTO questions (id, person_id, lang, body, created_at)
                 VALUES ({}, ?, ?, ?, ?) RETURNING id",
            super::next_id("questions")
        ))
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

/// The columns [`RequestDetail`] is read from.
const DETAIL: &str = "SELECT r.id, r.person_id, r.offer_id, o.group_id, o.category, r.lang, r.note,
        r.status, r.volunteer_id, r.relay_open, r.created_at, r.closed_reason
    FROM requests r JOIN offers o ON o.id = r.offer_id";

/// Which requests a list shows: in these groups (all when `None`), with these statuses, and
/// optionally of one group, in one language, or made before a moment.
#[derive(Debug, Clone, Default)]
pub struct RequestQuery<'a> {
    pub groups: Option<&'a [GroupId]>,
    pub statuses: &'a [RequestStatus],
    pub group: Option<GroupId>,
    pub lang: Option<Lang>,
    pub made_before: Option<DateTime<Utc>>,
}

impl RequestQuery<'_> {
    fn filter<'q>(&self, sql: &mut sqlx::QueryBuilder<'q, sqlx::Sqlite>) {
        // The statuses are the enum's own codes, never a person's words.
        let wanted = self
            .statuses
            .iter()
            .map(|s| format!("'{}'", s.code()))
            .collect::<Vec<_>>()
            .join(", ");
        // Every status is no filter: the list then reads in order of age by its index.
        if RequestStatus::ALL.iter().all(|s| self.statuses.contains(s)) {
            sql.push("WHERE o.kind = 'volunteer'");
        } else {
            sql.push(format!(
                "WHERE o.kind = 'volunteer' AND r.status IN ({wanted})"
            ));
        }
        if let Some(groups) = self.groups {
            let ids = groups
                .iter()
                .map(|g| g.get().to_string())
                .collect::<Vec<_>>()
                .join(", ");
            sql.push(format!(" AND o.group_id IN ({ids})"));
        }
        if let Some(group) = self.group {
            sql.push(" AND o.group_id = ").push_bind(group.get());
        }
        if let Some(lang) = self.lang {
            sql.push(" AND r.lang = ").push_bind(lang.code());
        }
        if let Some(before) = self.made_before {
            sql.push(" AND r.created_at <= ").push_bind(before);
        }
    }
}

/// A request with everything the routing, the claim and the relay need.
#[derive(Debug, Clone)]
pub struct RequestDetail {
    pub id: RequestId,
    pub newcomer: PersonId,
    pub offer: OfferId,
    pub group: GroupId,
    pub category: Category,
    pub lang: Lang,
    pub note: Option<String>,
    pub status: RequestStatus,
    pub volunteer: Option<PersonId>,
    pub relay_open: bool,
    pub created_at: DateTime<Utc>,
    /// Why a coordinator closed it, if one did.
    pub closed_reason: Option<crate::domain::CloseReason>,
}

impl Store {
    pub async fn request(&self, id: RequestId) -> anyhow::Result<Option<RequestDetail>> {
        let row = sqlx::query(&format!("{DETAIL} WHERE r.id = ?"))
            .bind(id.get())
            .fetch_optional(&self.pool)
            .await
            .context("while loading a request")?;
        row.as_ref().map(detail_from_row).transpose()
    }

    /// Requests in these groups with one of these statuses, oldest first.
    /// One page of the requests `query` picks, oldest first, and how many it picks in all:
    /// read by the index on status and age, never the whole table.
    pub async fn requests_page(
        &self,
        query: &RequestQuery<'_>,
        limit: i64,
        offset: i64,
    ) -> anyhow::Result<(Vec<RequestDetail>, i64)> {
        let mut select = sqlx::QueryBuilder::new(format!("{DETAIL} "));
        query.filter(&mut select);
        select
            .push(" ORDER BY r.created_at, r.id LIMIT ")
            .push_bind(limit)
            .push(" OFFSET ")
            .push_bind(offset);
        let rows = select
            .build()
            .fetch_all(&self.pool)
            .await
            .context("while listing requests")?;
        let page = rows
            .iter()
            .map(detail_from_row)
            .collect::<anyhow::Result<Vec<_>>>()?;
        let mut count = sqlx::QueryBuilder::new(
            "SELECT COUNT(*) FROM requests r JOIN offers o ON o.id = r.offer_id ",
        );
        query.filter(&mut count);
        let total: i64 = count
            .build_query_scalar()
            .fetch_one(&self.pool)
            .await
            .context("while counting requests")?;
        Ok((page, total))
    }

    /// A newcomer's requests that a volunteer has taken and not finished.
    pub async fn taken_requests_of(
        &self,
        newcomer: PersonId,
    ) -> anyhow::Result<Vec<RequestDetail>> {
        let rows = sqlx::query(&format!(
            "{DETAIL} WHERE r.person_id = ? AND r.status = 'claimed' AND r.volunteer_id IS NOT NULL
             ORDER BY r.id"
        ))
        .bind(newcomer.get())
        .fetch_all(&self.pool)
        .await
        .context("while listing a newcomer's taken requests")?;
        rows.iter().map(detail_from_row).collect()
    }

    /// The requests a volunteer has taken and not finished.
    pub async fn tasks_of(&self, volunteer: PersonId) -> anyhow::Result<Vec<RequestDetail>> {
        let rows = sqlx::query(&format!(
            "{DETAIL} WHERE r.volunteer_id = ? AND r.status = 'claimed' ORDER BY r.claimed_at, r.id"
        ))
        .bind(volunteer.get())
        .fetch_all(&self.pool)
        .await
        .context("while listing a volunteer's tasks")?;
        rows.iter().map(detail_from_row).collect()
    }
}

impl Tx {
    /// Cancels a person's own active request. Returns whether anything changed.
    pub async fn cancel_request(
        &mut self,
        person: PersonId,
        id: RequestId,
        now: DateTime<Utc>,
    ) -> anyhow::Result<bool> {
        let done = sqlx::query(
            "UPDATE requests SET status = 'cancelled', updated_at = ?, relay_open = 0, closed_at = ?
             WHERE id = ? AND person_id = ? AND status IN ('open', 'claimed')",
        )
        .bind(now)
        .bind(now)
        .bind(id.get())
        .bind(person.get())
        .execute(&mut *self.inner)
        .await
        .context("while cancelling a request")?;
        Ok(done.rows_affected() == 1)
    }

    /// Closes a request still going, as a coordinator does, with the reason. Returns the
    /// volunteer who had it (`Some(None)` for nobody), or `None` if it had ended meanwhile.
    pub async fn close_request(
        &mut self,
        id: RequestId,
        reason: crate::domain::CloseReason,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Option<Option<PersonId>>> {
        let had: Option<Option<i64>> = sqlx::query_scalar(
            "UPDATE requests SET status = ?, closed_reason = ?, updated_at = ?, closed_at = ?,
                                 relay_open = 0
             WHERE id = ? AND status IN ('open', 'claimed')
             RETURNING volunteer_id",
        )
        .bind(reason.status().code())
        .bind(reason.code())
        .bind(now)
        .bind(now)
        .bind(id.get())
        .fetch_optional(&mut *self.inner)
        .await
        .context("while closing a request")?;
        Ok(had
            .map(|v| v.map(PersonId::try_from).transpose())
            .transpose()?)
    }

    /// Stores a request, unless the person already has an active one for the same offer, in
    /// which case that one is returned as `Err`. A unique index makes this hold under races.
    pub async fn insert_request(
        &mut self,
        person: PersonId,
        offer: OfferId,
        lang: Lang,
        note: Option<&str>,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Result<RequestId, RequestId>> {
        let inserted: Option<i64> = sqlx::query_scalar(&format!(
            "INSERT INTO requests (id, person_id, offer_id, lang, note, created_at, updated_at)
                 VALUES ({}, ?1, ?2, ?3, ?4, ?5, ?5)
                 ON CONFLICT (person_id, offer_id) WHERE status IN ('open', 'claimed') DO NOTHING
                 RETURNING id",
            super::next_id("requests")
        ))
        .bind(person.get())
        .bind(offer.get())
        .bind(lang.code())
        .bind(note)
        .bind(now)
        .fetch_optional(&mut *self.inner)
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
        .fetch_one(&mut *self.inner)
        .await
        .context("while finding the earlier request")?;
        Ok(Err(RequestId::try_from(existing)?))
    }

    /// Gives an open request to a volunteer. Exactly one of many concurrent calls wins.
    pub async fn claim(
        &mut self,
        id: RequestId,
        volunteer: PersonId,
        now: DateTime<Utc>,
    ) -> anyhow::Result<bool> {
        let done = sqlx::query(
            "UPDATE requests SET status = 'claimed', volunteer_id = ?, claimed_at = ?, updated_at = ?,
             relay_open = 1 WHERE id = ? AND status = 'open'",
        )
        .bind(volunteer.get())
        .bind(now)
        .bind(now)
        .bind(id.get())
        .execute(&mut *self.inner)
        .await
        .context("while claiming a request")?;
        Ok(done.rows_affected() == 1)
    }

    /// Closes a claimed request as done. Returns false if it was not claimed by `volunteer`.
    pub async fn finish_request(
        &mut self,
        id: RequestId,
        volunteer: PersonId,
        now: DateTime<Utc>,
    ) -> anyhow::Result<bool> {
        let done = sqlx::query(
            "UPDATE requests SET status = 'done', closed_at = ?, updated_at = ?, relay_open = 0
             WHERE id = ? AND volunteer_id = ? AND status = 'claimed'",
        )
        .bind(now)
        .bind(now)
        .bind(id.get())
        .bind(volunteer.get())
        .execute(&mut *self.inner)
        .await
        .context("while finishing a request")?;
        Ok(done.rows_affected() == 1)
    }

    /// Opens or closes the relay of a claimed request.
    pub async fn set_relay(&mut self, id: RequestId, open: bool) -> anyhow::Result<()> {
        sqlx::query("UPDATE requests SET relay_open = ? WHERE id = ? AND status = 'claimed'")
            .bind(open)
            .bind(id.get())
            .execute(&mut *self.inner)
            .await
            .context("while opening or closing a relay")?;
        Ok(())
    }

    /// Records the newcomer's 👍 or 👎 on a done request. Returns false if not theirs or not done.
    pub async fn feedback(
        &mut self,
        id: RequestId,
        newcomer: PersonId,
        good: bool,
    ) -> anyhow::Result<bool> {
        let done = sqlx::query(
            "UPDATE requests SET feedback = ? WHERE id = ? AND person_id = ? AND status = 'done'",
        )
        .bind(if good { 1 } else { -1 })
        .bind(id.get())
        .bind(newcomer.get())
        .execute(&mut *self.inner)
        .await
        .context("while recording feedback")?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn mark_escalated(
        &mut self,
        id: RequestId,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        sqlx::query("UPDATE requests SET escalated_at = ? WHERE id = ?")
            .bind(now)
            .bind(id.get())
            .execute(&mut *self.inner)
            .await
            .context("while marking a request escalated")?;
        Ok(())
    }

    /// Gives one request its volunteer has not finished back to the group: open again, with
    /// nobody on it. False if it is not theirs or no longer taken.
    pub async fn give_back(
        &mut self,
        request: RequestId,
        volunteer: PersonId,
        now: DateTime<Utc>,
    ) -> anyhow::Result<bool> {
        Ok(sqlx::query(
            "UPDATE requests SET status = 'open', volunteer_id = NULL, claimed_at = NULL,
             relay_open = 0, updated_at = ? WHERE id = ? AND volunteer_id = ? AND status = 'claimed'",
        )
        .bind(now)
        .bind(request.get())
        .bind(volunteer.get())
        .execute(&mut *self.inner)
        .await
        .context("while giving a request back")?
        .rows_affected()
            == 1)
    }

    /// Gives a departing volunteer's unfinished requests back to the pool. Returns them.
    pub async fn reopen_tasks_of(
        &mut self,
        volunteer: PersonId,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Vec<RequestId>> {
        let ids: Vec<i64> = sqlx::query_scalar(
            "UPDATE requests SET status = 'open', volunteer_id = NULL, claimed_at = NULL,
             relay_open = 0, updated_at = ? WHERE volunteer_id = ? AND status = 'claimed'
             RETURNING id",
        )
        .bind(now)
        .bind(volunteer.get())
        .fetch_all(&mut *self.inner)
        .await
        .context("while reopening a volunteer's requests")?;
        ids.into_iter()
            .map(|id| Ok(RequestId::try_from(id)?))
            .collect()
    }
}

fn detail_from_row(row: &sqlx::sqlite::SqliteRow) -> anyhow::Result<RequestDetail> {
    Ok(RequestDetail {
        id: RequestId::try_from(row.try_get::<i64, _>("id")?)?,
        newcomer: PersonId::try_from(row.try_get::<i64, _>("person_id")?)?,
        offer: OfferId::try_from(row.try_get::<i64, _>("offer_id")?)?,
        group: GroupId::try_from(row.try_get::<i64, _>("group_id")?)?,
        category: Category::try_from(row.try_get::<&str, _>("category")?)?,
        lang: Lang::try_from(row.try_get::<&str, _>("lang")?)?,
        note: row.try_get("note")?,
        status: RequestStatus::parse(row.try_get("status")?)?,
        volunteer: row
            .try_get::<Option<i64>, _>("volunteer_id")?
            .map(PersonId::try_from)
            .transpose()?,
        relay_open: row.try_get("relay_open")?,
        created_at: row.try_get("created_at")?,
        closed_reason: row
            .try_get::<Option<&str>, _>("closed_reason")?
            .and_then(crate::domain::CloseReason::parse),
    })
}

/// A free question with what a coordinator needs to answer it.
#[derive(Debug, Clone)]
pub struct QuestionDetail {
    pub id: QuestionId,
    pub person: PersonId,
    pub lang: Lang,
    pub body: String,
    pub created_at: DateTime<Utc>,
    pub answered_by: Option<PersonId>,
}

impl Store {
    pub async fn question(&self, id: QuestionId) -> anyhow::Result<Option<QuestionDetail>> {
        let row = sqlx::query(
            "SELECT id, person_id, lang, body, created_at, answered_by FROM questions WHERE id = ?",
        )
        .bind(id.get())
        .fetch_optional(&self.pool)
        .await
        .context("while loading a question")?;
        row.as_ref().map(question_from_row).transpose()
    }

    /// Questions nobody has answered yet, oldest first.
    /// How many questions wait for an answer.
    pub async fn open_question_count(&self) -> anyhow::Result<i64> {
        sqlx::query_scalar("SELECT COUNT(*) FROM questions WHERE status = 'open'")
            .fetch_one(&self.pool)
            .await
            .context("while counting open questions")
    }

    pub async fn open_questions(&self) -> anyhow::Result<Vec<QuestionDetail>> {
        let rows = sqlx::query(
            "SELECT id, person_id, lang, body, created_at, answered_by FROM questions
             WHERE status = 'open' ORDER BY created_at, id",
        )
        .fetch_all(&self.pool)
        .await
        .context("while listing open questions")?;
        rows.iter().map(question_from_row).collect()
    }

    /// A page of the open questions, oldest first, and how many are open in all.
    pub async fn open_questions_page(
        &self,
        limit: i64,
        offset: i64,
    ) -> anyhow::Result<(Vec<QuestionDetail>, i64)> {
        let rows = sqlx::query(
            "SELECT id, person_id, lang, body, created_at, answered_by FROM questions
             WHERE status = 'open' ORDER BY created_at, id LIMIT ? OFFSET ?",
        )
        .bind(limit)
        .bind(offset)
        .fetch_all(&self.pool)
        .await
        .context("while listing open questions")?;
        let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM questions WHERE status = 'open'")
            .fetch_one(&self.pool)
            .await
            .context("while counting open questions")?;
        Ok((
            rows.iter()
                .map(question_from_row)
                .collect::<anyhow::Result<_>>()?,
            total,
        ))
    }
}

impl Tx {
    /// Marks a question answered by a coordinator; the first answer names who follows it up.
    pub async fn answer_question(
        &mut self,
        id: QuestionId,
        by: PersonId,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        sqlx::query(
            "UPDATE questions SET status = 'answered', answered_at = COALESCE(answered_at, ?),
             answered_by = COALESCE(answered_by, ?) WHERE id = ?",
        )
        .bind(now)
        .bind(by.get())
        .bind(id.get())
        .execute(&mut *self.inner)
        .await
        .context("while marking a question answered")?;
        Ok(())
    }
}

fn question_from_row(row: &sqlx::sqlite::SqliteRow) -> anyhow::Result<QuestionDetail> {
    Ok(QuestionDetail {
        id: QuestionId::try_from(row.try_get::<i64, _>("id")?)?,
        person: PersonId::try_from(row.try_get::<i64, _>("person_id")?)?,
        lang: Lang::try_from(row.try_get::<&str, _>("lang")?)?,
        body: row.try_get("body")?,
        created_at: row.try_get("created_at")?,
        answered_by: row
            .try_get::<Option<i64>, _>("answered_by")?
            .map(PersonId::try_from)
            .transpose()?,
    })
}
