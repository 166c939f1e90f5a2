//! Logging in with a one-time link, the session cookie, the form token, and who is asking.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::context;
use velkommen_core::desk::{DeskError, DeskUser, SESSION_LASTS};

use crate::texts::Page;
use crate::{LOGINS_PER_ADDRESS, LOGINS_PER_MINUTE, Web};

/// The cookie that carries the session's secret.
pub const SESSION_COOKIE: &str = "velkommen_session";

/// A cookie's value from the request's `Cookie` headers.
pub(crate) fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

impl Web {
    /// Behind https the cookie is `__Host-velkommen_session`: the browser then keeps it to
    /// this host, with `Secure` and `Path=/`, so that no other site under the same domain
    /// can set or shadow it.
    pub(crate) fn cookie_name(&self) -> &'static str {
        if self.secure_cookies {
            const HOST: &str = "__Host-velkommen_session";
            debug_assert!(HOST.ends_with(SESSION_COOKIE));
            HOST
        } else {
            SESSION_COOKIE
        }
    }

    fn session_cookie(&self, value: &str, max_age: i64) -> String {
        let secure = if self.secure_cookies { "; Secure" } else { "" };
        format!(
            "{}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}",
            self.cookie_name()
        )
    }

    /// Whether another login attempt from `from` fits in the minute: a few from one
    /// address, and a limit for everyone together.
    /// A link that did not log anyone in: 403, or 429 once this address (or everyone) has
    /// failed too often within the minute.
    fn login_failed(&self, page: &Page, from: Option<IpAddr>) -> Response {
        match self.login_allowed(from) {
            true => page.message(self, StatusCode::FORBIDDEN, "web-link-used"),
            false => page.message(self, StatusCode::TOO_MANY_REQUESTS, "web-busy"),
        }
    }

    /// Counts a failed login from `from`; false when it is over the limits.
    fn login_allowed(&self, from: Option<IpAddr>) -> bool {
        let mut logins = self.logins.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        let minute_ago = |t: &Instant| now.duration_since(*t) > Duration::from_secs(60);
        logins.retain(|_, times| {
            while times.front().is_some_and(minute_ago) {
                times.pop_front();
            }
            !times.is_empty()
        });
        let everyone: usize = logins.values().map(|t| t.len()).sum();
        let mine = logins.get(&from).map_or(0, |t| t.len());
        if everyone >= LOGINS_PER_MINUTE || mine >= LOGINS_PER_ADDRESS {
            return false;
        }
        logins.entry(from).or_default().push_back(now);
        true
    }

    /// The person at the page, or the answer to give instead: 401 with the way to log in,
    /// 403 for someone who is not (or no longer) a coordinator.
    pub(crate) async fn user(
        &self,
        page: &Page,
        headers: &HeaderMap,
    ) -> Result<DeskUser, Response> {
        let Some(session) = cookie(headers, self.cookie_name()) else {
            return Err(page.message(self, StatusCode::UNAUTHORIZED, "web-log-in"));
        };
        match self.engine.desk_user(session).await {
            Ok(Some(user)) => Ok(user),
            Ok(None) => Err(page.message(self, StatusCode::UNAUTHORIZED, "web-session-ended")),
            Err(DeskError::Forbidden) => {
                Err(page.message(self, StatusCode::FORBIDDEN, "web-forbidden"))
            }
            Err(error) => Err(page.problem(self, error)),
        }
    }

    /// The person at the page and the page in their language, or the answer to give instead.
    pub(crate) async fn visitor(&self, headers: &HeaderMap) -> Result<(DeskUser, Page), Response> {
        let user = self.user(&Page::new(headers, None), headers).await?;
        let page = Page::new(headers, Some(&user));
        Ok((user, page))
    }

    /// [`Web::visitor`], when the form they sent carries their session's token.
    pub(crate) async fn visitor_with_form(
        &self,
        headers: &HeaderMap,
        csrf: Option<&str>,
    ) -> Result<(DeskUser, Page), Response> {
        let user = self
            .user_with_form(&Page::new(headers, None), headers, csrf)
            .await?;
        let page = Page::new(headers, Some(&user));
        Ok((user, page))
    }

    /// The person at the page, when the form they sent carries their session's token.
    pub(crate) async fn user_with_form(
        &self,
        page: &Page,
        headers: &HeaderMap,
        csrf: Option<&str>,
    ) -> Result<DeskUser, Response> {
        let user = self.user(page, headers).await?;
        match csrf {
            Some(token) if same(token.as_bytes(), user.csrf.as_bytes()) => Ok(user),
            _ => Err(page.message(self, StatusCode::FORBIDDEN, "web-form-expired")),
        }
    }
}

/// Whether two secrets are equal, taking as long whatever their first difference: a form
/// token's bytes are not given away by how fast a wrong one is refused.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |d, (x, y)| d | (x ^ y)) == 0
}

/// Where a request comes from: the peer's address or, when the peer is a reverse proxy named
/// in `[web] trusted_proxies`, the last address it says it forwarded for. An IPv6 address counts by its /64,
/// the block one household or machine is given. `None` when the server was not told (in
/// tests through `oneshot`).
fn client(web: &Web, request: &axum::http::request::Parts) -> Option<IpAddr> {
    let address = client_address(web, request)?;
    Some(match address {
        IpAddr::V6(v6) => {
            let mut segments = v6.segments();
            segments[4..].fill(0);
            IpAddr::from(segments)
        }
        v4 => v4,
    })
}

