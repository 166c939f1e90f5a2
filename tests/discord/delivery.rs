//! The delivery worker: messages to others, from the outbox, through Discord's errors.

use std::time::Duration;

use velkommen_core::{Lang, Reply};
use velkommen_discord_fake::Failure;

use crate::helpers::{enqueue, known_person, outbox, spawn_bot, wait_for_outbox};

const MESSAGES: &str = "/channels/{channel_id}/messages";

fn text(text: &str) -> Reply {
    Reply::text(Lang::of("en"), text.to_owned())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_a_429_the_message_waits_at_least_the_retry_after_discord_gave() {
    let bot = spawn_bot().await;
    let store = bot.store().await;
    bot.fake.add_user(5001, "Lars", "da");
    let lars = known_person(&store, 5001, Lang::of("da")).await;
    bot.fake.fail_next(
        "POST",
        MESSAGES,
        Failure::TooManyRequests { retry_after: 1.5 },
    );

    enqueue(&store, &[(lars, text("A new request for homework help"))]).await;
    wait_for_outbox(&store, "delivered", 1, Duration::from_secs(20)).await;

    let sends: Vec<_> = bot
        .fake
        .calls()
        .into_iter()
        .filter(|c| c.is("POST", MESSAGES))
        .collect();
    assert_eq!(sends.len(), 2, "one refused, one delivered: {sends:#?}");
    assert_eq!(sends[0].status, 429);
    assert!(
        sends[1].at - sends[0].at >= Duration::from_millis(1500),
        "retried after {:?}",
        sends[1].at - sends[0].at
    );
    assert_eq!(
        bot.fake.messages(5001)[0].content,
        "A new request for homework help"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_whose_direct_messages_are_closed_is_marked_unreachable_and_not_tried_again() {
    let bot = spawn_bot().await;
    let store = bot.store().await;
    bot.fake.add_user(5003, "Omar", "en-US");
    let omar = known_person(&store, 5003, Lang::of("ar")).await;
    bot.fake.close_dms(5003);

    enqueue(&store, &[(omar, text("The café is on Thursday"))]).await;
    wait_for_outbox(&store, "unreachable", 1, Duration::from_secs(20)).await;
    tokio::time::sleep(Duration::from_secs(2)).await;

    let tries: Vec<_> = bot
        .fake
        .calls()
        .into_iter()
        .filter(|c| c.is("POST", MESSAGES))
        .map(|c| c.status)
        .collect();
    assert_eq!(tries, [403], "tried once, refused with 50007");
    assert_eq!(outbox(&store, "delivered").await, 0);
}
