//! The outbox as delivery workers use it.

use velkommen_core::store::Delivery;
use velkommen_core::{Lang, Platform};

use crate::helpers::spawn_app;

async fn two_announcements_for(app: &crate::helpers::TestApp, who: &str) {
    app.newcomer(who, Lang::Ar).await;
    app.press(who, velkommen_core::action::AccountAction::SetNews(true))
        .await;
    for body in ["one", "two"] {
        let mut tx = app.engine.store().begin().await.unwrap();
        let person = velkommen_core::ids::PersonId::try_from(
            app.count(&format!(
                "SELECT person_id FROM identities WHERE user_id = '{who}'"
            ))
            .await,
        )
        .unwrap();
        let now = app.engine.now();
        tx.enqueue(
            person,
            &velkommen_core::Reply::text(Lang::Ar, body.into()),
            now,
            now,
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
    }
}

#[tokio::test]
async fn a_refusal_marks_every_waiting_message_to_that_address_unreachable() {
    let app = spawn_app().await;
    two_announcements_for(&app, "blocked").await;
    let store = app.engine.store();
    let now = app.engine.now();
    let taken = store.take_due(Platform::Terminal, now, 1).await.unwrap();
    store
        .record_delivery(taken[0].id, &Delivery::Unreachable("403".into()), now)
        .await
        .unwrap();
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE status = 'unreachable'")
            .await,
        2
    );
    assert!(
        store
            .take_due(Platform::Terminal, now, 10)
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn released_messages_are_due_again_at_once_without_an_attempt_counted() {
    let app = spawn_app().await;
    two_announcements_for(&app, "amal").await;
    let store = app.engine.store();
    let now = app.engine.now();
    let taken = store.take_due(Platform::Terminal, now, 10).await.unwrap();
    assert_eq!(taken.len(), 2);
    assert!(
        store
            .take_due(Platform::Terminal, now, 10)
            .await
            .unwrap()
            .is_empty(),
        "leased"
    );
    let ids: Vec<_> = taken.iter().map(|i| i.id).collect();
    store.release(&ids).await.unwrap();
    let again = store.take_due(Platform::Terminal, now, 10).await.unwrap();
    assert_eq!(again.len(), 2);
    assert!(again.iter().all(|i| i.attempts == 0));
}
