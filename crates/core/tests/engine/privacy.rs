use velkommen_core::action::PrivacyChoice;
use velkommen_core::action::{AccountAction, NewcomerAction};
use velkommen_core::category::Category;
use velkommen_core::{Action, Input, Lang, Platform};

use crate::helpers::{actions, first_offer, spawn_app, text};

#[tokio::test]
async fn the_notice_names_the_operator_the_platform_and_the_retention_in_every_language() {
    let app = spawn_app().await;
    for lang in Lang::all() {
        let who = format!("p-{lang}");
        app.send(&who, Some(lang.code()), Input::Text("hi".into()))
            .await;
        let notice = app.press(&who, AccountAction::SetLanguage(lang)).await;
        let shown = text(&notice);
        assert!(shown.contains("Ballerup Kommune"), "{shown}");
        assert!(shown.contains(&app.t(lang, "platform-terminal")));
        assert!(shown.contains("365"));
        assert!(shown.contains("/mydata") && shown.contains("/delete"));
        let choices = actions(&notice);
        for choice in [
            PrivacyChoice::Agree,
            PrivacyChoice::AgreeWithNews,
            PrivacyChoice::Decline,
        ] {
            assert!(choices.contains(&AccountAction::Privacy(choice).into()));
        }
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM people WHERE consent = 'pending'")
            .await,
        Lang::all().len() as i64
    );
}

#[tokio::test]
async fn declining_still_lets_a_person_browse_but_not_ask() {
    let app = spawn_app().await;
    app.send("amal", Some("ar"), Input::Text("hi".into())).await;
    app.press("amal", AccountAction::SetLanguage(Lang::of("ar")))
        .await;
    let after = app
        .press("amal", AccountAction::Privacy(PrivacyChoice::Decline))
        .await;
    assert!(text(&after).contains(&app.t(Lang::of("ar"), "privacy-declined")));
    let offer = first_offer(
        &app.press("amal", NewcomerAction::Category(Category::Learn))
            .await,
    );
    let details = app.press("amal", NewcomerAction::Offer(offer)).await;
    assert!(actions(&details).contains(&NewcomerAction::Interested(offer).into()));
    let refused = app.press("amal", NewcomerAction::Interested(offer)).await;
    assert!(text(&refused).contains(&app.t(Lang::of("ar"), "privacy-needed")));
    assert!(actions(&refused).contains(&AccountAction::ShowPrivacy.into()));
    let refused = app.press("amal", NewcomerAction::Ask).await;
    assert!(text(&refused).contains(&app.t(Lang::of("ar"), "privacy-needed")));
    assert_eq!(app.count("SELECT COUNT(*) FROM requests").await, 0);
}

#[tokio::test]
async fn news_is_opt_in_and_can_be_changed_later() {
    let app = spawn_app().await;
    app.newcomer("lars", Lang::of("da")).await;
    assert_eq!(app.count("SELECT news FROM people").await, 0);
    let on = app.press("lars", AccountAction::SetNews(true)).await;
    assert!(text(&on).contains(&app.t(Lang::of("da"), "news-on")));
    assert_eq!(app.count("SELECT news FROM people").await, 1);
    app.press("lars", AccountAction::SetNews(false)).await;
    assert_eq!(app.count("SELECT news FROM people").await, 0);

    app.send("amal", Some("ar"), Input::Text("hi".into())).await;
    app.press("amal", AccountAction::SetLanguage(Lang::of("ar")))
        .await;
    app.press("amal", AccountAction::Privacy(PrivacyChoice::AgreeWithNews))
        .await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM people WHERE news = 1")
            .await,
        1
    );
}

