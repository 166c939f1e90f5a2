//! The pages: the dashboard (urgent alerts, approvals, requests nobody took, questions, the
//! outbox), approving and taking, the announcement composer and its live delivery report.

use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::context;
use velkommen_core::action::CoordinatorAction;
use velkommen_core::coordinator::{MAX_ANNOUNCEMENT_CHARS, TimeProblem};
use velkommen_core::desk::{DeskError, DeskUser};
use velkommen_core::domain::{Audience, CloseReason};
use velkommen_core::ids::{BroadcastId, EventId, GroupId, PersonId, RequestId};
use velkommen_core::message::split;
use velkommen_core::{Lang, chrono};

use crate::Web;
use crate::texts::Page;

/// `GET /`.
pub(crate) async fn dashboard(State(web): State<Arc<Web>>, headers: HeaderMap) -> Response {
    let (user, _) = match web.visitor(&headers).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    show_dashboard(&web, &headers, &user, None).await
}

async fn show_dashboard(
    web: &Web,
    headers: &HeaderMap,
    user: &DeskUser,
    notice: Option<String>,
) -> Response {
    let page = Page::new(headers, Some(user));
    let board = match web.engine.desk_dashboard(user, page.lang).await {
        Ok(board) => board,
        Err(error) => return page.problem(web, error.into()),
    };
    let own_groups = match web.engine.desk_own_groups(user, page.lang).await {
        Ok(groups) => groups,
        Err(error) => return page.problem(web, error.into()),
    };
    let now = web.engine.now();
    let pending: Vec<_> = board
        .pending
        .iter()
        .map(|p| context! { id => p.person.get(), name => p.name, profile => p.profile })
        .collect();
    let requests: Vec<_> = board
        .open_requests
        .iter()
        .map(|r| {
            context! {
                id => r.id.get(),
                offer => r.offer,
                group => r.group,
                language => r.lang.name_in(page.lang),
                waiting => waited(&page, web, now - r.created_at),
                note => r.note,
                note_lang => r.lang.code(),
                note_dir => if r.lang.is_rtl() { "rtl" } else { "ltr" },
            }
        })
        .collect();
    let alert = |a: &velkommen_core::desk::AlertView| {
        context! {
            id => a.id.get(),
            about => a.about,
            person => a.person.get(),
            question => a.question.map(|q| q.get()),
            waiting => waited(&page, web, now - a.created_at),
        }
    };
    let alerts: Vec<_> = board.alerts.iter().map(alert).collect();
    let mine: Vec<_> = board.mine.iter().map(alert).collect();
    let outcomes: Vec<_> = velkommen_core::domain::AlertOutcome::ALL
        .iter()
        .map(|o| context! { code => o.code(), label => page.t(web, &o.message_id()) })
        .collect();
    let outbox: Vec<_> = board
        .outbox
        .iter()
        .map(|g| {
            context! {
                platform => page.t(web, &format!("platform-{}", g.platform)),
                queued => g.queued,
                oldest => waited(&page, web, g.oldest_age),
            }
        })
        .collect();
    page.render(
        web,
        StatusCode::OK,
        "dashboard.html",
        Some(user),
        context! {
            notice => notice,
            alerts => alerts,
            mine => mine,
            outcomes => outcomes,
            own_groups => own_groups.iter().map(|g| context! { id => g.group.get(), name => g.group_name }).collect::<Vec<_>>(),
            staff => user.is_staff(),
            pending => pending,
            requests => requests,
            open_total => board.open_total,
            questions => board.open_questions,
            outbox => outbox,
        },
    )
}

/// How long something has waited, in the page's language.
fn waited(page: &Page, web: &Web, age: chrono::Duration) -> String {
    let minutes = age.num_minutes().max(0);
    if minutes < 120 {
        page.f(web, "web-minutes", &[("count", minutes.into())])
    } else if minutes < 48 * 60 {
        page.f(web, "web-hours", &[("count", (minutes / 60).into())])
    } else {
        page.f(web, "web-days", &[("count", (minutes / (24 * 60)).into())])
    }
}

#[derive(serde::Deserialize)]
pub(crate) struct TokenForm {
    csrf: Option<String>,
}

/// `POST /volunteers/{id}/approve` and `…/decline`.
pub(crate) async fn decide(
    State(web): State<Arc<Web>>,
    Path((id, decision)): Path<(i64, String)>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<TokenForm>,
) -> Response {
    let (user, page) = match web.visitor_with_form(&headers, form.csrf.as_deref()).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let Ok(volunteer) = PersonId::try_from(id) else {
        return page.message(&web, StatusCode::NOT_FOUND, "web-forbidden");
    };
    let action = match decision.as_str() {
        "approve" => CoordinatorAction::Approve(volunteer),
        "decline" => CoordinatorAction::Decline(volunteer),
        _ => return page.message(&web, StatusCode::NOT_FOUND, "web-forbidden"),
    };
    act(&web, &headers, &user, action).await
}

/// `GET /staff`: invite codes for new coordinators, and who did what. Staff only.
pub(crate) async fn staff(State(web): State<Arc<Web>>, headers: HeaderMap) -> Response {
    let (user, _) = match web.visitor(&headers).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    show_staff(&web, &headers, &user, None).await
}

async fn show_staff(
    web: &Web,
    headers: &HeaderMap,
    user: &DeskUser,
    notice: Option<String>,
) -> Response {
    let page = Page::new(headers, Some(user));
    let (invites, trail, groups, outcomes) = match (
        web.engine.desk_invites(user).await,
        web.engine.desk_audit(user).await,
        web.engine.desk_groups(user, page.lang).await,
        web.engine.desk_alert_outcomes(user).await,
    ) {
        (Ok(invites), Ok(trail), Ok(groups), Ok(outcomes)) => (invites, trail, groups, outcomes),
        (Err(error), _, _, _) | (_, Err(error), _, _) | (_, _, _, Err(error)) => {
            return page.problem(web, error);
        }
        (_, _, Err(error), _) => return page.problem(web, error.into()),
    };
    let (invited, configured) = match web.engine.desk_coordinators(user, page.lang).await {
        Ok(lines) => lines,
        Err(error) => return page.problem(web, error),
    };
    let name_of = |group: GroupId| {
        groups
            .iter()
            .find(|(g, _)| *g == group)
            .map(|(_, name)| name.clone())
            .unwrap_or_default()
    };
    page.render(
        web,
        StatusCode::OK,
        "staff.html",
        Some(user),
        context! {
            notice => notice,
            groups => groups.iter().map(|(id, name)| context! { id => id.get(), name => name }).collect::<Vec<_>>(),
            invites => invites.iter().map(|(id, group, until)| context! {
                id => id.get(),
                group => name_of(*group),
                until => web.engine.desk_local_time(*until, page.lang),
            }).collect::<Vec<_>>(),
            trail => trail,
            coordinators => invited.iter().map(|c| context! {
                person => c.person.get(),
                group => c.group.get(),
                group_name => c.group_name,
            }).collect::<Vec<_>>(),
            configured => configured.iter().map(|c| context! {
                address => c.address,
                groups => c.groups.as_ref().map(|g| g.join(", ")),
            }).collect::<Vec<_>>(),
            outcomes => outcomes.iter().map(|o| context! {
                rule => o.rule.clone().unwrap_or_else(|| page.t(web, "web-alert-button")),
                raised => o.raised,
                reached => o.reached,
                referred => o.referred,
                no_answer => o.no_answer,
                not_a_cry => o.not_a_cry,
            }).collect::<Vec<_>>(),
        },
    )
}

#[derive(serde::Deserialize)]
pub(crate) struct InviteForm {
    csrf: Option<String>,
    group: Option<String>,
}

/// `POST /invites`: a code that makes its user a coordinator of the group, as in chat.
pub(crate) async fn invite(
    State(web): State<Arc<Web>>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<InviteForm>,
) -> Response {
    let (user, page) = match web.visitor_with_form(&headers, form.csrf.as_deref()).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let group = form
        .group
        .as_deref()
        .and_then(|g| g.parse::<i64>().ok())
        .and_then(|g| GroupId::try_from(g).ok());
    let Some(group) = group else {
        return page.message(&web, StatusCode::FORBIDDEN, "web-forbidden");
    };
    match web
        .engine
        .desk_act(&user, CoordinatorAction::InviteFor(group))
        .await
    {
        Ok(said) => show_staff(&web, &headers, &user, Some(said)).await,
        Err(error) => page.problem(&web, error),
    }
}

/// `POST /invites/{id}/revoke`: withdraws a code nobody used yet.
pub(crate) async fn revoke(
    State(web): State<Arc<Web>>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<TokenForm>,
) -> Response {
    let (user, page) = match web.visitor_with_form(&headers, form.csrf.as_deref()).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let Ok(invite) = velkommen_core::ids::InviteId::try_from(id) else {
        return page.message(&web, StatusCode::NOT_FOUND, "web-forbidden");
    };
    match web
        .engine
        .desk_act(&user, CoordinatorAction::RevokeInvite(invite))
        .await
    {
        Ok(said) => show_staff(&web, &headers, &user, Some(said)).await,
        Err(error) => page.problem(&web, error),
    }
}

