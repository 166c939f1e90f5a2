//! What coordinators and municipal staff do: approve volunteers, pick up requests nobody
//! took, invite coordinators, broadcast, keep events, answer questions, keep offers true,
//! read the quarterly numbers. Rights are checked here, on every action.

/// Longest place of an event, in characters: a name and an address.
pub const MAX_PLACE_CHARS: usize = 200;

mod approvals;
mod broadcasts;
mod coordinators;
pub use coordinators::{ConfiguredLine, CoordinatorLine};
mod events;
pub use events::TimeProblem;
pub(crate) use events::parse_local_time as local_time_of;
mod offers;
mod questions;
mod report;
mod requests;

pub use broadcasts::MAX_ANNOUNCEMENT_CHARS;
pub use report::report_lines;

use chrono::Duration;

use crate::action::CoordinatorAction;
use crate::domain::ids::{BroadcastId, EventId, GroupId};
use crate::domain::lang::Lang;
use crate::domain::roles::{Coordinates, Roles};
use crate::domain::{
    AllOr, Audience, Audited, BroadcastDraft, CloseReason, EventDraft, OfferField, invite_code,
    invite_hash,
};
use crate::engine::{Actor, Engine, Flow, OrRefuse, Refusal, State, Step, allow, text};
use crate::i18n::Arg;
use crate::message::{Button, Reply};
use crate::store::EventView;
use events::parse_local_time;

