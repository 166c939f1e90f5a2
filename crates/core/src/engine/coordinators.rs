//! Coordinators' work: broadcasts with fallbacks, previews and delivery reports; events with
//! RSVPs, reminders and calendar files; answering questions; keeping offers correct; and the
//! quarterly summary.

use chrono::{DateTime, Duration, NaiveDateTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use crate::action::Action;
use crate::ids::{GroupId, QuestionId};
use crate::lang::Lang;
use crate::message::{Attachment, AttachmentKind, Button, Reply};
use crate::roles::{Coordinates, Roles};
use crate::store::{Audience, EventView, JobKind, NewEvent, OfferField, Person, Recipients};

use super::state::State;
use super::text::{self, TextError};
use super::{Engine, Step};

/// Longest broadcast or event text, in characters.
pub const MAX_ANNOUNCEMENT_CHARS: usize = 3000;

/// What a coordinator has said so far about a broadcast.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BroadcastDraft {
    pub audience: Option<Audience>,
    /// Asked only when volunteers are in the audience.
    pub group: Option<AllOr<GroupId>>,
    pub lang: Option<AllOr<Lang>>,
    pub texts: Vec<(Lang, String)>,
    /// Languages already asked for, written or left empty.
    pub asked: Vec<Lang>,
    /// The event this announces, whose texts and buttons it carries.
    pub event: Option<i64>,
}

/// A choice of every group or language, or of one. (A nested `Option` would not survive
/// being stored as JSON: `Some(None)` comes back as `None`.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AllOr<T> {
    All,
    One(T),
}

impl<T: Copy> AllOr<T> {
    fn one(self) -> Option<T> {
        match self {
            AllOr::All => None,
            AllOr::One(t) => Some(t),
        }
    }

    fn from_option(option: Option<T>) -> Self {
        option.map_or(AllOr::All, AllOr::One)
    }
}

/// What a coordinator has said so far about a new event.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDraft {
    pub group: Option<GroupId>,
    pub audience: Option<Audience>,
    pub starts_at: Option<DateTime<Utc>>,
    pub place: Option<String>,
    /// (language, title, description)
    pub texts: Vec<(Lang, String, String)>,
    /// A title written, waiting for its description.
    pub title: Option<(Lang, String)>,
    pub asked: Vec<Lang>,
}

impl BroadcastDraft {
    /// The first language asked for, when the texts are asked for again.
    fn next_language_from_start(&self) -> Option<Lang> {
        BroadcastDraft {
            asked: vec![],
            ..self.clone()
        }
        .next_language()
    }

    fn next_language(&self) -> Option<Lang> {
        let wanted: Vec<Lang> = match self.lang {
            Some(AllOr::One(lang)) => vec![lang],
            _ => Lang::ALL.to_vec(),
        };
        wanted.into_iter().find(|l| !self.asked.contains(l))
    }

    fn recipients(&self) -> Option<Recipients> {
        Some(Recipients {
            audience: self.audience?,
            group: self.group.and_then(AllOr::one),
            lang: self.lang?.one(),
        })
    }

    /// The text readers of `lang` get, and the language it is in: their own, else Danish,
    /// else English.
    fn text_for(&self, lang: Lang) -> Option<(Lang, &str)> {
        std::iter::once(lang).chain(Lang::FALLBACK).find_map(|l| {
            self.texts
                .iter()
                .find(|(t, _)| *t == l)
                .map(|(t, s)| (*t, s.as_str()))
        })
    }
}

impl EventDraft {
    /// The event, once everything is given.
    fn as_new_event(&self) -> Option<NewEvent<'_>> {
        if self.texts.is_empty() {
            return None;
        }
        Some(NewEvent {
            group: self.group?,
            audience: self.audience?,
            starts_at: self.starts_at?,
            place: self.place.as_deref()?,
            texts: &self.texts,
        })
    }

    fn next_language(&self) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| !self.asked.contains(l))
    }
}

impl Engine {
    /// The coordinator's rights, or `None` for anyone else.
    async fn coordinator(&self, person: &Person) -> anyhow::Result<Option<Roles>> {
        let roles = self.roles(person).await?;
        Ok(roles.is_coordinator().then_some(roles))
    }

    /// The groups a coordinator may act for, named in their language.
    async fn my_groups(
        &self,
        person: &Person,
        roles: &Roles,
    ) -> anyhow::Result<Vec<(GroupId, String)>> {
        Ok(self
            .store
            .groups(person.lang)
            .await?
            .into_iter()
            .filter(|(id, _)| roles.coordinates(*id))
            .collect())
    }

    fn back_to_menu(&self, person: &Person) -> Vec<Button> {
        self.ui(person.lang).nav()
    }

