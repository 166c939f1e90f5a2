//! The gateway connection: heartbeats, and a reconnect in the middle of a conversation.

use std::time::Duration;
use velkommen_core::action::AccountAction;

use velkommen_core::Lang;
use velkommen_core::action::PrivacyChoice;

use crate::helpers::{STEP_TIMEOUT, spawn_bot};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_discord_asks_for_a_reconnect_the_session_resumes_and_the_conversation_goes_on() {
    let bot = spawn_bot().await;
    let person = bot.user(7001, "Fatima", "en-GB");
    let picker = person.runs("start").await;
    let menu = picker.messages[0].id;

    bot.fake.force_reconnect();
    bot.fake
        .wait_for(STEP_TIMEOUT, |fake, _| {
            let stats = fake.gateway_stats();
            (stats.connections >= 2 && (stats.resumes >= 1 || stats.identifies >= 2)).then_some(())
        })
        .await;

    let privacy = person
        .presses(AccountAction::SetLanguage(Lang::of("ar")))
        .await;
    assert!(privacy.messages.iter().any(|m| m.id == menu));
    person
        .presses(AccountAction::Privacy(PrivacyChoice::Agree))
        .await;
    let stats = bot.fake.gateway_stats();
    assert_eq!(
        stats.identifies, 1,
        "the session was resumed, not started anew"
    );
    // Heartbeats go on (the fake asks for one a second) and are acknowledged.
    tokio::time::sleep(Duration::from_millis(1200)).await;
    assert!(bot.fake.gateway_stats().heartbeats >= 1);
}
