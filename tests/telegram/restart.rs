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
    amal.presses(AccountAction::SetLanguage(Lang::of("ar")))
        .await;
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
    assert_eq!(person.lang, Lang::of("ar"));
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
    let lars = known_person(&store, 6002, Lang::of("da")).await;
    enqueue(
        &store,
        &[(lars, Reply::text(Lang::of("da"), "Ny anmodning".into()))],
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_a_crash_what_the_dead_process_leased_but_never_sent_goes_out_at_once() {
    const PEOPLE: i64 = 300;
    let mut bot = spawn_bot().await;
    let store = bot.store().await;
    let mut messages = vec![];
    for n in 0..PEOPLE {
        let id = 61_000 + n;
        bot.fake.add_user(id, "Recipient", Some("da"));
        let person = known_person(&store, id, Lang::of("da")).await;
        messages.push((
            person,
            Reply::text(Lang::of("da"), format!("Café torsdag {n}")),
        ));
    }
    enqueue(&store, &messages).await;
    // The worker leases them all and starts sending; the process dies a few seconds in.
    wait_for_outbox(&store, "delivered", 60, Duration::from_secs(30)).await;
    bot.kill();
    let before = bot.fake.calls().len();

    bot.start().await;
    let restarted = bot.fake.calls()[before..]
        .iter()
        .find(|c| c.is("getMe"))
        .expect("the new process called getMe")
        .at;
    wait_for_outbox(&store, "delivered", PEOPLE, Duration::from_secs(60)).await;
    let sends: Vec<_> = bot.fake.calls()[before..]
        .iter()
        .filter(|c| c.is("sendMessage") && c.ok())
        .cloned()
        .collect();
    // Not after the dead worker's 60-second leases: at once.
    let first = sends.first().expect("sends after the restart").at;
    assert!(
        first - restarted < Duration::from_secs(5),
        "the first send came {:?} after the restart",
        first - restarted
    );
    // Everyone has the message; only those in flight at the crash may have it twice.
    let mut copies = std::collections::HashMap::<i64, usize>::new();
    for call in bot
        .fake
        .calls()
        .iter()
        .filter(|c| c.is("sendMessage") && c.ok())
    {
        if let Some(chat) = call.chat_id().filter(|c| *c >= 61_000) {
            *copies.entry(chat).or_default() += 1;
        }
    }
    assert_eq!(copies.len() as i64, PEOPLE);
    let twice = copies.values().filter(|n| **n > 1).count();
    assert!(twice <= 32, "{twice} people got it twice");
    println!("sent twice after the crash: {twice}");
}