/// `POST /coordinators/{person}/{group}/remove`: staff take a group from a coordinator named
/// by an invite code, as in chat; their sessions end at once.
pub(crate) async fn remove_coordinator(
    State(web): State<Arc<Web>>,
    Path((person, group)): Path<(i64, i64)>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<TokenForm>,
) -> Response {
    let (user, page) = match web.visitor_with_form(&headers, form.csrf.as_deref()).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let (Ok(person), Ok(group)) = (
        velkommen_core::ids::PersonId::try_from(person),
        GroupId::try_from(group),
    ) else {
        return page.message(&web, StatusCode::NOT_FOUND, "web-forbidden");
    };
    match web
        .engine
        .desk_act(&user, CoordinatorAction::RemoveCoordinator(person, group))
        .await
    {
        Ok(_) => {
            let said = page.t(&web, "web-coordinator-removed");
            show_staff(&web, &headers, &user, Some(said)).await
        }
        Err(error) => page.problem(&web, error),
    }
}

/// `POST /groups/{group}/step-down`: a group's coordinator steps down, as in chat. Their
/// sessions end with it; the page then says so.
pub(crate) async fn step_down(
    State(web): State<Arc<Web>>,
    Path(group): Path<i64>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<TokenForm>,
) -> Response {
    let (user, page) = match web.visitor_with_form(&headers, form.csrf.as_deref()).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let Ok(group) = GroupId::try_from(group) else {
        return page.message(&web, StatusCode::NOT_FOUND, "web-forbidden");
    };
    match web
        .engine
        .desk_act(&user, CoordinatorAction::StepDown(group))
        .await
    {
        Ok(_) => page.message(&web, StatusCode::OK, "web-stepped-down"),
        Err(error) => page.problem(&web, error),
    }
}

/// `POST /alerts/{id}/take`: "I'm on it" for a cry for help, as in chat.
pub(crate) async fn take_alert(
    State(web): State<Arc<Web>>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<TokenForm>,
) -> Response {
    let (user, page) = match web.visitor_with_form(&headers, form.csrf.as_deref()).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let Ok(alert) = velkommen_core::ids::AlertId::try_from(id) else {
        return page.message(&web, StatusCode::NOT_FOUND, "web-forbidden");
    };
    act(&web, &headers, &user, CoordinatorAction::TakeAlert(alert)).await
}

#[derive(serde::Deserialize)]
pub(crate) struct CloseAlertForm {
    csrf: Option<String>,
    outcome: Option<String>,
}

/// `POST /alerts/{id}/close`: what became of a cry for help, as in chat. There is no default
/// outcome: one not chosen comes back with the dashboard saying so.
pub(crate) async fn close_alert(
    State(web): State<Arc<Web>>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<CloseAlertForm>,
) -> Response {
    let (user, page) = match web.visitor_with_form(&headers, form.csrf.as_deref()).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let Ok(alert) = velkommen_core::ids::AlertId::try_from(id) else {
        return page.message(&web, StatusCode::NOT_FOUND, "web-forbidden");
    };
    let Some(outcome) = form
        .outcome
        .as_deref()
        .and_then(velkommen_core::domain::AlertOutcome::parse)
    else {
        let said = page.t(&web, "web-alert-outcome-missing");
        return show_dashboard(&web, &headers, &user, Some(said)).await;
    };
    act(
        &web,
        &headers,
        &user,
        CoordinatorAction::CloseAlert(alert, outcome),
    )
    .await
}

/// `POST /requests/{id}/take`: the coordinator takes a request nobody took.
pub(crate) async fn take(
    State(web): State<Arc<Web>>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<TokenForm>,
) -> Response {
    let (user, page) = match web.visitor_with_form(&headers, form.csrf.as_deref()).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let Ok(request) = RequestId::try_from(id) else {
        return page.message(&web, StatusCode::NOT_FOUND, "web-forbidden");
    };
    act(
        &web,
        &headers,
        &user,
        CoordinatorAction::TakeRequest(request),
    )
    .await
}

/// Does a chat button's action and shows the dashboard with what the chat would have said.
async fn act(
    web: &Web,
    headers: &HeaderMap,
    user: &DeskUser,
    action: CoordinatorAction,
) -> Response {
    let page = Page::new(headers, Some(user));
    match web.engine.desk_act(user, action).await {
        Ok(said) => show_dashboard(web, headers, user, Some(said)).await,
        Err(error) => page.problem(web, error),
    }
}

/// What the composer was given, or is given back with errors.
#[derive(serde::Deserialize, Default)]
pub(crate) struct Composed {
    csrf: Option<String>,
    audience: Option<String>,
    group: Option<String>,
    /// When to send, from a date and time field; empty for now.
    send_at: Option<String>,
    #[serde(flatten)]
    texts: std::collections::HashMap<String, String>,
}

impl Composed {
    fn audience(&self) -> Audience {
        match self.audience.as_deref() {
            Some("volunteers") => Audience::Volunteers,
            Some("both") => Audience::Both,
            _ => Audience::Newcomers,
        }
    }

    /// The group chosen: `None` for every group.
    fn group(&self) -> Option<GroupId> {
        self.group
            .as_deref()
            .and_then(|g| g.parse::<i64>().ok())
            .and_then(|g| GroupId::try_from(g).ok())
    }

    fn text(&self, lang: Lang) -> &str {
        self.texts
            .get(&format!("text_{}", lang.code()))
            .map_or("", |t| t.trim())
    }
}

/// `GET /broadcast`.
pub(crate) async fn composer(State(web): State<Arc<Web>>, headers: HeaderMap) -> Response {
    let (user, _) = match web.visitor(&headers).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    show_composer(&web, &headers, &user, &Composed::default(), vec![], None).await
}

async fn show_composer(
    web: &Web,
    headers: &HeaderMap,
    user: &DeskUser,
    composed: &Composed,
    errors: Vec<(Option<Lang>, String)>,
    when_error: Option<String>,
) -> Response {
    let page = Page::new(headers, Some(user));
    let groups = match web.engine.desk_groups(user, page.lang).await {
        Ok(groups) => groups,
        Err(error) => return page.problem(web, error.into()),
    };
    // A group's coordinator writes to their group; staff may write to every group.
    let group = composed.group().or(match user.is_staff() {
        true => None,
        false => groups.first().map(|(id, _)| *id),
    });
    let counts = web
        .engine
        .desk_recipients(user, composed.audience(), group)
        .await
        .unwrap_or_default();
    let languages: Vec<_> = Lang::all()
        .into_iter()
        .map(|lang| {
            let count = counts
                .iter()
                .find(|(l, _)| *l == lang)
                .map_or(0, |(_, n)| *n);
            let error = errors
                .iter()
                .find(|(l, _)| *l == Some(lang))
                .map(|(_, e)| e.clone());
            let text = composed.text(lang);
            let (fit, split_note) = platform_fit(&page, web, text);
            context! {
                code => lang.code(),
                name => lang.name_in(page.lang),
                own => lang.own_name(),
                dir => if lang.is_rtl() { "rtl" } else { "ltr" },
                text => text,
                count => count,
                error => error,
                fits => fit,
                split => split_note,
            }
        })
        .collect();
    let general: Vec<_> = errors
        .iter()
        .filter(|(l, _)| l.is_none())
        .map(|(_, e)| e.clone())
        .collect();
    let status = if errors.is_empty() && when_error.is_none() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let broadcasts: Vec<_> = match web.engine.desk_broadcasts(user).await {
        Ok(sent) => sent
            .into_iter()
            .map(|(id, at)| context! { id => id.get(), at => web.engine.desk_local_time(at, page.lang) })
            .collect(),
        Err(error) => return page.problem(web, error.into()),
    };
    page.render(
        web,
        status,
        "composer.html",
        Some(user),
        context! {
            broadcasts => broadcasts,
            // What the browser fills in as the texts are typed.
            fit_template => page.f(web, "web-preview-fit", &[("telegram", "{telegram}".into()), ("discord", "{discord}".into())]),
            send_at => composed.send_at.as_deref().unwrap_or_default().trim(),
            when_error => when_error,
            staff => user.is_staff(),
            groups => groups.iter().map(|(id, name)| context! { id => id.get(), name => name }).collect::<Vec<_>>(),
            group => group.map(GroupId::get),
            audience => composed.audience.clone().unwrap_or_else(|| "newcomers".into()),
            fields => languages,
            total => counts.iter().map(|(_, n)| n).sum::<i64>(),
            summary => crate::texts::summary(
                errors.iter().map(|(lang, e)| (format!("text_{}", lang.unwrap_or(Lang::all()[0]).code()), e.clone()))
                    .chain(when_error.iter().map(|e| ("send_at".to_owned(), e.clone())))
            ),
            errors => general,
            max => MAX_ANNOUNCEMENT_CHARS,
        },
    )
}

