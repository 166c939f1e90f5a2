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

const FOLDERS: [&str; 5] = ["ar", "da", "en", "prs", "uk"];

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
    // No-break spaces keep a number's digit groups together and in order in Arabic text.
    for number in ["112", "114", "1888", "70 201 201", "116 111", "1813"] {
        let unbroken = number.replace(' ', "\u{a0}");
        assert!(
            text(&said).contains(&unbroken),
            "{number} in {}",
            text(&said)
        );
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

/// The embedded patterns against the development set in `tests/safeguarding/`: a data change
/// that loses cries or raises false alarms fails here.
#[test]
fn the_patterns_hear_the_development_set_and_stay_quiet_at_its_ordinary_sentences() {
    let patterns = velkommen_core::safeguarding::Safeguarding::load().unwrap();
    let set = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/safeguarding");
    let mut files: Vec<_> = std::fs::read_dir(&set)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    files.sort();
    assert!(files.len() >= 4, "a set per language");
    let mut report = vec![];
    let (mut all_cries, mut all_caught, mut all_ordinary, mut all_alarms) = (0, 0, 0, 0);
    for file in files {
        let lang = file.file_stem().unwrap().to_string_lossy().into_owned();
        let (mut cries, mut caught, mut ordinary, mut alarms) = (0, 0, 0, 0);
        let mut per_category = std::collections::BTreeMap::<String, usize>::new();
        for line in std::fs::read_to_string(&file).unwrap().lines().skip(1) {
            let mut cells = line.splitn(3, '\t');
            let (category, _variety, text) = (
                cells.next().unwrap(),
                cells.next().unwrap(),
                cells.next().unwrap(),
            );
            *per_category.entry(category.to_owned()).or_default() += 1;
            let cry = patterns.check(text).is_some();
            match category {
                "ordinary" => {
                    ordinary += 1;
                    alarms += usize::from(cry);
                }
                _ => {
                    cries += 1;
                    caught += usize::from(cry);
                }
            }
        }
        // The set's own shape: enough of every kind, and a third ordinary.
        assert!(cries + ordinary >= 300, "{lang}: at least 300 sentences");
        for danger in velkommen_core::safeguarding::Danger::ALL {
            assert!(
                per_category.get(danger.code()).copied().unwrap_or(0) >= 40,
                "{lang}: at least 40 of {}",
                danger.code()
            );
        }
        assert!(
            ordinary * 10 >= (cries + ordinary) * 3,
            "{lang}: 30 % ordinary"
        );
        let recall = caught as f64 / cries as f64;
        let false_alarms = alarms as f64 / ordinary as f64;
        report.push(format!(
            "{lang}: recall {:.1} %, false alarms {:.1} %",
            recall * 100.0,
            false_alarms * 100.0
        ));
        all_cries += cries;
        all_caught += caught;
        all_ordinary += ordinary;
        all_alarms += alarms;
    }
    let recall = all_caught as f64 / all_cries as f64;
    let false_alarms = all_alarms as f64 / all_ordinary as f64;
    assert!(
        recall >= 0.97 && false_alarms <= 0.02,
        "recall {:.2} % (97 % asked), false alarms {:.2} % (2 % at most): {report:?}; \
         `cargo bench -p velkommen-core --bench safeguarding` lists every miss",
        recall * 100.0,
        false_alarms * 100.0
    );
}

/// Mette and Karen as in [`app`], with the municipality's own numbers and where to report a
/// concern for a child configured.
async fn app_with_numbers() -> TestApp {
    let settings = Settings {
        staff: vec![
            "admin@terminal:mette".parse().unwrap(),
            "terminal:karen=roede-kors".parse().unwrap(),
        ],
        safeguarding: velkommen_core::engine::Safeguard {
            municipality_phone: Some("44 77 20 00".into()),
            after_hours_phone: Some("44 77 10 10".into()),
            child_concern: Some("https://underretning.ballerup.dk".into()),
            ..Default::default()
        },
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

fn take_of(replies: &[Reply]) -> Option<Action> {
    actions(replies)
        .into_iter()
        .find(|a| matches!(a, Action::Coordinator(CoordinatorAction::TakeAlert(_))))
}

#[tokio::test]
async fn each_helpline_reads_name_then_danish_name_then_the_number_once_in_every_language() {
    let app = app_with_numbers().await;
    for lang in Lang::all() {
        let who = format!("n-{}", lang.code());
        app.newcomer(&who, lang).await;
        let said = text(&app.press(&who, AccountAction::Urgent).await);
        let lines: Vec<&str> = said.lines().filter(|l| l.starts_with("☎️")).collect();
        assert!(lines.len() >= 9, "{lang}: {said}");
        for line in &lines {
            // Every digit group of the number, once: no name holds the number.
            let number: String = line
                .split(':')
                .nth(1)
                .unwrap()
                .split('·')
                .next()
                .unwrap()
                .trim()
                .to_owned();
            assert!(
                !number.contains(' '),
                "{lang}: no plain space splits {number:?}"
            );
            assert_eq!(line.matches(number.as_str()).count(), 1, "{lang}: {line}");
        }
        // The municipality's own numbers, from configuration.
        assert!(
            said.contains("44\u{a0}77\u{a0}20\u{a0}00"),
            "{lang}: {said}"
        );
        assert!(
            said.contains("44\u{a0}77\u{a0}10\u{a0}10"),
            "{lang}: {said}"
        );
        if lang != Lang::of("da") {
            assert!(
                said.contains("(\u{2068}Livslinien\u{2069})") || said.contains("(Livslinien)"),
                "{lang}: the Danish name in brackets: {said}"
            );
        }
    }
}

#[tokio::test]
async fn a_cry_at_the_menu_is_answered_and_not_offered_again_as_a_question() {
    let app = app().await;
    app.newcomer("amal", Lang::of("en")).await;
    let said = app.text("amal", "my husband hits me every night").await;
    assert!(urgent(&app, Lang::of("en"), &said), "{}", text(&said));
    assert!(
        !has(&said, NewcomerAction::SendAsQuestion),
        "not asked to send it as a question: {}",
        text(&said)
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM questions").await,
        1,
        "kept once for staff"
    );
}

#[tokio::test]
async fn what_is_not_understood_points_to_help_now_and_112_and_help_is_not_mistaken_for_it() {
    let app = app().await;
    for lang in Lang::all() {
        let not_understood = app.t(lang, "not-understood");
        assert!(
            not_understood.contains("112") && not_understood.contains("🆘"),
            "{lang}"
        );
        assert!(
            !app.t(lang, "menu-help")
                .contains(&app.t(lang, "menu-urgent")[5..]),
            "{lang}"
        );
    }
    // Text while the language is being chosen is not understood.
    app.send("zed", Some("en"), Input::Text("hello".into()))
        .await;
    let said = app.text("zed", "hello?").await;
    assert!(text(&said).contains("112"), "{}", text(&said));
}

#[tokio::test]
async fn staff_who_take_an_alert_write_at_once_and_close_it_with_an_outcome_counted_per_rule() {
    let app = app().await;
    app.newcomer("amal", Lang::of("en")).await;
    app.text("amal", "my husband hits me every night").await;
    let notice = app.inbox("mette").await;
    let take = take_of(&notice).expect("Mette is told");
    let taken = app.press("mette", take).await;
    let shown = actions(&taken);
    assert!(
        shown
            .iter()
            .any(|a| matches!(a, Action::Coordinator(CoordinatorAction::AnswerQuestion(_)))),
        "write to them at once: {}",
        text(&taken)
    );
    let close = shown
        .iter()
        .find_map(|a| match a {
            Action::Coordinator(CoordinatorAction::CloseAlert(
                id,
                velkommen_core::domain::AlertOutcome::Reached,
            )) => Some(*id),
            _ => None,
        })
        .expect("close with an outcome");
    // Karen, a group's coordinator, may not close Mette's alert.
    let refused = app
        .press(
            "karen",
            CoordinatorAction::CloseAlert(close, velkommen_core::domain::AlertOutcome::NotACry),
        )
        .await;
    assert!(text(&refused).contains(&app.t(Lang::of("da"), "button-expired")));
    let closed = app
        .press(
            "mette",
            CoordinatorAction::CloseAlert(close, velkommen_core::domain::AlertOutcome::Reached),
        )
        .await;
    assert!(text(&closed).contains(&app.t(Lang::of("da"), "alert-outcome-reached")));
    let outcomes = app.engine.store().alert_outcomes().await.unwrap();
    assert_eq!(outcomes.len(), 1);
    assert!(
        outcomes[0]
            .rule
            .as_deref()
            .is_some_and(|r| r.starts_with("en/")),
        "{outcomes:?}"
    );
    assert_eq!((outcomes[0].raised, outcomes[0].reached), (1, 1));
    // Closing twice is refused.
    let again = app
        .press(
            "mette",
            CoordinatorAction::CloseAlert(close, velkommen_core::domain::AlertOutcome::NoAnswer),
        )
        .await;
    assert!(text(&again).contains(&app.t(Lang::of("da"), "already-decided")));
}

#[tokio::test]
async fn the_answer_to_a_cry_never_quotes_it_and_other_answers_recall_forty_characters() {
    let app = app().await;
    app.newcomer("amal", Lang::of("en")).await;
    app.text("amal", "my husband hits me every night").await;
    let notice = app.inbox("mette").await;
    let answer = actions(&notice)
        .into_iter()
        .find(|a| matches!(a, Action::Coordinator(CoordinatorAction::AnswerQuestion(_))))
        .unwrap();
    app.press("mette", answer).await;
    app.text("mette", "Vi ringer til dig i morgen kl. 9").await;
    let got = text(&app.inbox("amal").await);
    assert!(
        got.contains(&app.t(Lang::of("en"), "question-answered-urgent")),
        "{got}"
    );
    assert!(
        !got.contains("husband"),
        "the cry is not quoted back: {got}"
    );

    app.newcomer("omar", Lang::of("en")).await;
    app.press("omar", NewcomerAction::Ask).await;
    app.text(
        "omar",
        "When does the library in Ballerup open on Saturdays, and can my children borrow books there?",
    )
    .await;
    app.press("mette", CoordinatorAction::Questions).await;
    let open = app.engine.store().open_questions().await.unwrap();
    let omar = open.iter().find(|q| q.body.contains("library")).unwrap();
    app.press("mette", CoordinatorAction::AnswerQuestion(omar.id))
        .await;
    app.text("mette", "Kl. 10-14.").await;
    let got = text(&app.inbox("omar").await);
    assert!(
        got.contains("\"When does the library in Ballerup open…\""),
        "{got}"
    );
    assert!(!got.contains("borrow"), "{got}");
}

#[tokio::test]
async fn an_alert_about_a_child_reminds_staff_of_the_duty_to_report_and_coordinators_hear_no_kind()
{
    let app = app_with_numbers().await;
    app.newcomer("amal", Lang::of("en")).await;
    app.text("amal", "my husband beats my son with a belt")
        .await;
    let notice = text(&app.inbox("mette").await);
    assert!(
        notice.contains(&app.t(Lang::of("da"), "alert-danger-child_in_danger")),
        "{notice}"
    );
    assert!(
        notice.contains("https://underretning.ballerup.dk"),
        "{notice}"
    );
    // Nobody took it: Karen, a group's coordinator, hears only that someone needs help.
    app.clock.advance(chrono::Duration::minutes(11));
    app.engine.tick().await.unwrap();
    let widened = text(&app.inbox("karen").await);
    assert!(widened.contains("#"), "{widened}");
    assert!(
        !widened.contains(&app.t(Lang::of("da"), "alert-danger-child_in_danger")),
        "{widened}"
    );
    assert!(!widened.contains("belt"), "{widened}");
}

#[tokio::test]
async fn a_person_has_one_open_alert_and_whoever_took_it_hears_they_wrote_again() {
    let app = app().await;
    app.newcomer("amal", Lang::of("en")).await;
    app.text("amal", "my husband hits me every night").await;
    let take = take_of(&app.inbox("mette").await).unwrap();
    app.press("mette", take).await;
    // An hour later, still open: no second alert, but Mette hears of it.
    app.clock.advance(chrono::Duration::hours(1));
    let said = app.press("amal", AccountAction::Urgent).await;
    assert!(urgent(&app, Lang::of("en"), &said));
    assert_eq!(app.count("SELECT COUNT(*) FROM alerts").await, 1);
    let again = text(&app.inbox("mette").await);
    assert!(again.contains("🆘"), "{again}");
}

#[tokio::test]
async fn a_cry_counts_against_the_limits_yet_always_gets_the_numbers() {
    let settings = Settings {
        staff: vec!["admin@terminal:mette".parse().unwrap()],
        limits: velkommen_core::engine::Limits {
            per_ten_seconds: 3,
            ..Default::default()
        },
        ..Settings::default()
    };
    let app = spawn_app_with(settings).await;
    let tg = |text: &str| {
        app.send_on(
            Platform::Telegram,
            "amal",
            Some("en"),
            Input::Text(text.to_owned()),
        )
    };
    tg("hi").await;
    app.send_on(
        Platform::Telegram,
        "amal",
        None,
        Input::Button(AccountAction::SetLanguage(Lang::of("en")).encode()),
    )
    .await;
    for _ in 0..5 {
        let said = tg("help me he is going to kill me").await;
        assert!(text(&said).contains("112"), "{}", text(&said));
    }
    // Those cries counted: an ordinary message now is over the limit.
    let said = tg("what offers are there?").await;
    assert!(
        !text(&said).contains(&app.t(Lang::of("en"), "menu-title")),
        "{}",
        text(&said)
    );
}

#[tokio::test]
async fn a_flood_of_alerts_gives_staff_one_summary_and_everyone_still_gets_the_numbers() {
    let settings = Settings {
        staff: vec!["admin@telegram:mette".parse().unwrap()],
        safeguarding: velkommen_core::engine::Safeguard {
            alerts_per_hour: 3,
            ..Default::default()
        },
        ..Settings::default()
    };
    let app = spawn_app_with(settings).await;
    app.send_on(
        Platform::Telegram,
        "mette",
        Some("da"),
        Input::Text("hej".into()),
    )
    .await;
    for n in 0..6 {
        let said = app
            .send_on(
                Platform::Telegram,
                &format!("p{n}"),
                Some("en"),
                Input::Text("help me he is going to kill me".into()),
            )
            .await;
        assert!(text(&said).contains("112"), "{}", text(&said));
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM alerts").await, 3);
    let told = app.inbox_on(Platform::Telegram, "mette").await;
    assert_eq!(
        actions(&told)
            .iter()
            .filter(|a| matches!(a, Action::Coordinator(CoordinatorAction::TakeAlert(_))))
            .count(),
        3
    );
    let summaries = told.iter().filter(|r| r.text.starts_with("⚠️")).count();
    assert_eq!(summaries, 1, "{}", text(&told));
}

#[tokio::test]
async fn someone_new_over_the_platforms_cap_gets_the_numbers_and_nothing_is_stored() {
    let settings = Settings {
        limits: velkommen_core::engine::Limits {
            new_people_per_minute: 1,
            ..Default::default()
        },
        ..Settings::default()
    };
    let app = spawn_app_with(settings).await;
    app.send_on(
        Platform::Telegram,
        "first",
        Some("en"),
        Input::Text("hi".into()),
    )
    .await;
    let said = app
        .send_on(
            Platform::Telegram,
            "second",
            Some("en"),
            Input::Text("i want to kill myself".into()),
        )
        .await;
    assert!(
        text(&said).contains("70\u{a0}201\u{a0}201"),
        "{}",
        text(&said)
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM people").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM alerts").await, 0);
}

#[tokio::test]
async fn alerts_show_in_my_data_go_with_delete_and_expire_after_their_period() {
    let app = app().await;
    app.newcomer("amal", Lang::of("en")).await;
    app.text("amal", "my husband hits me every night").await;
    let mine = text(&app.command("amal", "mydata").await);
    assert!(mine.contains("🆘"), "{mine}");
    app.command("amal", "delete").await;
    app.press("amal", AccountAction::ConfirmDelete).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM alerts").await, 0);

    app.newcomer("omar", Lang::of("en")).await;
    app.press("omar", AccountAction::Urgent).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM alerts").await, 1);
    app.clock.advance(chrono::Duration::days(91));
    app.engine.purge_expired().await.unwrap();
    assert_eq!(app.count("SELECT COUNT(*) FROM alerts").await, 0);
}

#[tokio::test]
async fn the_privacy_notice_says_messages_are_checked_for_danger_words() {
    let app = app().await;
    for (lang, danger) in [
        ("en", "danger"),
        ("da", "fare"),
        ("ar", "خطر"),
        ("uk", "небезпек"),
    ] {
        let (_, parts) = app.engine.privacy_policy(Lang::of(lang));
        let more = format!("{parts:?}");
        assert!(more.contains(danger), "{lang}: {more}");
    }
}

#[tokio::test]
async fn a_danger_word_with_no_pattern_gets_one_gentle_line_in_every_language_and_pages_nobody() {
    let app = app().await;
    for lang in Lang::all() {
        let who = format!("g-{}", lang.code());
        app.newcomer(&who, lang).await;
        let said = app.text(&who, "I read a book about a knife fight").await;
        assert!(
            text(&said).contains(&app.t(lang, "urgent-gentle")),
            "{lang}: {}",
            text(&said)
        );
        assert!(!urgent(&app, lang, &said), "{lang}: not the full answer");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM alerts").await, 0);
    assert!(app.inbox("mette").await.is_empty(), "nobody paged");
}

#[tokio::test]
async fn a_second_cry_while_the_first_waits_pages_nobody_again_but_its_words_are_kept() {
    let app = app().await;
    app.newcomer("amal", Lang::of("en")).await;
    app.text("amal", "my husband hits me every night").await;
    app.inbox("mette").await;
    let again = app.text("amal", "help me he is going to kill me").await;
    assert!(urgent(&app, Lang::of("en"), &again));
    assert_eq!(app.count("SELECT COUNT(*) FROM alerts").await, 1);
    assert!(app.inbox("mette").await.is_empty(), "not paged twice");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM questions WHERE body LIKE '%going to kill me%'")
            .await,
        1,
        "the words wait for staff among the questions"
    );
}
