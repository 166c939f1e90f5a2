//! Volunteers: sign-up and approval, routing, first accept wins, the relay, escalation, and
//! the rights checked on every action.

use chrono::Duration;
use velkommen_core::action::PrivacyChoice;
use velkommen_core::action::{AccountAction, CoordinatorAction, NewcomerAction, VolunteerAction};
use velkommen_core::category::Category;
use velkommen_core::domain::Audience;
use velkommen_core::engine::AttachmentKind;
use velkommen_core::ids::{GroupId, PersonId, RequestId};
use velkommen_core::roles::Spoken;
use velkommen_core::{Action, IncomingFile, Input, Lang, Reply, Settings};

use crate::helpers::{TestApp, actions, copenhagen, spawn_app_with, text};

/// Mette is an admin for every group; Karen coordinates the Red Cross only.
async fn app() -> TestApp {
    app_with(Settings::default()).await
}

/// The same, with these settings otherwise.
async fn app_with(settings: Settings) -> TestApp {
    let settings = Settings {
        staff: vec![
            "admin@terminal:mette".parse().unwrap(),
            "terminal:karen=roede-kors".parse().unwrap(),
        ],
        ..settings
    };
    let app = spawn_app_with(settings).await;
    for (who, lang) in [("mette", Lang::of("da")), ("karen", Lang::of("da"))] {
        staff_joins(&app, who, lang).await;
    }
    app
}

async fn staff_joins(app: &TestApp, who: &str, lang: Lang) {
    app.send(who, Some(lang.code()), Input::Text("hej".into()))
        .await;
    app.press(who, AccountAction::SetLanguage(lang)).await;
    let menu = app
        .press(who, AccountAction::Privacy(PrivacyChoice::Agree))
        .await;
    assert!(
        actions(&menu).contains(&CoordinatorAction::PendingSignups.into()),
        "{who} gets the coordinator menu"
    );
}

async fn group(app: &TestApp, slug: &str) -> GroupId {
    let id: i64 = sqlx::query_scalar("SELECT id FROM groups WHERE slug = ?")
        .bind(slug)
        .fetch_one(&app.raw().await)
        .await
        .unwrap();
    GroupId::try_from(id).unwrap()
}

async fn person(app: &TestApp, who: &str) -> PersonId {
    let id: i64 = sqlx::query_scalar("SELECT person_id FROM identities WHERE user_id = ?")
        .bind(who)
        .fetch_one(&app.raw().await)
        .await
        .unwrap();
    PersonId::try_from(id).unwrap()
}

/// Signs `who` up through the whole flow; returns what they saw at the end.
async fn sign_up(
    app: &TestApp,
    who: &str,
    lang: Lang,
    groups: &[&str],
    spoken: &[Spoken],
    helps: &[Category],
) -> Vec<Reply> {
    app.send(who, Some(lang.code()), Input::Text("hello".into()))
        .await;
    app.press(who, AccountAction::SetLanguage(lang)).await;
    let roles = app
        .press(who, AccountAction::Privacy(PrivacyChoice::Agree))
        .await;
    assert!(actions(&roles).contains(&VolunteerAction::SignUp.into()));
    let asked = app.press(who, VolunteerAction::SignUp).await;
    assert!(text(&asked).contains(&app.t(lang, "signup-name")));
    app.text(who, &format!("{who} ")).await;
    for slug in groups {
        let id = group(app, slug).await;
        app.press(who, VolunteerAction::ToggleGroup(id)).await;
    }
    app.press(who, VolunteerAction::SignupNext).await;
    for s in spoken {
        app.press(who, VolunteerAction::ToggleSpoken(*s)).await;
    }
    app.press(who, VolunteerAction::SignupNext).await;
    for c in helps {
        app.press(who, VolunteerAction::ToggleHelp(*c)).await;
    }
    let confirm = app.press(who, VolunteerAction::SignupNext).await;
    assert!(
        actions(&confirm).contains(&VolunteerAction::SignupSend.into()),
        "{}",
        text(&confirm)
    );
    app.press(who, VolunteerAction::SignupSend).await
}

/// A volunteer signed up and approved by Mette.
async fn volunteer(
    app: &TestApp,
    who: &str,
    lang: Lang,
    groups: &[&str],
    spoken: &[Spoken],
    helps: &[Category],
) -> PersonId {
    sign_up(app, who, lang, groups, spoken, helps).await;
    let id = person(app, who).await;
    app.press("mette", CoordinatorAction::Approve(id)).await;
    for seen in ["mette", "karen", who] {
        app.inbox(seen).await;
    }
    id
}

/// A newcomer asks for the first volunteer offer of a group in a category; returns the request.
async fn request(
    app: &TestApp,
    who: &str,
    lang: Lang,
    group_slug: &str,
    category: Category,
    note: &str,
) -> RequestId {
    app.newcomer(who, lang).await;
    let list = app.press(who, NewcomerAction::Category(category)).await;
    let group_id = group(app, group_slug).await;
    let mut chosen = None;
    for action in actions(&list) {
        if let Action::Newcomer(NewcomerAction::Offer(id)) = action {
            let offer = app.engine.store().offer(id, lang).await.unwrap().unwrap();
            if offer.group_id == group_id
                && offer.kind == velkommen_core::catalog::OfferKind::Volunteer
            {
                chosen = Some(id);
                break;
            }
        }
    }
    let offer = chosen.expect("a volunteer offer of the group");
    app.press(who, NewcomerAction::Interested(offer)).await;
    app.text(who, note).await;
    let id: i64 = sqlx::query_scalar("SELECT MAX(id) FROM requests")
        .fetch_one(&app.raw().await)
        .await
        .unwrap();
    RequestId::try_from(id).unwrap()
}

fn has(messages: &[Reply], action: impl Into<Action>) -> bool {
    actions(messages).contains(&action.into())
}

#[tokio::test]
async fn a_sign_up_waits_for_a_coordinator_and_the_volunteer_hears_the_decision_in_their_language()
{
    let app = app().await;
    for lang in Lang::all() {
        let who = format!("vol-{lang}");
        let sent = sign_up(
            &app,
            &who,
            lang,
            &["roede-kors"],
            &[Spoken::of("da")],
            &[Category::Learn],
        )
        .await;
        assert!(text(&sent).contains(&app.t(lang, "signup-sent")));
        assert!(text(&sent).contains(&app.t(lang, "volunteer-pending")));
        let id = person(&app, &who).await;

        let notices = app.inbox("karen").await;
        assert!(
            has(&notices, CoordinatorAction::Approve(id))
                && has(&notices, CoordinatorAction::Decline(id))
        );
        assert!(text(&notices).contains(&who));

        let approve = lang != Lang::of("en");
        app.press(
            "karen",
            if approve {
                CoordinatorAction::Approve(id)
            } else {
                CoordinatorAction::Decline(id)
            },
        )
        .await;
        let told = app.inbox(&who).await;
        let expected = if approve {
            "volunteer-approved"
        } else {
            "volunteer-declined"
        };
        assert_eq!(text(&told), app.t(lang, expected));
        // A second decision changes nothing.
        let again = app.press("mette", CoordinatorAction::Approve(id)).await;
        assert!(text(&again).contains(&app.t(Lang::of("da"), "already-decided")));
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM volunteers WHERE status = 'approved'")
            .await,
        Lang::all().len() as i64 - 1,
        "every language's volunteer but the English one's"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM volunteers WHERE status = 'declined'")
            .await,
        1
    );
}

#[tokio::test]
async fn a_coordinator_of_another_group_or_a_newcomer_cannot_approve() {
    let app = app().await;
    sign_up(
        &app,
        "fatima",
        Lang::of("ar"),
        &["bydelsmoedre"],
        &[Spoken::of("ar")],
        &[Category::Family],
    )
    .await;
    let fatima = person(&app, "fatima").await;
    assert!(
        app.inbox("karen").await.is_empty(),
        "Karen coordinates the Red Cross only"
    );
    app.newcomer("amal", Lang::of("ar")).await;
    for (who, forged) in [
        ("karen", CoordinatorAction::Approve(fatima)),
        ("karen", CoordinatorAction::Decline(fatima)),
        ("amal", CoordinatorAction::Approve(fatima)),
        ("amal", CoordinatorAction::Decline(fatima)),
        ("amal", CoordinatorAction::PendingSignups),
    ] {
        {
            let replies = app.press(who, forged).await;
            assert!(
                text(&replies).contains(&app.t(app.lang_of(who).await, "button-expired")),
                "{who} {forged:?}"
            );
        }
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM volunteers WHERE status = 'pending'")
            .await,
        1
    );
}

