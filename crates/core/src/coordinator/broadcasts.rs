//! Broadcasts: choosing the audience, a text per language with fallbacks, the preview, the
//! fan-out through the outbox and the delivery report.

use chrono::{DateTime, Utc};

use crate::action::{CoordinatorAction, NewcomerAction};
use crate::domain::ids::{BroadcastId, GroupId, JobId};
use crate::domain::lang::Lang;
use crate::domain::{Audience, Audited, BroadcastDraft, JobKind, Recipients};
use crate::engine::{Actor, Engine, Flow, OrRefuse, Refusal, State, Step};
use crate::message::{Button, Reply};

/// Longest broadcast or event text, in characters.
pub const MAX_ANNOUNCEMENT_CHARS: usize = 3000;

impl Engine {
    /// Asks for what the draft still lacks, or shows the preview.
    pub(crate) async fn broadcast_step(&self, actor: &Actor, draft: BroadcastDraft) -> Flow {
        let ui = self.ui(actor.lang);
        let cancel = vec![ui.cancel()];
        let roles = actor.roles.clone();
        let reply = if draft.audience.is_none() {
            ui.reply(
                ui.t("broadcast-audience"),
                ui.audience_rows(CoordinatorAction::BroadcastAudience, cancel),
            )
        } else if draft.group.is_none() {
            let mut buttons = vec![];
            if roles.is_staff() {
                buttons.push(vec![ui.button(
                    "broadcast-all-groups",
                    CoordinatorAction::BroadcastGroup(None),
                )]);
            }
            for (id, name) in self.my_groups(actor, &roles).await? {
                buttons.push(vec![Button::new(
                    name,
                    CoordinatorAction::BroadcastGroup(Some(id)),
                )]);
            }
            buttons.push(cancel);
            let asked = if roles.is_staff() {
                "broadcast-group"
            } else {
                "broadcast-group-own"
            };
            ui.reply(ui.t(asked), buttons)
        } else if draft.lang.is_none() {
            let mut buttons = vec![vec![ui.button(
                "broadcast-all-languages",
                CoordinatorAction::BroadcastLang(None),
            )]];
            buttons.extend(Lang::all().iter().map(|l| {
                vec![Button::new(
                    l.own_name().to_owned(),
                    CoordinatorAction::BroadcastLang(Some(*l)),
                )]
            }));
            buttons.push(cancel);
            ui.reply(ui.t("broadcast-language"), buttons)
        } else if let Some(lang) = draft.next_language() {
            self.write_prompt(actor, &draft, lang).await?
        } else {
            return self.broadcast_preview(actor, draft).await;
        };
        Ok(Step {
            replies: vec![reply],
            state: State::Broadcasting { draft },
        })
    }

    /// Asks for the text in `lang`, saying how many people the broadcast reaches.
    pub(crate) async fn write_prompt(
        &self,
        actor: &Actor,
        draft: &BroadcastDraft,
        lang: Lang,
    ) -> anyhow::Result<Reply> {
        let ui = self.ui(actor.lang);
        let count = self.count(actor, draft).await?;
        let language = ui.language(lang);
        let fallback = ui.list(
            &lang.chain()[1..]
                .iter()
                .map(|l| ui.language(*l))
                .collect::<Vec<_>>(),
        );
        Ok(ui.reply(
            ui.f(
                "broadcast-write",
                &[
                    ("language", (&language).into()),
                    ("count", count.into()),
                    ("fallback", (&fallback).into()),
                ],
            ),
            vec![
                vec![ui.button("broadcast-skip", CoordinatorAction::SkipText)],
                vec![ui.cancel()],
            ],
        ))
    }

    pub(crate) async fn count(&self, actor: &Actor, draft: &BroadcastDraft) -> anyhow::Result<i64> {
        let Some(Ok(recipients)) = draft.addressed().map(|a| self.recipients_for(actor, a)) else {
            return Ok(0);
        };
        Ok(self
            .store
            .count_recipients(&recipients)
            .await?
            .iter()
            .map(|(_, n)| n)
            .sum())
    }

