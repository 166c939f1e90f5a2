//! A broadcast-sized fan-out through the delivery worker, within Telegram's limits.

use std::time::{Duration, Instant};

use velkommen_core::{Lang, Reply};

use crate::helpers::{enqueue, known_person, spawn_bot, wait_for_outbox};

const CHATS: i64 = 40;
const MESSAGES: i64 = 1000;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_messages_to_forty_chats_keep_to_thirty_a_second_and_one_a_second_per_chat() {
    let bot = spawn_bot().await;
    let store = bot.store().await;
    let mut people = vec![];
    for n in 0..CHATS {
        let id = 7000 + n;
        bot.fake.add_user(id, "Volunteer", Some("da"));
        people.push(known_person(&store, id, Lang::of("da")).await);
    }
    // Waves of one message to everyone, as broadcasts and notifications come.
    let messages: Vec<_> = (0..MESSAGES)
        .map(|n| {
            let person = people[(n % CHATS) as usize];
            (person, Reply::text(Lang::of("da"), format!("Besked {n}")))
        })
        .collect();

    let started = Instant::now();
    enqueue(&store, &messages).await;
    wait_for_outbox(&store, "delivered", MESSAGES, Duration::from_secs(120)).await;
    let took = started.elapsed();

    let mut sends: Vec<_> = bot
        .fake
        .calls()
        .into_iter()
        .filter(|c| c.is("sendMessage"))
        .collect();
    assert_eq!(sends.len() as i64, MESSAGES, "each message is sent once");
    assert!(sends.iter().all(|c| c.ok()));
    sends.sort_by_key(|c| c.at);
    // No burst: 31 sends are dispatched at least 1,025 ms apart, so they arrive at least a
    // second apart give or take the jitter of a busy 2-core machine between the bot's
    // dispatch and the fake's clock (up to 52 ms seen), which the bot cannot control.
    for window in sends.windows(31) {
        let span = window[30].at - window[0].at;
        assert!(
            span >= Duration::from_millis(940),
            "31 sends within {span:?}"
        );
    }
    // No two sends to one chat within one second.
    for chat in 7000..7000 + CHATS {
        let times: Vec<_> = sends
            .iter()
            .filter(|c| c.chat_id() == Some(chat))
            .map(|c| c.at)
            .collect();
        assert_eq!(times.len() as i64, MESSAGES / CHATS);
        for pair in times.windows(2) {
            assert!(
                pair[1] - pair[0] >= Duration::from_secs(1),
                "two sends to {chat} within {:?}",
                pair[1] - pair[0]
            );
        }
    }
    // And it is not needlessly slow: 1,000 messages at ~29/s take about 35 s.
    assert!(took < Duration::from_secs(60), "the fan-out took {took:?}");
}
