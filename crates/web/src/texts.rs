//! The page's language (the switch, else the browser's `Accept-Language`, else the person's
//! chat language), its texts from `locales/<lang>/web.ftl`, and rendering a page in it.

use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use minijinja::context;
use velkommen_core::Lang;
use velkommen_core::desk::{DeskError, DeskUser};

use crate::Web;
use crate::session::cookie;

/// The cookie the language switch sets.
pub const LANG_COOKIE: &str = "velkommen_lang";

/// Every text the templates use, by its id in the locales.
const TEXTS: &[&str] = &[
    "web-title",
    "web-nav-dashboard",
    "web-nav-broadcast",
    "web-logout",
    "web-language",
    "web-urgent",
    "web-pending",
    "web-pending-none",
    "web-approve",
    "web-decline",
    "web-open-requests",
    "web-open-requests-none",
    "web-take",
    "web-request-offer",
    "web-request-group",
    "web-request-language",
    "web-request-waiting",
    "web-request-note",
    "web-questions",
    "web-outbox",
    "web-outbox-platform",
    "web-outbox-queued",
    "web-outbox-oldest",
    "web-outbox-empty",
    "web-audience",
    "web-audience-newcomers",
    "web-audience-volunteers",
    "web-audience-both",
    "web-group",
    "web-group-all",
    "web-recipients",
    "web-text-empty",
    "web-text-help",
    "web-preview",
    "web-send",
    "web-report-refresh",
    "web-report-status",
    "web-report-count",
    "web-back",
    "web-nav-posters",
    "web-posters-help",
    "web-poster-place",
    "web-poster-set-place",
    "web-answer-in",
    "web-answer-send",
    "web-questions-none",
    "web-nav-questions",
    "web-nav-report",
    "web-nav-events",
    "web-event-title",
    "web-event-when",
    "web-event-going",
    "web-event-not-going",
    "web-event-announce",
    "web-events-none",
    "web-event-new",
    "web-event-help",
    "web-event-create",
    "web-offer-where",
    "web-offer-description",
    "web-session-ended-kept",
    "web-nav-requests",
    "web-all-languages",
    "web-older-than",
    "web-filter",
    "web-hand-to",
    "web-hand",
    "web-requests-none",
    "web-status-open",
    "web-status-claimed",
    "web-status-done",
    "web-status-cancelled",
    "web-status-all",
    "web-nav-offers",
    "web-offers-help",
    "web-offers-none",
    "web-offer-verified",
    "web-offer-never-verified",
    "web-offer-stale",
    "web-offer-missing",
    "web-offer-verify",
    "web-offer-save",
    "web-report-quarters",
    "web-report-csv",
    "web-report-empty",
    "web-report-print",
    "web-col-received",
    "web-col-claimed",
    "web-col-done",
    "web-col-cancelled",
    "web-col-hours",
    "web-col-escalated",
    "web-col-open",
    "web-col-volunteers",
    "web-col-pending",
    "web-col-events",
    "web-col-going",
];

/// The language and texts of one answer.
pub(crate) struct Page {
    pub lang: Lang,
}

impl Page {
    /// The language for this request: the switch's cookie, else the first language of the
    /// browser's that we have, else the person's own, else the first guess.
    pub fn new(headers: &HeaderMap, user: Option<&DeskUser>) -> Page {
        let chosen = cookie(headers, LANG_COOKIE).and_then(|code| Lang::try_from(code).ok());
        let browser = || {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(from_accept_language)
        };
        let lang = chosen
            .or_else(browser)
            .or(user.map(DeskUser::lang))
            .unwrap_or_else(Lang::first_guess);
        Page { lang }
    }

    pub fn t(&self, web: &Web, id: &str) -> String {
        web.engine.locales().text(self.lang, id)
    }

