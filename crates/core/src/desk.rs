//! The coordinators' desk: the web page's way into the core. A coordinator or staff member
//! asks for a one-time link with `/web` in chat; the link opens a session. What the page
//! changes goes through the same coordinator actions and rights checks as the chat buttons;
//! only what it reads is shaped for a page.

use chrono::{DateTime, Duration, Utc};

use crate::action::CoordinatorAction;
use crate::domain::ids::{BroadcastId, GroupId, PersonId};
use crate::domain::lang::Lang;
use crate::domain::roles::Coordinates;
use crate::domain::{
    AllOr, Audience, BroadcastDraft, CloseReason, RequestStatus, invite_code, invite_hash,
};
use crate::engine::{Actor, Engine, Flow, Problem, Refusal, State, Step, allow};
use crate::health::OutboxGauge;
use crate::i18n::Arg;
use crate::store::BroadcastReport;

/// How long a login link works, once.
pub const LINK_VALID_FOR: Duration = Duration::minutes(10);
/// How long a session lasts without logging out.
pub const SESSION_LASTS: Duration = Duration::hours(12);

/// A session just opened: the secret for the cookie and the token every form carries.
#[derive(Debug, Clone)]
pub struct Opened {
    pub session: String,
    pub csrf: String,
}

/// Who is at the page, read afresh from the session on every request.
#[derive(Debug, Clone)]
pub struct DeskUser {
    actor: Actor,
    pub csrf: String,
}

impl DeskUser {
    pub fn person(&self) -> PersonId {
        self.actor.id
    }

    /// The language they chose in chat.
    pub fn lang(&self) -> Lang {
        self.actor.lang
    }

    pub fn is_staff(&self) -> bool {
        self.actor.roles.is_staff()
    }
}

/// Why the page did not do what was asked.
#[derive(Debug)]
pub enum DeskError {
    /// Their role or group does not allow it, or it is not there for them: 403.
    Forbidden,
    /// Not done, for a reason the person reads in their language (taken by someone else…).
    Refused(String),
    Unexpected(anyhow::Error),
}

impl From<anyhow::Error> for DeskError {
    fn from(error: anyhow::Error) -> Self {
        DeskError::Unexpected(error)
    }
}

/// A volunteer waiting for approval, as the page lists them.
#[derive(Debug, Clone)]
pub struct PendingView {
    pub person: PersonId,
    pub name: String,
    /// The profile as a coordinator reads it in chat: languages, help, groups asked for.
    pub profile: String,
}

/// A request in one of the reader's groups, with its age.
/// How many requests one page of the board shows.
pub const REQUESTS_PER_PAGE: i64 = 50;

/// Which requests the board shows: by status, group, language and age, and which page.
#[derive(Debug, Clone, Default)]
pub struct RequestFilter {
    pub statuses: Vec<RequestStatus>,
    pub group: Option<GroupId>,
    pub lang: Option<Lang>,
    /// Only requests at least this many days old.
    pub older_days: Option<i64>,
    /// From 0.
    pub page: u32,
}

/// One page of the board, and how many requests the filter picks in all.
#[derive(Debug, Clone)]
pub struct RequestsPage {
    pub requests: Vec<OpenRequestView>,
    pub total: i64,
    pub pages: i64,
}

#[derive(Debug, Clone)]
pub struct OpenRequestView {
    pub id: crate::domain::ids::RequestId,
    pub offer: String,
    pub group_id: GroupId,
    pub group: String,
    pub lang: Lang,
    pub status: RequestStatus,
    pub note: Option<String>,
    pub created_at: DateTime<Utc>,
    /// Why a coordinator closed it, if one did.
    pub closed_reason: Option<CloseReason>,
    /// For an open request: the group's volunteers it could be handed to.
    pub volunteers: Vec<(PersonId, String)>,
}