/// `POST /broadcast`: checks the texts; sends, or gives the form back with the errors beside
/// the fields and every word kept.
pub(crate) async fn send(
    State(web): State<Arc<Web>>,
    headers: HeaderMap,
    axum::Form(composed): axum::Form<Composed>,
) -> Response {
    let (user, page) = match web
        .visitor_with_form(&headers, composed.csrf.as_deref())
        .await
    {
        Ok(found) => found,
        Err(answer) => {
            let texts = Lang::all()
                .into_iter()
                .map(|lang| (lang, composed.text(lang).to_owned()))
                .collect();
            return kept(&web, &headers, answer, texts);
        }
    };
    let mut errors = vec![];
    let mut texts = vec![];
    for lang in Lang::all() {
        let text = composed.text(lang);
        if text.chars().count() > MAX_ANNOUNCEMENT_CHARS {
            errors.push((
                Some(lang),
                page.f(
                    &web,
                    "web-error-too-long",
                    &[("max", (MAX_ANNOUNCEMENT_CHARS as i64).into())],
                ),
            ));
        } else if !text.is_empty() {
            texts.push((lang, text.to_owned()));
        }
    }
    if texts.is_empty() && errors.is_empty() {
        errors.push((None, page.t(&web, "web-error-no-text")));
    }
    // Every reader must reach a text through their language's fallbacks.
    for lang in Lang::all() {
        let reached = lang
            .chain()
            .into_iter()
            .any(|l| texts.iter().any(|(t, _)| *t == l));
        if !reached && !texts.is_empty() {
            errors.push((Some(lang), page.t(&web, "web-error-unreached")));
        }
    }
    // A time to send at, when one is given, is read on the municipality's clock.
    let written = composed.send_at.as_deref().unwrap_or_default().trim();
    let send_at = match written {
        "" => Ok(None),
        text => match web.engine.desk_time(page.lang, text) {
            Ok(at) => Ok(Some(at)),
            Err(TimeProblem::Unreadable) => Err(page.t(&web, "web-error-time")),
            Err(TimeProblem::Passed) => Err(page.t(&web, "web-error-past")),
        },
    };
    let (send_at, mut when_error) = match send_at {
        Ok(at) => (at, None),
        Err(error) => (None, Some(error)),
    };
    if !errors.is_empty() || when_error.is_some() {
        return show_composer(&web, &headers, &user, &composed, errors, when_error).await;
    }
    match web
        .engine
        .desk_broadcast(&user, composed.audience(), composed.group(), texts, send_at)
        .await
    {
        Ok(id) => Redirect::to(&format!("/broadcasts/{id}")).into_response(),
        // A time already passed goes back beside its field, with every word kept.
        Err(DeskError::Refused(error)) if send_at.is_some() => {
            when_error = Some(error);
            show_composer(&web, &headers, &user, &composed, vec![], when_error).await
        }
        Err(error) => page.problem(&web, error),
    }
}

/// The longest Discord message, in characters.
const DISCORD_MAX: usize = 2000;

/// How a text fits each platform: its length as Telegram counts it against 4,096, and as
/// Discord counts it against 2,000, and, when Discord's adapter must split it, into how many
/// messages.
fn platform_fit(page: &Page, web: &Web, text: &str) -> (String, Option<String>) {
    // The broadcast reads "📣 " and the text.
    let sent = format!("📣 {text}");
    // Telegram counts UTF-16 units (an emoji is two), Discord characters.
    let telegram = sent.encode_utf16().count() as i64;
    let discord = sent.chars().count() as i64;
    let parts = split(&sent, DISCORD_MAX, |_| 1).len() as i64;
    (
        page.f(
            web,
            "web-preview-fit",
            &[("telegram", telegram.into()), ("discord", discord.into())],
        ),
        (parts > 1).then(|| page.f(web, "web-preview-split", &[("parts", parts.into())])),
    )
}

#[derive(serde::Deserialize)]
pub(crate) struct CountQuery {
    audience: Option<String>,
    group: Option<String>,
}

/// `GET /broadcast/count`: the recipients for an audience and group, for htmx to put in
/// place as the choice changes.
pub(crate) async fn count(
    State(web): State<Arc<Web>>,
    headers: HeaderMap,
    Query(query): Query<CountQuery>,
) -> Response {
    let (user, page) = match web.visitor(&headers).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let composed = Composed {
        audience: query.audience,
        group: query.group,
        ..Composed::default()
    };
    match web
        .engine
        .desk_recipients(&user, composed.audience(), composed.group())
        .await
    {
        Ok(counts) => {
            let lines: Vec<String> = counts
                .iter()
                .map(|(lang, n)| format!("{}: {n}", lang.name_in(page.lang)))
                .collect();
            let total: i64 = counts.iter().map(|(_, n)| n).sum();
            page.f(&web, "web-recipients-total", &[("count", total.into())])
                .to_string()
                .lines()
                .chain(lines.iter().map(String::as_str))
                .collect::<Vec<_>>()
                .join(" · ")
                .into_response()
        }
        Err(error) => page.problem(&web, error),
    }
}

/// `GET /broadcasts/{id}`: the delivery report, which refreshes itself while copies wait.
pub(crate) async fn report(
    State(web): State<Arc<Web>>,
    Path(id): Path<i64>,
    headers: HeaderMap,
) -> Response {
    report_page(&web, &headers, id, "report.html").await
}

/// `GET /broadcasts/{id}/rows`: the report's table alone, for htmx's polling.
pub(crate) async fn report_rows(
    State(web): State<Arc<Web>>,
    Path(id): Path<i64>,
    headers: HeaderMap,
) -> Response {
    report_page(&web, &headers, id, "rows.html").await
}

async fn report_page(web: &Web, headers: &HeaderMap, id: i64, template: &str) -> Response {
    let (user, page) = match web.visitor(headers).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let Ok(id) = BroadcastId::try_from(id) else {
        return page.message(web, StatusCode::NOT_FOUND, "web-forbidden");
    };
    show_report(web, &page, &user, id, template, None).await
}

async fn show_report(
    web: &Web,
    page: &Page,
    user: &DeskUser,
    id: BroadcastId,
    template: &str,
    notice: Option<String>,
) -> Response {
    let report = match web.engine.desk_broadcast_report(user, id).await {
        Ok(report) => report,
        Err(error) => return page.problem(web, error),
    };
    let pending = report
        .rows
        .iter()
        .any(|(_, _, status, _)| status == "pending");
    let rows: Vec<_> = report
        .rows
        .iter()
        .map(|(platform, lang, status, count)| {
            // Unreachable means the person blocked the bot on Telegram, and closed their
            // direct messages (or left) on Discord.
            let status_name = match status.as_str() {
                "unreachable" => page.t(web, &format!("web-unreachable-{platform}")),
                _ => page.t(web, &format!("delivery-{status}")),
            };
            context! {
                platform => page.t(web, &format!("platform-{platform}")),
                language => Lang::try_from(lang.as_str()).map(|l| l.name_in(page.lang)).unwrap_or(lang),
                status => status_name,
                key => status,
                count => count,
            }
        })
        .collect();
    let failures: Vec<_> = report
        .failures
        .iter()
        .map(|(platform, reason, count)| {
            context! {
                platform => page.t(web, &format!("platform-{platform}")),
                reason => reason,
                count => count,
            }
        })
        .collect();
    let now = web.engine.now();
    let scheduled = report
        .send_at
        .filter(|at| *at > now && !report.cancelled)
        .map(|at| {
            page.f(
                web,
                "web-report-scheduled",
                &[("when", (&web.engine.desk_local_time(at, page.lang)).into())],
            )
        });
    page.render(
        web,
        StatusCode::OK,
        template,
        Some(user),
        context! {
            id => id.get(),
            title => page.f(web, "web-report-title", &[("id", id.get().into())]),
            notice => notice,
            scheduled => scheduled,
            rows => rows,
            failures => failures,
            pending => pending && !report.cancelled,
            no_address => (report.no_address > 0).then(|| page.f(web, "report-no-address", &[("count", report.no_address.into())])),
            cancelled => report.cancelled.then(|| page.t(web, "report-cancelled")),
        },
    )
}

/// `POST /broadcasts/{id}/cancel`: stops every copy not yet handed to a platform, as the
/// chat's button does, for staff or its sender.
pub(crate) async fn cancel(
    State(web): State<Arc<Web>>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<TokenForm>,
) -> Response {
    let (user, page) = match web.visitor_with_form(&headers, form.csrf.as_deref()).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let Ok(id) = BroadcastId::try_from(id) else {
        return page.message(&web, StatusCode::NOT_FOUND, "web-forbidden");
    };
    match web
        .engine
        .desk_act(&user, CoordinatorAction::CancelBroadcast(id))
        .await
    {
        Ok(said) => show_report(&web, &page, &user, id, "report.html", Some(said)).await,
        Err(error) => page.problem(&web, error),
    }
}

