//! People, their platform identities, consent and conversation state.

use anyhow::Context;
use chrono::{DateTime, Utc};
use sqlx::Row;

use super::{Store, Tx};
use crate::domain::ids::PersonId;
use crate::domain::lang::Lang;
use crate::domain::{Consent, Person, StoredState};
use crate::platform::{Address, Platform};

/// Withdraws the announcements still waiting for `person`: they said they want none.
async fn cancel_announcements(
    conn: &mut sqlx::SqliteConnection,
    person: PersonId,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    sqlx::query(
        "UPDATE outbox SET status = 'cancelled', done_at = ?1, lease_until = NULL,
                           message = '', user_id = ''
         WHERE person_id = ?2 AND broadcast_id IS NOT NULL AND status = 'pending'",
    )
    .bind(now)
    .bind(person)
    .execute(conn)
    .await
    .context("while withdrawing announcements")?;
    Ok(())
}

fn person_from_row(row: &sqlx::sqlite::SqliteRow) -> anyhow::Result<Person> {
    Ok(Person {
        id: PersonId::try_from(row.try_get::<i64, _>("id")?)?,
        lang: Lang::try_from(row.try_get::<&str, _>("lang")?)?,
        consent: Consent::parse(row.try_get("consent")?)?,
        consent_at: row.try_get("consent_at")?,
        news: row.try_get("news")?,
        created_at: row.try_get("created_at")?,
    })
}

impl Store {
    /// The person behind a platform address, if they have been here before.
    pub async fn person_at(&self, address: &Address) -> anyhow::Result<Option<Person>> {
        let row = sqlx::query(
            "SELECT p.id, p.lang, p.consent, p.consent_at, p.news, p.created_at
             FROM identities i JOIN people p ON p.id = i.person_id
             WHERE i.platform = ? AND i.user_id = ?",
        )
        .bind(address.platform.code())
        .bind(&address.user_id)
        .fetch_optional(&self.pool)
        .await
        .context("while looking up a person by address")?;
        row.as_ref().map(person_from_row).transpose()
    }

    pub async fn person(&self, id: PersonId) -> anyhow::Result<Option<Person>> {
        let row = sqlx::query(
            "SELECT id, lang, consent, consent_at, news, created_at FROM people WHERE id = ?",
        )
        .bind(id.get())
        .fetch_optional(&self.pool)
        .await
        .context("while looking up a person")?;
        row.as_ref().map(person_from_row).transpose()
    }

    /// The people with these ids that still exist, in one statement.
    pub async fn people(&self, ids: &[PersonId]) -> anyhow::Result<Vec<Person>> {
        if ids.is_empty() {
            return Ok(vec![]);
        }
        let rows = sqlx::query(
            "SELECT id, lang, consent, consent_at, news, created_at FROM people
             WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
        )
        .bind(super::id_list(ids))
        .fetch_all(&self.pool)
        .await
        .context("while looking up people")?;
        rows.iter().map(person_from_row).collect()
    }

    /// How many people came to the bot from `platform` since `since`.
    pub async fn new_people_since(
        &self,
        platform: Platform,
        since: DateTime<Utc>,
    ) -> anyhow::Result<i64> {
        sqlx::query_scalar(
            "SELECT COUNT(*) FROM people p
             WHERE p.created_at > ?1
               AND EXISTS (SELECT 1 FROM identities i WHERE i.person_id = p.id AND i.platform = ?2)",
        )
        .bind(since)
        .bind(platform.code())
        .fetch_one(&self.pool)
        .await
        .context("while counting new people")
    }

    /// People not seen since `since` who were not yet told that they are about to be erased.
    pub async fn to_warn(&self, since: DateTime<Utc>) -> anyhow::Result<Vec<Person>> {
        let rows = sqlx::query(
            "SELECT id, lang, consent, consent_at, news, created_at FROM people
             WHERE last_seen_at < ? AND warned_at IS NULL ORDER BY id",
        )
        .bind(since)
        .fetch_all(&self.pool)
        .await
        .context("while looking for people to tell of their erasure")?;
        rows.iter().map(person_from_row).collect()
    }