/// A cry for help, as the dashboard shows it.
#[derive(Debug, Clone)]
pub struct AlertView {
    pub id: crate::domain::ids::AlertId,
    /// What the words were about, in the reader's language; the button's name for a press.
    /// A group's coordinator reads only that someone needs help now.
    pub about: String,
    /// The question to answer to write back to them.
    pub question: Option<crate::domain::ids::QuestionId>,
    /// The person by their number, as in chat.
    pub person: PersonId,
    pub created_at: DateTime<Utc>,
}

/// What the dashboard shows.
#[derive(Debug, Clone)]
pub struct Dashboard {
    /// The cries for help nobody took yet, oldest first.
    pub alerts: Vec<AlertView>,
    /// The cries for help this person took and has not closed, newest first.
    pub mine: Vec<AlertView>,
    pub pending: Vec<PendingView>,
    /// The oldest open requests, a page of them.
    pub open_requests: Vec<OpenRequestView>,
    /// How many are open in all.
    pub open_total: i64,
    pub open_questions: usize,
    pub outbox: Vec<OutboxGauge>,
}

impl Engine {
    /// `/web`: a one-time link to the page, for coordinators and staff only.
    pub(crate) async fn desk_link(&self, actor: &Actor) -> Flow {
        allow(actor.roles.is_coordinator(), Refusal::NotAllowed)?;
        let ui = self.ui(actor.lang);
        let Some(url) = &self.settings.desk_url else {
            return Ok(self.menu_after(actor, ui.plain("web-off")).await?);
        };
        let token = invite_code()?;
        let now = self.now();
        self.store
            .create_desk_link(actor.id, &invite_hash(&token), now + LINK_VALID_FOR)
            .await?;
        let link = format!("{}/login/{token}", url.trim_end_matches('/'));
        let minutes = LINK_VALID_FOR.num_minutes();
        let mut message = ui.plain_with(
            "web-link",
            &[("link", Arg::Code(&link)), ("minutes", minutes.into())],
        );
        // The platforms' preview fetchers must not open the link before the person does.
        message.no_preview = true;
        Ok(Step::one(message, State::Menu))
    }

    /// Whether a login link can still open a session; spends nothing.
    pub async fn desk_link_usable(&self, token: &str) -> anyhow::Result<bool> {
        self.store
            .desk_link_usable(&invite_hash(token), self.now())
            .await
    }

    /// Opens a session with a login link: once, within ten minutes, for a coordinator.
    pub async fn desk_open(&self, token: &str) -> anyhow::Result<Option<Opened>> {
        let now = self.now();
        let Some(person) = self.store.use_desk_link(&invite_hash(token), now).await? else {
            return Ok(None);
        };
        let (session, csrf) = (invite_code()?, invite_code()?);
        self.store
            .create_desk_session(person, &invite_hash(&session), &csrf, now + SESSION_LASTS)
            .await?;
        Ok(Some(Opened { session, csrf }))
    }

    /// Who a session belongs to, with their roles as they are now; `None` when it has ended
    /// or its person is gone. Someone who is no longer a coordinator gets `Forbidden`.
    pub async fn desk_user(&self, session: &str) -> Result<Option<DeskUser>, DeskError> {
        let now = self.now();
        let Some((person, csrf)) = self.store.desk_session(&invite_hash(session), now).await?
        else {
            return Ok(None);
        };
        let Some(person) = self.store.person(person).await? else {
            return Ok(None);
        };
        let actor = self.actor(person).await?;
        if !actor.roles.is_coordinator() {
            return Err(DeskError::Forbidden);
        }
        Ok(Some(DeskUser { actor, csrf }))
    }

    /// Logs out.
    pub async fn desk_close(&self, session: &str) -> anyhow::Result<()> {
        self.store
            .end_desk_session(&invite_hash(session), self.now())
            .await
    }

    /// The groups this person acts for, named in `lang`.
    pub async fn desk_groups(
        &self,
        user: &DeskUser,
        lang: Lang,
    ) -> anyhow::Result<Vec<(GroupId, String)>> {
        Ok(self
            .store
            .groups(lang)
            .await?
            .into_iter()
            .filter(|(id, _)| user.actor.roles.coordinates(*id))
            .collect())
    }