#[tokio::test]
async fn volunteers_who_speak_the_newcomers_language_hear_first_and_the_circle_widens_after_the_delay()
 {
    let app = app().await;
    volunteer(
        &app,
        "fatima",
        Lang::of("ar"),
        &["roede-kors"],
        &[Spoken::of("ar"), Spoken::of("da")],
        &[Category::Learn],
    )
    .await;
    volunteer(
        &app,
        "lars",
        Lang::of("da"),
        &["roede-kors"],
        &[Spoken::of("da"), Spoken::of("en")],
        &[Category::Learn],
    )
    .await;
    volunteer(
        &app,
        "other-group",
        Lang::of("da"),
        &["bydelsmoedre"],
        &[Spoken::of("ar")],
        &[Category::Learn],
    )
    .await;
    volunteer(
        &app,
        "other-help",
        Lang::of("da"),
        &["roede-kors"],
        &[Spoken::of("ar")],
        &[Category::Home],
    )
    .await;

    let id = request(
        &app,
        "amal",
        Lang::of("ar"),
        "roede-kors",
        Category::Learn,
        "ابني في الصف الرابع",
    )
    .await;

    let fatima = app.inbox("fatima").await;
    assert!(has(&fatima, VolunteerAction::Accept(id)) && has(&fatima, VolunteerAction::NotMe(id)));
    assert!(text(&fatima).contains("ابني في الصف الرابع"));
    assert!(text(&fatima).contains(Lang::of("ar").name_in(Lang::of("ar"))));
    assert!(
        app.inbox("lars").await.is_empty(),
        "Lars does not speak Arabic: he waits"
    );
    assert!(app.inbox("other-group").await.is_empty());
    assert!(app.inbox("other-help").await.is_empty());

    app.clock.advance(Duration::minutes(29));
    app.engine.tick().await.unwrap();
    assert!(app.inbox("lars").await.is_empty());
    app.clock.advance(Duration::minutes(2));
    app.engine.tick().await.unwrap();
    let lars = app.inbox("lars").await;
    assert!(has(&lars, VolunteerAction::Accept(id)));
    assert!(
        text(&lars).contains(Lang::of("ar").name_in(Lang::of("da"))),
        "in Lars's language: {}",
        text(&lars)
    );
    assert!(app.inbox("fatima").await.is_empty(), "nobody hears twice");
    assert!(app.inbox("other-group").await.is_empty());
}

#[tokio::test]
async fn when_nobody_speaks_the_language_the_whole_group_hears_at_once() {
    let app = app().await;
    volunteer(
        &app,
        "lars",
        Lang::of("da"),
        &["roede-kors"],
        &[Spoken::of("da")],
        &[Category::Learn],
    )
    .await;
    volunteer(
        &app,
        "grace",
        Lang::of("en"),
        &["roede-kors"],
        &[Spoken::of("en")],
        &[Category::Learn],
    )
    .await;
    let id = request(
        &app,
        "amal",
        Lang::of("ar"),
        "roede-kors",
        Category::Learn,
        "الرياضيات",
    )
    .await;
    for who in ["lars", "grace"] {
        assert!(
            has(&app.inbox(who).await, VolunteerAction::Accept(id)),
            "{who}"
        );
    }
}

#[tokio::test]
async fn a_notification_never_shows_the_newcomers_name_or_handle() {
    let app = app().await;
    volunteer(
        &app,
        "lars",
        Lang::of("da"),
        &["roede-kors"],
        &[Spoken::of("ar")],
        &[Category::Learn],
    )
    .await;
    app.send("amal-hassan-4711", Some("ar"), Input::Text("hi".into()))
        .await;
    app.press(
        "amal-hassan-4711",
        AccountAction::SetLanguage(Lang::of("ar")),
    )
    .await;
    app.press(
        "amal-hassan-4711",
        AccountAction::Privacy(PrivacyChoice::Agree),
    )
    .await;
    let list = app
        .press(
            "amal-hassan-4711",
            NewcomerAction::Category(Category::Learn),
        )
        .await;
    let offer = crate::helpers::first_offer(&list);
    app.press("amal-hassan-4711", NewcomerAction::Interested(offer))
        .await;
    app.press("amal-hassan-4711", NewcomerAction::SkipNote(offer))
        .await;
    let notice = text(&app.inbox("lars").await);
    assert!(!notice.is_empty());
    assert!(
        !notice.contains("amal") && !notice.contains("4711"),
        "{notice}"
    );
}

#[tokio::test]
async fn quiet_hours_hold_a_notification_until_eight_in_the_morning() {
    let app = app().await;
    volunteer(
        &app,
        "lars",
        Lang::of("da"),
        &["roede-kors"],
        &[Spoken::of("ar")],
        &[Category::Learn],
    )
    .await;
    app.clock.set(copenhagen(2026, 11, 26, 23, 10));
    let id = request(
        &app,
        "amal",
        Lang::of("ar"),
        "roede-kors",
        Category::Learn,
        "مساعدة",
    )
    .await;
    assert!(app.inbox("lars").await.is_empty(), "not at night");
    app.clock.set(copenhagen(2026, 11, 27, 7, 59));
    assert!(app.inbox("lars").await.is_empty());
    app.clock.set(copenhagen(2026, 11, 27, 8, 0));
    assert!(has(&app.inbox("lars").await, VolunteerAction::Accept(id)));
}

#[tokio::test]
async fn many_volunteers_accepting_at_once_leave_exactly_one_winner() {
    let app = app().await;
    let mut names = vec![];
    for i in 0..12 {
        let who = format!("v{i}");
        volunteer(
            &app,
            &who,
            Lang::all()[i % 3],
            &["roede-kors"],
            &[Spoken::of("ar")],
            &[Category::Learn],
        )
        .await;
        names.push(who);
    }
    let id = request(
        &app,
        "amal",
        Lang::of("ar"),
        "roede-kors",
        Category::Learn,
        "واجبات",
    )
    .await;
    for who in &names {
        assert!(has(&app.inbox(who).await, VolunteerAction::Accept(id)));
    }

    let presses = names
        .iter()
        .map(|who| app.press(who, VolunteerAction::Accept(id)));
    let results = futures::future::join_all(presses).await;

    let winners: Vec<_> = names
        .iter()
        .zip(&results)
        .filter(|(who, replies)| {
            let lang = Lang::all()[who[1..].parse::<usize>().unwrap() % 3];
            !text(replies).contains(&app.t(lang, "claim-lost"))
                && !text(replies).contains(&app.t(lang, "something-went-wrong"))
        })
        .map(|(who, _)| who.clone())
        .collect();
    assert_eq!(winners.len(), 1, "{winners:?}");
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM requests WHERE id = {id} AND status = 'claimed'"
        ))
        .await,
        1
    );
    let winner = person(&app, &winners[0]).await;
    assert_eq!(
        app.count(&format!(
            "SELECT volunteer_id FROM requests WHERE id = {id}"
        ))
        .await,
        winner.get()
    );
    // Everyone else hears it was taken, in their language.
    for who in names.iter().filter(|w| **w != winners[0]) {
        let lang = Lang::all()[who[1..].parse::<usize>().unwrap() % 3];
        let taken = text(&app.inbox(who).await);
        let title = app
            .engine
            .store()
            .offer(
                app.engine.store().request(id).await.unwrap().unwrap().offer,
                lang,
            )
            .await
            .unwrap()
            .unwrap()
            .title;
        let expected = app.engine.locales().format(
            lang,
            "notice-taken",
            &[("request", id.get().into()), ("offer", (&title).into())],
        );
        assert_eq!(taken, expected, "{who}");
    }
    // The newcomer hears, in Arabic, the winner's name only.
    let amal = app.inbox("amal").await;
    assert!(text(&amal).contains(&winners[0]), "{}", text(&amal));
    assert!(has(&amal, VolunteerAction::OpenRelay(id)));
}

#[tokio::test]
async fn a_notice_still_waiting_in_quiet_hours_is_withdrawn_when_someone_accepts() {
    let app = app().await;
    volunteer(
        &app,
        "fatima",
        Lang::of("ar"),
        &["roede-kors"],
        &[Spoken::of("ar")],
        &[Category::Learn],
    )
    .await;
    volunteer(
        &app,
        "lars",
        Lang::of("da"),
        &["roede-kors"],
        &[Spoken::of("ar")],
        &[Category::Learn],
    )
    .await;
    app.clock.set(copenhagen(2026, 11, 26, 23, 0));
    let id = request(
        &app,
        "amal",
        Lang::of("ar"),
        "roede-kors",
        Category::Learn,
        "مساعدة",
    )
    .await;
    // At eight both notices fall due; Fatima looks first and accepts before Lars's goes out.
    app.clock.set(copenhagen(2026, 11, 27, 8, 0));
    assert!(has(&app.inbox("fatima").await, VolunteerAction::Accept(id)));
    app.press("fatima", VolunteerAction::Accept(id)).await;
    assert!(
        app.inbox("lars").await.is_empty(),
        "Lars's notice was withdrawn; he needs no 'taken'"
    );
}

#[tokio::test]
async fn a_restart_between_the_request_and_the_accept_loses_nothing() {
    let mut app = app().await;
    volunteer(
        &app,
        "lars",
        Lang::of("da"),
        &["roede-kors"],
        &[Spoken::of("ar")],
        &[Category::Learn],
    )
    .await;
    let id = request(
        &app,
        "amal",
        Lang::of("ar"),
        "roede-kors",
        Category::Learn,
        "مساعدة",
    )
    .await;
    app.restart().await;
    assert!(has(&app.inbox("lars").await, VolunteerAction::Accept(id)));
    app.restart().await;
    let won = app.press("lars", VolunteerAction::Accept(id)).await;
    assert!(has(&won, VolunteerAction::MarkDone(id)));
    app.restart().await;
    assert!(has(
        &app.inbox("amal").await,
        VolunteerAction::OpenRelay(id)
    ));
}