#[tokio::test]
async fn withdrawing_consent_erases_requests_and_questions() {
    let app = spawn_app().await;
    app.newcomer("amal", Lang::of("ar")).await;
    app.ask_for("amal", Category::Help, Some("رسالة من البلدية"))
        .await;
    app.press("amal", NewcomerAction::Ask).await;
    app.text("amal", "متى يفتح المقهى؟").await;
    app.press("amal", AccountAction::ShowPrivacy).await;
    app.press("amal", AccountAction::Privacy(PrivacyChoice::Decline))
        .await;
    assert_eq!(app.count("SELECT COUNT(*) FROM requests").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM questions").await, 0);
}

#[tokio::test]
async fn mydata_shows_everything_stored_and_delete_erases_it() {
    let app = spawn_app().await;
    for lang in Lang::all() {
        let who = format!("d-{lang}");
        app.newcomer(&who, lang).await;
        app.ask_for(&who, Category::Help, Some("Brev fra Udbetaling Danmark"))
            .await;
        app.press(&who, NewcomerAction::Ask).await;
        app.text(&who, "Hvor er biblioteket?").await;

        let data = text(&app.command(&who, "mydata").await);
        assert!(data.contains("Brev fra Udbetaling Danmark"), "{data}");
        assert!(data.contains("Hvor er biblioteket?"));
        assert!(data.contains(lang.name_in(lang)));
        assert!(data.contains(&app.t(lang, "platform-terminal")));

        let confirm = app.command(&who, "delete").await;
        assert!(actions(&confirm).contains(&AccountAction::ConfirmDelete.into()));
        let kept = app.press(&who, AccountAction::Menu).await;
        assert!(text(&kept).contains(&app.t(lang, "delete-kept")));
        app.command(&who, "delete").await;
        let gone = app.press(&who, AccountAction::ConfirmDelete).await;
        assert!(text(&gone).contains(&app.f(lang, "deleted", &[("backup_days", 14_i64.into())])));
    }
    for table in [
        "people",
        "identities",
        "conversations",
        "requests",
        "questions",
    ] {
        assert_eq!(
            app.count(&format!("SELECT COUNT(*) FROM {table}")).await,
            0,
            "{table}"
        );
    }
}

#[tokio::test]
async fn people_inactive_beyond_the_retention_period_are_erased() {
    let app = spawn_app().await;
    app.newcomer("old", Lang::of("ar")).await;
    app.newcomer("recent", Lang::of("da")).await;
    sqlx::query("UPDATE people SET last_seen_at = '2020-01-01T00:00:00Z' WHERE id = 1")
        .execute(&app.raw().await)
        .await
        .unwrap();
    let erased = app.engine.store().purge_expired(365).await.unwrap();
    assert_eq!(erased, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM people").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM identities").await, 1);
}

#[tokio::test]
async fn changing_language_on_the_notice_shows_the_notice_again_in_the_new_language() {
    let app = spawn_app().await;
    app.send("amal", Some("en"), Input::Text("hi".into())).await;
    app.press("amal", AccountAction::SetLanguage(Lang::of("en")))
        .await;
    app.press("amal", AccountAction::ChooseLanguage).await;
    let notice = app
        .press("amal", AccountAction::SetLanguage(Lang::of("ar")))
        .await;
    assert!(
        text(&notice).contains(&app.t(Lang::of("ar"), "privacy-agree"))
            || actions(&notice).contains(&AccountAction::Privacy(PrivacyChoice::Agree).into())
    );
    assert!(text(&notice).contains(&app.t(Lang::of("ar"), "welcome")));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM people WHERE consent = 'pending'")
            .await,
        1
    );
}

#[tokio::test]
async fn an_old_privacy_button_changes_nothing() {
    let app = spawn_app().await;
    for lang in Lang::all() {
        let who = format!("o-{lang}");
        app.newcomer(&who, lang).await;
        app.ask_for(&who, Category::Help, Some("brev")).await;
        for choice in [PrivacyChoice::Decline, PrivacyChoice::AgreeWithNews] {
            let replies = app.press(&who, AccountAction::Privacy(choice)).await;
            assert!(text(&replies).contains(&app.t(lang, "button-expired")));
        }
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM requests").await,
        Lang::all().len() as i64
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM people WHERE consent = 'agreed' AND news = 0")
            .await,
        Lang::all().len() as i64
    );
}