    /// The message one language's readers get, with the event's buttons if it announces one.
    pub(crate) fn broadcast_message(&self, draft: &BroadcastDraft, lang: Lang) -> Option<Reply> {
        let (_, body) = draft.text_for(lang)?;
        let ui = self.ui(lang);
        let buttons = match draft.event {
            Some(event) => vec![
                vec![
                    ui.button("event-going", NewcomerAction::Rsvp(event, true)),
                    ui.button("event-not-going", NewcomerAction::Rsvp(event, false)),
                ],
                vec![ui.button("event-calendar", NewcomerAction::Calendar(event))],
            ],
            None => vec![],
        };
        Some(ui.reply(format!("📣 {body}"), buttons))
    }

    pub(crate) async fn broadcast_preview(&self, actor: &Actor, draft: BroadcastDraft) -> Flow {
        let ui = self.ui(actor.lang);
        let (Some(addressed), Some(first)) = (draft.addressed(), draft.next_language_from_start())
        else {
            return Ok(Step {
                replies: vec![self.main_menu(actor).await?],
                state: State::Menu,
            });
        };
        let recipients = self.recipients_for(actor, addressed)?;
        if Lang::all().into_iter().any(|l| draft.text_for(l).is_none()) {
            // Some readers' fallback chain reaches no text, and they would get nothing: ask
            // again.
            let draft = BroadcastDraft {
                texts: vec![],
                asked: vec![],
                ..draft
            };
            let prompt = self.write_prompt(actor, &draft, first).await?;
            return Ok(Step {
                replies: vec![prompt],
                state: State::Broadcasting { draft },
            }
            .prepend(ui.plain("broadcast-needs-text")));
        }
        let counts = self.store.count_recipients(&recipients).await?;
        let total: i64 = counts.iter().map(|(_, n)| n).sum();
        let mut replies = vec![ui.plain_with("broadcast-preview", &[("count", total.into())])];
        for (lang, count) in &counts {
            let Some(message) = self.broadcast_message(&draft, *lang) else {
                continue;
            };
            let language = ui.language(*lang);
            let (text_lang, _) = draft.text_for(*lang).expect("a message has a text");
            let header = if text_lang == *lang {
                ui.f(
                    "broadcast-preview-language",
                    &[("language", (&language).into()), ("count", (*count).into())],
                )
            } else {
                let fallback = ui.language(text_lang);
                ui.f(
                    "broadcast-preview-fallback",
                    &[
                        ("language", (&language).into()),
                        ("count", (*count).into()),
                        ("fallback", (&fallback).into()),
                    ],
                )
            };
            replies.push(Reply::text(*lang, format!("{header}\n\n{}", message.text)));
        }
        replies.push(ui.reply(
            ui.t("broadcast-confirm"),
            vec![
                vec![ui.button("broadcast-send", CoordinatorAction::BroadcastSend)],
                vec![ui.cancel()],
            ],
        ));
        Ok(Step {
            replies,
            state: State::Broadcasting { draft },
        })
    }

    pub(crate) async fn send_broadcast(&self, actor: &Actor, draft: BroadcastDraft) -> Flow {
        let id = self.send_broadcast_now(actor, draft, None).await?;
        Ok(self
            .broadcast_report(actor, id)
            .await?
            .prepend(self.ui(actor.lang).plain("broadcast-sent")))
    }

    /// Who an announcement reaches, from its sender's rights at the moment of sending: staff
    /// reach everyone it names; a group's coordinator only their own group's volunteers and
    /// the newcomers who asked for its offers or answered its events, and never "every
    /// group". Every way of reaching people (a broadcast in chat or on the page, an event's
    /// announcement, a scheduled copy at its time) asks here, so no path forgets a check.
    pub(crate) fn recipients_for(
        &self,
        sender: &Actor,
        (audience, group, lang): (Audience, Option<GroupId>, Option<Lang>),
    ) -> Result<Recipients, Refusal> {
        let roles = &sender.roles;
        if roles.is_staff() {
            return Ok(Recipients {
                audience,
                group,
                lang,
                newcomers_of_group: false,
            });
        }
        match group {
            Some(group) if roles.coordinates(group) => Ok(Recipients {
                audience,
                group: Some(group),
                lang,
                newcomers_of_group: true,
            }),
            _ => Err(Refusal::NotAllowed),
        }
    }

