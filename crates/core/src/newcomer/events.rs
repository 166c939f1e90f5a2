//! Coming events as newcomers and volunteers see them: the list, one event, going or not,
//! and a calendar file made when asked.

use chrono::{DateTime, Duration, Utc};

use crate::action::NewcomerAction;
use crate::domain::Consent;
use crate::domain::ids::EventId;
use crate::domain::lang::Lang;
use crate::engine::{Actor, Engine, Flow, OrRefuse, Refusal, State, Step, allow};
use crate::message::{Attachment, AttachmentKind, Button};
use crate::store::EventView;

impl Engine {
    pub(super) async fn upcoming(&self, actor: &Actor) -> Flow {
        let ui = self.ui(actor.lang);
        let events = self
            .store
            .upcoming_events(actor.id, actor.lang, self.now())
            .await?;
        if events.is_empty() {
            return Ok(self.menu_after(actor, ui.plain("events-none")).await?);
        }
        let mut buttons: Vec<Vec<Button>> = events
            .iter()
            .map(|e| vec![self.event_button(e, actor.lang, NewcomerAction::ShowEvent(e.id))])
            .collect();
        buttons.push(ui.nav());
        Ok(Step::one(
            ui.reply(ui.t("events-upcoming"), buttons),
            State::Menu,
        ))
    }

    /// An event the person may see, in their language.
    async fn visible_event(
        &self,
        actor: &Actor,
        id: EventId,
    ) -> Result<EventView, crate::engine::Problem> {
        allow(
            self.store.may_see_event(actor.id, id).await?,
            Refusal::NotAllowed,
        )?;
        Ok(self
            .store
            .event(id, actor.lang)
            .await?
            .or_refuse(Refusal::NotFound)?)
    }

    pub(super) async fn show_event(&self, actor: &Actor, id: EventId) -> Flow {
        let ui = self.ui(actor.lang);
        let event = self.visible_event(actor, id).await?;
        Ok(Step::one(
            ui.reply(
                self.event_text(actor.lang, &event),
                vec![
                    vec![
                        ui.button("event-going", NewcomerAction::Rsvp(id, true)),
                        ui.button("event-not-going", NewcomerAction::Rsvp(id, false)),
                    ],
                    vec![ui.button("event-calendar", NewcomerAction::Calendar(id))],
                    ui.nav(),
                ],
            ),
            State::Menu,
        ))
    }

    pub(super) async fn rsvp(&self, actor: &Actor, id: EventId, going: bool) -> Flow {
        let ui = self.ui(actor.lang);
        allow(actor.consent == Consent::Agreed, Refusal::NeedsConsent)?;
        let event = self.visible_event(actor, id).await?;
        allow(event.starts_at >= self.now(), Refusal::Expired)?;
        self.store.set_rsvp(id, actor.id, going, self.now()).await?;
        // Only promise a reminder the event has.
        let said = match (going, event.remind_hours) {
            (true, 0) => "event-going-noted-no-reminder",
            (true, _) => "event-going-noted",
            (false, _) => "event-not-going-noted",
        };
        Ok(self
            .menu_after(
                actor,
                ui.plain_with(said, &[("title", (&event.title).into())]),
            )
            .await?)
    }

    /// The event as an .ics calendar file.
    pub(super) async fn calendar(&self, actor: &Actor, id: EventId) -> Flow {
        let event = self.visible_event(actor, id).await?;
        let ics = ics(&event, self.now());
        let name = format!("velkommen-{id}.ics");
        let ui = self.ui(actor.lang);
        let mut reply = ui.reply(
            ui.f("event-calendar-file", &[("title", (&event.title).into())]),
            vec![ui.nav()],
        );
        reply.attachment = Some(Attachment {
            kind: AttachmentKind::Document,
            file_id: None,
            inline: Some(ics.into_bytes()),
            file_name: name,
            mime: "text/calendar".into(),
            native: None,
        });
        Ok(Step::one(reply, State::Menu))
    }

