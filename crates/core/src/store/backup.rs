//! Online backups, and the privacy log that keeps a restore from undoing what people asked
//! for after the backup was taken.
//!
//! The log is a file beside the database (`<db>.erasures`), outside it so that a restore
//! does not replace it. Each line is one event, with the person's id and the moment their
//! row was created (which tells them apart from anyone else), the moment it happened, and
//! nothing about them:
//!
//! ```text
//! erase 17 2026-11-26T10:00:00+00:00 2026-12-01T09:00:00+00:00
//! consent 17 2026-11-26T10:00:00+00:00 2026-12-01T09:00:00+00:00 declined 0
//! news 17 2026-11-26T10:00:00+00:00 2026-12-01T09:00:00+00:00 0
//! coordinator-removed 17 2026-11-26T10:00:00+00:00 2026-12-01T09:00:00+00:00 3
//! invite-revoked 5 2026-12-01T09:00:00+00:00
//! ```
//!
//! A line of the first version (`17 2026-11-26T10:00:00Z`) is an erasure. A restore replays
//! every line in order; the daily job drops lines older than the backups are kept, since no
//! backup that old may still be restored.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use chrono::{DateTime, Utc};

use super::{Store, Tx};
use crate::domain::Consent;
use crate::domain::ids::PersonId;

/// Where the privacy log of the database at `db` is kept.
pub fn erasure_log_of(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(".erasures");
    PathBuf::from(name)
}

/// One thing a person asked for, or staff did, that a restore must not undo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrivacyEvent {
    /// Everything about the person was erased.
    Erased,
    /// They answered the privacy notice (a "no" erases what they asked for).
    Consent(Consent, bool),
    /// They turned news on or off.
    News(bool),
    /// They stopped coordinating a group (by staff, or stepping down); their sessions ended.
    CoordinatorRemoved(crate::domain::ids::GroupId),
}

/// A line of the log: the event, whom (by id and creation time) and when.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Line {
    Person {
        event: PrivacyEvent,
        person: i64,
        created_at: DateTime<Utc>,
        at: Option<DateTime<Utc>>,
    },
    InviteRevoked {
        invite: i64,
        at: DateTime<Utc>,
    },
}

impl Line {
    fn at(&self) -> Option<DateTime<Utc>> {
        match self {
            Line::Person { at, .. } => *at,
            Line::InviteRevoked { at, .. } => Some(*at),
        }
    }

    fn write(&self) -> String {
        match self {
            Line::Person {
                event,
                person,
                created_at,
                at,
            } => {
                let created_at = created_at.to_rfc3339();
                let at = at.unwrap_or(DateTime::<Utc>::MIN_UTC).to_rfc3339();
                match event {
                    PrivacyEvent::Erased => format!("erase {person} {created_at} {at}"),
                    PrivacyEvent::Consent(consent, news) => format!(
                        "consent {person} {created_at} {at} {} {}",
                        consent.code(),
                        u8::from(*news)
                    ),
                    PrivacyEvent::News(news) => {
                        format!("news {person} {created_at} {at} {}", u8::from(*news))
                    }
                    PrivacyEvent::CoordinatorRemoved(group) => {
                        format!(
                            "coordinator-removed {person} {created_at} {at} {}",
                            group.get()
                        )
                    }
                }
            }
            Line::InviteRevoked { invite, at } => {
                format!("invite-revoked {invite} {}", at.to_rfc3339())
            }
        }
    }

    fn read(line: &str) -> anyhow::Result<Line> {
        let time = |text: Option<&str>| -> anyhow::Result<DateTime<Utc>> {
            let text = text.context("a time is missing")?;
            Ok(DateTime::parse_from_rfc3339(text)?.with_timezone(&Utc))
        };
        let words: Vec<&str> = line.split_whitespace().collect();
        let first = *words.first().context("an empty line")?;
        // The first version: "<id> <created at>", an erasure.
        if let Ok(person) = first.parse::<i64>() {
            return Ok(Line::Person {
                event: PrivacyEvent::Erased,
                person,
                created_at: time(words.get(1).copied())?,
                at: None,
            });
        }
        if first == "invite-revoked" {
            return Ok(Line::InviteRevoked {
                invite: words.get(1).context("no invite")?.parse()?,
                at: time(words.get(2).copied())?,
            });
        }
        let person = words.get(1).context("no person")?.parse()?;
        let created_at = time(words.get(2).copied())?;
        let at = Some(time(words.get(3).copied())?);
        let flag = |i: usize| -> anyhow::Result<bool> {
            Ok(*words.get(i).context("a value is missing")? == "1")
        };
        let event = match first {
            "erase" => PrivacyEvent::Erased,
            "consent" => PrivacyEvent::Consent(
                Consent::parse(words.get(4).context("no consent")?)?,
                flag(5)?,
            ),
            "news" => PrivacyEvent::News(flag(4)?),
            "coordinator-removed" => {
                PrivacyEvent::CoordinatorRemoved(crate::domain::ids::GroupId::try_from(
                    words.get(4).context("no group")?.parse::<i64>()?,
                )?)
            }
            other => anyhow::bail!("an unknown event {other:?}"),
        };
        Ok(Line::Person {
            event,
            person,
            created_at,
            at,
        })
    }
}