#[tokio::test]
async fn the_notice_warns_someone_who_agreed_that_no_erases_their_requests() {
    let app = spawn_app().await;
    for lang in Lang::all() {
        let who = format!("w-{lang}");
        app.newcomer(&who, lang).await;
        let notice = app.press(&who, AccountAction::ShowPrivacy).await;
        assert!(text(&notice).contains(&app.t(lang, "privacy-withdraw-warning")));
    }
}

#[tokio::test]
async fn declining_lets_a_person_browse_in_every_language() {
    let app = spawn_app().await;
    for lang in Lang::all() {
        let who = format!("b-{lang}");
        app.send(&who, Some(lang.code()), Input::Text("hi".into()))
            .await;
        app.press(&who, AccountAction::SetLanguage(lang)).await;
        let after = app
            .press(&who, AccountAction::Privacy(PrivacyChoice::Decline))
            .await;
        assert!(text(&after).contains(&app.t(lang, "privacy-declined")));
        let offers = app
            .press(&who, NewcomerAction::Category(Category::Meet))
            .await;
        assert!(
            actions(&offers)
                .iter()
                .any(|a| matches!(a, Action::Newcomer(NewcomerAction::Offer(_))))
        );
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM people WHERE consent = 'declined'")
            .await,
        Lang::all().len() as i64
    );
}

#[tokio::test]
async fn closed_requests_answered_questions_and_files_go_after_their_deadlines() {
    let app = spawn_app().await;
    app.newcomer("amal", Lang::of("ar")).await;
    let offer = first_offer(
        &app.press("amal", NewcomerAction::Category(Category::Learn))
            .await,
    );
    app.press("amal", NewcomerAction::Interested(offer)).await;
    app.text("amal", "ملاحظة").await;
    app.press("amal", NewcomerAction::Ask).await;
    app.text("amal", "سؤال").await;
    // One request is cancelled, one question answered, one file passed on: all long ago.
    let raw = app.raw().await;
    for sql in [
        "UPDATE requests SET status = 'cancelled', closed_at = '2026-09-01T10:00:00Z'",
        "UPDATE questions SET status = 'answered', answered_at = '2026-09-01T10:00:00Z'",
        "INSERT INTO files (person_id, name, mime, bytes, created_at)
         VALUES (1, 'brev.jpg', 'image/jpeg', x'ffd8', '2026-10-20T10:00:00Z')",
    ] {
        sqlx::query(sql).execute(&raw).await.unwrap();
    }
    // Today (26 November) the file is over 30 days old, the rest under 90: only the file goes.
    app.engine.purge_expired().await.unwrap();
    assert_eq!(app.count("SELECT COUNT(*) FROM files").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM requests").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM questions").await, 1);
    // Five days later they are over 90 days old: the closed request and the answered question
    // go; Amal stays.
    app.clock.advance(chrono::Duration::days(5));
    app.engine.purge_expired().await.unwrap();
    assert_eq!(app.count("SELECT COUNT(*) FROM requests").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM questions").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM people").await, 1);
}