impl Engine {
    /// Every coordinator action, with the actor's rights and groups checked here.
    pub(crate) async fn on_coordinator(
        &self,
        actor: &Actor,
        state: State,
        action: CoordinatorAction,
    ) -> Flow {
        let ui = self.ui(actor.lang);
        let now = self.now();
        if action == CoordinatorAction::Menu {
            return Ok(Step::one(self.main_menu(actor).await?, State::Menu));
        }
        allow(actor.roles.is_coordinator(), Refusal::NotAllowed)?;
        let roles = actor.roles.clone();
        match action {
            CoordinatorAction::Menu => Ok(Step::one(self.main_menu(actor).await?, State::Menu)),
            CoordinatorAction::PendingSignups => {
                let roles = actor.roles.clone();
                self.pending_screen(actor, &roles, 0).await
            }
            CoordinatorAction::PendingPage(page) => {
                let roles = actor.roles.clone();
                self.pending_screen(actor, &roles, page).await
            }
            CoordinatorAction::Approve(volunteer) | CoordinatorAction::Decline(volunteer) => {
                self.decide(
                    actor,
                    volunteer,
                    matches!(action, CoordinatorAction::Approve(_)),
                )
                .await
            }
            CoordinatorAction::OpenRequests => {
                let roles = actor.roles.clone();
                self.open_requests_screen(actor, &roles, 0).await
            }
            CoordinatorAction::CloseRequest(request) => {
                // Only a request of the actor's groups that is still going; then, why.
                let detail = self
                    .store
                    .request(request)
                    .await?
                    .filter(|d| roles.coordinates(d.group) && d.status.is_active())
                    .or_refuse(Refusal::Expired)?;
                let ui = self.ui(actor.lang);
                let reasons = CloseReason::ALL
                    .iter()
                    .map(|reason| {
                        vec![ui.button(
                            &format!("web-close-{}", reason.code()),
                            CoordinatorAction::CloseRequestWith(detail.id, *reason),
                        )]
                    })
                    .chain([ui.nav()])
                    .collect();
                // Below the request it is about (see `Action::keeps_its_message`).
                Ok(Step::one(ui.reply(ui.t("web-close-why"), reasons), state))
            }
            CoordinatorAction::CloseRequestWith(request, reason) => {
                self.close_request(actor, request, reason).await
            }
            CoordinatorAction::OpenRequestsPage(page) => {
                let roles = actor.roles.clone();
                self.open_requests_screen(actor, &roles, page).await
            }
            CoordinatorAction::TakeRequest(request) => {
                let detail = self.coordinated_request(actor, request).await?;
                let name = self.display_name(actor.id).await?;
                self.give(actor, &detail, actor.id, &name).await
            }
            CoordinatorAction::HandOver(request) => {
                let detail = self.coordinated_request(actor, request).await?;
                let volunteers = self.store.volunteers_of(detail.group).await?;
                if volunteers.is_empty() {
                    return Ok(self.menu_after(actor, ui.plain("hand-none")).await?);
                }
                let mut buttons: Vec<_> = volunteers
                    .into_iter()
                    .map(|(id, name)| {
                        vec![Button::new(
                            format!("👉 {name}"),
                            CoordinatorAction::HandTo(request, id),
                        )]
                    })
                    .collect();
                buttons.push(ui.nav());
                Ok(Step {
                    replies: vec![ui.reply(
                        ui.f("hand-choose", &[("request", request.get().into())]),
                        buttons,
                    )],
                    state: State::Menu,
                })
            }
            CoordinatorAction::HandTo(request, volunteer) => {
                let detail = self.coordinated_request(actor, request).await?;
                let name = self
                    .store
                    .volunteers_of(detail.group)
                    .await?
                    .into_iter()
                    .find(|(id, _)| *id == volunteer)
                    .map(|(_, name)| name);
                let Some(name) = name else {
                    return Err(Refusal::Expired.into());
                };
                self.give(actor, &detail, volunteer, &name).await
            }
            CoordinatorAction::Invite => {
                allow(actor.roles.is_staff(), Refusal::NotAllowed)?;
                self.invite_screen(actor).await
            }
            CoordinatorAction::RevokeInvite(invite) => {
                allow(actor.roles.is_staff(), Refusal::NotAllowed)?;
                let revoked = self.store.revoke_invite(invite, actor.id, now).await?;
                allow(revoked, Refusal::Expired)?;
                self.store
                    .audit(actor.id, Audited::RevokeInvite, invite.get(), now)
                    .await?;
                Ok(self
                    .invite_screen(actor)
                    .await?
                    .prepend(ui.plain("invite-revoked")))
            }
            CoordinatorAction::InviteFor(group) => {
                let known = self.store.group_slug(group).await?.is_some();
                allow(actor.roles.is_staff() && known, Refusal::NotAllowed)?;
                let code = invite_code()?;
                let valid_for = self.settings.invite_valid_for;
                self.store
                    .create_invite(group, actor.id, &invite_hash(&code), now, now + valid_for)
                    .await?;
                self.store
                    .audit(actor.id, Audited::Invite, group.get(), now)
                    .await?;
                let command = format!("/start inv-{code}");
                let days = valid_for.num_days().max(1);
                Ok(
                    Step::one(self.main_menu(actor).await?, State::Menu).prepend(ui.plain_with(
                        "invite-code",
                        &[("command", Arg::Code(&command)), ("days", days.into())],
                    )),
                )
            }
            CoordinatorAction::Broadcast => {
                self.broadcast_step(actor, BroadcastDraft::default()).await
            }
            CoordinatorAction::BroadcastAudience(audience) => match state {
                State::Broadcasting { mut draft } if draft.audience.is_none() => {
                    draft.audience = Some(audience);
                    // Staff reach every newcomer; a group's coordinator, the group's own.
                    if audience == Audience::Newcomers && actor.roles.is_staff() {
                        draft.group = Some(AllOr::All);
                    }
                    self.broadcast_step(actor, draft).await
                }
                _ => Err(Refusal::Expired.into()),
            },
            CoordinatorAction::BroadcastGroup(group) => match state {
                State::Broadcasting { mut draft }
                    if draft.audience.is_some() && draft.group.is_none() =>
                {
                    let allowed = match group {
                        None => roles.admin || roles.coordinates == Coordinates::Everything,
                        Some(g) => roles.coordinates(g),
                    };
                    if !allowed {
                        return Err(Refusal::Expired.into());
                    }
                    draft.group = Some(AllOr::from_option(group));
                    self.broadcast_step(actor, draft).await
                }
                _ => Err(Refusal::Expired.into()),
            },
            CoordinatorAction::BroadcastLang(lang) => match state {
                State::Broadcasting { mut draft }
                    if draft.group.is_some() && draft.lang.is_none() =>
                {
                    draft.lang = Some(AllOr::from_option(lang));
                    self.broadcast_step(actor, draft).await
                }
                _ => Err(Refusal::Expired.into()),
            },
            CoordinatorAction::SkipText => match state {
                State::Broadcasting { mut draft } => match draft.next_language() {
                    Some(lang) if draft.lang.is_some() => {
                        draft.asked.push(lang);
                        self.broadcast_step(actor, draft).await
                    }
                    _ => Err(Refusal::Expired.into()),
                },
                State::CreatingEvent { mut draft } => match draft.next_language() {
                    Some(lang) if draft.place.is_some() && draft.title.is_none() => {
                        draft.asked.push(lang);
                        self.event_step(actor, draft).await
                    }
                    _ => Err(Refusal::Expired.into()),
                },
                _ => Err(Refusal::Expired.into()),
            },
            CoordinatorAction::BroadcastSend => match state {
                State::Broadcasting { draft }
                    if draft.lang.is_some() && draft.next_language().is_none() =>
                {
                    self.send_broadcast(actor, draft).await
                }
                _ => Err(Refusal::Expired.into()),
            },
            CoordinatorAction::Broadcasts => {
                // Staff see every broadcast; a group's coordinator, their own.
                let mut buttons: Vec<Vec<Button>> = self
                    .store
                    .recent_broadcasts(10)
                    .await?
                    .into_iter()
                    .filter(|(_, _, by)| roles.is_staff() || *by == Some(actor.id))
                    .map(|(id, at, _)| {
                        vec![ui.button_with(
                            "broadcast-line",
                            &[
                                ("id", id.get().into()),
                                ("date", (&self.short_time(at, actor.lang)).into()),
                            ],
                            CoordinatorAction::BroadcastReport(id),
                        )]
                    })
                    .collect();
                buttons.push(self.ui(actor.lang).nav());
                Ok(Step {
                    replies: vec![ui.reply(ui.t("broadcasts-title"), buttons)],
                    state: State::Menu,
                })
            }
            CoordinatorAction::BroadcastReport(id) => {
                self.own_broadcast(actor, id).await?;
                self.broadcast_report(actor, id).await
            }
            CoordinatorAction::CancelBroadcast(id) => {
                self.own_broadcast(actor, id).await?;
                let stopped = self.store.cancel_broadcast(id, now).await?;
                self.store
                    .audit(actor.id, Audited::CancelBroadcast, id.get(), now)
                    .await?;
                Ok(self.broadcast_report(actor, id).await?.prepend(
                    ui.plain_with("broadcast-cancelled", &[("count", (stopped as i64).into())]),
                ))
            }
            CoordinatorAction::NewEvent => self.event_step(actor, EventDraft::default()).await,
            CoordinatorAction::EventGroup(group) => match state {
                State::CreatingEvent { mut draft }
                    if draft.group.is_none() && roles.coordinates(group) =>
                {
                    draft.group = Some(group);
                    self.event_step(actor, draft).await
                }
                _ => Err(Refusal::Expired.into()),
            },
            CoordinatorAction::EventAudience(audience) => match state {
                State::CreatingEvent { mut draft }
                    if draft.group.is_some() && draft.audience.is_none() =>
                {
                    draft.audience = Some(audience);
                    self.event_step(actor, draft).await
                }
                _ => Err(Refusal::Expired.into()),
            },
            CoordinatorAction::EventCreate => match state {
                State::CreatingEvent { draft }
                    if draft.next_language().is_none() && !draft.texts.is_empty() =>
                {
                    self.create_event(actor, draft).await
                }
                _ => Err(Refusal::Expired.into()),
            },
            CoordinatorAction::Events => {
                let groups = match &roles.coordinates {
                    Coordinates::Groups(g) if !roles.admin => Some(g.clone()),
                    _ => None,
                };
                let mut buttons: Vec<Vec<Button>> = self
                    .store
                    .events_of(groups.as_deref(), actor.lang)
                    .await?
                    .into_iter()
                    .map(|e| {
                        vec![self.event_button(
                            &e,
                            actor.lang,
                            CoordinatorAction::EventDetail(e.id),
                        )]
                    })
                    .collect();
                buttons.insert(0, vec![ui.button("event-new", CoordinatorAction::NewEvent)]);
                buttons.push(self.ui(actor.lang).nav());
                Ok(Step {
                    replies: vec![ui.reply(ui.t("events-title"), buttons)],
                    state: State::Menu,
                })
            }
            CoordinatorAction::EventDetail(id) => {
                let event = self.coordinated_event(actor, id).await?;
                let (going, not_going) = self.store.rsvp_counts(id).await?;
                let (names, langs) = self.store.going(id).await?;
                let newcomers = ui.list(
                    &langs
                        .iter()
                        .map(|(l, n)| format!("{}: {n}", ui.language(*l)))
                        .collect::<Vec<_>>(),
                );
                let mut lines = vec![self.event_text(actor.lang, &event)];
                lines.push(ui.f(
                    "event-rsvp-counts",
                    &[("going", going.into()), ("notgoing", not_going.into())],
                ));
                if !names.is_empty() {
                    lines.push(ui.f(
                        "event-going-volunteers",
                        &[("names", (&ui.list(&names)).into())],
                    ));
                }
                if !newcomers.is_empty() {
                    lines.push(ui.f(
                        "event-going-newcomers",
                        &[("languages", (&newcomers).into())],
                    ));
                }
                let buttons = vec![
                    vec![ui.button("event-announce", CoordinatorAction::AnnounceEvent(id))],
                    self.ui(actor.lang).nav(),
                ];
                Ok(Step {
                    replies: vec![ui.reply(lines.join("\n\n"), buttons)],
                    state: State::Menu,
                })
            }
            CoordinatorAction::AnnounceEvent(id) => {
                let draft = self.event_announcement(actor, id).await?;
                self.broadcast_step(actor, draft).await
            }
            // Free questions are not routed to a group: staff answer them.
            CoordinatorAction::Questions => {
                allow(roles.is_staff(), Refusal::NotAllowed)?;
                self.questions(actor, 0).await
            }
            CoordinatorAction::QuestionsPage(page) => {
                allow(roles.is_staff(), Refusal::NotAllowed)?;
                self.questions(actor, page).await
            }
            CoordinatorAction::AnswerQuestion(question) => {
                allow(roles.is_staff(), Refusal::NotAllowed)?;
                let Some(q) = self.store.question(question).await? else {
                    return Err(Refusal::Expired.into());
                };
                Ok(Step {
                    replies: vec![ui.reply(
                        ui.f("question-answer-prompt", &[("question", (&q.body).into())]),
                        vec![vec![ui.cancel()]],
                    )],
                    state: State::AnsweringQuestion { question },
                })
            }
            CoordinatorAction::OurOffers => {
                let cutoff = self.now() - Duration::days(182);
                let mut buttons = vec![];
                for (group, name) in self.my_groups(actor, &roles).await? {
                    for (offer, verified) in self.store.offers_of_group(group, actor.lang).await? {
                        let stale = verified.is_none_or(|v| v < cutoff);
                        // Taken out of the catalogue on the web page: no longer shown.
                        let mark = match (offer.retired, stale) {
                            (true, _) => "⏸️",
                            (false, true) => "⚠️",
                            (false, false) => "✅",
                        };
                        buttons.push(vec![Button::new(
                            format!("{mark} {} ({name})", offer.title),
                            CoordinatorAction::ManageOffer(offer.id),
                        )]);
                    }
                }
                buttons.push(self.ui(actor.lang).nav());
                Ok(Step {
                    replies: vec![ui.reply(ui.t("our-offers-title"), buttons)],
                    state: State::Menu,
                })
            }
            CoordinatorAction::ManageOffer(offer)
            | CoordinatorAction::VerifyOffer(offer)
            | CoordinatorAction::EditOffer(offer) => {
                let Some(view) = self
                    .store
                    .offer(offer, actor.lang)
                    .await?
                    .filter(|o| roles.coordinates(o.group_id))
                else {
                    return Err(Refusal::Expired.into());
                };
                match action {
                    CoordinatorAction::VerifyOffer(_) => {
                        self.store.verify_offer(offer, now).await?;
                        self.store
                            .audit(actor.id, Audited::VerifyOffer, offer.get(), now)
                            .await?;
                        let view = self.store.offer(offer, actor.lang).await?.unwrap_or(view);
                        Ok(Step {
                            replies: vec![self.manage_offer_screen(actor, &view)],
                            state: State::Menu,
                        }
                        .prepend(ui.plain("offer-verified")))
                    }
                    CoordinatorAction::EditOffer(_) => {
                        let buttons = OfferField::ALL
                            .iter()
                            .map(|f| {
                                vec![ui.button(
                                    &format!("offer-field-{}", f.code()),
                                    CoordinatorAction::EditField(*f),
                                )]
                            })
                            .chain([vec![ui.cancel()]])
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
                        replies: vec![self.manage_offer_screen(actor, &view)],
                        state: State::Menu,
                    }),
                }
            }
            CoordinatorAction::EditField(field) => match state {
                State::EditingOffer {
                    offer,
                    field: None,
                    lang: None,
                } => {
                    let mut buttons: Vec<Vec<Button>> = Lang::all()
                        .iter()
                        .map(|l| {
                            vec![Button::new(
                                l.own_name().to_owned(),
                                CoordinatorAction::EditLang(*l),
                            )]
                        })
                        .collect();
                    buttons.push(vec![ui.cancel()]);
                    Ok(Step {
                        replies: vec![ui.reply(ui.t("offer-edit-language"), buttons)],
                        state: State::EditingOffer {
                            offer,
                            field: Some(field),
                            lang: None,
                        },
                    })
                }
                _ => Err(Refusal::Expired.into()),
            },
            CoordinatorAction::EditLang(lang) => match state {
                State::EditingOffer {
                    offer,
                    field: Some(field),
                    lang: None,
                } => Ok(Step {
                    replies: vec![ui.reply(ui.t("offer-edit-write"), vec![vec![ui.cancel()]])],
                    state: State::EditingOffer {
                        offer,
                        field: Some(field),
                        lang: Some(lang),
                    },
                }),
                _ => Err(Refusal::Expired.into()),
            },
            CoordinatorAction::TakeAlert(alert) => {
                let found = self
                    .store
                    .alert(alert)
                    .await?
                    .or_refuse(Refusal::NotFound)?;
                allow(
                    crate::account::urgent::may_take_alert(&roles, &found, now),
                    Refusal::NotAllowed,
                )?;
                let taken = self.store.take_alert(alert, actor.id, now).await?;
                allow(taken, Refusal::AlreadyTaken)?;
                self.looked_up(
                    actor.id,
                    &roles,
                    &[(found.person, crate::store::Purpose::Alert, alert.get())],
                )
                .await?;
                Ok(Step::one(
                    self.alert_taken_screen(actor.lang, &found),
                    State::Menu,
                ))
            }
            CoordinatorAction::Coordinators => self.coordinators_screen(actor).await,
            CoordinatorAction::RemoveCoordinator(person, group) => {
                allow(roles.is_staff(), Refusal::NotAllowed)?;
                let removed = self.store.remove_coordinator(person, group, now).await?;
                allow(removed, Refusal::Expired)?;
                self.store
                    .audit(actor.id, Audited::RemoveCoordinator, person.get(), now)
                    .await?;
                self.tell_removed(person, group, "coordinator-removed-notice")
                    .await?;
                Ok(self
                    .coordinators_screen(actor)
                    .await?
                    .prepend(ui.plain("coordinator-removed")))
            }
            CoordinatorAction::StepDown(group) => {
                let stepped = self.store.remove_coordinator(actor.id, group, now).await?;
                allow(stepped, Refusal::NotAllowed)?;
                self.store
                    .audit(actor.id, Audited::StepDown, group.get(), now)
                    .await?;
                let actor = self.reread(actor).await?;
                self.menu_after(&actor, ui.plain("coordinator-stepped-down"))
                    .await
                    .map_err(Into::into)
            }
            CoordinatorAction::CloseAlert(alert, outcome) => {
                let found = self
                    .store
                    .alert(alert)
                    .await?
                    .or_refuse(Refusal::NotFound)?;
                // Whoever took it closes it; staff may close any.
                allow(
                    roles.is_staff() || found.taken_by == Some(actor.id),
                    Refusal::NotAllowed,
                )?;
                let closed = self
                    .store
                    .close_alert(alert, actor.id, outcome, now)
                    .await?;
                allow(closed, Refusal::AlreadyDecided)?;
                let outcome = ui.t(&outcome.message_id());
                Ok(self
                    .menu_after(
                        actor,
                        ui.plain_with("alert-closed", &[("outcome", (&outcome).into())]),
                    )
                    .await?)
            }
            CoordinatorAction::Audit => {
                allow(roles.is_staff(), Refusal::NotAllowed)?;
                let trail = self.store.audit_trail(30).await?;
                let mut lines = vec![ui.t(if trail.is_empty() {
                    "audit-none"
                } else {
                    "audit-title"
                })];
                for entry in trail {
                    let who = entry
                        .actor
                        .map_or_else(|| "–".to_owned(), |id| format!("#{id}"));
                    lines.push(ui.f(
                        "audit-line",
                        &[
                            ("date", (&self.short_time(entry.at, actor.lang)).into()),
                            ("who", (&who).into()),
                            ("what", (&ui.t(&entry.action.message_id())).into()),
                            ("subject", entry.subject.into()),
                        ],
                    ));
                }
                Ok(Step::one(
                    ui.reply(lines.join("\n"), vec![ui.nav()]),
                    State::Menu,
                ))
            }
            CoordinatorAction::Summary => {
                // Up to and including this moment: a request made just now counts.
                let to = self.now() + Duration::seconds(1);
                let from = to - Duration::days(91);
                let mut report = self.store.report(from, to, actor.lang).await?;
                // Staff read the whole municipality's numbers; a group's coordinator, their
                // groups'.
                report.groups.retain(|g| roles.coordinates(g.id));
                // A group with nothing in the quarter (no request, no event) is left out of
                // the chat's summary; the page and the CSV keep every group.
                report
                    .groups
                    .retain(|g| g.received > 0 || g.events_held > 0 || g.still_unclaimed > 0);
                let mut lines = vec![ui.t("summary-title")];
                if report.groups.is_empty() {
                    lines.push(ui.t("summary-nothing"));
                }
                lines.extend(report_lines(
                    &self.locales,
                    actor.lang,
                    &report,
                    roles.is_staff(),
                ));
                Ok(Step {
                    replies: vec![ui.reply(lines.join("\n\n"), vec![self.ui(actor.lang).nav()])],
                    state: State::Menu,
                })
            }
        }
    }

    /// The coordinator's rights, or `None` for anyone else.
    /// An event of a group the actor coordinates, in their language.
    pub(crate) async fn coordinated_event(&self, actor: &Actor, id: EventId) -> Flow<EventView> {
        let event = self
            .store
            .event(id, actor.lang)
            .await?
            .or_refuse(Refusal::NotFound)?;
        allow(actor.roles.coordinates(event.group), Refusal::NotAllowed)?;
        Ok(event)
    }

    /// The announcement of an event of the actor's groups: its texts in every language, to
    /// the event's audience, with its buttons.
    pub(crate) async fn event_announcement(
        &self,
        actor: &Actor,
        id: EventId,
    ) -> Flow<BroadcastDraft> {
        let event = self.coordinated_event(actor, id).await?;
        let mut texts = vec![];
        for lang in Lang::all() {
            if let Some(e) = self.store.event(id, lang).await? {
                texts.push((lang, self.event_text(lang, &e)));
            }
        }
        // The event's own group: who that reaches is the sender's rights' to say.
        Ok(BroadcastDraft {
            audience: Some(event.audience),
            group: Some(AllOr::One(event.group)),
            lang: Some(AllOr::All),
            texts,
            asked: Lang::all().to_vec(),
            event: Some(id),
        })
    }

    /// Refuses a broadcast that is neither the actor's nor theirs to see as staff.
    pub(crate) async fn own_broadcast(&self, actor: &Actor, id: BroadcastId) -> Flow<()> {
        let sender = self
            .store
            .broadcast_sender(id)
            .await?
            .or_refuse(Refusal::NotFound)?;
        allow(
            actor.roles.is_staff() || sender == Some(actor.id),
            Refusal::NotAllowed,
        )?;
        Ok(())
    }

    /// The groups a coordinator may act for, named in their language.
    async fn my_groups(
        &self,
        actor: &Actor,
        roles: &Roles,
    ) -> anyhow::Result<Vec<(GroupId, String)>> {
        Ok(self
            .store
            .groups(actor.lang)
            .await?
            .into_iter()
            .filter(|(id, _)| roles.coordinates(*id))
            .collect())
    }

    /// Text a coordinator writes for a broadcast or an event.
    pub(crate) async fn on_coordinator_text(&self, actor: &Actor, state: State, raw: &str) -> Flow {
        let ui = self.ui(actor.lang);
        allow(actor.roles.is_coordinator(), Refusal::NotAllowed)?;
        let words = match text::words(raw, MAX_ANNOUNCEMENT_CHARS) {
            Ok(words) => words,
            Err(error) => return Ok(self.keep_writing(actor, state, error).await?),
        };
        match state {
            State::Broadcasting { mut draft } => match draft.next_language() {
                Some(lang) if draft.lang.is_some() => {
                    draft.texts.push((lang, words));
                    draft.asked.push(lang);
                    self.broadcast_step(actor, draft).await
                }
                _ => Ok(self
                    .current_screen(actor, State::Broadcasting { draft })
                    .await?
                    .prepend(ui.plain("not-understood"))),
            },
            State::CreatingEvent { mut draft } => {
                if draft.audience.is_some() && draft.starts_at.is_none() {
                    let zone = self.settings.routing.quiet.zone;
                    match parse_local_time(ui.lang(), &words, zone, self.now()) {
                        Ok(at) => draft.starts_at = Some(at),
                        Err(problem) => {
                            let why = match problem {
                                events::TimeProblem::Unreadable => "event-time-invalid",
                                events::TimeProblem::Passed => "event-time-past",
                            };
                            return Ok(self
                                .current_screen(actor, State::CreatingEvent { draft })
                                .await?
                                .prepend(ui.plain(why)));
                        }
                    }
                } else if draft.starts_at.is_some() && draft.place.is_none() {
                    if words.chars().count() > MAX_PLACE_CHARS {
                        return Ok(self
                            .current_screen(actor, State::CreatingEvent { draft })
                            .await?
                            .prepend(ui.plain_with(
                                "message-too-long",
                                &[("max", MAX_PLACE_CHARS.into())],
                            )));
                    }
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
                        .current_screen(actor, State::CreatingEvent { draft })
                        .await?
                        .prepend(ui.plain("not-understood")));
                }
                self.event_step(actor, draft).await
            }
            State::AnsweringQuestion { question } => self.answer(actor, question, &words).await,
            State::EditingOffer {
                offer,
                field: Some(field),
                lang: Some(lang),
            } => {
                let roles = actor.roles.clone();
                let theirs = self
                    .store
                    .offer(offer, lang)
                    .await?
                    .is_some_and(|o| roles.coordinates(o.group_id));
                if !theirs {
                    return Err(Refusal::Expired.into());
                }
                self.store
                    .set_offer_text(offer, lang, field, &words, self.now())
                    .await?;
                self.store
                    .audit(actor.id, Audited::EditOffer, offer.get(), self.now())
                    .await?;
                let view = self.store.offer(offer, actor.lang).await?;
                let screen = match view {
                    Some(view) => self.manage_offer_screen(actor, &view),
                    None => self.main_menu(actor).await?,
                };
                Ok(Step {
                    replies: vec![screen],
                    state: State::Menu,
                }
                .prepend(ui.plain("offer-saved")))
            }
            other => Ok(self
                .current_screen(actor, other)
                .await?
                .prepend(ui.plain("not-understood"))),
        }
    }

    /// The screen of a coordinator's state, shown again.
    pub(crate) async fn coordinator_screen(
        &self,
        actor: &Actor,
        state: &State,
    ) -> anyhow::Result<Option<Reply>> {
        let step = match state {
            State::Broadcasting { draft } => self.broadcast_step(actor, draft.clone()).await?,
            State::CreatingEvent { draft } => self.event_step(actor, draft.clone()).await?,
            State::AnsweringQuestion { question } => {
                let ui = self.ui(actor.lang);
                let body = self
                    .store
                    .question(*question)
                    .await?
                    .map(|q| q.body)
                    .unwrap_or_default();
                return Ok(Some(ui.reply(
                    ui.f("question-answer-prompt", &[("question", (&body).into())]),
                    vec![vec![ui.cancel()]],
                )));
            }
            State::FollowingUp { .. } => {
                let ui = self.ui(actor.lang);
                return Ok(Some(
                    ui.reply(ui.t("question-follow-up"), vec![vec![ui.cancel()]]),
                ));
            }
            State::EditingOffer { .. } => {
                let ui = self.ui(actor.lang);
                return Ok(Some(
                    ui.reply(ui.t("offer-edit-write"), vec![vec![ui.cancel()]]),
                ));
            }
            _ => return Ok(None),
        };
        Ok(step.replies.into_iter().last())
    }
}