    pub fn f(&self, web: &Web, id: &str, args: &[(&str, velkommen_core::i18n::Arg<'_>)]) -> String {
        web.engine.locales().format(self.lang, id, args)
    }

    /// Renders `template` with `data`, the page's language and texts, and the form token.
    pub fn render(
        &self,
        web: &Web,
        status: StatusCode,
        template: &str,
        user: Option<&DeskUser>,
        data: minijinja::Value,
    ) -> Response {
        let texts: std::collections::BTreeMap<&str, String> =
            TEXTS.iter().map(|id| (*id, self.t(web, id))).collect();
        let languages: Vec<_> = Lang::all()
            .into_iter()
            .map(|l| context! { code => l.code(), name => l.own_name(), current => l == self.lang })
            .collect();
        let base = context! {
            lang => self.lang.code(),
            dir => if self.lang.is_rtl() { "rtl" } else { "ltr" },
            t => texts,
            languages => languages,
            csrf => user.map(|u| u.csrf.clone()),
        };
        let rendered = web
            .templates
            .get_template(template)
            .and_then(|t| t.render(context! { ..data, ..base }));
        match rendered {
            Ok(html) => (status, no_store(), Html(html)).into_response(),
            Err(error) => {
                tracing::error!(error = %error, template, "a page could not be rendered");
                (StatusCode::INTERNAL_SERVER_ERROR, "").into_response()
            }
        }
    }

    /// A page with one message on it, such as "this link has been used".
    pub fn message(&self, web: &Web, status: StatusCode, id: &str) -> Response {
        self.say(web, status, &self.t(web, id))
    }

    pub fn say(&self, web: &Web, status: StatusCode, text: &str) -> Response {
        self.render(
            web,
            status,
            "message.html",
            None,
            context! { message => text },
        )
    }

    /// The answer to a step the core did not carry out.
    pub fn problem(&self, web: &Web, error: DeskError) -> Response {
        match error {
            DeskError::Forbidden => self.message(web, StatusCode::FORBIDDEN, "web-forbidden"),
            DeskError::Refused(text) => self.say(web, StatusCode::CONFLICT, &text),
            DeskError::Unexpected(error) => {
                tracing::error!(error = format!("{error:#}"), "the web page could not serve");
                self.message(web, StatusCode::INTERNAL_SERVER_ERROR, "web-went-wrong")
            }
        }
    }
}

/// Pages show what changes from one minute to the next, and people's words: never cached.
fn no_store() -> [(header::HeaderName, &'static str); 1] {
    [(header::CACHE_CONTROL, "no-store")]
}

/// The first language of an `Accept-Language` header that a folder speaks, by weight.
fn from_accept_language(value: &str) -> Option<Lang> {
    let mut ranges: Vec<(f32, &str)> = value
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next()?.trim();
            let weight = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse().ok())
                .unwrap_or(1.0);
            Some((weight, tag))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0));
    ranges
        .into_iter()
        .filter(|(weight, _)| *weight > 0.0)
        .find_map(|(_, tag)| Lang::from_hint(tag))
}

/// `GET /language/{code}`: the switch. Remembers the choice and goes back to the dashboard.
pub(crate) async fn switch(axum::extract::Path(code): axum::extract::Path<String>) -> Response {
    match Lang::try_from(code.as_str()) {
        Ok(lang) => (
            [(
                header::SET_COOKIE,
                format!(
                    "{LANG_COOKIE}={}; Path=/; SameSite=Strict; Max-Age=31536000",
                    lang.code()
                ),
            )],
            axum::response::Redirect::to("/"),
        )
            .into_response(),
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_browsers_first_language_that_we_speak_wins_by_weight() {
        velkommen_core::Languages::load().expect("the languages");
        assert_eq!(
            from_accept_language("fr-FR,ar;q=0.9,en;q=0.8"),
            Some(Lang::of("ar"))
        );
        assert_eq!(
            from_accept_language("en;q=0.5, da-DK"),
            Some(Lang::of("da"))
        );
        assert_eq!(from_accept_language("fr, de;q=0.9"), None);
        assert_eq!(from_accept_language("da;q=0, uk"), Some(Lang::of("uk")));
    }
}