    /// Every coordinator action, and the events and question actions of everyone else, with
    /// rights checked here.
    pub(super) async fn on_coordinator_action(
        &self,
        person: &Person,
        state: State,
        action: Action,
    ) -> anyhow::Result<Step> {
        // Actions for everyone: events, and following up an answered question.
        match action {
            Action::UpcomingEvents => return self.upcoming(person).await,
            Action::ShowEvent(event) => return self.show_event(person, state, event).await,
            Action::Rsvp(event, going) => return self.rsvp(person, state, event, going).await,
            Action::Calendar(event) => return self.calendar(person, state, event).await,
            Action::ReplyToAnswer(question) => {
                let mine = self
                    .store
                    .question(question)
                    .await?
                    .filter(|q| q.person == person.id && q.answered_by.is_some());
                if mine.is_none() {
                    return self.expired(person, state).await;
                }
                let ui = self.ui(person.lang);
                return Ok(Step {
                    replies: vec![ui.reply(
                        ui.t("question-follow-up"),
                        vec![vec![ui.button("note-cancel", Action::Menu)]],
                    )],
                    state: State::FollowingUp { question },
                });
            }
            _ => {}
        }
        let Some(roles) = self.coordinator(person).await? else {
            return self.expired(person, state).await;
        };
        let ui = self.ui(person.lang);
        match action {
            Action::Broadcast => self.broadcast_step(person, BroadcastDraft::default()).await,
            Action::BroadcastAudience(audience) => match state {
                State::Broadcasting { mut draft } if draft.audience.is_none() => {
                    draft.audience = Some(audience);
                    if audience == Audience::Newcomers {
                        draft.group = Some(AllOr::All);
                    }
                    self.broadcast_step(person, draft).await
                }
                other => self.expired(person, other).await,
            },
            Action::BroadcastGroup(group) => match state {
                State::Broadcasting { mut draft }
                    if draft.audience.is_some() && draft.group.is_none() =>
                {
                    let allowed = match group {
                        None => roles.admin || roles.coordinates == Coordinates::Everything,
                        Some(g) => roles.coordinates(g),
                    };
                    if !allowed {
                        return self.expired(person, State::Broadcasting { draft }).await;
                    }
                    draft.group = Some(AllOr::from_option(group));
                    self.broadcast_step(person, draft).await
                }
                other => self.expired(person, other).await,
            },
            Action::BroadcastLang(lang) => match state {
                State::Broadcasting { mut draft }
                    if draft.group.is_some() && draft.lang.is_none() =>
                {
                    draft.lang = Some(AllOr::from_option(lang));
                    self.broadcast_step(person, draft).await
                }
                other => self.expired(person, other).await,
            },
            Action::SkipText => match state {
                State::Broadcasting { mut draft } => match draft.next_language() {
                    Some(lang) if draft.lang.is_some() => {
                        draft.asked.push(lang);
                        self.broadcast_step(person, draft).await
                    }
                    _ => self.expired(person, State::Broadcasting { draft }).await,
                },
                State::CreatingEvent { mut draft } => match draft.next_language() {
                    Some(lang) if draft.place.is_some() && draft.title.is_none() => {
                        draft.asked.push(lang);
                        self.event_step(person, draft).await
                    }
                    _ => self.expired(person, State::CreatingEvent { draft }).await,
                },
                other => self.expired(person, other).await,
            },
            Action::BroadcastSend => match state {
                State::Broadcasting { draft }
                    if draft.lang.is_some() && draft.next_language().is_none() =>
                {
                    self.send_broadcast(person, draft).await
                }
                other => self.expired(person, other).await,
            },
            Action::Broadcasts => {
                let mut buttons: Vec<Vec<Button>> = self
                    .store
                    .recent_broadcasts(10)
                    .await?
                    .into_iter()
                    .map(|(id, at, _)| {
                        vec![ui.button_with(
                            "broadcast-line",
                            &[
                                ("id", id.into()),
                                ("date", (&self.local_time(at, person.lang)).into()),
                            ],
                            Action::BroadcastReport(id),
                        )]
                    })
                    .collect();
                buttons.push(self.back_to_menu(person));
                Ok(Step {
                    replies: vec![ui.reply(ui.t("broadcasts-title"), buttons)],
                    state: State::Menu,
                })
            }
            Action::BroadcastReport(id) => self.broadcast_report(person, state, id).await,
            Action::CancelBroadcast(id) => {
                if self.store.broadcast_report(id).await?.is_none() {
                    return self.expired(person, state).await;
                }
                let stopped = self.store.cancel_broadcast(id, self.now()).await?;
                Ok(self
                    .broadcast_report(person, State::Menu, id)
                    .await?
                    .prepend(
                        ui.plain_with("broadcast-cancelled", &[("count", (stopped as i64).into())]),
                    ))
            }
            Action::NewEvent => self.event_step(person, EventDraft::default()).await,
            Action::EventGroup(group) => match state {
                State::CreatingEvent { mut draft }
                    if draft.group.is_none() && roles.coordinates(group) =>
                {
                    draft.group = Some(group);
                    self.event_step(person, draft).await
                }
                other => self.expired(person, other).await,
            },
            Action::EventAudience(audience) => match state {
                State::CreatingEvent { mut draft }
                    if draft.group.is_some() && draft.audience.is_none() =>
                {
                    draft.audience = Some(audience);
                    self.event_step(person, draft).await
                }
                other => self.expired(person, other).await,
            },
            Action::EventCreate => match state {
                State::CreatingEvent { draft }
                    if draft.next_language().is_none() && !draft.texts.is_empty() =>
                {
                    self.create_event(person, draft).await
                }
                other => self.expired(person, other).await,
            },
            Action::Events => {
                let groups = match &roles.coordinates {
                    Coordinates::Groups(g) if !roles.admin => Some(g.clone()),
                    _ => None,
                };
                let mut buttons: Vec<Vec<Button>> = self
                    .store
                    .events_of(groups.as_deref(), person.lang)
                    .await?
                    .into_iter()
                    .map(|e| {
                        vec![Button {
                            label: format!(
                                "📅 {} · {}",
                                self.local_time(e.starts_at, person.lang),
                                e.title
                            ),
                            action: Action::EventDetail(e.id),
                        }]
                    })
                    .collect();
                buttons.insert(0, vec![ui.button("event-new", Action::NewEvent)]);
                buttons.push(self.back_to_menu(person));
                Ok(Step {
                    replies: vec![ui.reply(ui.t("events-title"), buttons)],
                    state: State::Menu,
                })
            }
            Action::EventDetail(id) => {
                let Some(event) = self
                    .store
                    .event(id, person.lang)
                    .await?
                    .filter(|e| roles.coordinates(e.group))
                else {
                    return self.expired(person, state).await;
                };
                let (going, not_going) = self.store.rsvp_counts(id).await?;
                let (names, langs) = self.store.going(id).await?;
                let newcomers = langs
                    .iter()
                    .map(|(l, n)| format!("{}: {n}", ui.t(&format!("spoken-{}", l.code()))))
                    .collect::<Vec<_>>()
                    .join(", ");
                let mut lines = vec![self.event_text(person.lang, &event)];
                lines.push(ui.f(
                    "event-rsvp-counts",
                    &[("going", going.into()), ("notgoing", not_going.into())],
                ));
                if !names.is_empty() {
                    lines.push(ui.f(
                        "event-going-volunteers",
                        &[("names", (&names.join(", ")).into())],
                    ));
                }
                if !newcomers.is_empty() {
                    lines.push(ui.f(
                        "event-going-newcomers",
                        &[("languages", (&newcomers).into())],
                    ));
                }
                let buttons = vec![
                    vec![ui.button("event-announce", Action::AnnounceEvent(id))],
                    self.back_to_menu(person),
                ];
                Ok(Step {
                    replies: vec![ui.reply(lines.join("\n\n"), buttons)],
                    state: State::Menu,
                })
            }
            Action::AnnounceEvent(id) => {
                let Some(event) = self
                    .store
                    .event(id, person.lang)
                    .await?
                    .filter(|e| roles.coordinates(e.group))
                else {
                    return self.expired(person, state).await;
                };
                let mut texts = vec![];
                for lang in Lang::ALL {
                    if let Some(e) = self.store.event(id, lang).await? {
                        texts.push((lang, self.event_text(lang, &e)));
                    }
                }
                let draft = BroadcastDraft {
                    audience: Some(event.audience),
                    group: Some(if event.audience == Audience::Newcomers {
                        AllOr::All
                    } else {
                        AllOr::One(event.group)
                    }),
                    lang: Some(AllOr::All),
                    texts,
                    asked: Lang::ALL.to_vec(),
                    event: Some(id),
                };
                self.broadcast_step(person, draft).await
            }
            Action::Questions => self.questions(person).await,
            Action::AnswerQuestion(question) => {
                let Some(q) = self.store.question(question).await? else {
                    return self.expired(person, state).await;
                };
                Ok(Step {
                    replies: vec![ui.reply(
                        ui.f("question-answer-prompt", &[("question", (&q.body).into())]),
                        vec![vec![ui.button("note-cancel", Action::Menu)]],
                    )],
                    state: State::AnsweringQuestion { question },
                })
            }
            Action::OurOffers => {
                let cutoff = self.now() - Duration::days(182);
                let mut buttons = vec![];
                for (group, name) in self.my_groups(person, &roles).await? {
                    for (offer, verified) in self.store.offers_of_group(group, person.lang).await? {
                        let stale = verified.is_none_or(|v| v < cutoff);
                        let mark = if stale { "⚠️" } else { "✅" };
                        buttons.push(vec![Button {
                            label: format!("{mark} {} ({name})", offer.title),
                            action: Action::ManageOffer(offer.id),
                        }]);
                    }
                }
                buttons.push(self.back_to_menu(person));
                Ok(Step {
                    replies: vec![ui.reply(ui.t("our-offers-title"), buttons)],
                    state: State::Menu,
                })
            }
            Action::ManageOffer(offer) | Action::VerifyOffer(offer) | Action::EditOffer(offer) => {
                let Some(view) = self
                    .store
                    .offer(offer, person.lang)
                    .await?
                    .filter(|o| roles.coordinates(o.group_id))
                else {
                    return self.expired(person, state).await;
                };
                match action {
                    Action::VerifyOffer(_) => {
                        self.store.verify_offer(offer, self.now()).await?;
                        let view = self.store.offer(offer, person.lang).await?.unwrap_or(view);
                        Ok(Step {
                            replies: vec![self.manage_offer_screen(person, &view)],
                            state: State::Menu,
                        }
                        .prepend(ui.plain("offer-verified")))
                    }
                    Action::EditOffer(_) => {
                        let buttons = OfferField::ALL
                            .iter()
                            .map(|f| {
                                vec![ui.button(
                                    &format!("offer-field-{}", f.code()),
                                    Action::EditField(*f),
                                )]
                            })
                            .chain([vec![ui.button("note-cancel", Action::Menu)]])
                            .collect();
                        Ok(Step {
                            replies: vec![ui.reply(ui.t("offer-edit-which"), buttons)],
                            state: State::EditingOffer {
                                offer,
                                field: None,
                                lang: None,
                            },
                        })
                    }
                    _ => Ok(Step {
                        replies: vec![self.manage_offer_screen(person, &view)],
                        state: State::Menu,
                    }),
                }
            }
            Action::EditField(field) => match state {
                State::EditingOffer {
                    offer,
                    field: None,
                    lang: None,
                } => {
                    let mut buttons: Vec<Vec<Button>> = Lang::ALL
                        .iter()
                        .map(|l| {
                            vec![Button {
                                label: self.locales.text(*l, "language-name"),
                                action: Action::EditLang(*l),
                            }]
                        })
                        .collect();
                    buttons.push(vec![ui.button("note-cancel", Action::Menu)]);
                    Ok(Step {
                        replies: vec![ui.reply(ui.t("offer-edit-language"), buttons)],
                        state: State::EditingOffer {
                            offer,
                            field: Some(field),
                            lang: None,
                        },
                    })
                }
                other => self.expired(person, other).await,
            },
            Action::EditLang(lang) => match state {
                State::EditingOffer {
                    offer,
                    field: Some(field),
                    lang: None,
                } => Ok(Step {
                    replies: vec![ui.reply(
                        ui.t("offer-edit-write"),
                        vec![vec![ui.button("note-cancel", Action::Menu)]],
                    )],
                    state: State::EditingOffer {
                        offer,
                        field: Some(field),
                        lang: Some(lang),
                    },
                }),
                other => self.expired(person, other).await,
            },
            Action::Summary => {
                let to = self.now();
                let from = to - Duration::days(91);
                let report = self.store.report(from, to, person.lang).await?;
                let mut lines = vec![ui.t("summary-title")];
                lines.extend(report_lines(&self.locales, person.lang, &report));
                Ok(Step {
                    replies: vec![ui.reply(lines.join("\n\n"), vec![self.back_to_menu(person)])],
                    state: State::Menu,
                })
            }
            _ => self.expired(person, state).await,
        }
    }

