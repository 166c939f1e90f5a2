//! Coordinators: broadcasts with fallbacks and delivery reports, events with RSVPs and
//! reminders, questions, catalogue upkeep and the quarterly summary.

use chrono::Duration;
use velkommen_core::action::PrivacyChoice;
use velkommen_core::action::{AccountAction, CoordinatorAction, NewcomerAction, VolunteerAction};
use velkommen_core::category::Category;
use velkommen_core::clock::Clock;
use velkommen_core::domain::{Audience, OfferField};
use velkommen_core::ids::{BroadcastId, EventId};
use velkommen_core::ids::{GroupId, OfferId, QuestionId};
use velkommen_core::store::Delivery;
use velkommen_core::{Action, Input, Lang, Platform, Reply, Settings};

use crate::helpers::{TestApp, actions, first_offer, spawn_app_with, text};

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
    app
}

/// A newcomer on `platform` who agreed and asked for news.
async fn reader(app: &TestApp, platform: Platform, who: &str, lang: Lang) {
    app.send_on(platform, who, Some(lang.code()), Input::Text("hi".into()))
        .await;
    app.send_on(
        platform,
        who,
        None,
        Input::Button(AccountAction::SetLanguage(lang).encode()),
    )
    .await;
    app.send_on(
        platform,
        who,
        None,
        Input::Button(AccountAction::Privacy(PrivacyChoice::AgreeWithNews).encode()),
    )
    .await;
}

async fn group(app: &TestApp, slug: &str) -> GroupId {
    let id: i64 = sqlx::query_scalar("SELECT id FROM groups WHERE slug = ?")
        .bind(slug)
        .fetch_one(&app.raw().await)
        .await
        .unwrap();
    GroupId::try_from(id).unwrap()
}

fn has(messages: &[Reply], action: impl Into<Action>) -> bool {
    actions(messages).contains(&action.into())
}

/// Mette writes a broadcast to newcomers in every language, with `texts` per language
/// (`None` skips it); returns what she saw before confirming.
async fn compose(app: &TestApp, texts: [Option<&str>; 3]) -> Vec<Reply> {
    app.press("mette", CoordinatorAction::Broadcast).await;
    app.press(
        "mette",
        CoordinatorAction::BroadcastAudience(Audience::Newcomers),
    )
    .await;
    let mut last = app
        .press("mette", CoordinatorAction::BroadcastLang(None))
        .await;
    for text in texts {
        last = match text {
            Some(text) => app.text("mette", text).await,
            None => app.press("mette", CoordinatorAction::SkipText).await,
        };
    }
    // Danish, Arabic and English are written or skipped; any language after them is skipped.
    for _ in texts.len()..Lang::all().len() {
        last = app.press("mette", CoordinatorAction::SkipText).await;
    }
    last
}