#[tokio::test]
async fn the_volunteer_and_the_family_talk_through_the_bot_in_their_own_languages() {
    let app = app().await;
    for lang in Lang::all() {
        let helper = format!("helper-{lang}");
        let family = format!("family-{lang}");
        volunteer(
            &app,
            &helper,
            Lang::of("da"),
            &["roede-kors"],
            &[Spoken::of("ar"), Spoken::of("da"), Spoken::of("en")],
            &[Category::Learn],
        )
        .await;
        let id = request(
            &app,
            &family,
            lang,
            "roede-kors",
            Category::Learn,
            "lektier",
        )
        .await;
        app.inbox(&helper).await;
        let won = app.press(&helper, VolunteerAction::Accept(id)).await;
        assert!(has(&won, VolunteerAction::EndRelay(id)));

        // Volunteer → family, labelled with the volunteer's name, in the family's language.
        app.text(&helper, "Hej! Jeg kan komme torsdag kl. 16.")
            .await;
        let inbox = app.inbox(&family).await;
        let got = text(&inbox);
        assert!(got.contains("Hej! Jeg kan komme torsdag kl. 16."), "{got}");
        assert!(got.contains(&helper));
        assert!(has(&inbox, VolunteerAction::OpenRelay(id)));

        // Family → volunteer with a photo of a letter.
        let opened = app.press(&family, VolunteerAction::OpenRelay(id)).await;
        assert!(text(&opened).contains(&helper));
        let photo = IncomingFile {
            withheld: None,
            kind: AttachmentKind::Photo,
            name: "brev.jpg".into(),
            mime: "image/jpeg".into(),
            bytes: vec![0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3],
            native: None,
        };
        let sent = app
            .send(
                &family,
                None,
                Input::File {
                    file: photo.clone(),
                    caption: "الرسالة".into(),
                },
            )
            .await;
        assert!(text(&sent).contains(&app.t(lang, "relay-sent")));
        let got = app.inbox(&helper).await;
        let attachment = got[0].attachment.clone().expect("the photo");
        assert_eq!(attachment.kind, AttachmentKind::Photo);
        let stored = app
            .engine
            .store()
            .file(attachment.file_id.expect("a stored file"))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(stored.bytes, photo.bytes);
        assert!(got[0].text.contains("الرسالة"));
        assert!(got[0].text.contains(&format!("#{id}")));
        assert!(
            !got[0].text.contains(&family),
            "the family's handle never shows"
        );

        // Done (once confirmed), and the family is asked in their language.
        let sure = app.press(&helper, VolunteerAction::MarkDone(id)).await;
        assert!(has(&sure, VolunteerAction::ConfirmDone(id)));
        assert!(
            app.inbox(&family).await.is_empty(),
            "nothing is closed before the volunteer confirms"
        );
        app.press(&helper, VolunteerAction::ConfirmDone(id)).await;
        let ask = app.inbox(&family).await;
        assert!(
            has(&ask, NewcomerAction::Feedback(id, true))
                && has(&ask, NewcomerAction::Feedback(id, false))
        );
        assert!(ask[0].text.contains(&helper));
        assert_eq!(ask[0].lang, lang);
        let thanks = app.press(&family, NewcomerAction::Feedback(id, true)).await;
        assert!(text(&thanks).contains(&app.t(lang, "feedback-thanks")));
        assert_eq!(
            app.count(&format!("SELECT feedback FROM requests WHERE id = {id}"))
                .await,
            1
        );
        // The relay is closed after done.
        let closed = app.text(&family, "شكرا").await;
        assert!(!closed.is_empty());
        assert!(app.inbox(&helper).await.is_empty());
    }
}

/// Lars has taken Amal's request and they are talking; returns its id.
async fn lars_helps_amal(app: &TestApp) -> RequestId {
    volunteer(
        app,
        "lars",
        Lang::of("da"),
        &["roede-kors"],
        &[Spoken::of("ar")],
        &[Category::Learn],
    )
    .await;
    let id = request(
        app,
        "amal",
        Lang::of("ar"),
        "roede-kors",
        Category::Learn,
        "مساعدة",
    )
    .await;
    app.inbox("lars").await;
    app.press("lars", VolunteerAction::Accept(id)).await;
    app.inbox("amal").await;
    app.press("amal", VolunteerAction::OpenRelay(id)).await;
    id
}

#[tokio::test]
async fn when_the_family_ends_the_conversation_the_volunteer_is_asked_and_no_button_dies() {
    let app = app().await;
    let id = lars_helps_amal(&app).await;
    let (ar, da) = (Lang::of("ar"), Lang::of("da"));
    app.inbox("karen").await;

    let ended = app.press("amal", VolunteerAction::EndRelay(id)).await;
    assert!(text(&ended).contains(&app.t(ar, "menu-title")));
    // Lars is asked whether the help was given, with both answers.
    let offer = app.engine.store().request(id).await.unwrap().unwrap().offer;
    let title = |lang: Lang| {
        let store = app.engine.store().clone();
        async move { store.offer(offer, lang).await.unwrap().unwrap().title }
    };
    let asked = app.inbox("lars").await;
    let expected = app.f(
        da,
        "ended-by-family",
        &[
            ("request", id.get().into()),
            ("offer", title(da).await.as_str().into()),
        ],
    );
    assert!(text(&asked).contains(&expected), "{}", text(&asked));
    assert!(has(&asked, VolunteerAction::ConfirmDone(id)));
    assert!(has(&asked, VolunteerAction::GiveBack(id)));
    // Either side's old Reply button says the conversation ended, and leads on.
    for (who, lang) in [("lars", da), ("amal", ar)] {
        let old = app.press(who, VolunteerAction::OpenRelay(id)).await;
        assert!(text(&old).contains(&app.t(lang, "relay-closed")), "{who}");
        assert!(
            !text(&old).contains(&app.t(lang, "button-expired")),
            "{who}"
        );
    }
    // Not given: back to the group, Amal told, the Red Cross's coordinator told.
    let given = app.press("lars", VolunteerAction::GiveBack(id)).await;
    assert!(text(&given).contains(&app.f(da, "given-back", &[("request", id.get().into())])));
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM requests WHERE id = {id} AND status = 'open' AND volunteer_id IS NULL"
        ))
        .await,
        1
    );
    let told = text(&app.inbox("amal").await);
    let expected = app.f(
        ar,
        "given-back-family",
        &[("offer", title(ar).await.as_str().into())],
    );
    assert!(told.contains(&expected), "{told}");
    app.engine.tick().await.unwrap();
    let karen = app.inbox("karen").await;
    assert!(
        has(&karen, CoordinatorAction::TakeRequest(id)),
        "{}",
        text(&karen)
    );
    // A second press changes nothing.
    let again = app.press("lars", VolunteerAction::GiveBack(id)).await;
    assert!(text(&again).contains(&app.t(da, "button-expired")));
}

#[tokio::test]
async fn when_the_volunteer_ends_the_conversation_they_say_whether_it_is_done() {
    let app = app().await;
    let id = lars_helps_amal(&app).await;
    let ended = app.press("lars", VolunteerAction::EndRelay(id)).await;
    assert!(has(&ended, VolunteerAction::ConfirmDone(id)));
    assert!(has(&ended, VolunteerAction::GiveBack(id)));
    let told = text(&app.inbox("amal").await);
    assert!(!told.is_empty(), "Amal is told");
    // Given: done, and Amal is asked how it went.
    app.press("lars", VolunteerAction::ConfirmDone(id)).await;
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM requests WHERE id = {id} AND status = 'done'"
        ))
        .await,
        1
    );
    let ask = app.inbox("amal").await;
    assert!(has(&ask, NewcomerAction::Feedback(id, true)));
}

#[tokio::test]
async fn forged_payloads_cannot_accept_approve_or_read_a_relay_without_the_right() {
    let app = app().await;
    let lars = volunteer(
        &app,
        "lars",
        Lang::of("da"),
        &["roede-kors"],
        &[Spoken::of("ar")],
        &[Category::Learn],
    )
    .await;
    sign_up(
        &app,
        "pending",
        Lang::of("en"),
        &["roede-kors"],
        &[Spoken::of("ar")],
        &[Category::Learn],
    )
    .await;
    let pending = person(&app, "pending").await;
    let id = request(
        &app,
        "amal",
        Lang::of("ar"),
        "roede-kors",
        Category::Learn,
        "مساعدة",
    )
    .await;
    app.newcomer("mallory", Lang::of("en")).await;

    // A newcomer and a pending volunteer can neither accept nor take part.
    for (who, lang) in [("mallory", Lang::of("en")), ("pending", Lang::of("en"))] {
        for forged in [
            Action::from(VolunteerAction::Accept(id)),
            Action::from(CoordinatorAction::Approve(pending)),
            Action::from(VolunteerAction::OpenRelay(id)),
            Action::from(VolunteerAction::MarkDone(id)),
            Action::from(VolunteerAction::ConfirmDone(id)),
            Action::from(CoordinatorAction::TakeRequest(id)),
            Action::from(CoordinatorAction::HandTo(id, lars)),
            Action::from(CoordinatorAction::OpenRequests),
            Action::from(CoordinatorAction::Invite),
            Action::from(CoordinatorAction::InviteFor(
                group(&app, "roede-kors").await,
            )),
            Action::from(VolunteerAction::MyTasks),
        ] {
            let replies = app.press(who, forged).await;
            assert!(
                text(&replies).contains(&app.t(lang, "button-expired")),
                "{who} {forged:?}: {}",
                text(&replies)
            );
        }
    }
    // An approved volunteer who was never told of it cannot accept either.
    volunteer(
        &app,
        "outsider",
        Lang::of("da"),
        &["bydelsmoedre"],
        &[Spoken::of("ar")],
        &[Category::Family],
    )
    .await;
    let refused = app.press("outsider", VolunteerAction::Accept(id)).await;
    assert!(text(&refused).contains(&app.t(Lang::of("da"), "button-expired")));
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM requests WHERE id = {id} AND status = 'open'"
        ))
        .await,
        1
    );

    // After Lars accepts, nobody else reads or writes into the relay.
    app.inbox("lars").await;
    app.press("lars", VolunteerAction::Accept(id)).await;
    for who in ["mallory", "pending", "karen"] {
        let replies = app.press(who, VolunteerAction::OpenRelay(id)).await;
        let lang = app.lang_of(who).await;
        assert!(
            text(&replies).contains(&app.t(lang, "button-expired")),
            "{who}"
        );
    }
    for action in [
        VolunteerAction::MarkDone(id),
        VolunteerAction::ConfirmDone(id),
    ] {
        let done_by_other = app.press("karen", action).await;
        assert!(text(&done_by_other).contains(&app.t(Lang::of("da"), "button-expired")));
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM volunteers WHERE status = 'pending'")
            .await,
        1
    );
}