fn client_address(web: &Web, request: &axum::http::request::Parts) -> Option<IpAddr> {
    let peer = request
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(at)| at.ip())?;
    // Only a proxy named in the configuration says who it forwards for; a loopback peer is
    // not believed for being local.
    if !web.trusted_proxies.contains(&peer) {
        return Some(peer);
    }
    let forwarded = request
        .headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|a| a.trim().parse::<IpAddr>().ok())
        .next_back();
    Some(forwarded.unwrap_or(peer))
}

/// `GET /privacy`: the whole privacy policy, in the visitor's language; no login needed.
pub(crate) async fn privacy(State(web): State<Arc<Web>>, headers: HeaderMap) -> Response {
    let page = Page::new(&headers, None);
    privacy_page(&web, &page)
}

/// `GET /privacy/{lang}`: the policy in one language, as the chat's "Read more" links to it.
pub(crate) async fn privacy_in(
    State(web): State<Arc<Web>>,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Response {
    match velkommen_core::Lang::try_from(code.as_str()) {
        Ok(lang) => privacy_page(&web, &Page::new(&headers, None).with_lang(lang)),
        // A language we do not have: the policy in the visitor's own.
        Err(_) => privacy_page(&web, &Page::new(&headers, None)),
    }
}

/// `GET /was`: the accessibility statement (tilgængelighedserklæring), with the fields of
/// Digitaliseringsstyrelsen's template, filled from configuration; no login needed.
pub(crate) async fn statement(State(web): State<Arc<Web>>, headers: HeaderMap) -> Response {
    let page = Page::new(&headers, None);
    let settings = web.engine.settings();
    let operator = settings.operator_in(page.lang);
    let said = &settings.accessibility;
    let made = said.date.map(|date| {
        let noon = date.and_hms_opt(12, 0, 0).unwrap_or_default().and_utc();
        let date = page.lang.date(&noon);
        page.f(&web, "web-was-made", &[("date", date.as_str().into())])
    });
    page.render(
        &web,
        StatusCode::OK,
        "was.html",
        None,
        context! {
            intro => page.f(&web, "web-was-intro", &[
                ("operator", operator.into()),
                ("url", web.public_url.as_str().into()),
            ]),
            issues => said.known_issues,
            // The operator writes the known issues in Danish.
            issues_lang => "da",
            email => said.email,
            phone => said.phone,
            made => made,
        },
    )
}

fn privacy_page(web: &Web, page: &Page) -> Response {
    let (title, parts) = web.engine.privacy_policy(page.lang);
    page.render(
        web,
        StatusCode::OK,
        "privacy.html",
        None,
        context! { title => title, parts => parts },
    )
}

/// `GET /login/{token}`: a page with one button. Opening the link spends nothing: a
/// platform's preview fetcher, or another site's redirect that carries no same-site cookie,
/// would otherwise use up the link before the person arrives. A link that cannot be used any
/// more counts as a failed attempt from that address.
pub(crate) async fn login_page(
    State(web): State<Arc<Web>>,
    Path(token): Path<String>,
    request: axum::http::request::Parts,
) -> Response {
    let page = Page::new(&request.headers, None);
    match web.engine.desk_link_usable(&token).await {
        Ok(true) => page.render(
            &web,
            StatusCode::OK,
            "login.html",
            None,
            context! { token => token },
        ),
        Ok(false) => web.login_failed(&page, client(&web, &request)),
        Err(error) => page.problem(&web, DeskError::Unexpected(error)),
    }
}

/// `POST /login/{token}`: the button on that page, sent from this site, spends the link and
/// sets the session cookie. The link is checked first: a valid one is never refused for
/// other people's failures; only failures count towards the limit on an address.
pub(crate) async fn login(
    State(web): State<Arc<Web>>,
    Path(token): Path<String>,
    request: axum::http::request::Parts,
) -> Response {
    let page = Page::new(&request.headers, None);
    match web.engine.desk_open(&token).await {
        Ok(Some(opened)) => (
            [(
                header::SET_COOKIE,
                web.session_cookie(&opened.session, SESSION_LASTS.num_seconds()),
            )],
            Redirect::to("/"),
        )
            .into_response(),
        Ok(None) => web.login_failed(&page, client(&web, &request)),
        Err(error) => page.problem(&web, DeskError::Unexpected(error)),
    }
}

#[derive(serde::Deserialize)]
pub(crate) struct TokenForm {
    csrf: Option<String>,
}

/// `POST /logout`: ends the session here and in the database.
pub(crate) async fn logout(
    State(web): State<Arc<Web>>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<TokenForm>,
) -> Response {
    let page = Page::new(&headers, None);
    if let Err(answer) = web
        .user_with_form(&page, &headers, form.csrf.as_deref())
        .await
    {
        return answer;
    }
    if let Some(session) = cookie(&headers, web.cookie_name())
        && let Err(error) = web.engine.desk_close(session).await
    {
        return page.problem(&web, DeskError::Unexpected(error));
    }
    let mut answer = page.message(&web, StatusCode::OK, "web-logged-out");
    if let Ok(value) = web.session_cookie("", 0).parse() {
        answer.headers_mut().insert(header::SET_COOKIE, value);
    }
    answer
}