/// The lock that keeps appends and the daily pruning from crossing, across processes (a
/// `velkommen erase` while the bot runs).
fn locked<T>(log: &Path, work: impl FnOnce() -> anyhow::Result<T>) -> anyhow::Result<T> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut name = log.as_os_str().to_owned();
    name.push(".lock");
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .mode(0o600)
        .open(PathBuf::from(name))
        .with_context(|| format!("while opening the lock of {}", log.display()))?;
    lock.lock()
        .with_context(|| format!("while locking {}", log.display()))?;
    let done = work();
    let _ = lock.unlock();
    done
}

/// Appends lines to the log and makes sure they are on disk, before the transaction that
/// does what they say commits: an event may be logged and not happen, never the other way
/// round.
fn append(log: &Path, lines: &[Line]) -> anyhow::Result<()> {
    if lines.is_empty() {
        return Ok(());
    }
    use std::os::unix::fs::OpenOptionsExt;
    locked(log, || {
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .mode(0o600)
            .open(log)
            .with_context(|| format!("while opening the privacy log {}", log.display()))?;
        let text: String = lines.iter().map(|l| format!("{}\n", l.write())).collect();
        file.write_all(text.as_bytes())
            .and_then(|()| file.sync_all())
            .with_context(|| format!("while writing the privacy log {}", log.display()))
    })
}

/// Logs erased people: (id, created at), at `at`.
pub(super) fn log_erasures(
    log: &Path,
    people: &[(i64, DateTime<Utc>)],
    at: DateTime<Utc>,
) -> anyhow::Result<()> {
    let lines: Vec<Line> = people
        .iter()
        .map(|(person, created_at)| Line::Person {
            event: PrivacyEvent::Erased,
            person: *person,
            created_at: *created_at,
            at: Some(at),
        })
        .collect();
    append(log, &lines)
}