    // ---- Broadcasts ------------------------------------------------------------------------

    /// Asks for what the draft still lacks, or shows the preview.
    async fn broadcast_step(&self, person: &Person, draft: BroadcastDraft) -> anyhow::Result<Step> {
        let ui = self.ui(person.lang);
        let cancel = vec![ui.button("note-cancel", Action::Menu)];
        let roles = self.roles(person).await?;
        let reply = if draft.audience.is_none() {
            ui.reply(
                ui.t("broadcast-audience"),
                vec![
                    vec![ui.button(
                        "audience-newcomers",
                        Action::BroadcastAudience(Audience::Newcomers),
                    )],
                    vec![ui.button(
                        "audience-volunteers",
                        Action::BroadcastAudience(Audience::Volunteers),
                    )],
                    vec![ui.button("audience-both", Action::BroadcastAudience(Audience::Both))],
                    cancel,
                ],
            )
        } else if draft.group.is_none() {
            let mut buttons = vec![];
            if roles.admin || roles.coordinates == Coordinates::Everything {
                buttons.push(vec![
                    ui.button("broadcast-all-groups", Action::BroadcastGroup(None)),
                ]);
            }
            for (id, name) in self.my_groups(person, &roles).await? {
                buttons.push(vec![Button {
                    label: name,
                    action: Action::BroadcastGroup(Some(id)),
                }]);
            }
            buttons.push(cancel);
            ui.reply(ui.t("broadcast-group"), buttons)
        } else if draft.lang.is_none() {
            let mut buttons =
                vec![vec![ui.button(
                    "broadcast-all-languages",
                    Action::BroadcastLang(None),
                )]];
            buttons.extend(Lang::ALL.iter().map(|l| {
                vec![Button {
                    label: self.locales.text(*l, "language-name"),
                    action: Action::BroadcastLang(Some(*l)),
                }]
            }));
            buttons.push(cancel);
            ui.reply(ui.t("broadcast-language"), buttons)
        } else if let Some(lang) = draft.next_language() {
            self.write_prompt(person, &draft, lang).await?
        } else {
            return self.broadcast_preview(person, draft).await;
        };
        Ok(Step {
            replies: vec![reply],
            state: State::Broadcasting { draft },
        })
    }

