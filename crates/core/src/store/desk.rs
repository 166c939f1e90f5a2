//! One-time login links to the coordinators' web page and the sessions they open, kept as
//! hashes of their secrets.

use anyhow::Context;
use chrono::{DateTime, Utc};

use super::Store;
use crate::domain::ids::PersonId;

impl Store {
    pub async fn create_desk_link(
        &self,
        person: PersonId,
        hash: &str,
        expires_at: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        sqlx::query("INSERT INTO desk_links (hash, person_id, expires_at) VALUES (?, ?, ?)")
            .bind(hash)
            .bind(person.get())
            .bind(expires_at)
            .execute(&self.pool)
            .await
            .context("while keeping a login link")?;
        Ok(())
    }

    /// Uses a login link once: the person it was made for, if it is unused and unexpired.
    /// Whether a login link is there, unused and in time; changes nothing.
    pub async fn desk_link_usable(&self, hash: &str, now: DateTime<Utc>) -> anyhow::Result<bool> {
        sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM desk_links
                            WHERE hash = ? AND used_at IS NULL AND expires_at > ?)",
        )
        .bind(hash)
        .bind(now)
        .fetch_one(&self.pool)
        .await
        .context("while looking at a login link")
    }

    /// Removes sessions that ended and login links used or run out, for the daily job.
    pub async fn purge_desk(&self, now: DateTime<Utc>) -> anyhow::Result<u64> {
        let mut removed = 0;
        for sql in [
            "DELETE FROM desk_sessions WHERE expires_at <= ?",
            "DELETE FROM desk_links WHERE used_at IS NOT NULL OR expires_at <= ?",
        ] {
            removed += sqlx::query(sql)
                .bind(now)
                .execute(&self.pool)
                .await
                .context("while removing ended sessions and spent login links")?
                .rows_affected();
        }
        Ok(removed)
    }

    pub async fn use_desk_link(
        &self,
        hash: &str,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Option<PersonId>> {
        sqlx::query_scalar(
            "UPDATE desk_links SET used_at = ?
             WHERE hash = ? AND used_at IS NULL AND expires_at > ?
             RETURNING person_id",
        )
        .bind(now)
        .bind(hash)
        .bind(now)
        .fetch_optional(&self.pool)
        .await
        .context("while using a login link")
    }

    pub async fn create_desk_session(
        &self,
        person: PersonId,
        hash: &str,
        csrf: &str,
        expires_at: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        sqlx::query(
            "INSERT INTO desk_sessions (hash, person_id, csrf, expires_at) VALUES (?, ?, ?, ?)",
        )
        .bind(hash)
        .bind(person.get())
        .bind(csrf)
        .bind(expires_at)
        .execute(&self.pool)
        .await
        .context("while opening a web session")?;
        Ok(())
    }

    /// The person and form token of an unexpired session.
    pub async fn desk_session(
        &self,
        hash: &str,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Option<(PersonId, String)>> {
        sqlx::query_as(
            "SELECT person_id, csrf FROM desk_sessions WHERE hash = ? AND expires_at > ?",
        )
        .bind(hash)
        .bind(now)
        .fetch_optional(&self.pool)
        .await
        .context("while reading a web session")
    }

    /// Ends a session, and forgets links and sessions that have run out.
    pub async fn end_desk_session(&self, hash: &str, now: DateTime<Utc>) -> anyhow::Result<()> {
        sqlx::query("DELETE FROM desk_sessions WHERE hash = ? OR expires_at <= ?")
            .bind(hash)
            .bind(now)
            .execute(&self.pool)
            .await
            .context("while ending a web session")?;
        sqlx::query("DELETE FROM desk_links WHERE expires_at <= ?")
            .bind(now)
            .execute(&self.pool)
            .await
            .context("while forgetting old login links")?;
        Ok(())
    }
}
