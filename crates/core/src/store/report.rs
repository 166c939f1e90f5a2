//! The quarterly report: per group, what happened to requests, volunteers and events.

use anyhow::Context;
use chrono::{DateTime, Utc};

use super::Store;
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
    pub escalated: i64,
    pub still_unclaimed: i64,
    pub volunteers_active: i64,
    pub volunteers_pending: i64,
    pub events_held: i64,
    pub rsvps_going: i64,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    pub groups: Vec<GroupReport>,
    pub questions_asked: i64,
    pub questions_answered: i64,
}

impl Store {
    /// What happened from `from` until (not including) `to`, per group, named in `lang`.
    pub async fn report(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        lang: Lang,
    ) -> anyhow::Result<Report> {
        let groups = self.groups(lang).await?;
        let mut report = Report::default();
        for (group, name) in groups {
            let counts: (i64, i64, i64, i64, i64, i64) = sqlx::query_as(
                "SELECT COUNT(*),
                        COALESCE(SUM(r.claimed_at IS NOT NULL), 0),
                        COALESCE(SUM(r.status = 'done'), 0),
                        COALESCE(SUM(r.status = 'cancelled'), 0),
                        COALESCE(SUM(r.escalated_at IS NOT NULL), 0),
                        COALESCE(SUM(r.status = 'open'), 0)
                 FROM requests r JOIN offers o ON o.id = r.offer_id
                 WHERE o.group_id = ? AND r.created_at >= ? AND r.created_at < ?",
            )
            .bind(group.get())
            .bind(from)
            .bind(to)
            .fetch_one(&self.pool)
            .await
            .context("while counting a group's requests")?;
            let waits: Vec<(DateTime<Utc>, DateTime<Utc>)> = sqlx::query_as(
                "SELECT r.created_at, r.claimed_at FROM requests r JOIN offers o ON o.id = r.offer_id
                 WHERE o.group_id = ? AND r.created_at >= ? AND r.created_at < ?
                   AND r.claimed_at IS NOT NULL",
            )
            .bind(group.get())
            .bind(from)
            .bind(to)
            .fetch_all(&self.pool)
            .await?;
            let mut minutes: Vec<i64> =
                waits.iter().map(|(a, b)| (*b - *a).num_minutes()).collect();
            minutes.sort_unstable();
            let median = (!minutes.is_empty()).then(|| {
                let mid = minutes.len() / 2;
                if minutes.len() % 2 == 1 {
                    minutes[mid]
                } else {
                    (minutes[mid - 1] + minutes[mid]) / 2
                }
            });
            let (active, pending): (i64, i64) = sqlx::query_as(
                "SELECT COALESCE(SUM(g.status = 'approved' AND v.paused = 0), 0),
                        COALESCE(SUM(g.status = 'pending'), 0)
                 FROM volunteers v JOIN volunteer_groups g ON g.person_id = v.person_id
                 WHERE g.group_id = ?",
            )
            .bind(group.get())
            .fetch_one(&self.pool)
            .await?;
            let (events, going): (i64, i64) = sqlx::query_as(
                "SELECT COUNT(*), COALESCE(SUM((SELECT COUNT(*) FROM rsvps r WHERE r.event_id = e.id AND r.going = 1)), 0)
                 FROM events e WHERE e.group_id = ? AND e.starts_at >= ? AND e.starts_at < ?",
            )
            .bind(group.get())
            .bind(from)
            .bind(to)
            .fetch_one(&self.pool)
            .await?;
            report.groups.push(GroupReport {
                id: group,
                group: name,
                received: counts.0,
                claimed: counts.1,
                done: counts.2,
                cancelled: counts.3,
                median_claim_minutes: median,
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
        Ok(report)
    }
}

impl Report {
    /// The report as CSV: one row per group, then a totals row for questions.
    pub fn to_csv(&self) -> String {
        let mut out = String::from(
            "group,requests_received,claimed,done,cancelled,median_minutes_to_claim,escalated,still_unclaimed,volunteers_active,volunteers_pending,events_held,rsvps_going,questions_asked,questions_answered\n",
        );
        for g in &self.groups {
            out.push_str(&format!(
                "{},{},{},{},{},{},{},{},{},{},{},{},,\n",
                csv_field(&g.group),
                g.received,
                g.claimed,
                g.done,
                g.cancelled,
                g.median_claim_minutes
                    .map(|m| m.to_string())
                    .unwrap_or_default(),
                g.escalated,
                g.still_unclaimed,
                g.volunteers_active,
                g.volunteers_pending,
                g.events_held,
                g.rsvps_going,
            ));
        }
        out.push_str(&format!(
            ",,,,,,,,,,,,{},{}\n",
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