#[tokio::test]
async fn an_inactive_person_is_told_a_week_ahead_and_a_message_keeps_their_data() {
    let app = spawn_app().await;
    app.newcomer("amal", Lang::of("ar")).await;
    app.newcomer("lina", Lang::of("da")).await;
    // A year less six days later, both are told, each in their language.
    app.clock
        .advance(chrono::Duration::days(365) - chrono::Duration::days(6));
    assert_eq!(app.engine.purge_expired().await.unwrap(), 0);
    let opening = |lang: Lang| -> String {
        let warning = app.t(lang, "retention-warning");
        warning
            .split_whitespace()
            .take(4)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let told = text(&app.inbox("amal").await);
    assert!(
        told.contains(&opening(Lang::of("ar"))) && told.contains('7'),
        "{told}"
    );
    let told = text(&app.inbox("lina").await);
    assert!(
        told.contains(&opening(Lang::of("da"))) && told.contains('7'),
        "{told}"
    );
    // Told once only.
    app.engine.purge_expired().await.unwrap();
    assert!(app.inbox("amal").await.is_empty());
    // Lina writes; a week later Amal is erased and Lina is not.
    app.text("lina", "hej").await;
    app.clock.advance(chrono::Duration::days(7));
    assert_eq!(app.engine.purge_expired().await.unwrap(), 1);
    assert_eq!(app.lang_of("lina").await, Lang::of("da"));
    assert_eq!(app.count("SELECT COUNT(*) FROM people").await, 1);
}

#[tokio::test]
async fn the_notice_fits_on_one_phone_screen_and_read_more_keeps_the_answers() {
    let app = spawn_app().await;
    for lang in Lang::all() {
        let who = format!("s-{lang}");
        app.send_on(
            Platform::Telegram,
            &who,
            Some(lang.code()),
            Input::Text("hi".into()),
        )
        .await;
        let notice = app
            .send_on(
                Platform::Telegram,
                &who,
                None,
                Input::Button(Action::from(AccountAction::SetLanguage(lang)).encode()),
            )
            .await;
        let shown = text(&notice);
        eprintln!("LEN {lang} {}", shown.chars().count());
        assert!(
            shown.chars().count() <= 500,
            "{lang}: {} characters:\n{shown}",
            shown.chars().count()
        );
        let more = app
            .send_on(
                Platform::Telegram,
                &who,
                None,
                Input::Button(Action::from(AccountAction::PrivacyMore).encode()),
            )
            .await;
        let (title, parts) = app.engine.privacy_policy(lang);
        assert!(text(&more).starts_with(&title), "{}", text(&more));
        // The page names every platform; a reader in chat is told of their own.
        let platforms = app.t(lang, "privacy-platforms-title");
        for (heading, part) in parts.iter().filter(|(h, _)| *h != platforms) {
            assert!(
                text(&more).contains(&format!("{heading}\n{part}")),
                "{lang}: {heading}"
            );
        }
        assert!(
            actions(&more).contains(&AccountAction::Privacy(PrivacyChoice::Agree).into()),
            "the answers stay under the details"
        );
    }
}

#[tokio::test]
async fn an_erased_persons_number_and_their_requests_numbers_never_come_back() {
    let app = crate::helpers::spawn_app().await;
    app.newcomer("amal", Lang::of("en")).await;
    app.ask_for("amal", velkommen_core::category::Category::Learn, None)
        .await;
    let (amal, request) = (
        app.count("SELECT MAX(id) FROM people").await,
        app.count("SELECT MAX(id) FROM requests").await,
    );
    app.command("amal", "delete").await;
    app.press("amal", velkommen_core::action::AccountAction::ConfirmDelete)
        .await;
    assert_eq!(app.count("SELECT COUNT(*) FROM people").await, 0);

    app.newcomer("omar", Lang::of("en")).await;
    app.ask_for("omar", velkommen_core::category::Category::Learn, None)
        .await;
    assert!(
        app.count("SELECT MAX(id) FROM people").await > amal,
        "a new number"
    );
    assert!(
        app.count("SELECT MAX(id) FROM requests").await > request,
        "a new number"
    );
}

#[tokio::test]
async fn files_about_letters_which_carry_cpr_numbers_go_after_a_week_and_others_stay() {
    let app = crate::helpers::spawn_app().await;
    app.newcomer("amal", Lang::of("ar")).await;
    let letters = app
        .count("SELECT id FROM offers WHERE slug = 'letters-help'")
        .await;
    let letters = velkommen_core::ids::OfferId::try_from(letters).unwrap();
    app.press("amal", NewcomerAction::Interested(letters)).await;
    app.press("amal", NewcomerAction::SkipNote(letters)).await;
    let request = app.count("SELECT MAX(id) FROM requests").await;
    let amal = app.count("SELECT MAX(id) FROM people").await;
    let store = app.engine.store();
    let now = app.engine.now();
    let amal = velkommen_core::ids::PersonId::try_from(amal).unwrap();
    let request = velkommen_core::ids::RequestId::try_from(request).unwrap();
    store
        .save_file(
            amal,
            Some(request),
            "letter.jpg",
            "image/jpeg",
            b"CPR 010203-1234",
            now,
        )
        .await
        .unwrap();
    store
        .save_file(amal, None, "drawing.jpg", "image/jpeg", b"a drawing", now)
        .await
        .unwrap();
    assert_eq!(
        app.count("SELECT COUNT(*) FROM files f JOIN requests r ON r.id = f.request_id JOIN offers o ON o.id = r.offer_id WHERE o.sensitive_files = 1").await,
        1,
        "the letter belongs to a request about letters"
    );
    app.clock.advance(chrono::Duration::days(8));
    app.engine.purge_expired().await.unwrap();
    assert_eq!(
        app.count("SELECT COUNT(*) FROM files WHERE name = 'letter.jpg'")
            .await,
        0
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM files WHERE name = 'drawing.jpg'")
            .await,
        1
    );
    // The offer itself says to cover the number, in the reader's language.
    let offer = text(&app.press("amal", NewcomerAction::Offer(letters)).await);
    assert!(offer.contains("CPR"), "{offer}");
}

#[tokio::test]
async fn withdrawing_consent_is_two_taps_from_my_data_in_every_language() {
    let app = spawn_app().await;
    for lang in Lang::all() {
        let who = format!("w-{}", lang.code());
        app.newcomer(&who, lang).await;
        let mine = app.command(&who, "mydata").await;
        assert!(
            actions(&mine).contains(&Action::from(AccountAction::ShowPrivacy)),
            "{lang}: {}",
            text(&mine)
        );
        let notice = app.press(&who, AccountAction::ShowPrivacy).await;
        assert!(
            actions(&notice).contains(&Action::from(AccountAction::Privacy(
                PrivacyChoice::Decline
            ))),
            "{lang}"
        );
        app.press(&who, AccountAction::Privacy(PrivacyChoice::Decline))
            .await;
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM people WHERE consent = 'agreed'")
            .await,
        0
    );
}

#[tokio::test]
async fn saying_no_after_yes_says_exactly_what_stays_in_every_language() {
    let app = spawn_app().await;
    for lang in Lang::all() {
        let who = format!("n-{lang}");
        app.newcomer(&who, lang).await;
        app.press(&who, AccountAction::ShowPrivacy).await;
        let after = app
            .press(&who, AccountAction::Privacy(PrivacyChoice::Decline))
            .await;
        let said = app.f(lang, "privacy-withdrawn", &[("backup_days", 14_i64.into())]);
        assert!(text(&after).contains(&said), "{lang}: {}", text(&after));
        assert!(
            said.contains("14"),
            "{lang}: the backups' time is told: {said}"
        );
    }
}

#[tokio::test]
async fn read_more_is_the_whole_policy_for_a_public_body_with_the_dpo_and_the_page() {
    let app = crate::helpers::spawn_app_with(velkommen_core::Settings {
        dpo: Some("dpo@ballerup.dk".into()),
        desk_url: Some("https://velkommen.ballerup.dk".into()),
        ..Default::default()
    })
    .await;
    for lang in Lang::all() {
        let who = format!("m-{lang}");
        app.send_on(
            Platform::Telegram,
            &who,
            Some(lang.code()),
            Input::Text("hi".into()),
        )
        .await;
        app.send_on(
            Platform::Telegram,
            &who,
            None,
            Input::Button(Action::from(AccountAction::SetLanguage(lang)).encode()),
        )
        .await;
        let more = app
            .send_on(
                Platform::Telegram,
                &who,
                None,
                Input::Button(Action::from(AccountAction::PrivacyMore).encode()),
            )
            .await;
        let more = text(&more);
        // Controller, legal basis, recipients, the platform abroad, the danger check,
        // every retention time, the complaint, the DPO and the full page.
        for part in [
            "controller",
            "purpose",
            "stored",
            "recipients",
            "platforms",
            "danger",
            "retention",
            "kept",
            "rights",
            "complaint",
            "dpo",
        ] {
            let heading = app.t(lang, &format!("privacy-{part}-title"));
            assert!(more.contains(&heading), "{lang}: no {part}:\n{more}");
        }
        for needle in [
            "Ballerup Kommune",
            "Telegram",
            "Datatilsynet",
            "33 19 32 00",
            "dpo@ballerup.dk",
            "365",
            "14",
            "7",
            &format!("https://velkommen.ballerup.dk/privacy/{}", lang.code()),
        ] {
            // Telegram is written in the reader's script.
            let needle = if needle == "Telegram" {
                app.t(lang, "platform-telegram")
            } else {
                needle.to_owned()
            };
            // (A phone number may be joined by no-break spaces, to keep its order in Arabic.)
            let shown = more.replace('\u{a0}', " ");
            assert!(shown.contains(&needle), "{lang}: no {needle}:\n{more}");
        }
    }
    // On the terminal nothing goes abroad, so the part about Telegram and Discord is left out.
    let (_, everything) = app.engine.privacy_policy(Lang::of("en"));
    app.newcomer("t", Lang::of("en")).await;
    let more = text(&app.press("t", AccountAction::PrivacyMore).await);
    assert!(!more.contains(&app.t(Lang::of("en"), "privacy-platforms-title")));
    assert_eq!(everything.len(), 11, "the page names every part");
}

#[tokio::test]
async fn the_daily_job_forgets_old_deliveries_ended_sessions_and_spent_links_and_keeps_the_rest() {
    let app = spawn_app().await;
    app.newcomer("amal", Lang::of("ar")).await;
    let raw = app.raw().await;
    // Today is 26 November 2026; the audit trail (and so a delivery's trace) is kept 365 days.
    for sql in [
        "DELETE FROM outbox",
        "INSERT INTO outbox (person_id, platform, user_id, lang, message, not_before, status, created_at, done_at)
         VALUES (1, 'telegram', '', 'ar', '', '2025-10-01T10:00:00Z', 'delivered', '2025-10-01T10:00:00Z', '2025-10-01T10:00:00Z'),
                (1, 'telegram', '', 'ar', '', '2025-10-01T10:00:00Z', 'failed', '2025-10-01T10:00:00Z', '2025-10-01T10:00:00Z'),
                (1, 'telegram', '', 'ar', '', '2026-11-01T10:00:00Z', 'delivered', '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z'),
                (1, 'telegram', '7', 'ar', '{}', '2025-10-01T10:00:00Z', 'pending', '2025-10-01T10:00:00Z', NULL)",
        "INSERT INTO desk_sessions (hash, person_id, csrf, expires_at)
         VALUES ('ended', 1, 'x', '2026-11-26T08:00:00Z'), ('live', 1, 'y', '2026-11-26T18:00:00Z')",
        "INSERT INTO desk_links (hash, person_id, expires_at, used_at)
         VALUES ('spent', 1, '2026-11-26T12:05:00Z', '2026-11-26T11:55:00Z'),
                ('lapsed', 1, '2026-11-26T10:00:00Z', NULL),
                ('fresh', 1, '2026-11-26T12:05:00Z', NULL)",
    ] {
        sqlx::query(sql).execute(&raw).await.unwrap();
    }
    app.engine.purge_expired().await.unwrap();
    let left = |sql: &'static str| {
        let raw = raw.clone();
        async move {
            sqlx::query_scalar::<_, String>(sql)
                .fetch_all(&raw)
                .await
                .unwrap()
                .join(",")
        }
    };
    assert_eq!(
        left("SELECT status || ':' || created_at FROM outbox ORDER BY status").await,
        "delivered:2026-11-01T10:00:00Z,pending:2025-10-01T10:00:00Z",
        "old deliveries go; one still waiting never does"
    );
    assert_eq!(left("SELECT hash FROM desk_sessions").await, "live");
    assert_eq!(left("SELECT hash FROM desk_links").await, "fresh");
}