#[tokio::test]
async fn a_broadcast_reaches_a_mixed_audience_in_each_language_and_its_report_counts_a_blocked_reader()
 {
    let app = app().await;
    reader(&app, Platform::Terminal, "amal", Lang::of("ar")).await;
    reader(&app, Platform::Telegram, "1001", Lang::of("ar")).await;
    reader(&app, Platform::Telegram, "1002", Lang::of("da")).await;
    reader(&app, Platform::Discord, "2001", Lang::of("en")).await;
    reader(&app, Platform::Telegram, "blocked", Lang::of("en")).await;
    app.newcomer("no-news", Lang::of("ar")).await;

    let preview = compose(
        &app,
        [
            Some("Café Venlig holder åbent torsdag."),
            Some("مقهى فينلي مفتوح يوم الخميس."),
            Some("Café Venlig is open on Thursday."),
        ],
    )
    .await;
    assert!(text(&preview).contains(&app.engine.locales().format(
        Lang::of("da"),
        "broadcast-preview",
        &[("count", 5_i64.into())]
    )));
    assert!(
        preview
            .iter()
            .any(|r| r.lang == Lang::of("ar") && r.text.contains("مقهى فينلي مفتوح يوم الخميس.")),
        "Arabic readers' preview, in Arabic"
    );
    assert!(has(&preview, CoordinatorAction::BroadcastSend));
    let sent = app.press("mette", CoordinatorAction::BroadcastSend).await;
    assert!(text(&sent).contains(&app.t(Lang::of("da"), "broadcast-sent")));

    // Each reader gets their own language, on their own platform.
    assert_eq!(
        text(&app.inbox("amal").await),
        "📣 مقهى فينلي مفتوح يوم الخميس."
    );
    assert!(
        app.inbox("no-news").await.is_empty(),
        "only those who opted in"
    );
    let store = app.engine.store();
    let now = app.clock.now();
    for platform in [Platform::Telegram, Platform::Discord] {
        for item in store.take_due(platform, now, 100).await.unwrap() {
            let delivery = if item.to.user_id == "blocked" {
                Delivery::Unreachable("403 Forbidden: bot was blocked by the user".into())
            } else {
                Delivery::Delivered
            };
            let expected = match item.to.user_id.as_str() {
                "1002" => "📣 Café Venlig holder åbent torsdag.",
                "1001" => "📣 مقهى فينلي مفتوح يوم الخميس.",
                _ => "📣 Café Venlig is open on Thursday.",
            };
            assert_eq!(item.message.text, expected);
            store
                .record_delivery(item.id, &delivery, now)
                .await
                .unwrap();
        }
    }

    let id = BroadcastId::try_from(app.count("SELECT MAX(id) FROM broadcasts").await).unwrap();
    let report = store.broadcast_report(id).await.unwrap().unwrap();
    let count = |platform: &str, lang: &str, status: &str| {
        report
            .rows
            .iter()
            .find(|r| r.0 == platform && r.1 == lang && r.2 == status)
            .map_or(0, |r| r.3)
    };
    assert_eq!(count("terminal", "ar", "delivered"), 1);
    assert_eq!(count("telegram", "ar", "delivered"), 1);
    assert_eq!(count("telegram", "da", "delivered"), 1);
    assert_eq!(count("discord", "en", "delivered"), 1);
    assert_eq!(count("telegram", "en", "unreachable"), 1);
    // Mette sees it, in Danish, by platform and language.
    let shown = text(
        &app.press("mette", CoordinatorAction::BroadcastReport(id))
            .await,
    );
    assert!(
        shown.contains(&app.t(Lang::of("da"), "delivery-unreachable")),
        "{shown}"
    );
    assert!(shown.contains("Telegram"));
    // The blocked reader is not written to again.
    let again = compose(&app, [Some("Igen"), None, None]).await;
    assert!(text(&again).contains(&app.engine.locales().format(
        Lang::of("da"),
        "broadcast-preview",
        &[("count", 5_i64.into())]
    )));
    app.press("mette", CoordinatorAction::BroadcastSend).await;
    let second = store
        .broadcast_report(BroadcastId::try_from(id.get() + 1).unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(second.no_address, 1);
}

#[tokio::test]
async fn a_language_left_empty_falls_back_along_its_chain_and_the_preview_says_so() {
    let app = app().await;
    reader(&app, Platform::Terminal, "amal", Lang::of("ar")).await;
    reader(&app, Platform::Terminal, "lars", Lang::of("da")).await;
    reader(&app, Platform::Terminal, "grace", Lang::of("en")).await;

    let preview = compose(&app, [None, None, Some("Only English")]).await;
    // Mette reads Danish: the languages are named in Danish, not in their own script.
    let fallback = app.engine.locales().format(
        Lang::of("da"),
        "broadcast-preview-fallback",
        &[
            ("language", "arabisk".into()),
            ("count", 1_i64.into()),
            ("fallback", "engelsk".into()),
        ],
    );
    assert!(fallback.starts_with("På arabisk får én person teksten på engelsk"));
    assert!(text(&preview).contains(&fallback), "{}", text(&preview));
    app.press("mette", CoordinatorAction::BroadcastSend).await;
    for who in ["amal", "lars", "grace"] {
        assert_eq!(text(&app.inbox(who).await), "📣 Only English", "{who}");
    }

    let preview = compose(&app, [Some("Kun dansk"), None, Some("English")]).await;
    assert!(text(&preview).contains("Kun dansk"));
    app.press("mette", CoordinatorAction::BroadcastSend).await;
    assert_eq!(
        text(&app.inbox("amal").await),
        "📣 English",
        "for readers of Arabic, English comes before Danish"
    );
    assert_eq!(text(&app.inbox("lars").await), "📣 Kun dansk");
    assert_eq!(text(&app.inbox("grace").await), "📣 English");

    // With no Danish or English text, Mette is asked again.
    let asked = compose(&app, [None, Some("عربي فقط"), None]).await;
    assert!(text(&asked).contains(&app.t(Lang::of("da"), "broadcast-needs-text")));
}

#[tokio::test]
async fn a_broadcast_to_one_groups_volunteers_in_one_language_reaches_only_them() {
    let app = app().await;
    reader(&app, Platform::Terminal, "amal", Lang::of("ar")).await;
    for (who, slug, lang) in [
        ("lars", "roede-kors", Lang::of("da")),
        ("fatima", "bydelsmoedre", Lang::of("da")),
        ("sami", "roede-kors", Lang::of("ar")),
    ] {
        app.send(who, Some(lang.code()), Input::Text("hej".into()))
            .await;
        app.press(who, AccountAction::SetLanguage(lang)).await;
        app.press(who, AccountAction::Privacy(PrivacyChoice::AgreeWithNews))
            .await;
        app.press(who, VolunteerAction::SignUp).await;
        app.text(who, who).await;
        app.press(who, VolunteerAction::ToggleGroup(group(&app, slug).await))
            .await;
        app.press(who, VolunteerAction::SignupNext).await;
        app.press(
            who,
            VolunteerAction::ToggleSpoken(velkommen_core::roles::Spoken::of("da")),
        )
        .await;
        app.press(who, VolunteerAction::SignupNext).await;
        app.press(who, VolunteerAction::ToggleHelp(Category::Learn))
            .await;
        app.press(who, VolunteerAction::SignupNext).await;
        app.press(who, VolunteerAction::SignupSend).await;
        let id: i64 = app
            .count(&format!(
                "SELECT person_id FROM identities WHERE user_id = '{who}'"
            ))
            .await;
        app.press(
            "mette",
            Action::from(CoordinatorAction::Approve(
                velkommen_core::ids::PersonId::try_from(id).unwrap(),
            )),
        )
        .await;
        app.inbox(who).await;
    }
    app.inbox("karen").await;
    // Karen may only pick her own group.
    app.press("karen", CoordinatorAction::Broadcast).await;
    app.press(
        "karen",
        CoordinatorAction::BroadcastAudience(Audience::Volunteers),
    )
    .await;
    let forged = app
        .press(
            "karen",
            Action::from(CoordinatorAction::BroadcastGroup(Some(
                group(&app, "bydelsmoedre").await,
            ))),
        )
        .await;
    assert!(text(&forged).contains(&app.t(Lang::of("da"), "button-expired")));
    let forged = app
        .press("karen", CoordinatorAction::BroadcastGroup(None))
        .await;
    assert!(text(&forged).contains(&app.t(Lang::of("da"), "button-expired")));
    app.press(
        "karen",
        Action::from(CoordinatorAction::BroadcastGroup(Some(
            group(&app, "roede-kors").await,
        ))),
    )
    .await;
    app.press(
        "karen",
        CoordinatorAction::BroadcastLang(Some(Lang::of("da"))),
    )
    .await;
    let preview = app.text("karen", "Kvartalsmøde torsdag kl. 17").await;
    assert!(text(&preview).contains(&app.engine.locales().format(
        Lang::of("da"),
        "broadcast-preview",
        &[("count", 1_i64.into())]
    )));
    app.press("karen", CoordinatorAction::BroadcastSend).await;
    assert_eq!(
        text(&app.inbox("lars").await),
        "📣 Kvartalsmøde torsdag kl. 17"
    );
    for who in ["fatima", "sami", "amal"] {
        assert!(app.inbox(who).await.is_empty(), "{who}");
    }
}

#[tokio::test]
async fn a_pending_broadcast_can_be_cancelled() {
    let app = app().await;
    reader(&app, Platform::Telegram, "1", Lang::of("ar")).await;
    reader(&app, Platform::Telegram, "2", Lang::of("da")).await;
    compose(&app, [Some("Aflyst"), None, None]).await;
    let sent = app.press("mette", CoordinatorAction::BroadcastSend).await;
    let id = BroadcastId::try_from(app.count("SELECT MAX(id) FROM broadcasts").await).unwrap();
    assert!(has(&sent, CoordinatorAction::CancelBroadcast(id)));
    let cancelled = app
        .press("mette", CoordinatorAction::CancelBroadcast(id))
        .await;
    assert!(text(&cancelled).contains(&app.engine.locales().format(
        Lang::of("da"),
        "broadcast-cancelled",
        &[("count", 2_i64.into())]
    )));
    assert!(
        app.engine
            .store()
            .take_due(Platform::Telegram, app.clock.now(), 10)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(!has(&cancelled, CoordinatorAction::CancelBroadcast(id)));
}

/// Mette creates an event through the chat; returns its id.
async fn create_event(app: &TestApp, audience: Audience) -> EventId {
    app.press("mette", CoordinatorAction::NewEvent).await;
    app.press(
        "mette",
        CoordinatorAction::EventGroup(group(app, "cafe-venlig").await),
    )
    .await;
    app.press("mette", CoordinatorAction::EventAudience(audience))
        .await;
    let refused = app.text("mette", "next thursday").await;
    assert!(text(&refused).contains(&app.t(Lang::of("da"), "event-time-invalid")));
    app.text("mette", "2026-12-03 17:00").await;
    app.text("mette", "Ballerup Bibliotek, Hovedgaden 60").await;
    app.text("mette", "Dialogmøde").await;
    app.text("mette", "Kom og mød kommunens rådgivere.").await;
    app.text("mette", "لقاء حوار").await;
    app.text("mette", "تعال والتقِ بمستشاري البلدية.").await;
    let mut check = vec![];
    for _ in 2..Lang::all().len() {
        check = app.press("mette", CoordinatorAction::SkipText).await;
    }
    assert!(
        text(&check).contains("torsdag den 3. december 2026 kl. 17.00"),
        "{}",
        text(&check)
    );
    let created = app.press("mette", CoordinatorAction::EventCreate).await;
    let id = EventId::try_from(app.count("SELECT MAX(id) FROM events").await).unwrap();
    assert!(has(&created, CoordinatorAction::AnnounceEvent(id)));
    id
}

#[tokio::test]
async fn an_event_is_announced_answered_and_reminded_the_day_before_across_a_restart() {
    let mut app = app().await;
    reader(&app, Platform::Terminal, "amal", Lang::of("ar")).await;
    reader(&app, Platform::Terminal, "grace", Lang::of("en")).await;
    let id = create_event(&app, Audience::Newcomers).await;

    // The announcement carries Going / Not going, in each reader's language.
    app.press("mette", CoordinatorAction::AnnounceEvent(id))
        .await;
    app.press("mette", CoordinatorAction::BroadcastSend).await;
    let amal = app.inbox("amal").await;
    assert!(text(&amal).contains("لقاء حوار"));
    assert!(
        has(&amal, NewcomerAction::Rsvp(id, true)) && has(&amal, NewcomerAction::Rsvp(id, false))
    );
    let grace = app.inbox("grace").await;
    assert!(
        text(&grace).contains("Dialogmøde"),
        "English readers get the Danish text"
    );

    let going = app.press("amal", NewcomerAction::Rsvp(id, true)).await;
    assert!(text(&going).contains("لقاء حوار"));
    app.press("grace", NewcomerAction::Rsvp(id, false)).await;

    // Upcoming events in the menu, and a calendar file.
    let upcoming = app.press("amal", NewcomerAction::UpcomingEvents).await;
    assert!(has(&upcoming, NewcomerAction::ShowEvent(id)));
    let calendar = app.press("amal", NewcomerAction::Calendar(id)).await;
    let file = calendar[0].attachment.clone().expect("an .ics file");
    // Made for the reply, not stored.
    assert_eq!(file.file_id, None);
    assert_eq!(app.count("SELECT COUNT(*) FROM files").await, 0);
    let bytes = file.inline.expect("the calendar file's bytes");
    assert!(
        String::from_utf8(bytes)
            .unwrap()
            .contains("DTSTART:20261203T160000Z")
    );

    // Mette sees the answers; newcomers are counted by language, never named.
    let detail = text(&app.press("mette", CoordinatorAction::EventDetail(id)).await);
    assert!(detail.contains(&app.engine.locales().format(
        Lang::of("da"),
        "event-rsvp-counts",
        &[("going", 1_i64.into()), ("notgoing", 1_i64.into())]
    )));
    assert!(!detail.contains("amal"));

    // The reminder waits for the day before, and survives a restart.
    app.restart().await;
    app.clock
        .set(crate::helpers::copenhagen(2026, 12, 2, 16, 59));
    app.engine.tick().await.unwrap();
    assert!(app.inbox("amal").await.is_empty());
    app.clock
        .set(crate::helpers::copenhagen(2026, 12, 2, 17, 0));
    app.engine.tick().await.unwrap();
    let reminder = app.inbox("amal").await;
    assert!(text(&reminder).contains(&app.t(Lang::of("ar"), "event-reminder")));
    assert!(text(&reminder).contains("لقاء حوار"));
    assert!(
        app.inbox("grace").await.is_empty(),
        "not going: no reminder"
    );
    assert_eq!(app.engine.tick().await.unwrap(), 0, "once only");
}

#[tokio::test]
async fn a_volunteers_event_is_hidden_from_newcomers() {
    let app = app().await;
    reader(&app, Platform::Terminal, "amal", Lang::of("ar")).await;
    let id = create_event(&app, Audience::Volunteers).await;
    for forged in [
        Action::from(NewcomerAction::ShowEvent(id)),
        Action::from(NewcomerAction::Rsvp(id, true)),
        Action::from(NewcomerAction::Calendar(id)),
    ] {
        let replies = app.press("amal", forged).await;
        assert!(
            text(&replies).contains(&app.t(Lang::of("ar"), "button-expired")),
            "{forged:?}"
        );
    }
    let upcoming = app.press("amal", NewcomerAction::UpcomingEvents).await;
    assert!(!has(&upcoming, NewcomerAction::ShowEvent(id)));
}

#[tokio::test]
async fn a_question_is_answered_through_the_bot_and_late_ones_are_flagged() {
    let app = app().await;
    for (who, lang) in [
        ("amal", Lang::of("ar")),
        ("lars", Lang::of("da")),
        ("grace", Lang::of("en")),
    ] {
        app.newcomer(who, lang).await;
        app.press(who, NewcomerAction::Ask).await;
        app.text(who, &format!("{who}: hvad står der i brevet?"))
            .await;
    }
    app.clock.advance(Duration::hours(49));
    app.newcomer("huda", Lang::of("ar")).await;
    app.press("huda", NewcomerAction::Ask).await;
    app.text("huda", "سؤال جديد").await;

    let list = app.press("mette", CoordinatorAction::Questions).await;
    let late = app.t(Lang::of("da"), "question-line-late");
    let late_mark = late
        .lines()
        .next()
        .unwrap()
        .split('(')
        .next()
        .unwrap()
        .trim()
        .to_owned();
    assert_eq!(
        list.iter()
            .filter(|r| r.text.starts_with(&late_mark))
            .count(),
        3,
        "{}",
        text(&list)
    );

    for (n, (who, lang)) in [
        ("amal", Lang::of("ar")),
        ("lars", Lang::of("da")),
        ("grace", Lang::of("en")),
    ]
    .into_iter()
    .enumerate()
    {
        let question = QuestionId::try_from(n as i64 + 1).unwrap();
        app.press("mette", CoordinatorAction::AnswerQuestion(question))
            .await;
        app.text("mette", "Det er en indkaldelse til et møde.")
            .await;
        let answer = app.inbox(who).await;
        assert!(
            answer[0]
                .text
                .contains(&format!("{who}: hvad står der i brevet?")),
            "labelled with the question"
        );
        assert!(
            answer[0]
                .text
                .contains("Det er en indkaldelse til et møde.")
        );
        assert_eq!(answer[0].lang, lang);
        assert!(has(&answer, NewcomerAction::ReplyToAnswer(question)));
        app.press(who, NewcomerAction::ReplyToAnswer(question))
            .await;
        app.text(who, "Tak!").await;
        let back = app.inbox("mette").await;
        assert!(text(&back).contains("Tak!"));
        assert!(has(&back, CoordinatorAction::AnswerQuestion(question)));
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM questions WHERE status = 'answered'")
            .await,
        3
    );
    // Nobody else can follow up someone's answered question.
    let forged = app
        .press(
            "huda",
            Action::from(NewcomerAction::ReplyToAnswer(
                QuestionId::try_from(1).unwrap(),
            )),
        )
        .await;
    assert!(text(&forged).contains(&app.t(Lang::of("ar"), "button-expired")));
}

#[tokio::test]
async fn a_coordinator_keeps_their_groups_offers_correct_and_newcomers_see_the_date() {
    let app = app().await;
    let list = text(&app.press("karen", CoordinatorAction::OurOffers).await);
    assert!(list.contains("⚠️"), "never checked offers are flagged");
    let homework = {
        app.newcomer("amal", Lang::of("ar")).await;
        first_offer(
            &app.press("amal", NewcomerAction::Category(Category::Learn))
                .await,
        )
    };
    let checked = app
        .press("karen", CoordinatorAction::VerifyOffer(homework))
        .await;
    assert!(text(&checked).contains(&app.t(Lang::of("da"), "offer-verified")));
    let seen = text(&app.press("amal", NewcomerAction::Offer(homework)).await);
    assert!(seen.contains("الخميس 26 نوفمبر 2026"), "{seen}");
    // The coordinator's own screen says the whole day, never a date cut mid-word.
    let managed = text(
        &app.press("karen", CoordinatorAction::ManageOffer(homework))
            .await,
    );
    assert!(
        managed.contains("torsdag den 26. november 2026"),
        "{managed}"
    );

    app.press("karen", CoordinatorAction::EditOffer(homework))
        .await;
    app.press("karen", CoordinatorAction::EditField(OfferField::When))
        .await;
    app.press("karen", CoordinatorAction::EditLang(Lang::of("ar")))
        .await;
    app.text("karen", "كل يوم ثلاثاء من الساعة الرابعة").await;
    let seen = text(&app.press("amal", NewcomerAction::Offer(homework)).await);
    assert!(seen.contains("كل يوم ثلاثاء من الساعة الرابعة"));

    // Karen coordinates the Red Cross only; the café is not hers.
    let cafe: i64 = app
        .count("SELECT id FROM offers WHERE slug = 'cafe-venlig'")
        .await;
    let cafe = OfferId::try_from(cafe).unwrap();
    for forged in [
        Action::from(CoordinatorAction::VerifyOffer(cafe)),
        Action::from(CoordinatorAction::EditOffer(cafe)),
        Action::from(CoordinatorAction::ManageOffer(cafe)),
    ] {
        let replies = app.press("karen", forged).await;
        assert!(
            text(&replies).contains(&app.t(Lang::of("da"), "button-expired")),
            "{forged:?}"
        );
    }
}

#[tokio::test]
async fn newcomers_and_volunteers_reach_no_coordinator_action_whatever_they_send() {
    let app = app().await;
    reader(&app, Platform::Terminal, "amal", Lang::of("ar")).await;
    let event = create_event(&app, Audience::Both).await;
    compose(&app, [Some("Hej"), None, None]).await;
    app.press("mette", CoordinatorAction::BroadcastSend).await;
    let broadcast =
        BroadcastId::try_from(app.count("SELECT MAX(id) FROM broadcasts").await).unwrap();
    app.press("amal", NewcomerAction::Ask).await;
    app.text("amal", "سؤال").await;
    let offer: i64 = app.count("SELECT MIN(id) FROM offers").await;
    let offer = OfferId::try_from(offer).unwrap();
    // Lars is an approved volunteer: still no coordinator.
    app.send("lars", Some("da"), Input::Text("hej".into()))
        .await;
    app.press("lars", AccountAction::SetLanguage(Lang::of("da")))
        .await;
    app.press("lars", AccountAction::Privacy(PrivacyChoice::Agree))
        .await;
    app.press("lars", VolunteerAction::SignUp).await;
    app.text("lars", "Lars").await;
    app.press("lars", VolunteerAction::SignupNext).await;
    app.press(
        "lars",
        Action::from(VolunteerAction::ToggleSpoken(
            velkommen_core::roles::Spoken::of("da"),
        )),
    )
    .await;
    app.press("lars", VolunteerAction::SignupNext).await;
    app.press("lars", VolunteerAction::ToggleHelp(Category::Learn))
        .await;
    app.press("lars", VolunteerAction::SignupNext).await;
    app.press("lars", VolunteerAction::SignupSend).await;
    let lars: i64 = app
        .count("SELECT person_id FROM identities WHERE user_id = 'lars'")
        .await;
    app.press(
        "mette",
        Action::from(CoordinatorAction::Approve(
            velkommen_core::ids::PersonId::try_from(lars).unwrap(),
        )),
    )
    .await;
    for (who, lang, forged) in [("amal", Lang::of("ar")), ("lars", Lang::of("da"))]
        .into_iter()
        .flat_map(|(who, lang)| {
            [
                Action::from(CoordinatorAction::Broadcast),
                Action::from(CoordinatorAction::BroadcastAudience(Audience::Both)),
                Action::from(CoordinatorAction::BroadcastSend),
                Action::from(CoordinatorAction::Broadcasts),
                Action::from(CoordinatorAction::BroadcastReport(broadcast)),
                Action::from(CoordinatorAction::CancelBroadcast(broadcast)),
                Action::from(CoordinatorAction::NewEvent),
                Action::from(CoordinatorAction::EventCreate),
                Action::from(CoordinatorAction::Events),
                Action::from(CoordinatorAction::EventDetail(event)),
                Action::from(CoordinatorAction::AnnounceEvent(event)),
                Action::from(CoordinatorAction::Questions),
                Action::from(CoordinatorAction::AnswerQuestion(
                    QuestionId::try_from(1).unwrap(),
                )),
                Action::from(CoordinatorAction::OurOffers),
                Action::from(CoordinatorAction::VerifyOffer(offer)),
                Action::from(CoordinatorAction::EditOffer(offer)),
                Action::from(CoordinatorAction::Summary),
            ]
            .map(|forged| (who, lang, forged))
        })
    {
        let replies = app.press(who, forged).await;
        assert!(
            text(&replies).contains(&app.t(lang, "button-expired")),
            "{who} {forged:?}: {}",
            text(&replies)
        );
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM broadcasts").await, 1);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM questions WHERE status = 'open'")
            .await,
        1
    );
}

#[tokio::test]
async fn the_quarterly_summary_counts_requests_per_group() {
    let app = app().await;
    app.newcomer("amal", Lang::of("ar")).await;
    app.ask_for("amal", Category::Learn, Some("واجبات")).await;
    app.ask_for("amal", Category::Family, None).await;
    let report = app
        .engine
        .store()
        .report(
            app.clock.now() - Duration::days(1),
            app.clock.now() + Duration::days(1),
            Lang::of("da"),
        )
        .await
        .unwrap();
    let red_cross = report
        .groups
        .iter()
        .find(|g| g.group.contains("Røde Kors"))
        .unwrap();
    assert_eq!((red_cross.received, red_cross.still_unclaimed), (2, 2));
    let summary = text(&app.press("mette", CoordinatorAction::Summary).await);
    assert!(summary.contains("Røde Kors"), "{summary}");
    assert!(report.to_csv().lines().count() >= 3);
}

#[tokio::test]
async fn switching_announcements_off_withdraws_those_still_waiting() {
    let app = app().await;
    reader(&app, Platform::Terminal, "amal", Lang::of("ar")).await;
    reader(&app, Platform::Terminal, "lina", Lang::of("ar")).await;
    compose(&app, [Some("Caféen holder lukket"), None, None]).await;
    app.press("mette", CoordinatorAction::BroadcastSend).await;
    let waiting =
        "SELECT COUNT(*) FROM outbox WHERE broadcast_id IS NOT NULL AND status = 'pending'";
    assert_eq!(app.count(waiting).await, 2);

    app.press("amal", AccountAction::SetNews(false)).await;
    assert_eq!(app.count(waiting).await, 1, "only Lina's copy still waits");
    assert!(!text(&app.inbox("amal").await).contains("Caféen"));
    assert!(text(&app.inbox("lina").await).contains("Caféen"));
}

/// Karen creates a Red Cross event for newcomers through the chat; returns its id.
async fn karens_event(app: &TestApp) -> EventId {
    app.press("karen", CoordinatorAction::NewEvent).await;
    app.press(
        "karen",
        CoordinatorAction::EventGroup(group(app, "roede-kors").await),
    )
    .await;
    app.press(
        "karen",
        CoordinatorAction::EventAudience(Audience::Newcomers),
    )
    .await;
    app.text("karen", "2026-12-03 17:00").await;
    app.text("karen", "Ballerup Bibliotek").await;
    app.text("karen", "Byvandring").await;
    app.text("karen", "Kom med på en tur i byen.").await;
    for _ in 1..Lang::all().len() {
        app.press("karen", CoordinatorAction::SkipText).await;
    }
    app.press("karen", CoordinatorAction::EventCreate).await;
    EventId::try_from(app.count("SELECT MAX(id) FROM events").await).unwrap()
}

#[tokio::test]
async fn a_group_coordinators_event_reaches_only_the_newcomers_of_the_group_in_chat_and_on_the_page()
 {
    let app = spawn_app_with(Settings {
        desk_url: Some("https://velkommen.example".into()),
        ..app().await.engine.settings().clone()
    })
    .await;
    for who in ["mette", "karen"] {
        app.send(who, Some("da"), Input::Text("hej".into())).await;
        app.press(who, AccountAction::SetLanguage(Lang::of("da")))
            .await;
        app.press(who, AccountAction::Privacy(PrivacyChoice::Agree))
            .await;
    }
    // Amal asked for a Red Cross offer; Omar never had anything to do with the Red Cross.
    reader(&app, Platform::Terminal, "amal", Lang::of("en")).await;
    reader(&app, Platform::Terminal, "omar", Lang::of("en")).await;
    app.press("amal", AccountAction::Menu).await;
    let tour = app.count("SELECT o.id FROM offers o JOIN groups g ON g.id = o.group_id WHERE g.slug = 'roede-kors' LIMIT 1").await;
    app.press(
        "amal",
        NewcomerAction::Interested(OfferId::try_from(tour).unwrap()),
    )
    .await;
    app.press(
        "amal",
        NewcomerAction::SkipNote(OfferId::try_from(tour).unwrap()),
    )
    .await;
    let event = karens_event(&app).await;

    // In chat.
    app.press("karen", CoordinatorAction::AnnounceEvent(event))
        .await;
    app.press("karen", CoordinatorAction::BroadcastSend).await;
    assert!(text(&app.inbox("amal").await).contains("Byvandring"));
    assert!(
        !text(&app.inbox("omar").await).contains("Byvandring"),
        "no tie to the Red Cross"
    );

    // On the page, through the same function.
    let link = text(&app.command("karen", "web").await);
    let token = link
        .split("/login/")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned();
    let opened = app.engine.desk_open(&token).await.unwrap().unwrap();
    let karen = app
        .engine
        .desk_user(&opened.session)
        .await
        .unwrap()
        .unwrap();
    app.engine.desk_announce_event(&karen, event).await.unwrap();
    assert!(text(&app.inbox("amal").await).contains("Byvandring"));
    assert!(!text(&app.inbox("omar").await).contains("Byvandring"));
    // A replayed or forged "every group" is refused in chat.
    app.press("karen", CoordinatorAction::Broadcast).await;
    app.press(
        "karen",
        CoordinatorAction::BroadcastAudience(Audience::Newcomers),
    )
    .await;
    let forged = app
        .press("karen", CoordinatorAction::BroadcastGroup(None))
        .await;
    assert!(
        text(&forged).contains(&app.t(Lang::of("da"), "button-expired")),
        "{}",
        text(&forged)
    );
    // "Every group" is staff's alone, on the page too.
    let every = app
        .engine
        .desk_broadcast(
            &karen,
            Audience::Newcomers,
            None,
            vec![(Lang::of("da"), "Hej alle".into())],
            None,
        )
        .await;
    assert!(every.is_err());
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE message LIKE '%Hej alle%'")
            .await,
        0
    );
}

