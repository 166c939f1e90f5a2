//! Groups and offers: the idempotent import, and reading offers in a person's language.

use anyhow::Context;
use chrono::{DateTime, Utc};
use sqlx::Row;

use super::Store;
use crate::catalog::{Catalog, OfferKind, Place};
use crate::domain::OfferField;
use crate::domain::category::Category;
use crate::domain::ids::{GroupId, OfferId};
use crate::domain::lang::Lang;

/// An offer as a line in a list.
#[derive(Debug, Clone)]
pub struct OfferSummary {
    pub id: OfferId,
    pub title: String,
    /// Taken out of the catalogue by its group: newcomers no longer see it.
    pub retired: bool,
}

/// An offer with everything a newcomer sees about it, in one language.
#[derive(Debug, Clone)]
pub struct OfferView {
    pub id: OfferId,
    pub category: Category,
    pub kind: OfferKind,
    pub title: String,
    pub description: String,
    pub when: String,
    pub location: String,
    pub group: String,
    pub group_id: GroupId,
    pub place: Option<Place>,
    pub verified_at: Option<DateTime<Utc>>,
    /// The language the texts are in: the reader's, or one of their fallback chain.
    pub lang: Lang,
    /// Taken out of the catalogue by its group: it can no longer be asked for.
    pub retired: bool,
}

/// SQL ranking the languages of a text along the reader's chain, bound as ?1 with
/// [`rank_key`]: their own language first, then its fallbacks in order, then any other.
const LANG_RANK: &str =
    "CASE instr(?1, ',' || lang || ',') WHEN 0 THEN 1000000 ELSE instr(?1, ',' || lang || ',') END";

/// [`LANG_RANK`] for the other store modules.
pub(super) fn lang_rank() -> &'static str {
    LANG_RANK
}

/// `lang`'s fallback chain as [`LANG_RANK`] reads it: ",ar,en,da,".
pub(super) fn rank_key(lang: Lang) -> String {
    let codes: Vec<&str> = lang.chain().into_iter().map(Lang::code).collect();
    format!(",{},", codes.join(","))
}

