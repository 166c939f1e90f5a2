//! The coordinators' web page through its router, with `tower::ServiceExt::oneshot`, on a real
//! engine and SQLite file: logging in with a `/web` link, rights per group, form tokens, the
//! composer's errors, the delivery report, every page in every language folder.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;
use velkommen_core::action::{AccountAction, PrivacyChoice, VolunteerAction};
use velkommen_core::category::Category;
use velkommen_core::engine::Command;
use velkommen_core::ids::PersonId;
use velkommen_core::roles::Spoken;
use velkommen_core::{Address, Engine, Inbound, Input, Lang, Locales, Platform, Settings, Store};

mod browser;

const URL: &str = "https://velkommen.example";

struct App {
    engine: Engine,
    router: axum::Router,
    dir: tempfile::TempDir,
}

/// Mette is staff; Karen coordinates the Red Cross only; Ali is a newcomer.
async fn app() -> App {
    let dir = tempfile::tempdir().expect("a folder");
    let store = Store::open(&dir.path().join("velkommen.db"))
        .await
        .expect("the database");
    let settings = Settings {
        staff: vec![
            "terminal:mette".parse().expect("staff"),
            "terminal:karen=roede-kors".parse().expect("a coordinator"),
        ],
        desk_url: Some(URL.into()),
        dpo: Some("dpo@ballerup.dk".into()),
        ..Settings::default()
    };
    let engine = Engine::new(
        store,
        Arc::new(Locales::load().expect("the locales")),
        settings,
    );
    let router = velkommen_web::router(engine.clone(), URL, Some("VelkommenTestBot"));
    App {
        engine,
        router,
        dir,
    }
}

impl App {
    /// The database file, read beside the engine as an auditor would.
    async fn rows(&self, sql: &str) -> Vec<String> {
        let pool = sqlx::SqlitePool::connect(&format!(
            "sqlite://{}",
            self.dir.path().join("velkommen.db").display()
        ))
        .await
        .expect("the database opens");
        let rows = sqlx::query_scalar(sql)
            .fetch_all(&pool)
            .await
            .expect("the query");
        pool.close().await;
        rows
    }

    async fn says(&self, who: &str, input: Input) -> String {
        self.says_on(Platform::Terminal, who, input).await
    }

    async fn says_on(&self, platform: Platform, who: &str, input: Input) -> String {
        self.engine
            .handle(Inbound {
                from: Address::new(platform, who),
                display_name: who.to_owned(),
                lang_hint: Some("en".into()),
                input,
            })
            .await
            .into_iter()
            .map(|o| o.message.text)
            .collect::<Vec<_>>()
            .join("\n")
    }

    async fn press(&self, who: &str, action: impl Into<velkommen_core::Action>) -> String {
        self.says(who, Input::Button(action.into().encode())).await
    }

    /// Someone who has chosen English and agreed to the privacy notice.
    async fn joins(&self, who: &str) {
        self.says(who, Input::Text("hello".into())).await;
        self.press(who, AccountAction::SetLanguage(Lang::of("en")))
            .await;
        self.press(who, AccountAction::Privacy(PrivacyChoice::Agree))
            .await;
    }

    /// Someone on Telegram who chose `lang` and answered the notice with `choice`.
    async fn joins_in(&self, who: &str, lang: &str, choice: PrivacyChoice) {
        for input in [
            Input::Text("hello".into()),
            Input::Button(
                velkommen_core::Action::from(AccountAction::SetLanguage(Lang::of(lang))).encode(),
            ),
            Input::Button(velkommen_core::Action::from(AccountAction::Privacy(choice)).encode()),
        ] {
            self.says_on(Platform::Telegram, who, input).await;
        }
    }

    /// `/web` in chat, and the link it gives.
    async fn link(&self, who: &str) -> Option<String> {
        let said = self.says(who, Input::Command(Command::Web)).await;
        said.split_whitespace()
            .find(|w| w.starts_with(URL))
            .map(|w| w.trim_start_matches(URL).to_owned())
    }

    /// Logs in with a fresh `/web` link: the session cookie.
    async fn session(&self, who: &str) -> String {
        self.joins(who).await;
        let link = self.link(who).await.expect("a link for a coordinator");
        // Opening the link shows one button; the button's POST logs in.
        let page = self.get(&link, None).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        let path = link.trim_start_matches(URL);
        assert!(
            page.body.contains(&format!("action=\"{path}\"")),
            "{}",
            page.body
        );
        let answer = self.post(&link, None, "").await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
        let cookie = answer.cookie.expect("a session cookie");
        assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));
        assert!(cookie.contains("Secure"), "https page, secure cookie");
        cookie
            .split(';')
            .next()
            .expect("the cookie's value")
            .to_owned()
    }

    /// A volunteer in `group` waiting for approval.
    async fn pending_volunteer(&self, who: &str, group: &str) -> PersonId {
        self.joins(who).await;
        self.press(who, VolunteerAction::SignUp).await;
        self.says(who, Input::Text(who.into())).await;
        let id = self
            .rows(&format!(
                "SELECT CAST(id AS TEXT) FROM groups WHERE slug = '{group}'"
            ))
            .await[0]
            .parse::<i64>()
            .expect("a group id");
        let id = velkommen_core::ids::GroupId::try_from(id).expect("a group id");
        self.press(who, VolunteerAction::ToggleGroup(id)).await;
        self.press(who, VolunteerAction::SignupNext).await;
        self.press(who, VolunteerAction::ToggleSpoken(Spoken::of("ar")))
            .await;
        self.press(who, VolunteerAction::SignupNext).await;
        self.press(who, VolunteerAction::ToggleHelp(Category::Learn))
            .await;
        self.press(who, VolunteerAction::SignupNext).await;
        self.press(who, VolunteerAction::SignupSend).await;
        self.person_on(Platform::Terminal, who).await
    }

    /// The id of whoever `who` is on `platform`.
    async fn person_on(&self, platform: Platform, who: &str) -> PersonId {
        self.engine
            .store()
            .person_at(&Address::new(platform, who))
            .await
            .expect("the store")
            .unwrap_or_else(|| panic!("{who} on {platform:?}"))
            .id
    }

    async fn get(&self, path: &str, cookie: Option<&str>) -> Answer {
        self.call(Request::get(path), cookie, Body::empty()).await
    }

    async fn post(&self, path: &str, cookie: Option<&str>, form: &str) -> Answer {
        self.call(
            Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded"),
            cookie,
            Body::from(form.to_owned()),
        )
        .await
    }

    async fn call(
        &self,
        mut request: axum::http::request::Builder,
        cookie: Option<&str>,
        body: Body,
    ) -> Answer {
        if let Some(cookie) = cookie {
            request = request.header(header::COOKIE, cookie);
        }
        let response = self
            .router
            .clone()
            .oneshot(request.body(body).expect("a request"))
            .await
            .expect("an answer");
        let status = response.status();
        let cookie = response
            .headers()
            .get(header::SET_COOKIE)
            .map(|v| v.to_str().expect("ascii").to_owned());
        let body = response
            .into_body()
            .collect()
            .await
            .expect("the body")
            .to_bytes();
        Answer {
            status,
            cookie,
            body: String::from_utf8(body.to_vec()).expect("utf-8"),
        }
    }

    fn t(&self, lang: &str, id: &str) -> String {
        self.engine.locales().text(Lang::of(lang), id)
    }
}

struct Answer {
    status: StatusCode,
    cookie: Option<String>,
    body: String,
}

/// The form token on a page.
fn csrf(page: &str) -> String {
    let at = page
        .find("name=\"csrf\" value=\"")
        .expect("a form token on the page");
    page[at + 19..]
        .split('"')
        .next()
        .expect("the token")
        .to_owned()
}

/// A text as the page writes it, escaped for HTML.
fn html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;")
        .replace('/', "&#x2f;")
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            b' ' => "+".into(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::test]
async fn a_link_from_web_logs_a_coordinator_in_once_and_only_a_coordinator() {
    let app = app().await;
    app.joins("ali").await;
    assert_eq!(app.link("ali").await, None, "a newcomer gets no link");

    app.joins("mette").await;
    let link = app.link("mette").await.expect("a link");
    let token = link.trim_start_matches("/login/");
    assert!(token.len() >= 26, "at least 128 random bits: {token}");
    let stored = app.rows("SELECT hash FROM desk_links").await;
    assert!(
        stored.iter().all(|h| !h.contains(token)),
        "only a hash is kept"
    );
    // Opening the link, as a platform's preview fetcher does, spends nothing: it shows one
    // button, and the button's POST logs in.
    for _ in 0..2 {
        let shown = app.get(&link, None).await;
        assert_eq!(shown.status, StatusCode::OK, "{}", shown.body);
        assert!(shown.cookie.is_none(), "no session from opening the link");
    }
    let first = app.post(&link, None, "").await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    let again = app.post(&link, None, "").await;
    assert_eq!(again.status, StatusCode::FORBIDDEN, "single use");
    assert_eq!(
        app.get(&link, None).await.status,
        StatusCode::FORBIDDEN,
        "spent"
    );
    assert!(
        again
            .body
            .contains(&html(&app.t(Lang::first_guess().code(), "web-link-used")))
    );
    let guessed = app.get("/login/aaaaaaaaaaaaaaaaaaaaaaaaaa", None).await;
    assert_eq!(guessed.status, StatusCode::FORBIDDEN);

    // Without a session, every page asks to log in; with a made-up one, too.
    for path in ["/", "/broadcast", "/broadcasts/1"] {
        let answer = app.get(path, None).await;
        assert_eq!(answer.status, StatusCode::UNAUTHORIZED, "{path}");
        assert!(
            answer.body.contains("&#x2f;web"),
            "{path}: says how to log in"
        );
        let forged = app
            .get(path, Some("velkommen_session=aaaaaaaaaaaaaaaaaaaaaaaaaa"))
            .await;
        assert_eq!(forged.status, StatusCode::UNAUTHORIZED, "{path}");
    }
}

