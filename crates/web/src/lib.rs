//! The coordinators' web page, the fourth front door. It logs people in with a one-time link
//! sent by `/web` in chat, reads and acts through `velkommen_core::desk` (the same coordinator
//! actions and rights checks as the chat buttons), and renders on the server: every page
//! works without JavaScript, and htmx (served from the binary) only refreshes parts of it.

mod charts;
mod pages;
pub mod poster;
mod session;
mod texts;

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use velkommen_core::Engine;

pub use session::SESSION_COOKIE;

/// What every handler shares.
pub struct Web {
    engine: Engine,
    templates: minijinja::Environment<'static>,
    /// Cookies are marked `Secure` when the page's public address is https.
    secure_cookies: bool,
    /// The Telegram bot's username, for the links on posters.
    telegram_bot: Option<String>,
    /// Every text the templates use.
    texts: Vec<&'static str>,
    /// Recent login attempts by where they came from, for the limits on them.
    logins: Mutex<HashMap<Option<IpAddr>, VecDeque<Instant>>>,
    /// The reverse proxies whose `X-Forwarded-For` is believed.
    trusted_proxies: Vec<IpAddr>,
    /// Where people reach the page, as the accessibility statement names it.
    public_url: String,
}

/// Login attempts allowed in a minute from one address: a token has 128 random bits, so
/// this only keeps a script from hammering the database.
pub const LOGINS_PER_ADDRESS: usize = 10;
/// Login attempts allowed in a minute from everyone together.
pub const LOGINS_PER_MINUTE: usize = 60;

/// Every route of the page. `public_url` is where people reach it; `telegram_bot` is the
/// bot's username, for posters.
pub fn router(engine: Engine, public_url: &str, telegram_bot: Option<&str>) -> Router {
    router_behind(engine, public_url, telegram_bot, vec![])
}

/// [`router`] behind reverse proxies at `trusted_proxies`: only a request from one of those
/// addresses names its client in `X-Forwarded-For`; from anyone else, the header is ignored.
pub fn router_behind(
    engine: Engine,
    public_url: &str,
    telegram_bot: Option<&str>,
    trusted_proxies: Vec<std::net::IpAddr>,
) -> Router {
    let mut templates = minijinja::Environment::new();
    for (name, source) in TEMPLATES {
        templates
            .add_template(name, source)
            .expect("the page's templates are valid");
    }
    let web = Arc::new(Web {
        engine,
        templates,
        secure_cookies: public_url.starts_with("https://"),
        telegram_bot: telegram_bot.map(str::to_owned),
        texts: texts::template_texts(&TEMPLATES.map(|(_, source)| source)),
        logins: Mutex::default(),
        trusted_proxies,
        public_url: public_url.trim_end_matches('/').to_owned(),
    });
    Router::new()
        .route("/", get(pages::dashboard))
        .route(
            "/login/{token}",
            get(session::login_page).post(session::login),
        )
        .route("/privacy", get(session::privacy))
        .route("/privacy/{lang}", get(session::privacy_in))
        .route("/was", get(session::statement))
        .route("/logout", post(session::logout))
        .route("/volunteers/{id}/{decision}", post(pages::decide))
        .route("/alerts/{id}/take", post(pages::take_alert))
        .route("/alerts/{id}/close", post(pages::close_alert))
        .route("/staff", get(pages::staff))
        .route("/invites", post(pages::invite))
        .route(
            "/coordinators/{person}/{group}/remove",
            post(pages::remove_coordinator),
        )
        .route("/groups/{group}/step-down", post(pages::step_down))
        .route("/invites/{id}/revoke", post(pages::revoke))
        .route("/requests", get(pages::board))
        .route("/requests/{id}/take", post(pages::take))
        .route("/requests/{id}/hand", post(pages::hand))
        .route("/requests/{id}/close", post(pages::close))
        .route("/broadcast", get(pages::composer).post(pages::send))
        .route("/broadcast/count", get(pages::count))
        .route("/broadcasts/{id}", get(pages::report))
        .route("/broadcasts/{id}/rows", get(pages::report_rows))
        .route("/broadcasts/{id}/cancel", post(pages::cancel))
        .route("/events", get(pages::events).post(pages::create_event))
        .route("/events/{id}", post(pages::update_event))
        .route("/events/{id}/announce", post(pages::announce))
        .route("/offers", get(pages::offers))
        .route("/offers/{id}", get(pages::offer).post(pages::save_offer))
        .route("/offers/{id}/verify", post(pages::verify))
        .route("/offers/{id}/retire", post(pages::retire))
        .route("/report", get(pages::report_quarter))
        .route("/report.csv", get(pages::report_csv))
        .route("/questions", get(pages::questions))
        .route("/questions/{id}/answer", post(pages::answer))
        .route("/posters", get(pages::posters).post(pages::make_poster))
        .route("/posters/{file}", get(pages::poster))
        .route("/language/{code}", get(texts::switch))
        .route("/static/htmx.min.js", get(htmx))
        .route("/static/style.css", get(style))
        .route("/static/desk.js", get(desk))
        .layer(axum::middleware::from_fn(guard))
        .with_state(web)
}

