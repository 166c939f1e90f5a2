//! The delivery worker: messages to others, from the outbox, through Telegram's errors.

use std::time::Duration;

use velkommen_core::engine::{Attachment, AttachmentKind, NativeFile};
use velkommen_core::{Lang, Platform, Reply};
use velkommen_telegram_fake::Failure;

use crate::helpers::{enqueue, known_person, outbox, spawn_bot, wait_for_outbox};

fn text(text: &str) -> Reply {
    Reply::text(Lang::of("en"), text.to_owned())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_a_429_the_message_waits_at_least_the_retry_after_telegram_gave() {
    let bot = spawn_bot().await;
    let store = bot.store().await;
    bot.fake.add_user(5001, "Lars", Some("da"));
    let lars = known_person(&store, 5001, Lang::of("da")).await;
    bot.fake.fail_next(
        "sendMessage",
        Some(5001),
        Failure::TooManyRequests { retry_after: 2 },
    );

    enqueue(&store, &[(lars, text("A new request for homework help"))]).await;
    wait_for_outbox(&store, "delivered", 1, Duration::from_secs(20)).await;

    let sends: Vec<_> = bot
        .fake
        .calls()
        .into_iter()
        .filter(|c| c.is("sendMessage") && c.chat_id() == Some(5001))
        .collect();
    assert_eq!(sends.len(), 2, "one refused, one delivered: {sends:#?}");
    assert_eq!(sends[0].status, 429);
    assert!(
        sends[1].at - sends[0].at >= Duration::from_secs(2),
        "retried after {:?}",
        sends[1].at - sends[0].at
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_a_500_the_message_is_sent_again() {
    let bot = spawn_bot().await;
    let store = bot.store().await;
    bot.fake.add_user(5002, "Fatima", Some("ar"));
    let fatima = known_person(&store, 5002, Lang::of("ar")).await;
    bot.fake
        .fail_next("sendMessage", Some(5002), Failure::ServerError);

    enqueue(&store, &[(fatima, text("A family asks for help"))]).await;
    wait_for_outbox(&store, "delivered", 1, Duration::from_secs(40)).await;

    let statuses: Vec<_> = bot
        .fake
        .calls()
        .into_iter()
        .filter(|c| c.is("sendMessage") && c.chat_id() == Some(5002))
        .map(|c| c.status)
        .collect();
    assert_eq!(statuses, [500, 200]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_who_blocked_the_bot_is_marked_unreachable_and_not_tried_again() {
    let bot = spawn_bot().await;
    let store = bot.store().await;
    bot.fake.add_user(5003, "Omar", Some("ar"));
    let omar = known_person(&store, 5003, Lang::of("ar")).await;
    bot.fake.block(5003);

    enqueue(&store, &[(omar, text("The café is on Thursday"))]).await;
    wait_for_outbox(&store, "unreachable", 1, Duration::from_secs(20)).await;
    tokio::time::sleep(Duration::from_secs(3)).await;

    let tries = bot
        .fake
        .calls()
        .into_iter()
        .filter(|c| c.chat_id() == Some(5003))
        .count();
    assert_eq!(tries, 1, "a blocked person is tried once");
    assert_eq!(outbox(&store, "pending").await, 0);
    let mut tx = store.begin().await.unwrap();
    let queued = tx
        .enqueue(
            omar,
            &text("Anyone there?"),
            chrono::Utc::now(),
            chrono::Utc::now(),
        )
        .await
        .unwrap();
    assert_eq!(
        queued, None,
        "nothing more is queued for an unreachable person"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_text_goes_in_parts_at_line_breaks_with_its_markup_escaped() {
    let bot = spawn_bot().await;
    let store = bot.store().await;
    bot.fake.add_user(5004, "Mette", Some("da"));
    let mette = known_person(&store, 5004, Lang::of("da")).await;
    let line = "Dialogmøde <torsdag> & café kl. 17:00 i Ballerup Bibliotek\n";
    let long = line.repeat(150);

    enqueue(&store, &[(mette, text(&long))]).await;
    wait_for_outbox(&store, "delivered", 1, Duration::from_secs(20)).await;

    let messages = bot.fake.messages(5004);
    assert!(messages.len() >= 3, "{} parts", messages.len());
    for message in &messages {
        assert!(message.text.chars().map(char::len_utf16).sum::<usize>() <= 4096);
        assert!(
            message.text.ends_with("17:00 i Ballerup Bibliotek"),
            "split mid-line"
        );
    }
    let shown: Vec<_> = messages.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(shown.join("\n"), long.trim_end());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_from_telegram_is_copied_and_one_from_elsewhere_is_uploaded() {
    let bot = spawn_bot().await;
    let store = bot.store().await;
    let fatima_user = bot.fake.add_user(5005, "Fatima", Some("ar"));
    bot.fake.add_user(5006, "Amal", Some("ar"));
    let fatima = known_person(&store, 5005, Lang::of("ar")).await;
    let amal = known_person(&store, 5006, Lang::of("ar")).await;
    // Fatima's voice note, already on Telegram in her chat with the bot.
    let voice = bot.fake.user_sends_voice(&fatima_user, b"OggS voice");
    let stored = store
        .save_file(
            fatima,
            None,
            "letter.pdf",
            "application/pdf",
            b"%PDF-1.4 letter",
            chrono::Utc::now(),
        )
        .await
        .unwrap();
    let with = |attachment: Attachment| Reply {
        attachment: Some(attachment),
        ..Reply::text(Lang::of("ar"), "رسالة من فاطمة".into())
    };

    enqueue(
        &store,
        &[
            (
                amal,
                with(Attachment {
                    kind: AttachmentKind::Voice,
                    file_id: Some(stored),
                    inline: None,
                    file_name: "voice.ogg".into(),
                    mime: "audio/ogg".into(),
                    native: Some(NativeFile {
                        platform: Platform::Telegram,
                        chat_id: "5005".into(),
                        message_id: voice.to_string(),
                    }),
                }),
            ),
            (
                amal,
                with(Attachment {
                    kind: AttachmentKind::Document,
                    file_id: Some(stored),
                    inline: None,
                    file_name: "letter.pdf".into(),
                    mime: "application/pdf".into(),
                    native: None,
                }),
            ),
        ],
    )
    .await;
    wait_for_outbox(&store, "delivered", 2, Duration::from_secs(20)).await;

    let calls = bot.fake.calls();
    let copy = calls
        .iter()
        .find(|c| c.is("copyMessage"))
        .expect("a copyMessage");
    assert_eq!(copy.params["from_chat_id"], 5005);
    assert_eq!(copy.params["message_id"], voice);
    assert!(!calls.iter().any(|c| c.is("forwardMessage")));
    let upload = calls
        .iter()
        .find(|c| c.is("sendDocument"))
        .expect("a sendDocument");
    assert_eq!(upload.params["document"]["uploaded"], "letter.pdf");
    assert_eq!(upload.params["document"]["size"], 15);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_photo_sent_to_the_bot_is_fetched_with_get_file_and_downloaded() {
    let bot = spawn_bot().await;
    let amal = crate::helpers::TestBot::user(&bot, 5007, "Amal", "ar");
    amal.says("/start").await;

    // Before she agreed to the notice and is in a conversation, nothing is fetched: she is
    // told, in her language, that a file is not expected here.
    let answer = amal.sends_photo(b"\xff\xd8\xff a letter", "").await;
    assert!(
        !bot.fake.calls().iter().any(|c| c.is("getFile")),
        "a file nobody would take is not fetched"
    );
    let not_expected = velkommen_core::Locales::load()
        .unwrap()
        .text(velkommen_core::Lang::of("ar"), "file-not-expected");
    assert!(answer.text().contains(&not_expected), "{}", answer.text());

    // In a conversation with a volunteer, it is.
    let store = bot.store().await;
    let person = store
        .person_at(&velkommen_core::Address::new(
            velkommen_core::Platform::Telegram,
            "5007",
        ))
        .await
        .unwrap()
        .expect("Amal");
    let now = velkommen_core::chrono::Utc::now();
    store
        .set_consent(
            person.id,
            velkommen_core::domain::Consent::Agreed,
            false,
            now,
        )
        .await
        .unwrap();
    let relaying = velkommen_core::engine::State::Relaying {
        request: velkommen_core::ids::RequestId::try_from(1).unwrap(),
    };
    store
        .save_state(person.id, &relaying.to_stored(), now)
        .await
        .unwrap();
    amal.sends_photo(b"\xff\xd8\xff a letter", "").await;

    let calls = bot.fake.calls();
    let get_file = calls.iter().find(|c| c.is("getFile")).expect("getFile");
    assert!(
        !get_file.params["file_id"]
            .as_str()
            .unwrap()
            .ends_with("-small"),
        "the largest size is fetched"
    );
    assert!(
        calls
            .iter()
            .any(|c| c.method == velkommen_telegram_fake::DOWNLOAD && c.ok()),
        "the file was downloaded from the file URL under TELEGRAM_API_URL"
    );
}