#[tokio::test]
async fn a_link_runs_out_after_ten_minutes_and_logging_in_is_rate_limited() {
    let app = app().await;
    app.joins("mette").await;
    let link = app.link("mette").await.expect("a link");
    app.rows("UPDATE desk_links SET expires_at = '2000-01-01T00:00:00Z' RETURNING hash")
        .await;
    assert_eq!(app.get(&link, None).await.status, StatusCode::FORBIDDEN);
    let mut limited = false;
    for _ in 0..velkommen_web::LOGINS_PER_MINUTE + 1 {
        limited |= app.get("/login/nothing", None).await.status == StatusCode::TOO_MANY_REQUESTS;
    }
    assert!(limited, "login attempts are limited");
}

#[tokio::test]
async fn a_groups_coordinator_approves_their_own_volunteers_and_gets_403_for_another_groups() {
    let app = app().await;
    let ours = app.pending_volunteer("lars", "roede-kors").await;
    let theirs = app.pending_volunteer("sofie", "cafe-venlig").await;
    let karen = app.session("karen").await;

    let board = app.get("/", Some(&karen)).await;
    assert_eq!(board.status, StatusCode::OK);
    assert!(
        board.body.contains("lars"),
        "her group's volunteer is listed"
    );
    assert!(!board.body.contains("sofie"), "another group's is not");
    let token = csrf(&board.body);

    // Another group's volunteer, by a guessed URL: refused, and nothing changes.
    let refused = app
        .post(
            &format!("/volunteers/{theirs}/approve"),
            Some(&karen),
            &format!("csrf={token}"),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    // Without the form token: refused too.
    let forged = app
        .post(&format!("/volunteers/{ours}/approve"), Some(&karen), "")
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let wrong = app
        .post(
            &format!("/volunteers/{ours}/approve"),
            Some(&karen),
            "csrf=not-the-token",
        )
        .await;
    assert_eq!(wrong.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.rows("SELECT status FROM volunteers ORDER BY person_id")
            .await,
        vec!["pending", "pending"]
    );

    let approved = app
        .post(
            &format!("/volunteers/{ours}/approve"),
            Some(&karen),
            &format!("csrf={token}"),
        )
        .await;
    assert_eq!(approved.status, StatusCode::OK, "{}", approved.body);
    assert!(
        approved
            .body
            .contains(&html(&app.t("en", "web-pending-none"))),
        "nobody waits any more: {}",
        approved.body
    );
    assert_eq!(
        app.rows("SELECT status FROM volunteers ORDER BY person_id")
            .await,
        vec!["approved", "pending"]
    );
}

#[tokio::test]
async fn someone_no_longer_a_coordinator_gets_403_and_logging_out_ends_the_session() {
    let app = app().await;
    let karen = app.session("karen").await;
    let board = app.get("/", Some(&karen)).await;
    let token = csrf(&board.body);
    let out = app
        .post("/logout", Some(&karen), &format!("csrf={token}"))
        .await;
    assert_eq!(out.status, StatusCode::OK);
    assert!(
        out.cookie
            .expect("the cookie is cleared")
            .contains("Max-Age=0")
    );
    assert_eq!(
        app.get("/", Some(&karen)).await.status,
        StatusCode::UNAUTHORIZED
    );

    // A coordinator's session, when the configuration no longer names them: 403.
    let mette = app.session("mette").await;
    let demoted = Engine::new(
        app.engine.store().clone(),
        Arc::new(Locales::load().expect("the locales")),
        Settings {
            desk_url: Some(URL.into()),
            ..Settings::default()
        },
    );
    let router = velkommen_web::router(demoted, URL, None);
    let answer = router
        .oneshot(
            Request::get("/")
                .header(header::COOKIE, &mette)
                .body(Body::empty())
                .expect("a request"),
        )
        .await
        .expect("an answer");
    assert_eq!(answer.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_composer_keeps_every_word_and_shows_errors_beside_the_field() {
    let app = app().await;
    // Two newcomers on Telegram, one reading Arabic.
    for (who, lang) in [("1001", "en"), ("1002", "ar")] {
        let says = |input| app.says_on(Platform::Telegram, who, input);
        says(Input::Text("hello".into())).await;
        says(Input::Button(
            velkommen_core::Action::from(AccountAction::SetLanguage(Lang::of(lang))).encode(),
        ))
        .await;
        says(Input::Button(
            velkommen_core::Action::from(AccountAction::Privacy(PrivacyChoice::AgreeWithNews))
                .encode(),
        ))
        .await;
    }
    let mette = app.session("mette").await;
    let composer = app.get("/broadcast", Some(&mette)).await;
    assert_eq!(composer.status, StatusCode::OK);
    for lang in Lang::all() {
        assert!(
            composer
                .body
                .contains(&format!("name=\"text_{}\"", lang.code())),
            "a field for {}",
            lang.code()
        );
    }
    assert!(
        composer.body.contains("dir=\"rtl\""),
        "Arabic is written right to left"
    );
    let token = csrf(&composer.body);

    // Nothing written: the form comes back.
    let empty = app
        .post(
            "/broadcast",
            Some(&mette),
            &format!("csrf={token}&audience=newcomers&group="),
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        empty
            .body
            .contains(&html(&app.t("en", "web-error-no-text")))
    );

    // One text too long: it comes back beside its field, and the others are kept.
    let long = "x".repeat(velkommen_core::coordinator::MAX_ANNOUNCEMENT_CHARS + 1);
    let form = format!(
        "csrf={token}&audience=newcomers&group=&text_da={}&text_en={}&text_ar={}",
        encode("Kvartalsmøde tirsdag kl. 17"),
        long,
        encode("اجتماع يوم الثلاثاء")
    );
    let back = app.post("/broadcast", Some(&mette), &form).await;
    assert_eq!(back.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(back.body.contains("Kvartalsmøde tirsdag kl. 17"));
    assert!(back.body.contains("اجتماع يوم الثلاثاء"));
    assert!(
        back.body.contains("id=\"error_en\""),
        "the error stands by English"
    );
    assert!(
        app.rows("SELECT CAST(id AS TEXT) FROM broadcasts")
            .await
            .is_empty(),
        "nothing was sent"
    );

    // Sent: the report shows every copy, in the page's language.
    let form = format!(
        "csrf={token}&audience=newcomers&group=&text_da={}&text_en={}&text_ar={}&text_uk={}",
        encode("Kvartalsmøde tirsdag kl. 17"),
        encode("Quarterly meeting on Tuesday at 17"),
        encode("اجتماع يوم الثلاثاء"),
        encode("Зустріч у вівторок о 17")
    );
    let sent = app.post("/broadcast", Some(&mette), &form).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let report = app.get("/broadcasts/1", Some(&mette)).await;
    assert_eq!(report.status, StatusCode::OK);
    assert!(
        report.body.contains(&app.t("en", "delivery-pending")),
        "{}",
        report.body
    );
    assert!(
        report.body.contains("hx-trigger=\"every 2s\""),
        "it refreshes itself"
    );

    // Karen did not send it, and is not staff: 403.
    let karen = app.session("karen").await;
    assert_eq!(
        app.get("/broadcasts/1", Some(&karen)).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get("/broadcasts/1/rows", Some(&karen)).await.status,
        StatusCode::FORBIDDEN
    );
    // Nor may she write to every group.
    let board = app.get("/broadcast", Some(&karen)).await;
    let token = csrf(&board.body);
    let all = app
        .post(
            "/broadcast",
            Some(&karen),
            &format!("csrf={token}&audience=newcomers&group=&text_en=Hello"),
        )
        .await;
    assert_eq!(all.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn every_page_speaks_the_browsers_language_or_the_chosen_one_and_arabic_reads_right_to_left()
{
    let app = app().await;
    let mette = app.session("mette").await;
    for lang in Lang::all() {
        let answer = app
            .call(
                Request::get("/")
                    .header(header::ACCEPT_LANGUAGE, format!("{},en;q=0.5", lang.code())),
                Some(&mette),
                Body::empty(),
            )
            .await;
        assert_eq!(answer.status, StatusCode::OK);
        assert!(answer.body.contains(&format!("lang=\"{}\"", lang.code())));
        assert!(
            answer
                .body
                .contains(&html(&app.t(lang.code(), "web-pending")))
        );
        let dir = if lang.is_rtl() { "rtl" } else { "ltr" };
        assert!(answer.body.contains(&format!("dir=\"{dir}\"")));
        for page in ["/broadcast"] {
            let answer = app
                .call(
                    Request::get(page).header(header::ACCEPT_LANGUAGE, lang.code()),
                    Some(&mette),
                    Body::empty(),
                )
                .await;
            assert!(
                answer.body.contains(&app.t(lang.code(), "web-send")),
                "{page}"
            );
        }
    }
    // The switch wins over the browser.
    let switched = app.get("/language/ar", None).await;
    let choice = switched.cookie.expect("the choice is kept");
    let choice = choice.split(';').next().expect("a value");
    let answer = app
        .call(
            Request::get("/").header(header::ACCEPT_LANGUAGE, "da"),
            Some(&format!("{mette}; {choice}")),
            Body::empty(),
        )
        .await;
    assert!(answer.body.contains("dir=\"rtl\""));
    let css = app.get("/static/style.css", None).await;
    assert_eq!(css.status, StatusCode::OK);
    let js = app.get("/static/htmx.min.js", None).await;
    assert!(js.body.contains("htmx"), "htmx is served from the binary");
}

#[tokio::test]
async fn the_posters_page_serves_each_offers_poster_with_the_place_for_coordinators_only() {
    let app = app().await;
    assert_eq!(
        app.get("/posters/1.svg", None).await.status,
        StatusCode::UNAUTHORIZED
    );
    let karen = app.session("karen").await;
    let list = app
        .get("/posters?place=Ballerup+Bibliotek", Some(&karen))
        .await;
    assert_eq!(list.status, StatusCode::OK);
    // Opening a link makes nothing: a poster at a place is made by a POST of the form.
    assert_eq!(
        app.get("/posters/1.svg?place=Ballerup%20Bibliotek", Some(&karen))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert!(app.rows("SELECT place FROM posters").await.is_empty());
    assert!(
        list.body
            .contains("<form method=\"post\" action=\"/posters\"")
            && list
                .body
                .contains("name=\"place\" value=\"Ballerup Bibliotek\""),
        "{}",
        list.body
    );
    let token = csrf(&list.body);
    assert_eq!(
        app.post("/posters", Some(&karen), "offer=1&place=Ballerup+Bibliotek")
            .await
            .status,
        StatusCode::FORBIDDEN,
        "no form token, no poster"
    );
    let made = app
        .post(
            "/posters",
            Some(&karen),
            &format!("csrf={token}&offer=1&place=Ballerup+Bibliotek"),
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.rows("SELECT place FROM posters").await,
        ["Ballerup Bibliotek"]
    );
    let poster = app
        .get("/posters/1.svg?place=Ballerup%20Bibliotek", Some(&karen))
        .await;
    assert_eq!(poster.status, StatusCode::OK);
    assert!(poster.body.starts_with("<?xml") || poster.body.starts_with("<svg"));
    assert!(poster.body.contains("Ballerup Bibliotek"));
    for lang in Lang::all() {
        assert!(
            poster
                .body
                .contains(&format!("xml:lang=\"{}\"", lang.code()))
                || poster.body.contains(&format!("lang=\"{}\"", lang.code())),
            "a line in {}",
            lang.code()
        );
    }
    assert_eq!(
        app.get("/posters/999.svg", Some(&karen)).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/posters/x.svg", Some(&karen)).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn staff_answer_a_question_in_the_askers_language_and_it_reaches_them_in_chat() {
    let app = app().await;
    // Amal asks in Arabic, on Telegram.
    app.joins_in("2001", "ar", PrivacyChoice::Agree).await;
    let amal = app.person_on(Platform::Telegram, "2001").await;
    let question = app
        .engine
        .store()
        .create_question(amal, Lang::of("ar"), "أين أجد طبيبًا؟", app.engine.now())
        .await
        .expect("a question");

    let karen = app.session("karen").await;
    assert_eq!(
        app.get("/questions", Some(&karen)).await.status,
        StatusCode::FORBIDDEN,
        "a group's coordinator does not answer free questions, as in chat"
    );
    let mette = app.session("mette").await;
    let list = app.get("/questions", Some(&mette)).await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("أين أجد طبيبًا؟"));
    assert!(
        list.body.contains("lang=\"ar\" dir=\"rtl\""),
        "the answer is written right to left"
    );
    let token = csrf(&list.body);

    let empty = app
        .post(
            &format!("/questions/{question}/answer"),
            Some(&mette),
            &format!("csrf={token}&answer=+++"),
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        empty
            .body
            .contains(&html(&app.t("en", "web-error-no-words")))
    );

    let answered = app
        .post(
            &format!("/questions/{question}/answer"),
            Some(&mette),
            &format!("csrf={token}&answer={}", encode("اتصل بالرقم 1813")),
        )
        .await;
    assert_eq!(answered.status, StatusCode::OK, "{}", answered.body);
    assert!(
        answered
            .body
            .contains(&html(&app.t("en", "web-questions-none")))
    );
    let queued = app
        .rows("SELECT message FROM outbox WHERE message LIKE '%1813%'")
        .await;
    assert_eq!(queued.len(), 1, "the answer waits for Amal in the outbox");
    assert!(
        queued[0].contains("أين أجد طبيبًا؟"),
        "labelled with her question"
    );

    // Answered twice (a second tab): refused, nothing sent again.
    let again = app
        .post(
            &format!("/questions/{question}/answer"),
            Some(&mette),
            &format!("csrf={token}&answer=again"),
        )
        .await;
    assert_ne!(again.status, StatusCode::OK);
    assert_eq!(
        app.rows("SELECT message FROM outbox WHERE message LIKE '%again%'")
            .await
            .len(),
        0
    );
}

#[tokio::test]
async fn the_quarterly_report_draws_charts_and_gives_a_csv_of_the_readers_own_groups() {
    let app = app().await;
    // Ali asks the Red Cross for help; nobody has taken it yet.
    let offer: i64 = app
        .rows(
            "SELECT CAST(o.id AS TEXT) FROM offers o JOIN groups g ON g.id = o.group_id
             WHERE g.slug = 'roede-kors' AND o.kind = 'volunteer' ORDER BY o.id LIMIT 1",
        )
        .await[0]
        .parse()
        .expect("an offer id");
    let offer = velkommen_core::ids::OfferId::try_from(offer).expect("an offer");
    app.joins("ali").await;
    app.press(
        "ali",
        velkommen_core::action::NewcomerAction::Interested(offer),
    )
    .await;
    app.says("ali", Input::Text("Two children, grade 4 and 7".into()))
        .await;
    assert_eq!(app.rows("SELECT status FROM requests").await, vec!["open"]);
    let karen = app.session("karen").await;
    let mette = app.session("mette").await;
    let theirs = app.get("/report", Some(&karen)).await;
    assert_eq!(theirs.status, StatusCode::OK);
    let all = app.get("/report", Some(&mette)).await;
    let red_cross = "Red Cross";
    assert!(theirs.body.contains(red_cross));
    assert!(
        !theirs.body.contains("Café Venlig"),
        "another group's numbers"
    );
    assert!(all.body.contains("Café Venlig"), "staff read every group");
    // A chart drawn on the server: SVG with its words as text.
    let chart = &all.body[all.body.find("<svg").expect("an SVG chart")..];
    assert!(chart.contains("<text"), "labels are text");
    assert!(chart.contains(&html(&app.t("en", "web-chart-taken"))));

    let csv = app.get("/report.csv?quarter=2026-Q4", Some(&karen)).await;
    assert_eq!(csv.status, StatusCode::OK);
    let mut lines = csv.body.lines();
    assert!(
        lines
            .next()
            .expect("a header")
            .starts_with("group,requests_received,claimed")
    );
    assert_eq!(
        lines.count(),
        2,
        "one group of Karen's, and the questions' row: {}",
        csv.body
    );

    assert_eq!(
        app.get("/report?quarter=2026-Q9", Some(&karen))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/report.csv", None).await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn a_coordinator_keeps_their_groups_offers_true_and_written_in_every_language() {
    let app = app().await;
    let offer_of = |slug: &'static str| {
        let app = &app;
        async move {
            app.rows(&format!(
                "SELECT CAST(o.id AS TEXT) FROM offers o JOIN groups g ON g.id = o.group_id
                 WHERE g.slug = '{slug}' ORDER BY o.id LIMIT 1"
            ))
            .await[0]
                .clone()
        }
    };
    let ours = offer_of("roede-kors").await;
    let theirs = offer_of("cafe-venlig").await;
    let karen = app.session("karen").await;
    let list = app.get("/offers", Some(&karen)).await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains(&format!("/offers/{ours}?lang=ar")));
    assert!(
        !list.body.contains(&format!("/offers/{theirs}?lang")),
        "another group's offer"
    );
    let token = csrf(&list.body);

    let verified = app
        .post(
            &format!("/offers/{ours}/verify"),
            Some(&karen),
            &format!("csrf={token}"),
        )
        .await;
    assert_eq!(verified.status, StatusCode::OK);
    assert!(
        verified
            .body
            .contains(&html(&app.t("en", "offer-verified")))
    );
    assert_eq!(
        app.post(
            &format!("/offers/{theirs}/verify"),
            Some(&karen),
            &format!("csrf={token}")
        )
        .await
        .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get(&format!("/offers/{theirs}?lang=ar"), Some(&karen))
            .await
            .status,
        StatusCode::FORBIDDEN
    );

    // Arabic, written right to left; an empty name comes back beside its field.
    let form = app
        .get(&format!("/offers/{ours}?lang=ar"), Some(&karen))
        .await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("lang=\"ar\" dir=\"rtl\""));
    let empty = app
        .post(
            &format!("/offers/{ours}"),
            Some(&karen),
            &format!(
                "csrf={token}&lang=ar&title=&description={}",
                encode("وصف جديد")
            ),
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("id=\"error_title\""));
    assert!(empty.body.contains("وصف جديد"), "the words are kept");
    let saved = app
        .post(
            &format!("/offers/{ours}"),
            Some(&karen),
            &format!(
                "csrf={token}&lang=ar&title={}&description={}&when={}&place={}",
                encode("مساعدة في الواجبات"),
                encode("وصف جديد"),
                encode("الثلاثاء"),
                encode("المكتبة")
            ),
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    assert_eq!(
        app.rows(&format!(
            "SELECT title FROM offer_texts WHERE offer_id = {ours} AND lang = 'ar'"
        ))
        .await,
        vec!["مساعدة في الواجبات"]
    );
    assert_eq!(
        app.post(
            &format!("/offers/{theirs}"),
            Some(&karen),
            &format!("csrf={token}&lang=ar&title=x"),
        )
        .await
        .status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn the_requests_board_filters_and_hands_a_request_to_a_named_volunteer() {
    let app = app().await;
    let lars = app.pending_volunteer("lars", "roede-kors").await;
    let karen = app.session("karen").await;
    let board = app.get("/", Some(&karen)).await;
    let token = csrf(&board.body);
    app.post(
        &format!("/volunteers/{lars}/approve"),
        Some(&karen),
        &format!("csrf={token}"),
    )
    .await;
    let offer: i64 = app
        .rows(
            "SELECT CAST(o.id AS TEXT) FROM offers o JOIN groups g ON g.id = o.group_id
             WHERE g.slug = 'roede-kors' AND o.kind = 'volunteer' ORDER BY o.id LIMIT 1",
        )
        .await[0]
        .parse()
        .expect("an offer id");
    app.joins("ali").await;
    app.press(
        "ali",
        velkommen_core::action::NewcomerAction::Interested(
            velkommen_core::ids::OfferId::try_from(offer).expect("an offer"),
        ),
    )
    .await;
    app.says("ali", Input::Text("Two children, grade 4 and 7".into()))
        .await;
    let request = app.rows("SELECT CAST(id AS TEXT) FROM requests").await[0].clone();

    let open = app.get("/requests", Some(&karen)).await;
    assert_eq!(open.status, StatusCode::OK);
    assert!(open.body.contains("Two children, grade 4 and 7"));
    assert!(open.body.contains(&format!("/requests/{request}/hand")));
    let arabic = app.get("/requests?lang=ar", Some(&karen)).await;
    assert!(
        !arabic.body.contains("Two children"),
        "Ali wrote in English"
    );
    let old = app.get("/requests?older=3", Some(&karen)).await;
    assert!(!old.body.contains("Two children"), "it is new");

    let handed = app
        .post(
            &format!("/requests/{request}/hand"),
            Some(&karen),
            &format!("csrf={token}&volunteer={lars}"),
        )
        .await;
    assert_eq!(handed.status, StatusCode::OK, "{}", handed.body);
    assert_eq!(
        app.rows("SELECT status || ' ' || volunteer_id FROM requests")
            .await,
        vec![format!("claimed {lars}")]
    );
    let taken = app.get("/requests?status=claimed", Some(&karen)).await;
    assert!(taken.body.contains("Two children"));
    assert!(
        !taken.body.contains(&format!("/requests/{request}/hand")),
        "no longer open"
    );

    // Mette on the staff side sees it too; a made-up request is refused.
    let mette = app.session("mette").await;
    assert!(
        app.get("/requests?status=all", Some(&mette))
            .await
            .body
            .contains("Two children")
    );
    let forged = app
        .post(
            "/requests/999/hand",
            Some(&karen),
            &format!("csrf={token}&volunteer={lars}"),
        )
        .await;
    assert_ne!(forged.status, StatusCode::OK);
}

#[tokio::test]
async fn an_announcement_sent_after_the_session_ended_comes_back_to_copy_and_nothing_is_sent() {
    let app = app().await;
    let mette = app.session("mette").await;
    let composer = app.get("/broadcast", Some(&mette)).await;
    let token = csrf(&composer.body);
    // The session runs out while Mette writes.
    app.rows("UPDATE desk_sessions SET expires_at = '2000-01-01T00:00:00Z' RETURNING csrf")
        .await;
    let late = app
        .post(
            "/broadcast",
            Some(&mette),
            &format!(
                "csrf={token}&audience=newcomers&group=&text_da={}&text_ar={}",
                encode("Kvartalsmøde tirsdag"),
                encode("اجتماع يوم الثلاثاء")
            ),
        )
        .await;
    assert_eq!(late.status, StatusCode::UNAUTHORIZED);
    assert!(late.body.contains("Kvartalsmøde tirsdag"));
    assert!(late.body.contains("اجتماع يوم الثلاثاء"));
    assert!(late.body.contains("&#x2f;web"), "says how to log in again");
    assert!(
        app.rows("SELECT CAST(id AS TEXT) FROM broadcasts")
            .await
            .is_empty()
    );
}

#[tokio::test]
async fn a_coordinator_creates_an_event_in_several_languages_with_its_reminder_and_announces_it() {
    let app = app().await;
    let group = |slug: &'static str| {
        let app = &app;
        async move {
            app.rows(&format!(
                "SELECT CAST(id AS TEXT) FROM groups WHERE slug = '{slug}'"
            ))
            .await[0]
                .clone()
        }
    };
    let red_cross = group("roede-kors").await;
    let cafe = group("cafe-venlig").await;
    let karen = app.session("karen").await;
    let page = app.get("/events", Some(&karen)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("name=\"title_ar\""));
    let token = csrf(&page.body);
    let next_year = app
        .engine
        .now()
        .format("%Y")
        .to_string()
        .parse::<i32>()
        .expect("a year")
        + 1;
    let texts = format!(
        "&title_da={}&description_da={}&title_ar={}&description_ar={}",
        encode("Kvartalsmøde"),
        encode("Kaffe og kage"),
        encode("اجتماع ربع سنوي"),
        encode("قهوة وكعك")
    );

    let past = app
        .post(
            "/events",
            Some(&karen),
            &format!("csrf={token}&group={red_cross}&audience=both&starts=2020-01-01T17%3A00&place=Biblioteket{texts}"),
        )
        .await;
    assert_eq!(past.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(past.body.contains("id=\"error_starts\""));
    assert!(past.body.contains("اجتماع ربع سنوي"), "the words are kept");

    let theirs = app
        .post(
            "/events",
            Some(&karen),
            &format!("csrf={token}&group={cafe}&audience=both&starts={next_year}-03-10T17%3A00&place=Biblioteket{texts}"),
        )
        .await;
    assert_eq!(theirs.status, StatusCode::FORBIDDEN);

    let made = app
        .post(
            "/events",
            Some(&karen),
            &format!("csrf={token}&group={red_cross}&audience=both&starts={next_year}-03-10T17%3A00&place=Biblioteket{texts}"),
        )
        .await;
    assert_eq!(made.status, StatusCode::OK, "{}", made.body);
    assert!(made.body.contains("Kvartalsmøde") || made.body.contains("اجتماع ربع سنوي"));
    assert_eq!(
        app.rows("SELECT kind FROM jobs WHERE kind = 'remind'")
            .await,
        vec!["remind"],
        "those going are reminded the day before"
    );
    assert_eq!(
        app.rows("SELECT lang FROM event_texts ORDER BY lang").await,
        vec!["ar", "da"]
    );
    let event = app.rows("SELECT CAST(id AS TEXT) FROM events").await[0].clone();
    let announced = app
        .post(
            &format!("/events/{event}/announce"),
            Some(&karen),
            &format!("csrf={token}"),
        )
        .await;
    assert_eq!(
        announced.status,
        StatusCode::SEE_OTHER,
        "{}",
        announced.body
    );
    assert_eq!(
        app.rows("SELECT CAST(event_id AS TEXT) FROM broadcasts")
            .await,
        vec![event]
    );
}

impl App {
    /// The id of the first offer of a group that volunteers take.
    async fn offer_of(&self, group: &str) -> velkommen_core::ids::OfferId {
        let id: i64 = self
            .rows(&format!(
                "SELECT CAST(o.id AS TEXT) FROM offers o JOIN groups g ON g.id = o.group_id
                 WHERE g.slug = '{group}' AND o.kind = 'volunteer' ORDER BY o.id LIMIT 1"
            ))
            .await[0]
            .parse()
            .expect("an offer id");
        velkommen_core::ids::OfferId::try_from(id).expect("an offer")
    }

    async fn group_id(&self, slug: &str) -> String {
        self.rows(&format!(
            "SELECT CAST(id AS TEXT) FROM groups WHERE slug = '{slug}'"
        ))
        .await[0]
            .clone()
    }

    /// What waits in the outbox for someone, as text.
    async fn outbox_of(&self, who: &str) -> String {
        self.rows(&format!(
            "SELECT o.message FROM outbox o JOIN identities i ON i.person_id = o.person_id
             WHERE i.user_id = '{who}' ORDER BY o.id"
        ))
        .await
        .join("\n")
    }

    fn f(&self, lang: &str, id: &str, args: &[(&str, velkommen_core::i18n::Arg<'_>)]) -> String {
        self.engine.locales().format(Lang::of(lang), id, args)
    }

    /// The year after this one, for times that are surely to come.
    fn next_year(&self) -> i32 {
        self.engine
            .now()
            .format("%Y")
            .to_string()
            .parse::<i32>()
            .expect("a year")
            + 1
    }
}

/// The part of a text before its first placeable, to find it whatever fills it.
fn before_placeable(text: &str) -> &str {
    text.split(['{', '"', '«', '\u{2068}'])
        .next()
        .unwrap_or(text)
}

#[tokio::test]
async fn a_broadcast_for_later_waits_until_its_time_can_be_cancelled_and_a_past_time_comes_back() {
    let app = app().await;
    let says = |input| app.says_on(Platform::Telegram, "1001", input);
    says(Input::Text("hello".into())).await;
    says(Input::Button(
        velkommen_core::Action::from(AccountAction::SetLanguage(Lang::of("en"))).encode(),
    ))
    .await;
    says(Input::Button(
        velkommen_core::Action::from(AccountAction::Privacy(PrivacyChoice::AgreeWithNews)).encode(),
    ))
    .await;
    let mette = app.session("mette").await;
    let composer = app.get("/broadcast", Some(&mette)).await;
    assert!(composer.body.contains("name=\"send_at\""));
    assert!(
        composer.body.contains("class=\"discord-message\""),
        "a Discord preview beside the Telegram bubble"
    );
    let token = csrf(&composer.body);
    let texts = format!(
        "&text_da={}&text_en={}",
        encode("Caféaften på fredag"),
        encode("Café evening on Friday")
    );

    for when in ["2020-01-05T09%3A00", "tomorrow"] {
        let back = app
            .post(
                "/broadcast",
                Some(&mette),
                &format!("csrf={token}&audience=newcomers&group=&send_at={when}{texts}"),
            )
            .await;
        assert_eq!(back.status, StatusCode::UNPROCESSABLE_ENTITY, "{when}");
        assert!(back.body.contains("id=\"error_send_at\""), "{when}");
        assert!(
            back.body.contains("Caféaften på fredag"),
            "the words are kept"
        );
    }
    assert!(
        app.rows("SELECT CAST(id AS TEXT) FROM broadcasts")
            .await
            .is_empty()
    );

    let later = format!("{}-01-05T09%3A00", app.next_year());
    let sent = app
        .post(
            "/broadcast",
            Some(&mette),
            &format!("csrf={token}&audience=newcomers&group=&send_at={later}{texts}"),
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    // Held: nothing may go out before its time.
    assert_eq!(
        app.rows(
            "SELECT CAST(COUNT(*) AS TEXT) FROM outbox
             WHERE broadcast_id IS NOT NULL AND not_before > created_at"
        )
        .await,
        vec!["1"]
    );
    let report = app.get("/broadcasts/1", Some(&mette)).await;
    assert!(
        report
            .body
            .contains(before_placeable(&app.t("en", "web-report-scheduled"))),
        "{}",
        report.body
    );
    assert!(report.body.contains("/broadcasts/1/cancel"));
    let listed = app.get("/broadcast", Some(&mette)).await;
    assert!(
        listed.body.contains("href=\"/broadcasts/1\""),
        "listed under the composer"
    );

    // Karen did not send it: she may not stop it.
    let karen = app.session("karen").await;
    let her_token = csrf(&app.get("/", Some(&karen)).await.body);
    let refused = app
        .post(
            "/broadcasts/1/cancel",
            Some(&karen),
            &format!("csrf={her_token}"),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let unforged = app.post("/broadcasts/1/cancel", Some(&mette), "").await;
    assert_eq!(unforged.status, StatusCode::FORBIDDEN, "no form token");

    let cancelled = app
        .post(
            "/broadcasts/1/cancel",
            Some(&mette),
            &format!("csrf={token}"),
        )
        .await;
    assert_eq!(cancelled.status, StatusCode::OK, "{}", cancelled.body);
    assert!(
        cancelled
            .body
            .contains(&html(&app.t("en", "report-cancelled")))
    );
    assert_eq!(
        app.rows("SELECT status FROM outbox WHERE broadcast_id = 1")
            .await,
        vec!["cancelled"]
    );
}

#[tokio::test]
async fn a_coordinator_closes_a_request_with_a_reason_and_the_person_is_told_in_their_language() {
    let app = app().await;
    let ours = app.offer_of("roede-kors").await;
    let theirs = app.offer_of("bydelsmoedre").await;
    app.joins("ali").await;
    for offer in [ours, theirs] {
        app.press(
            "ali",
            velkommen_core::action::NewcomerAction::Interested(offer),
        )
        .await;
        app.press(
            "ali",
            velkommen_core::action::NewcomerAction::SkipNote(offer),
        )
        .await;
    }
    let ids = app
        .rows("SELECT CAST(id AS TEXT) FROM requests ORDER BY id")
        .await;
    assert_eq!(ids.len(), 2, "one request in each group");
    let karen = app.session("karen").await;
    let board = app.get("/requests", Some(&karen)).await;
    assert!(board.body.contains(&format!("/requests/{}/close", ids[0])));
    assert!(board.body.contains("value=\"no-volunteer\""));
    let token = csrf(&board.body);

    // Another group's request: 403, and it stays open.
    let refused = app
        .post(
            &format!("/requests/{}/close", ids[1]),
            Some(&karen),
            &format!("csrf={token}&reason=duplicate"),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let forged = app
        .post(
            &format!("/requests/{}/close", ids[0]),
            Some(&karen),
            "reason=duplicate",
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN, "no form token");

    let closed = app
        .post(
            &format!("/requests/{}/close", ids[0]),
            Some(&karen),
            &format!("csrf={token}&reason=no-volunteer"),
        )
        .await;
    assert_eq!(closed.status, StatusCode::OK, "{}", closed.body);
    assert_eq!(
        app.rows("SELECT status || ' ' || COALESCE(closed_reason, '-') FROM requests ORDER BY id")
            .await,
        vec!["cancelled no-volunteer", "open -"]
    );
    let title = app
        .engine
        .store()
        .offer(ours, Lang::of("en"))
        .await
        .expect("the store")
        .expect("the offer")
        .title;
    let told = app.f(
        "en",
        "request-closed-no-volunteer",
        &[("offer", title.as_str().into())],
    );
    let waiting = app.outbox_of("ali").await;
    assert!(
        waiting.contains(before_placeable(&told)) && waiting.contains(&title),
        "Ali is told why: {waiting}"
    );
    // Closed twice: refused, nothing changes.
    let again = app
        .post(
            &format!("/requests/{}/close", ids[0]),
            Some(&karen),
            &format!("csrf={token}&reason=helped"),
        )
        .await;
    assert_ne!(again.status, StatusCode::OK);
    let shown = app.get("/requests?status=cancelled", Some(&karen)).await;
    assert!(
        shown
            .body
            .contains(&html(&app.t("en", "web-close-no-volunteer")))
    );
    assert_eq!(
        app.rows("SELECT action FROM audit WHERE action = 'close-request'")
            .await,
        vec!["close-request"]
    );
}

#[tokio::test]
async fn a_retired_offer_leaves_the_catalogue_and_cannot_be_asked_for_but_its_requests_stay() {
    let app = app().await;
    let ours = app.offer_of("roede-kors").await;
    let theirs = app.offer_of("bydelsmoedre").await;
    app.joins("ali").await;
    app.press(
        "ali",
        velkommen_core::action::NewcomerAction::Interested(ours),
    )
    .await;
    app.press(
        "ali",
        velkommen_core::action::NewcomerAction::SkipNote(ours),
    )
    .await;
    let karen = app.session("karen").await;
    let offers = app.get("/offers", Some(&karen)).await;
    assert!(offers.body.contains(&format!("/offers/{ours}/retire")));
    let token = csrf(&offers.body);
    let refused = app
        .post(
            &format!("/offers/{theirs}/retire"),
            Some(&karen),
            &format!("csrf={token}&retired=1"),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    let retired = app
        .post(
            &format!("/offers/{ours}/retire"),
            Some(&karen),
            &format!("csrf={token}&retired=1"),
        )
        .await;
    assert_eq!(retired.status, StatusCode::OK, "{}", retired.body);
    assert!(
        retired
            .body
            .contains(&html(&app.t("en", "web-offer-retired")))
    );
    let category = app
        .engine
        .store()
        .offer(ours, Lang::of("en"))
        .await
        .expect("the store")
        .expect("the offer")
        .category;
    let listed = app
        .engine
        .store()
        .offers_in(category, Lang::of("en"))
        .await
        .expect("the store");
    assert!(
        listed.iter().all(|o| o.id != ours),
        "newcomers no longer find it"
    );

    // Omar, with an old button: told it no longer runs, and no request is made.
    app.joins("omar").await;
    let said = app
        .press(
            "omar",
            velkommen_core::action::NewcomerAction::Interested(ours),
        )
        .await;
    assert!(said.contains(&app.t("en", "offer-retired")), "{said}");
    let said = app
        .press("omar", velkommen_core::action::NewcomerAction::Offer(ours))
        .await;
    assert!(said.contains(&app.t("en", "offer-retired")), "{said}");
    assert_eq!(
        app.rows("SELECT status FROM requests").await,
        vec!["open"],
        "Ali's request stays"
    );

    let back = app
        .post(
            &format!("/offers/{ours}/retire"),
            Some(&karen),
            &format!("csrf={token}&retired=0"),
        )
        .await;
    assert_eq!(back.status, StatusCode::OK);
    assert_eq!(
        app.rows(&format!(
            "SELECT COALESCE(retired_at, 'back') FROM offers WHERE id = {ours}"
        ))
        .await,
        vec!["back"]
    );
}

#[tokio::test]
async fn a_changed_event_moves_its_reminder_and_those_going_are_told() {
    let app = app().await;
    let red_cross = app.group_id("roede-kors").await;
    let cafe = app.group_id("cafe-venlig").await;
    let year = app.next_year();
    let texts = format!(
        "&title_da={}&description_da={}&title_en={}&description_en={}",
        encode("Kvartalsmøde"),
        encode("Kaffe og kage"),
        encode("Quarterly meeting"),
        encode("Coffee and cake")
    );
    let karen = app.session("karen").await;
    let token = csrf(&app.get("/events", Some(&karen)).await.body);
    let made = app
        .post(
            "/events",
            Some(&karen),
            &format!("csrf={token}&group={red_cross}&audience=both&starts={year}-03-10T17%3A00&place=Biblioteket&remind=48{texts}"),
        )
        .await;
    assert_eq!(made.status, StatusCode::OK, "{}", made.body);
    let hours_before = "SELECT CAST(CAST(ROUND((julianday(e.starts_at) - julianday(j.due_at)) * 24) AS INTEGER) AS TEXT)
         FROM jobs j JOIN events e ON e.id = j.ref_id WHERE j.kind = 'remind' AND j.done_at IS NULL";
    assert_eq!(
        app.rows(hours_before).await,
        vec!["48"],
        "two days before, as chosen"
    );
    let event = app.rows("SELECT CAST(id AS TEXT) FROM events").await[0].clone();
    let event_id = velkommen_core::ids::EventId::try_from(event.parse::<i64>().expect("an id"))
        .expect("an event");
    app.joins("ali").await;
    app.press(
        "ali",
        velkommen_core::action::NewcomerAction::Rsvp(event_id, true),
    )
    .await;

    let listed = app.get("/events", Some(&karen)).await;
    assert!(
        listed.body.contains("English 1"),
        "who comes: a newcomer, counted by language: {}",
        listed.body
    );
    let form = app
        .get(&format!("/events?edit={event}"), Some(&karen))
        .await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains(&format!("action=\"/events/{event}\"")));
    assert!(
        form.body.contains("value=\"Kvartalsmøde\""),
        "the form holds the event"
    );
    assert!(form.body.contains(&format!("value=\"{year}-03-10T17:00\"")));

    let changed = app
        .post(
            &format!("/events/{event}"),
            Some(&karen),
            &format!("csrf={token}&group={red_cross}&audience=both&starts={year}-03-12T18%3A00&place=R%C3%A5dhuset&remind=0{texts}"),
        )
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.body);
    assert!(
        changed
            .body
            .contains(&html(&app.t("en", "web-event-changed")))
    );
    assert!(
        app.rows(hours_before).await.is_empty(),
        "no reminder any more"
    );
    assert_eq!(app.rows("SELECT place FROM events").await, vec!["Rådhuset"]);
    let waiting = app.outbox_of("ali").await;
    assert!(
        waiting.contains(before_placeable(&app.t("en", "event-changed"))),
        "Ali, who comes, is told: {waiting}"
    );
    assert!(waiting.contains("Rådhuset"));

    // An event of another group: 403 to read for changing, and to change.
    let mette = app.session("mette").await;
    let mette_token = csrf(&app.get("/events", Some(&mette)).await.body);
    app.post(
        "/events",
        Some(&mette),
        &format!("csrf={mette_token}&group={cafe}&audience=both&starts={year}-04-10T17%3A00&place=Caf%C3%A9en{texts}"),
    )
    .await;
    let theirs = app.rows("SELECT CAST(MAX(id) AS TEXT) FROM events").await[0].clone();
    assert_ne!(theirs, event);
    assert_eq!(
        app.get(&format!("/events?edit={theirs}"), Some(&karen))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let refused = app
        .post(
            &format!("/events/{theirs}"),
            Some(&karen),
            &format!(
                "csrf={token}&group={cafe}&audience=both&starts={year}-04-11T17%3A00&place=X{texts}"
            ),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.rows(&format!("SELECT place FROM events WHERE id = {theirs}"))
            .await,
        vec!["Caféen"]
    );
}

#[tokio::test]
async fn logging_in_is_limited_per_address_and_a_local_proxy_names_the_address() {
    use axum::extract::ConnectInfo;
    let mut app = app().await;
    // A proxy on this machine, named in the configuration.
    app.router = velkommen_web::router_behind(
        app.engine.clone(),
        URL,
        Some("VelkommenTestBot"),
        vec!["127.0.0.1".parse().unwrap()],
    );
    let from = |peer: &str, forwarded: Option<&str>| {
        let mut request = Request::get("/login/nothing").extension(ConnectInfo(
            peer.parse::<std::net::SocketAddr>().expect("an address"),
        ));
        if let Some(forwarded) = forwarded {
            request = request.header("x-forwarded-for", forwarded);
        }
        let router = app.router.clone();
        async move {
            router
                .oneshot(request.body(Body::empty()).expect("a request"))
                .await
                .expect("an answer")
                .status()
        }
    };
    for _ in 0..velkommen_web::LOGINS_PER_ADDRESS {
        assert_eq!(from("203.0.113.7:5000", None).await, StatusCode::FORBIDDEN);
    }
    assert_eq!(
        from("203.0.113.7:5001", None).await,
        StatusCode::TOO_MANY_REQUESTS,
        "one address trying too often is held"
    );
    assert_eq!(
        from("198.51.100.2:5000", None).await,
        StatusCode::FORBIDDEN,
        "another address is not"
    );
    // IPv6 counts by the /64: changing the last bits does not get round it.
    for n in 0..velkommen_web::LOGINS_PER_ADDRESS {
        from(&format!("[2001:db8:1:2::{n:x}]:5000"), None).await;
    }
    assert_eq!(
        from("[2001:db8:1:2::ffff]:5000", None).await,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        from("[2001:db8:1:3::1]:5000", None).await,
        StatusCode::FORBIDDEN
    );
    // Behind a proxy on this machine, the address it forwarded for counts.
    for _ in 0..velkommen_web::LOGINS_PER_ADDRESS {
        from("127.0.0.1:6000", Some("192.0.2.1, 192.0.2.9")).await;
    }
    assert_eq!(
        from("127.0.0.1:6000", Some("192.0.2.9")).await,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        from("127.0.0.1:6000", Some("192.0.2.10")).await,
        StatusCode::FORBIDDEN
    );
    // A peer that is not a named proxy is not believed about whom it forwards for, even on
    // this machine: the header does not get it round the limit.
    for _ in 0..velkommen_web::LOGINS_PER_ADDRESS {
        from("127.0.0.2:6000", Some("192.0.2.20")).await;
    }
    assert_eq!(
        from("127.0.0.2:6000", Some("192.0.2.21")).await,
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn a_cry_for_help_stands_on_the_dashboard_until_someone_says_they_are_on_it() {
    let app = app().await;
    let mette = app.session("mette").await;
    app.joins("ali").await;
    app.says("ali", Input::Text("I want to kill myself".into()))
        .await;
    let board = app.get("/", Some(&mette)).await;
    assert!(board.body.contains("id=\"alerts\""), "{}", board.body);
    assert!(
        board
            .body
            .contains(&html(&app.t("en", "alert-danger-self_harm")))
    );
    let alert = app.rows("SELECT CAST(id AS TEXT) FROM alerts").await[0].clone();
    assert!(board.body.contains(&format!("/alerts/{alert}/take")));
    let token = csrf(&board.body);
    // Karen coordinates a group, and is not staff: she hears of it only once it is widened,
    // ten minutes on, as in chat; until then it is not hers to see or take.
    let karen = app.session("karen").await;
    let hers = app.get("/", Some(&karen)).await;
    assert!(!hers.body.contains("id=\"alerts\""));
    let early = app
        .post(
            &format!("/alerts/{alert}/take"),
            Some(&karen),
            &format!("csrf={}", csrf(&hers.body)),
        )
        .await;
    assert_eq!(early.status, StatusCode::FORBIDDEN);
    let forged = app
        .post(&format!("/alerts/{alert}/take"), Some(&mette), "")
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN, "no form token");
    let taken = app
        .post(
            &format!("/alerts/{alert}/take"),
            Some(&mette),
            &format!("csrf={token}"),
        )
        .await;
    assert_eq!(taken.status, StatusCode::OK, "{}", taken.body);
    assert!(taken.body.contains(&html(&app.t("en", "alert-taken"))));
    assert!(
        !taken.body.contains("id=\"alerts\""),
        "nothing waits any more"
    );
    assert_eq!(
        app.rows("SELECT CAST(taken_by IS NOT NULL AS TEXT) FROM alerts")
            .await,
        vec!["1"]
    );
    // Taken twice: the second is told someone was first.
    let again = app
        .post(
            &format!("/alerts/{alert}/take"),
            Some(&mette),
            &format!("csrf={token}"),
        )
        .await;
    assert_ne!(again.status, StatusCode::OK);
}

#[tokio::test]
async fn a_taken_cry_is_closed_with_an_outcome_counted_per_rule_and_a_coordinator_reads_no_kind() {
    let app = app().await;
    let mette = app.session("mette").await;
    app.joins("ali").await;
    app.says("ali", Input::Text("I want to kill myself".into()))
        .await;
    let alert = app.rows("SELECT CAST(id AS TEXT) FROM alerts").await[0].clone();
    // Ten minutes on, Karen sees that someone needs help now, and not what about.
    app.rows("UPDATE alerts SET created_at = '2000-01-01T00:00:00Z' RETURNING CAST(id AS TEXT)")
        .await;
    let karen = app.session("karen").await;
    let hers = app.get("/", Some(&karen)).await;
    assert!(
        hers.body.contains(&html(&app.t("en", "web-alert-someone"))),
        "{}",
        hers.body
    );
    assert!(
        !hers
            .body
            .contains(&html(&app.t("en", "alert-danger-self_harm")))
    );

    let board = app.get("/", Some(&mette)).await;
    let token = csrf(&board.body);
    let taken = app
        .post(
            &format!("/alerts/{alert}/take"),
            Some(&mette),
            &format!("csrf={token}"),
        )
        .await;
    assert!(taken.body.contains("id=\"mine\""), "{}", taken.body);
    assert!(taken.body.contains(&format!("/alerts/{alert}/close")));
    // No outcome chosen: nothing is closed, and the page says why.
    let unchosen = app
        .post(
            &format!("/alerts/{alert}/close"),
            Some(&mette),
            &format!("csrf={token}&outcome="),
        )
        .await;
    assert!(
        unchosen
            .body
            .contains(&html(&app.t("en", "web-alert-outcome-missing")))
    );
    assert_eq!(
        app.rows("SELECT CAST(closed_at IS NULL AS TEXT) FROM alerts")
            .await,
        vec!["1"]
    );
    // Karen did not take it and is not staff: 403.
    let not_hers = app
        .post(
            &format!("/alerts/{alert}/close"),
            Some(&karen),
            &format!("csrf={}&outcome=not-a-cry", csrf(&hers.body)),
        )
        .await;
    assert_eq!(not_hers.status, StatusCode::FORBIDDEN);
    let closed = app
        .post(
            &format!("/alerts/{alert}/close"),
            Some(&mette),
            &format!("csrf={token}&outcome=referred"),
        )
        .await;
    assert_eq!(closed.status, StatusCode::OK, "{}", closed.body);
    assert!(!closed.body.contains("id=\"mine\""));
    assert_eq!(
        app.rows("SELECT outcome FROM alerts").await,
        vec!["referred"]
    );
    // The staff page counts it under the rule that heard it, with no words.
    let staff = app.get("/staff", Some(&mette)).await;
    let rule = app.rows("SELECT rule FROM alerts").await[0].clone();
    assert!(rule.starts_with("en/"), "{rule}");
    assert!(staff.body.contains(&html(&rule)), "{}", staff.body);
    assert!(!staff.body.contains("kill myself"));
    // Helplines nobody at the municipality has checked are listed with the offers.
    let offers = app.get("/offers", Some(&mette)).await;
    assert!(
        offers
            .body
            .contains(&html(&app.t("en", "web-helplines-unverified")))
    );
    assert!(offers.body.contains("70 20 25 10"), "{}", offers.body);
}

#[tokio::test]
async fn a_huge_age_filter_and_an_over_long_place_are_answered_not_panicked_on() {
    let app = app().await;
    let karen = app.session("karen").await;
    for older in ["9223372036854775807", "99999999999999999999", "-5"] {
        let board = app
            .get(&format!("/requests?older={older}"), Some(&karen))
            .await;
        assert_eq!(board.status, StatusCode::OK, "{older}");
    }
    let red_cross = app.group_id("roede-kors").await;
    let token = csrf(&app.get("/events", Some(&karen)).await.body);
    let next_year = app.next_year();
    let place = "B".repeat(velkommen_core::coordinator::MAX_PLACE_CHARS + 1);
    let back = app
        .post(
            "/events",
            Some(&karen),
            &format!("csrf={token}&group={red_cross}&audience=both&starts={next_year}-03-10T17%3A00&place={place}&title_da=Tur&description_da=Tur"),
        )
        .await;
    assert_eq!(
        back.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        back.body
    );
    assert!(back.body.contains("id=\"error_place\""));
    assert!(
        app.rows("SELECT CAST(id AS TEXT) FROM events")
            .await
            .is_empty()
    );
}

#[tokio::test]
async fn staff_remove_a_coordinator_on_the_page_and_their_session_ends_at_once() {
    let app = app().await;
    let red_cross = app.group_id("roede-kors").await;
    let mette = app.session("mette").await;
    let token = csrf(&app.get("/staff", Some(&mette)).await.body);
    let made = app
        .post(
            "/invites",
            Some(&mette),
            &format!("csrf={token}&group={red_cross}"),
        )
        .await;
    let code = made
        .body
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .find(|w| w.starts_with("inv-"))
        .expect("a code")
        .to_owned();
    app.says("birgit", Input::Command(Command::named("start", &code)))
        .await;
    app.press("birgit", AccountAction::SetLanguage(Lang::of("en")))
        .await;
    app.press("birgit", AccountAction::Privacy(PrivacyChoice::Agree))
        .await;
    let birgit = app
        .rows("SELECT CAST(person_id AS TEXT) FROM coordinators")
        .await[0]
        .clone();
    let link = app.link("birgit").await.expect("a link for a coordinator");
    app.get(&link, None).await;
    let hers = app.post(&link, None, "").await.cookie.expect("a session");
    let hers = hers.split(';').next().unwrap().to_owned();
    let board = app.get("/", Some(&hers)).await;
    assert_eq!(board.status, StatusCode::OK);
    assert!(
        board
            .body
            .contains(&format!("/groups/{red_cross}/step-down")),
        "she may step down"
    );

    // Coordinators named in configuration are shown, read-only.
    let staff = app.get("/staff", Some(&mette)).await;
    assert!(staff.body.contains("terminal:karen"), "{}", staff.body);
    let remove = format!("/coordinators/{birgit}/{red_cross}/remove");
    assert!(staff.body.contains(&remove));
    // Karen is no member of staff: 403.
    let karen = app.session("karen").await;
    let refused = app
        .post(
            &remove,
            Some(&karen),
            &format!("csrf={}", csrf(&app.get("/", Some(&karen)).await.body)),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    let removed = app
        .post(&remove, Some(&mette), &format!("csrf={token}"))
        .await;
    assert_eq!(removed.status, StatusCode::OK, "{}", removed.body);
    assert!(
        removed
            .body
            .contains(&html(&app.t("en", "web-coordinator-removed")))
    );
    assert!(
        app.rows("SELECT person_id FROM coordinators")
            .await
            .is_empty()
    );
    assert_eq!(
        app.rows("SELECT action FROM audit WHERE action = 'remove-coordinator'")
            .await,
        vec!["remove-coordinator"]
    );
    // Her session is gone at once.
    assert_eq!(
        app.get("/", Some(&hers)).await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn staff_make_and_withdraw_invite_codes_and_read_who_did_what_and_coordinators_get_403() {
    let app = app().await;
    let red_cross = app.group_id("roede-kors").await;
    let karen = app.session("karen").await;
    assert_eq!(
        app.get("/staff", Some(&karen)).await.status,
        StatusCode::FORBIDDEN
    );
    let karen_token = csrf(&app.get("/", Some(&karen)).await.body);
    let refused = app
        .post(
            "/invites",
            Some(&karen),
            &format!("csrf={karen_token}&group={red_cross}"),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(
        !app.get("/", Some(&karen))
            .await
            .body
            .contains("href=\"/staff\"")
    );

    let mette = app.session("mette").await;
    let page = app.get("/staff", Some(&mette)).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(
        app.get("/", Some(&mette))
            .await
            .body
            .contains("href=\"/staff\"")
    );
    let token = csrf(&page.body);
    let made = app
        .post(
            "/invites",
            Some(&mette),
            &format!("csrf={token}&group={red_cross}"),
        )
        .await;
    assert_eq!(made.status, StatusCode::OK, "{}", made.body);
    assert!(
        made.body.contains("inv-"),
        "the code to give on: {}",
        made.body
    );
    let invite = app.rows("SELECT CAST(id AS TEXT) FROM invites").await[0].clone();
    assert!(made.body.contains(&format!("/invites/{invite}/revoke")));
    let withdrawn = app
        .post(
            &format!("/invites/{invite}/revoke"),
            Some(&mette),
            &format!("csrf={token}"),
        )
        .await;
    assert_eq!(withdrawn.status, StatusCode::OK);
    assert!(
        withdrawn
            .body
            .contains(&html(&app.t("en", "invite-revoked")))
    );
    assert!(
        !withdrawn
            .body
            .contains(&format!("/invites/{invite}/revoke"))
    );
    // The trail names both, newest first.
    assert!(
        withdrawn
            .body
            .contains(&html(&app.t("en", "audit-revoke-invite")))
    );
    assert!(withdrawn.body.contains(&html(&app.t("en", "audit-invite"))));
}

#[tokio::test]
async fn a_posters_first_messages_are_counted_in_the_report_of_its_group_only() {
    let app = app().await;
    let offer = app.offer_of("roede-kors").await;
    let karen = app.session("karen").await;
    let list = app.get("/posters?place=Biblioteket", Some(&karen)).await;
    let made = app
        .post(
            "/posters",
            Some(&karen),
            &format!("csrf={}&offer={offer}&place=Biblioteket", csrf(&list.body)),
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER);
    let svg = app
        .get(
            &format!("/posters/{offer}.svg?place=Biblioteket"),
            Some(&karen),
        )
        .await;
    assert_eq!(svg.status, StatusCode::OK);
    let poster = app.rows("SELECT CAST(id AS TEXT) FROM posters").await[0].clone();
    let code = format!("offer-{offer}-p{poster}");
    assert!(svg.body.contains(&format!("start={code}")), "{}", svg.body);
    assert!(
        svg.body.contains(&format!("Discord: {code}")),
        "a code to send on Discord"
    );
    // Asked again for the same place: the same poster.
    app.get(
        &format!("/posters/{offer}.svg?place=Biblioteket"),
        Some(&karen),
    )
    .await;
    assert_eq!(
        app.rows("SELECT CAST(COUNT(*) AS TEXT) FROM posters").await,
        vec!["1"]
    );

    // Two newcomers come from it: one scans on Telegram, one types the code on Discord.
    app.says_on(
        Platform::Telegram,
        "2001",
        Input::typed(&format!("/start {code}")),
    )
    .await;
    app.says_on(Platform::Discord, "3001", Input::typed(&code))
        .await;
    // Someone who knows the bot already does not count again.
    app.says_on(
        Platform::Telegram,
        "2001",
        Input::typed(&format!("/start {code}")),
    )
    .await;
    // A real poster named with another offer counts nothing.
    let other = app.offer_of("bydelsmoedre").await;
    app.says_on(
        Platform::Telegram,
        "2003",
        Input::typed(&format!("/start offer-{other}-p{poster}")),
    )
    .await;
    // A made-up poster counts nothing.
    app.says_on(
        Platform::Telegram,
        "2002",
        Input::typed(&format!("/start offer-{offer}-p999")),
    )
    .await;
    assert_eq!(
        app.rows("SELECT CAST(SUM(count) AS TEXT) FROM poster_opens")
            .await,
        vec!["2"]
    );
    assert!(
        app.rows("SELECT CAST(COUNT(*) AS TEXT) FROM poster_opens WHERE poster_id = 999")
            .await
            == vec!["0"]
    );

    let report = app.get("/report", Some(&karen)).await;
    assert!(report.body.contains("Biblioteket"), "{}", report.body);
    let csv = app.get("/report.csv", Some(&karen)).await;
    assert!(csv.body.contains("poster_first_opens"));
    // Another group's coordinator does not see it.
    app.rows("UPDATE posters SET offer_id = (SELECT o.id FROM offers o JOIN groups g ON g.id = o.group_id WHERE g.slug = 'bydelsmoedre' LIMIT 1) RETURNING CAST(id AS TEXT)")
        .await;
    assert!(
        !app.get("/report", Some(&karen))
            .await
            .body
            .contains("Biblioteket")
    );
}

#[tokio::test]
async fn the_privacy_policy_is_a_public_page_in_every_language_linked_from_every_page() {
    let app = app().await;
    for lang in Lang::all() {
        // Anyone may read it, logged in or not; the chat's "Read more" links to it by language.
        let page = app.get(&format!("/privacy/{}", lang.code()), None).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.body
                .contains(&format!("<html lang=\"{}\"", lang.code())),
            "{lang}"
        );
        let (title, parts) = app.engine.privacy_policy(lang);
        assert!(
            page.body.contains(&format!("<h1>{}</h1>", html(&title))),
            "{lang}"
        );
        assert_eq!(parts.len(), 11, "every part, the DPO's too: {lang}");
        for (heading, text) in &parts {
            assert!(
                page.body.contains(&format!("<h2>{}</h2>", html(heading))),
                "{lang}: {heading}"
            );
            assert!(page.body.contains(&html(text)), "{lang}: {text}");
        }
        assert!(page.body.contains("dpo@ballerup.dk"), "{lang}");
        // Every page links to it, in the page's language: the login page too.
        assert!(
            page.body
                .contains(&format!("href=\"/privacy/{}\"", lang.code())),
            "{lang}"
        );
    }
    // Without a language in the address, the browser's is used; an unknown one is not an error.
    let page = app
        .call(
            Request::get("/privacy").header(header::ACCEPT_LANGUAGE, "ar"),
            None,
            Body::empty(),
        )
        .await;
    assert!(page.body.contains("<html lang=\"ar\" dir=\"rtl\""));
    assert_eq!(app.get("/privacy/xx", None).await.status, StatusCode::OK);
    let dashboard = app.get("/", None).await;
    assert!(
        dashboard.body.contains("href=\"/privacy/"),
        "{}",
        dashboard.body
    );
}

#[tokio::test]
async fn the_board_shows_fifty_requests_a_page_with_links_that_keep_the_filter() {
    let app = app().await;
    let karen = app.session("karen").await;
    let pool = sqlx::SqlitePool::connect(&format!(
        "sqlite://{}",
        app.dir.path().join("velkommen.db").display()
    ))
    .await
    .expect("the database");
    for i in 0..60 {
        let person: i64 = sqlx::query_scalar(
            "INSERT INTO people (lang, consent, news, created_at, last_seen_at)
             VALUES ('ar', 'agreed', 0, '2026-11-26T10:00:00Z', '2026-11-26T10:00:00Z') RETURNING id",
        )
        .fetch_one(&pool)
        .await
        .expect("a person");
        sqlx::query(
            "INSERT INTO requests (person_id, offer_id, lang, status, note, created_at, updated_at)
             SELECT ?, o.id, 'ar', 'open', ?, '2026-11-26T10:00:00Z', '2026-11-26T10:00:00Z'
             FROM offers o JOIN groups g ON g.id = o.group_id
             WHERE g.slug = 'roede-kors' AND o.kind = 'volunteer' ORDER BY o.id LIMIT 1",
        )
        .bind(person)
        .bind(format!("note number {i:02}"))
        .execute(&pool)
        .await
        .expect("a request");
    }
    pool.close().await;

    let first = app.get("/requests?status=open&lang=ar", Some(&karen)).await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(first.body.matches("note number").count(), 50);
    assert!(first.body.contains("note number 00") && !first.body.contains("note number 50"));
    let next = html("/requests?status=open&page=2&lang=ar");
    assert!(
        first.body.contains(&format!("href=\"{next}\"")),
        "{}",
        first.body
    );

    let second = app
        .get("/requests?status=open&page=2&lang=ar", Some(&karen))
        .await;
    assert_eq!(second.body.matches("note number").count(), 10);
    assert!(second.body.contains("note number 59"));
    // A page that is not a number is the first; one past the end is empty, not an error.
    assert_eq!(
        app.get("/requests?page=x", Some(&karen))
            .await
            .body
            .matches("note number")
            .count(),
        50
    );
    assert_eq!(
        app.get("/requests?page=99", Some(&karen)).await.status,
        StatusCode::OK
    );
}
