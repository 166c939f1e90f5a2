//! Every page of the coordinators' web page in a real headless Chromium, in every language
//! folder, at a desktop's and a phone's width, with data on it: axe-core (pinned in
//! `crates/web/tests/axe/package-lock.json`, installed by the README's test command) finds
//! nothing, and what axe cannot see is checked beside it: one `<h1>` and a title of its own
//! per page, a skip link as the first tab stop, a focus ring of at least 3:1, `lang` on
//! text in another script, charts with a name and their numbers in a table, an error
//! summary that takes focus after a failed form, and at a phone's width nothing off-screen
//! and a header of at most two rows.

use std::collections::{BTreeMap, HashSet};
use std::time::Duration;

use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use velkommen_core::action::{NewcomerAction, PrivacyChoice};
use velkommen_core::{Input, Lang, Platform};

use crate::{App, app, csrf, encode};

#[path = "../../../../tests/common/browser.rs"]
mod chrome;

/// axe-core, as `npm ci` installed it from the committed lockfile.
fn axe_source() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/axe/node_modules/axe-core/axe.min.js"
    );
    std::fs::read_to_string(path).unwrap_or_else(|_| {
        panic!("{path} is missing: run the README's test command, which runs npm ci")
    })
}

/// What axe lists as "needs review", and why each is fine here, for the elements that start
/// so. Anything else it cannot decide fails the test, as a violation does.
const REVIEWED: [(&str, &str, &str); 1] = [(
    "color-contrast",
    "<text",
    "a chart's text in SVG, whose background axe cannot work out: the ink is #1d2330 on \
     white (15:1), and the numbers inside a bar are white on #1b6e3a (6.2:1)",
)];

/// Everything the browser reads off a page in one go.
const LOOK: &str = r#"
const visible = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0
    && el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }); };
const foreign = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const text = node.textContent.trim();
  if (!text || !node.parentElement || node.parentElement.closest('script, style')) continue;
  const lang = (node.parentElement.closest('[lang]') || document.documentElement).lang;
  const arabic = /[\u0600-\u06FF]/.test(text), cyrillic = /[\u0400-\u04FF]/.test(text);
  if ((arabic && !['ar', 'prs', 'fa', 'fa-AF'].includes(lang)) || (cyrillic && lang !== 'uk'))
    foreign.push(lang + ': ' + text.slice(0, 60));
}
const charts = [...document.querySelectorAll('svg')].map(svg => {
  const labelled = svg.getAttribute('aria-labelledby');
  const name = svg.getAttribute('aria-label')
    || (labelled && document.getElementById(labelled) && document.getElementById(labelled).textContent) || '';
  const figure = svg.closest('figure');
  const table = figure && figure.querySelector('table');
  const values = [...svg.querySelectorAll('text.value')].map(t => t.textContent.trim());
  const cells = table ? [...table.querySelectorAll('td')].map(t => t.textContent.trim()) : [];
  const smallest = Math.min(...[...svg.querySelectorAll('text')].map(t => t.getBoundingClientRect().height || 99));
  return { role: svg.getAttribute('role'), name: name.trim(), values, cells, smallest,
           outside: [...svg.querySelectorAll('text')].filter(t => { const r = t.getBoundingClientRect(),
             s = svg.getBoundingClientRect(); return r.left < s.left - 1 || r.right > s.right + 1; })
             .map(t => t.textContent) };
});
const off = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')]
  .filter(el => visible(el) && !el.closest('.skip'))
  .filter(el => { const r = el.getBoundingClientRect(); return r.left < -1 || r.right > innerWidth + 1; })
  .map(el => el.outerHTML.slice(0, 100));
const header = document.querySelector('body > header');
// Rows of the header: a new row starts below the bottom of the one before.
const tops = header ? [...header.querySelectorAll('a, button, summary, strong, img')].filter(visible)
  .map(el => el.getBoundingClientRect()).sort((a, b) => a.top - b.top) : [];
