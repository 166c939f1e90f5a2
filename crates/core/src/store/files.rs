//! Files passed through a relay: kept so any front door can send them on.

use anyhow::Context;
use chrono::{DateTime, Utc};

use super::Store;
use crate::domain::ids::{FileId, PersonId};

/// A stored file's bytes and what they are.
#[derive(Debug, Clone)]
pub struct StoredFile {
    pub name: String,
    pub mime: String,
    pub bytes: Vec<u8>,
}

impl Store {
    pub async fn save_file(
        &self,
        owner: PersonId,
        request: Option<crate::domain::ids::RequestId>,
        name: &str,
        mime: &str,
        bytes: &[u8],
        now: DateTime<Utc>,
    ) -> anyhow::Result<FileId> {
        sqlx::query_scalar(
            "INSERT INTO files (person_id, request_id, name, mime, bytes, created_at)
             VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(owner.get())
        .bind(request)
        .bind(name)
        .bind(mime)
        .bind(bytes)
        .bind(now)
        .fetch_one(&self.pool)
        .await
        .context("while storing a file")
    }

    /// Removes files passed on in conversations about offers marked `sensitive_files` (photos
    /// of letters, which carry CPR numbers) sent before `before`.
    pub async fn purge_sensitive_files(&self, before: DateTime<Utc>) -> anyhow::Result<u64> {
        Ok(sqlx::query(
            "DELETE FROM files WHERE created_at < ? AND request_id IN (
                SELECT r.id FROM requests r JOIN offers o ON o.id = r.offer_id
                WHERE o.sensitive_files = 1)",
        )
        .bind(before)
        .execute(&self.pool)
        .await
        .context("while removing files of sensitive conversations")?
        .rows_affected())
    }

    /// The platform a message to `person` goes out on now: the one they used last that still
    /// reaches them.
    pub async fn delivery_platform(
        &self,
        person: PersonId,
    ) -> anyhow::Result<Option<crate::platform::Platform>> {
        let platform: Option<String> = sqlx::query_scalar(&format!(
            "SELECT platform {}",
            super::outbox::REACHING_ADDRESS
        ))
        .bind(person.get())
        .fetch_optional(&self.pool)
        .await
        .context("while finding where a person is reached")?;
        platform
            .map(|p| crate::platform::Platform::try_from(p.as_str()))
            .transpose()
    }

    /// A stored file; `None` if it was deleted with its owner.
    pub async fn file(&self, id: FileId) -> anyhow::Result<Option<StoredFile>> {
        let row: Option<(String, String, Vec<u8>)> =
            sqlx::query_as("SELECT name, mime, bytes FROM files WHERE id = ?")
                .bind(id)
                .fetch_optional(&self.pool)
                .await
                .context("while loading a file")?;
        Ok(row.map(|(name, mime, bytes)| StoredFile { name, mime, bytes }))
    }

    /// How many files a person passed on since `since`, and their bytes.
    pub async fn files_since(
        &self,
        owner: PersonId,
        since: DateTime<Utc>,
    ) -> anyhow::Result<(i64, i64)> {
        sqlx::query_as(
            "SELECT COUNT(*), COALESCE(SUM(length(bytes)), 0) FROM files
             WHERE person_id = ? AND created_at > ?",
        )
        .bind(owner)
        .bind(since)
        .fetch_one(&self.pool)
        .await
        .context("while counting a person's files")
    }

    /// How many files a person has sent through the bot.
    pub async fn files_of(&self, owner: PersonId) -> anyhow::Result<i64> {
        sqlx::query_scalar("SELECT COUNT(*) FROM files WHERE person_id = ?")
            .bind(owner.get())
            .fetch_one(&self.pool)
            .await
            .context("while counting a person's files")
    }
}
