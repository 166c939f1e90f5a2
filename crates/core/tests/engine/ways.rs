//! Ways through that people got lost in: words at the menu, agreeing from an offer, their
//! requests, going back in the sign-up.

use velkommen_core::action::{AccountAction, NewcomerAction, PrivacyChoice, VolunteerAction};
use velkommen_core::category::Category;
use velkommen_core::{Input, Lang, Settings};

use crate::helpers::{actions, first_offer, spawn_app, spawn_app_with, text};

#[tokio::test]
async fn words_at_the_menu_can_be_sent_as_a_question_in_every_language() {
    let app = spawn_app().await;
    for lang in Lang::all() {
        let who = format!("w-{lang}");
        app.newcomer(&who, lang).await;
        let offered = app.text(&who, "Hvad betyder brevet fra SKAT?").await;
        assert!(text(&offered).contains("Hvad betyder brevet fra SKAT?"));
        let sent = app.press(&who, NewcomerAction::SendAsQuestion).await;
        assert!(
            text(&sent).contains(&app.t(lang, "question-sent")),
            "{lang}"
        );
        // The button of an offer already answered sends nothing twice.
        let again = app.press(&who, NewcomerAction::SendAsQuestion).await;
        assert!(text(&again).contains(&app.t(lang, "button-expired")));
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM questions WHERE body = 'Hvad betyder brevet fra SKAT?'")
            .await,
        Lang::all().len() as i64
    );
}

#[tokio::test]
async fn words_of_someone_who_said_no_to_the_notice_or_of_a_coordinator_are_not_offered_as_a_question()
 {
    let settings = Settings {
        staff: vec!["terminal:karen=roede-kors".parse().unwrap()],
        ..Settings::default()
    };
    let app = spawn_app_with(settings).await;
    let lang = Lang::of("da");
    app.send("nej", Some("da"), Input::Text("hej".into())).await;
    app.press("nej", AccountAction::SetLanguage(lang)).await;
    app.press("nej", AccountAction::Privacy(PrivacyChoice::Decline))
        .await;
    app.send("karen", Some("da"), Input::Text("hej".into()))
        .await;
    app.press("karen", AccountAction::SetLanguage(lang)).await;
    app.press("karen", AccountAction::Privacy(PrivacyChoice::Agree))
        .await;
    for who in ["nej", "karen"] {
        let replies = app.text(who, "Hvor er biblioteket?").await;
        assert!(
            text(&replies).contains(&app.t(lang, "not-understood")),
            "{who}"
        );
        assert!(!actions(&replies).contains(&NewcomerAction::SendAsQuestion.into()));
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM questions").await, 0);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM conversations WHERE state LIKE '%biblioteket%'")
            .await,
        0,
        "nothing they wrote is kept"
    );
}

#[tokio::test]
async fn agreeing_to_the_notice_from_an_offer_comes_back_to_that_offer() {
    let app = spawn_app().await;
    for lang in Lang::all() {
        let who = format!("b-{lang}");
        app.send(&who, Some(lang.code()), Input::Text("hi".into()))
            .await;
        app.press(&who, AccountAction::SetLanguage(lang)).await;
        app.press(&who, AccountAction::Privacy(PrivacyChoice::Decline))
            .await;
        let offer = first_offer(
            &app.press(&who, NewcomerAction::Category(Category::Learn))
                .await,
        );
        let needed = app.press(&who, NewcomerAction::Interested(offer)).await;
        assert!(text(&needed).contains(&app.t(lang, "privacy-needed")));
        app.press(&who, AccountAction::ShowPrivacy).await;
        let back = app
            .press(&who, AccountAction::Privacy(PrivacyChoice::Agree))
            .await;
        assert!(
            actions(&back).contains(&NewcomerAction::Interested(offer).into()),
            "{lang}: the offer is on screen again: {}",
            text(&back)
        );
    }
}

#[tokio::test]
async fn cancelled_requests_are_listed_apart_and_not_counted_as_open() {
    let app = spawn_app().await;
    let lang = Lang::of("en");
    app.newcomer("amal", lang).await;
    let offers = app
        .press("amal", NewcomerAction::Category(Category::Learn))
        .await;
    let offer = first_offer(&offers);
    app.press("amal", NewcomerAction::Interested(offer)).await;
    app.press("amal", NewcomerAction::SkipNote(offer)).await;
    let id =
        velkommen_core::ids::RequestId::try_from(app.count("SELECT MAX(id) FROM requests").await)
            .unwrap();
    app.press("amal", NewcomerAction::ConfirmCancelRequest(id))
        .await;

    let mine = text(&app.press("amal", NewcomerAction::MyRequests).await);
    assert!(
        mine.contains(&app.t(lang, "my-requests-none-active")),
        "{mine}"
    );
    assert!(mine.contains(&app.t(lang, "my-requests-closed")), "{mine}");
    assert!(
        mine.contains(&app.t(lang, "request-status-cancelled")),
        "{mine}"
    );
}

#[tokio::test]
async fn every_sign_up_step_goes_back_keeping_what_was_chosen_and_can_change_language() {
    let app = spawn_app().await;
    app.newcomer("lars", Lang::of("da")).await;
    app.press("lars", VolunteerAction::SignUp).await;
    let groups = app.text("lars", "Lars").await;
    let group = actions(&groups)
        .into_iter()
        .find_map(|a| match a {
            velkommen_core::Action::Volunteer(VolunteerAction::ToggleGroup(g)) => Some(g),
            _ => None,
        })
        .expect("a group to choose");
    assert!(actions(&groups).contains(&VolunteerAction::SignupBack.into()));
    assert!(actions(&groups).contains(&AccountAction::ChooseLanguage.into()));
    app.press("lars", VolunteerAction::ToggleGroup(group)).await;
    let languages = app.press("lars", VolunteerAction::SignupNext).await;
    assert!(text(&languages).contains(&app.t(Lang::of("da"), "signup-languages")));

    // Back: the group is still ticked.
    let back = app.press("lars", VolunteerAction::SignupBack).await;
    assert!(text(&back).contains(&app.t(Lang::of("da"), "signup-groups")));
    assert!(
        back.iter()
            .flat_map(|r| r.buttons.iter().flatten())
            .any(|b| b.label.starts_with('✓')),
        "{back:#?}"
    );

    // A change of language keeps the step and what was chosen.
    app.press("lars", AccountAction::ChooseLanguage).await;
    let in_english = app
        .press("lars", AccountAction::SetLanguage(Lang::of("en")))
        .await;
    assert!(text(&in_english).contains(&app.t(Lang::of("en"), "signup-groups")));
    let next = app.press("lars", VolunteerAction::SignupNext).await;
    assert!(text(&next).contains(&app.t(Lang::of("en"), "signup-languages")));
}