#[tokio::test]
async fn a_scheduled_announcement_goes_only_to_who_it_reaches_at_its_time() {
    let app = spawn_app_with(Settings {
        desk_url: Some("https://velkommen.example".into()),
        ..app().await.engine.settings().clone()
    })
    .await;
    for who in ["mette", "karen"] {
        app.send(who, Some("da"), Input::Text("hej".into())).await;
        app.press(who, AccountAction::SetLanguage(Lang::of("da")))
            .await;
        app.press(who, AccountAction::Privacy(PrivacyChoice::Agree))
            .await;
    }
    // Lars and Sara volunteer with the Red Cross and want news.
    for who in ["lars", "sara"] {
        reader(&app, Platform::Terminal, who, Lang::of("da")).await;
        app.press(who, VolunteerAction::SignUp).await;
        app.text(who, who).await;
        app.press(
            who,
            VolunteerAction::ToggleGroup(group(&app, "roede-kors").await),
        )
        .await;
        app.press(who, VolunteerAction::SignupNext).await;
        app.press(
            who,
            VolunteerAction::ToggleSpoken(velkommen_core::roles::Spoken::of("da")),
        )
        .await;
        app.press(who, VolunteerAction::SignupNext).await;
        app.press(who, VolunteerAction::ToggleHelp(Category::Learn))
            .await;
        app.press(who, VolunteerAction::SignupNext).await;
        app.press(who, VolunteerAction::SignupSend).await;
        let id: i64 = app
            .count(&format!(
                "SELECT person_id FROM identities WHERE user_id = '{who}'"
            ))
            .await;
        app.press(
            "karen",
            CoordinatorAction::Approve(velkommen_core::ids::PersonId::try_from(id).unwrap()),
        )
        .await;
    }
    for who in ["lars", "sara"] {
        app.inbox(who).await;
    }
    let link = text(&app.command("karen", "web").await);
    let token = link
        .split("/login/")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned();
    let opened = app.engine.desk_open(&token).await.unwrap().unwrap();
    let karen = app
        .engine
        .desk_user(&opened.session)
        .await
        .unwrap()
        .unwrap();
    let at = app.clock.now() + Duration::hours(2);
    app.engine
        .desk_broadcast(
            &karen,
            Audience::Volunteers,
            Some(group(&app, "roede-kors").await),
            vec![(Lang::of("da"), "Møde på torsdag".into())],
            Some(at),
        )
        .await
        .unwrap();
    assert_eq!(
        app.count("SELECT COUNT(*) FROM volunteer_groups WHERE status = 'approved'")
            .await,
        2,
        "both approved"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE broadcast_id IS NOT NULL")
            .await,
        2
    );
    // Sara leaves the Red Cross before it goes.
    let sara: i64 = app
        .count("SELECT person_id FROM identities WHERE user_id = 'sara'")
        .await;
    sqlx::query("UPDATE volunteer_groups SET status = 'declined' WHERE person_id = ?")
        .bind(sara)
        .execute(&app.raw().await)
        .await
        .unwrap();
    // Nothing goes before its time, and nothing before the check at its time.
    app.clock.advance(Duration::hours(2) + Duration::seconds(1));
    assert!(app.inbox("lars").await.is_empty(), "not checked yet");
    app.engine.tick().await.unwrap();
    assert!(text(&app.inbox("lars").await).contains("Møde på torsdag"));
    assert!(
        app.inbox("sara").await.is_empty(),
        "declined before its time"
    );
}