const TEMPLATES: [(&str, &str); 19] = [
    ("summary.html", include_str!("templates/summary.html")),
    ("was.html", include_str!("templates/was.html")),
    ("privacy.html", include_str!("templates/privacy.html")),
    ("staff.html", include_str!("templates/staff.html")),
    ("login.html", include_str!("templates/login.html")),
    ("events.html", include_str!("templates/events.html")),
    ("kept.html", include_str!("templates/kept.html")),
    ("board.html", include_str!("templates/board.html")),
    ("offers.html", include_str!("templates/offers.html")),
    ("offer.html", include_str!("templates/offer.html")),
    ("quarter.html", include_str!("templates/quarter.html")),
    ("questions.html", include_str!("templates/questions.html")),
    ("posters.html", include_str!("templates/posters.html")),
    ("base.html", include_str!("templates/base.html")),
    ("message.html", include_str!("templates/message.html")),
    ("dashboard.html", include_str!("templates/dashboard.html")),
    ("composer.html", include_str!("templates/composer.html")),
    ("report.html", include_str!("templates/report.html")),
    ("rows.html", include_str!("templates/rows.html")),
];

/// What every answer carries: a content security policy that allows nothing from elsewhere
/// and no inline script or style, no framing, no guessing of types, no referrer, none of the
/// browser's sensors; `no-store` on whatever has not said how it may be cached (pages, the
/// CSV, posters: they hold people's words). And the address of a GET, for the language switch
/// to come back to, in place of any the browser sent.
async fn guard(
    mut request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    request.headers_mut().remove(texts::HERE);
    if request.method() == axum::http::Method::GET
        && let Some(here) = request.uri().path_and_query()
        && let Ok(value) = HeaderValue::from_str(here.as_str())
    {
        request.headers_mut().insert(texts::HERE, value);
    }
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    for (name, value) in [
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
        ),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "no-referrer"),
        (
            header::HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
        ),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    headers
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    response
}

/// Static files change only with the binary: a day in the browser's cache.
fn cached(kind: &'static str, body: &'static str) -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(kind)),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=86400"),
            ),
        ],
        body,
    )
}

async fn htmx() -> impl IntoResponse {
    cached(
        "text/javascript; charset=utf-8",
        include_str!("../static/htmx.min.js"),
    )
}

async fn desk() -> impl IntoResponse {
    cached(
        "text/javascript; charset=utf-8",
        include_str!("../static/desk.js"),
    )
}

async fn style() -> impl IntoResponse {
    cached(
        "text/css; charset=utf-8",
        include_str!("../static/style.css"),
    )
}