#[tokio::test]
async fn an_unclaimed_request_escalates_to_the_groups_coordinators_who_can_hand_it_on() {
    let app = app().await;
    let lars = volunteer(
        &app,
        "lars",
        Lang::of("da"),
        &["roede-kors"],
        &[Spoken::of("da")],
        &[Category::Help],
    )
    .await;
    volunteer(
        &app,
        "grace",
        Lang::of("en"),
        &["roede-kors"],
        &[Spoken::of("en")],
        &[Category::Learn],
    )
    .await;
    let id = request(
        &app,
        "amal",
        Lang::of("ar"),
        "roede-kors",
        Category::Learn,
        "مساعدة",
    )
    .await;
    app.inbox("grace").await;
    app.press("grace", VolunteerAction::NotMe(id)).await;

    app.clock.advance(Duration::hours(47));
    app.engine.tick().await.unwrap();
    assert!(app.inbox("karen").await.is_empty());
    app.clock.advance(Duration::hours(1));
    app.engine.tick().await.unwrap();
    let karen = app.inbox("karen").await;
    assert!(
        has(&karen, CoordinatorAction::TakeRequest(id))
            && has(&karen, CoordinatorAction::HandOver(id))
    );
    assert!(has(
        &app.inbox("mette").await,
        CoordinatorAction::HandOver(id)
    ));

    let choose = app.press("karen", CoordinatorAction::HandOver(id)).await;
    assert!(has(&choose, CoordinatorAction::HandTo(id, lars)));
    let handed = app
        .press("karen", CoordinatorAction::HandTo(id, lars))
        .await;
    assert!(text(&handed).contains(&app.engine.locales().format(
        Lang::of("da"),
        "handed",
        &[("request", id.get().into()), ("name", "lars".into())]
    )));
    assert!(has(
        &app.inbox("lars").await,
        VolunteerAction::OpenRelay(id)
    ));
    assert!(text(&app.inbox("amal").await).contains("lars"));
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM requests WHERE id = {id} AND escalated_at IS NOT NULL"
        ))
        .await,
        1
    );
    // A second hand-over finds it taken.
    let again = app.press("mette", CoordinatorAction::TakeRequest(id)).await;
    assert!(text(&again).contains(&app.t(Lang::of("da"), "button-expired")));
}

#[tokio::test]
async fn escalation_survives_a_restart_and_runs_once() {
    let mut app = app().await;
    let id = request(
        &app,
        "amal",
        Lang::of("ar"),
        "roede-kors",
        Category::Learn,
        "مساعدة",
    )
    .await;
    app.restart().await;
    app.clock.advance(Duration::hours(49));
    assert_eq!(app.engine.tick().await.unwrap(), 1);
    assert_eq!(app.engine.tick().await.unwrap(), 0);
    assert!(has(
        &app.inbox("karen").await,
        CoordinatorAction::TakeRequest(id)
    ));
    let taken = app.press("karen", CoordinatorAction::TakeRequest(id)).await;
    assert!(
        has(&taken, VolunteerAction::EndRelay(id)),
        "Karen now talks to the family herself"
    );
}

#[tokio::test]
async fn a_paused_volunteer_hears_nothing_until_they_resume() {
    let app = app().await;
    volunteer(
        &app,
        "lars",
        Lang::of("da"),
        &["roede-kors"],
        &[Spoken::of("ar")],
        &[Category::Learn],
    )
    .await;
    let paused = app.press("lars", VolunteerAction::Pause(true)).await;
    assert!(text(&paused).contains(&app.t(Lang::of("da"), "paused")));
    assert!(has(&paused, VolunteerAction::Pause(false)));
    request(
        &app,
        "amal",
        Lang::of("ar"),
        "roede-kors",
        Category::Learn,
        "مساعدة",
    )
    .await;
    assert!(app.inbox("lars").await.is_empty());
    app.press("lars", VolunteerAction::Pause(false)).await;
    let id = request(
        &app,
        "huda",
        Lang::of("ar"),
        "roede-kors",
        Category::Learn,
        "مساعدة",
    )
    .await;
    assert!(has(&app.inbox("lars").await, VolunteerAction::Accept(id)));
}

#[tokio::test]
async fn a_volunteer_edits_their_profile_and_keeps_their_approval() {
    let app = app().await;
    volunteer(
        &app,
        "lars",
        Lang::of("da"),
        &["roede-kors"],
        &[Spoken::of("da")],
        &[Category::Learn],
    )
    .await;
    app.press("lars", VolunteerAction::EditProfile).await;
    app.text("lars", "Lars P").await;
    app.press("lars", VolunteerAction::SignupNext).await;
    app.press("lars", VolunteerAction::ToggleSpoken(Spoken::of("ar")))
        .await;
    app.press("lars", VolunteerAction::SignupNext).await;
    app.press("lars", VolunteerAction::SignupNext).await;
    let saved = app.press("lars", VolunteerAction::SignupSend).await;
    assert!(text(&saved).contains(&app.t(Lang::of("da"), "profile-saved")));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM volunteers WHERE name = 'Lars P' AND status = 'approved'")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM volunteer_languages").await,
        2
    );
}

#[tokio::test]
async fn a_volunteer_who_leaves_gives_their_open_tasks_back_to_the_coordinators() {
    let app = app().await;
    volunteer(
        &app,
        "lars",
        Lang::of("da"),
        &["roede-kors"],
        &[Spoken::of("ar")],
        &[Category::Learn],
    )
    .await;
    let id = request(
        &app,
        "amal",
        Lang::of("ar"),
        "roede-kors",
        Category::Learn,
        "مساعدة",
    )
    .await;
    app.inbox("lars").await;
    app.press("lars", VolunteerAction::Accept(id)).await;
    let tasks = app.press("lars", VolunteerAction::MyTasks).await;
    assert!(
        has(&tasks, VolunteerAction::OpenRelay(id)) && has(&tasks, VolunteerAction::MarkDone(id))
    );
    app.inbox("amal").await;
    app.command("lars", "delete").await;
    app.press("lars", AccountAction::ConfirmDelete).await;
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM requests WHERE id = {id} AND status = 'open' AND volunteer_id IS NULL")).await, 1);
    // Amal is told, kindly and in Arabic, that her request is open again.
    let told = text(&app.inbox("amal").await);
    let opening: String = app
        .t(Lang::of("ar"), "request-volunteer-left")
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(told.contains(&opening), "{told}");
    app.engine.tick().await.unwrap();
    assert!(has(
        &app.inbox("karen").await,
        CoordinatorAction::TakeRequest(id)
    ));
    assert_eq!(app.count("SELECT COUNT(*) FROM volunteers").await, 0);
}

#[tokio::test]
async fn an_admins_invite_code_makes_a_coordinator_once() {
    let app = app().await;
    let roede_kors = group(&app, "roede-kors").await;
    app.press("mette", CoordinatorAction::Invite).await;
    let made = text(
        &app.press("mette", CoordinatorAction::InviteFor(roede_kors))
            .await,
    );
    let code = made
        .split_whitespace()
        .find(|w| w.starts_with("inv-"))
        .expect("a code")
        .trim_end_matches(['.', '\u{2069}'])
        .to_owned();
    let code = code.trim_start_matches('\u{2068}').to_owned();

    let first = app
        .send(
            "birgit",
            Some("da"),
            Input::Command(velkommen_core::engine::Command::named("start", &code)),
        )
        .await;
    // The code counts only once the privacy notice is agreed.
    assert!(
        text(&first).contains(&app.t(Lang::of("da"), "invite-after-privacy")),
        "{}",
        text(&first)
    );
    app.press("birgit", AccountAction::SetLanguage(Lang::of("da")))
        .await;
    let menu = app
        .press("birgit", AccountAction::Privacy(PrivacyChoice::Agree))
        .await;
    assert!(text(&menu).contains("Røde Kors"), "{}", text(&menu));
    assert!(has(&menu, CoordinatorAction::PendingSignups));
    // Only its hash is stored.
    let bare = code.trim_start_matches("inv-");
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM invites WHERE hash LIKE '%{bare}%'"
        ))
        .await,
        0
    );

    app.newcomer("eve", Lang::of("en")).await;
    let reused = app.command("eve", &format!("start {code}")).await;
    assert!(text(&reused).contains(&app.t(Lang::of("en"), "invite-invalid")));
    assert!(!has(&reused, CoordinatorAction::PendingSignups));
    // Only admins make codes.
    let refused = app.press("karen", CoordinatorAction::Invite).await;
    assert!(text(&refused).contains(&app.t(Lang::of("da"), "button-expired")));
}

