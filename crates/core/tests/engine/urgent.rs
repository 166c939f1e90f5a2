//! The urgent path to a human: danger words in every language and the "I need help now"
//! button are answered at once with numbers, and staff are told whatever the hour.

use serde::Deserialize;
use velkommen_core::action::{AccountAction, CoordinatorAction, NewcomerAction, PrivacyChoice};
use velkommen_core::store::Delivery;
use velkommen_core::{Action, Input, Lang, Platform, Reply, Settings};

use crate::helpers::{TestApp, actions, copenhagen, spawn_app_with, text};

#[derive(Deserialize)]
struct Examples {
    cry: Vec<Cry>,
    ordinary: Vec<Ordinary>,
}

#[derive(Deserialize)]
struct Cry {
    category: String,
    text: String,
}

#[derive(Deserialize)]
struct Ordinary {
    text: String,
}

/// The examples written in `folder`'s language, and the language their writers read the bot
/// in.
fn examples(folder: &str) -> (Lang, Examples) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/engine/safeguarding/{folder}.toml"));
    let examples = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    (Lang::try_from(folder).unwrap_or(Lang::of("en")), examples)
}

const FOLDERS: [&str; 4] = ["ar", "da", "en", "uk"];

/// Mette is municipal staff, Karen a Red Cross coordinator; it is 23:00, in quiet hours.
async fn app() -> TestApp {
    let settings = Settings {
        staff: vec![
            "admin@terminal:mette".parse().unwrap(),
            "terminal:karen=roede-kors".parse().unwrap(),
        ],
        ..Settings::default()
    };
    let app = spawn_app_with(settings).await;
    for who in ["mette", "karen"] {
        app.send(who, Some("da"), Input::Text("hej".into())).await;
        app.press(who, AccountAction::SetLanguage(Lang::of("da")))
            .await;
        app.press(who, AccountAction::Privacy(PrivacyChoice::Agree))
            .await;
    }
    app.clock.set(copenhagen(2026, 11, 26, 23, 0));
    app
}

fn has(replies: &[Reply], action: impl Into<Action>) -> bool {
    actions(replies).contains(&action.into())
}

/// Whether `replies` carry the urgent answer: 112, the numbers, that someone will write.
fn urgent(app: &TestApp, lang: Lang, replies: &[Reply]) -> bool {
    let shown = text(replies);
    shown.contains("112") && shown.contains(&app.t(lang, "urgent-told"))
}

#[tokio::test]
async fn every_kind_of_cry_for_help_in_every_language_is_answered_and_staff_are_told_at_night() {
    let app = app().await;
    let mut n = 0;
    for folder in FOLDERS {
        let (lang, examples) = examples(folder);
        for cry in examples.cry {
            n += 1;
            let who = format!("p{n}");
            app.newcomer(&who, lang).await;
            app.press(&who, NewcomerAction::Ask).await;
            let said = app.text(&who, &cry.text).await;
            assert!(
                urgent(&app, lang, &said),
                "{lang} {}: {:?} got no urgent answer: {}",
                cry.category,
                cry.text,
                text(&said)
            );
            let told = app.inbox("mette").await;
            assert!(
                actions(&told)
                    .iter()
                    .any(|a| matches!(a, Action::Coordinator(CoordinatorAction::TakeAlert(_)))),
                "{lang}: staff were not told of {:?}",
                cry.text
            );
        }
    }
    assert!(n >= 6 * 4 * 4, "only {n} examples");
}

