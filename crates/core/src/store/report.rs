//! The quarterly report: per group, what happened to requests, volunteers and events.

use anyhow::Context;
use chrono::{DateTime, Utc};

use super::Store;
use crate::domain::category::Category;
use crate::domain::ids::GroupId;
use crate::domain::lang::Lang;

#[derive(Debug, Clone, PartialEq)]
pub struct GroupReport {
    pub id: GroupId,
    pub group: String,
    pub received: i64,
    pub claimed: i64,
    pub done: i64,
    pub cancelled: i64,
    /// Median minutes from request to claim, among those claimed.
    pub median_claim_minutes: Option<i64>,
    /// Minutes within which nine in ten of those claimed were claimed.
    pub p90_claim_minutes: Option<i64>,
    /// Requests received, by the language they were written in.
    pub by_language: Vec<(Lang, i64)>,
    /// Requests received, by the kind of offer asked for.
    pub by_category: Vec<(Category, i64)>,
    pub escalated: i64,
    pub still_unclaimed: i64,
    pub volunteers_active: i64,
    pub volunteers_pending: i64,
    pub events_held: i64,
    pub rsvps_going: i64,
}

/// How many people's first message to the bot came from one poster.
#[derive(Debug, Clone, PartialEq)]
pub struct PosterOpens {
    pub poster: i64,
    pub group: GroupId,
    /// The offer's title in the reader's language.
    pub offer: String,
    pub place: String,
    pub opens: i64,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    pub groups: Vec<GroupReport>,
    /// The posters with first opens in the period, most first.
    pub posters: Vec<PosterOpens>,
    pub questions_asked: i64,
    pub questions_answered: i64,
}