/// Makes an invite code for the Red Cross as Mette; returns it as she was told it.
async fn invite_code(app: &TestApp) -> String {
    let roede_kors = group(app, "roede-kors").await;
    let made = text(
        &app.press("mette", CoordinatorAction::InviteFor(roede_kors))
            .await,
    );
    made.split_whitespace()
        .find(|w| w.starts_with("inv-"))
        .expect("a code")
        .trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '-')
        .to_owned()
}

#[tokio::test]
async fn an_invite_code_expires_after_a_week_and_can_be_withdrawn() {
    let app = app().await;
    let old = invite_code(&app).await;
    app.clock.advance(chrono::Duration::days(8));
    app.newcomer("birgit", Lang::of("da")).await;
    let late = app.command("birgit", &format!("start {old}")).await;
    assert!(text(&late).contains(&app.t(Lang::of("da"), "invite-invalid")));

    let withdrawn = invite_code(&app).await;
    let screen = app.press("mette", CoordinatorAction::Invite).await;
    let revoke = actions(&screen)
        .into_iter()
        .find(|a| matches!(a, Action::Coordinator(CoordinatorAction::RevokeInvite(_))))
        .expect("the open code can be withdrawn");
    let said = app.press("mette", revoke).await;
    assert!(text(&said).contains(&app.t(Lang::of("da"), "invite-revoked")));
    // Withdrawing it again, or someone else's, is refused.
    let again = app.press("mette", revoke).await;
    assert!(text(&again).contains(&app.t(Lang::of("da"), "button-expired")));
    let used = app.command("birgit", &format!("invite {withdrawn}")).await;
    assert!(text(&used).contains(&app.t(Lang::of("da"), "invite-invalid")));
    assert!(!has(&used, CoordinatorAction::PendingSignups));
}

#[tokio::test]
async fn five_wrong_invite_codes_in_an_hour_pause_the_guessing() {
    let app = app().await;
    let good = invite_code(&app).await;
    app.newcomer("mallory", Lang::of("en")).await;
    for guess in 0..5 {
        let said = app
            .command("mallory", &format!("invite inv-wrong{guess}"))
            .await;
        assert!(text(&said).contains(&app.t(Lang::of("en"), "invite-invalid")));
    }
    // Even the right code waits until the hour has passed.
    let paused = app.command("mallory", &format!("invite {good}")).await;
    assert!(text(&paused).contains(&app.t(Lang::of("en"), "invite-paused")));
    app.clock.advance(chrono::Duration::minutes(61));
    let used = app.command("mallory", &format!("invite {good}")).await;
    assert!(
        has(&used, CoordinatorAction::PendingSignups),
        "{}",
        text(&used)
    );
}

#[tokio::test]
async fn a_cancelled_request_is_withdrawn_from_everyone_who_heard_of_it() {
    let app = app().await;
    volunteer(
        &app,
        "lars",
        Lang::of("da"),
        &["roede-kors"],
        &[Spoken::of("ar")],
        &[Category::Learn],
    )
    .await;
    volunteer(
        &app,
        "grace",
        Lang::of("en"),
        &["roede-kors"],
        &[Spoken::of("ar")],
        &[Category::Learn],
    )
    .await;

    // Cancelled before anyone took it: Lars had seen it, Grace's notice was still waiting.
    let id = request(
        &app,
        "amal",
        Lang::of("ar"),
        "roede-kors",
        Category::Learn,
        "مساعدة",
    )
    .await;
    app.inbox("lars").await;
    app.press("amal", NewcomerAction::ConfirmCancelRequest(id))
        .await;
    let lars = text(&app.inbox("lars").await);
    assert!(lars.contains(&format!("#{id}")), "{lars}");
    assert!(
        app.inbox("grace").await.is_empty(),
        "withdrawn before it went out"
    );
    let late = app.press("lars", VolunteerAction::Accept(id)).await;
    assert!(text(&late).contains(&format!("#{id}")));
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM requests WHERE id = {id} AND status = 'cancelled'"
        ))
        .await,
        1
    );

    // Cancelled after Lars took it: he is told, and the conversation is closed.
    let id = request(
        &app,
        "huda",
        Lang::of("ar"),
        "roede-kors",
        Category::Learn,
        "مساعدة",
    )
    .await;
    app.inbox("lars").await;
    app.inbox("grace").await;
    app.press("lars", VolunteerAction::Accept(id)).await;
    app.inbox("grace").await;
    app.press("huda", NewcomerAction::ConfirmCancelRequest(id))
        .await;
    let told = app.inbox("lars").await;
    assert_eq!(told[0].lang, Lang::of("da"));
    assert!(told[0].text.contains(&format!("#{id}")));
    // His old Reply button says the conversation ended (no button dies silently).
    let closed = app.press("lars", VolunteerAction::OpenRelay(id)).await;
    assert!(text(&closed).contains(&app.t(Lang::of("da"), "relay-closed")));
}

#[tokio::test]
async fn a_volunteer_erased_for_inactivity_gives_their_tasks_back() {
    let app = app().await;
    let lars = volunteer(
        &app,
        "lars",
        Lang::of("da"),
        &["roede-kors"],
        &[Spoken::of("ar")],
        &[Category::Learn],
    )
    .await;
    let id = request(
        &app,
        "amal",
        Lang::of("ar"),
        "roede-kors",
        Category::Learn,
        "مساعدة",
    )
    .await;
    app.inbox("lars").await;
    app.press("lars", VolunteerAction::Accept(id)).await;
    sqlx::query("UPDATE people SET last_seen_at = '2020-01-01T00:00:00Z' WHERE id = ?")
        .bind(lars.get())
        .execute(&app.raw().await)
        .await
        .unwrap();
    assert_eq!(app.engine.purge_expired().await.unwrap(), 1);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM requests WHERE id = {id} AND status = 'open'"
        ))
        .await,
        1
    );
    app.engine.tick().await.unwrap();
    assert!(has(
        &app.inbox("karen").await,
        CoordinatorAction::TakeRequest(id)
    ));
}