#[tokio::test]
async fn the_chat_summary_leaves_out_groups_with_nothing_in_the_quarter() {
    let app = app().await;
    let da = Lang::of("da");
    let quiet = text(&app.press("mette", CoordinatorAction::Summary).await);
    assert!(quiet.contains(&app.t(da, "summary-nothing")), "{quiet}");
    assert!(!quiet.contains("Røde Kors"), "{quiet}");
    // One request to the Red Cross: its group is shown, and only it.
    app.newcomer("amal", Lang::of("ar")).await;
    app.ask_for("amal", Category::Family, None).await;
    let busy = text(&app.press("mette", CoordinatorAction::Summary).await);
    assert!(busy.contains("Røde Kors"), "{busy}");
    assert!(!busy.contains("Bydelsmødre"), "{busy}");
    assert!(!busy.contains(&app.t(da, "summary-nothing")), "{busy}");
}

#[tokio::test]
async fn a_coordinator_closes_a_request_with_a_reason_in_chat_as_on_the_page() {
    let app = app().await;
    let da = Lang::of("da");
    app.newcomer("amal", Lang::of("ar")).await;
    app.ask_for("amal", Category::Family, None).await;
    let open = app.press("karen", CoordinatorAction::OpenRequests).await;
    let id = open
        .iter()
        .flat_map(|r| r.buttons.iter().flatten())
        .find_map(|b| match b.action {
            Action::Coordinator(CoordinatorAction::CloseRequest(id)) => Some(id),
            _ => None,
        })
        .expect("a Close button on the request");
    let why = app
        .press("karen", CoordinatorAction::CloseRequest(id))
        .await;
    assert!(text(&why).contains(&app.t(da, "web-close-why")));
    for reason in velkommen_core::domain::CloseReason::ALL {
        assert!(
            actions(&why).contains(&CoordinatorAction::CloseRequestWith(id, reason).into()),
            "{reason:?}"
        );
    }
    app.inbox("amal").await;
    app.press(
        "karen",
        CoordinatorAction::CloseRequestWith(id, velkommen_core::domain::CloseReason::NoAnswer),
    )
    .await;
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM requests WHERE id = {id} AND status = 'cancelled' AND closed_reason = 'no-answer'"
        ))
        .await,
        1
    );
    assert!(!app.inbox("amal").await.is_empty(), "Amal is told");
    // Closed, it cannot be closed again; and a group's coordinator cannot close another's.
    let again = app
        .press("karen", CoordinatorAction::CloseRequest(id))
        .await;
    assert!(text(&again).contains(&app.t(da, "button-expired")));
}
