use velkommen_core::action::{AccountAction, NewcomerAction};
use velkommen_core::category::Category;
use velkommen_core::{Action, Lang};

use crate::helpers::{actions, first_offer, spawn_app, text};

#[tokio::test]
async fn first_contact_shows_the_picker_preselected_from_the_platform_hint() {
    let app = spawn_app().await;
    for (who, hint, first) in [
        ("a", "ar-SA", Lang::of("ar")),
        ("b", "da", Lang::of("da")),
        ("c", "tr", Lang::of("en")),
    ] {
        let replies = app
            .send(who, Some(hint), velkommen_core::Input::Text("hi".into()))
            .await;
        assert_eq!(replies.len(), 1);
        let labels: Vec<&str> = replies[0]
            .buttons
            .iter()
            .flatten()
            .map(|b| b.label.as_str())
            .collect();
        assert_eq!(labels[0], format!("✓ {}", first.own_name()));
        assert_eq!(labels.len(), Lang::all().len());
        assert!(
            replies[0]
                .text
                .starts_with(&app.t(first, "language-picker"))
        );
        for lang in Lang::all() {
            assert!(replies[0].text.contains(&app.t(lang, "language-picker")));
        }
    }
}

#[tokio::test]
async fn a_newcomer_asks_for_an_offer_with_a_note_in_every_language() {
    let app = spawn_app().await;
    for lang in Lang::all() {
        let who = format!("newcomer-{lang}");
        // Arrange
        let menu = app.newcomer(&who, lang).await;
        assert!(text(&menu).contains(&app.t(lang, "menu-title")));
        let list = app
            .press(&who, NewcomerAction::Category(Category::Learn))
            .await;
        let offer = first_offer(&list);
        let details = app.press(&who, NewcomerAction::Offer(offer)).await;
        assert!(text(&details).contains(&app.t(lang, "offer-kind-volunteer")));
        // Act
        let prompt = app.press(&who, NewcomerAction::Interested(offer)).await;
        assert!(actions(&prompt).contains(&NewcomerAction::SkipNote(offer).into()));
        let sent = app.text(&who, "نحن ٥ أشخاص / we are 5").await;
        // Assert
        let title = details[0].text.lines().next().unwrap().to_owned();
        let expected =
            app.engine
                .locales()
                .format(lang, "request-sent", &[("offer", (&title).into())]);
        assert!(text(&sent).contains(&expected), "{}", text(&sent));
        let mine = app.press(&who, NewcomerAction::MyRequests).await;
        assert!(text(&mine).contains(&app.t(lang, "request-status-open")));
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM requests WHERE status = 'open' AND note IS NOT NULL")
            .await,
        Lang::all().len() as i64
    );
}

#[tokio::test]
async fn asking_twice_for_the_same_offer_points_to_the_first_request() {
    let app = spawn_app().await;
    app.newcomer("amal", Lang::of("ar")).await;
    let offer = app.ask_for("amal", Category::Help, None).await;
    let again = app.press("amal", NewcomerAction::Interested(offer)).await;
    assert!(actions(&again).contains(&NewcomerAction::MyRequests.into()));
    assert_eq!(app.count("SELECT COUNT(*) FROM requests").await, 1);
}

#[tokio::test]
async fn a_request_is_cancelled_only_after_confirmation() {
    let app = spawn_app().await;
    for lang in Lang::all() {
        let who = format!("p-{lang}");
        app.newcomer(&who, lang).await;
        app.ask_for(&who, Category::Family, None).await;
        let mine = app.press(&who, NewcomerAction::MyRequests).await;
        let cancel = actions(&mine)
            .into_iter()
            .find(|a| matches!(a, Action::Newcomer(NewcomerAction::CancelRequest(_))))
            .unwrap();
        let Action::Newcomer(NewcomerAction::CancelRequest(id)) = cancel else {
            unreachable!()
        };
        let confirm = app.press(&who, cancel).await;
        assert!(
            text(&confirm).contains(&app.t(lang, "request-cancel-yes"))
                || actions(&confirm).contains(&NewcomerAction::ConfirmCancelRequest(id).into())
        );
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM requests WHERE id = {id} AND status = 'open'"
            ))
            .await,
            1
        );
        let done = app
            .press(&who, NewcomerAction::ConfirmCancelRequest(id))
            .await;
        assert!(text(&done).contains(&app.t(lang, "request-status-cancelled")));
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM requests WHERE id = {id} AND status = 'cancelled'"
            ))
            .await,
            1
        );
    }
}

