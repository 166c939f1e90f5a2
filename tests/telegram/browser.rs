//! The coordinators' web page in a real headless Chromium, driven over WebDriver: Mette gets
//! a login link through the fake Telegram, opens it, approves a volunteer, writes an
//! announcement in every language, sends it, and watches its report reach "delivered" for
//! the fake's recipients. Screenshots of each page, in English and Arabic, are saved under
//! `target/screenshots/` for a person to look at.
//!
//! Needs Debian's `chromium` and `chromium-driver` (`.ci/run` installs them).

use std::time::Duration;

use fantoccini::{Client, Locator};
use velkommen_core::action::{AccountAction, PrivacyChoice, VolunteerAction};
use velkommen_core::category::Category;
use velkommen_core::roles::Spoken;
use velkommen_core::{Lang, Locales};

use crate::helpers::{Person, fake_and_db};

#[path = "../common/browser.rs"]
mod chrome;
use chrome::{browser, free_port, screenshot, wait_for_text};

/// What the page shows of a text: HTML-escaped as the templates write it.
fn shown(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('\'', "&#x27;")
        .replace('/', "&#x2f;")
}

async fn joins(person: &Person, lang: &str, news: bool) {
    person.says("/start").await;
    person
        .presses(AccountAction::SetLanguage(Lang::of(lang)))
        .await;
    let choice = if news {
        PrivacyChoice::AgreeWithNews
    } else {
        PrivacyChoice::Agree
    };
    person.presses(AccountAction::Privacy(choice)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mette_approves_a_volunteer_and_announces_in_every_language_from_the_web_page() {
    let web_port = free_port();
    let base = format!("http://127.0.0.1:{web_port}");
    let mut bot = fake_and_db().await;
    let (url, listen) = (
        Box::leak(base.clone().into_boxed_str()) as &'static str,
        Box::leak(format!("127.0.0.1:{web_port}").into_boxed_str()) as &'static str,
    );
    bot.env = vec![
        ("VELKOMMEN_COORDINATORS", "telegram:7001"),
        ("VELKOMMEN_QUIET_HOURS", "0-0"),
        ("VELKOMMEN_WEB_URL", url),
        ("VELKOMMEN_WEB_LISTEN", listen),
        ("TELEGRAM_BOT_USERNAME", "VelkommenTestBot"),
    ];
    bot.start().await;
    let locales = Locales::load().expect("the locales");
    let en = |id: &str| locales.text(Lang::of("en"), id);

    // Mette coordinates; Lars signs up for the Red Cross; Amal and Omar want news.
    let mette = bot.user(7001, "Mette", "en");
    joins(&mette, "en", false).await;
    let lars = bot.user(7002, "Lars", "da");
    joins(&lars, "en", false).await;
    lars.presses(VolunteerAction::SignUp).await;
    lars.says("Lars").await;
    let red_cross = bot
        .store()
        .await
        .groups(Lang::of("en"))
        .await
        .expect("the groups")
        .into_iter()
        .find(|(_, name)| name.contains("Red Cross"))
        .expect("the Red Cross")
        .0;
    lars.presses(VolunteerAction::ToggleGroup(red_cross)).await;
    lars.presses(VolunteerAction::SignupNext).await;
    lars.presses(VolunteerAction::ToggleSpoken(Spoken::of("ar")))
        .await;
    lars.presses(VolunteerAction::SignupNext).await;
    lars.presses(VolunteerAction::ToggleHelp(Category::Learn))
        .await;
    lars.presses(VolunteerAction::SignupNext).await;
    lars.presses(VolunteerAction::SignupSend).await;
    let amal = bot.user(7003, "Amal", "ar");
    joins(&amal, "ar", true).await;
    let omar = bot.user(7004, "Omar", "en");
    joins(&omar, "en", true).await;

    // Amal asks for homework help; nobody has taken it when the report is read.
    let homework = crate::conversation::offer_id(&bot, "homework-help").await;
    amal.presses(AccountAction::Menu).await;
    amal.presses(velkommen_core::action::NewcomerAction::Categories)
        .await;
    amal.presses(velkommen_core::action::NewcomerAction::Category(
        Category::Learn,
    ))
    .await;
    amal.presses(velkommen_core::action::NewcomerAction::Offer(homework))
        .await;
    amal.presses(velkommen_core::action::NewcomerAction::Interested(homework))
        .await;
    amal.says("ابني في الصف الرابع").await;

    // /web in chat gives Mette her link.
    let answer = mette.says("/web").await;
    let link = answer
        .text()
        .split_whitespace()
        .find(|w| w.starts_with(&base))
        .map(str::to_owned)
        .unwrap_or_else(|| panic!("no link in {:?}", answer.text()));
    assert!(
        answer.calls.iter().any(|c| c.is("sendMessage")
            && c.params["link_preview_options"]["is_disabled"] == serde_json::json!(true)),
        "Telegram shows no preview of the link, so its fetcher does not open it: {:#?}",
        answer.calls
    );

    let (_driver, client) = browser(1100, 1400, "en").await;
    // The link is opened from a page of another origin, as from Telegram Web or a webmail:
    // a page with one button, whose POST (now same-site) logs in.
    client
        .goto(&format!(
            "data:text/html,<a id=\"go\" href=\"{link}\">link</a>"
        ))
        .await
        .expect("another origin's page");
    client
        .find(Locator::Id("go"))
        .await
        .expect("the link on it")
        .click()
        .await
        .expect("the click");
    wait_for_text(&client, &shown(&en("web-login-button"))).await;
    chrome::log_in(&client).await;
    wait_for_text(&client, &shown(&en("web-pending"))).await;
    assert_eq!(
        client.current_url().await.expect("a url").path(),
        "/",
        "the link leads to the dashboard"
    );
    screenshot(&client, "dashboard-en").await;

    // Approve Lars.
    client
        .find(Locator::Css("button.approve"))
        .await
        .expect("an approve button")
        .click()
        .await
        .expect("the click");
    wait_for_text(&client, &shown(&en("web-pending-none"))).await;
    let approved = en("volunteer-approved");
    let deadline = std::time::Instant::now() + crate::helpers::STEP_TIMEOUT;
    while !bot
        .fake
        .messages(7002)
        .iter()
        .any(|m| m.text.contains(&approved))
    {
        assert!(
            std::time::Instant::now() < deadline,
            "Lars never heard he was approved"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // Compose in every language and send.
    client
        .find(Locator::LinkText(&en("web-nav-broadcast")))
        .await
        .expect("the composer link")
        .click()
        .await
        .expect("the click");
    wait_for_text(&client, "text_ar").await;
    // Two newcomers want news; choosing volunteers instead counts again, in place (htmx).
    let count = |client: Client| async move {
        client
            .find(Locator::Id("count"))
            .await
            .expect("the count")
            .text()
            .await
            .expect("its text")
    };
    assert_eq!(count(client.clone()).await, "2");
    client
        .find(Locator::Css("input[name=audience][value=volunteers]"))
        .await
        .expect("the volunteers choice")
        .click()
        .await
        .expect("the click");
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    // Lars did not ask for news, so no volunteer is counted.
    while count(client.clone()).await == "2" {
        assert!(
            std::time::Instant::now() < deadline,
            "the count did not follow the choice"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(count(client.clone()).await.starts_with('0'));
    client
        .find(Locator::Css("input[name=audience][value=newcomers]"))
        .await
        .expect("the newcomers choice")
        .click()
        .await
        .expect("the click");
    let texts = [
        ("da", "Kvartalsmøde tirsdag kl. 17 på biblioteket."),
        ("en", "Quarterly meeting on Tuesday at 17 in the library."),
        ("ar", "اجتماع ربع سنوي يوم الثلاثاء الساعة 17 في المكتبة."),
        ("uk", "Квартальна зустріч у вівторок о 17 у бібліотеці."),
    ];
    for (code, text) in texts {
        client
            .find(Locator::Id(&format!("text_{code}")))
            .await
            .expect("a text field per language")
            .send_keys(text)
            .await
            .expect("typing");
    }
    // The Arabic chat bubble follows the typing, right to left.
    let bubble = client
        .find(Locator::Css("[data-preview=text_ar]"))
        .await
        .expect("the Arabic preview");
    assert!(
        bubble
            .text()
            .await
            .expect("its text")
            .contains("اجتماع ربع سنوي"),
        "the preview follows the text"
    );
    assert_eq!(
        bubble.attr("dir").await.expect("its direction").as_deref(),
        Some("rtl")
    );
    // So does the Discord preview, and the length against each platform's limit.
    let discord = client
        .find(Locator::Css(".discord-text[data-preview=text_ar]"))
        .await
        .expect("the Discord preview");
    assert!(
        discord
            .text()
            .await
            .expect("its text")
            .contains("اجتماع ربع سنوي")
    );
    let fit = client
        .find(Locator::Id("fit_en"))
        .await
        .expect("the English text's fit")
        .text()
        .await
        .expect("its text");
    // Telegram counts the 📣 as two UTF-16 units, Discord as one character.
    let sent = "📣 ".to_owned() + texts[1].1;
    let (telegram, discord) = (sent.encode_utf16().count(), sent.chars().count());
    assert!(
        fit.contains(&format!("{telegram} of 4096")) && fit.contains(&format!("{discord} of 2000")),
        "{fit}"
    );
    screenshot(&client, "composer-en").await;
    client
        .find(Locator::Css("button.send"))
        .await
        .expect("the send button")
        .click()
        .await
        .expect("the click");
    // The report refreshes itself (htmx) until both copies are delivered.
    let delivered = en("delivery-delivered");
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        let html = client.source().await.expect("the page");
        if html.contains(&delivered) && !html.contains(&en("delivery-pending")) {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the report never reached delivered:\n{html}"
        );
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    screenshot(&client, "report-en").await;
    let report = client.current_url().await.expect("the report's address");
    assert!(report.path().starts_with("/broadcasts/"), "{report}");
    assert!(
        bot.fake
            .messages(7003)
            .iter()
            .any(|m| m.text.contains("اجتماع ربع سنوي")),
        "Amal has the Arabic text"
    );
    assert!(
        bot.fake
            .messages(7004)
            .iter()
            .any(|m| m.text.contains("Quarterly meeting")),
        "Omar has the English text"
    );

    // The same pages in Arabic, right to left.
    client
        .goto(&format!("{base}/language/ar"))
        .await
        .expect("the switch");
    let ar = |id: &str| locales.text(Lang::of("ar"), id);
    wait_for_text(&client, "dir=\"rtl\"").await;
    wait_for_text(&client, &shown(&ar("web-pending"))).await;
    screenshot(&client, "dashboard-ar").await;
    client
        .goto(&format!("{base}/broadcast"))
        .await
        .expect("the composer");
    wait_for_text(&client, &shown(&ar("web-send"))).await;
    screenshot(&client, "composer-ar").await;
    for page in ["requests", "events", "offers", "questions"] {
        client
            .goto(&format!("{base}/{page}"))
            .await
            .expect("a page");
        wait_for_text(&client, "dir=\"rtl\"").await;
        screenshot(&client, &format!("{page}-ar")).await;
    }
    client.goto(report.as_str()).await.expect("the report");
    wait_for_text(&client, &shown(&ar("delivery-delivered"))).await;
    screenshot(&client, "report-ar").await;

    // The quarterly report, with its charts, in Arabic and then in English.
    client
        .goto(&format!("{base}/report"))
        .await
        .expect("the report");
    wait_for_text(&client, "<svg").await;
    screenshot(&client, "quarter-ar").await;
    client
        .goto(&format!("{base}/language/en"))
        .await
        .expect("the switch");
    client
        .goto(&format!("{base}/report"))
        .await
        .expect("the report");
    wait_for_text(&client, &shown(&en("web-chart-taken"))).await;
    screenshot(&client, "quarter-en").await;

    // A poster, as the browser shapes it for printing.
    client
        .goto(&format!("{base}/posters?place=Ballerup%20Bibliotek"))
        .await
        .expect("the posters page");
    wait_for_text(&client, "Ballerup Bibliotek").await;
    // The poster at a place is made by the form's POST, which opens it.
    client
        .find(Locator::Css(
            "form[method='post'][action='/posters'] button",
        ))
        .await
        .expect("an offer's poster button")
        .click()
        .await
        .expect("the button");
    wait_for_text(&client, "xml:lang=\"ar\"").await;
    assert!(
        client
            .current_url()
            .await
            .expect("the address")
            .as_str()
            .ends_with("/posters/1.svg?place=Ballerup%20Bibliotek"),
        "the poster opened after it was made"
    );
    screenshot(&client, "poster").await;

    // At a phone's width, every page fits: nothing runs off to the side.
    client
        .set_window_size(390, 844)
        .await
        .expect("a phone's width");
    for page in ["", "requests", "broadcast", "events", "offers", "report"] {
        client
            .goto(&format!("{base}/{page}"))
            .await
            .expect("a page");
        wait_for_text(&client, "</main>").await;
        let widths = client
            .execute(
                "return [document.documentElement.scrollWidth, window.innerWidth];",
                vec![],
            )
            .await
            .expect("the widths");
        let widths: Vec<i64> = serde_json::from_value(widths).expect("two numbers");
        assert!(
            widths[0] <= widths[1],
            "/{page} runs off the side of a phone: {widths:?}"
        );
        let name = if page.is_empty() { "dashboard" } else { page };
        screenshot(&client, &format!("phone-{name}-en")).await;
    }
    client.close().await.expect("the browser closes");
}
