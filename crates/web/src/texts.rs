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

/// The texts a template names by a built name (`t["web-audience-" ~ value]`), which reading
/// the templates cannot find.
const BUILT_NAMES: [&str; 3] = [
    "web-audience-newcomers",
    "web-audience-volunteers",
    "web-audience-both",
];

/// Every text the templates use, by its id in the locales: each `t["…"]` in their sources,
/// and the built names. Read from the templates, so that a text a template gains is never
/// left out of the page.
pub(crate) fn template_texts(sources: &[&'static str]) -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = BUILT_NAMES.to_vec();
    for source in sources {
        for quote in ["t[\"", "t['"] {
            let close = if quote.ends_with('"') { '"' } else { '\'' };
            let mut rest: &'static str = source;
            while let Some(at) = rest.find(quote) {
                rest = &rest[at + quote.len()..];
                // `t["web-audience-" ~ value]` builds its name: see BUILT_NAMES.
                if let Some(end) = rest.find(close)
                    && rest[end + 1..].starts_with(']')
                {
                    ids.push(&rest[..end]);
                }
            }
        }
    }
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// The header the page's middleware writes the address of a GET into (after removing any
/// the browser sent), so that the language switch can come back to the same page.
pub(crate) const HERE: &str = "x-velkommen-here";

/// The language and texts of one answer.
pub(crate) struct Page {
    pub lang: Lang,
    /// The address the page was asked for, when it can be asked for again (a GET).
    here: String,
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
        let here = headers
            .get(HERE)
            .and_then(|v| v.to_str().ok())
            .filter(|path| is_local(path))
            .unwrap_or("/")
            .to_owned();
        Page { lang, here }
    }

    /// The same answer in another language (a page whose address names one).
    pub fn with_lang(self, lang: Lang) -> Page {
        Page { lang, ..self }
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
            web.texts.iter().map(|id| (*id, self.t(web, id))).collect();
        let languages: Vec<_> = Lang::all()
            .into_iter()
            .map(|l| {
                context! {
                    code => l.code(),
                    name => l.own_name(),
                    dir => if l.is_rtl() { "rtl" } else { "ltr" },
                    current => l == self.lang,
                }
            })
            .collect();
        let settings = web.engine.settings();
        let base = context! {
            lang => self.lang.code(),
            dir => if self.lang.is_rtl() { "rtl" } else { "ltr" },
            t => texts,
            languages => languages,
            csrf => user.map(|u| u.csrf.clone()),
            staff_nav => user.is_some_and(DeskUser::is_staff),
            operator => settings.operator_in(self.lang),
            contact => settings.accessibility.email.clone(),
            // The page's own entry in the menu, marked as the current one.
            here => template.trim_end_matches(".html"),
            back => self.here.clone(),
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

/// The error summary at the top of a form that came back: each problem with the id of its
/// field, which the summary links to. It takes focus when the page opens (`autofocus`).
pub(crate) fn summary(problems: impl Iterator<Item = (String, String)>) -> Vec<minijinja::Value> {
    problems
        .map(|(field, text)| context! { field => field, text => text })
        .collect()
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

/// A path on this site ("/requests?status=open"), never another site ("//evil.example").
fn is_local(path: &str) -> bool {
    path.starts_with('/') && !path.starts_with("//") && !path.starts_with("/\\")
}

#[derive(serde::Deserialize)]
pub(crate) struct Back {
    back: Option<String>,
}

/// `GET /language/{code}?back=…`: the switch. Remembers the choice and goes back to the page
/// it was pressed on (the dashboard when that is not a page of this site).
pub(crate) async fn switch(
    axum::extract::Path(code): axum::extract::Path<String>,
    axum::extract::Query(back): axum::extract::Query<Back>,
) -> Response {
    let back = back
        .back
        .filter(|path| is_local(path) && !path.starts_with("/language/"))
        .unwrap_or_else(|| "/".into());
    match Lang::try_from(code.as_str()) {
        Ok(lang) => (
            [(
                header::SET_COOKIE,
                format!(
                    "{LANG_COOKIE}={}; Path=/; SameSite=Strict; Max-Age=31536000",
                    lang.code()
                ),
            )],
            axum::response::Redirect::to(&back),
        )
            .into_response(),
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_a_template_names_is_read_and_is_in_every_language() {
        let sources: Vec<&'static str> = crate::TEMPLATES.iter().map(|(_, s)| *s).collect();
        let ids = template_texts(&sources);
        for id in [
            "web-send-at",
            "alert-take",
            "web-audience-both",
            "web-offer-retire",
        ] {
            assert!(ids.contains(&id), "{id} is read from the templates");
        }
        let locales = velkommen_core::Locales::load().expect("the locales");
        // And every `"web-…"` the handlers name in full (a name ending in "-" is built on).
        let mut ids = ids;
        for source in [
            include_str!("pages.rs"),
            include_str!("session.rs"),
            include_str!("texts.rs"),
        ] {
            let mut rest = source;
            while let Some(at) = rest.find("\"web-") {
                rest = &rest[at + 1..];
                let end = rest.find('"').unwrap_or(0);
                let id = &rest[..end];
                if !id.is_empty() && !id.ends_with('-') && !id.contains('{') && !id.contains('…')
                {
                    ids.push(id);
                }
            }
        }
        for lang in Lang::all() {
            for id in &ids {
                assert!(
                    !locales.text(lang, id).starts_with('⟦'),
                    "{id} is missing in {}",
                    lang.code()
                );
            }
        }
    }

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