#[derive(serde::Deserialize)]
pub(crate) struct PosterQuery {
    place: Option<String>,
}

/// `GET /posters`: every offer, each with its poster to open and print.
pub(crate) async fn posters(
    State(web): State<Arc<Web>>,
    headers: HeaderMap,
    Query(query): Query<PosterQuery>,
) -> Response {
    let (user, page) = match web.visitor(&headers).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let mut offers = vec![];
    for category in velkommen_core::category::Category::ALL {
        match web.engine.store().offers_in(category, page.lang).await {
            Ok(found) => offers.extend(
                found
                    .into_iter()
                    .map(|o| context! { id => o.id.get(), title => o.title }),
            ),
            Err(error) => return page.problem(&web, error.into()),
        }
    }
    page.render(
        &web,
        StatusCode::OK,
        "posters.html",
        Some(&user),
        context! {
            offers => offers,
            none => poster_none(&page, &web),
            ready => web.telegram_bot.is_some(),
            place => query.place.as_deref().map(str::trim).filter(|p| !p.is_empty()),
        },
    )
}

#[derive(serde::Deserialize)]
pub(crate) struct PosterForm {
    csrf: Option<String>,
    offer: i64,
    place: String,
}

/// `POST /posters`: makes the poster of an offer at a place, counted on its own, then opens it.
/// Only those who keep the offer may: anyone else's place would show in that group's report.
pub(crate) async fn make_poster(
    State(web): State<Arc<Web>>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<PosterForm>,
) -> Response {
    let (user, page) = match web.visitor_with_form(&headers, form.csrf.as_deref()).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let Ok(offer) = velkommen_core::ids::OfferId::try_from(form.offer) else {
        return page.message(&web, StatusCode::NOT_FOUND, "web-forbidden");
    };
    if let Err(error) = web.engine.desk_offer(&user, offer, page.lang).await {
        return page.problem(&web, error);
    }
    let place: String = form.place.trim().chars().take(80).collect();
    if place.is_empty() {
        return axum::response::Redirect::to(&format!("/posters/{}.svg", offer.get()))
            .into_response();
    }
    if let Err(error) = web
        .engine
        .store()
        .poster_for(offer, &place, web.engine.now())
        .await
    {
        return page.problem(&web, error.into());
    }
    // The place in the address, every byte but letters and digits escaped.
    let query: String = place
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    axum::response::Redirect::to(&format!("/posters/{}.svg?place={query}", offer.get()))
        .into_response()
}

/// "No poster": the setting it needs, on a line a person can copy.
fn poster_none(page: &Page, web: &Web) -> String {
    page.f(
        web,
        "web-poster-none",
        &[(
            "setting",
            velkommen_core::i18n::Arg::Code("TELEGRAM_BOT_USERNAME"),
        )],
    )
}

/// `GET /posters/{offer}.svg?place=…`: the same A4 poster `velkommen poster` writes, for the
/// browser to print (it shapes Arabic as it should).
pub(crate) async fn poster(
    State(web): State<Arc<Web>>,
    Path(file): Path<String>,
    headers: HeaderMap,
    Query(query): Query<PosterQuery>,
) -> Response {
    let (_, page) = match web.visitor(&headers).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let offer = file
        .strip_suffix(".svg")
        .and_then(|id| id.parse::<i64>().ok())
        .and_then(|id| velkommen_core::ids::OfferId::try_from(id).ok());
    let (Some(offer), Some(bot)) = (offer, web.telegram_bot.as_deref()) else {
        return page.say(&web, StatusCode::NOT_FOUND, &poster_none(&page, &web));
    };
    let place = query
        .place
        .map(|p| p.trim().chars().take(80).collect::<String>())
        .filter(|p| !p.is_empty());
    // Opening a poster makes nothing: one at a place is made by `POST /posters` (below),
    // and a place nobody made a poster at is "not found".
    let found = match crate::poster::of_offer(
        web.engine.store(),
        web.engine.locales(),
        offer,
        bot,
        place,
        None,
    )
    .await
    {
        Ok(poster) => poster,
        Err(_) => return page.say(&web, StatusCode::NOT_FOUND, &poster_none(&page, &web)),
    };
    let made = crate::poster::svg(&found);
    match made {
        Ok(svg) => (
            [(
                axum::http::header::CONTENT_TYPE,
                "image/svg+xml; charset=utf-8",
            )],
            svg,
        )
            .into_response(),
        Err(_) => page.say(&web, StatusCode::NOT_FOUND, &poster_none(&page, &web)),
    }
}

/// `GET /questions`: the open questions, each with a field for the answer (staff only).
pub(crate) async fn questions(State(web): State<Arc<Web>>, headers: HeaderMap) -> Response {
    let (user, _) = match web.visitor(&headers).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    show_questions(&web, &headers, &user, None, None).await
}

/// `notice` is what the chat would have said; `kept` an answer given back with its error.
async fn show_questions(
    web: &Web,
    headers: &HeaderMap,
    user: &DeskUser,
    notice: Option<String>,
    kept: Option<(i64, String, String)>,
) -> Response {
    let page = Page::new(headers, Some(user));
    let (open, total) = match web.engine.desk_questions(user).await {
        Ok(found) => found,
        Err(error) => return page.problem(web, error),
    };
    let now = web.engine.now();
    let questions: Vec<_> = open
        .iter()
        .map(|q| {
            let (text, error) = match &kept {
                Some((id, text, error)) if *id == q.id.get() => {
                    (Some(text.clone()), Some(error.clone()))
                }
                _ => (None, None),
            };
            context! {
                id => q.id.get(),
                body => q.body,
                language => q.lang.name_in(page.lang),
                code => q.lang.code(),
                dir => if q.lang.is_rtl() { "rtl" } else { "ltr" },
                waiting => waited(&page, web, now - q.created_at),
                text => text,
                error => error,
            }
        })
        .collect();
    let status = if kept.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    page.render(
        web,
        status,
        "questions.html",
        Some(user),
        context! { questions => questions, total => total, notice => notice },
    )
}

#[derive(serde::Deserialize)]
pub(crate) struct AnswerForm {
    csrf: Option<String>,
    answer: Option<String>,
}

/// `POST /questions/{id}/answer`: the answer goes to the asker in chat.
pub(crate) async fn answer(
    State(web): State<Arc<Web>>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<AnswerForm>,
) -> Response {
    let (user, page) = match web.visitor_with_form(&headers, form.csrf.as_deref()).await {
        Ok(found) => found,
        Err(answer) => {
            let words = form.answer.unwrap_or_default();
            return kept(
                &web,
                &headers,
                answer,
                vec![(Page::new(&headers, None).lang, words)],
            );
        }
    };
    let Ok(question) = velkommen_core::ids::QuestionId::try_from(id) else {
        return page.message(&web, StatusCode::NOT_FOUND, "web-forbidden");
    };
    let words = form.answer.unwrap_or_default();
    match web.engine.desk_answer(&user, question, &words).await {
        Ok(said) => show_questions(&web, &headers, &user, Some(said), None).await,
        Err(velkommen_core::desk::DeskError::Refused(error)) => {
            show_questions(&web, &headers, &user, None, Some((id, words, error))).await
        }
        Err(error) => page.problem(&web, error),
    }
}

#[derive(serde::Deserialize)]
pub(crate) struct QuarterQuery {
    quarter: Option<String>,
}

/// A quarter such as `2026-Q4`: its name and its bounds, midnight to midnight on the
/// municipality's clock.
fn quarter(
    asked: Option<&str>,
    now: chrono::DateTime<chrono::Utc>,
    zone: velkommen_core::chrono_tz::Tz,
) -> Option<(
    String,
    chrono::DateTime<chrono::Utc>,
    chrono::DateTime<chrono::Utc>,
)> {
    use chrono::{Datelike, TimeZone};
    let (year, q) = match asked {
        Some(asked) => {
            let (year, q) = asked.split_once("-Q")?;
            (year.parse::<i32>().ok()?, q.parse::<u32>().ok()?)
        }
        None => {
            let local = now.with_timezone(&zone);
            (local.year(), (local.month() - 1) / 3 + 1)
        }
    };
    if !(1..=4).contains(&q) || !(2000..=2100).contains(&year) {
        return None;
    }
    let start = |year: i32, q: u32| {
        zone.with_ymd_and_hms(year, (q - 1) * 3 + 1, 1, 0, 0, 0)
            .single()
            .map(|t| t.with_timezone(&chrono::Utc))
    };
    let (next_year, next_q) = if q == 4 { (year + 1, 1) } else { (year, q + 1) };
    Some((
        format!("{year}-Q{q}"),
        start(year, q)?,
        start(next_year, next_q)?,
    ))
}