    /// Removes what has served past its deadline: requests done or cancelled before
    /// `closed_before`, questions answered before `answered_before`, files sent before
    /// `files_before`. Returns how many rows went.
    pub async fn purge_items(
        &self,
        closed_before: DateTime<Utc>,
        answered_before: DateTime<Utc>,
        files_before: DateTime<Utc>,
    ) -> anyhow::Result<u64> {
        let mut tx = self.begin().await?;
        let mut removed = 0;
        for (sql, before) in [
            (
                "DELETE FROM requests WHERE closed_at < ? AND status IN ('done', 'cancelled')",
                closed_before,
            ),
            (
                "DELETE FROM questions WHERE answered_at IS NOT NULL AND answered_at < ?",
                answered_before,
            ),
            ("DELETE FROM files WHERE created_at < ?", files_before),
        ] {
            removed += sqlx::query(sql)
                .bind(before)
                .execute(&mut *tx.inner)
                .await
                .context("while removing data past its deadline")?
                .rows_affected();
        }
        tx.commit().await?;
        Ok(removed)
    }

    /// Creates a person at their first contact, with the language the platform hinted at and
    /// the conversation state they start in.
    pub async fn create_person(
        &self,
        address: &Address,
        lang: Lang,
        state: &StoredState,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Person> {
        let mut tx = self
            .pool
            .begin()
            .await
            .context("while starting a transaction")?;
        let id: i64 = sqlx::query_scalar(&format!(
            "INSERT INTO people (id, lang, created_at, last_seen_at) VALUES ({}, ?, ?, ?)
                 RETURNING id",
            super::next_id("people")
        ))
        .bind(lang.code())
        .bind(now)
        .bind(now)
        .fetch_one(&mut *tx)
        .await
        .context("while creating a person")?;
        sqlx::query("INSERT INTO identities (platform, user_id, person_id) VALUES (?, ?, ?)")
            .bind(address.platform.code())
            .bind(&address.user_id)
            .bind(id)
            .execute(&mut *tx)
            .await
            .context("while linking a person to their platform address")?;
        sqlx::query(
            "INSERT INTO conversations (person_id, version, state, updated_at) VALUES (?, ?, ?, ?)",
        )
        .bind(id)
        .bind(state.version)
        .bind(&state.state)
        .bind(now)
        .execute(&mut *tx)
        .await
        .context("while saving a new conversation")?;
        tx.commit().await.context("while committing a new person")?;
        Ok(Person {
            id: PersonId::try_from(id)?,
            lang,
            consent: Consent::Pending,
            consent_at: None,
            news: false,
            created_at: now,
        })
    }

    /// Notes that the person was here now, for the retention period.
    /// Notes that the person was here now, from this address: for the retention period, and
    /// so that messages to them go where they were last. Writing again also makes an
    /// address that had blocked the bot reachable again.
    pub async fn touch(
        &self,
        id: PersonId,
        address: &Address,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        // Last seen matters to the day (retention) and for which address was used last; a
        // person tapping through menus is not written down on every tap, which would take the
        // database's write lock each time.
        let recently = now - chrono::Duration::minutes(1);
        sqlx::query(
            "UPDATE people SET last_seen_at = ?1, warned_at = NULL
             WHERE id = ?2 AND (last_seen_at IS NULL OR last_seen_at < ?3 OR warned_at IS NOT NULL)",
        )
        .bind(now)
        .bind(id)
        .bind(recently)
        .execute(&self.pool)
        .await
        .context("while noting a person's last contact")?;
        sqlx::query(
            "UPDATE identities SET last_seen_at = ?1, reachable = 1
             WHERE platform = ?2 AND user_id = ?3
               AND (reachable = 0 OR last_seen_at IS NULL OR last_seen_at < ?4
                    OR EXISTS (SELECT 1 FROM identities o WHERE o.person_id = identities.person_id
                               AND o.last_seen_at > identities.last_seen_at))",
        )
        .bind(now)
        .bind(address.platform.code())
        .bind(&address.user_id)
        .bind(recently)
        .execute(&self.pool)
        .await
        .context("while noting where a person was last")?;
        Ok(())
    }

    pub async fn set_lang(&self, id: PersonId, lang: Lang) -> anyhow::Result<()> {
        sqlx::query("UPDATE people SET lang = ? WHERE id = ?")
            .bind(lang.code())
            .bind(id.get())
            .execute(&self.pool)
            .await
            .context("while changing a person's language")?;
        Ok(())
    }

    /// Saves the answer to the privacy notice. Declining withdraws consent, so the person's
    /// requests and questions are erased with it.
    pub async fn set_consent(
        &self,
        id: PersonId,
        consent: Consent,
        news: bool,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        // A restore from an older backup answers the notice again as the person did.
        self.log_privacy(id, super::backup::PrivacyEvent::Consent(consent, news), now)
            .await?;
        self.apply_consent(id, consent, news, now).await
    }

    /// Saves an answer to the privacy notice, and erases what a "no" erases.
    pub(super) async fn apply_consent(
        &self,
        id: PersonId,
        consent: Consent,
        news: bool,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        let mut tx = self
            .pool
            .begin()
            .await
            .context("while starting a consent change")?;
        sqlx::query("UPDATE people SET consent = ?, consent_at = ?, news = ? WHERE id = ?")
            .bind(consent.code())
            .bind(now)
            .bind(news)
            .bind(id.get())
            .execute(&mut *tx)
            .await
            .context("while saving a person's consent")?;
        if !news {
            cancel_announcements(&mut tx, id, now).await?;
        }
        if consent == Consent::Declined {
            // Notices of requests not yet sent to them are withdrawn, and messages to others
            // that carry their words go with the requests and questions they came from.
            sqlx::query(
                "UPDATE outbox SET status = 'cancelled', done_at = ?1, lease_until = NULL,
                                   message = '', user_id = ''
                 WHERE person_id = ?2 AND status = 'pending'
                   AND id IN (SELECT outbox_id FROM request_notices WHERE volunteer_id = ?2)",
            )
            .bind(now)
            .bind(id)
            .execute(&mut *tx)
            .await
            .context("while withdrawing notices after consent was withdrawn")?;
            sqlx::query(
                "DELETE FROM outbox WHERE id IN (SELECT outbox_id FROM outbox_quotes WHERE person_id = ?)",
            )
            .bind(id)
            .execute(&mut *tx)
            .await
            .context("while withdrawing messages that quote a person")?;
            for table in ["requests", "questions", "files", "rsvps"] {
                sqlx::query(&format!("DELETE FROM {table} WHERE person_id = ?"))
                    .bind(id.get())
                    .execute(&mut *tx)
                    .await
                    .with_context(|| {
                        format!("while erasing {table} after consent was withdrawn")
                    })?;
            }
        }
        tx.commit()
            .await
            .context("while committing a consent change")?;
        Ok(())
    }

    /// Switches announcements on or off; off also withdraws those still waiting to go out.
    pub async fn set_news(
        &self,
        id: PersonId,
        news: bool,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        self.log_privacy(id, super::backup::PrivacyEvent::News(news), now)
            .await?;
        self.apply_news(id, news, now).await
    }

    pub(super) async fn apply_news(
        &self,
        id: PersonId,
        news: bool,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE people SET news = ? WHERE id = ?")
            .bind(news)
            .bind(id.get())
            .execute(&mut *tx)
            .await
            .context("while changing a person's news choice")?;
        if !news {
            cancel_announcements(&mut tx, id, now).await?;
        }
        tx.commit()
            .await
            .context("while changing a person's news choice")
    }

    pub async fn load_state(&self, id: PersonId) -> anyhow::Result<Option<StoredState>> {
        let row = sqlx::query("SELECT version, state FROM conversations WHERE person_id = ?")
            .bind(id.get())
            .fetch_optional(&self.pool)
            .await
            .context("while loading a conversation")?;
        row.map(|row| {
            Ok(StoredState {
                version: row.try_get("version")?,
                state: row.try_get("state")?,
            })
        })
        .transpose()
    }

    /// Saves a conversation state; does nothing for a person who has just been erased.
    pub async fn save_state(
        &self,
        id: PersonId,
        state: &StoredState,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        sqlx::query(
            "INSERT INTO conversations (person_id, version, state, updated_at)
             SELECT ?1, ?2, ?3, ?4 WHERE EXISTS (SELECT 1 FROM people WHERE id = ?1)
             ON CONFLICT (person_id) DO UPDATE
             SET version = excluded.version, state = excluded.state, updated_at = excluded.updated_at",
        )
        .bind(id.get())
        .bind(state.version)
        .bind(&state.state)
        .bind(now)
        .execute(&self.pool)
        .await
        .context("while saving a conversation")?;
        Ok(())
    }

    /// The platform addresses a person reaches Velkommen from.
    pub async fn addresses_of(&self, id: PersonId) -> anyhow::Result<Vec<Address>> {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT platform, user_id FROM identities WHERE person_id = ? ORDER BY platform",
        )
        .bind(id.get())
        .fetch_all(&self.pool)
        .await
        .context("while listing a person's platforms")?;
        rows.into_iter()
            .map(|(platform, user_id)| {
                Ok(Address::new(
                    Platform::try_from(platform.as_str())?,
                    user_id,
                ))
            })
            .collect()
    }

