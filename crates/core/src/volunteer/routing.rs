//! Who hears of a new request, and when: the group's volunteers who speak the newcomer's
//! language first, the rest of the group later, the coordinators if nobody takes it. The
//! time-driven part runs from `tick`.

use std::collections::HashMap;

use crate::action::{CoordinatorAction, VolunteerAction};
use crate::catalog::OfferKind;
use crate::domain::ids::{AlertId, EventId, GroupId, OfferId, PersonId, RequestId};
use crate::domain::lang::Lang;
use crate::domain::{Candidate, JobKind, RequestStatus};
use crate::engine::Engine;
use crate::message::Reply;
use crate::store::{OfferView, RequestDetail, Tx};

impl Engine {
    /// The people who coordinate `group` (any group when `None`) and have written to the bot:
    /// staff named in configuration for it, and those invited to it. A fixed number of
    /// queries, whatever the number of staff.
    pub(crate) async fn coordinators_of(
        &self,
        group: Option<GroupId>,
    ) -> anyhow::Result<Vec<PersonId>> {
        let slug = match group {
            Some(group) => self.store.group_slug(group).await?,
            None => None,
        };
        let addresses: Vec<_> = self
            .settings
            .staff
            .iter()
            .filter(|staff| match (&staff.groups, group) {
                (None, _) | (_, None) => true,
                (Some(slugs), Some(_)) => {
                    staff.admin || slug.as_ref().is_some_and(|slug| slugs.contains(slug))
                }
            })
            .map(|staff| staff.address.clone())
            .collect();
        let mut people = self.store.people_at(&addresses).await?;
        if let Some(group) = group {
            people.extend(self.store.invited_coordinators(group).await?);
        }
        people.sort();
        people.dedup();
        Ok(people)
    }

    /// Who hears of a new request, read before its transaction: the volunteers who may take
    /// it and the offer's titles.
    pub(crate) async fn plan_route(
        &self,
        newcomer: PersonId,
        offer: &OfferView,
    ) -> anyhow::Result<Option<(Vec<Candidate>, Titles)>> {
        if offer.kind != OfferKind::Volunteer {
            return Ok(None);
        }
        let candidates = self
            .store
            .candidates(offer.group_id, offer.category)
            .await?
            .into_iter()
            .filter(|c| c.person != newcomer)
            .collect();
        Ok(Some((candidates, self.titles(offer.id).await?)))
    }

    /// Within the request's own transaction: tells the volunteers who should hear first, and
    /// plans the widening and the escalation.
    pub(crate) async fn route(
        &self,
        tx: &mut Tx,
        request: &RequestDetail,
        (candidates, titles): &(Vec<Candidate>, Titles),
    ) -> anyhow::Result<()> {
        let now = self.now();
        let routing = &self.settings.routing;
        let speaks = |c: &&Candidate| c.spoken.iter().any(|s| s.code() == request.lang.code());
        let first: Vec<&Candidate> = candidates.iter().filter(speaks).collect();
        let circle = if first.is_empty() {
            candidates.iter().collect()
        } else {
            first.clone()
        };
        for candidate in circle {
            self.notify(tx, request, candidate, titles).await?;
        }
        if !first.is_empty() && first.len() < candidates.len() {
            tx.schedule(JobKind::Widen, request.id.get(), now + routing.widen_after)
                .await?;
        }
        tx.schedule(
            JobKind::Escalate,
            request.id.get(),
            now + routing.escalate_after,
        )
        .await
    }

    /// Queues one volunteer's notification of a request, outside quiet hours.
    pub(crate) async fn notify(
        &self,
        tx: &mut Tx,
        request: &RequestDetail,
        volunteer: &Candidate,
        titles: &Titles,
    ) -> anyhow::Result<()> {
        let now = self.now();
        let ui = self.ui(volunteer.lang);
        let message = ui.reply(
            self.request_text(volunteer.lang, "notice-new-request", request, titles),
            vec![vec![
                ui.button("notice-accept", VolunteerAction::Accept(request.id)),
                ui.button("notice-not-me", VolunteerAction::NotMe(request.id)),
            ]],
        );
        let at = self.settings.routing.quiet.next_allowed(now);
        let outbox = tx
            .enqueue_quoting(volunteer.person, &message, &[request.newcomer], at, now)
            .await?;
        tx.add_notice(request.id, volunteer.person, outbox, now)
            .await
    }

    /// A request as volunteers and coordinators see it: offer, language and note, never the
    /// newcomer's name or handle.
    pub(crate) fn request_text(
        &self,
        lang: Lang,
        id: &str,
        request: &RequestDetail,
        titles: &Titles,
    ) -> String {
        let ui = self.ui(lang);
        let language = ui.language(request.lang);
        let note = request
            .note
            .clone()
            .unwrap_or_else(|| ui.t("notice-no-note"));
        ui.f(
            id,
            &[
                ("request", request.id.get().into()),
                ("offer", titles.get(lang).into()),
                ("language", (&language).into()),
                ("note", (&note).into()),
            ],
        )
    }

    pub(crate) async fn offer_title(
        &self,
        request: &RequestDetail,
        lang: Lang,
    ) -> anyhow::Result<String> {
        Ok(self
            .store
            .offer(request.offer, lang)
            .await?
            .map(|o| o.title)
            .unwrap_or_default())
    }