let rows = 0, bottom = -Infinity;
for (const r of tops) { if (r.top >= bottom - 2) { rows += 1; bottom = r.bottom; } else bottom = Math.max(bottom, r.bottom); }
return {
  title: document.title,
  h1: [...document.querySelectorAll('h1')].map(h => h.textContent.trim()),
  lang: document.documentElement.lang, dir: document.documentElement.dir,
  foreign, charts, off, headerRows: rows,
  scroll: document.documentElement.scrollWidth, width: innerWidth,
};
"#;

/// The focused element's focus ring and what it is drawn on.
const FOCUSED: &str = r#"
const el = document.activeElement;
const style = getComputedStyle(el);
let back = el.parentElement, colour = 'rgba(0, 0, 0, 0)';
while (back) { colour = getComputedStyle(back).backgroundColor;
  if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') break; back = back.parentElement; }
return { href: el.getAttribute('href'), cls: el.className,
  outline: style.outlineStyle, width: parseFloat(style.outlineWidth), ring: style.outlineColor,
  background: back ? colour : 'rgb(255, 255, 255)', visible: el.getBoundingClientRect().width > 0 };
"#;

#[derive(serde::Deserialize, Debug)]
struct Look {
    title: String,
    h1: Vec<String>,
    lang: String,
    dir: String,
    foreign: Vec<String>,
    charts: Vec<Chart>,
    off: Vec<String>,
    #[serde(rename = "headerRows")]
    header_rows: usize,
    scroll: i64,
    width: i64,
}

#[derive(serde::Deserialize, Debug)]
struct Chart {
    role: Option<String>,
    name: String,
    values: Vec<String>,
    cells: Vec<String>,
    smallest: f64,
    outside: Vec<String>,
}

#[derive(serde::Deserialize, Debug)]
struct Focused {
    href: Option<String>,
    cls: String,
    outline: String,
    width: f64,
    ring: String,
    background: String,
    visible: bool,
}

/// `rgb(…)` or `rgba(…)` as three channels.
fn channels(css: &str) -> [f64; 3] {
    let inside = css
        .split_once('(')
        .and_then(|(_, rest)| rest.strip_suffix(')'))
        .unwrap_or_else(|| panic!("a colour: {css}"));
    let parts: Vec<f64> = inside
        .split(',')
        .map(|p| p.trim().parse().expect("a channel"))
        .collect();
    [parts[0], parts[1], parts[2]]
}

/// WCAG's contrast ratio of two colours.
fn contrast(a: &str, b: &str) -> f64 {
    let luminance = |c: [f64; 3]| {
        let lin = |v: f64| {
            let v = v / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2])
    };
    let (x, y) = (luminance(channels(a)), luminance(channels(b)));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// Runs axe on the page: every violation and every unexplained "needs review", as text.
async fn axe(client: &Client, source: &str, page: &str) -> Vec<String> {
    let loaded = client
        .execute(
            &format!("if (!window.axe) {{ {source} }} return !!window.axe;"),
            vec![],
        )
        .await
        .expect("axe is injected");
    assert_eq!(loaded, serde_json::json!(true), "axe loads on {page}");
    let result = client
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations', 'incomplete'] })
              .then(r => done({ violations: r.violations, incomplete: r.incomplete }))
              .catch(e => done({ error: String(e) }));"#,
            vec![],
        )
        .await
        .expect("axe runs");
    assert!(
        result.get("error").is_none(),
        "axe failed on {page}: {result}"
    );
    let mut found = vec![];
    for (kind, items) in [
        ("violation", &result["violations"]),
        ("needs review", &result["incomplete"]),
    ] {
        for rule in items.as_array().expect("a list") {
            let id = rule["id"].as_str().unwrap_or_default();
            let reviewed = |node: &serde_json::Value| {
                let html = node["html"].as_str().unwrap_or_default();
                REVIEWED
                    .iter()
                    .any(|(rule, start, _)| *rule == id && html.starts_with(start))
            };
            if kind == "needs review"
                && rule["nodes"]
                    .as_array()
                    .is_some_and(|n| n.iter().all(reviewed))
            {
                continue;
            }
            let nodes: Vec<String> = rule["nodes"]
                .as_array()
                .into_iter()
                .flatten()
                .take(3)
                .map(|n| {
                    format!(
                        "{} — {}",
                        n["html"].as_str().unwrap_or_default(),
                        n["failureSummary"]
                            .as_str()
                            .unwrap_or_default()
                            .replace('\n', " ")
                    )
                })
                .collect();
            found.push(format!("{page}: {kind} {id}: {}", nodes.join(" | ")));
        }
    }
    found
}

