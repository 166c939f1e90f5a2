//! The same send budget on Discord: a direct reply and a notice go before an announcement,
//! and a reply that meets a server error is sent again, never dropped.

use std::time::{Duration, Instant};

use velkommen_core::action::{AccountAction, PrivacyChoice};
use velkommen_core::{Lang, Reply};
use velkommen_discord_fake::Failure;

use crate::helpers::{known_person, spawn_bot, wait_for_outbox};

const MESSAGES: &str = "/channels/{channel_id}/messages";
const RECIPIENTS: u64 = 400;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_and_a_notice_go_before_an_announcement_and_a_reply_meeting_a_500_is_sent_again() {
    let bot = spawn_bot().await;
    let store = bot.store().await;
    let amal = bot.user(7001, "Amal", "da");
    amal.runs("start").await;
    amal.presses(AccountAction::SetLanguage(Lang::of("da")))
        .await;
    amal.presses(AccountAction::Privacy(PrivacyChoice::Agree))
        .await;
    bot.fake.add_user(7002, "Lars", "da");
    let lars = known_person(&store, 7002, Lang::of("da")).await;

    let mut people = vec![];
    for n in 0..RECIPIENTS {
        let id = 70_000 + n;
        bot.fake.add_user(id, "Recipient", "ar");
        people.push(known_person(&store, id, Lang::of("ar")).await);
    }
    let now = chrono::Utc::now();
    let mut tx = store.begin().await.expect("a transaction");
    for person in &people {
        let message = Reply::text(Lang::of("ar"), "مقهى يوم الخميس".into());
        tx.enqueue_bulk(*person, &message, now, now)
            .await
            .expect("queued");
    }
    tx.commit().await.expect("the announcement is queued");
    tokio::time::sleep(Duration::from_secs(2)).await;

    // The next two messages sent meet a 500, whoever they are for.
    for _ in 0..2 {
        bot.fake.fail_next("POST", MESSAGES, Failure::ServerError);
    }
    let before = bot.fake.calls().len();
    let wrote = Instant::now();
    bot.fake.user_writes(&amal.user, "hej");
    let now = chrono::Utc::now();
    let mut tx = store.begin().await.expect("a transaction");
    tx.enqueue(
        lars,
        &Reply::text(Lang::of("da"), "Ny anmodning".into()),
        now,
        now,
    )
    .await
    .expect("queued");
    tx.commit().await.expect("the notice is queued");

    let sent_to = |user: u64| {
        let channel = bot.fake.dm_channel(user);
        let path = format!("/channels/{channel}/messages");
        move |_: &velkommen_discord_fake::FakeDiscord, calls: &[velkommen_discord_fake::Call]| {
            calls[before..]
                .iter()
                .find(|c| c.method == "POST" && c.path == path && c.ok())
                .map(|c| c.at)
        }
    };
    let answered = bot
        .fake
        .wait_for(Duration::from_secs(30), sent_to(amal.id()))
        .await;
    let noticed = bot
        .fake
        .wait_for(Duration::from_secs(30), sent_to(7002))
        .await;
    wait_for_outbox(
        &store,
        "delivered",
        RECIPIENTS as i64 + 1,
        Duration::from_secs(60),
    )
    .await;
    let calls = bot.fake.calls();
    let last_copy = calls
        .iter()
        .filter(|c| c.is("POST", MESSAGES) && c.ok())
        .map(|c| c.at)
        .max()
        .expect("copies were sent");
    let failed = calls[before..]
        .iter()
        .filter(|c| c.is("POST", MESSAGES) && c.status == 500)
        .count();
    println!(
        "reply after {:?}, notice after {:?}, announcement done {:?} later, {failed} sends met a 500",
        answered - wrote,
        noticed - wrote,
        last_copy - wrote
    );
    assert_eq!(failed, 2);
    // The 500s go to whichever sends come next: each one that hits the reply costs it a
    // retry, which waits its backoff and the one-a-second-per-person pacing.
    let amal_path = format!("/channels/{}/messages", bot.fake.dm_channel(amal.id()));
    let reply_failures = calls[before..]
        .iter()
        .filter(|c| c.method == "POST" && c.path == amal_path && c.status == 500)
        .count() as u64;
    assert!(
        answered - wrote < Duration::from_millis(1_900 + 1_000 * reply_failures),
        "the reply took {:?} with {reply_failures} of the 500s",
        answered - wrote
    );
    assert!(noticed - wrote < Duration::from_secs(5));
    assert!(answered < last_copy && noticed < last_copy);
    // Every recipient has the announcement exactly once.
    for n in 0..RECIPIENTS {
        let copies = bot
            .fake
            .messages(70_000 + n)
            .iter()
            .filter(|m| m.from_bot)
            .count();
        assert_eq!(copies, 1, "recipient {n}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn when_discord_refuses_an_interactions_answer_it_comes_as_a_direct_message() {
    let bot = spawn_bot().await;
    let amal = bot.user(7101, "Amal", "da");
    amal.runs("start").await;
    amal.presses(AccountAction::SetLanguage(Lang::of("da")))
        .await;
    let screen = amal.screen();
    let before = bot.fake.messages(amal.id()).len();
    bot.fake.fail_next(
        "POST",
        "/interactions/{interaction_id}/{interaction_token}/callback",
        Failure::ServerError,
    );
    let agree = velkommen_core::Action::from(AccountAction::Privacy(PrivacyChoice::Agree));
    bot.fake
        .user_presses(&amal.user, screen.id, &agree.encode());
    let locales = velkommen_core::Locales::load().expect("the locales");
    let agreed = locales.text(Lang::of("da"), "privacy-agreed");
    bot.fake
        .wait_for(Duration::from_secs(20), |fake, _| {
            fake.messages(7101)[before..]
                .iter()
                .any(|m| m.from_bot && m.content.contains(&agreed))
                .then_some(())
        })
        .await;
}