    /// Everything waiting for this person: urgent alerts, sign-ups and requests in their
    /// groups (oldest first), open questions and the outbox.
    pub async fn desk_dashboard(&self, user: &DeskUser, lang: Lang) -> anyhow::Result<Dashboard> {
        let roles = &user.actor.roles;
        let now = self.now();
        let groups = self.store.groups(lang).await?;
        let pending = self
            .pending_for(roles)
            .await?
            .into_iter()
            .map(|v| PendingView {
                person: v.person,
                name: v.profile.name.clone(),
                profile: self.profile_text_with(lang, "signup-notice", &v.profile, &groups),
            })
            .collect();
        let open = self
            .desk_requests(
                user,
                lang,
                &RequestFilter {
                    statuses: vec![RequestStatus::Open],
                    ..RequestFilter::default()
                },
            )
            .await?;
        let (open_requests, open_total) = (open.requests, open.total);
        let gauges = self.store.gauges(now).await?;
        let ui = self.ui(lang);
        let view = |a: crate::store::Alert| AlertView {
            id: a.id,
            about: match (roles.is_staff(), a.danger) {
                (false, _) => ui.t("web-alert-someone"),
                (true, Some(danger)) => ui.t(&format!("alert-danger-{}", danger.code())),
                (true, None) => ui.t("web-alert-button"),
            },
            question: a.question,
            person: a.person,
            created_at: a.created_at,
        };
        let alerts: Vec<_> = self
            .store
            .open_alerts()
            .await?
            .into_iter()
            // Staff at once; other coordinators once it was widened to them, as in chat.
            .filter(|a| crate::account::urgent::may_take_alert(roles, a, now))
            .collect();
        let seen: Vec<_> = alerts
            .iter()
            .map(|a| (a.person, crate::store::Purpose::Alert, a.id.get()))
            .collect();
        self.looked_up(user.actor.id, roles, &seen).await?;
        let alerts = alerts.into_iter().map(view).collect();
        let mine = self
            .store
            .alerts_taken_by(user.actor.id)
            .await?
            .into_iter()
            .map(view)
            .collect();
        Ok(Dashboard {
            alerts,
            mine,
            pending,
            open_requests,
            open_total,
            // Free questions are staff's to answer, as in chat.
            open_questions: match roles.is_staff() {
                true => self.store.open_questions_page(0, 0).await?.1 as usize,
                false => 0,
            },
            outbox: gauges.outbox,
        })
    }

    /// Does what a chat button would do for this person, with the same checks, and returns
    /// the first line the chat would have shown.
    pub async fn desk_act(
        &self,
        user: &DeskUser,
        action: CoordinatorAction,
    ) -> Result<String, DeskError> {
        let step = self.on_coordinator(&user.actor, State::Menu, action).await;
        self.first_line(user, step)
    }

    /// What the chat would have said first after a step, or the refusal as the page gives it.
    fn first_line(&self, user: &DeskUser, step: Flow) -> Result<String, DeskError> {
        match step {
            Ok(step) => Ok(step
                .replies
                .first()
                .map(|r| r.text.clone())
                .unwrap_or_default()),
            Err(problem) => Err(self.desk_problem(user, problem)),
        }
    }

    fn desk_problem(&self, user: &DeskUser, problem: Problem) -> DeskError {
        let ui = self.ui(user.lang());
        match problem {
            Problem::Refused(Refusal::NotAllowed | Refusal::NotFound) => DeskError::Forbidden,
            Problem::Refused(Refusal::AlreadyTaken) => DeskError::Refused(ui.t("claim-lost")),
            Problem::Refused(Refusal::AlreadyDecided) => {
                DeskError::Refused(ui.t("already-decided"))
            }
            Problem::Refused(_) => DeskError::Refused(ui.t("button-expired")),
            Problem::Unexpected(error) => DeskError::Unexpected(error),
        }
    }