/// The quarter before `name`.
fn previous_quarter(name: &str) -> Option<String> {
    let (year, q) = name.split_once("-Q")?;
    let (year, q) = (year.parse::<i32>().ok()?, q.parse::<u32>().ok()?);
    Some(if q == 1 {
        format!("{}-Q4", year - 1)
    } else {
        format!("{year}-Q{}", q - 1)
    })
}

/// `GET /report?quarter=2026-Q4`: the quarter's numbers per group, as charts and a table.
pub(crate) async fn report_quarter(
    State(web): State<Arc<Web>>,
    headers: HeaderMap,
    Query(query): Query<QuarterQuery>,
) -> Response {
    let (user, page) = match web.visitor(&headers).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let Some((name, from, to)) = quarter(
        query.quarter.as_deref(),
        web.engine.now(),
        web.engine.desk_zone(),
    ) else {
        return page.message(&web, StatusCode::NOT_FOUND, "web-report-no-quarter");
    };
    let report = match web.engine.desk_report(&user, from, to, page.lang).await {
        Ok(report) => report,
        Err(error) => return page.problem(&web, error.into()),
    };
    let chart = |id: &'static str,
                 title: &str,
                 heading: &str,
                 legend: [&str; 2],
                 columns: &[&str],
                 bars: Vec<crate::charts::Bar>| crate::charts::Chart {
        id,
        title: page.t(&web, title),
        heading: page.t(&web, heading),
        legend: legend.map(|id| {
            if id.is_empty() {
                String::new()
            } else {
                page.t(&web, id)
            }
        }),
        columns: columns.iter().map(|id| page.t(&web, id)).collect(),
        bars,
        rtl: page.lang.is_rtl(),
    };
    let count = |n: f64| format!("{n:.0}");
    let hours = |n: f64| page.lang.decimal(n, 1);
    let requests = chart(
        "chart-requests",
        "web-chart-requests",
        "web-request-group",
        ["web-chart-taken", "web-chart-not-taken"],
        &["web-col-claimed", "web-col-received"],
        report
            .groups
            .iter()
            .map(|g| crate::charts::Bar {
                label: g.group.clone(),
                total: g.received as f64,
                part: g.claimed as f64,
            })
            .collect(),
    )
    .render(count);
    // The median wait, and on to the wait nine in ten did not exceed.
    let waited = chart(
        "chart-hours",
        "web-chart-hours",
        "web-request-group",
        ["web-chart-hours-legend", "web-chart-p90-legend"],
        &["web-col-hours", "web-col-p90"],
        report
            .groups
            .iter()
            .filter_map(|g| {
                Some(crate::charts::Bar {
                    label: g.group.clone(),
                    total: g.p90_claim_minutes? as f64 / 60.0,
                    part: g.median_claim_minutes? as f64 / 60.0,
                })
            })
            .collect(),
    )
    .render(hours);
    // Every group the reader reads, together: by language and by kind of offer.
    let mut languages: Vec<(Lang, i64)> = vec![];
    let mut kinds: Vec<(velkommen_core::category::Category, i64)> = vec![];
    for g in &report.groups {
        for (lang, n) in &g.by_language {
            match languages.iter_mut().find(|(l, _)| l == lang) {
                Some((_, total)) => *total += n,
                None => languages.push((*lang, *n)),
            }
        }
        for (kind, n) in &g.by_category {
            match kinds.iter_mut().find(|(k, _)| k == kind) {
                Some((_, total)) => *total += n,
                None => kinds.push((*kind, *n)),
            }
        }
    }
    languages.sort_by_key(|(_, n)| -n);
    kinds.sort_by_key(|(_, n)| -n);
    let one_colour = |id: &'static str, title: &str, heading: &str, bars: Vec<(String, i64)>| {
        chart(
            id,
            title,
            heading,
            ["", ""],
            &["web-col-received"],
            bars.into_iter()
                .map(|(label, n)| crate::charts::Bar {
                    label,
                    total: n as f64,
                    part: n as f64,
                })
                .collect(),
        )
        .render(count)
    };
    let by_language = one_colour(
        "chart-languages",
        "web-chart-languages",
        "web-request-language",
        languages
            .iter()
            .map(|(l, n)| (l.name_in(page.lang).to_owned(), *n))
            .collect(),
    );
    let by_kind = one_colour(
        "chart-kinds",
        "web-chart-kinds",
        "web-request-offer",
        kinds
            .iter()
            .map(|(k, n)| (without_emoji(&page.t(&web, k.message_id())), *n))
            .collect(),
    );
    let rows: Vec<_> = report
        .groups
        .iter()
        .map(|g| {
            context! {
                group => g.group,
                received => g.received,
                claimed => g.claimed,
                done => g.done,
                cancelled => g.cancelled,
                hours => g.median_claim_minutes.map(|m| page.lang.decimal(m as f64 / 60.0, 1)),
                p90 => g.p90_claim_minutes.map(|m| page.lang.decimal(m as f64 / 60.0, 1)),
                escalated => g.escalated,
                open => g.still_unclaimed,
                volunteers => g.volunteers_active,
                pending => g.volunteers_pending,
                events => g.events_held,
                going => g.rsvps_going,
            }
        })
        .collect();
    let mut quarters = vec![name.clone()];
    for _ in 0..3 {
        if let Some(before) = quarters.last().and_then(|q| previous_quarter(q)) {
            quarters.push(before);
        }
    }
    page.render(
        &web,
        StatusCode::OK,
        "quarter.html",
        Some(&user),
        context! {
            quarter => name,
            quarters => quarters,
            charts => [requests, waited, by_language, by_kind].into_iter().flatten().collect::<Vec<_>>(),
            posters => report.posters.iter().map(|p| context! {
                offer => p.offer,
                place => p.place,
                opens => p.opens,
            }).collect::<Vec<_>>(),
            rows => rows,
            staff => user.is_staff(),
            questions => page.f(&web, "web-report-questions", &[
                ("asked", report.questions_asked.into()),
                ("answered", report.questions_answered.into()),
            ]),
        },
    )
}

/// A category's name without the picture before it: a chart's font may have none.
fn without_emoji(name: &str) -> String {
    match name.split_once(' ') {
        Some((first, rest)) if !first.chars().any(char::is_alphanumeric) => rest.to_owned(),
        _ => name.to_owned(),
    }
}

/// `GET /report.csv?quarter=2026-Q4`: the same numbers for a spreadsheet, with stable
/// English column names.
pub(crate) async fn report_csv(
    State(web): State<Arc<Web>>,
    headers: HeaderMap,
    Query(query): Query<QuarterQuery>,
) -> Response {
    let (user, page) = match web.visitor(&headers).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let Some((name, from, to)) = quarter(
        query.quarter.as_deref(),
        web.engine.now(),
        web.engine.desk_zone(),
    ) else {
        return page.message(&web, StatusCode::NOT_FOUND, "web-report-no-quarter");
    };
    let report = match web.engine.desk_report(&user, from, to, page.lang).await {
        Ok(report) => report,
        Err(error) => return page.problem(&web, error.into()),
    };
    // The same file as `velkommen report --csv`, of the reader's own groups.
    let csv = report.to_csv();
    (
        [
            (
                axum::http::header::CONTENT_TYPE,
                "text/csv; charset=utf-8".to_owned(),
            ),
            (
                axum::http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"velkommen-{name}.csv\""),
            ),
        ],
        csv,
    )
        .into_response()
}

/// Offers not marked true for this long are flagged, as in chat.
const STALE_AFTER_DAYS: i64 = 182;

/// `GET /offers`: the offers of my groups, with missing translations and stale ones flagged.
pub(crate) async fn offers(State(web): State<Arc<Web>>, headers: HeaderMap) -> Response {
    let (user, _) = match web.visitor(&headers).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    show_offers(&web, &headers, &user, None).await
}

async fn show_offers(
    web: &Web,
    headers: &HeaderMap,
    user: &DeskUser,
    notice: Option<String>,
) -> Response {
    let page = Page::new(headers, Some(user));
    let lines = match web.engine.desk_offers(user, page.lang).await {
        Ok(lines) => lines,
        Err(error) => return page.problem(web, error.into()),
    };
    let helplines = match web.engine.desk_unverified_helplines(page.lang).await {
        Ok(helplines) => helplines,
        Err(error) => return page.problem(web, error.into()),
    };
    let now = web.engine.now();
    let offers: Vec<_> = lines
        .iter()
        .map(|o| {
            let languages: Vec<_> = Lang::all()
                .into_iter()
                .map(|l| context! { code => l.code(), name => l.name_in(page.lang), written => o.written.contains(&l) })
                .collect();
            context! {
                id => o.id.get(),
                title => o.title,
                group => o.group,
                verified => o.verified_at.map(|at| web.engine.desk_local_date(at, page.lang)),
                stale => !o.retired && o.verified_at.is_none_or(|at| now - at > chrono::Duration::days(STALE_AFTER_DAYS)),
                retired => o.retired,
                languages => languages,
            }
        })
        .collect();
    page.render(
        web,
        StatusCode::OK,
        "offers.html",
        Some(user),
        context! {
            offers => offers,
            notice => notice,
            helplines => helplines.iter().map(|(number, name)| context! { number => number, name => name }).collect::<Vec<_>>(),
        },
    )
}

