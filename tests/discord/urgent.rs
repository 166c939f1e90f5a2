//! The urgent path on Discord: a cry in Ukrainian is answered at once with the numbers;
//! staff on Discord are told, take it, write at once and close it with an outcome; a danger
//! word alone gets one gentle line and pages nobody.

use std::time::Duration;

use velkommen_core::action::CoordinatorAction;
use velkommen_core::domain::AlertOutcome;
use velkommen_core::{Action, Lang};

use crate::conversation::onboard;
use crate::helpers::*;

/// The first button of `person`'s DM whose action `pick` accepts, waiting for it to come.
async fn wait_for_button<T>(person: &Person, pick: impl Fn(Action) -> Option<T>) -> T {
    let until = tokio::time::Instant::now() + Duration::from_secs(20);
    loop {
        for message in person.fake.messages(person.id()).into_iter().rev() {
            for button in message.buttons.iter().flatten() {
                if let Some(found) = Action::decode(&button.custom_id).ok().and_then(&pick) {
                    return found;
                }
            }
        }
        assert!(tokio::time::Instant::now() < until, "no such button came");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn a_cry_in_ukrainian_gets_the_numbers_and_staff_take_it_write_and_close_it() {
    let bot = spawn_bot_with(&[("VELKOMMEN_COORDINATORS", "admin@discord:8001")]).await;
    let mette = bot.user(8001, "Mette", "da");
    onboard(&mette, Lang::of("da")).await;
    let olena = bot.user(8002, "Olena", "uk");
    onboard(&olena, Lang::of("uk")).await;

    let answered = olena.says("чоловік мене бʼє щодня, я боюся").await;
    assert!(answered.shows("112"), "{}", answered.text());
    assert!(
        answered.shows("70\u{a0}20\u{a0}30\u{a0}82"),
        "{}",
        answered.text()
    );

    let take = wait_for_button(&mette, |a| match a {
        Action::Coordinator(CoordinatorAction::TakeAlert(id)) => Some(id),
        _ => None,
    })
    .await;
    let taken = mette.presses(CoordinatorAction::TakeAlert(take)).await;
    assert!(taken.shows("Skriv til personen nu"), "{}", taken.text());
    let closed = mette
        .presses(CoordinatorAction::CloseAlert(take, AlertOutcome::NoAnswer))
        .await;
    assert!(closed.shows("Intet svar"), "{}", closed.text());
    let outcomes = bot.store().await.alert_outcomes().await.unwrap();
    assert_eq!(outcomes.len(), 1, "{outcomes:?}");
    assert!(
        outcomes[0]
            .rule
            .as_deref()
            .is_some_and(|r| r.starts_with("uk/")),
        "{outcomes:?}"
    );
    assert_eq!(outcomes[0].no_answer, 1);
}

#[tokio::test]
async fn a_danger_word_alone_gets_a_gentle_line_and_pages_nobody() {
    let bot = spawn_bot_with(&[("VELKOMMEN_COORDINATORS", "admin@discord:8001")]).await;
    let mette = bot.user(8001, "Mette", "en-US");
    onboard(&mette, Lang::of("en")).await;
    let amal = bot.user(8003, "Amal", "en-US");
    onboard(&amal, Lang::of("en")).await;

    let answered = amal.says("I read a book about a knife fight").await;
    assert!(
        answered.shows("112"),
        "the gentle line: {}",
        answered.text()
    );
    assert!(
        !answered.shows("A person from the municipality has been told"),
        "{}",
        answered.text()
    );
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        bot.store().await.alert_outcomes().await.unwrap().len(),
        0,
        "nobody paged"
    );
}

#[tokio::test]
async fn the_login_link_is_sent_without_a_preview_so_no_fetcher_opens_it() {
    let bot = spawn_bot_with(&[
        ("VELKOMMEN_COORDINATORS", "admin@discord:8001"),
        ("VELKOMMEN_WEB_URL", "https://velkommen.example"),
        ("VELKOMMEN_WEB_LISTEN", "127.0.0.1:0"),
    ])
    .await;
    let mette = bot.user(8001, "Mette", "en-US");
    onboard(&mette, Lang::of("en")).await;
    let answer = mette.says("/web").await;
    assert!(
        answer.shows("https://velkommen.example/login/"),
        "{}",
        answer.text()
    );
    assert!(
        answer.calls.iter().any(|c| c.body["content"]
            .as_str()
            .is_some_and(|t| t.contains("/login/"))
            && c.body["flags"].as_u64().is_some_and(|f| f & 4 == 4)),
        "Discord shows no embed of the link: {:#?}",
        answer.calls
    );
}