#[tokio::test]
async fn a_file_too_large_for_the_platforms_is_refused_kindly_and_nothing_is_stored() {
    let app = app().await;
    volunteer(
        &app,
        "lars",
        Lang::of("da"),
        &["roede-kors"],
        &[Spoken::of("ar")],
        &[Category::Learn],
    )
    .await;
    let id = request(
        &app,
        "amal",
        Lang::of("ar"),
        "roede-kors",
        Category::Learn,
        "مساعدة",
    )
    .await;
    app.inbox("lars").await;
    app.press("lars", VolunteerAction::Accept(id)).await;
    app.inbox("amal").await;
    app.press("amal", VolunteerAction::OpenRelay(id)).await;
    let huge = IncomingFile {
        withheld: None,
        kind: AttachmentKind::Document,
        name: "scan.pdf".into(),
        mime: "application/pdf".into(),
        bytes: vec![0; velkommen_core::volunteer::MAX_FILE_BYTES + 1],
        native: None,
    };
    let refused = app
        .send(
            "amal",
            None,
            Input::File {
                file: huge,
                caption: String::new(),
            },
        )
        .await;
    let expected =
        app.engine
            .locales()
            .format(Lang::of("ar"), "file-too-large", &[("max", 20_i64.into())]);
    assert!(text(&refused).contains(&expected));
    assert!(
        has(&refused, VolunteerAction::EndRelay(id)),
        "still in the conversation"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM files").await, 0);
    assert!(app.inbox("lars").await.is_empty());
}

#[tokio::test]
async fn delete_erases_a_newcomers_words_from_the_database_file_and_its_log() {
    let app = app().await;
    volunteer(
        &app,
        "lars",
        Lang::of("da"),
        &["roede-kors"],
        &[Spoken::of("ar")],
        &[Category::Learn],
    )
    .await;
    // Each of Amal's words is unique, so finding it anywhere in the file means it was kept.
    let words = [
        "Qzxkvwnote",
        "Qzxkvwquestion",
        "Qzxkvwrelay",
        "Qzxkvwfilename",
        "Qzxkvwfilebytes",
    ];
    let id = request(
        &app,
        "amal",
        Lang::of("ar"),
        "roede-kors",
        Category::Learn,
        &format!("{} الأطفال", words[0]),
    )
    .await;
    app.press("amal", NewcomerAction::Ask).await;
    app.text("amal", &format!("{} رسالة من البلدية", words[1]))
        .await;
    app.inbox("lars").await;
    app.press("lars", VolunteerAction::Accept(id)).await;
    app.text("lars", "Hej! Jeg kan komme tirsdag.").await;
    app.press("amal", VolunteerAction::OpenRelay(id)).await;
    app.text("amal", &format!("{} شكرا", words[2])).await;
    app.send(
        "amal",
        None,
        Input::File {
            file: IncomingFile {
                withheld: None,
                kind: velkommen_core::engine::AttachmentKind::Photo,
                name: format!("{}.jpg", words[3]),
                mime: "image/jpeg".into(),
                bytes: format!("\u{ff}\u{d8}{}", words[4]).into_bytes(),
                native: None,
            },
            caption: String::new(),
        },
    )
    .await;
    // Lars has not read them yet: Amal's words wait in his outbox.
    assert!(
        app.count("SELECT COUNT(*) FROM outbox_quotes").await >= 2,
        "the relayed text and file are noted as quoting Amal"
    );

    app.press("amal", AccountAction::Delete).await;
    let said = app.press("amal", AccountAction::ConfirmDelete).await;
    assert_eq!(
        text(&said),
        app.f(Lang::of("ar"), "deleted", &[("backup_days", 14_i64.into())])
    );

    let mut raw = std::fs::read(&app.path).unwrap();
    let wal = app.path.with_extension("db-wal");
    raw.extend(std::fs::read(&wal).unwrap_or_default());
    for word in words {
        let found = raw.windows(word.len()).any(|w| w == word.as_bytes());
        assert!(!found, "{word} is still in the database file or its log");
    }
    // Lars is still there, and hears nothing of Amal any more.
    assert_eq!(app.count("SELECT COUNT(*) FROM volunteers").await, 1);
    let inbox = text(&app.inbox("lars").await);
    assert!(!inbox.contains("Qzxkvw"), "{inbox}");
}

#[tokio::test]
async fn a_volunteer_who_withdraws_consent_hears_of_no_request_and_their_waiting_notices_go() {
    let app = app().await;
    volunteer(
        &app,
        "lars",
        Lang::of("da"),
        &["roede-kors"],
        &[Spoken::of("ar")],
        &[Category::Learn],
    )
    .await;
    // At night the notice waits for the morning.
    app.clock.set(copenhagen(2026, 11, 26, 23, 0));
    let first = request(
        &app,
        "amal",
        Lang::of("ar"),
        "roede-kors",
        Category::Learn,
        "واجبات",
    )
    .await;
    let waiting = "SELECT COUNT(*) FROM outbox WHERE status = 'pending' AND person_id =
                   (SELECT person_id FROM identities WHERE user_id = 'lars')";
    assert_eq!(app.count(waiting).await, 1);

    app.press("lars", AccountAction::ShowPrivacy).await;
    app.press("lars", AccountAction::Privacy(PrivacyChoice::Decline))
        .await;
    assert_eq!(
        app.count(waiting).await,
        0,
        "the waiting notice is withdrawn"
    );

    app.clock.set(copenhagen(2026, 11, 27, 12, 0));
    request(
        &app,
        "sara",
        Lang::of("ar"),
        "roede-kors",
        Category::Learn,
        "رياضيات",
    )
    .await;
    let inbox = app.inbox("lars").await;
    assert!(
        !has(&inbox, VolunteerAction::Accept(first)),
        "{}",
        text(&inbox)
    );
    assert_eq!(app.count(waiting).await, 0, "and no new one is sent");
}

/// Whether the person's membership of the group with `slug` has `status`.
async fn membership(app: &TestApp, who: PersonId, slug: &str) -> String {
    sqlx::query_scalar(
        "SELECT m.status FROM volunteer_groups m JOIN groups g ON g.id = m.group_id
         WHERE m.person_id = ? AND g.slug = ?",
    )
    .bind(who.get())
    .bind(slug)
    .fetch_one(&app.raw().await)
    .await
    .unwrap()
}

#[tokio::test]
async fn approval_is_per_group_and_a_volunteer_hears_only_of_groups_that_approved_them() {
    let app = app().await;
    sign_up(
        &app,
        "lars",
        Lang::of("da"),
        &["roede-kors", "bydelsmoedre"],
        &[Spoken::of("ar")],
        &[Category::Learn, Category::Family],
    )
    .await;
    let lars = person(&app, "lars").await;
    // Karen coordinates the Red Cross only: her approval is the Red Cross's.
    app.press("karen", CoordinatorAction::Approve(lars)).await;
    assert_eq!(membership(&app, lars, "roede-kors").await, "approved");
    assert_eq!(membership(&app, lars, "bydelsmoedre").await, "pending");
    app.inbox("lars").await;

    let family = request(
        &app,
        "amal",
        Lang::of("ar"),
        "bydelsmoedre",
        Category::Family,
        "عائلة",
    )
    .await;
    let homework = request(
        &app,
        "sara",
        Lang::of("ar"),
        "roede-kors",
        Category::Learn,
        "واجبات",
    )
    .await;
    let inbox = app.inbox("lars").await;
    assert!(
        !has(&inbox, VolunteerAction::Accept(family)),
        "{}",
        text(&inbox)
    );
    assert!(has(&inbox, VolunteerAction::Accept(homework)));
    // The neighbourhood mothers' decision still waits: Mette (staff) sees it, Karen does not.
    let mette = app.press("mette", CoordinatorAction::PendingSignups).await;
    assert!(has(&mette, CoordinatorAction::Approve(lars)));
    let karen = app.press("karen", CoordinatorAction::PendingSignups).await;
    assert!(!has(&karen, CoordinatorAction::Approve(lars)));

    // Adding a group asks that group, and keeps the Red Cross's approval.
    app.inbox("mette").await;
    app.inbox("karen").await;
    app.press("lars", VolunteerAction::EditProfile).await;
    app.text("lars", "Lars").await;
    let letters = group(&app, "integrationsnetvaerk").await;
    app.press("lars", VolunteerAction::ToggleGroup(letters))
        .await;
    for _ in 0..3 {
        app.press("lars", VolunteerAction::SignupNext).await;
    }
    app.press("lars", VolunteerAction::SignupSend).await;
    assert_eq!(
        membership(&app, lars, "integrationsnetvaerk").await,
        "pending"
    );
    assert_eq!(membership(&app, lars, "roede-kors").await, "approved");
    assert!(has(
        &app.inbox("mette").await,
        CoordinatorAction::Approve(lars)
    ));
    assert!(!has(
        &app.inbox("karen").await,
        CoordinatorAction::Approve(lars)
    ));
}

#[tokio::test]
async fn a_groups_coordinator_cannot_act_on_another_groups_volunteers_requests_offers_or_broadcasts()
 {
    let app = app().await;
    let expired = app.t(Lang::of("da"), "button-expired");
    let refused = |replies: &[Reply]| text(replies).contains(&expired);
    // Birgit volunteers for the neighbourhood mothers only; Amal asks them for help.
    sign_up(
        &app,
        "birgit",
        Lang::of("da"),
        &["bydelsmoedre"],
        &[Spoken::of("ar")],
        &[Category::Family],
    )
    .await;
    let birgit = person(&app, "birgit").await;
    let asked = request(
        &app,
        "amal",
        Lang::of("ar"),
        "bydelsmoedre",
        Category::Family,
        "عائلة",
    )
    .await;
    app.newcomer("sara", Lang::of("ar")).await;
    app.press("sara", NewcomerAction::Ask).await;
    app.text("sara", "سؤال عن رسالة").await;
    let question =
        velkommen_core::ids::QuestionId::try_from(app.count("SELECT MAX(id) FROM questions").await)
            .unwrap();
    let offer = velkommen_core::ids::OfferId::try_from(
        app.count(
            "SELECT o.id FROM offers o JOIN groups g ON g.id = o.group_id
             WHERE g.slug = 'bydelsmoedre' ORDER BY o.id LIMIT 1",
        )
        .await,
    )
    .unwrap();
    let mothers = group(&app, "bydelsmoedre").await;

    // Karen, of the Red Cross, tries each of them.
    for action in [
        Action::from(CoordinatorAction::Approve(birgit)),
        CoordinatorAction::Decline(birgit).into(),
        CoordinatorAction::TakeRequest(asked).into(),
        CoordinatorAction::HandOver(asked).into(),
        CoordinatorAction::HandTo(asked, birgit).into(),
        CoordinatorAction::ManageOffer(offer).into(),
        CoordinatorAction::VerifyOffer(offer).into(),
        CoordinatorAction::EditOffer(offer).into(),
        CoordinatorAction::Questions.into(),
        CoordinatorAction::AnswerQuestion(question).into(),
        CoordinatorAction::Invite.into(),
        CoordinatorAction::InviteFor(mothers).into(),
    ] {
        let said = app.press("karen", action).await;
        assert!(
            refused(&said),
            "{action:?} was not refused: {}",
            text(&said)
        );
    }
    assert_eq!(membership(&app, birgit, "bydelsmoedre").await, "pending");
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM requests WHERE id = {asked} AND status = 'open'"
        ))
        .await,
        1
    );

    // She may announce only to her own group's people, never to every newcomer or to
    // another group.
    app.press("karen", CoordinatorAction::Broadcast).await;
    let asked_group = app
        .press(
            "karen",
            CoordinatorAction::BroadcastAudience(Audience::Newcomers),
        )
        .await;
    assert!(!has(&asked_group, CoordinatorAction::BroadcastGroup(None)));
    for group in [None, Some(mothers)] {
        let said = app
            .press("karen", CoordinatorAction::BroadcastGroup(group))
            .await;
        assert!(refused(&said), "{group:?}: {}", text(&said));
    }

    // Mette's broadcast is not Karen's to read or stop.
    app.press("mette", CoordinatorAction::Broadcast).await;
    app.press(
        "mette",
        CoordinatorAction::BroadcastAudience(Audience::Newcomers),
    )
    .await;
    app.press("mette", CoordinatorAction::BroadcastLang(None))
        .await;
    app.text("mette", "Caféen er åben").await;
    for _ in 1..Lang::all().len() {
        app.press("mette", CoordinatorAction::SkipText).await;
    }
    app.press("mette", CoordinatorAction::BroadcastSend).await;
    let sent = velkommen_core::ids::BroadcastId::try_from(
        app.count("SELECT MAX(id) FROM broadcasts").await,
    )
    .unwrap();
    for action in [
        CoordinatorAction::BroadcastReport(sent),
        CoordinatorAction::CancelBroadcast(sent),
    ] {
        let said = app.press("karen", action).await;
        assert!(refused(&said), "{action:?}: {}", text(&said));
    }
    let listed = app.press("karen", CoordinatorAction::Broadcasts).await;
    assert!(!has(&listed, CoordinatorAction::BroadcastReport(sent)));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE status = 'cancelled'")
            .await,
        0
    );

    // Her summary holds her group's numbers only, and no questions.
    // (Her Red Cross had nothing this quarter, so the summary says so.)
    let summary = text(&app.press("karen", CoordinatorAction::Summary).await);
    assert!(
        summary.contains(&app.t(Lang::of("da"), "summary-nothing")),
        "{summary}"
    );
    assert!(!summary.contains("Bydelsmødre"), "{summary}");
    let mettes = text(&app.press("mette", CoordinatorAction::Summary).await);
    assert!(mettes.contains("Bydelsmødre"), "{mettes}");
}