    /// Queues a copy for every recipient, in their language, to go out now or at `send_at`,
    /// and notes who sent it.
    pub(crate) async fn send_broadcast_now(
        &self,
        actor: &Actor,
        draft: BroadcastDraft,
        send_at: Option<DateTime<Utc>>,
    ) -> Flow<BroadcastId> {
        let addressed = draft.addressed().or_refuse(Refusal::Expired)?;
        let recipients = self.recipients_for(actor, addressed)?;
        let messages: Vec<(Lang, Reply)> = Lang::all()
            .into_iter()
            .filter_map(|lang| Some((lang, self.broadcast_message(&draft, lang)?)))
            .collect();
        let id = self
            .store
            .send_broadcast_at(
                actor.id,
                &recipients,
                &messages,
                draft.event,
                self.now(),
                send_at,
            )
            .await?;
        // A copy for later waits for its recipients to be checked again at its time.
        if let Some(at) = send_at.filter(|at| *at > self.now()) {
            let mut tx = self.store.begin().await?;
            tx.schedule(JobKind::RecheckBroadcast, id.get(), at).await?;
            tx.commit().await?;
        }
        self.store
            .audit(actor.id, Audited::Broadcast, id.get(), self.now())
            .await?;
        Ok(id)
    }

    /// A scheduled announcement at its time: its sender's rights and its recipients are
    /// checked again, and the copies of anyone it no longer reaches are withdrawn; then the
    /// rest may go. A sender who may no longer announce withdraws every copy.
    pub(crate) async fn recheck_broadcast(
        &self,
        job: JobId,
        id: BroadcastId,
    ) -> anyhow::Result<()> {
        let now = self.now();
        let held = self.store.held_broadcast(id).await?;
        let recipients = match held {
            Some((Some(sender), addressed)) => match self.store.person(sender).await? {
                Some(person) => {
                    let sender = self.actor(person).await?;
                    self.recipients_for(&sender, addressed).ok()
                }
                None => None,
            },
            Some((None, _)) | None => None,
        };
        let mut tx = self.store.begin().await?;
        tx.finish_job(job, now).await?;
        tx.recheck_broadcast(id, recipients.as_ref(), now).await?;
        tx.commit().await
    }

    pub(crate) async fn broadcast_report(&self, actor: &Actor, id: BroadcastId) -> Flow {
        let ui = self.ui(actor.lang);
        let Some(report) = self.store.broadcast_report(id).await? else {
            return Err(Refusal::Expired.into());
        };
        let mut lines = vec![ui.f("report-title", &[("id", id.get().into())])];
        let status_name = |s: &str| ui.t(&format!("delivery-{s}"));
        let mut pending = false;
        for (platform, lang, status, count) in &report.rows {
            pending |= status == "pending";
            let platform = ui.t(&format!("platform-{platform}"));
            let language = match Lang::try_from(lang.as_str()) {
                Ok(lang) => ui.language(lang),
                Err(_) => lang.to_string(),
            };
            lines.push(format!(
                "• {platform} · {language} · {}: {count}",
                status_name(status)
            ));
        }
        if report.no_address > 0 {
            lines.push(ui.f("report-no-address", &[("count", report.no_address.into())]));
        }
        if report.cancelled {
            lines.push(ui.t("report-cancelled"));
        }
        let mut buttons =
            vec![vec![ui.button(
                "report-refresh",
                CoordinatorAction::BroadcastReport(id),
            )]];
        if pending && !report.cancelled {
            buttons.push(vec![
                ui.button("broadcast-cancel", CoordinatorAction::CancelBroadcast(id)),
            ]);
        }
        buttons.push(self.ui(actor.lang).nav());
        Ok(Step {
            replies: vec![ui.reply(lines.join("\n"), buttons)],
            state: State::Menu,
        })
    }
}