    /// An offer's title in every language, to render messages inside a transaction.
    pub(crate) async fn titles(&self, offer: OfferId) -> anyhow::Result<Titles> {
        Ok(self
            .titles_of(&[offer])
            .await?
            .remove(&offer)
            .unwrap_or_default())
    }

    /// The titles of several offers, in one query whatever their number.
    pub(crate) async fn titles_of(
        &self,
        offers: &[OfferId],
    ) -> anyhow::Result<HashMap<OfferId, Titles>> {
        let mut written: HashMap<OfferId, Vec<(Lang, String)>> = HashMap::new();
        for (offer, lang, title) in self.store.offer_titles(offers).await? {
            written.entry(offer).or_default().push((lang, title));
        }
        Ok(written
            .into_iter()
            .map(|(offer, texts)| (offer, Titles::from_written(&texts)))
            .collect())
    }

    /// Runs the time-driven work that has fallen due: widening, escalation and event
    /// reminders. Returns how many jobs ran. Safe to call often and from a restarted process.
    pub async fn tick(&self) -> anyhow::Result<usize> {
        let now = self.now();
        let jobs = self.store.due_jobs(now).await?;
        for job in &jobs {
            if job.kind == JobKind::Remind {
                self.remind(job.id, EventId::try_from(job.ref_id)?).await?;
                continue;
            }
            if job.kind == JobKind::WidenAlert {
                self.widen_alert(job.id, AlertId::try_from(job.ref_id)?)
                    .await?;
                continue;
            }
            if job.kind == JobKind::RecheckBroadcast {
                self.recheck_broadcast(
                    job.id,
                    crate::domain::ids::BroadcastId::try_from(job.ref_id)?,
                )
                .await?;
                continue;
            }
            let request = RequestId::try_from(job.ref_id)?;
            let detail = self
                .store
                .request(request)
                .await?
                .filter(|d| d.status == RequestStatus::Open);
            let Some(detail) = detail else {
                let mut tx = self.store.begin().await?;
                tx.finish_job(job.id, now).await?;
                tx.commit().await?;
                continue;
            };
            let titles = self.titles(detail.offer).await?;
            match job.kind {
                JobKind::Widen => {
                    let told: Vec<PersonId> = self
                        .store
                        .notices_of(request)
                        .await?
                        .into_iter()
                        .map(|n| n.0)
                        .collect();
                    let rest: Vec<Candidate> = self
                        .store
                        .candidates(detail.group, detail.category)
                        .await?
                        .into_iter()
                        .filter(|c| !told.contains(&c.person) && c.person != detail.newcomer)
                        .collect();
                    let mut tx = self.store.begin().await?;
                    tx.finish_job(job.id, now).await?;
                    for candidate in &rest {
                        self.notify(&mut tx, &detail, candidate, &titles).await?;
                    }
                    tx.commit().await?;
                }
                // Handled before the request is loaded.
                JobKind::Remind | JobKind::WidenAlert | JobKind::RecheckBroadcast => {}
                JobKind::Escalate => {
                    let coordinators = self
                        .store
                        .people(&self.coordinators_of(Some(detail.group)).await?)
                        .await?;
                    let at = self.settings.routing.quiet.next_allowed(now);
                    let mut tx = self.store.begin().await?;
                    tx.finish_job(job.id, now).await?;
                    tx.mark_escalated(request, now).await?;
                    for coordinator in &coordinators {
                        let message = self.escalation_message(coordinator.lang, &detail, &titles);
                        tx.enqueue_quoting(coordinator.id, &message, &[detail.newcomer], at, now)
                            .await?;
                    }
                    tx.commit().await?;
                }
            }
        }
        Ok(jobs.len())
    }

    pub(crate) fn escalation_message(
        &self,
        lang: Lang,
        request: &RequestDetail,
        titles: &Titles,
    ) -> Reply {
        let ui = self.ui(lang);
        ui.reply(
            self.request_text(lang, "escalation-notice", request, titles),
            vec![
                vec![ui.button_with(
                    "take-myself",
                    &[("request", request.id.get().into())],
                    CoordinatorAction::TakeRequest(request.id),
                )],
                vec![ui.button_with(
                    "hand-over",
                    &[("request", request.id.get().into())],
                    CoordinatorAction::HandOver(request.id),
                )],
                vec![ui.button("web-close", CoordinatorAction::CloseRequest(request.id))],
            ],
        )
    }
}

/// An offer's title in each language, read before a transaction renders messages with it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Titles(Vec<(Lang, String)>);

impl Titles {
    /// Each language's title from the texts written: its own, else the fallback's, as the
    /// store falls back for one reader.
    fn from_written(texts: &[(Lang, String)]) -> Titles {
        let find = |lang: Lang| texts.iter().find(|(l, _)| *l == lang).map(|(_, t)| t);
        Titles(
            Lang::all()
                .into_iter()
                .map(|lang| {
                    let title = lang
                        .chain()
                        .into_iter()
                        .find_map(find)
                        .or_else(|| texts.first().map(|(_, t)| t))
                        .cloned()
                        .unwrap_or_default();
                    (lang, title)
                })
                .collect(),
        )
    }

    pub(crate) fn get(&self, lang: Lang) -> &str {
        self.0
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or("", |(_, title)| title.as_str())
    }
}