impl Store {
    /// Loads or updates a catalogue. Groups and offers are matched by slug, so importing the
    /// same file twice changes nothing.
    pub async fn import_catalog(&self, catalog: &Catalog) -> anyhow::Result<()> {
        let now = Utc::now();
        let mut tx = self
            .pool
            .begin()
            .await
            .context("while starting the catalogue import")?;
        for group in &catalog.groups {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO groups (slug) VALUES (?) ON CONFLICT (slug) DO UPDATE SET slug = slug
                 RETURNING id",
            )
            .bind(&group.slug)
            .fetch_one(&mut *tx)
            .await
            .with_context(|| format!("while importing group {}", group.slug))?;
            sqlx::query("DELETE FROM group_texts WHERE group_id = ?")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            for (lang, name) in &group.name {
                sqlx::query("INSERT INTO group_texts (group_id, lang, name) VALUES (?, ?, ?)")
                    .bind(id)
                    .bind(lang.code())
                    .bind(name)
                    .execute(&mut *tx)
                    .await
                    .with_context(|| format!("while importing group {}", group.slug))?;
            }
        }
        for (position, offer) in catalog.offers.iter().enumerate() {
            let place = offer.place.as_ref();
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO offers (slug, group_id, category, kind, place_name, place_address,
                                     place_lat, place_lon, position, updated_at, sensitive_files)
                 VALUES (?1, (SELECT id FROM groups WHERE slug = ?2), ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,
                         ?11)
                 ON CONFLICT (slug) DO UPDATE SET
                    group_id = excluded.group_id, category = excluded.category,
                    kind = excluded.kind, place_name = excluded.place_name,
                    place_address = excluded.place_address, place_lat = excluded.place_lat,
                    place_lon = excluded.place_lon, position = excluded.position,
                    updated_at = excluded.updated_at, sensitive_files = excluded.sensitive_files
                 RETURNING id",
            )
            .bind(&offer.slug)
            .bind(&offer.group)
            .bind(offer.category.code())
            .bind(offer.kind.code())
            .bind(place.map(|p| &p.name))
            .bind(place.map(|p| &p.address))
            .bind(place.map(|p| p.lat))
            .bind(place.map(|p| p.lon))
            .bind(position as i64)
            .bind(now)
            .bind(offer.sensitive_files)
            .fetch_one(&mut *tx)
            .await
            .with_context(|| format!("while importing offer {}", offer.slug))?;
            sqlx::query("DELETE FROM offer_texts WHERE offer_id = ?")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            for lang in Lang::all() {
                let text = |texts: &crate::catalog::Texts| texts.get(&lang).cloned();
                let (Some(title), Some(description), Some(when), Some(location)) = (
                    text(&offer.title),
                    text(&offer.description),
                    text(&offer.when),
                    text(&offer.location),
                ) else {
                    continue;
                };
                sqlx::query(
                    "INSERT INTO offer_texts (offer_id, lang, title, description, schedule, location)
                     VALUES (?, ?, ?, ?, ?, ?)",
                )
                .bind(id)
                .bind(lang.code())
                .bind(title)
                .bind(description)
                .bind(when)
                .bind(location)
                .execute(&mut *tx)
                .await
                .with_context(|| format!("while importing offer {} in {lang}", offer.slug))?;
            }
        }
        // The numbers shown in danger are the catalogue's: a municipality importing its own
        // gets its own region's, not Ballerup's.
        sqlx::query("INSERT OR REPLACE INTO meta (key, value) VALUES ('helplines-2', ?)")
            .bind(serde_json::to_string(&catalog.helplines)?)
            .execute(&mut *tx)
            .await
            .context("while importing the helplines")?;
        tx.commit()
            .await
            .context("while committing the catalogue import")?;
        Ok(())
    }

    /// The helplines of the catalogue last imported; the built-in catalogue's for a database
    /// imported before helplines were kept in their present form (names without numbers).
    pub async fn helplines(&self) -> anyhow::Result<Vec<crate::catalog::Helpline>> {
        let stored: Option<String> =
            sqlx::query_scalar("SELECT value FROM meta WHERE key = 'helplines-2'")
                .fetch_optional(&self.pool)
                .await
                .context("while reading the helplines")?;
        match stored {
            Some(json) => serde_json::from_str(&json).context("while reading the helplines"),
            None => Ok(crate::catalog::Catalog::ballerup()?.helplines),
        }
    }

    /// The offers of one category, titled in `lang` (or its fallback).
    pub async fn offers_in(
        &self,
        category: Category,
        lang: Lang,
    ) -> anyhow::Result<Vec<OfferSummary>> {
        let rows = sqlx::query(&format!(
            "SELECT o.id,
                    (SELECT title FROM offer_texts t WHERE t.offer_id = o.id
                     ORDER BY {LANG_RANK} LIMIT 1) AS title
             FROM offers o WHERE o.category = ?2 AND o.retired_at IS NULL
             ORDER BY o.position, o.id"
        ))
        .bind(rank_key(lang))
        .bind(category.code())
        .fetch_all(&self.pool)
        .await
        .context("while listing offers")?;
        rows.iter()
            .map(|row| {
                Ok(OfferSummary {
                    id: OfferId::try_from(row.try_get::<i64, _>("id")?)?,
                    title: row.try_get("title")?,
                    retired: false,
                })
            })
            .collect()
    }

    /// One offer in `lang`, falling back to Danish then English for a missing translation.
    pub async fn offer(&self, id: OfferId, lang: Lang) -> anyhow::Result<Option<OfferView>> {
        let row = sqlx::query(&format!(
            "SELECT o.id, o.group_id, o.category, o.kind, o.place_name, o.place_address, o.place_lat,
                    o.place_lon, o.verified_at, o.retired_at IS NOT NULL AS retired, t.lang, t.title, t.description, t.schedule, t.location,
                    (SELECT name FROM group_texts g WHERE g.group_id = o.group_id
                     ORDER BY {LANG_RANK} LIMIT 1) AS group_name
             FROM offers o
             JOIN offer_texts t ON t.offer_id = o.id
             WHERE o.id = ?2
             ORDER BY {LANG_RANK} LIMIT 1"
        ))
        .bind(rank_key(lang))
        .bind(id.get())
        .fetch_optional(&self.pool)
        .await
        .context("while loading an offer")?;
        let Some(row) = row else { return Ok(None) };
        let place = match (
            row.try_get::<Option<String>, _>("place_name")?,
            row.try_get::<Option<String>, _>("place_address")?,
            row.try_get::<Option<f64>, _>("place_lat")?,
            row.try_get::<Option<f64>, _>("place_lon")?,
        ) {
            (Some(name), Some(address), Some(lat), Some(lon)) => Some(Place {
                name,
                address,
                lat,
                lon,
            }),
            _ => None,
        };
        Ok(Some(OfferView {
            id,
            category: Category::try_from(row.try_get::<&str, _>("category")?)?,
            kind: OfferKind::try_from(row.try_get::<&str, _>("kind")?)?,
            title: row.try_get("title")?,
            description: row.try_get("description")?,
            when: row.try_get("schedule")?,
            location: row.try_get("location")?,
            group: row.try_get("group_name")?,
            group_id: GroupId::try_from(row.try_get::<i64, _>("group_id")?)?,
            place,
            verified_at: row.try_get("verified_at")?,
            lang: Lang::try_from(row.try_get::<&str, _>("lang")?)?,
            retired: row.try_get("retired")?,
        }))
    }

    /// How many offers and groups there are, for the import's report.
    pub async fn catalog_size(&self) -> anyhow::Result<(i64, i64)> {
        let groups: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM groups")
            .fetch_one(&self.pool)
            .await?;
        let offers: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM offers")
            .fetch_one(&self.pool)
            .await?;
        Ok((groups, offers))
    }
}