#[tokio::test]
async fn a_drop_in_offer_says_come_by_shows_its_place_and_where_to_go_next() {
    let app = spawn_app().await;
    app.newcomer("amal", Lang::of("ar")).await;
    let list = app
        .press("amal", NewcomerAction::Category(Category::Meet))
        .await;
    let mut found_place = false;
    for action in actions(&list) {
        let Action::Newcomer(NewcomerAction::Offer(id)) = action else {
            continue;
        };
        let details = app.press("amal", NewcomerAction::Offer(id)).await;
        if text(&details).contains(&app.t(Lang::of("ar"), "offer-kind-drop-in")) {
            assert!(!actions(&details).contains(&NewcomerAction::Interested(id).into()));
            // Not a dead end: a person to ask, and what is coming up.
            assert!(actions(&details).contains(&NewcomerAction::Ask.into()));
            assert!(actions(&details).contains(&NewcomerAction::UpcomingEvents.into()));
            found_place |= details[0].place.is_some();
        }
    }
    assert!(found_place, "the library café has a place with coordinates");
}

#[tokio::test]
async fn a_question_is_stored_for_the_coordinators() {
    let app = spawn_app().await;
    for lang in Lang::all() {
        let who = format!("q-{lang}");
        app.newcomer(&who, lang).await;
        let prompt = app.press(&who, NewcomerAction::Ask).await;
        assert!(text(&prompt).contains(&app.t(lang, "question-prompt")));
        let sent = app.text(&who, "Hvad betyder brevet fra kommunen?").await;
        assert!(text(&sent).contains(&app.t(lang, "question-sent")));
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM questions WHERE status = 'open'")
            .await,
        Lang::all().len() as i64
    );
}

#[tokio::test]
async fn changing_language_mid_note_keeps_the_note_prompt() {
    let app = spawn_app().await;
    app.newcomer("amal", Lang::of("en")).await;
    let offer = first_offer(
        &app.press("amal", NewcomerAction::Category(Category::Help))
            .await,
    );
    app.press("amal", NewcomerAction::Interested(offer)).await;
    let picker = app.press("amal", AccountAction::ChooseLanguage).await;
    assert!(actions(&picker).contains(&AccountAction::SetLanguage(Lang::of("ar")).into()));
    let changed = app
        .press("amal", AccountAction::SetLanguage(Lang::of("ar")))
        .await;
    assert!(text(&changed).contains(&app.t(Lang::of("ar"), "language-changed")));
    assert!(actions(&changed).contains(&NewcomerAction::SkipNote(offer).into()));
    app.text("amal", "أحتاج مساعدة في رسالة").await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM requests WHERE lang = 'ar'")
            .await,
        1
    );
}

#[tokio::test]
async fn every_screen_offers_the_way_to_change_language() {
    let app = spawn_app().await;
    app.newcomer("amal", Lang::of("ar")).await;
    let offer = first_offer(
        &app.press("amal", NewcomerAction::Category(Category::Learn))
            .await,
    );
    for action in [
        Action::from(AccountAction::Menu),
        Action::from(NewcomerAction::Categories),
        Action::from(NewcomerAction::Category(Category::Home)),
        Action::from(NewcomerAction::Offer(offer)),
        Action::from(NewcomerAction::MyRequests),
        Action::from(AccountAction::Help),
        Action::from(AccountAction::MyData),
        Action::from(NewcomerAction::Interested(offer)),
    ] {
        let replies = app.press("amal", action).await;
        assert!(
            actions(&replies).contains(&AccountAction::ChooseLanguage.into()),
            "{action:?}"
        );
    }
}

#[tokio::test]
async fn help_lists_the_commands_in_every_language() {
    let app = spawn_app().await;
    for lang in Lang::all() {
        let who = format!("h-{lang}");
        app.newcomer(&who, lang).await;
        let help = app.command(&who, "help").await;
        for command in ["/start", "/language", "/mydata", "/delete"] {
            assert!(text(&help).contains(command), "{lang}: {command}");
        }
    }
}

#[tokio::test]
async fn a_deep_link_opens_the_offer_after_the_privacy_notice() {
    let app = spawn_app().await;
    let offer = first_offer(&{
        app.newcomer("scout", Lang::of("da")).await;
        app.press("scout", NewcomerAction::Category(Category::Learn))
            .await
    });
    app.send(
        "amal",
        Some("ar"),
        velkommen_core::Input::Command(velkommen_core::engine::Command::named(
            "start",
            &format!("offer-{offer}"),
        )),
    )
    .await;
    app.press("amal", AccountAction::SetLanguage(Lang::of("ar")))
        .await;
    let after = app
        .press(
            "amal",
            velkommen_core::action::AccountAction::Privacy(
                velkommen_core::action::PrivacyChoice::Agree,
            ),
        )
        .await;
    assert!(actions(&after).contains(&NewcomerAction::Interested(offer).into()));
    // Known people go straight to it.
    let again = app.command("scout", &format!("start offer-{offer}")).await;
    assert!(actions(&again).contains(&NewcomerAction::Interested(offer).into()));
}
