//! Creating and changing events, step by step with a text per language, and reminding
//! those going.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use chrono::{DateTime, TimeZone, Utc};

use crate::action::{CoordinatorAction, NewcomerAction};
use crate::domain::ids::{EventId, JobId, PersonId};
use crate::domain::lang::Lang;
use crate::domain::{Audited, EventDraft, JobKind};
use crate::engine::{Actor, Engine, Flow, OrRefuse, Refusal, State, Step, allow};
use crate::message::{Button, Reply};
use crate::store::EventView;

impl Engine {
    pub(crate) async fn event_step(&self, actor: &Actor, draft: EventDraft) -> Flow {
        let ui = self.ui(actor.lang);
        let cancel = vec![ui.cancel()];
        let roles = actor.roles.clone();
        let reply = if draft.group.is_none() {
            let mut buttons: Vec<Vec<Button>> = self
                .my_groups(actor, &roles)
                .await?
                .into_iter()
                .map(|(id, name)| vec![Button::new(name, CoordinatorAction::EventGroup(id))])
                .collect();
            buttons.push(cancel);
            ui.reply(ui.t("event-group"), buttons)
        } else if draft.audience.is_none() {
            ui.reply(
                ui.t("event-audience"),
                ui.audience_rows(CoordinatorAction::EventAudience, cancel),
            )
        } else if draft.starts_at.is_none() {
            ui.reply(ui.t("event-time"), vec![cancel])
        } else if draft.place.is_none() {
            ui.reply(ui.t("event-place"), vec![cancel])
        } else if let Some(lang) = draft.next_language() {
            let language = ui.language(lang);
            match &draft.title {
                None => ui.reply(
                    ui.f("event-title", &[("language", (&language).into())]),
                    vec![
                        vec![ui.button("broadcast-skip", CoordinatorAction::SkipText)],
                        cancel,
                    ],
                ),
                Some(_) => ui.reply(
                    ui.f("event-description", &[("language", (&language).into())]),
                    vec![cancel],
                ),
            }
        } else if draft.texts.is_empty() {
            // Every language was left empty: ask for the first title again.
            let draft = EventDraft {
                asked: vec![],
                ..draft
            };
            let language = ui.language(Lang::all()[0]);
            let prompt = ui.reply(
                ui.f("event-title", &[("language", (&language).into())]),
                vec![
                    vec![ui.button("broadcast-skip", CoordinatorAction::SkipText)],
                    cancel,
                ],
            );
            return Ok(Step {
                replies: vec![prompt],
                state: State::CreatingEvent { draft },
            }
            .prepend(ui.plain("broadcast-needs-text")));
        } else {
            let Some(event) = draft.as_new_event() else {
                return Ok(Step {
                    replies: vec![self.main_menu(actor).await?],
                    state: State::Menu,
                });
            };
            let (_, title, description) = event
                .texts
                .iter()
                .find(|(l, _, _)| *l == actor.lang)
                .unwrap_or(&event.texts[0]);
            let preview = EventView {
                id: EventId::PREVIEW,
                group: event.group,
                audience: event.audience,
                title: title.clone(),
                description: description.clone(),
                starts_at: event.starts_at,
                place: event.place.to_owned(),
                remind_hours: event.remind_hours,
            };
            ui.reply(
                format!(
                    "{}\n\n{}",
                    ui.t("event-check"),
                    self.event_text(actor.lang, &preview)
                ),
                vec![
                    vec![ui.button("event-create", CoordinatorAction::EventCreate)],
                    cancel,
                ],
            )
        };
        Ok(Step {
            replies: vec![reply],
            state: State::CreatingEvent { draft },
        })
    }

    pub(crate) async fn create_event(&self, actor: &Actor, draft: EventDraft) -> Flow {
        let Some(id) = self.create_event_now(actor, &draft).await? else {
            return Ok(Step {
                replies: vec![self.main_menu(actor).await?],
                state: State::Menu,
            });
        };
        let ui = self.ui(actor.lang);
        Ok(Step {
            replies: vec![ui.reply(
                ui.t("event-created"),
                vec![
                    vec![ui.button("event-announce", CoordinatorAction::AnnounceEvent(id))],
                    self.ui(actor.lang).nav(),
                ],
            )],
            state: State::Menu,
        })
    }