    /// A broadcast's draft as the page composes it, once its group is one this person may
    /// reach (the same rule as the chat's group buttons).
    fn desk_draft(
        &self,
        user: &DeskUser,
        audience: Audience,
        group: Option<GroupId>,
        texts: Vec<(Lang, String)>,
    ) -> Result<BroadcastDraft, DeskError> {
        let roles = &user.actor.roles;
        let staff = roles.is_staff();
        let allowed = match group {
            None => staff,
            Some(g) => roles.coordinates(g),
        };
        if !allowed {
            return Err(DeskError::Forbidden);
        }
        Ok(BroadcastDraft {
            audience: Some(audience),
            group: Some(AllOr::from_option(group)),
            lang: Some(AllOr::All),
            texts,
            asked: vec![],
            event: None,
        })
    }

    /// How many people a broadcast would reach, by their language.
    pub async fn desk_recipients(
        &self,
        user: &DeskUser,
        audience: Audience,
        group: Option<GroupId>,
    ) -> Result<Vec<(Lang, i64)>, DeskError> {
        let draft = self.desk_draft(user, audience, group, vec![])?;
        let Some(addressed) = draft.addressed() else {
            return Ok(vec![]);
        };
        let recipients = self
            .recipients_for(&user.actor, addressed)
            .map_err(|refusal| self.desk_problem(user, refusal.into()))?;
        Ok(self.store.count_recipients(&recipients).await?)
    }

    /// Sends a broadcast composed on the page, through the chat's own sending: now, or at
    /// `send_at`, which must be in the future.
    pub async fn desk_broadcast(
        &self,
        user: &DeskUser,
        audience: Audience,
        group: Option<GroupId>,
        texts: Vec<(Lang, String)>,
        send_at: Option<DateTime<Utc>>,
    ) -> Result<BroadcastId, DeskError> {
        let draft = self.desk_draft(user, audience, group, texts)?;
        if send_at.is_some_and(|at| at <= self.now()) {
            return Err(DeskError::Refused(self.ui(user.lang()).t("web-error-past")));
        }
        self.send_broadcast_now(&user.actor, draft, send_at)
            .await
            .map_err(|problem| self.desk_problem(user, problem))
    }

    /// The latest broadcasts this person may read the reports of, newest first: staff every
    /// one, a coordinator their own, as in chat.
    pub async fn desk_broadcasts(
        &self,
        user: &DeskUser,
    ) -> anyhow::Result<Vec<(BroadcastId, DateTime<Utc>)>> {
        Ok(self
            .store
            .recent_broadcasts(50)
            .await?
            .into_iter()
            .filter(|(_, _, by)| user.is_staff() || *by == Some(user.person()))
            .take(10)
            .map(|(id, at, _)| (id, at))
            .collect())
    }

    /// A broadcast's delivery report, for staff or its sender.
    pub async fn desk_broadcast_report(
        &self,
        user: &DeskUser,
        id: BroadcastId,
    ) -> Result<BroadcastReport, DeskError> {
        self.own_broadcast(&user.actor, id)
            .await
            .map_err(|problem| self.desk_problem(user, problem))?;
        self.store
            .broadcast_report(id)
            .await?
            .ok_or(DeskError::Forbidden)
    }

    /// The open questions, oldest first: staff's to answer, as in chat.
    pub async fn desk_questions(
        &self,
        user: &DeskUser,
    ) -> Result<(Vec<crate::store::QuestionDetail>, i64), DeskError> {
        if !user.is_staff() {
            return Err(DeskError::Forbidden);
        }
        // The oldest, which wait longest, a page of them; the rest come as these are answered.
        let (open, total) = self.store.open_questions_page(REQUESTS_PER_PAGE, 0).await?;
        let seen: Vec<_> = open
            .iter()
            .map(|q| (q.person, crate::store::Purpose::Question, q.id.get()))
            .collect();
        self.looked_up(user.actor.id, &user.actor.roles, &seen)
            .await?;
        Ok((open, total))
    }