    /// An event as text: title, time in Copenhagen, place and description.
    pub(crate) fn event_text(&self, lang: Lang, event: &EventView) -> String {
        let ui = self.ui(lang);
        ui.f(
            "event-text",
            &[
                ("title", (&event.title).into()),
                ("when", (&self.local_time(event.starts_at, lang)).into()),
                ("place", (&event.place).into()),
                ("description", (&event.description).into()),
            ],
        )
    }

    /// One event in a list: its title first, then a short day and time ("Juleafslutning ·
    /// tors. 17. dec. kl. 14.00"), the year only when it is not this year.
    pub(crate) fn event_button(
        &self,
        event: &EventView,
        lang: Lang,
        action: impl Into<crate::action::Action>,
    ) -> Button {
        Button::new(
            format!(
                "📅 {} · {}",
                event.title,
                self.short_time(event.starts_at, lang)
            ),
            action,
        )
    }

    /// A time as people in Copenhagen read it, in the language's date order.
    pub(crate) fn local_time(&self, at: DateTime<Utc>, lang: Lang) -> String {
        lang.date_time(&at.with_timezone(&self.settings.routing.quiet.zone))
    }

    /// A short day and time in Copenhagen, for a button or a line of a list.
    pub(crate) fn short_time(&self, at: DateTime<Utc>, lang: Lang) -> String {
        let zone = self.settings.routing.quiet.zone;
        lang.short_date_time(&at.with_timezone(&zone), &self.now().with_timezone(&zone))
    }

    /// A short day in Copenhagen, without the time.
    pub(crate) fn short_day(&self, at: DateTime<Utc>, lang: Lang) -> String {
        let zone = self.settings.routing.quiet.zone;
        lang.short_date(&at.with_timezone(&zone), &self.now().with_timezone(&zone))
    }
}

/// An iCalendar file for one event, two hours long.
fn ics(event: &EventView, now: DateTime<Utc>) -> String {
    let stamp = |t: DateTime<Utc>| t.format("%Y%m%dT%H%M%SZ").to_string();
    let escape = |s: &str| {
        s.replace('\\', "\\\\")
            .replace(';', "\\;")
            .replace(',', "\\,")
            .replace('\n', "\\n")
    };
    [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Velkommen//Events//EN".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:event-{}@velkommen", event.id),
        format!("DTSTAMP:{}", stamp(now)),
        format!("DTSTART:{}", stamp(event.starts_at)),
        format!("DTEND:{}", stamp(event.starts_at + Duration::hours(2))),
        format!("SUMMARY:{}", escape(&event.title)),
        format!("LOCATION:{}", escape(&event.place)),
        format!("DESCRIPTION:{}", escape(&event.description)),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
        String::new(),
    ]
    .join("\r\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Audience;
    use crate::domain::ids::GroupId;
    use chrono::TimeZone;

    #[test]
    fn a_calendar_file_escapes_its_texts() {
        let event = EventView {
            id: EventId::try_from(7).unwrap(),
            group: GroupId::try_from(1).unwrap(),
            audience: Audience::Both,
            title: "Dialogmøde; kaffe, kage".into(),
            description: "Linje 1\nLinje 2".into(),
            starts_at: Utc.with_ymd_and_hms(2026, 12, 3, 16, 0, 0).unwrap(),
            place: "Ballerup Bibliotek".into(),
            remind_hours: 24,
        };
        let file = ics(
            &event,
            Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap(),
        );
        assert!(file.contains("SUMMARY:Dialogmøde\\; kaffe\\, kage\r\n"));
        assert!(file.contains("DTSTART:20261203T160000Z\r\n"));
        assert!(file.contains("DESCRIPTION:Linje 1\\nLinje 2\r\n"));
        assert!(file.starts_with("BEGIN:VCALENDAR\r\n") && file.ends_with("END:VCALENDAR\r\n"));
    }
}
