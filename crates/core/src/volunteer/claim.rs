//! Taking a request: first accept wins, the newcomer hears who will help, everyone else
//! hears it is taken; and the volunteer's list of what they took.

use crate::action::VolunteerAction;
use crate::domain::RequestStatus;
use crate::domain::ids::{PersonId, RequestId};
use crate::engine::{Actor, Engine, Flow, OrRefuse, Refusal, State, Step, allow};
use crate::i18n::Arg;
use crate::store::RequestDetail;

impl Engine {
    pub(super) async fn accept(&self, actor: &Actor, request: RequestId) -> Flow {
        let ui = self.ui(actor.lang);
        let told = self
            .store
            .notices_of(request)
            .await?
            .iter()
            .any(|(v, _, _)| *v == actor.id);
        let volunteer = actor.approved_volunteer().or_refuse(Refusal::NotAllowed)?;
        let detail = self
            .store
            .request(request)
            .await?
            .or_refuse(Refusal::NotFound)?;
        allow(told, Refusal::NotAllowed)?;
        if detail.status == RequestStatus::Cancelled {
            return Ok(Step {
                replies: vec![self.main_menu(actor).await?],
                state: State::Menu,
            }
            .prepend(ui.plain_with(
                "request-withdrawn",
                &[
                    ("request", request.get().into()),
                    (
                        "offer",
                        (&self.offer_title(&detail, actor.lang).await?).into(),
                    ),
                ],
            )));
        }
        allow(detail.status == RequestStatus::Open, Refusal::AlreadyTaken)?;
        let won = self
            .claim(&detail, actor.id, &volunteer.profile.name, None)
            .await?;
        allow(won, Refusal::AlreadyTaken)?;
        self.claimed_screen(actor, &detail, "claim-won").await
    }

    /// First accept wins: the claim, the newcomer's news and everyone else's "taken" commit
    /// together. Returns false if someone else was first.
    pub(crate) async fn claim(
        &self,
        detail: &RequestDetail,
        volunteer: PersonId,
        name: &str,
        handed_by: Option<PersonId>,
    ) -> anyhow::Result<bool> {
        let now = self.now();
        let notices = self.store.notices_of(detail.id).await?;
        let titles = self.titles(detail.offer).await?;
        let mut ids = vec![detail.newcomer, volunteer];
        ids.extend(notices.iter().map(|n| n.0));
        let people = self.store.people(&ids).await?;
        let lang_of = |id: PersonId| people.iter().find(|p| p.id == id).map(|p| p.lang);
        let mut tx = self.store.begin().await?;
        if !tx.claim(detail.id, volunteer, now).await? {
            return Ok(false);
        }
        tx.finish_jobs_of(detail.id.get(), now).await?;
        if let Some(lang) = lang_of(detail.newcomer) {
            let ui = self.ui(lang);
            let message = ui.reply(
                ui.f(
                    "newcomer-claimed",
                    &[("name", name.into()), ("offer", titles.get(lang).into())],
                ),
                vec![vec![ui.button(
                    "relay-reply",
                    VolunteerAction::OpenRelay(detail.id),
                )]],
            );
            tx.enqueue_quoting(detail.newcomer, &message, &[volunteer], now, now)
                .await?;
        }
        if handed_by.is_some()
            && let Some(lang) = lang_of(volunteer)
        {
            let ui = self.ui(lang);
            let message = ui.reply(
                ui.f(
                    "notice-handed",
                    &[
                        ("request", detail.id.get().into()),
                        ("offer", titles.get(lang).into()),
                    ],
                ),
                vec![vec![ui.button(
                    "relay-reply",
                    VolunteerAction::OpenRelay(detail.id),
                )]],
            );
            tx.enqueue(volunteer, &message, now, now).await?;
        }
        let morning = self.settings.routing.quiet.next_allowed(now);
        for (other, declined, outbox) in notices {
            if other == volunteer {
                continue;
            }
            let withdrawn = match outbox {
                Some(outbox) => tx.withdraw(outbox).await?,
                None => false,
            };
            let Some(lang) = lang_of(other).filter(|_| !withdrawn && !declined) else {
                continue;
            };
            let message = self.ui(lang).plain_with(
                "notice-taken",
                &[
                    ("request", detail.id.get().into()),
                    ("offer", titles.get(lang).into()),
                ],
            );
            tx.enqueue(other, &message, morning, now).await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    pub(crate) async fn claimed_screen(
        &self,
        actor: &Actor,
        detail: &RequestDetail,
        said: &str,
    ) -> Flow {
        let ui = self.ui(actor.lang);
        let offer = self.offer_title(detail, actor.lang).await?;
        let screen = self.relay_screen(actor, detail.id).await?;
        Ok(Step {
            replies: screen.into_iter().collect(),
            state: State::Relaying { request: detail.id },
        }
        .prepend(ui.plain_with(
            said,
            &[
                ("request", detail.id.get().into()),
                ("offer", (&offer).into()),
            ],
        )))
    }

    pub(super) async fn tasks(&self, actor: &Actor) -> Flow {
        let ui = self.ui(actor.lang);
        let tasks = self.store.tasks_of(actor.id).await?;
        if tasks.is_empty() {
            return Ok(self.menu_after(actor, ui.plain("tasks-none")).await?);
        }
        let offers: Vec<_> = tasks.iter().map(|t| t.offer).collect();
        let titles = self.titles_of(&offers).await?;
        let mut lines = vec![ui.t("tasks-title")];
        let mut buttons = vec![];
        for task in &tasks {
            let offer = titles
                .get(&task.offer)
                .map(|t| t.get(actor.lang).to_owned())
                .unwrap_or_default();
            let request: Arg<'_> = task.id.get().into();
            lines.push(ui.f(
                "task-line",
                &[
                    ("request", task.id.get().into()),
                    ("offer", (&offer).into()),
                ],
            ));
            buttons.push(vec![
                ui.button_with(
                    "task-write",
                    &[("request", request)],
                    VolunteerAction::OpenRelay(task.id),
                ),
                ui.button_with(
                    "task-done",
                    &[("request", task.id.get().into())],
                    VolunteerAction::MarkDone(task.id),
                ),
            ]);
        }
        buttons.push(ui.nav());
        Ok(Step {
            replies: vec![ui.reply(lines.join("\n"), buttons)],
            state: State::Menu,
        })
    }
}
