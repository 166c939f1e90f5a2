//! A restart mid-conversation, and messages queued while the bot was down.

use std::time::Duration;
use velkommen_core::action::{AccountAction, NewcomerAction, VolunteerAction};

use velkommen_core::action::PrivacyChoice;
use velkommen_core::category::Category;
use velkommen_core::{Lang, Reply};

use crate::helpers::{enqueue, known_person, spawn_bot, wait_for_outbox};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_conversation_resumes_where_it_stood_after_the_bot_is_killed() {
    let mut bot = spawn_bot().await;
    let amal = bot.user(6001, "Amal", "ar");
    amal.says("/start").await;
    amal.presses(AccountAction::SetLanguage(Lang::Ar)).await;
    amal.presses(AccountAction::Privacy(PrivacyChoice::Agree))
        .await;
    if amal
        .screen()
        .buttons
        .iter()
        .flatten()
        .any(|b| b.data == VolunteerAction::SignUp.encode())
    {
        amal.presses(AccountAction::Menu).await;
    }
    amal.presses(NewcomerAction::Categories).await;

    bot.kill();
    bot.start().await;

    // The topics she had open still work, and the bot still knows her language and consent.
    let topics = amal
        .presses(NewcomerAction::Category(Category::Learn))
        .await;
    assert!(!topics.messages.is_empty());
    let store = bot.store().await;
    let person = store
        .person_at(&velkommen_core::Address::new(
            velkommen_core::Platform::Telegram,
            "6001",
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(person.lang, Lang::Ar);
    let again = bot
        .calls_of_this_run()
        .into_iter()
        .filter(|c| c.is("sendMessage") && c.chat_id() == Some(6001))
        .count();
    assert_eq!(
        again, 0,
        "nothing was posted anew: the menu was edited in place"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn messages_queued_while_the_bot_was_stopped_go_out_once_it_runs_again() {
    let mut bot = spawn_bot().await;
    let (status, _) = bot.terminate().await;
    assert!(status.success());
    let store = bot.store().await;
    bot.fake.add_user(6002, "Lars", Some("da"));
    let lars = known_person(&store, 6002, Lang::Da).await;
    enqueue(
        &store,
        &[(lars, Reply::text(Lang::Da, "Ny anmodning".into()))],
    )
    .await;

    bot.start().await;
    wait_for_outbox(&store, "delivered", 1, Duration::from_secs(20)).await;

    let sent = bot
        .fake
        .calls()
        .into_iter()
        .filter(|c| c.is("sendMessage") && c.chat_id() == Some(6002))
        .count();
    assert_eq!(sent, 1);
}