    /// The platforms a person reaches Velkommen from.
    pub async fn platforms(&self, person: PersonId) -> anyhow::Result<Vec<Platform>> {
        Ok(self
            .addresses_of(person)
            .await?
            .into_iter()
            .map(|a| a.platform)
            .collect())
    }

    /// Erases everyone not seen since `cutoff`. Returns how many people were erased.
    /// A departing volunteer's unfinished requests go back to the pool first, with an
    /// escalation due at once, so no family is left with nobody.
    pub async fn purge_inactive(
        &self,
        cutoff: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> anyhow::Result<u64> {
        let mut tx = self.begin().await?;
        let reopened: Vec<i64> = sqlx::query_scalar(
            "UPDATE requests SET status = 'open', volunteer_id = NULL, claimed_at = NULL,
             relay_open = 0, updated_at = ?1
             WHERE status = 'claimed'
               AND volunteer_id IN (SELECT id FROM people WHERE last_seen_at < ?2)
             RETURNING id",
        )
        .bind(now)
        .bind(cutoff)
        .fetch_all(&mut *tx.inner)
        .await
        .context("while reopening an inactive volunteer's requests")?;
        for request in reopened {
            tx.schedule(crate::domain::JobKind::Escalate, request, now)
                .await?;
        }
        sqlx::query(
            "DELETE FROM outbox WHERE id IN (SELECT q.outbox_id FROM outbox_quotes q
             JOIN people p ON p.id = q.person_id WHERE p.last_seen_at < ?)",
        )
        .bind(cutoff)
        .execute(&mut *tx.inner)
        .await
        .context("while deleting messages that quote inactive people")?;
        if let Some(log) = &tx.erasures {
            let leaving: Vec<(i64, DateTime<Utc>)> =
                sqlx::query_as("SELECT id, created_at FROM people WHERE last_seen_at < ?")
                    .bind(cutoff)
                    .fetch_all(&mut *tx.inner)
                    .await
                    .context("while reading whom to log as erased")?;
            super::backup::log_erasures(log, &leaving, now)?;
        }
        let done = sqlx::query("DELETE FROM people WHERE last_seen_at < ?")
            .bind(cutoff)
            .execute(&mut *tx.inner)
            .await
            .context("while erasing inactive people")?;
        tx.commit().await?;
        if done.rows_affected() > 0 {
            self.checkpoint().await?;
        }
        Ok(done.rows_affected())
    }

