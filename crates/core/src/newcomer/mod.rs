//! What a newcomer does: browse the offers by topic, ask for one with an optional note, follow
//! and cancel their requests, say how the help went, ask a free question and write back to its
//! answer, see coming events and answer them.

mod events;
mod screens;

use crate::action::NewcomerAction;
use crate::catalog::OfferKind;
use crate::domain::ids::{OfferId, QuestionId, RequestId};
use crate::domain::{Consent, RequestStatus};
use crate::engine::{Actor, Engine, Flow, OrRefuse, Refusal, State, Step, allow};
use crate::message::Reply;
use crate::store::RequestDetail;

impl Engine {
    pub(crate) async fn on_newcomer(
        &self,
        actor: &Actor,
        state: State,
        action: NewcomerAction,
    ) -> Flow {
        let ui = self.ui(actor.lang);
        match action {
            NewcomerAction::Categories => Ok(Step::one(ui.categories(), State::Menu)),
            NewcomerAction::Category(category) => {
                let offers = self.store.offers_in(category, actor.lang).await?;
                Ok(Step::one(ui.offer_list(category, &offers), State::Menu))
            }
            NewcomerAction::Offer(id) => {
                Ok(Step::one(self.offer_screen(actor, id).await?, State::Menu))
            }
            NewcomerAction::Interested(id) if actor.consent != Consent::Agreed => {
                // Asking needs the privacy notice agreed; after agreeing, back to this offer.
                Ok(Step::one(
                    ui.privacy_needed(),
                    State::ReadingPrivacy {
                        then: Some(id),
                        invite: None,
                    },
                ))
            }
            NewcomerAction::Interested(id) => {
                let offer = self
                    .store
                    .offer(id, actor.lang)
                    .await?
                    .or_refuse(Refusal::NotFound)?;
                if offer.retired {
                    return Ok(Step::one(ui.offer_retired(), State::Menu));
                }
                allow(offer.kind == OfferKind::Volunteer, Refusal::Expired)?;
                let active = self
                    .store
                    .requests_of(actor.id, actor.lang)
                    .await?
                    .into_iter()
                    .any(|r| r.offer == id && r.status.is_active());
                if active {
                    return Ok(Step::one(ui.request_exists(&offer.title), State::Menu));
                }
                Ok(Step::one(
                    ui.note_prompt(&offer),
                    State::WritingNote { offer: id },
                ))
            }
            NewcomerAction::SkipNote(id) => {
                allow(
                    state == (State::WritingNote { offer: id }),
                    Refusal::Expired,
                )?;
                self.send_request(actor, id, None).await
            }
            NewcomerAction::MyRequests => {
                let requests = self.store.requests_of(actor.id, actor.lang).await?;
                Ok(Step::one(ui.my_requests(&requests), State::Menu))
            }
            NewcomerAction::CancelRequest(id) => {
                let request = self
                    .store
                    .request_of(actor.id, id, actor.lang)
                    .await?
                    .filter(|r| r.status.is_active())
                    .or_refuse(Refusal::NotFound)?;
                Ok(Step::one(ui.cancel_confirm(&request), State::Menu))
            }
            NewcomerAction::ConfirmCancelRequest(id) => {
                let request = self
                    .store
                    .request_of(actor.id, id, actor.lang)
                    .await?
                    .or_refuse(Refusal::NotFound)?;
                allow(self.cancel(actor, id).await?, Refusal::Expired)?;
                let requests = self.store.requests_of(actor.id, actor.lang).await?;
                Ok(
                    Step::one(ui.my_requests(&requests), State::Menu).prepend(ui.plain_with(
                        "request-cancelled",
                        &[("offer", (&request.offer_title).into())],
                    )),
                )
            }
            NewcomerAction::Feedback(request, good) => {
                let mut tx = self.store.begin().await?;
                let noted = tx.feedback(request, actor.id, good).await?;
                tx.commit().await?;
                allow(noted, Refusal::Expired)?;
                Ok(self.menu_after(actor, ui.plain("feedback-thanks")).await?)
            }
            NewcomerAction::Ask => {
                allow(actor.consent == Consent::Agreed, Refusal::NeedsConsent)?;
                Ok(Step::one(ui.question_prompt(), State::WritingQuestion))
            }
            NewcomerAction::SendAsQuestion => {
                allow(actor.consent == Consent::Agreed, Refusal::NeedsConsent)?;
                let State::ConfirmingQuestion { text } = state else {
                    return Err(Refusal::Expired.into());
                };
                self.ask(actor, &text).await
            }
            NewcomerAction::ReplyToAnswer(question) => {
                self.store
                    .question(question)
                    .await?
                    .filter(|q| q.person == actor.id && q.answered_by.is_some())
                    .or_refuse(Refusal::NotFound)?;
                Ok(Step::one(
                    ui.reply(ui.t("question-follow-up"), vec![vec![ui.cancel()]]),
                    State::FollowingUp { question },
                ))
            }
            NewcomerAction::UpcomingEvents => self.upcoming(actor).await,
            NewcomerAction::ShowEvent(event) => self.show_event(actor, event).await,
            NewcomerAction::Rsvp(event, going) => self.rsvp(actor, event, going).await,
            NewcomerAction::Calendar(event) => self.calendar(actor, event).await,
        }
    }