    /// Asks for the text in `lang`, saying how many people the broadcast reaches.
    async fn write_prompt(
        &self,
        person: &Person,
        draft: &BroadcastDraft,
        lang: Lang,
    ) -> anyhow::Result<Reply> {
        let ui = self.ui(person.lang);
        let count = self.count(draft).await?;
        let language = self.locales.text(lang, "language-name");
        Ok(ui.reply(
            ui.f(
                "broadcast-write",
                &[("language", (&language).into()), ("count", count.into())],
            ),
            vec![
                vec![ui.button("broadcast-skip", Action::SkipText)],
                vec![ui.button("note-cancel", Action::Menu)],
            ],
        ))
    }

    async fn count(&self, draft: &BroadcastDraft) -> anyhow::Result<i64> {
        let Some(recipients) = draft.recipients() else {
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
    fn broadcast_message(&self, draft: &BroadcastDraft, lang: Lang) -> Option<Reply> {
        let (_, body) = draft.text_for(lang)?;
        let ui = self.ui(lang);
        let buttons = match draft.event {
            Some(event) => vec![
                vec![
                    ui.button("event-going", Action::Rsvp(event, true)),
                    ui.button("event-not-going", Action::Rsvp(event, false)),
                ],
                vec![ui.button("event-calendar", Action::Calendar(event))],
            ],
            None => vec![],
        };
        Some(ui.reply(format!("📣 {body}"), buttons))
    }

    async fn broadcast_preview(
        &self,
        person: &Person,
        draft: BroadcastDraft,
    ) -> anyhow::Result<Step> {
        let ui = self.ui(person.lang);
        let (Some(recipients), Some(first)) =
            (draft.recipients(), draft.next_language_from_start())
        else {
            return Ok(Step {
                replies: vec![self.main_menu(person).await?],
                state: State::Menu,
            });
        };
        if draft.text_for(Lang::Da).is_none() && draft.text_for(Lang::En).is_none() {
            // Without a Danish or English text some readers would get nothing: ask again.
            let draft = BroadcastDraft {
                texts: vec![],
                asked: vec![],
                ..draft
            };
            let prompt = self.write_prompt(person, &draft, first).await?;
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
            let language = self.locales.text(*lang, "language-name");
            let (text_lang, _) = draft.text_for(*lang).expect("a message has a text");
            let header = if text_lang == *lang {
                ui.f(
                    "broadcast-preview-language",
                    &[("language", (&language).into()), ("count", (*count).into())],
                )
            } else {
                let fallback = self.locales.text(text_lang, "language-name");
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
                vec![ui.button("broadcast-send", Action::BroadcastSend)],
                vec![ui.button("note-cancel", Action::Menu)],
            ],
        ));
        Ok(Step {
            replies,
            state: State::Broadcasting { draft },
        })
    }

    async fn send_broadcast(&self, person: &Person, draft: BroadcastDraft) -> anyhow::Result<Step> {
        let Some(recipients) = draft.recipients() else {
            return self.expired(person, State::Broadcasting { draft }).await;
        };
        let messages: Vec<(Lang, Reply)> = Lang::ALL
            .into_iter()
            .filter_map(|lang| Some((lang, self.broadcast_message(&draft, lang)?)))
            .collect();
        let id = self
            .store
            .send_broadcast(person.id, &recipients, &messages, draft.event, self.now())
            .await?;
        Ok(self
            .broadcast_report(person, State::Menu, id)
            .await?
            .prepend(self.ui(person.lang).plain("broadcast-sent")))
    }

    async fn broadcast_report(
        &self,
        person: &Person,
        state: State,
        id: i64,
    ) -> anyhow::Result<Step> {
        let ui = self.ui(person.lang);
        let Some(report) = self.store.broadcast_report(id).await? else {
            return self.expired(person, state).await;
        };
        let mut lines = vec![ui.f("report-title", &[("id", id.into())])];
        let status_name = |s: &str| ui.t(&format!("delivery-{s}"));
        let mut pending = false;
        for (platform, lang, status, count) in &report.rows {
            pending |= status == "pending";
            let platform = ui.t(&format!("platform-{platform}"));
            let language = ui.t(&format!("spoken-{lang}"));
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
        let mut buttons = vec![vec![
            ui.button("report-refresh", Action::BroadcastReport(id)),
        ]];
        if pending && !report.cancelled {
            buttons.push(vec![
                ui.button("broadcast-cancel", Action::CancelBroadcast(id)),
            ]);
        }
        buttons.push(self.back_to_menu(person));
        Ok(Step {
            replies: vec![ui.reply(lines.join("\n"), buttons)],
            state: State::Menu,
        })
    }

    /// Text a coordinator writes for a broadcast or an event.
    pub(super) async fn on_coordinator_text(
        &self,
        person: &Person,
        state: State,
        raw: &str,
    ) -> anyhow::Result<Step> {
        let ui = self.ui(person.lang);
        if self.coordinator(person).await?.is_none() {
            return self.expired(person, state).await;
        }
        let words = match text::words(raw, MAX_ANNOUNCEMENT_CHARS) {
            Ok(words) => words,
            Err(TextError::NoWords) => {
                return Ok(self
                    .current_screen(person, state)
                    .await?
                    .prepend(ui.plain("not-understood")));
            }
            Err(TextError::TooLong { max }) => {
                return Ok(self
                    .current_screen(person, state)
                    .await?
                    .prepend(ui.plain_with("message-too-long", &[("max", max.into())])));
            }
        };
        match state {
            State::Broadcasting { mut draft } => match draft.next_language() {
                Some(lang) if draft.lang.is_some() => {
                    draft.texts.push((lang, words));
                    draft.asked.push(lang);
                    self.broadcast_step(person, draft).await
                }
                _ => Ok(self
                    .current_screen(person, State::Broadcasting { draft })
                    .await?
                    .prepend(ui.plain("not-understood"))),
            },
            State::CreatingEvent { mut draft } => {
                if draft.audience.is_some() && draft.starts_at.is_none() {
                    match parse_local_time(&words, self.settings.routing.quiet.zone) {
                        Some(at) if at > self.now() => draft.starts_at = Some(at),
                        _ => {
                            return Ok(self
                                .current_screen(person, State::CreatingEvent { draft })
                                .await?
                                .prepend(ui.plain("event-time-invalid")));
                        }
                    }
                } else if draft.starts_at.is_some() && draft.place.is_none() {
                    draft.place = Some(words.replace('\n', ", "));
                } else if let Some(lang) = draft.next_language().filter(|_| draft.place.is_some()) {
                    match draft.title.take() {
                        None => draft.title = Some((lang, words.replace('\n', " "))),
                        Some((_, title)) => {
                            draft.texts.push((lang, title, words));
                            draft.asked.push(lang);
                        }
                    }
                } else {
                    return Ok(self
                        .current_screen(person, State::CreatingEvent { draft })
                        .await?
                        .prepend(ui.plain("not-understood")));
                }
                self.event_step(person, draft).await
            }
            State::AnsweringQuestion { question } => self.answer(person, question, &words).await,
            State::EditingOffer {
                offer,
                field: Some(field),
                lang: Some(lang),
            } => {
                let roles = self.roles(person).await?;
                let theirs = self
                    .store
                    .offer(offer, lang)
                    .await?
                    .is_some_and(|o| roles.coordinates(o.group_id));
                if !theirs {
                    return self.expired(person, State::Menu).await;
                }
                self.store
                    .set_offer_text(offer, lang, field, &words, self.now())
                    .await?;
                let view = self.store.offer(offer, person.lang).await?;
                let screen = match view {
                    Some(view) => self.manage_offer_screen(person, &view),
                    None => self.main_menu(person).await?,
                };
                Ok(Step {
                    replies: vec![screen],
                    state: State::Menu,
                }
                .prepend(ui.plain("offer-saved")))
            }
            other => Ok(self
                .current_screen(person, other)
                .await?
                .prepend(ui.plain("not-understood"))),
        }
    }

    /// The screen of a coordinator's state, shown again.
    pub(super) async fn coordinator_screen(
        &self,
        person: &Person,
        state: &State,
    ) -> anyhow::Result<Option<Reply>> {
        let step = match state {
            State::Broadcasting { draft } => self.broadcast_step(person, draft.clone()).await?,
            State::CreatingEvent { draft } => self.event_step(person, draft.clone()).await?,
            State::AnsweringQuestion { question } => {
                let ui = self.ui(person.lang);
                let body = self
                    .store
                    .question(*question)
                    .await?
                    .map(|q| q.body)
                    .unwrap_or_default();
                return Ok(Some(ui.reply(
                    ui.f("question-answer-prompt", &[("question", (&body).into())]),
                    vec![vec![ui.button("note-cancel", Action::Menu)]],
                )));
            }
            State::FollowingUp { .. } => {
                let ui = self.ui(person.lang);
                return Ok(Some(ui.reply(
                    ui.t("question-follow-up"),
                    vec![vec![ui.button("note-cancel", Action::Menu)]],
                )));
            }
            State::EditingOffer { .. } => {
                let ui = self.ui(person.lang);
                return Ok(Some(ui.reply(
                    ui.t("offer-edit-write"),
                    vec![vec![ui.button("note-cancel", Action::Menu)]],
                )));
            }
            _ => return Ok(None),
        };
        Ok(step.replies.into_iter().last())
    }

    // ---- Events ----------------------------------------------------------------------------

    async fn event_step(&self, person: &Person, draft: EventDraft) -> anyhow::Result<Step> {
        let ui = self.ui(person.lang);
        let cancel = vec![ui.button("note-cancel", Action::Menu)];
        let roles = self.roles(person).await?;
        let reply = if draft.group.is_none() {
            let mut buttons: Vec<Vec<Button>> = self
                .my_groups(person, &roles)
                .await?
                .into_iter()
                .map(|(id, name)| {
                    vec![Button {
                        label: name,
                        action: Action::EventGroup(id),
                    }]
                })
                .collect();
            buttons.push(cancel);
            ui.reply(ui.t("event-group"), buttons)
        } else if draft.audience.is_none() {
            ui.reply(
                ui.t("event-audience"),
                vec![
                    vec![ui.button(
                        "audience-newcomers",
                        Action::EventAudience(Audience::Newcomers),
                    )],
                    vec![ui.button(
                        "audience-volunteers",
                        Action::EventAudience(Audience::Volunteers),
                    )],
                    vec![ui.button("audience-both", Action::EventAudience(Audience::Both))],
                    cancel,
                ],
            )
        } else if draft.starts_at.is_none() {
            ui.reply(ui.t("event-time"), vec![cancel])
        } else if draft.place.is_none() {
            ui.reply(ui.t("event-place"), vec![cancel])
        } else if let Some(lang) = draft.next_language() {
            let language = self.locales.text(lang, "language-name");
            match &draft.title {
                None => ui.reply(
                    ui.f("event-title", &[("language", (&language).into())]),
                    vec![vec![ui.button("broadcast-skip", Action::SkipText)], cancel],
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
            let language = self.locales.text(Lang::ALL[0], "language-name");
            let prompt = ui.reply(
                ui.f("event-title", &[("language", (&language).into())]),
                vec![vec![ui.button("broadcast-skip", Action::SkipText)], cancel],
            );
            return Ok(Step {
                replies: vec![prompt],
                state: State::CreatingEvent { draft },
            }
            .prepend(ui.plain("broadcast-needs-text")));
        } else {
            let Some(event) = draft.as_new_event() else {
                return Ok(Step {
                    replies: vec![self.main_menu(person).await?],
                    state: State::Menu,
                });
            };
            let (_, title, description) = event
                .texts
                .iter()
                .find(|(l, _, _)| *l == person.lang)
                .unwrap_or(&event.texts[0]);
            let preview = EventView {
                id: 0,
                group: event.group,
                audience: event.audience,
                title: title.clone(),
                description: description.clone(),
                starts_at: event.starts_at,
                place: event.place.to_owned(),
            };
            ui.reply(
                format!(
                    "{}\n\n{}",
                    ui.t("event-check"),
                    self.event_text(person.lang, &preview)
                ),
                vec![vec![ui.button("event-create", Action::EventCreate)], cancel],
            )
        };
        Ok(Step {
            replies: vec![reply],
            state: State::CreatingEvent { draft },
        })
    }

    async fn create_event(&self, person: &Person, draft: EventDraft) -> anyhow::Result<Step> {
        let Some(event) = draft.as_new_event() else {
            return Ok(Step {
                replies: vec![self.main_menu(person).await?],
                state: State::Menu,
            });
        };
        let now = self.now();
        let mut tx = self.store.begin().await?;
        let id = tx.create_event(&event, person.id, now).await?;
        tx.schedule(JobKind::Remind, id, event.starts_at - Duration::days(1))
            .await?;
        tx.commit().await?;
        let ui = self.ui(person.lang);
        Ok(Step {
            replies: vec![ui.reply(
                ui.t("event-created"),
                vec![
                    vec![ui.button("event-announce", Action::AnnounceEvent(id))],
                    self.back_to_menu(person),
                ],
            )],
            state: State::Menu,
        })
    }

    /// An event as text: title, time in Copenhagen, place and description.
    fn event_text(&self, lang: Lang, event: &EventView) -> String {
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

    /// A time as people in Copenhagen read it, in the language's date order.
    fn local_time(&self, at: DateTime<Utc>, lang: Lang) -> String {
        let local = at.with_timezone(&self.settings.routing.quiet.zone);
        match lang {
            Lang::Da => local.format("%d.%m.%Y %H:%M").to_string(),
            Lang::Ar | Lang::En => local.format("%Y-%m-%d %H:%M").to_string(),
        }
    }

    async fn upcoming(&self, person: &Person) -> anyhow::Result<Step> {
        let ui = self.ui(person.lang);
        let events = self
            .store
            .upcoming_events(person.id, person.lang, self.now())
            .await?;
        if events.is_empty() {
            return self.menu_after(person, ui.plain("events-none")).await;
        }
        let mut buttons: Vec<Vec<Button>> = events
            .iter()
            .map(|e| {
                vec![Button {
                    label: format!(
                        "📅 {} · {}",
                        self.local_time(e.starts_at, person.lang),
                        e.title
                    ),
                    action: Action::ShowEvent(e.id),
                }]
            })
            .collect();
        buttons.push(self.back_to_menu(person));
        Ok(Step {
            replies: vec![ui.reply(ui.t("events-upcoming"), buttons)],
            state: State::Menu,
        })
    }

    async fn show_event(&self, person: &Person, state: State, id: i64) -> anyhow::Result<Step> {
        let ui = self.ui(person.lang);
        if !self.store.may_see_event(person.id, id).await? {
            return self.expired(person, state).await;
        }
        let Some(event) = self.store.event(id, person.lang).await? else {
            return self.expired(person, state).await;
        };
        Ok(Step {
            replies: vec![ui.reply(
                self.event_text(person.lang, &event),
                vec![
                    vec![
                        ui.button("event-going", Action::Rsvp(id, true)),
                        ui.button("event-not-going", Action::Rsvp(id, false)),
                    ],
                    vec![ui.button("event-calendar", Action::Calendar(id))],
                    self.back_to_menu(person),
                ],
            )],
            state: State::Menu,
        })
    }

    async fn rsvp(
        &self,
        person: &Person,
        state: State,
        id: i64,
        going: bool,
    ) -> anyhow::Result<Step> {
        let ui = self.ui(person.lang);
        if person.consent != crate::store::Consent::Agreed {
            return Ok(Step {
                replies: vec![ui.privacy_needed()],
                state,
            });
        }
        let visible = self.store.may_see_event(person.id, id).await?;
        let Some(event) = self.store.event(id, person.lang).await?.filter(|_| visible) else {
            return self.expired(person, state).await;
        };
        if event.starts_at < self.now() {
            return self.expired(person, state).await;
        }
        self.store
            .set_rsvp(id, person.id, going, self.now())
            .await?;
        let said = if going {
            "event-going-noted"
        } else {
            "event-not-going-noted"
        };
        self.menu_after(
            person,
            ui.plain_with(said, &[("title", (&event.title).into())]),
        )
        .await
    }

    /// The event as an .ics calendar file.
    async fn calendar(&self, person: &Person, state: State, id: i64) -> anyhow::Result<Step> {
        if !self.store.may_see_event(person.id, id).await? {
            return self.expired(person, state).await;
        }
        let Some(event) = self.store.event(id, person.lang).await? else {
            return self.expired(person, state).await;
        };
        let ics = ics(&event, self.now());
        let name = format!("velkommen-{id}.ics");
        let file_id = self
            .store
            .save_file(
                person.id,
                &name,
                "text/calendar",
                ics.as_bytes(),
                self.now(),
            )
            .await?;
        let ui = self.ui(person.lang);
        let mut reply = ui.reply(
            ui.f("event-calendar-file", &[("title", (&event.title).into())]),
            vec![self.back_to_menu(person)],
        );
        reply.attachment = Some(Attachment {
            kind: AttachmentKind::Document,
            file_id,
            file_name: name,
            mime: "text/calendar".into(),
            native: None,
        });
        Ok(Step {
            replies: vec![reply],
            state: State::Menu,
        })
    }

    /// Reminds those going to an event, in their languages; runs from the job the event made.
    pub(super) async fn remind(&self, job: i64, event: i64) -> anyhow::Result<()> {
        let now = self.now();
        let going = self.store.going_people(event).await?;
        let mut messages = vec![];
        for (person, lang) in going {
            if let Some(e) = self.store.event(event, lang).await? {
                let ui = self.ui(lang);
                let text = format!(
                    "{}\n\n{}",
                    ui.t("event-reminder"),
                    self.event_text(lang, &e)
                );
                messages.push((
                    person,
                    ui.reply(
                        text,
                        vec![vec![
                            ui.button("event-not-going", Action::Rsvp(event, false)),
                        ]],
                    ),
                ));
            }
        }
        let at = self.settings.routing.quiet.next_allowed(now);
        let mut tx = self.store.begin().await?;
        tx.finish_job(job, now).await?;
        for (person, message) in &messages {
            tx.enqueue(*person, message, at, now).await?;
        }
        tx.commit().await
    }

    // ---- Questions -------------------------------------------------------------------------

    async fn questions(&self, person: &Person) -> anyhow::Result<Step> {
        let ui = self.ui(person.lang);
        let flag_before = self.now() - self.settings.question_flag_after;
        let open = self.store.open_questions().await?;
        if open.is_empty() {
            return self.menu_after(person, ui.plain("questions-none")).await;
        }
        let mut replies = vec![ui.plain("questions-title")];
        for q in open {
            let language = ui.t(&format!("spoken-{}", q.lang.code()));
            let when = self.local_time(q.created_at, person.lang);
            let id = if q.created_at < flag_before {
                "question-line-late"
            } else {
                "question-line"
            };
            replies.push(ui.reply(
                ui.f(
                    id,
                    &[
                        ("language", (&language).into()),
                        ("date", (&when).into()),
                        ("question", (&q.body).into()),
                    ],
                ),
                vec![vec![
                    ui.button("question-answer", Action::AnswerQuestion(q.id)),
                ]],
            ));
        }
        replies.push(self.main_menu(person).await?);
        Ok(Step {
            replies,
            state: State::Menu,
        })
    }

    /// A coordinator's answer goes to the newcomer, labelled with their question.
    async fn answer(
        &self,
        person: &Person,
        question: QuestionId,
        words: &str,
    ) -> anyhow::Result<Step> {
        let ui = self.ui(person.lang);
        let Some(q) = self.store.question(question).await? else {
            return self.expired(person, State::Menu).await;
        };
        let now = self.now();
        let newcomer = self.store.person(q.person).await?;
        let mut tx = self.store.begin().await?;
        tx.answer_question(question, person.id, now).await?;
        if let Some(newcomer) = newcomer {
            let their = self.ui(newcomer.lang);
            let message = their.reply(
                format!(
                    "{}\n{words}",
                    their.f("question-answered", &[("question", (&q.body).into())])
                ),
                vec![vec![
                    their.button("relay-reply", Action::ReplyToAnswer(question)),
                ]],
            );
            tx.enqueue(newcomer.id, &message, now, now).await?;
        }
        tx.commit().await?;
        self.menu_after(person, ui.plain("relay-sent")).await
    }

    /// A newcomer's reply to an answer goes back to the coordinator who answered.
    pub(super) async fn follow_up(
        &self,
        person: &Person,
        question: QuestionId,
        raw: &str,
    ) -> anyhow::Result<Step> {
        let ui = self.ui(person.lang);
        let state = State::FollowingUp { question };
        let words = match text::words(raw, super::MAX_QUESTION_CHARS) {
            Ok(words) => words,
            Err(_) => {
                return Ok(self
                    .current_screen(person, state)
                    .await?
                    .prepend(ui.plain("not-understood")));
            }
        };
        let q = self
            .store
            .question(question)
            .await?
            .filter(|q| q.person == person.id);
        let Some((q, coordinator)) = q.and_then(|q| Some((q.clone(), q.answered_by?))) else {
            return self.expired(person, State::Menu).await;
        };
        let Some(c) = self.store.person(coordinator).await? else {
            return self.expired(person, State::Menu).await;
        };
        let now = self.now();
        let their = self.ui(c.lang);
        let message = their.reply(
            format!(
                "{}\n{words}",
                their.f("question-follow-up-from", &[("question", (&q.body).into())])
            ),
            vec![vec![
                their.button("question-answer", Action::AnswerQuestion(question)),
            ]],
        );
        let mut tx = self.store.begin().await?;
        tx.enqueue(coordinator, &message, now, now).await?;
        tx.commit().await?;
        self.menu_after(person, ui.plain("relay-sent")).await
    }

    // ---- Catalogue upkeep ------------------------------------------------------------------

    fn manage_offer_screen(&self, person: &Person, offer: &crate::store::OfferView) -> Reply {
        let ui = self.ui(person.lang);
        let verified = match offer.verified_at {
            Some(at) => ui.f(
                "offer-verified-on",
                &[(
                    "date",
                    (&self.local_time(at, person.lang)[..10].to_owned()).into(),
                )],
            ),
            None => ui.t("offer-never-verified"),
        };
        let mut reply = ui.offer(offer);
        reply.text = format!("{}\n\n{verified}", reply.text);
        reply.buttons = vec![
            vec![ui.button("offer-still-correct", Action::VerifyOffer(offer.id))],
            vec![ui.button("offer-edit", Action::EditOffer(offer.id))],
            vec![ui.button("menu-our-offers", Action::OurOffers)],
            self.back_to_menu(person),
        ];
        reply
    }
}

/// Reads a time as a coordinator writes it, in Copenhagen: `2026-12-03 17:00` or
/// `03.12.2026 17:00`.
fn parse_local_time(text: &str, zone: chrono_tz::Tz) -> Option<DateTime<Utc>> {
    let text = text.trim();
    let naive = [
        "%Y-%m-%d %H:%M",
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

/// The quarterly numbers as text in `lang`: one paragraph per group, then the questions. The
/// chat's summary and `velkommen report` both read this way.
pub fn report_lines(
    locales: &crate::i18n::Locales,
    lang: Lang,
    report: &crate::store::Report,
) -> Vec<String> {
    let mut lines = vec![];
    for g in &report.groups {
        let hours = g
            .median_claim_minutes
            .map_or_else(|| "–".to_owned(), |m| format!("{:.1}", m as f64 / 60.0));
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

    #[test]
    fn a_calendar_file_escapes_its_texts() {
        let event = EventView {
            id: 7,
            group: GroupId::try_from(1).unwrap(),
            audience: Audience::Both,
            title: "Dialogmøde; kaffe, kage".into(),
            description: "Linje 1\nLinje 2".into(),
            starts_at: Utc.with_ymd_and_hms(2026, 12, 3, 16, 0, 0).unwrap(),
            place: "Ballerup Bibliotek".into(),
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
