//! The quarterly numbers, as the chat's summary and `velkommen report` both word them.

use crate::domain::lang::Lang;
use crate::i18n::Locales;
use crate::store::Report;

/// The quarterly numbers as text in `lang`: one paragraph per group, then the questions. The
/// chat's summary and `velkommen report` both read this way.
/// The questions are the municipality's: only staff's summary and the operator's report carry
/// them.
pub fn report_lines(
    locales: &Locales,
    lang: Lang,
    report: &Report,
    with_questions: bool,
) -> Vec<String> {
    let mut lines = vec![];
    for g in &report.groups {
        let hours = match g.median_claim_minutes {
            Some(minutes) => {
                let hours = lang.decimal(minutes as f64 / 60.0, 1);
                locales.format(lang, "summary-hours", &[("hours", (&hours).into())])
            }
            None => locales.text(lang, "summary-no-hours"),
        };
        lines.push(locales.format(
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
    if !with_questions {
        return lines;
    }
    if !with_questions {
        return lines;
    }
    lines.push(locales.format(
        lang,
        "summary-questions",
        &[
            ("asked", report.questions_asked.into()),
            ("answered", report.questions_answered.into()),
        ],
    ));
    lines
}