impl Store {
    /// What happened from `from` until (not including) `to`, per group, named in `lang`.
    /// A fixed number of statements, each one pass over the period's rows grouped by group
    /// (by the index on when requests came), however many groups and requests there are.
    pub async fn report(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        lang: Lang,
    ) -> anyhow::Result<Report> {
        use std::collections::HashMap;
        let groups = self.groups(lang).await?;
        type Counts = (i64, i64, i64, i64, i64, i64);
        let counts: HashMap<i64, Counts> =
            sqlx::query_as::<_, (i64, i64, i64, i64, i64, i64, i64)>(
                "SELECT o.group_id, COUNT(*),
                    COALESCE(SUM(r.claimed_at IS NOT NULL), 0),
                    COALESCE(SUM(r.status = 'done'), 0),
                    COALESCE(SUM(r.status = 'cancelled'), 0),
                    COALESCE(SUM(r.escalated_at IS NOT NULL), 0),
                    COALESCE(SUM(r.status = 'open'), 0)
             FROM requests r JOIN offers o ON o.id = r.offer_id
             WHERE r.created_at >= ? AND r.created_at < ?
             GROUP BY o.group_id",
            )
            .bind(from)
            .bind(to)
            .fetch_all(&self.pool)
            .await
            .context("while counting the groups' requests")?
            .into_iter()
            .map(|(g, a, b, c, d, e, f)| (g, (a, b, c, d, e, f)))
            .collect();
        let mut waits: HashMap<i64, Vec<i64>> = HashMap::new();
        let claimed: Vec<(i64, DateTime<Utc>, DateTime<Utc>)> = sqlx::query_as(
            "SELECT o.group_id, r.created_at, r.claimed_at
             FROM requests r JOIN offers o ON o.id = r.offer_id
             WHERE r.created_at >= ? AND r.created_at < ? AND r.claimed_at IS NOT NULL",
        )
        .bind(from)
        .bind(to)
        .fetch_all(&self.pool)
        .await
        .context("while reading how long requests waited")?;
        for (group, created, claimed) in claimed {
            waits
                .entry(group)
                .or_default()
                .push((claimed - created).num_minutes());
        }
        let languages = self.requests_by("r.lang", from, to).await?;
        let categories = self.requests_by("o.category", from, to).await?;
        let volunteers: HashMap<i64, (i64, i64)> = sqlx::query_as::<_, (i64, i64, i64)>(
            "SELECT g.group_id,
                    COALESCE(SUM(g.status = 'approved' AND v.paused = 0), 0),
                    COALESCE(SUM(g.status = 'pending'), 0)
             FROM volunteers v JOIN volunteer_groups g ON g.person_id = v.person_id
             GROUP BY g.group_id",
        )
        .fetch_all(&self.pool)
        .await
        .context("while counting the groups' volunteers")?
        .into_iter()
        .map(|(g, a, p)| (g, (a, p)))
        .collect();
        let events: HashMap<i64, (i64, i64)> = sqlx::query_as::<_, (i64, i64, i64)>(
            "SELECT e.group_id, COUNT(DISTINCT e.id), COUNT(r.event_id)
             FROM events e LEFT JOIN rsvps r ON r.event_id = e.id AND r.going = 1
             WHERE e.starts_at >= ? AND e.starts_at < ?
             GROUP BY e.group_id",
        )
        .bind(from)
        .bind(to)
        .fetch_all(&self.pool)
        .await
        .context("while counting the groups' events")?
        .into_iter()
        .map(|(g, e, n)| (g, (e, n)))
        .collect();
        let mut report = Report::default();
        for (group, name) in groups {
            let key = group.get();
            let counts = counts.get(&key).copied().unwrap_or_default();
            let mut minutes = waits.remove(&key).unwrap_or_default();
            minutes.sort_unstable();
            let median = (!minutes.is_empty()).then(|| {
                let mid = minutes.len() / 2;
                if minutes.len() % 2 == 1 {
                    minutes[mid]
                } else {
                    (minutes[mid - 1] + minutes[mid]) / 2
                }
            });
            // The nearest rank: the smallest wait that nine in ten did not exceed.
            let p90 = (!minutes.is_empty())
                .then(|| minutes[(minutes.len() * 9).div_ceil(10).saturating_sub(1)]);
            let (active, pending) = volunteers.get(&key).copied().unwrap_or_default();
            let (events, going) = events.get(&key).copied().unwrap_or_default();
            let of_group = |all: &[(i64, String, i64)]| -> Vec<(String, i64)> {
                all.iter()
                    .filter(|(g, _, _)| *g == key)
                    .map(|(_, value, n)| (value.clone(), *n))
                    .collect()
            };
            report.groups.push(GroupReport {
                id: group,
                group: name,
                received: counts.0,
                claimed: counts.1,
                done: counts.2,
                cancelled: counts.3,
                median_claim_minutes: median,
                p90_claim_minutes: p90,
                // A language no longer spoken here still counts, under its own code's reading.
                by_language: of_group(&languages)
                    .iter()
                    .filter_map(|(l, n)| Some((Lang::try_from(l.as_str()).ok()?, *n)))
                    .collect(),
                by_category: of_group(&categories)
                    .iter()
                    .filter_map(|(c, n)| Some((Category::try_from(c.as_str()).ok()?, *n)))
                    .collect(),
                escalated: counts.4,
                still_unclaimed: counts.5,
                volunteers_active: active,
                volunteers_pending: pending,
                events_held: events,
                rsvps_going: going,
            });
        }
        let (asked, answered): (i64, i64) = sqlx::query_as(
            "SELECT COUNT(*), COALESCE(SUM(status = 'answered'), 0) FROM questions
             WHERE created_at >= ? AND created_at < ?",
        )
        .bind(from)
        .bind(to)
        .fetch_one(&self.pool)
        .await?;
        report.questions_asked = asked;
        report.questions_answered = answered;
        report.posters = self.poster_opens(from, to, lang).await?;
        Ok(report)
    }

    /// Every group's requests from `from` until `to`, counted by `column` (`r.lang` or
    /// `o.category`, never a person's words), most first within each group.
    async fn requests_by(
        &self,
        column: &'static str,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> anyhow::Result<Vec<(i64, String, i64)>> {
        sqlx::query_as(&format!(
            "SELECT o.group_id, {column}, COUNT(*) FROM requests r JOIN offers o ON o.id = r.offer_id
             WHERE r.created_at >= ? AND r.created_at < ?
             GROUP BY o.group_id, {column} ORDER BY o.group_id, COUNT(*) DESC, {column}"
        ))
        .bind(from)
        .bind(to)
        .fetch_all(&self.pool)
        .await
        .with_context(|| format!("while counting the groups' requests by {column}"))
    }

    /// First opens per poster from `from` until `to`, counted by the hour they fell in.
    async fn poster_opens(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        lang: Lang,
    ) -> anyhow::Result<Vec<PosterOpens>> {
        let rank = super::catalog::lang_rank();
        let rows: Vec<(i64, GroupId, String, String, i64)> = sqlx::query_as(&format!(
            "SELECT p.id, o.group_id,
                    (SELECT title FROM offer_texts t WHERE t.offer_id = o.id
                     ORDER BY {rank} LIMIT 1),
                    p.place, SUM(n.count)
             FROM poster_opens n JOIN posters p ON p.id = n.poster_id
             JOIN offers o ON o.id = p.offer_id
             WHERE n.hour >= ?2 AND n.hour < ?3
             GROUP BY p.id ORDER BY SUM(n.count) DESC, p.id"
        ))
        .bind(super::catalog::rank_key(lang))
        .bind(hour_of(from))
        .bind(hour_of(to))
        .fetch_all(&self.pool)
        .await
        .context("while counting posters' first opens")?;
        Ok(rows
            .into_iter()
            .map(|(poster, group, offer, place, opens)| PosterOpens {
                poster,
                group,
                offer,
                place,
                opens,
            })
            .collect())
    }