    /// An offer's page, or the topics if it no longer exists.
    pub(crate) async fn offer_screen(&self, actor: &Actor, id: OfferId) -> anyhow::Result<Reply> {
        let ui = self.ui(actor.lang);
        Ok(match self.store.offer(id, actor.lang).await? {
            Some(offer) if offer.retired => ui.offer_retired(),
            Some(offer) => ui.offer(&offer),
            None => ui.with_text_before("offer-unknown", ui.categories()),
        })
    }

    /// Stores the request and, in the same transaction, tells the volunteers who should hear
    /// of it first.
    pub(crate) async fn send_request(
        &self,
        actor: &Actor,
        offer: OfferId,
        note: Option<&str>,
    ) -> Flow {
        let ui = self.ui(actor.lang);
        let view = self
            .store
            .offer(offer, actor.lang)
            .await?
            .or_refuse(Refusal::NotFound)?;
        // Retired while the note was being written.
        if view.retired {
            return Ok(Step::one(ui.offer_retired(), State::Menu));
        }
        let now = self.now();
        // Everything but the request's id, which comes with its insert, is read before.
        let plan = self.plan_route(actor.id, &view).await?;
        let mut tx = self.store.begin().await?;
        let created = tx
            .insert_request(actor.id, offer, actor.lang, note, now)
            .await?;
        if let (Ok(id), Some(plan)) = (created, &plan) {
            let request = RequestDetail {
                id,
                newcomer: actor.id,
                offer,
                group: view.group_id,
                category: view.category,
                lang: actor.lang,
                note: note.map(str::to_owned),
                status: RequestStatus::Open,
                volunteer: None,
                relay_open: false,
                created_at: now,
                closed_reason: None,
            };
            self.route(&mut tx, &request, plan).await?;
        }
        tx.commit().await?;
        let said = match created {
            Ok(_) => "request-sent",
            Err(_) => "request-exists",
        };
        Ok(self
            .menu_after(
                actor,
                ui.plain_with(said, &[("offer", (&view.title).into())]),
            )
            .await?)
    }

    /// A free question for the coordinators.
    pub(crate) async fn ask(&self, actor: &Actor, question: &str) -> Flow {
        self.store
            .create_question(actor.id, actor.lang, question, self.now())
            .await?;
        Ok(self
            .menu_after(actor, self.ui(actor.lang).plain("question-sent"))
            .await?)
    }

