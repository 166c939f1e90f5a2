//! Online backups, and the erasure log that keeps a restore from bringing back someone who
//! was deleted after the backup was taken.
//!
//! The log is a file beside the database (`<db>.erasures`), outside it so that a restore
//! does not replace it. Each line names one erased person by id and by the moment the row
//! was created (`17 2026-11-26T10:00:00Z`), which tells them apart from a later person given
//! the same id; nothing else about them.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use chrono::{DateTime, Utc};

use super::{Store, Tx};
use crate::domain::ids::PersonId;

/// Where the erasure log of the database at `db` is kept.
pub fn erasure_log_of(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(".erasures");
    PathBuf::from(name)
}

/// Appends erased people to the log and makes sure the lines are on disk, before the
/// transaction that erases them commits: an erasure may be logged and not happen, never the
/// other way round.
pub(super) fn log_erasures(log: &Path, people: &[(i64, DateTime<Utc>)]) -> anyhow::Result<()> {
    if people.is_empty() {
        return Ok(());
    }
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .mode(0o600)
        .open(log)
        .with_context(|| format!("while opening the erasure log {}", log.display()))?;
    let mut lines = String::new();
    for (id, created_at) in people {
        lines.push_str(&format!("{id} {}\n", created_at.to_rfc3339()));
    }
    file.write_all(lines.as_bytes())
        .and_then(|()| file.sync_all())
        .with_context(|| format!("while writing the erasure log {}", log.display()))
}

impl Store {
    /// A consistent copy of the whole database at `into`, taken while the bot runs
    /// (`VACUUM INTO`). `into` must not exist yet.
    pub async fn backup_into(&self, into: &Path) -> anyhow::Result<()> {
        anyhow::ensure!(
            !into.exists(),
            "{} exists already: a backup never overwrites a file",
            into.display()
        );
        let target = into
            .to_str()
            .with_context(|| format!("{} is not a UTF-8 path", into.display()))?;
        sqlx::query("VACUUM INTO ?")
            .bind(target)
            .execute(&self.pool)
            .await
            .with_context(|| format!("while backing up into {}", into.display()))?;
        // A backup holds everyone's data: its owner's alone.
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(into, std::fs::Permissions::from_mode(0o600))
            .with_context(|| format!("while making {} its owner's alone", into.display()))?;
        Ok(())
    }

    /// Erases again everyone in the erasure log at `log` who is in this database: used on a
    /// database just restored from a backup. Returns how many were erased.
    pub async fn reapply_erasures(&self, log: &Path) -> anyhow::Result<u64> {
        let text = match std::fs::read_to_string(log) {
            Ok(text) => text,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(0),
            Err(error) => {
                return Err(error)
                    .with_context(|| format!("while reading the erasure log {}", log.display()));
            }
        };
        let mut erased = 0;
        let mut tx = self.begin().await?;
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let (id, created_at) = line
                .split_once(' ')
                .with_context(|| format!("{}: unreadable line {line:?}", log.display()))?;
            let id = PersonId::try_from(id.parse::<i64>()?)?;
            let created_at = DateTime::parse_from_rfc3339(created_at.trim())?.with_timezone(&Utc);
            let same: Option<DateTime<Utc>> =
                sqlx::query_scalar("SELECT created_at FROM people WHERE id = ?")
                    .bind(id)
                    .fetch_optional(&mut *tx.inner)
                    .await?;
            if same == Some(created_at) {
                tx.delete_person(id).await?;
                erased += 1;
            }
        }
        tx.commit().await?;
        self.checkpoint().await?;
        Ok(erased)
    }
}

impl Tx {
    /// Logs the erasure of `person` (if the store keeps a log) before it happens.
    pub(super) async fn log_erasure(&mut self, person: PersonId) -> anyhow::Result<()> {
        let Some(log) = self.erasures.clone() else {
            return Ok(());
        };
        let created_at: Option<DateTime<Utc>> =
            sqlx::query_scalar("SELECT created_at FROM people WHERE id = ?")
                .bind(person)
                .fetch_optional(&mut *self.inner)
                .await
                .context("while reading whom to log as erased")?;
        if let Some(created_at) = created_at {
            log_erasures(&log, &[(person.get(), created_at)])?;
        }
        Ok(())
    }
}
