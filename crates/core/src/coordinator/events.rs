//! Creating and changing events, step by step with a text per language, and reminding
//! those going.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};

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

/// Reads a time as a coordinator writes it, in Copenhagen: `2026-12-03 17:00` or
/// `03.12.2026 17:00`.
pub(crate) fn parse_local_time(text: &str, zone: chrono_tz::Tz) -> Option<DateTime<Utc>> {
    let text = text.trim();
    let naive = [
        "%Y-%m-%d %H:%M",
        // A browser's date and time field.
        "%Y-%m-%dT%H:%M",
        "%d.%m.%Y %H:%M",
        "%d.%m.%Y kl. %H:%M",
        "%d-%m-%Y %H:%M",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok())?;
    zone.from_local_datetime(&naive)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinators_write_times_as_in_copenhagen() {
        let zone = chrono_tz::Europe::Copenhagen;
        let expected = zone
            .with_ymd_and_hms(2026, 12, 3, 17, 0, 0)
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(parse_local_time("2026-12-03 17:00", zone), Some(expected));
        assert_eq!(parse_local_time("03.12.2026 17:00", zone), Some(expected));
        assert_eq!(parse_local_time("next thursday", zone), None);
    }
}