    /// Answers a question; the answer reaches the asker in chat, labelled with their question.
    /// `Err(Refused)` carries what is wrong with the words, for beside the field.
    pub async fn desk_answer(
        &self,
        user: &DeskUser,
        question: crate::domain::ids::QuestionId,
        raw: &str,
    ) -> Result<String, DeskError> {
        if !user.is_staff() {
            return Err(DeskError::Forbidden);
        }
        let ui = self.ui(user.lang());
        let words =
            match crate::engine::text::words(raw, crate::coordinator::MAX_ANNOUNCEMENT_CHARS) {
                Ok(words) => words,
                Err(crate::engine::text::TextError::NoWords) => {
                    return Err(DeskError::Refused(ui.t("web-error-no-words")));
                }
                Err(crate::engine::text::TextError::TooLong { max }) => {
                    return Err(DeskError::Refused(
                        ui.f("web-error-too-long", &[("max", (max as i64).into())]),
                    ));
                }
            };
        let open = self
            .store
            .question(question)
            .await?
            .is_some_and(|q| q.answered_by.is_none());
        if !open {
            return Err(DeskError::Refused(ui.t("button-expired")));
        }
        let step = self.answer(&user.actor, question, &words).await;
        self.first_line(user, step)
    }

    /// The numbers from `from` until `to`, named in `lang`: staff read every group and the
    /// questions, a group's coordinator their own groups, as in chat.
    pub async fn desk_report(
        &self,
        user: &DeskUser,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        lang: Lang,
    ) -> anyhow::Result<crate::store::Report> {
        let roles = &user.actor.roles;
        let mut report = self.store.report(from, to, lang).await?;
        report.groups.retain(|g| roles.coordinates(g.id));
        report.posters.retain(|p| roles.coordinates(p.group));
        if !roles.is_staff() {
            report.questions_asked = 0;
            report.questions_answered = 0;
        }
        Ok(report)
    }

    /// The offers of the groups this person keeps, each with the languages it has texts in
    /// of its own and the day it was last marked true.
    pub async fn desk_offers(&self, user: &DeskUser, lang: Lang) -> anyhow::Result<Vec<OfferLine>> {
        let mut lines = vec![];
        for (group, group_name) in self.desk_groups(user, lang).await? {
            for (offer, verified_at) in self.store.offers_of_group(group, lang).await? {
                lines.push(OfferLine {
                    id: offer.id,
                    title: offer.title,
                    group: group_name.clone(),
                    verified_at,
                    retired: offer.retired,
                    written: vec![],
                });
            }
        }
        // Which languages each has texts of its own in: one statement for them all.
        let ids: Vec<_> = lines.iter().map(|l| l.id).collect();
        for (offer, written, _) in self.store.offer_titles(&ids).await? {
            if let Some(line) = lines.iter_mut().find(|l| l.id == offer) {
                line.written.push(written);
            }
        }
        Ok(lines)
    }

    /// An offer's texts in `lang` (its own, or its fallback's when `lang` has none yet), if
    /// this person keeps its group.
    pub async fn desk_offer(
        &self,
        user: &DeskUser,
        offer: crate::domain::ids::OfferId,
        lang: Lang,
    ) -> Result<crate::store::OfferView, DeskError> {
        self.store
            .offer(offer, lang)
            .await?
            .filter(|o| user.actor.roles.coordinates(o.group_id))
            .ok_or(DeskError::Forbidden)
    }

    /// Saves an offer's texts in one language, as the chat's editing does, with the same
    /// check that the offer is in one of this person's groups.
    pub async fn desk_save_offer(
        &self,
        user: &DeskUser,
        offer: crate::domain::ids::OfferId,
        lang: Lang,
        texts: &[(crate::domain::OfferField, String)],
    ) -> Result<(), DeskError> {
        self.desk_offer(user, offer, lang).await?;
        let now = self.now();
        for (field, text) in texts {
            self.store
                .set_offer_text(offer, lang, *field, text, now)
                .await?;
        }
        self.store
            .audit(
                user.person(),
                crate::domain::Audited::EditOffer,
                offer.get(),
                now,
            )
            .await?;
        Ok(())
    }
}

