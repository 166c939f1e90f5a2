//! The outbox as delivery workers use it.

use velkommen_core::store::{Delivery, Priority};
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

/// Two newcomers who want news, and an announcement to them both; returns its id.
async fn announcement_to_two(app: &crate::helpers::TestApp) -> velkommen_core::ids::BroadcastId {
    two_announcements_for(app, "amal").await;
    two_announcements_for(app, "omar").await;
    let raw = app.raw().await;
    sqlx::query("DELETE FROM outbox")
        .execute(&raw)
        .await
        .unwrap();
    raw.close().await;
    let store = app.engine.store();
    let by = velkommen_core::ids::PersonId::try_from(
        app.count("SELECT person_id FROM identities WHERE user_id = 'amal'")
            .await,
    )
    .unwrap();
    store
        .send_broadcast(
            by,
            &velkommen_core::domain::Recipients {
                audience: velkommen_core::domain::Audience::Newcomers,
                group: None,
                lang: None,
                newcomers_of_group: false,
            },
            &[(
                Lang::Ar,
                velkommen_core::Reply::text(Lang::Ar, "الخميس".into()),
            )],
            None,
            app.engine.now(),
        )
        .await
        .unwrap()
}

#[tokio::test]
async fn cancelling_stops_copies_a_worker_holds_but_not_one_already_handed_over() {
    let app = spawn_app().await;
    let broadcast = announcement_to_two(&app).await;
    let store = app.engine.store();
    let now = app.engine.now();
    let held = store.take_due(Platform::Terminal, now, 10).await.unwrap();
    assert_eq!(held.len(), 2);
    assert!(store.hand(held[0].id, now).await.unwrap());

    assert_eq!(store.cancel_broadcast(broadcast, now).await.unwrap(), 1);
    // The worker comes to hand the other copy and finds it stopped.
    assert!(!store.hand(held[1].id, now).await.unwrap());
    store
        .record_delivery(held[0].id, &Delivery::Delivered, now)
        .await
        .unwrap();
    let report = store.broadcast_report(broadcast).await.unwrap().unwrap();
    let count = |status: &str| {
        report
            .rows
            .iter()
            .filter(|(_, _, s, _)| s == status)
            .map(|(_, _, _, n)| n)
            .sum::<i64>()
    };
    assert!(report.cancelled);
    assert_eq!((count("delivered"), count("cancelled")), (1, 1));
}

#[tokio::test]
async fn a_worker_starting_gives_back_at_once_what_a_dead_one_leased_and_never_handed() {
    let app = spawn_app().await;
    announcement_to_two(&app).await;
    let store = app.engine.store();
    let now = app.engine.now();
    let held = store.take_due(Platform::Terminal, now, 10).await.unwrap();
    assert!(store.hand(held[0].id, now).await.unwrap());
    // The worker dies here. The next one gives back the copy it never handed over...
    assert_eq!(store.release_unhanded(Platform::Terminal).await.unwrap(), 1);
    let again = store.take_due(Platform::Terminal, now, 10).await.unwrap();
    assert_eq!(again.iter().map(|i| i.id).collect::<Vec<_>>(), [held[1].id]);
    // ...and the handed one waits for its lease, as it may have reached the person.
    let later = now + chrono::Duration::seconds(61);
    let last = store.take_due(Platform::Terminal, later, 10).await.unwrap();
    assert!(last.iter().any(|i| i.id == held[0].id));
}

#[tokio::test]
async fn a_429_is_no_attempt_and_server_errors_fail_a_message_only_after_a_day_with_its_reason() {
    let app = spawn_app().await;
    two_announcements_for(&app, "amal").await;
    let store = app.engine.store();
    let now = app.engine.now();
    let item = store.take_due(Platform::Terminal, now, 1).await.unwrap()[0].clone();
    let soon = now + chrono::Duration::seconds(3);
    store
        .record_delivery(item.id, &Delivery::Wait(soon, "flood control".into()), now)
        .await
        .unwrap();
    let again = store.take_due(Platform::Terminal, soon, 10).await.unwrap();
    let again = again.iter().find(|i| i.id == item.id).expect("due again");
    assert_eq!(again.attempts, 0);

    // Server errors for 23 hours: still waiting.
    let later = now + chrono::Duration::hours(23);
    store
        .record_delivery(
            item.id,
            &Delivery::RetryAt(later, "502 Bad Gateway".into()),
            later,
        )
        .await
        .unwrap();
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM outbox WHERE id = {} AND status = 'pending' AND attempts = 1",
            item.id.get()
        ))
        .await,
        1
    );
    // Past a day: failed, with the reason kept for the delivery report, the words gone.
    let day = now + chrono::Duration::hours(25);
    store.take_due(Platform::Terminal, day, 10).await.unwrap();
    store
        .record_delivery(
            item.id,
            &Delivery::RetryAt(day, "502 Bad Gateway".into()),
            day,
        )
        .await
        .unwrap();
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM outbox WHERE id = {} AND status = 'failed'
             AND last_error = '502 Bad Gateway' AND message = ''",
            item.id.get()
        ))
        .await,
        1
    );
}

#[tokio::test]
async fn cries_for_help_go_first_then_notices_then_announcements() {
    let app = spawn_app().await;
    announcement_to_two(&app).await;
    let store = app.engine.store();
    let now = app.engine.now();
    let amal = velkommen_core::ids::PersonId::try_from(
        app.count("SELECT person_id FROM identities WHERE user_id = 'amal'")
            .await,
    )
    .unwrap();
    let mut tx = store.begin().await.unwrap();
    let text = |t: &str| velkommen_core::Reply::text(Lang::Ar, t.into());
    tx.enqueue(amal, &text("notice"), now, now).await.unwrap();
    tx.enqueue_urgent(amal, &text("urgent"), amal, now)
        .await
        .unwrap();
    tx.commit().await.unwrap();

    let pressing = store
        .take_due_from(Platform::Terminal, Priority::Notice, now, 10)
        .await
        .unwrap();
    assert_eq!(
        pressing.iter().map(|i| i.priority).collect::<Vec<_>>(),
        [Priority::Urgent, Priority::Notice]
    );
    let rest = store.take_due(Platform::Terminal, now, 10).await.unwrap();
    assert!(rest.iter().all(|i| i.priority == Priority::Bulk) && rest.len() == 2);
}
