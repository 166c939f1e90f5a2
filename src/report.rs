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
            let locales = Locales::load()?;
            let mut out = vec![format!("{from} – {to}")];
            out.extend(velkommen_core::coordinator::report_lines(
                &locales, lang, &report, true,
            ));
            out.join("\n\n") + "\n"
        }
    })
}