/// `POST /offers/{id}/verify`: "still true today".
pub(crate) async fn verify(
    State(web): State<Arc<Web>>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<TokenForm>,
) -> Response {
    let (user, page) = match web.visitor_with_form(&headers, form.csrf.as_deref()).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let Ok(offer) = velkommen_core::ids::OfferId::try_from(id) else {
        return page.message(&web, StatusCode::NOT_FOUND, "web-forbidden");
    };
    // Another group's offer is a 403 here; the chat words it as a stale button.
    if let Err(error) = web.engine.desk_offer(&user, offer, page.lang).await {
        return page.problem(&web, error);
    }
    match web
        .engine
        .desk_act(&user, CoordinatorAction::VerifyOffer(offer))
        .await
    {
        Ok(said) => show_offers(&web, &headers, &user, Some(said)).await,
        Err(error) => page.problem(&web, error),
    }
}

#[derive(serde::Deserialize)]
pub(crate) struct RetireForm {
    csrf: Option<String>,
    /// "1" to take the offer out of the catalogue, "0" to bring it back.
    retired: Option<String>,
}

/// `POST /offers/{id}/retire`: takes an offer out of the catalogue, or brings it back.
pub(crate) async fn retire(
    State(web): State<Arc<Web>>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<RetireForm>,
) -> Response {
    let (user, page) = match web.visitor_with_form(&headers, form.csrf.as_deref()).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let Ok(offer) = velkommen_core::ids::OfferId::try_from(id) else {
        return page.message(&web, StatusCode::NOT_FOUND, "web-forbidden");
    };
    let retired = form.retired.as_deref() != Some("0");
    match web.engine.desk_retire_offer(&user, offer, retired).await {
        Ok(said) => show_offers(&web, &headers, &user, Some(said)).await,
        Err(error) => page.problem(&web, error),
    }
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct OfferForm {
    csrf: Option<String>,
    lang: Option<String>,
    title: Option<String>,
    description: Option<String>,
    when: Option<String>,
    place: Option<String>,
}

/// `GET /offers/{id}?lang=ar`: the offer's texts in one language, to edit.
pub(crate) async fn offer(
    State(web): State<Arc<Web>>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Query(query): Query<OfferForm>,
) -> Response {
    let (user, _) = match web.visitor(&headers).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    show_offer(
        &web,
        &headers,
        &user,
        id,
        query.lang.as_deref(),
        None,
        vec![],
    )
    .await
}

#[allow(clippy::too_many_arguments)]
async fn show_offer(
    web: &Web,
    headers: &HeaderMap,
    user: &DeskUser,
    id: i64,
    lang: Option<&str>,
    kept: Option<&OfferForm>,
    errors: Vec<(&'static str, String)>,
) -> Response {
    let page = Page::new(headers, Some(user));
    let Ok(offer) = velkommen_core::ids::OfferId::try_from(id) else {
        return page.message(web, StatusCode::NOT_FOUND, "web-forbidden");
    };
    let lang = lang
        .and_then(|l| Lang::try_from(l).ok())
        .unwrap_or(page.lang);
    let view = match web.engine.desk_offer(user, offer, lang).await {
        Ok(view) => view,
        Err(error) => return page.problem(web, error),
    };
    let value = |field: &str, stored: &str| -> String {
        let kept = kept.and_then(|k| match field {
            "title" => k.title.clone(),
            "description" => k.description.clone(),
            "when" => k.when.clone(),
            _ => k.place.clone(),
        });
        kept.unwrap_or_else(|| stored.to_owned())
    };
    let error = |field: &str| {
        errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, e)| e.clone())
    };
    let fields: Vec<_> = [
        ("title", "web-offer-title", view.title.as_str(), 1),
        (
            "description",
            "web-offer-description",
            view.description.as_str(),
            6,
        ),
        ("when", "web-offer-when", view.when.as_str(), 2),
        ("place", "web-offer-where", view.location.as_str(), 2),
    ]
    .into_iter()
    .map(|(name, label, stored, rows)| {
        context! {
            name => name,
            label => page.t(web, label),
            value => value(name, stored),
            rows => rows,
            error => error(name),
        }
    })
    .collect();
    let languages: Vec<_> = Lang::all()
        .into_iter()
        .map(|l| context! { code => l.code(), name => l.name_in(page.lang), current => l == lang })
        .collect();
    let fallback = (view.lang != lang).then(|| {
        page.f(
            web,
            "web-offer-fallback",
            &[("language", view.lang.name_in(page.lang).into())],
        )
    });
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    page.render(
        web,
        status,
        "offer.html",
        Some(user),
        context! {
            id => id,
            code => lang.code(),
            dir => if lang.is_rtl() { "rtl" } else { "ltr" },
            heading => view.title,
            fields => fields,
            tabs => languages,
            fallback => fallback,
        },
    )
}