/// Opens `path` and waits for the page to be whole.
async fn open(client: &Client, base: &str, path: &str) {
    client
        .goto(&format!("{base}{path}"))
        .await
        .expect("the page opens");
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    loop {
        let ready = client
            .execute(
                "return document.readyState === 'complete' && !!document.querySelector('footer');",
                vec![],
            )
            .await
            .expect("the page's state");
        if ready == serde_json::json!(true) {
            return;
        }
        assert!(std::time::Instant::now() < deadline, "{path} never loaded");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A page's address as part of a file name: "/events?edit=1" is "events-edit-1".
fn slug(path: &str) -> String {
    let slug: String = path
        .trim_start_matches('/')
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .take(24)
        .collect();
    match slug.is_empty() {
        true => "dashboard".into(),
        false => slug,
    }
}

async fn look(client: &Client) -> Look {
    serde_json::from_value(client.execute(LOOK, vec![]).await.expect("a look")).expect("a look")
}

async fn tab(client: &Client) -> Focused {
    client
        .active_element()
        .await
        .expect("the focused element")
        .send_keys(&char::from(Key::Tab).to_string())
        .await
        .expect("Tab");
    serde_json::from_value(client.execute(FOCUSED, vec![]).await.expect("focus")).expect("focus")
}

impl App {
    async fn presses_on_telegram(&self, who: &str, action: impl Into<velkommen_core::Action>) {
        self.says_on(
            Platform::Telegram,
            who,
            Input::Button(action.into().encode()),
        )
        .await;
    }

    /// A page of each kind with something on it: a volunteer waiting, requests in three
    /// languages with notes, a cry for help, a question, an event with people coming, an
    /// announcement. The paths to check, the chart page among them.
    async fn full(&self, mette: &str) -> Vec<String> {
        self.pending_volunteer("lars", "roede-kors").await;
        let offer = self.offer_of("roede-kors").await;
        for (who, lang, note) in [
            (
                "2001",
                "ar",
                "ابني في الصف الرابع ويحتاج مساعدة في الرياضيات",
            ),
            ("2002", "uk", "Потрібна допомога з листом від комуни"),
            ("2003", "prs", "من به کمک در خواندن نامه ضرورت دارم"),
        ] {
            self.joins_in(who, lang, PrivacyChoice::AgreeWithNews).await;
            self.presses_on_telegram(who, NewcomerAction::Interested(offer))
                .await;
            self.says_on(Platform::Telegram, who, Input::Text(note.into()))
                .await;
        }
        self.joins("ali").await;
        self.says("ali", Input::Text("I want to kill myself".into()))
            .await;
        let amal = self.person_on(Platform::Telegram, "2001").await;
        self.engine
            .store()
            .create_question(amal, Lang::of("ar"), "أين أجد طبيبًا؟", self.engine.now())
            .await
            .expect("a question");

        // An event, with the Arabic-speaking family coming.
        let page = self.get("/events", Some(mette)).await;
        let group = self.group_id("roede-kors").await;
        let made = self
            .post(
                "/events",
                Some(mette),
                &format!(
                    "csrf={}&group={group}&audience=both&starts={}-03-05T17%3A00&place=Biblioteket&remind=24\
                     &title_da={}&title_en={}&title_ar={}&description_ar={}",
                    csrf(&page.body),
                    self.next_year(),
                    encode("Kvartalsmøde"),
                    encode("Quarterly meeting"),
                    encode("اجتماع ربع سنوي"),
                    encode("قهوة وكعك")
                ),
            )
            .await;
        assert!(
            made.status.is_redirection() || made.status.is_success(),
            "{}",
            made.body
        );
        let event = self.rows("SELECT CAST(id AS TEXT) FROM events").await[0].clone();

        // An announcement to every newcomer.
        let page = self.get("/broadcast", Some(mette)).await;
        let sent = self
            .post(
                "/broadcast",
                Some(mette),
                &format!(
                    "csrf={}&audience=newcomers&group=&text_da={}&text_en={}&text_ar={}&text_uk={}&text_prs={}&send_at=",
                    csrf(&page.body),
                    encode("Café på torsdag"),
                    encode("Café on Thursday"),
                    encode("مقهى يوم الخميس"),
                    encode("Кафе в четвер"),
                    encode("کافه روز پنجشنبه")
                ),
            )
            .await;
        assert!(
            sent.status.is_redirection() || sent.status.is_success(),
            "{}",
            sent.body
        );
        let broadcast = self.rows("SELECT CAST(id AS TEXT) FROM broadcasts").await[0].clone();
        let offer_page = self
            .rows("SELECT CAST(id AS TEXT) FROM offers ORDER BY id LIMIT 1")
            .await[0]
            .clone();
        [
            "/".to_owned(),
            "/requests".into(),
            "/broadcast".into(),
            format!("/broadcasts/{broadcast}"),
            "/events".into(),
            format!("/events?edit={event}"),
            "/offers".into(),
            format!("/offers/{offer_page}"),
            "/report".into(),
            "/questions".into(),
            "/posters".into(),
            "/staff".into(),
        ]
        .to_vec()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_in_every_language_passes_axe_and_what_axe_cannot_see_at_desktop_and_phone_widths()
 {
    let app = app().await;
    let mette = app.session("mette").await;
    let paths = app.full(&mette).await;

    // The page on a real port, as a browser reaches it.
    let port = chrome::free_port();
    let base = format!("http://127.0.0.1:{port}");
    let router = velkommen_web::router(app.engine.clone(), &base, Some("VelkommenTestBot"));
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
        .await
        .expect("the port");
    tokio::spawn(async move {
        axum::serve(
            listener,
            router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .await
    });
    // Pages anyone may open: the privacy policy, the accessibility statement, a spent link.
    let public = ["/privacy", "/was", "/login/aaaaaaaaaaaaaaaaaaaaaaaaaa"];
    let source = axe_source();
    let mut problems: Vec<String> = vec![];

    for (width, height) in [(1280, 900), (390, 844), (320, 640)] {
        let (_driver, client) = chrome::browser(width, height, "en").await;
        // Logging in: the link's page, then its button.
        let link = app.link("mette").await.expect("a link for staff");
        open(&client, &base, &link).await;
        chrome::log_in(&client).await;
        chrome::wait_for_text(&client, "</main>").await;
        for lang in Lang::all() {
            open(&client, &base, &format!("/language/{}", lang.code())).await;
            let mut titles: BTreeMap<String, String> = BTreeMap::new();
            for path in paths.iter().map(String::as_str).chain(public) {
                open(&client, &base, path).await;
                let at = format!("{path} ({lang}, {width} px)");
                problems.extend(axe(&client, &source, &at).await);
                let seen = look(&client).await;
                if seen.lang != lang.code() || seen.dir != if lang.is_rtl() { "rtl" } else { "ltr" }
                {
                    problems.push(format!("{at}: <html lang={} dir={}>", seen.lang, seen.dir));
                }
                if seen.h1.len() != 1 {
                    problems.push(format!("{at}: {} <h1>: {:?}", seen.h1.len(), seen.h1));
                }
                if let Some(other) = titles.insert(seen.title.clone(), path.to_owned()) {
                    problems.push(format!("{at}: the same <title> as {other}: {}", seen.title));
                }
                for text in &seen.foreign {
                    problems.push(format!(
                        "{at}: text in another script without its lang: {text}"
                    ));
                }
                for chart in &seen.charts {
                    if chart.role.as_deref() != Some("img") || chart.name.is_empty() {
                        problems.push(format!("{at}: a chart without role=img and a name"));
                    }
                    if chart.values.is_empty()
                        || chart.values.iter().any(|v| !chart.cells.contains(v))
                    {
                        problems.push(format!(
                            "{at}: a chart's values {:?} are not all in its table {:?}",
                            chart.values, chart.cells
                        ));
                    }
                    if chart.smallest < 12.0 || !chart.outside.is_empty() {
                        problems.push(format!(
                            "{at}: chart text {} px high, cut off: {:?}",
                            chart.smallest, chart.outside
                        ));
                    }
                }
                if width < 1000 {
                    if seen.scroll > seen.width {
                        problems.push(format!(
                            "{at}: scrolls sideways: {} > {}",
                            seen.scroll, seen.width
                        ));
                    }
                    for action in &seen.off {
                        problems.push(format!("{at}: off-screen: {action}"));
                    }
                    if seen.header_rows > 2 {
                        problems.push(format!("{at}: the header takes {} rows", seen.header_rows));
                    }
                }
                // Every page in English and Arabic at each width, for a person to look at.
                if ["en", "ar"].contains(&lang.code()) {
                    chrome::screenshot(&client, &format!("page-{}-{lang}-{width}", slug(path)))
                        .await;
                }
            }
            // The keyboard: the first Tab reaches the skip link, which leads to the main
            // content; every ring after it stands out at least 3:1.
            open(&client, &base, "/requests").await;
            let first = tab(&client).await;
            if first.href.as_deref() != Some("#main")
                || !first.cls.contains("skip")
                || !first.visible
            {
                problems.push(format!(
                    "({lang}, {width} px): the first tab stop is {first:?}"
                ));
            }
            let mut focused = first;
            for _ in 0..6 {
                let ratio = contrast(&focused.ring, &focused.background);
                if focused.outline == "none" || focused.width < 2.0 || ratio < 3.0 {
                    problems.push(format!(
                        "({lang}, {width} px): a focus ring of {ratio:.2}:1 on {focused:?}"
                    ));
                }
                focused = tab(&client).await;
            }
        }
        // A failed form: the error summary takes focus and links to each field.
        open(&client, &base, "/language/en").await;
        for (path, button) in [("/broadcast", "button.send"), ("/events", "button.send")] {
            open(&client, &base, path).await;
            if path == "/broadcast" {
                // A time in the past, with text, comes back with its error.
                let Ok(field) = client.find(Locator::Id("text_en")).await else {
                    panic!(
                        "no English text at {width} px: {}",
                        client.source().await.unwrap_or_default()
                    );
                };
                field.send_keys("Hello").await.expect("typing");
                client
                    .execute(
                        "document.getElementById('send_at').value = '2020-01-01T10:00';",
                        vec![],
                    )
                    .await
                    .expect("a past time");
            }
            client
                .execute("window.before = true;", vec![])
                .await
                .expect("a mark on the page");
            client
                .find(Locator::Css(button))
                .await
                .expect("the form's button")
                .click()
                .await
                .expect("the click");
            let deadline = std::time::Instant::now() + Duration::from_secs(20);
            while client
                .execute(
                    "return !!window.before || document.readyState !== 'complete';",
                    vec![],
                )
                .await
                .expect("the page's state")
                == serde_json::json!(true)
            {
                assert!(std::time::Instant::now() < deadline, "{path}: no answer");
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            let summary = client
                .execute(
                    r##"const s = document.querySelector('.error-summary');
                    if (!s) return { focused: false, links: 0 };
                    return { focused: document.activeElement === s,
                      links: [...s.querySelectorAll('a[href^="#"]')].map(a => a.getAttribute('href'))
                        .filter(h => document.getElementById(h.slice(1))).length };"##,
                    vec![],
                )
                .await
                .expect("the summary");
            if summary["focused"] != serde_json::json!(true)
                || summary["links"].as_u64().unwrap_or(0) == 0
            {
                problems.push(format!(
                    "{path}: after a failed form, the summary is {summary}"
                ));
            }
            problems.extend(axe(&client, &source, &format!("{path} with errors")).await);
        }
        client.close().await.expect("the browser closes");
    }
    let unique: HashSet<&String> = problems.iter().collect();
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        unique.len(),
        problems.join("\n")
    );
}