    /// The poster of an offer at a place, made the first time it is asked for.
    pub async fn poster_for(
        &self,
        offer: crate::domain::ids::OfferId,
        place: &str,
        now: DateTime<Utc>,
    ) -> anyhow::Result<i64> {
        sqlx::query_scalar(
            "INSERT INTO posters (offer_id, place, created_at) VALUES (?, ?, ?)
             ON CONFLICT (offer_id, place) DO UPDATE SET place = excluded.place
             RETURNING id",
        )
        .bind(offer.get())
        .bind(place)
        .bind(now)
        .fetch_one(&self.pool)
        .await
        .context("while naming a poster")
    }

    /// The poster of this offer at this place, if one was made: reading never makes one.
    pub async fn poster_at(
        &self,
        offer: crate::domain::ids::OfferId,
        place: &str,
    ) -> anyhow::Result<Option<i64>> {
        sqlx::query_scalar("SELECT id FROM posters WHERE offer_id = ? AND place = ?")
            .bind(offer.get())
            .bind(place)
            .fetch_optional(&self.pool)
            .await
            .context("while finding a poster")
    }

    /// Counts a first message to the bot that came from a poster's link; a link naming a
    /// poster that does not exist, or one of another offer, counts nothing.
    pub async fn count_poster_open(
        &self,
        poster: i64,
        offer: crate::domain::ids::OfferId,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        sqlx::query(
            "INSERT INTO poster_opens (poster_id, hour, count)
             SELECT id, ?, 1 FROM posters WHERE id = ? AND offer_id = ?
             ON CONFLICT (poster_id, hour) DO UPDATE SET count = count + 1",
        )
        .bind(hour_of(now))
        .bind(poster)
        .bind(offer.get())
        .execute(&self.pool)
        .await
        .context("while counting a poster's first open")?;
        Ok(())
    }
}

/// The hour a moment falls in, as poster counts are kept: `2026-12-03T14:00:00Z`. A quarter
/// starts at local midnight, which is a whole hour in UTC, so its counts are exactly its own.
fn hour_of(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:00:00Z").to_string()
}

impl Report {
    /// The report as CSV: one row per group, then a totals row for questions.
    pub fn to_csv(&self) -> String {
        let mut out = String::from(
            "group,requests_received,claimed,done,cancelled,median_minutes_to_claim,p90_minutes_to_claim,escalated,still_unclaimed,volunteers_active,volunteers_pending,events_held,rsvps_going,questions_asked,questions_answered,requests_by_language,requests_by_kind,poster_first_opens\n",
        );
        for g in &self.groups {
            // "ar 3; da 2": one field, so that every row has the same columns.
            let by_language: Vec<String> = g
                .by_language
                .iter()
                .map(|(l, n)| format!("{} {n}", l.code()))
                .collect();
            let by_kind: Vec<String> = g
                .by_category
                .iter()
                .map(|(c, n)| format!("{} {n}", c.code()))
                .collect();
            out.push_str(&format!(
                "{},{},{},{},{},{},{},{},{},{},{},{},{},,,{},{},{}\n",
                csv_field(&g.group),
                g.received,
                g.claimed,
                g.done,
                g.cancelled,
                g.median_claim_minutes
                    .map(|m| m.to_string())
                    .unwrap_or_default(),
                g.p90_claim_minutes
                    .map(|m| m.to_string())
                    .unwrap_or_default(),
                g.escalated,
                g.still_unclaimed,
                g.volunteers_active,
                g.volunteers_pending,
                g.events_held,
                g.rsvps_going,
                by_language.join("; "),
                by_kind.join("; "),
                self.posters
                    .iter()
                    .filter(|p| p.group == g.id)
                    .map(|p| p.opens)
                    .sum::<i64>(),
            ));
        }
        out.push_str(&format!(
            ",,,,,,,,,,,,,{},{},,,\n",
            self.questions_asked, self.questions_answered
        ));
        out
    }
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}