#[tokio::test]
async fn staff_read_who_did_what_by_number_and_the_trail_is_kept_for_a_year() {
    let app = app().await;
    let lars = volunteer(
        &app,
        "lars",
        Lang::of("da"),
        &["roede-kors"],
        &[Spoken::of("ar")],
        &[Category::Learn],
    )
    .await;
    let asked = request(
        &app,
        "amal",
        Lang::of("ar"),
        "roede-kors",
        Category::Learn,
        "واجبات",
    )
    .await;
    app.press("karen", CoordinatorAction::TakeRequest(asked))
        .await;

    let trail = text(&app.press("mette", CoordinatorAction::Audit).await);
    let mette = person(&app, "mette").await;
    let karen = person(&app, "karen").await;
    assert!(
        trail.contains(&format!(
            "#{mette}: {} #{lars}",
            app.t(Lang::of("da"), "audit-approve")
        )),
        "{trail}"
    );
    assert!(
        trail.contains(&format!(
            "#{karen}: {} #{asked}",
            app.t(Lang::of("da"), "audit-take-request")
        )),
        "{trail}"
    );
    // Ids only: no name or text is kept in the trail.
    assert!(
        !trail.contains("lars ") && !trail.contains("واجبات"),
        "{trail}"
    );
    // A group's coordinator does not read it.
    let refused = app.press("karen", CoordinatorAction::Audit).await;
    assert!(text(&refused).contains(&app.t(Lang::of("da"), "button-expired")));

    app.clock.advance(chrono::Duration::days(366));
    app.engine.purge_expired().await.unwrap();
    assert_eq!(app.count("SELECT COUNT(*) FROM audit").await, 0);
}

#[tokio::test]
async fn a_relayed_cry_for_help_still_reaches_the_volunteer_and_staff_are_told() {
    let app = app().await;
    volunteer(
        &app,
        "lars",
        Lang::of("da"),
        &["roede-kors"],
        &[Spoken::of("en")],
        &[Category::Learn],
    )
    .await;
    let id = request(
        &app,
        "amal",
        Lang::of("en"),
        "roede-kors",
        Category::Learn,
        "homework",
    )
    .await;
    app.inbox("lars").await;
    app.press("lars", VolunteerAction::Accept(id)).await;
    app.press("amal", VolunteerAction::OpenRelay(id)).await;
    app.inbox("mette").await;
    let said = app.text("amal", "please help my husband hits me").await;
    assert!(text(&said).contains("112"), "{}", text(&said));
    assert!(text(&app.inbox("lars").await).contains("my husband hits me"));
    assert!(
        actions(&app.inbox("mette").await)
            .iter()
            .any(|a| matches!(a, Action::Coordinator(CoordinatorAction::TakeAlert(_))))
    );
    // The relay screen has the button too, for both sides.
    let screen = app.press("lars", VolunteerAction::OpenRelay(id)).await;
    assert!(has(&screen, AccountAction::Urgent));
}

#[tokio::test]
async fn files_past_the_days_quota_are_refused_kindly_and_not_stored() {
    let app = app_with(Settings {
        limits: velkommen_core::engine::Limits {
            files_per_day: 2,
            ..velkommen_core::engine::Limits::default()
        },
        ..Settings::default()
    })
    .await;
    volunteer(
        &app,
        "lars",
        Lang::of("da"),
        &["roede-kors"],
        &[Spoken::of("ar")],
        &[Category::Learn],
    )
    .await;
    let id = request(
        &app,
        "amal",
        Lang::of("ar"),
        "roede-kors",
        Category::Learn,
        "واجبات",
    )
    .await;
    app.inbox("lars").await;
    app.press("lars", VolunteerAction::Accept(id)).await;
    app.press("amal", VolunteerAction::OpenRelay(id)).await;
    let photo = |n: u8| Input::File {
        file: IncomingFile {
            withheld: None,
            kind: velkommen_core::engine::AttachmentKind::Photo,
            name: format!("brev{n}.jpg"),
            mime: "image/jpeg".into(),
            bytes: vec![0xff, 0xd8, n],
            native: None,
        },
        caption: String::new(),
    };
    for n in 0..2 {
        app.send("amal", None, photo(n)).await;
    }
    let third = app.send("amal", None, photo(2)).await;
    assert!(
        text(&third).contains(&app.t(Lang::of("ar"), "file-quota")),
        "{}",
        text(&third)
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM files").await, 2);
    // A day later there is room again.
    app.clock
        .advance(chrono::Duration::days(1) + chrono::Duration::minutes(1));
    app.send("amal", None, photo(3)).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM files").await, 3);
}

#[tokio::test]
async fn a_file_staying_on_its_platform_is_not_stored_only_one_crossing_platforms_is() {
    let app = app().await;
    volunteer(
        &app,
        "lars",
        Lang::of("da"),
        &["roede-kors"],
        &[Spoken::of("ar")],
        &[Category::Learn],
    )
    .await;
    let id = request(
        &app,
        "amal",
        Lang::of("ar"),
        "roede-kors",
        Category::Learn,
        "واجبات",
    )
    .await;
    app.inbox("lars").await;
    app.press("lars", VolunteerAction::Accept(id)).await;
    app.press("amal", VolunteerAction::OpenRelay(id)).await;
    // Lars is reached on the platform Amal's photo is already on: it is passed on by the
    // platform's reference, and only its name is kept for the day's count.
    let photo = |native: Option<velkommen_core::message::NativeFile>| Input::File {
        file: IncomingFile {
            withheld: None,
            kind: velkommen_core::engine::AttachmentKind::Photo,
            name: "brev.jpg".into(),
            mime: "image/jpeg".into(),
            bytes: vec![0xff, 0xd8, 0xff, 1, 2, 3],
            native,
        },
        caption: String::new(),
    };
    app.send(
        "amal",
        None,
        photo(Some(velkommen_core::message::NativeFile {
            platform: velkommen_core::Platform::Terminal,
            chat_id: "amal".into(),
            message_id: "7".into(),
        })),
    )
    .await;
    let got = app.inbox("lars").await;
    assert!(got.iter().any(|m| m.attachment.is_some()), "{got:#?}");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM files WHERE length(bytes) = 0 AND name = 'brev.jpg'")
            .await,
        1
    );
    // One that is on no platform Lars reads from must be stored to reach him.
    app.send("amal", None, photo(None)).await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM files WHERE length(bytes) = 6")
            .await,
        1
    );
}

/// Birgit becomes the Red Cross's coordinator through Mette's invite code.
async fn birgit_coordinates(app: &TestApp, group_id: velkommen_core::ids::GroupId) -> PersonId {
    app.press("mette", CoordinatorAction::Invite).await;
    let made = text(
        &app.press("mette", CoordinatorAction::InviteFor(group_id))
            .await,
    );
    let code = made
        .split_whitespace()
        .find(|w| w.starts_with("inv-"))
        .expect("a code")
        .trim_end_matches(['.', '\u{2069}'])
        .trim_start_matches('\u{2068}')
        .to_owned();
    app.send(
        "birgit",
        Some("da"),
        Input::Command(velkommen_core::engine::Command::named("start", &code)),
    )
    .await;
    app.press("birgit", AccountAction::SetLanguage(Lang::of("da")))
        .await;
    app.press("birgit", AccountAction::Privacy(PrivacyChoice::Agree))
        .await;
    person(app, "birgit").await
}