    /// Stores a complete event of a group the actor coordinates, with its reminder (a day
    /// before unless chosen otherwise); `None` while the draft lacks something.
    pub(crate) async fn create_event_now(
        &self,
        actor: &Actor,
        draft: &EventDraft,
    ) -> Flow<Option<EventId>> {
        let Some(event) = draft.as_new_event() else {
            return Ok(None);
        };
        allow(actor.roles.coordinates(event.group), Refusal::NotAllowed)?;
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let id = tx.create_event(&event, actor.id, now).await?;
        tx.audit(actor.id, Audited::CreateEvent, id.get(), now)
            .await?;
        if let Some(at) = event.reminder_at().filter(|at| *at > now) {
            tx.schedule(JobKind::Remind, id.get(), at).await?;
        }
        tx.commit().await?;
        Ok(Some(id))
    }

    /// Reminds those going to an event, in their languages; runs from the job the event made.
    pub(crate) async fn remind(&self, job: JobId, event: EventId) -> anyhow::Result<()> {
        let now = self.now();
        let messages = self.to_those_going(event, "event-reminder").await?;
        let at = self.settings.routing.quiet.next_allowed(now);
        let mut tx = self.store.begin().await?;
        tx.finish_job(job, now).await?;
        for (person, message) in &messages {
            tx.enqueue_bulk(*person, message, at, now).await?;
        }
        tx.commit().await
    }

    /// A message to each person going to an event, in their language: `intro`, then the
    /// event, with the button to say they no longer come.
    async fn to_those_going(
        &self,
        event: EventId,
        intro: &str,
    ) -> anyhow::Result<Vec<(PersonId, Reply)>> {
        let going = self.store.going_people(event).await?;
        // The event once per language, not once per person going.
        let mut texts = HashMap::new();
        let mut messages = vec![];
        for (person, lang) in going {
            if let Entry::Vacant(slot) = texts.entry(lang) {
                slot.insert(self.store.event(event, lang).await?);
            }
            if let Some(e) = &texts[&lang] {
                let ui = self.ui(lang);
                let text = format!("{}\n\n{}", ui.t(intro), self.event_text(lang, e));
                messages.push((
                    person,
                    ui.reply(
                        text,
                        vec![vec![ui.button(
                            "event-not-going",
                            NewcomerAction::Rsvp(event, false),
                        )]],
                    ),
                ));
            }
        }
        Ok(messages)
    }

    /// Changes an event of a group the actor coordinates: its time, place, texts and
    /// reminder. Those going are told when the time or the place changed, and the reminder
    /// moves with the time.
    pub(crate) async fn update_event(
        &self,
        actor: &Actor,
        id: EventId,
        draft: &EventDraft,
    ) -> Flow<()> {
        let Some(event) = draft.as_new_event() else {
            return Err(Refusal::Expired.into());
        };
        let before = self
            .store
            .event(id, actor.lang)
            .await?
            .or_refuse(Refusal::NotFound)?;
        allow(actor.roles.coordinates(before.group), Refusal::NotAllowed)?;
        let now = self.now();
        let mut tx = self.store.begin().await?;
        tx.update_event(id, &event).await?;
        // A reminder whose time has passed (sent, or too late now) is not sent again.
        match event.reminder_at() {
            Some(at) if at > now => tx.schedule(JobKind::Remind, id.get(), at).await?,
            _ => tx.cancel_job(JobKind::Remind, id.get(), now).await?,
        }
        tx.audit(actor.id, Audited::EditEvent, id.get(), now)
            .await?;
        tx.commit().await?;
        if before.starts_at != event.starts_at || before.place != event.place {
            let messages = self.to_those_going(id, "event-changed").await?;
            let at = self.settings.routing.quiet.next_allowed(now);
            let mut tx = self.store.begin().await?;
            for (person, message) in &messages {
                tx.enqueue_bulk(*person, message, at, now).await?;
            }
            tx.commit().await?;
        }
        Ok(())
    }
}