    /// Erases everyone not seen for `retention_days` days, as the privacy notice promises.
    pub async fn purge_expired(&self, retention_days: u32) -> anyhow::Result<u64> {
        let now = Utc::now();
        self.purge_inactive(now - chrono::Duration::days(i64::from(retention_days)), now)
            .await
    }
}

impl Tx {
    /// Notes that a person was told of their coming erasure.
    pub async fn mark_warned(&mut self, id: PersonId, now: DateTime<Utc>) -> anyhow::Result<()> {
        sqlx::query("UPDATE people SET warned_at = ? WHERE id = ?")
            .bind(now)
            .bind(id)
            .execute(&mut *self.inner)
            .await
            .context("while noting a warning")?;
        Ok(())
    }

    /// Erases a person and everything that hangs on them: really deletes, not a flag.
    pub async fn delete_person(&mut self, id: PersonId) -> anyhow::Result<()> {
        self.log_erasure(id).await?;
        // Messages to others that carry their words or name go with them, sent or not.
        sqlx::query(
            "DELETE FROM outbox WHERE id IN (SELECT outbox_id FROM outbox_quotes WHERE person_id = ?)",
        )
        .bind(id)
        .execute(&mut *self.inner)
        .await
        .context("while deleting messages that quote a person")?;
        sqlx::query("DELETE FROM people WHERE id = ?")
            .bind(id.get())
            .execute(&mut *self.inner)
            .await
            .context("while deleting a person")?;
        Ok(())
    }
}