impl Engine {
    /// Takes an offer of one of this person's groups out of the catalogue, or brings it
    /// back: newcomers no longer find it or ask for it; requests already made stay.
    pub async fn desk_retire_offer(
        &self,
        user: &DeskUser,
        offer: crate::domain::ids::OfferId,
        retired: bool,
    ) -> Result<String, DeskError> {
        self.desk_offer(user, offer, user.lang()).await?;
        let now = self.now();
        self.store.retire_offer(offer, retired, now).await?;
        self.store
            .audit(
                user.person(),
                crate::domain::Audited::RetireOffer,
                offer.get(),
                now,
            )
            .await?;
        let ui = self.ui(user.lang());
        Ok(ui.t(match retired {
            true => "web-offer-retired-now",
            false => "web-offer-back-now",
        }))
    }
}

impl Engine {
    /// The invite codes this member of staff made that still work: (code's row, group,
    /// until when). Staff only, as in chat.
    pub async fn desk_invites(
        &self,
        user: &DeskUser,
    ) -> Result<Vec<(crate::domain::ids::InviteId, GroupId, DateTime<Utc>)>, DeskError> {
        if !user.is_staff() {
            return Err(DeskError::Forbidden);
        }
        Ok(self.store.open_invites(user.person(), self.now()).await?)
    }

    /// The audit trail as chat shows it, one line each, newest first. Staff only.
    pub async fn desk_audit(&self, user: &DeskUser) -> Result<Vec<String>, DeskError> {
        let text = self.desk_act(user, CoordinatorAction::Audit).await?;
        Ok(text.lines().map(str::to_owned).collect())
    }

    /// Who coordinates which group (staff only): those named by an invite code, who may be
    /// removed, and those named in configuration, read-only.
    pub async fn desk_coordinators(
        &self,
        user: &DeskUser,
        lang: Lang,
    ) -> Result<
        (
            Vec<crate::coordinator::CoordinatorLine>,
            Vec<crate::coordinator::ConfiguredLine>,
        ),
        DeskError,
    > {
        if !user.actor.roles.is_staff() {
            return Err(DeskError::Forbidden);
        }
        Ok(self.coordinator_lines(lang).await?)
    }

    /// The groups this person coordinates by an invite code, which they may step down from.
    pub async fn desk_own_groups(
        &self,
        user: &DeskUser,
        lang: Lang,
    ) -> anyhow::Result<Vec<crate::coordinator::CoordinatorLine>> {
        let (invited, _) = self.coordinator_lines(lang).await?;
        Ok(invited
            .into_iter()
            .filter(|l| l.person == user.actor.id)
            .collect())
    }

    /// Alerts raised and what became of them, per rule of the pattern files: counts only,
    /// never words, so the files can be improved. Staff only.
    pub async fn desk_alert_outcomes(
        &self,
        user: &DeskUser,
    ) -> Result<Vec<crate::store::RuleOutcomes>, DeskError> {
        if !user.actor.roles.is_staff() {
            return Err(DeskError::Forbidden);
        }
        Ok(self.store.alert_outcomes().await?)
    }

    /// The helplines shown in danger that nobody at the municipality has checked yet: number
    /// and name in `lang`.
    pub async fn desk_unverified_helplines(
        &self,
        lang: Lang,
    ) -> anyhow::Result<Vec<(String, String)>> {
        Ok(self
            .store
            .helplines()
            .await?
            .into_iter()
            .filter(|h| h.verified.is_none())
            .map(|h| {
                let name = lang
                    .chain()
                    .into_iter()
                    .find_map(|l| h.name.get(&l))
                    .cloned()
                    .unwrap_or_default();
                (h.number, name)
            })
            .collect())
    }
}