/// `POST /offers/{id}`: saves the texts of one language; errors come back beside the field
/// with every word kept.
pub(crate) async fn save_offer(
    State(web): State<Arc<Web>>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<OfferForm>,
) -> Response {
    let (user, page) = match web.visitor_with_form(&headers, form.csrf.as_deref()).await {
        Ok(found) => found,
        Err(answer) => {
            let lang = form
                .lang
                .as_deref()
                .and_then(|l| Lang::try_from(l).ok())
                .unwrap_or(Page::new(&headers, None).lang);
            let words = [&form.title, &form.description, &form.when, &form.place]
                .into_iter()
                .flatten()
                .map(|t| (lang, t.clone()))
                .collect();
            return kept(&web, &headers, answer, words);
        }
    };
    let (Ok(offer), Some(lang)) = (
        velkommen_core::ids::OfferId::try_from(id),
        form.lang.as_deref().and_then(|l| Lang::try_from(l).ok()),
    ) else {
        return page.message(&web, StatusCode::NOT_FOUND, "web-forbidden");
    };
    use velkommen_core::domain::OfferField;
    let mut errors = vec![];
    let mut texts = vec![];
    for (name, field, value, max) in [
        ("title", OfferField::Title, &form.title, 120),
        (
            "description",
            OfferField::Description,
            &form.description,
            MAX_ANNOUNCEMENT_CHARS,
        ),
        ("when", OfferField::When, &form.when, 300),
        ("place", OfferField::Where, &form.place, 300),
    ] {
        let text = value.as_deref().unwrap_or_default().trim();
        if name == "title" && text.is_empty() {
            errors.push((name, page.t(&web, "web-error-no-words")));
        } else if text.chars().count() > max {
            errors.push((
                name,
                page.f(&web, "web-error-too-long", &[("max", (max as i64).into())]),
            ));
        } else {
            texts.push((field, text.to_owned()));
        }
    }
    if !errors.is_empty() {
        return show_offer(
            &web,
            &headers,
            &user,
            id,
            Some(lang.code()),
            Some(&form),
            errors,
        )
        .await;
    }
    match web.engine.desk_save_offer(&user, offer, lang, &texts).await {
        Ok(()) => {
            let said = page.t(&web, "offer-saved");
            show_offers(&web, &headers, &user, Some(said)).await
        }
        Err(error) => page.problem(&web, error),
    }
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct BoardQuery {
    group: Option<String>,
    status: Option<String>,
    lang: Option<String>,
    /// Only requests at least this many days old.
    older: Option<String>,
    /// Which page, from 1.
    page: Option<String>,
}

/// `GET /requests`: the requests of my groups, filtered by group, status, language and age.
pub(crate) async fn board(
    State(web): State<Arc<Web>>,
    headers: HeaderMap,
    Query(query): Query<BoardQuery>,
) -> Response {
    let (user, _) = match web.visitor(&headers).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    show_board(&web, &headers, &user, &query, None).await
}

async fn show_board(
    web: &Web,
    headers: &HeaderMap,
    user: &DeskUser,
    query: &BoardQuery,
    notice: Option<String>,
) -> Response {
    use velkommen_core::domain::RequestStatus;
    let page = Page::new(headers, Some(user));
    let all = [
        RequestStatus::Open,
        RequestStatus::Claimed,
        RequestStatus::Done,
        RequestStatus::Cancelled,
    ];
    // Only a status the board knows: it goes back into the links to other pages.
    let status = query
        .status
        .as_deref()
        .filter(|s| ["open", "claimed", "done", "cancelled", "all"].contains(s))
        .unwrap_or("open");
    let statuses: Vec<_> = all
        .into_iter()
        .filter(|s| status == "all" || s.code() == status)
        .collect();
    let group = query.group.as_deref().and_then(|g| g.parse::<i64>().ok());
    let lang = query.lang.as_deref().and_then(|l| Lang::try_from(l).ok());
    // Days, within what a duration can hold: a huge number is no filter rather than a panic.
    let older = query
        .older
        .as_deref()
        .and_then(|d| d.parse::<i64>().ok())
        .filter(|d| (0..=36_500).contains(d));
    // Pages count from 1 in the address; anything else is the first.
    let at = query
        .page
        .as_deref()
        .and_then(|p| p.parse::<u32>().ok())
        .filter(|p| (1..=1_000_000).contains(p))
        .unwrap_or(1);
    let filter = velkommen_core::desk::RequestFilter {
        statuses,
        group: group.and_then(|g| velkommen_core::ids::GroupId::try_from(g).ok()),
        lang,
        older_days: older,
        page: at - 1,
    };
    let found = match web.engine.desk_requests(user, page.lang, &filter).await {
        Ok(found) => found,
        Err(error) => return page.problem(web, error.into()),
    };
    let now = web.engine.now();
    // The same filter, another page: for the links to the pages before and after.
    let page_link = |to: i64| {
        let mut link = format!("/requests?status={status}&page={to}");
        if let Some(g) = group {
            link.push_str(&format!("&group={g}"));
        }
        if let Some(l) = lang {
            link.push_str(&format!("&lang={}", l.code()));
        }
        if let Some(d) = older {
            link.push_str(&format!("&older={d}"));
        }
        link
    };
    let at = i64::from(at);
    let paging = (found.pages > 1).then(|| {
        context! {
            label => page.f(web, "pending-page", &[("page", at.into()), ("pages", found.pages.into())]),
            previous => (at > 1).then(|| page_link(at - 1)),
            next => (at < found.pages).then(|| page_link(at + 1)),
        }
    });
    let rows: Vec<_> = found
        .requests
        .iter()
        .map(|r| {
            context! {
                id => r.id.get(),
                offer => r.offer,
                group => r.group,
                language => r.lang.name_in(page.lang),
                status => page.t(web, &format!("web-status-{}", r.status.code())),
                open => r.status == RequestStatus::Open,
                active => r.status.is_active(),
                reason => r.closed_reason.map(|reason| page.t(web, &format!("web-close-{}", reason.code()))),
                waiting => waited(&page, web, now - r.created_at),
                note => r.note,
                note_lang => r.lang.code(),
                note_dir => if r.lang.is_rtl() { "rtl" } else { "ltr" },
                volunteers => r.volunteers.iter().map(|(id, name)| context! { id => id.get(), name => name }).collect::<Vec<_>>(),
            }
        })
        .collect();
    let groups = match web.engine.desk_groups(user, page.lang).await {
        Ok(groups) => groups,
        Err(error) => return page.problem(web, error.into()),
    };
    page.render(
        web,
        StatusCode::OK,
        "board.html",
        Some(user),
        context! {
            rows => rows,
            paging => paging,
            notice => notice,
            groups => groups.iter().map(|(id, name)| context! { id => id.get(), name => name }).collect::<Vec<_>>(),
            group => group,
            status => status,
            statuses => ["open", "claimed", "done", "cancelled", "all"].iter().map(|s| context! { code => s, name => page.t(web, &format!("web-status-{s}")) }).collect::<Vec<_>>(),
            filter_lang => lang.map(Lang::code),
            langs => Lang::all().into_iter().map(|l| context! { code => l.code(), name => l.name_in(page.lang) }).collect::<Vec<_>>(),
            older => older,
            reasons => CloseReason::ALL.iter().map(|r| context! { code => r.code(), name => page.t(web, &format!("web-close-{}", r.code())) }).collect::<Vec<_>>(),
        },
    )
}

#[derive(serde::Deserialize)]
pub(crate) struct CloseForm {
    csrf: Option<String>,
    reason: Option<String>,
}

/// `POST /requests/{id}/close`: closes a request still going, with a reason.
pub(crate) async fn close(
    State(web): State<Arc<Web>>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<CloseForm>,
) -> Response {
    let (user, page) = match web.visitor_with_form(&headers, form.csrf.as_deref()).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let reason = form.reason.as_deref().and_then(CloseReason::parse);
    let (Ok(request), Some(reason)) = (RequestId::try_from(id), reason) else {
        return page.message(&web, StatusCode::NOT_FOUND, "web-forbidden");
    };
    match web.engine.desk_close_request(&user, request, reason).await {
        Ok(said) => show_board(&web, &headers, &user, &BoardQuery::default(), Some(said)).await,
        Err(error) => page.problem(&web, error),
    }
}

#[derive(serde::Deserialize)]
pub(crate) struct HandForm {
    csrf: Option<String>,
    volunteer: Option<String>,
}

/// `POST /requests/{id}/hand`: hands an open request to a named volunteer of its group.
pub(crate) async fn hand(
    State(web): State<Arc<Web>>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<HandForm>,
) -> Response {
    let (user, page) = match web.visitor_with_form(&headers, form.csrf.as_deref()).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let volunteer = form
        .volunteer
        .as_deref()
        .and_then(|v| v.parse::<i64>().ok())
        .and_then(|v| PersonId::try_from(v).ok());
    let (Ok(request), Some(volunteer)) = (RequestId::try_from(id), volunteer) else {
        return page.message(&web, StatusCode::NOT_FOUND, "web-forbidden");
    };
    match web
        .engine
        .desk_act(&user, CoordinatorAction::HandTo(request, volunteer))
        .await
    {
        Ok(said) => show_board(&web, &headers, &user, &BoardQuery::default(), Some(said)).await,
        Err(error) => page.problem(&web, error),
    }
}

/// A form whose session ended before it was sent: nothing is done, and the words come back
/// to copy, with the way to log in again. Any other refusal stands as it was.
fn kept(web: &Web, headers: &HeaderMap, refused: Response, words: Vec<(Lang, String)>) -> Response {
    if refused.status() != StatusCode::UNAUTHORIZED {
        return refused;
    }
    let page = Page::new(headers, None);
    let words: Vec<_> = words
        .into_iter()
        .filter(|(_, text)| !text.trim().is_empty())
        .map(|(lang, text)| {
            context! {
                code => lang.code(),
                name => lang.name_in(page.lang),
                dir => if lang.is_rtl() { "rtl" } else { "ltr" },
                text => text,
            }
        })
        .collect();
    page.render(
        web,
        StatusCode::UNAUTHORIZED,
        "kept.html",
        None,
        context! { words => words },
    )
}

/// What the event form was given, or is given back with errors.
#[derive(serde::Deserialize, Default)]
pub(crate) struct EventForm {
    csrf: Option<String>,
    group: Option<String>,
    audience: Option<String>,
    starts: Option<String>,
    place: Option<String>,
    /// Hours before the start to remind those going; 0 for none.
    remind: Option<String>,
    #[serde(flatten)]
    texts: std::collections::HashMap<String, String>,
}

/// The reminders a coordinator may choose, in hours before the start; 0 for none.
const REMINDERS: [u32; 5] = [24, 48, 2, 168, 0];

impl EventForm {
    fn remind_hours(&self) -> u32 {
        self.remind
            .as_deref()
            .and_then(|r| r.parse::<u32>().ok())
            .filter(|r| REMINDERS.contains(r))
            .unwrap_or(velkommen_core::domain::DEFAULT_REMIND_HOURS)
    }

    /// The form filled with a stored event, to change it.
    fn of_event(
        web: &Web,
        event: &velkommen_core::store::EventView,
        texts: &[(Lang, String, String)],
    ) -> EventForm {
        let mut fields = std::collections::HashMap::new();
        for (lang, title, description) in texts {
            fields.insert(format!("title_{}", lang.code()), title.clone());
            fields.insert(format!("description_{}", lang.code()), description.clone());
        }
        EventForm {
            csrf: None,
            group: Some(event.group.get().to_string()),
            audience: Some(event.audience.code().to_owned()),
            starts: Some(web.engine.desk_time_field(event.starts_at)),
            place: Some(event.place.clone()),
            remind: Some(event.remind_hours.to_string()),
            texts: fields,
        }
    }

    fn text(&self, kind: &str, lang: Lang) -> &str {
        self.texts
            .get(&format!("{kind}_{}", lang.code()))
            .map_or("", |t| t.trim())
    }
}

#[derive(serde::Deserialize)]
pub(crate) struct EventsQuery {
    /// An event to change in the form.
    edit: Option<i64>,
}

/// `GET /events`: my groups' events with who comes, and a form for a new one, or
/// (`?edit=ID`) for changing one.
pub(crate) async fn events(
    State(web): State<Arc<Web>>,
    headers: HeaderMap,
    Query(query): Query<EventsQuery>,
) -> Response {
    let (user, page) = match web.visitor(&headers).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let Some(id) = query.edit else {
        return show_events(
            &web,
            &headers,
            &user,
            &EventForm::default(),
            None,
            vec![],
            None,
        )
        .await;
    };
    let Ok(id) = EventId::try_from(id) else {
        return page.message(&web, StatusCode::NOT_FOUND, "web-forbidden");
    };
    match web.engine.desk_event(&user, id).await {
        Ok((event, texts)) => {
            let form = EventForm::of_event(&web, &event, &texts);
            show_events(&web, &headers, &user, &form, Some(id), vec![], None).await
        }
        Err(error) => page.problem(&web, error),
    }
}

async fn show_events(
    web: &Web,
    headers: &HeaderMap,
    user: &DeskUser,
    form: &EventForm,
    editing: Option<EventId>,
    errors: Vec<(&'static str, String)>,
    notice: Option<String>,
) -> Response {
    let page = Page::new(headers, Some(user));
    let (events, groups) = match (
        web.engine.desk_events(user, page.lang).await,
        web.engine.desk_groups(user, page.lang).await,
    ) {
        (Ok(events), Ok(groups)) => (events, groups),
        (Err(error), _) | (_, Err(error)) => return page.problem(web, error.into()),
    };
    let events: Vec<_> = events
        .iter()
        .map(|line| {
            let e = &line.event;
            // "Lars, Sofie · Arabic 3 · Danish 1": who comes, as far as we know them.
            let who: Vec<String> = line
                .volunteers
                .iter()
                .cloned()
                .chain(
                    line.newcomers
                        .iter()
                        .map(|(lang, n)| format!("{} {n}", lang.name_in(page.lang))),
                )
                .collect();
            context! {
                id => e.id.get(),
                title => e.title,
                when => web.engine.desk_local_time(e.starts_at, page.lang),
                place => e.place,
                group => groups.iter().find(|(g, _)| *g == e.group).map(|(_, n)| n.clone()),
                going => line.going,
                not_going => line.not_going,
                who => who.join(" · "),
                past => e.starts_at < web.engine.now(),
            }
        })
        .collect();
    let error = |field: &str| {
        errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, e)| e.clone())
    };
    let fields: Vec<_> = Lang::all()
        .into_iter()
        .map(|lang| {
            context! {
                code => lang.code(),
                name => lang.name_in(page.lang),
                dir => if lang.is_rtl() { "rtl" } else { "ltr" },
                title => form.text("title", lang),
                description => form.text("description", lang),
            }
        })
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    page.render(
        web,
        status,
        "events.html",
        Some(user),
        context! {
            events => events,
            notice => notice,
            groups => groups.iter().map(|(id, name)| context! { id => id.get(), name => name }).collect::<Vec<_>>(),
            group => form.group.as_deref().and_then(|g| g.parse::<i64>().ok()),
            audience => form.audience.clone().unwrap_or_else(|| "newcomers".into()),
            starts => form.starts.clone().unwrap_or_default(),
            place => form.place.clone().unwrap_or_default(),
            fields => fields,
            editing => editing.map(EventId::get),
            remind => form.remind_hours(),
            reminders => REMINDERS.iter().map(|hours| context! {
                hours => hours,
                name => page.t(web, &format!("web-remind-{hours}")),
            }).collect::<Vec<_>>(),
            error_starts => error("starts"),
            error_place => error("place"),
            error_texts => error("texts"),
            summary => crate::texts::summary(
                [("starts", "starts".to_owned()), ("place", "event_place".to_owned()), ("texts", format!("title_{}", Lang::all()[0].code()))]
                    .into_iter()
                    .filter_map(|(field, id)| Some((id, error(field)?)))
            ),
        },
    )
}