impl Store {
    /// The titles of these offers in every language they are written in, in one statement:
    /// (offer, language, title).
    pub async fn offer_titles(
        &self,
        offers: &[OfferId],
    ) -> anyhow::Result<Vec<(OfferId, Lang, String)>> {
        let rows: Vec<(OfferId, String, String)> = sqlx::query_as(
            "SELECT offer_id, lang, title FROM offer_texts
             WHERE offer_id IN (SELECT value FROM json_each(?)) ORDER BY offer_id",
        )
        .bind(super::id_list(offers))
        .fetch_all(&self.pool)
        .await
        .context("while reading offers' titles")?;
        rows.into_iter()
            .map(|(offer, lang, title)| Ok((offer, Lang::try_from(lang.as_str())?, title)))
            .collect()
    }

    /// A group's offers with when each was last confirmed correct.
    pub async fn offers_of_group(
        &self,
        group: GroupId,
        lang: Lang,
    ) -> anyhow::Result<Vec<(OfferSummary, Option<DateTime<Utc>>)>> {
        let rows = sqlx::query(&format!(
            "SELECT o.id, o.verified_at, o.retired_at IS NOT NULL AS retired,
                    (SELECT title FROM offer_texts t WHERE t.offer_id = o.id
                     ORDER BY {LANG_RANK} LIMIT 1) AS title
             FROM offers o WHERE o.group_id = ?2 ORDER BY o.position, o.id"
        ))
        .bind(rank_key(lang))
        .bind(group.get())
        .fetch_all(&self.pool)
        .await
        .context("while listing a group's offers")?;
        rows.iter()
            .map(|row| {
                Ok((
                    OfferSummary {
                        id: OfferId::try_from(row.try_get::<i64, _>("id")?)?,
                        title: row.try_get("title")?,
                        retired: row.try_get("retired")?,
                    },
                    row.try_get("verified_at")?,
                ))
            })
            .collect()
    }

    /// Sets one text of an offer in one language. A language the offer lacks is created from
    /// its fallback texts, so the offer stays whole.
    pub async fn set_offer_text(
        &self,
        offer: OfferId,
        lang: Lang,
        field: OfferField,
        text: &str,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        let mut tx = self.pool.begin().await.context("while editing an offer")?;
        sqlx::query(&format!(
            "INSERT OR IGNORE INTO offer_texts (offer_id, lang, title, description, schedule, location)
             SELECT offer_id, ?3, title, description, schedule, location FROM offer_texts
             WHERE offer_id = ?2 ORDER BY {LANG_RANK} LIMIT 1"
        ))
        .bind(rank_key(lang))
        .bind(offer.get())
        .bind(lang.code())
        .execute(&mut *tx)
        .await?;
        sqlx::query(&format!(
            "UPDATE offer_texts SET {} = ? WHERE offer_id = ? AND lang = ?",
            field.column()
        ))
        .bind(text)
        .bind(offer.get())
        .bind(lang.code())
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE offers SET updated_at = ?, verified_at = ? WHERE id = ?")
            .bind(now)
            .bind(now)
            .bind(offer.get())
            .execute(&mut *tx)
            .await?;
        tx.commit().await.context("while saving an offer's text")?;
        Ok(())
    }

    /// Takes an offer out of the catalogue, or brings it back. Requests already made stay.
    pub async fn retire_offer(
        &self,
        offer: OfferId,
        retired: bool,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        sqlx::query("UPDATE offers SET retired_at = ?, updated_at = ? WHERE id = ?")
            .bind(retired.then_some(now))
            .bind(now)
            .bind(offer.get())
            .execute(&self.pool)
            .await
            .context("while retiring an offer")?;
        Ok(())
    }

    /// Stamps an offer as still correct today.
    pub async fn verify_offer(&self, offer: OfferId, now: DateTime<Utc>) -> anyhow::Result<()> {
        sqlx::query("UPDATE offers SET verified_at = ? WHERE id = ?")
            .bind(now)
            .bind(offer.get())
            .execute(&self.pool)
            .await
            .context("while confirming an offer")?;
        Ok(())
    }
}

impl Store {
    /// The offer with this slug, as the catalogue names it.
    pub async fn offer_by_slug(&self, slug: &str) -> anyhow::Result<Option<OfferId>> {
        let id: Option<i64> = sqlx::query_scalar("SELECT id FROM offers WHERE slug = ?")
            .bind(slug)
            .fetch_optional(&self.pool)
            .await
            .context("while finding an offer by its slug")?;
        id.map(OfferId::try_from).transpose().map_err(Into::into)
    }
}