#[tokio::test]
async fn ordinary_words_that_look_like_danger_do_not_raise_staff() {
    let app = app().await;
    let mut n = 0;
    for folder in FOLDERS {
        let (lang, examples) = examples(folder);
        for ordinary in examples.ordinary {
            n += 1;
            let who = format!("o{n}");
            app.newcomer(&who, lang).await;
            app.press(&who, NewcomerAction::Ask).await;
            let said = app.text(&who, &ordinary.text).await;
            assert!(
                !urgent(&app, lang, &said),
                "{lang}: {:?} raised the alarm",
                ordinary.text
            );
        }
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM alerts").await, 0);
    assert!(app.inbox("mette").await.is_empty());
}

#[tokio::test]
async fn the_help_now_button_shows_every_number_unbroken_and_widens_to_every_coordinator_after_ten_minutes()
 {
    let app = app().await;
    let menu = app.newcomer("amal", Lang::of("ar")).await;
    assert!(has(&menu, AccountAction::Urgent), "on the main menu");
    let coordinating = app.press("karen", AccountAction::Menu).await;
    assert!(
        has(&coordinating, AccountAction::Urgent),
        "on a coordinator's menu too: {}",
        text(&coordinating)
    );
    let said = app.press("amal", AccountAction::Urgent).await;
    assert!(urgent(&app, Lang::of("ar"), &said), "{}", text(&said));
    for number in ["112", "114", "1888", "70 201 201", "116 111", "1813"] {
        assert!(text(&said).contains(number), "{number} in {}", text(&said));
    }
    // Staff hear at once though it is night, before anything else waiting for them.
    let item = app
        .engine
        .store()
        .take_due_to(
            &velkommen_core::Address::new(Platform::Terminal, "mette"),
            app.engine.now(),
            10,
        )
        .await
        .unwrap();
    assert!(item.first().is_some_and(|i| i.urgent()), "{item:?}");
    for i in &item {
        app.engine
            .store()
            .record_delivery(i.id, &Delivery::Delivered, app.engine.now())
            .await
            .unwrap();
    }
    assert!(app.inbox("karen").await.is_empty());
    // Nobody took it: ten minutes on, Karen is told too.
    app.clock.advance(chrono::Duration::minutes(11));
    app.engine.tick().await.unwrap();
    let widened = app.inbox("karen").await;
    let take = actions(&widened)
        .into_iter()
        .find(|a| matches!(a, Action::Coordinator(CoordinatorAction::TakeAlert(_))))
        .expect("Karen is told");
    let taken = app.press("karen", take).await;
    assert!(text(&taken).contains(&app.t(Lang::of("da"), "alert-taken")));
    // Taken once only.
    let again = app.press("mette", take).await;
    assert!(text(&again).contains(&app.t(Lang::of("da"), "claim-lost")));
}

#[tokio::test]
async fn a_question_that_is_a_cry_for_help_is_kept_once_for_staff_to_answer() {
    let app = app().await;
    app.newcomer("amal", Lang::of("en")).await;
    app.press("amal", NewcomerAction::Ask).await;
    let said = app.text("amal", "my husband hits me every night").await;
    assert!(urgent(&app, Lang::of("en"), &said));
    assert!(text(&said).contains(&app.t(Lang::of("en"), "question-sent")));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM questions WHERE body LIKE '%husband hits%'")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM alerts WHERE question_id IS NOT NULL")
            .await,
        1
    );
    // More words of the same kind within minutes are answered with the numbers again, and
    // do not call staff in twice.
    let again = app.text("amal", "he hits me").await;
    assert!(urgent(&app, Lang::of("en"), &again));
    assert_eq!(app.count("SELECT COUNT(*) FROM alerts").await, 1);
}

#[tokio::test]
async fn the_one_on_duty_hears_first_and_out_of_hours_every_member_of_staff_does() {
    // Lars is on duty on weekdays from 8 to 16; Mette is staff too.
    let settings = Settings {
        staff: vec![
            "admin@terminal:mette".parse().unwrap(),
            "admin@terminal:lars".parse().unwrap(),
        ],
        duty: vec!["terminal:lars mon-fri 08-16".parse().unwrap()],
        ..Settings::default()
    };
    let app = spawn_app_with(settings).await;
    for who in ["mette", "lars"] {
        app.send(who, Some("da"), Input::Text("hej".into())).await;
        app.press(who, AccountAction::SetLanguage(Lang::of("da")))
            .await;
        app.press(who, AccountAction::Privacy(PrivacyChoice::Agree))
            .await;
    }
    let is_alert = |replies: &[Reply]| {
        actions(replies)
            .iter()
            .any(|a| matches!(a, Action::Coordinator(CoordinatorAction::TakeAlert(_))))
    };

    // Thursday noon: Lars at once, Mette only when nobody took it in ten minutes.
    app.clock.set(copenhagen(2026, 11, 26, 12, 0));
    app.newcomer("amal", Lang::of("ar")).await;
    app.press("amal", AccountAction::Urgent).await;
    assert!(is_alert(&app.inbox("lars").await));
    assert!(!is_alert(&app.inbox("mette").await));
    app.clock.advance(chrono::Duration::minutes(11));
    app.engine.tick().await.unwrap();
    assert!(is_alert(&app.inbox("mette").await), "widened to Mette");
    assert!(
        !is_alert(&app.inbox("lars").await),
        "Lars is not told twice"
    );

    // Thursday night, nobody on duty: every member of staff at once.
    app.clock.set(copenhagen(2026, 11, 26, 23, 0));
    app.newcomer("omar", Lang::of("ar")).await;
    app.press("omar", AccountAction::Urgent).await;
    assert!(is_alert(&app.inbox("lars").await));
    assert!(is_alert(&app.inbox("mette").await));
}
