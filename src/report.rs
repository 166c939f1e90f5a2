//! `velkommen report`: the quarterly numbers per group, as text or CSV.

use anyhow::Context;
use velkommen_core::chrono::{self, NaiveDate, TimeZone, Utc};
use velkommen_core::{Lang, Locales, Store};

/// How the report is printed.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Text,
    Csv,
}

/// Prints what happened from the start of `from` to the end of `to` (both dates included,
/// Copenhagen days).
pub async fn print(
    store: &Store,
    from: NaiveDate,
    to: NaiveDate,
    format: Format,
    lang: Lang,
) -> anyhow::Result<String> {
    if to < from {
        anyhow::bail!("--to {to} comes before --from {from}");
    }
    let zone = velkommen_core::chrono_tz::Europe::Copenhagen;
    let start = |day: NaiveDate| {
        zone.from_local_datetime(&day.and_hms_opt(0, 0, 0).expect("midnight"))
            .earliest()
            .map(|t| t.with_timezone(&Utc))
            .context("a day without a midnight")
    };
    let report = store
        .report(start(from)?, start(to + chrono::Duration::days(1))?, lang)
        .await?;
    Ok(match format {
        Format::Csv => report.to_csv(),
        Format::Text => {
            let locales = Locales::embedded()?;
            let mut out = vec![format!("{from} – {to}")];
            for g in &report.groups {
                let hours = g
                    .median_claim_minutes
                    .map_or_else(|| "–".to_owned(), |m| format!("{:.1}", m as f64 / 60.0));
                out.push(locales.format(
                    lang,
                    "summary-group",
                    &[
                        ("group", (&g.group).into()),
                        ("received", g.received.into()),
                        ("claimed", g.claimed.into()),
                        ("done", g.done.into()),
                        ("cancelled", g.cancelled.into()),
                        ("hours", (&hours).into()),
                        ("escalated", g.escalated.into()),
                        ("open", g.still_unclaimed.into()),
                        ("active", g.volunteers_active.into()),
                        ("pending", g.volunteers_pending.into()),
                        ("events", g.events_held.into()),
                        ("going", g.rsvps_going.into()),
                    ],
                ));
            }
            out.push(locales.format(
                lang,
                "summary-questions",
                &[
                    ("asked", report.questions_asked.into()),
                    ("answered", report.questions_answered.into()),
                ],
            ));
            out.join("\n\n") + "\n"
        }
    })
}
