use velkommen_core::Lang;
use velkommen_core::action::NewcomerAction;
use velkommen_core::category::Category;

use crate::helpers::{actions, first_offer, spawn_app, text};

#[tokio::test]
async fn a_restart_between_interest_and_note_resumes_the_note_step() {
    let mut app = spawn_app().await;
    for lang in Lang::ALL {
        let who = format!("r-{lang}");
        app.newcomer(&who, lang).await;
        let offer = first_offer(
            &app.press(&who, NewcomerAction::Category(Category::Family))
                .await,
        );
        app.press(&who, NewcomerAction::Interested(offer)).await;

        app.restart().await;

        let sent = app.text(&who, "Vi er en familie på fem").await;
        assert!(text(&sent).contains(&app.t(lang, "menu-title")));
        assert_eq!(
            app.count(&format!("SELECT COUNT(*) FROM requests r JOIN identities i ON i.person_id = r.person_id WHERE i.user_id = '{who}'")).await,
            1
        );
    }
}

#[tokio::test]
async fn a_conversation_stored_by_another_version_resumes_at_the_menu_with_an_apology() {
    let mut app = spawn_app().await;
    app.newcomer("amal", Lang::Ar).await;
    sqlx::query("UPDATE conversations SET version = 0, state = '{\"s\":\"old_shape\"}'")
        .execute(&app.raw().await)
        .await
        .unwrap();
    app.restart().await;
    let replies = app.text("amal", "مرحبا").await;
    assert!(text(&replies).contains(&app.t(Lang::Ar, "state-reset")));
    assert!(actions(&replies).contains(&NewcomerAction::Categories.into()));
    assert_eq!(app.count("SELECT version FROM conversations").await, 1);
}
