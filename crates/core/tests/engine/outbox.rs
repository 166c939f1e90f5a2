//! The outbox as delivery workers use it.

use velkommen_core::store::{Delivery, Priority};
use velkommen_core::{Lang, Platform};

use crate::helpers::spawn_app;

async fn two_announcements_for(app: &crate::helpers::TestApp, who: &str) {
    app.newcomer(who, Lang::of("ar")).await;
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
            &velkommen_core::Reply::text(Lang::of("ar"), body.into()),
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
                Lang::of("ar"),
                velkommen_core::Reply::text(Lang::of("ar"), "الخميس".into()),
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
async fn a_429_is_no_attempt_and_server_errors_fail_a_message_a_day_after_the_first_with_its_reason()
 {
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

    // The bot was down for two days: the first server error after that is a first, not a
    // last, and 23 hours of them later the message still waits.
    let first = now + chrono::Duration::hours(48);
    let later = first + chrono::Duration::hours(23);
    for at in [first, later] {
        store.take_due(Platform::Terminal, at, 10).await.unwrap();
        store
            .record_delivery(
                item.id,
                &Delivery::RetryAt(at, "502 Bad Gateway".into()),
                at,
            )
            .await
            .unwrap();
    }
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM outbox WHERE id = {} AND status = 'pending' AND attempts = 2",
            item.id.get()
        ))
        .await,
        1
    );
    // Past a day since the first: failed, with the reason kept for the delivery report,
    // the words gone.
    let day = first + chrono::Duration::hours(25);
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
    let text = |t: &str| velkommen_core::Reply::text(Lang::of("ar"), t.into());
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

#[tokio::test]
async fn a_worker_hands_over_only_what_it_still_holds_so_two_never_send_one_message_twice() {
    let app = spawn_app().await;
    announcement_to_two(&app).await;
    let store = app.engine.store();
    let now = app.engine.now();
    let held = store
        .take_due_as("a", Platform::Terminal, Priority::Bulk, now, 10)
        .await
        .unwrap();
    assert_eq!(held.len(), 2);
    // A second worker starts (a rolling deploy) and takes back what was not handed over.
    assert_eq!(store.release_unhanded(Platform::Terminal).await.unwrap(), 2);
    let taken = store
        .take_due_as("b", Platform::Terminal, Priority::Bulk, now, 10)
        .await
        .unwrap();
    assert_eq!(taken.len(), 2);
    // The first finds it no longer holds them; the second sends each once.
    for item in &held {
        assert!(!store.hand_as("a", item.id, now).await.unwrap());
    }
    for item in &taken {
        assert!(store.hand_as("b", item.id, now).await.unwrap());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_send_that_panics_is_tried_again_and_not_held_for_ever() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use velkommen_core::delivery::{self, Budget, Limits};

    let app = spawn_app().await;
    two_announcements_for(&app, "amal").await;
    let seam = velkommen_core::Seam::new(app.engine.clone());
    let tries = Arc::new(AtomicUsize::new(0));
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let counted = tries.clone();
    let worker = tokio::spawn(delivery::drain(
        seam.outbox(Platform::Terminal),
        app.clock.clone(),
        Budget::new(Limits::default()),
        async move {
            let _ = stopped.await;
        },
        move |_item| {
            let n = counted.fetch_add(1, Ordering::SeqCst);
            async move {
                assert!(n != 0, "the first send panics");
                Delivery::Delivered
            }
        },
    ));
    let delivered = || async {
        app.count("SELECT COUNT(*) FROM outbox WHERE status = 'delivered'")
            .await
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while delivered().await < 2 {
        assert!(
            std::time::Instant::now() < deadline,
            "the message whose send panicked was never sent again"
        );
        // Time passes, so the retry after the panic falls due.
        app.clock.advance(chrono::Duration::seconds(2));
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(
        tries.load(Ordering::SeqCst),
        3,
        "two messages, one tried twice"
    );
    let _ = stop.send(());
    worker.await.unwrap();
}

#[tokio::test]
async fn a_backup_taken_in_the_middle_of_a_broadcast_resumes_it_with_nobody_lost() {
    let app = spawn_app().await;
    for who in ["a", "b", "c", "d", "e", "f"] {
        two_announcements_for(&app, who).await;
    }
    let raw = app.raw().await;
    sqlx::query("DELETE FROM outbox")
        .execute(&raw)
        .await
        .unwrap();
    raw.close().await;
    let store = app.engine.store();
    let by = velkommen_core::ids::PersonId::try_from(
        app.count("SELECT person_id FROM identities WHERE user_id = 'a'")
            .await,
    )
    .unwrap();
    let now = app.engine.now();
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
                Lang::of("ar"),
                velkommen_core::Reply::text(Lang::of("ar"), "الخميس".into()),
            )],
            None,
            now,
        )
        .await
        .unwrap();
    // Half of it is out when the backup is taken.
    let mut reached = vec![];
    for item in store.take_due(Platform::Terminal, now, 3).await.unwrap() {
        reached.push(item.to.user_id.clone());
        store
            .record_delivery(item.id, &Delivery::Delivered, now)
            .await
            .unwrap();
    }
    let backup = app.path.with_file_name("backup.db");
    store.backup_into(&backup).await.unwrap();

    // Restored, the other half is still to go, to exactly the three not yet reached.
    let restored = velkommen_core::Store::open(&backup).await.unwrap();
    let later = now + chrono::Duration::minutes(2);
    let due = restored
        .take_due(Platform::Terminal, later, 10)
        .await
        .unwrap();
    assert_eq!(due.len(), 3);
    reached.extend(due.iter().map(|i| i.to.user_id.clone()));
    reached.sort();
    assert_eq!(reached, ["a", "b", "c", "d", "e", "f"]);
    restored.close().await;
}
