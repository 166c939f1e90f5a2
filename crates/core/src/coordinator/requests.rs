//! Requests nobody took: the list, taking one yourself, handing one to a named volunteer.

use crate::action::CoordinatorAction;
use crate::domain::ids::{PersonId, RequestId};
use crate::domain::roles::{Coordinates, Roles};
use crate::domain::{Audited, CloseReason, RequestStatus};
use crate::engine::{Actor, Engine, Flow, OrRefuse, Refusal, State, Step, allow};
use crate::store::RequestDetail;

/// How many requests nobody took one page of the chat list shows.
const OPEN_PER_PAGE: i64 = 10;

impl Engine {
    /// The requests nobody took, oldest first, a page at a time: one message each, and a
    /// way to the pages before and after.
    pub(crate) async fn open_requests_screen(
        &self,
        actor: &Actor,
        roles: &Roles,
        page: u32,
    ) -> Flow {
        let ui = self.ui(actor.lang);
        let groups = match &roles.coordinates {
            Coordinates::Groups(groups) if !roles.admin => Some(groups.as_slice()),
            _ => None,
        };
        let query = crate::store::RequestQuery {
            groups,
            statuses: &[RequestStatus::Open],
            ..Default::default()
        };
        let (mut open, total) = self
            .store
            .requests_page(&query, OPEN_PER_PAGE, i64::from(page) * OPEN_PER_PAGE)
            .await?;
        let pages = ((total + OPEN_PER_PAGE - 1) / OPEN_PER_PAGE).max(1);
        // A page past the end (the list got shorter meanwhile) shows the last one.
        let page = if open.is_empty() && total > 0 {
            let last = pages - 1;
            open = self
                .store
                .requests_page(&query, OPEN_PER_PAGE, last * OPEN_PER_PAGE)
                .await?
                .0;
            last
        } else {
            i64::from(page)
        };
        if open.is_empty() {
            return Ok(self
                .menu_after(actor, ui.plain("open-requests-none"))
                .await?);
        }
        let seen: Vec<_> = open
            .iter()
            .map(|r| (r.newcomer, crate::store::Purpose::Request, r.id.get()))
            .collect();
        self.looked_up(actor.id, roles, &seen).await?;
        let offers: Vec<_> = open.iter().map(|r| r.offer).collect();
        let titles = self.titles_of(&offers).await?;
        let mut replies = vec![ui.plain("open-requests-title")];
        for request in &open {
            let titles = titles.get(&request.offer).cloned().unwrap_or_default();
            replies.push(self.escalation_message(actor.lang, request, &titles));
        }
        replies.extend(ui.pages(page, pages, CoordinatorAction::OpenRequestsPage));
        replies.push(self.main_menu(actor).await?);
        Ok(Step {
            replies,
            state: State::Menu,
        })
    }

    /// A request in a group the actor coordinates, still open.
    pub(crate) async fn coordinated_request(
        &self,
        actor: &Actor,
        request: RequestId,
    ) -> Flow<RequestDetail> {
        let detail = self
            .store
            .request(request)
            .await?
            .or_refuse(Refusal::NotFound)?;
        allow(actor.roles.coordinates(detail.group), Refusal::NotAllowed)?;
        allow(detail.status == RequestStatus::Open, Refusal::Expired)?;
        Ok(detail)
    }

    /// A coordinator takes a request or gives it to a named volunteer.
    pub(crate) async fn give(
        &self,
        coordinator: &Actor,
        detail: &RequestDetail,
        to: PersonId,
        name: &str,
    ) -> Flow {
        let ui = self.ui(coordinator.lang);
        let handed_by = (to != coordinator.id).then_some(coordinator.id);
        allow(
            self.claim(detail, to, name, handed_by).await?,
            Refusal::AlreadyTaken,
        )?;
        let action = if handed_by.is_some() {
            Audited::HandRequest
        } else {
            Audited::TakeRequest
        };
        self.store
            .audit(coordinator.id, action, detail.id.get(), self.now())
            .await?;
        if to == coordinator.id {
            return self.claimed_screen(coordinator, detail, "claim-won").await;
        }
        Ok(self
            .menu_after(
                coordinator,
                ui.plain_with(
                    "handed",
                    &[("request", detail.id.get().into()), ("name", name.into())],
                ),
            )
            .await?)
    }

    /// A coordinator closes a request of their group that is still going, with the reason.
    /// The person who asked is told in their language, and so is the volunteer who had it.
    pub(crate) async fn close_request(
        &self,
        coordinator: &Actor,
        request: RequestId,
        reason: CloseReason,
    ) -> Flow {
        let detail = self
            .store
            .request(request)
            .await?
            .or_refuse(Refusal::NotFound)?;
        allow(
            coordinator.roles.coordinates(detail.group),
            Refusal::NotAllowed,
        )?;
        allow(detail.status.is_active(), Refusal::AlreadyDecided)?;
        let now = self.now();
        let told = self.told_of(&detail).await?;
        let asker = self.store.people(&[detail.newcomer]).await?;
        let mut tx = self.store.begin().await?;
        // Closed meanwhile, or taken by a volunteer since it was read: not now.
        match tx.close_request(request, reason, now).await? {
            Some(had) if had == detail.volunteer => {}
            Some(_) => return Err(Refusal::Expired.into()),
            None => return Err(Refusal::AlreadyDecided.into()),
        }
        tx.finish_jobs_of(request.get(), now).await?;
        tx.audit(coordinator.id, Audited::CloseRequest, request.get(), now)
            .await?;
        // The volunteers it concerns: a notice not yet sent is withdrawn, the rest are told.
        self.tell_it_ended(&mut tx, &detail, &told, "task-closed", now)
            .await?;
        for person in &asker {
            let ui = self.ui(person.lang);
            let text = ui.f(
                &format!("request-closed-{}", reason.code()),
                &[("offer", told.titles.get(person.lang).into())],
            );
            tx.enqueue(person.id, &ui.reply(text, vec![]), now, now)
                .await?;
        }
        tx.commit().await?;
        let ui = self.ui(coordinator.lang);
        Ok(self
            .menu_after(
                coordinator,
                ui.plain_with("request-closed", &[("request", request.get().into())]),
            )
            .await?)
    }
}