/// Why a typed time was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeProblem {
    /// Not a day and time in any form the language's `language.toml` knows.
    Unreadable,
    /// A day and time that has already passed.
    Passed,
}

/// Reads a day and time as a coordinator types it in their language (the forms of its
/// `language.toml`, and a browser's `2026-12-03T17:00`), on the municipality's clock, and
/// takes it only if it is still to come.
pub(crate) fn parse_local_time(
    lang: Lang,
    text: &str,
    zone: chrono_tz::Tz,
    now: DateTime<Utc>,
) -> Result<DateTime<Utc>, TimeProblem> {
    let today = now.with_timezone(&zone).date_naive();
    let naive = lang
        .read_date_time(text, today)
        .ok_or(TimeProblem::Unreadable)?;
    let at = zone
        .from_local_datetime(&naive)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .ok_or(TimeProblem::Unreadable)?;
    match at > now {
        true => Ok(at),
        false => Err(TimeProblem::Passed),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinators_write_times_as_people_of_their_language_type_them() {
        let zone = chrono_tz::Europe::Copenhagen;
        let now = zone
            .with_ymd_and_hms(2026, 12, 1, 9, 0, 0)
            .unwrap()
            .with_timezone(&Utc);
        let expected = zone
            .with_ymd_and_hms(2026, 12, 17, 14, 0, 0)
            .unwrap()
            .with_timezone(&Utc);
        let read = |lang: &str, text: &str| parse_local_time(Lang::of(lang), text, zone, now);
        for (lang, text) in [
            ("da", "2026-12-17 14:00"),
            ("da", "2026-12-17T14:00"),
            ("da", "17.12.2026 kl. 14.00"),
            ("da", "17.12.2026 14:00"),
            ("da", "17/12 14:00"),
            ("da", "17. december kl. 14"),
            ("da", "17. dec. kl. 14.00"),
            ("da", "17 dec kl. 14"),
            ("da", "d. 17/12-2026 kl 14"),
            ("da", "den 17. december kl. 14.00"),
            ("da", "17.12 14.00"),
            ("ar", "17/12/2026، الساعة 14:00"),
            ("uk", "17.12.2026 о 14:00"),
            ("prs", "17 دسمبر، ساعت 14:00"),
            ("prs", "17 دسمبر ساعت 14:00"),
            ("en", "17 December at 14:00"),
            ("en", "17/12/2026 14:00"),
            ("uk", "17 грудня о 14:00"),
            ("uk", "17.12 о 14:00"),
            ("ar", "١٧/١٢/٢٠٢٦ ١٤:٠٠"),
            ("ar", "17 ديسمبر الساعة 14"),
            ("ar", "17 كانون الأول الساعة 14:00"),
            ("prs", "۱۷/۱۲ ۱۴:۰۰"),
            ("prs", "17 دسمبر ساعت 14:00"),
        ] {
            assert_eq!(read(lang, text), Ok(expected), "{lang}: {text}");
        }
        // No year: the next such day, so a day already gone this year is next year's.
        assert_eq!(
            read("da", "3/1 10:00"),
            Ok(zone
                .with_ymd_and_hms(2027, 1, 3, 10, 0, 0)
                .unwrap()
                .with_timezone(&Utc))
        );
        assert_eq!(
            read("ar", "3 أيار 2027 الساعة 10:00"),
            Ok(zone
                .with_ymd_and_hms(2027, 5, 3, 10, 0, 0)
                .unwrap()
                .with_timezone(&Utc))
        );
        assert_eq!(read("da", "next thursday"), Err(TimeProblem::Unreadable));
        assert_eq!(read("da", "31.02.2026 10:00"), Err(TimeProblem::Unreadable));
        assert_eq!(read("da", "30.11.2026 10:00"), Err(TimeProblem::Passed));
    }
}
