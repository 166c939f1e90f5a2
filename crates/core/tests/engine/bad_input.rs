use velkommen_core::action::{AccountAction, NewcomerAction};
use velkommen_core::category::Category;
use velkommen_core::ids::{OfferId, RequestId};
use velkommen_core::{Input, Lang, Platform};

use crate::helpers::{actions, first_offer, spawn_app, text};

#[tokio::test]
async fn forged_and_stale_payloads_get_button_expired_and_the_current_screen() {
    let app = spawn_app().await;
    for lang in Lang::all() {
        let who = format!("f-{lang}");
        app.newcomer(&who, lang).await;
        for payload in [
            "",
            "garbage",
            "1:o:0",
            "1:o:007",
            "2:m",
            "1:xy:1",
            &"1:m".repeat(40),
            "1:o:999999",
        ] {
            let replies = app
                .send(&who, None, Input::Button(payload.to_owned()))
                .await;
            let shown = text(&replies);
            let expected = if payload == "1:o:999999" {
                "offer-unknown"
            } else {
                "button-expired"
            };
            assert!(
                shown.contains(&app.t(lang, expected)),
                "{lang} {payload:?}: {shown}"
            );
            assert!(
                !actions(&replies).is_empty(),
                "the current menu comes with it"
            );
        }
    }
}

#[tokio::test]
async fn nobody_can_cancel_or_see_another_persons_request() {
    let app = spawn_app().await;
    app.newcomer("amal", Lang::of("ar")).await;
    app.newcomer("mallory", Lang::of("en")).await;
    app.ask_for("amal", Category::Help, None).await;
    let id = RequestId::try_from(app.count("SELECT id FROM requests").await).unwrap();

    for forged in [
        NewcomerAction::CancelRequest(id),
        NewcomerAction::ConfirmCancelRequest(id),
    ] {
        let replies = app.press("mallory", forged).await;
        assert!(text(&replies).contains(&app.t(Lang::of("en"), "button-expired")));
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM requests WHERE status = 'open'")
            .await,
        1
    );
}