/// An event as the events page lists it.
#[derive(Debug, Clone)]
pub struct EventLine {
    pub event: crate::store::EventView,
    pub going: i64,
    pub not_going: i64,
    /// The volunteers going, by name.
    pub volunteers: Vec<String>,
    /// The newcomers going, counted by language.
    pub newcomers: Vec<(Lang, i64)>,
}

/// An offer as the offers page lists it.
#[derive(Debug, Clone)]
pub struct OfferLine {
    pub id: crate::domain::ids::OfferId,
    pub title: String,
    pub group: String,
    pub verified_at: Option<DateTime<Utc>>,
    /// Taken out of the catalogue.
    pub retired: bool,
    /// The languages it has texts of its own in; the rest read a fallback.
    pub written: Vec<Lang>,
}

impl Engine {
    /// The requests in this person's groups with one of `statuses`, oldest first; for the
    /// open ones, the group's volunteers they could be handed to.
    pub async fn desk_requests(
        &self,
        user: &DeskUser,
        lang: Lang,
        filter: &RequestFilter,
    ) -> anyhow::Result<RequestsPage> {
        let roles = &user.actor.roles;
        let scope = match &roles.coordinates {
            Coordinates::Groups(groups) if !roles.admin => Some(groups.as_slice()),
            _ => None,
        };
        let query = crate::store::RequestQuery {
            groups: scope,
            statuses: &filter.statuses,
            group: filter.group,
            lang: filter.lang,
            made_before: filter
                .older_days
                .map(|days| self.now() - Duration::days(days)),
        };
        let (found, total) = self
            .store
            .requests_page(
                &query,
                REQUESTS_PER_PAGE,
                i64::from(filter.page) * REQUESTS_PER_PAGE,
            )
            .await?;
        let seen: Vec<_> = found
            .iter()
            .map(|r| (r.newcomer, crate::store::Purpose::Request, r.id.get()))
            .collect();
        self.looked_up(user.actor.id, roles, &seen).await?;
        let groups = self.store.groups(lang).await?;
        let offers: Vec<_> = found.iter().map(|r| r.offer).collect();
        let titles = self.titles_of(&offers).await?;
        let open_groups: Vec<GroupId> = found
            .iter()
            .filter(|r| r.status == RequestStatus::Open)
            .map(|r| r.group)
            .collect();
        let volunteers = self.store.volunteers_of_groups(&open_groups).await?;
        let mut views = vec![];
        for r in found {
            let volunteers = match r.status {
                RequestStatus::Open => volunteers.get(&r.group).cloned().unwrap_or_default(),
                _ => vec![],
            };
            views.push(OpenRequestView {
                id: r.id,
                offer: titles
                    .get(&r.offer)
                    .map(|t| t.get(lang).to_owned())
                    .unwrap_or_default(),
                group_id: r.group,
                group: groups
                    .iter()
                    .find(|(g, _)| *g == r.group)
                    .map(|(_, name)| name.clone())
                    .unwrap_or_default(),
                lang: r.lang,
                status: r.status,
                note: r.note,
                created_at: r.created_at,
                closed_reason: r.closed_reason,
                volunteers,
            });
        }
        Ok(RequestsPage {
            requests: views,
            total,
            pages: ((total + REQUESTS_PER_PAGE - 1) / REQUESTS_PER_PAGE).max(1),
        })
    }

    /// The events of this person's groups, newest first, with who said they come: the
    /// volunteers by name, newcomers (whose names are never stored) counted by language.
    pub async fn desk_events(&self, user: &DeskUser, lang: Lang) -> anyhow::Result<Vec<EventLine>> {
        let roles = &user.actor.roles;
        let groups = match &roles.coordinates {
            Coordinates::Groups(g) if !roles.admin => Some(g.clone()),
            _ => None,
        };
        let mut events = vec![];
        for event in self.store.events_of(groups.as_deref(), lang).await? {
            let (going, not_going) = self.store.rsvp_counts(event.id).await?;
            let (volunteers, newcomers) = self.store.going(event.id).await?;
            events.push(EventLine {
                event,
                going,
                not_going,
                volunteers,
                newcomers,
            });
        }
        Ok(events)
    }