/// `POST /events`: a new event, with its reminder; errors come back beside the field.
pub(crate) async fn create_event(
    State(web): State<Arc<Web>>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<EventForm>,
) -> Response {
    save_event(&web, &headers, form, None).await
}

/// `POST /events/{id}`: changes an event; those going hear of a new time or place.
pub(crate) async fn update_event(
    State(web): State<Arc<Web>>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<EventForm>,
) -> Response {
    match EventId::try_from(id) {
        Ok(id) => save_event(&web, &headers, form, Some(id)).await,
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}

async fn save_event(
    web: &Web,
    headers: &HeaderMap,
    form: EventForm,
    editing: Option<EventId>,
) -> Response {
    let (user, page) = match web.visitor_with_form(headers, form.csrf.as_deref()).await {
        Ok(found) => found,
        Err(answer) => {
            let words = Lang::all()
                .into_iter()
                .flat_map(|l| {
                    [
                        (l, form.text("title", l).to_owned()),
                        (l, form.text("description", l).to_owned()),
                    ]
                })
                .collect();
            return kept(web, headers, answer, words);
        }
    };
    let draft = match read_event(web, &page, &form) {
        Ok(draft) => draft,
        Err(errors) => {
            return show_events(web, headers, &user, &form, editing, errors, None).await;
        }
    };
    let done = match editing {
        None => web
            .engine
            .desk_create_event(&user, draft)
            .await
            .map(|_| "event-created"),
        Some(id) => web
            .engine
            .desk_update_event(&user, id, draft)
            .await
            .map(|()| "web-event-changed"),
    };
    match done {
        Ok(said) => {
            let said = page.t(web, said);
            show_events(
                web,
                headers,
                &user,
                &EventForm::default(),
                None,
                vec![],
                Some(said),
            )
            .await
        }
        Err(error) => page.problem(web, error),
    }
}

/// An event as the form gives it, or what is wrong with it, field by field.
fn read_event(
    web: &Web,
    page: &Page,
    form: &EventForm,
) -> Result<velkommen_core::domain::EventDraft, Vec<(&'static str, String)>> {
    let group = form
        .group
        .as_deref()
        .and_then(|g| g.parse::<i64>().ok())
        .and_then(|g| GroupId::try_from(g).ok());
    let audience = match form.audience.as_deref() {
        Some("volunteers") => Audience::Volunteers,
        Some("both") => Audience::Both,
        _ => Audience::Newcomers,
    };
    let mut errors = vec![];
    let written = form.starts.as_deref().unwrap_or_default();
    let read = web.engine.desk_time(page.lang, written);
    match read {
        Err(TimeProblem::Unreadable) => errors.push(("starts", page.t(web, "web-error-time"))),
        Err(TimeProblem::Passed) => errors.push(("starts", page.t(web, "web-error-past"))),
        Ok(_) => {}
    }
    let starts = read.ok();
    let place = form.place.as_deref().unwrap_or_default().trim();
    if place.is_empty() {
        errors.push(("place", page.t(web, "web-error-no-words")));
    } else if place.chars().count() > velkommen_core::coordinator::MAX_PLACE_CHARS {
        errors.push((
            "place",
            page.f(
                web,
                "web-error-too-long",
                &[(
                    "max",
                    (velkommen_core::coordinator::MAX_PLACE_CHARS as i64).into(),
                )],
            ),
        ));
    }
    let texts: Vec<_> = Lang::all()
        .into_iter()
        .filter(|l| !form.text("title", *l).is_empty())
        .map(|l| {
            (
                l,
                form.text("title", l).to_owned(),
                form.text("description", l).to_owned(),
            )
        })
        .collect();
    if texts.is_empty() {
        errors.push(("texts", page.t(web, "web-error-no-text")));
    }
    let too_long = texts.iter().any(|(_, title, text)| {
        title.chars().count() > 120 || text.chars().count() > MAX_ANNOUNCEMENT_CHARS
    });
    if too_long {
        errors.push((
            "texts",
            page.f(
                web,
                "web-error-too-long",
                &[("max", (MAX_ANNOUNCEMENT_CHARS as i64).into())],
            ),
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(velkommen_core::domain::EventDraft {
        group,
        audience: Some(audience),
        starts_at: starts,
        place: Some(place.to_owned()),
        texts,
        title: None,
        asked: Lang::all(),
        remind_hours: Some(form.remind_hours()),
    })
}

/// `POST /events/{id}/announce`: the event goes to its audience in every language.
pub(crate) async fn announce(
    State(web): State<Arc<Web>>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<TokenForm>,
) -> Response {
    let (user, page) = match web.visitor_with_form(&headers, form.csrf.as_deref()).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let Ok(event) = velkommen_core::ids::EventId::try_from(id) else {
        return page.message(&web, StatusCode::NOT_FOUND, "web-forbidden");
    };
    match web.engine.desk_announce_event(&user, event).await {
        Ok(broadcast) => Redirect::to(&format!("/broadcasts/{broadcast}")).into_response(),
        Err(error) => page.problem(&web, error),
    }
}