#[tokio::test]
async fn a_skip_note_button_for_another_offer_or_outside_the_note_step_is_expired() {
    let app = spawn_app().await;
    app.newcomer("amal", Lang::of("da")).await;
    let offer = first_offer(
        &app.press("amal", NewcomerAction::Category(Category::Help))
            .await,
    );
    let other = OfferId::try_from(offer.get() + 1).unwrap();
    let replies = app.press("amal", NewcomerAction::SkipNote(offer)).await;
    assert!(text(&replies).contains(&app.t(Lang::of("da"), "button-expired")));
    app.press("amal", NewcomerAction::Interested(offer)).await;
    let replies = app.press("amal", NewcomerAction::SkipNote(other)).await;
    assert!(text(&replies).contains(&app.t(Lang::of("da"), "button-expired")));
    assert!(
        actions(&replies).contains(&NewcomerAction::SkipNote(offer).into()),
        "still at the note prompt"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM requests").await, 0);
}

#[tokio::test]
async fn confirm_delete_outside_the_confirmation_deletes_nothing() {
    let app = spawn_app().await;
    app.newcomer("amal", Lang::of("ar")).await;
    let replies = app.press("amal", AccountAction::ConfirmDelete).await;
    assert!(text(&replies).contains(&app.t(Lang::of("ar"), "button-expired")));
    assert_eq!(app.count("SELECT COUNT(*) FROM people").await, 1);
}

#[tokio::test]
async fn unknown_text_emoji_and_invisible_text_get_a_friendly_answer() {
    let app = spawn_app().await;
    for lang in Lang::all() {
        let who = format!("t-{lang}");
        app.newcomer(&who, lang).await;
        for (input, said) in [
            ("👍🙂", app.t(lang, "not-understood")),
            ("\u{200B}\u{200D}", app.t(lang, "not-understood")),
            (
                &"x".repeat(10_000),
                app.engine
                    .locales()
                    .format(lang, "message-too-long", &[("max", 2000_i64.into())]),
            ),
        ] {
            let replies = app.text(&who, input).await;
            assert!(text(&replies).contains(&said), "{lang}");
            assert!(
                actions(&replies).contains(&NewcomerAction::Categories.into()),
                "the menu comes with it"
            );
        }
        // Words at the menu may be a question for a person: they are offered to be sent as one.
        let offered = app.text(&who, "what?").await;
        assert!(text(&offered).contains("what?"), "{lang}");
        assert!(actions(&offered).contains(&NewcomerAction::SendAsQuestion.into()));
        assert!(actions(&offered).contains(&AccountAction::Menu.into()));
        let replies = app.command(&who, "frobnicate").await;
        assert!(text(&replies).contains("/frobnicate"));
    }
}

#[tokio::test]
async fn an_over_long_or_empty_note_is_refused_and_the_note_step_kept() {
    let app = spawn_app().await;
    for lang in Lang::all() {
        let who = format!("n-{lang}");
        app.newcomer(&who, lang).await;
        let offer = first_offer(
            &app.press(&who, NewcomerAction::Category(Category::Help))
                .await,
        );
        app.press(&who, NewcomerAction::Interested(offer)).await;
        let long = app.text(&who, &"ب".repeat(10_000)).await;
        let expected =
            app.engine
                .locales()
                .format(lang, "message-too-long", &[("max", 500_i64.into())]);
        assert!(text(&long).contains(&expected), "{}", text(&long));
        let empty = app.text(&who, "🙂\u{200B}").await;
        assert!(text(&empty).contains(&app.t(lang, "note-empty")));
        assert!(actions(&empty).contains(&NewcomerAction::SkipNote(offer).into()));
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM requests").await, 0);
}

#[tokio::test]
async fn a_button_from_before_a_delete_starts_over_with_the_picker() {
    let app = spawn_app().await;
    app.newcomer("amal", Lang::of("ar")).await;
    app.command("amal", "delete").await;
    app.press("amal", AccountAction::ConfirmDelete).await;
    let replies = app
        .send(
            "amal",
            Some("ar"),
            Input::Button(NewcomerAction::MyRequests.encode()),
        )
        .await;
    assert!(text(&replies).contains(&app.t(Lang::of("ar"), "button-expired")));
    assert!(actions(&replies).contains(&AccountAction::SetLanguage(Lang::of("ar")).into()));
}

#[tokio::test]
async fn a_double_tap_on_send_stores_one_request_and_fails_nobody() {
    let app = spawn_app().await;
    app.newcomer("amal", Lang::of("ar")).await;
    let offer = first_offer(
        &app.press("amal", NewcomerAction::Category(Category::Help))
            .await,
    );
    app.press("amal", NewcomerAction::Interested(offer)).await;
    let (a, b) = tokio::join!(
        app.press("amal", NewcomerAction::SkipNote(offer)),
        app.press("amal", NewcomerAction::SkipNote(offer))
    );
    for replies in [a, b] {
        assert_ne!(
            text(&replies),
            app.t(Lang::of("ar"), "something-went-wrong")
        );
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM requests").await, 1);
}

#[tokio::test]
async fn a_flood_from_one_person_is_answered_once_then_dropped_while_others_are_served() {
    let app = crate::helpers::spawn_app().await;
    let flood = |text: &str| Input::Text(text.to_owned());
    app.send_on(Platform::Telegram, "floods", Some("da"), flood("hej"))
        .await;
    // 20 actions in ten seconds are fine (the first above was one of them).
    for _ in 0..19 {
        let said = app
            .send_on(Platform::Telegram, "floods", None, flood("hej"))
            .await;
        assert!(!said.is_empty());
    }
    let slow_down = app
        .send_on(Platform::Telegram, "floods", None, flood("hej"))
        .await;
    assert_eq!(text(&slow_down), app.t(Lang::of("da"), "too-fast"));
    for _ in 0..50 {
        let dropped = app
            .send_on(Platform::Telegram, "floods", None, flood("hej"))
            .await;
        assert!(dropped.is_empty(), "dropped without work");
    }
    // A cry for help is never held back.
    let cry = app
        .send_on(
            Platform::Telegram,
            "floods",
            None,
            flood("I want to kill myself"),
        )
        .await;
    assert!(text(&cry).contains("112"), "{}", text(&cry));
    // Someone else is served all along; the flooder again once there is room.
    let other = app
        .send_on(Platform::Telegram, "other", Some("en"), flood("hello"))
        .await;
    assert!(!other.is_empty());
    // A flood that goes on, ten a second for fifteen seconds, is told once: not again
    // each time a slot frees and one more action is let through.
    let mut told = 0;
    let mut served = 0;
    for _ in 0..150 {
        app.clock.advance(chrono::Duration::milliseconds(100));
        let said = app
            .send_on(Platform::Telegram, "steady", Some("da"), flood("hej"))
            .await;
        match text(&said) {
            t if t == app.t(Lang::of("da"), "too-fast") => told += 1,
            t if !t.is_empty() => served += 1,
            _ => {}
        }
    }
    assert_eq!(told, 1);
    assert!((25..=40).contains(&served), "{served} served");
    app.clock.advance(chrono::Duration::seconds(11));
    let again = app
        .send_on(Platform::Telegram, "floods", None, flood("hej"))
        .await;
    assert!(!again.is_empty() && text(&again) != app.t(Lang::of("da"), "too-fast"));
}

#[tokio::test]
async fn past_the_limit_of_new_people_a_newcomer_is_asked_to_come_back_and_nothing_is_stored() {
    let app = crate::helpers::spawn_app_with(velkommen_core::Settings {
        limits: velkommen_core::engine::Limits {
            new_people_per_minute: 3,
            ..velkommen_core::engine::Limits::default()
        },
        ..velkommen_core::Settings::default()
    })
    .await;
    for n in 0..3 {
        app.send_on(
            Platform::Discord,
            &format!("d{n}"),
            Some("en"),
            Input::Text("hi".into()),
        )
        .await;
    }
    let busy = app
        .send_on(
            Platform::Discord,
            "late",
            Some("ar"),
            Input::Text("hi".into()),
        )
        .await;
    assert_eq!(text(&busy), app.t(Lang::of("ar"), "too-busy"));
    assert_eq!(app.count("SELECT COUNT(*) FROM people").await, 3);
    // Another platform, and a minute later, are served.
    let telegram = app
        .send_on(
            Platform::Telegram,
            "t1",
            Some("en"),
            Input::Text("hi".into()),
        )
        .await;
    assert_ne!(text(&telegram), app.t(Lang::of("en"), "too-busy"));
    app.clock.advance(chrono::Duration::seconds(61));
    let later = app
        .send_on(
            Platform::Discord,
            "late",
            Some("ar"),
            Input::Text("hi".into()),
        )
        .await;
    assert_ne!(text(&later), app.t(Lang::of("ar"), "too-busy"));
}