    /// A newcomer's reply to an answer goes back to the coordinator who answered.
    pub(crate) async fn follow_up(&self, actor: &Actor, question: QuestionId, raw: &str) -> Flow {
        let ui = self.ui(actor.lang);
        let state = State::FollowingUp { question };
        let Ok(words) = crate::engine::text::words(raw, crate::engine::MAX_QUESTION_CHARS) else {
            return Ok(self
                .current_screen(actor, state)
                .await?
                .prepend(ui.plain("not-understood")));
        };
        let q = self
            .store
            .question(question)
            .await?
            .filter(|q| q.person == actor.id)
            .or_refuse(Refusal::NotFound)?;
        let coordinator = q.answered_by.or_refuse(Refusal::NotFound)?;
        let c = self
            .store
            .person(coordinator)
            .await?
            .or_refuse(Refusal::NotFound)?;
        let now = self.now();
        let their = self.ui(c.lang);
        let message = their.reply(
            format!(
                "{}\n{words}",
                their.f(
                    "question-follow-up-from",
                    &[("question", (&crate::i18n::excerpt(&q.body, 40)).into())],
                )
            ),
            vec![vec![their.button(
                "question-answer",
                crate::action::CoordinatorAction::AnswerQuestion(question),
            )]],
        );
        let mut tx = self.store.begin().await?;
        tx.enqueue_quoting(coordinator, &message, &[actor.id], now, now)
            .await?;
        tx.commit().await?;
        Ok(self.menu_after(actor, ui.plain("relay-sent")).await?)
    }

    /// A newcomer cancels their request: the volunteer helping is told, notices not yet sent
    /// are withdrawn and those already told hear it is gone, all with the cancellation.
    /// Returns false if it was not theirs or no longer active.
    async fn cancel(&self, actor: &Actor, request: RequestId) -> anyhow::Result<bool> {
        let Some(detail) = self.store.request(request).await? else {
            return Ok(false);
        };
        let now = self.now();
        let told = self.told_of(&detail).await?;
        let mut tx = self.store.begin().await?;
        if !tx.cancel_request(actor.id, request, now).await? {
            return Ok(false);
        }
        tx.finish_jobs_of(request.get(), now).await?;
        self.tell_it_ended(&mut tx, &detail, &told, "request-withdrawn", now)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// The volunteers a request concerns, read before it ends: those told of it who did not
    /// decline (with their notice, if it still waits in the outbox), and the one who has it.
    pub(crate) async fn told_of(&self, detail: &RequestDetail) -> anyhow::Result<ToldOf> {
        let notices = self.store.notices_of(detail.id).await?;
        let titles = self.titles(detail.offer).await?;
        let mut ids: Vec<_> = notices.iter().filter(|n| !n.1).map(|n| n.0).collect();
        ids.extend(detail.volunteer);
        ids.sort();
        ids.dedup();
        let people = self.store.people(&ids).await?;
        Ok(ToldOf {
            notices,
            people,
            titles,
        })
    }

    /// In the transaction that ends a request: a notice not yet sent is withdrawn; everyone
    /// else it concerns is told, in their language, with `key` (`request` and `offer`).
    pub(crate) async fn tell_it_ended(
        &self,
        tx: &mut crate::store::Tx,
        detail: &RequestDetail,
        told: &ToldOf,
        key: &str,
        now: chrono::DateTime<chrono::Utc>,
    ) -> anyhow::Result<()> {
        for them in &told.people {
            let pending = told
                .notices
                .iter()
                .find(|n| n.0 == them.id)
                .and_then(|n| n.2);
            let withdrawn = match pending {
                Some(outbox) if detail.volunteer != Some(them.id) => tx.withdraw(outbox).await?,
                _ => false,
            };
            if withdrawn {
                continue;
            }
            let message = self.ui(them.lang).plain_with(
                key,
                &[
                    ("request", detail.id.get().into()),
                    ("offer", told.titles.get(them.lang).into()),
                ],
            );
            tx.enqueue(them.id, &message, now, now).await?;
        }
        Ok(())
    }
}

/// Who a request concerns among the volunteers, read before it ends.
pub(crate) struct ToldOf {
    notices: Vec<(
        crate::domain::ids::PersonId,
        bool,
        Option<crate::domain::ids::OutboxId>,
    )>,
    people: Vec<crate::domain::Person>,
    /// The offer's title in every language it is written in.
    pub(crate) titles: crate::volunteer::routing::Titles,
}
