//! Outbox helpers shared by the platform suites: people the bot knows, messages queued for
//! them as a change in the core would queue them, and waiting for their delivery.

use std::time::Duration;

use velkommen_core::ids::PersonId;
use velkommen_core::{Address, Lang, Platform, Reply, Store};

/// Someone the bot knows on `platform`, at the menu, with messages for them to be queued.
pub async fn known_person(
    store: &Store,
    platform: Platform,
    user_id: &str,
    lang: Lang,
) -> PersonId {
    let state = velkommen_core::engine::State::Menu.to_stored();
    store
        .create_person(
            &Address::new(platform, user_id),
            lang,
            &state,
            chrono::Utc::now(),
        )
        .await
        .expect("a person is created")
        .id
}

/// Queues messages for people, as a change in the core would, in one transaction.
pub async fn enqueue(store: &Store, messages: &[(PersonId, Reply)]) {
    let now = chrono::Utc::now();
    let mut tx = store.begin().await.expect("a transaction");
    for (person, message) in messages {
        tx.enqueue(*person, message, now, now)
            .await
            .expect("the message is queued")
            .expect("the person is reachable");
    }
    tx.commit().await.expect("the messages are committed");
}

/// How many outbox messages on `platform` have this status.
pub async fn outbox(store: &Store, platform: Platform, status: &str) -> i64 {
    store
        .outbox_counts()
        .await
        .expect("the outbox counts")
        .into_iter()
        .find(|(p, s, _)| p == platform.code() && s == status)
        .map_or(0, |(_, _, n)| n)
}

/// Waits until `count` outbox messages on `platform` have this status.
pub async fn wait_for_outbox(
    store: &Store,
    platform: Platform,
    status: &str,
    count: i64,
    timeout: Duration,
) {
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        let now = outbox(store, platform, status).await;
        if now >= count {
            return;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "only {now} of {count} outbox messages are {status} after {timeout:?}: {:?}",
            store.outbox_counts().await
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