    /// A moment as the page shows it, in `lang`, on the municipality's clock.
    pub fn desk_local_time(&self, at: DateTime<Utc>, lang: Lang) -> String {
        self.local_time(at, lang)
    }

    /// The municipality's clock, for the page's quarters.
    pub fn desk_zone(&self) -> chrono_tz::Tz {
        self.settings.routing.quiet.zone
    }

    /// A day as the page shows it, in `lang`, on the municipality's clock.
    pub fn desk_local_date(&self, at: DateTime<Utc>, lang: Lang) -> String {
        lang.date(&at.with_timezone(&self.settings.routing.quiet.zone))
    }

    /// Closes a request of one of this person's groups that is still going, with the
    /// reason; the person who asked and the volunteer who had it are told.
    pub async fn desk_close_request(
        &self,
        user: &DeskUser,
        request: crate::domain::ids::RequestId,
        reason: CloseReason,
    ) -> Result<String, DeskError> {
        let step = self.close_request(&user.actor, request, reason).await;
        self.first_line(user, step)
    }

    /// A date and time as a coordinator writes it (`2026-12-10T17:00` from a browser's field,
    /// or as their language types it: `10.12.2026 17:00`), on the municipality's clock, if it
    /// is still to come.
    pub fn desk_time(
        &self,
        lang: Lang,
        text: &str,
    ) -> Result<DateTime<Utc>, crate::coordinator::TimeProblem> {
        crate::coordinator::local_time_of(lang, text, self.settings.routing.quiet.zone, self.now())
    }

    /// Creates an event of one of this person's groups, with its reminder to those going,
    /// as the chat does.
    pub async fn desk_create_event(
        &self,
        user: &DeskUser,
        draft: crate::domain::EventDraft,
    ) -> Result<crate::domain::ids::EventId, DeskError> {
        match self.create_event_now(&user.actor, &draft).await {
            Ok(Some(id)) => Ok(id),
            Ok(None) => Err(DeskError::Refused(self.ui(user.lang()).t("button-expired"))),
            Err(problem) => Err(self.desk_problem(user, problem)),
        }
    }

    /// An event of one of this person's groups, with its texts in every language written,
    /// for changing it.
    pub async fn desk_event(
        &self,
        user: &DeskUser,
        event: crate::domain::ids::EventId,
    ) -> Result<(crate::store::EventView, Vec<(Lang, String, String)>), DeskError> {
        let view = self
            .store
            .event(event, user.lang())
            .await?
            .filter(|e| user.actor.roles.coordinates(e.group))
            .ok_or(DeskError::Forbidden)?;
        let texts = self.store.event_texts(event).await?;
        Ok((view, texts))
    }

    /// Changes an event of one of this person's groups: time, place, texts, reminder. Those
    /// going hear of a new time or place.
    pub async fn desk_update_event(
        &self,
        user: &DeskUser,
        event: crate::domain::ids::EventId,
        draft: crate::domain::EventDraft,
    ) -> Result<(), DeskError> {
        self.update_event(&user.actor, event, &draft)
            .await
            .map_err(|problem| self.desk_problem(user, problem))
    }

    /// A moment as a browser's date and time field holds it, on the municipality's clock.
    pub fn desk_time_field(&self, at: DateTime<Utc>) -> String {
        at.with_timezone(&self.settings.routing.quiet.zone)
            .format("%Y-%m-%dT%H:%M")
            .to_string()
    }

    /// Announces an event to its audience, in every language, with its buttons.
    pub async fn desk_announce_event(
        &self,
        user: &DeskUser,
        event: crate::domain::ids::EventId,
    ) -> Result<BroadcastId, DeskError> {
        let draft = self
            .event_announcement(&user.actor, event)
            .await
            .map_err(|problem| self.desk_problem(user, problem))?;
        self.send_broadcast_now(&user.actor, draft, None)
            .await
            .map_err(|problem| self.desk_problem(user, problem))
    }
}
