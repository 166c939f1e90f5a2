//! The urgent path on Telegram: a cry in Arabic is answered at once with the numbers, digit
//! groups in order; staff on Telegram are told, take it, write at once and close it with an
//! outcome.

use std::time::Duration;

use velkommen_core::action::{CoordinatorAction, NewcomerAction};
use velkommen_core::domain::AlertOutcome;
use velkommen_core::{Action, Lang};

use crate::conversation::onboard;
use crate::helpers::*;

/// The first button of `person`'s chat whose action `pick` accepts, waiting for it to come.
async fn wait_for_button<T>(person: &Person, pick: impl Fn(Action) -> Option<T>) -> T {
    let until = tokio::time::Instant::now() + STEP_TIMEOUT;
    loop {
        for message in person.fake.messages(person.id()).into_iter().rev() {
            for button in message.buttons.iter().flatten() {
                if let Some(found) = Action::decode(&button.data).ok().and_then(&pick) {
                    return found;
                }
            }
        }
        assert!(tokio::time::Instant::now() < until, "no such button came");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn a_cry_in_arabic_gets_the_numbers_and_staff_take_it_write_and_close_it() {
    let mut bot = fake_and_db().await;
    bot.env = vec![("VELKOMMEN_COORDINATORS", "admin@telegram:900")];
    bot.start().await;
    let mette = bot.user(900, "Mette", "da");
    onboard(&mette, Lang::of("da")).await;
    let amal = bot.user(901, "Amal", "ar");
    onboard(&amal, Lang::of("ar")).await;

    let answered = amal.says("زوجي يضربني كل يوم وانا خايفة").await;
    assert!(answered.shows("112"), "{}", answered.text());
    assert!(
        answered.shows("70\u{a0}20\u{a0}30\u{a0}82"),
        "{}",
        answered.text()
    );
    assert!(
        !amal
            .screen()
            .buttons
            .iter()
            .flatten()
            .any(|b| b.data == NewcomerAction::SendAsQuestion.encode()),
        "not offered again as a question"
    );

    // Mette is told at once, and takes it.
    let take = wait_for_button(&mette, |a| match a {
        Action::Coordinator(CoordinatorAction::TakeAlert(id)) => Some(id),
        _ => None,
    })
    .await;
    let taken = mette.presses(CoordinatorAction::TakeAlert(take)).await;
    assert!(taken.shows("Skriv til personen nu"), "{}", taken.text());
    let buttons: Vec<String> = mette
        .screen()
        .buttons
        .iter()
        .flatten()
        .map(|b| b.data.clone())
        .collect();
    assert!(
        buttons.iter().any(|d| d.starts_with("1:qa:")),
        "write to them at once: {buttons:?}"
    );
    let closed = mette
        .presses(CoordinatorAction::CloseAlert(take, AlertOutcome::Referred))
        .await;
    assert!(closed.shows("Henvist videre"), "{}", closed.text());
    let store = bot.store().await;
    let outcomes = store.alert_outcomes().await.unwrap();
    assert_eq!(outcomes.len(), 1, "{outcomes:?}");
    assert!(
        outcomes[0]
            .rule
            .as_deref()
            .is_some_and(|r| r.starts_with("ar/")),
        "{outcomes:?}"
    );
    assert_eq!(outcomes[0].referred, 1);
}