/// Drops the lines of the log at `log` older than `before`: a line of the first version,
/// which has no time, is given `now`, so that it goes once backups from before today have.
pub fn prune_log(log: &Path, before: DateTime<Utc>, now: DateTime<Utc>) -> anyhow::Result<usize> {
    locked(log, || {
        let text = match std::fs::read_to_string(log) {
            Ok(text) => text,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(0),
            Err(error) => return Err(error).context("while reading the privacy log"),
        };
        let mut kept = String::new();
        let mut dropped = 0;
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let mut line = Line::read(line)
                .with_context(|| format!("{}: unreadable line {line:?}", log.display()))?;
            if let Line::Person { at: at @ None, .. } = &mut line {
                *at = Some(now);
            }
            if line.at().is_some_and(|at| at < before) {
                dropped += 1;
            } else {
                kept.push_str(&line.write());
                kept.push('\n');
            }
        }
        use std::os::unix::fs::OpenOptionsExt;
        let mut fresh = log.as_os_str().to_owned();
        fresh.push(".new");
        let fresh = PathBuf::from(fresh);
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .write(true)
            .truncate(true)
            .mode(0o600)
            .open(&fresh)?;
        file.write_all(kept.as_bytes())
            .and_then(|()| file.sync_all())?;
        std::fs::rename(&fresh, log).context("while replacing the privacy log")?;
        Ok(dropped)
    })
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

    /// Replays the privacy log at `log` on a database just restored from a backup: erases
    /// again everyone erased since, and applies again every answer to the privacy notice,
    /// news choice, coordinator removal and withdrawn invite, in the order they happened.
    /// Every web session and login link of the backup ends too: they may have ended since.
    /// Returns how many people were erased.
    pub async fn reapply_erasures(&self, log: &Path) -> anyhow::Result<u64> {
        let text = match std::fs::read_to_string(log) {
            Ok(text) => text,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(error) => {
                return Err(error)
                    .with_context(|| format!("while reading the privacy log {}", log.display()));
            }
        };
        let mut erased = 0;
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let line = Line::read(line)
                .with_context(|| format!("{}: unreadable line {line:?}", log.display()))?;
            match line {
                Line::InviteRevoked { invite, at } => {
                    sqlx::query(
                        "UPDATE invites SET revoked_at = ?1
                         WHERE id = ?2 AND used_at IS NULL AND revoked_at IS NULL",
                    )
                    .bind(at)
                    .bind(invite)
                    .execute(&self.pool)
                    .await?;
                }
                Line::Person {
                    event,
                    person,
                    created_at,
                    at,
                } => {
                    let same: Option<DateTime<Utc>> =
                        sqlx::query_scalar("SELECT created_at FROM people WHERE id = ?")
                            .bind(person)
                            .fetch_optional(&self.pool)
                            .await?;
                    if same != Some(created_at) {
                        continue;
                    }
                    let id = PersonId::try_from(person)?;
                    let at = at.unwrap_or(created_at);
                    match event {
                        PrivacyEvent::Erased => {
                            let mut tx = self.begin().await?;
                            tx.delete_person(id).await?;
                            tx.commit().await?;
                            erased += 1;
                        }
                        PrivacyEvent::Consent(consent, news) => {
                            self.apply_consent(id, consent, news, at).await?;
                        }
                        PrivacyEvent::News(news) => self.apply_news(id, news, at).await?,
                        PrivacyEvent::CoordinatorRemoved(group) => {
                            self.apply_coordinator_removal(id, group).await?;
                        }
                    }
                }
            }
        }
        for sql in ["DELETE FROM desk_sessions", "DELETE FROM desk_links"] {
            sqlx::query(sql).execute(&self.pool).await?;
        }
        self.checkpoint().await?;
        Ok(erased)
    }

    /// Logs `event` about `person` at `at`, before it is carried out.
    pub(super) async fn log_privacy(
        &self,
        person: PersonId,
        event: PrivacyEvent,
        at: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        let Some(log) = self.erasures.clone() else {
            return Ok(());
        };
        let created_at: Option<DateTime<Utc>> =
            sqlx::query_scalar("SELECT created_at FROM people WHERE id = ?")
                .bind(person)
                .fetch_optional(&self.pool)
                .await
                .context("while reading whom to log")?;
        match created_at {
            Some(created_at) => append(
                &log,
                &[Line::Person {
                    event,
                    person: person.get(),
                    created_at,
                    at: Some(at),
                }],
            ),
            None => Ok(()),
        }
    }

    /// Logs a withdrawn invite code, before it is withdrawn.
    pub(super) fn log_invite_revoked(&self, invite: i64, at: DateTime<Utc>) -> anyhow::Result<()> {
        match &self.erasures {
            Some(log) => append(log, &[Line::InviteRevoked { invite, at }]),
            None => Ok(()),
        }
    }

    /// Drops the privacy log's lines older than `before` (the backups' age).
    pub fn prune_privacy_log(
        &self,
        before: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> anyhow::Result<usize> {
        match &self.erasures {
            Some(log) => prune_log(log, before, now),
            None => Ok(0),
        }
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
            log_erasures(&log, &[(person.get(), created_at)], Utc::now())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_reads_back_as_written_and_a_first_version_line_is_an_erasure() {
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
        let created_at = at("2026-11-26T10:00:00Z");
        let moment = at("2026-12-01T09:00:00Z");
        let when = Some(moment);
        let group = crate::domain::ids::GroupId::try_from(3).unwrap();
        for event in [
            PrivacyEvent::Erased,
            PrivacyEvent::Consent(Consent::Declined, false),
            PrivacyEvent::Consent(Consent::Agreed, true),
            PrivacyEvent::News(false),
            PrivacyEvent::CoordinatorRemoved(group),
        ] {
            let line = Line::Person {
                event,
                person: 17,
                created_at,
                at: when,
            };
            assert_eq!(Line::read(&line.write()).unwrap(), line);
        }
        let revoked = Line::InviteRevoked {
            invite: 5,
            at: moment,
        };
        assert_eq!(Line::read(&revoked.write()).unwrap(), revoked);
        assert_eq!(
            Line::read("17 2026-11-26T10:00:00Z").unwrap(),
            Line::Person {
                event: PrivacyEvent::Erased,
                person: 17,
                created_at,
                at: None
            }
        );
        assert!(Line::read("teleport 17 x").is_err());
    }

    #[test]
    fn pruning_keeps_what_a_kept_backup_may_need_and_dates_first_version_lines_today() {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("velkommen.db.erasures");
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
        std::fs::write(
            &log,
            "17 2026-11-26T10:00:00Z\n\
             erase 18 2026-11-26T10:00:00+00:00 2026-11-01T09:00:00+00:00\n\
             erase 19 2026-11-26T10:00:00+00:00 2026-12-06T09:00:00+00:00\n",
        )
        .unwrap();
        let now = at("2026-12-07T12:00:00Z");
        let dropped = prune_log(&log, now - chrono::Duration::days(14), now).unwrap();
        assert_eq!(dropped, 1);
        let kept = std::fs::read_to_string(&log).unwrap();
        assert_eq!(
            kept,
            "erase 17 2026-11-26T10:00:00+00:00 2026-12-07T12:00:00+00:00\n\
             erase 19 2026-11-26T10:00:00+00:00 2026-12-06T09:00:00+00:00\n"
        );
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&log).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
}