#[tokio::test]
async fn staff_take_a_group_from_a_coordinator_audited_and_a_coordinator_may_step_down() {
    let app = app().await;
    let roede_kors = group(&app, "roede-kors").await;
    let birgit = birgit_coordinates(&app, roede_kors).await;
    app.inbox("birgit").await;

    // Staff see her, and those named in configuration as such.
    let list = app.press("mette", CoordinatorAction::Coordinators).await;
    assert!(has(
        &list,
        CoordinatorAction::RemoveCoordinator(birgit, roede_kors)
    ));
    assert!(text(&list).contains("terminal:karen"), "{}", text(&list));
    // A group's coordinator may not remove anyone.
    let refused = app
        .press(
            "karen",
            CoordinatorAction::RemoveCoordinator(birgit, roede_kors),
        )
        .await;
    assert!(text(&refused).contains(&app.t(Lang::of("da"), "button-expired")));

    let removed = app
        .press(
            "mette",
            CoordinatorAction::RemoveCoordinator(birgit, roede_kors),
        )
        .await;
    assert!(text(&removed).contains(&app.t(Lang::of("da"), "coordinator-removed")));
    assert_eq!(app.count("SELECT COUNT(*) FROM coordinators").await, 0);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit WHERE action = 'remove-coordinator'")
            .await,
        1
    );
    let told = text(&app.inbox("birgit").await);
    assert!(told.contains("Røde Kors"), "{told}");
    let now = app.press("birgit", CoordinatorAction::PendingSignups).await;
    assert!(
        text(&now).contains(&app.t(Lang::of("da"), "button-expired")),
        "no longer hers"
    );

    // Invited again, she steps down herself.
    let birgit = birgit_coordinates(&app, roede_kors).await;
    let hers = app.press("birgit", CoordinatorAction::Coordinators).await;
    assert!(has(&hers, CoordinatorAction::StepDown(roede_kors)));
    assert!(!has(
        &hers,
        CoordinatorAction::RemoveCoordinator(birgit, roede_kors)
    ));
    let stepped = app
        .press("birgit", CoordinatorAction::StepDown(roede_kors))
        .await;
    assert!(text(&stepped).contains(&app.t(Lang::of("da"), "coordinator-stepped-down")));
    assert_eq!(app.count("SELECT COUNT(*) FROM coordinators").await, 0);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit WHERE action = 'step-down'")
            .await,
        1
    );
}

#[tokio::test]
async fn a_restore_replays_every_privacy_event_since_the_backup_and_ends_every_session() {
    use velkommen_core::store::{Store, erasure_log_of};
    let app = app().await;
    let roede_kors = group(&app, "roede-kors").await;
    let birgit = birgit_coordinates(&app, roede_kors).await;
    app.press("mette", CoordinatorAction::InviteFor(roede_kors))
        .await;
    let invite: i64 = app
        .count("SELECT id FROM invites WHERE used_at IS NULL")
        .await;
    app.newcomer("amal", Lang::of("ar")).await;
    app.press("amal", AccountAction::SetNews(true)).await;
    app.newcomer("lars", Lang::of("da")).await;
    app.ask_for(
        "lars",
        Category::Meet,
        Some("Lars vil gerne have en rundtur"),
    )
    .await;
    app.command("birgit", "web").await;
    let backup = app.path.with_file_name("backup.db");
    app.engine.store().backup_into(&backup).await.unwrap();

    // After the backup: Birgit is removed, the open invite is withdrawn, Amal stops news,
    // Lars says no after yes, and Birgit's page session ends with her removal.
    app.press(
        "mette",
        CoordinatorAction::RemoveCoordinator(birgit, roede_kors),
    )
    .await;
    app.press(
        "mette",
        CoordinatorAction::RevokeInvite(velkommen_core::ids::InviteId::try_from(invite).unwrap()),
    )
    .await;
    app.press("amal", AccountAction::SetNews(false)).await;
    app.press("lars", AccountAction::ShowPrivacy).await;
    app.press("lars", AccountAction::Privacy(PrivacyChoice::Decline))
        .await;

    // The backup, restored, says what the live database says about each of these.
    let restored = Store::open(&backup).await.unwrap();
    restored
        .reapply_erasures(&erasure_log_of(&app.path))
        .await
        .unwrap();
    restored.close().await;
    let raw = sqlx::SqlitePool::connect(&format!("sqlite://{}", backup.display()))
        .await
        .unwrap();
    let count = |sql: &'static str| {
        let raw = raw.clone();
        async move {
            sqlx::query_scalar::<_, i64>(sql)
                .fetch_one(&raw)
                .await
                .unwrap()
        }
    };
    assert_eq!(count("SELECT COUNT(*) FROM coordinators").await, 0);
    assert_eq!(
        count("SELECT COUNT(*) FROM invites WHERE used_at IS NULL AND revoked_at IS NULL").await,
        0
    );
    assert_eq!(count("SELECT COUNT(*) FROM people WHERE news = 1").await, 0);
    assert_eq!(
        count("SELECT COUNT(*) FROM people WHERE consent = 'declined'").await,
        1
    );
    assert_eq!(count("SELECT COUNT(*) FROM requests").await, 0);
    assert_eq!(count("SELECT COUNT(*) FROM desk_sessions").await, 0);
    assert_eq!(count("SELECT COUNT(*) FROM desk_links").await, 0);
    raw.close().await;

    // The log is pruned once no backup that old may be kept.
    let log = std::fs::read_to_string(erasure_log_of(&app.path)).unwrap();
    for kind in [
        "consent ",
        "news ",
        "coordinator-removed ",
        "invite-revoked ",
    ] {
        assert!(log.lines().any(|l| l.starts_with(kind)), "{kind}: {log}");
    }
    assert!(
        log.lines()
            .all(|l| !l.contains("Lars") && !l.contains("amal"))
    );
    app.clock.advance(Duration::days(15));
    app.engine.purge_expired().await.unwrap();
    let log = std::fs::read_to_string(erasure_log_of(&app.path)).unwrap_or_default();
    assert_eq!(log.lines().count(), 0, "{log}");
}

#[tokio::test]
async fn mydata_tells_when_staff_or_a_coordinator_looked_at_a_persons_data_by_role_and_why() {
    let app = app().await;
    app.newcomer("amal", Lang::of("en")).await;
    // A Red Cross offer, so that Karen, who coordinates the Red Cross, sees it too.
    app.ask_for("amal", Category::Family, Some("We are five"))
        .await;
    app.press("amal", NewcomerAction::Ask).await;
    app.text("amal", "Where is the library?").await;
    let amal = person(&app, "amal").await;

    // Nobody has looked yet.
    let mine = text(&app.command("amal", "mydata").await);
    assert!(!mine.contains("👁️"), "{mine}");

    // Karen opens the requests nobody took, twice in a morning; Mette opens the questions.
    app.press("karen", CoordinatorAction::OpenRequests).await;
    app.press("karen", CoordinatorAction::OpenRequests).await;
    app.press("mette", CoordinatorAction::Questions).await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM access_log").await,
        2,
        "once per viewer, item and day"
    );
    let en = Lang::of("en");
    let mine = text(&app.command("amal", "mydata").await);
    let today = en.short_date(&app.engine.now(), &app.engine.now());
    for (role, purpose) in [("coordinator", "request"), ("staff", "question")] {
        let line = app.f(
            en,
            "my-data-look",
            &[
                ("date", today.as_str().into()),
                ("role", role.into()),
                ("purpose", purpose.into()),
            ],
        );
        assert!(mine.contains(&line), "{line}\n{mine}");
    }
    // It names no one, and holds no words.
    assert!(!mine.contains("Karen") && !mine.contains("Mette"));
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM access_log WHERE person_id = {}",
            amal.get()
        ))
        .await,
        2
    );

    // It goes with the person, and otherwise is kept as long as the audit trail.
    app.command("amal", "delete").await;
    app.press("amal", AccountAction::ConfirmDelete).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM access_log").await, 0);
}

#[tokio::test]
async fn a_family_deleting_their_data_mid_conversation_is_told_to_their_volunteer_at_once() {
    let da = Lang::of("da");
    for withdraw in [false, true] {
        let app = app().await;
        let id = lars_helps_amal(&app).await;
        let offer = app.engine.store().request(id).await.unwrap().unwrap().offer;
        let title = app
            .engine
            .store()
            .offer(offer, da)
            .await
            .unwrap()
            .unwrap()
            .title;
        app.inbox("lars").await;
        if withdraw {
            // Saying no to the privacy notice erases the request too.
            app.press("amal", AccountAction::ShowPrivacy).await;
            app.press("amal", AccountAction::Privacy(PrivacyChoice::Decline))
                .await;
        } else {
            app.command("amal", "delete").await;
            app.press("amal", AccountAction::ConfirmDelete).await;
        }
        let told = app.inbox("lars").await;
        let expected = app.f(
            da,
            "request-family-left",
            &[
                ("request", id.get().into()),
                ("offer", title.as_str().into()),
            ],
        );
        assert!(
            text(&told).contains(&expected),
            "withdraw={withdraw}: {}",
            text(&told)
        );
        assert_eq!(told[0].lang, da);
        // His old Reply button is stale now: the request is gone.
        let old = app.press("lars", VolunteerAction::OpenRelay(id)).await;
        assert!(text(&old).contains(&app.t(da, "button-expired")));
    }
}
