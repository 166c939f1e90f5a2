//! A screen runs a fixed number of SQL statements, whatever its number of rows. The count is
//! read from sqlx's own statement events; a global subscriber sees every thread's, so the
//! test runs alone, in a child process of this test binary.

use std::sync::atomic::{AtomicUsize, Ordering};

use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};
use velkommen_core::action::{AccountAction, CoordinatorAction, PrivacyChoice};
use velkommen_core::{Action, Input, Lang, Settings};

use crate::helpers::{TestApp, actions, spawn_app_with, text};

const CHILD: &str = "VELKOMMEN_COUNT_STATEMENTS";

static STATEMENTS: AtomicUsize = AtomicUsize::new(0);

/// Counts sqlx's statement events and nothing else.
struct CountStatements;

impl Subscriber for CountStatements {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        metadata.target() == "sqlx::query"
    }
    fn new_span(&self, _: &Attributes<'_>) -> Id {
        Id::from_u64(1)
    }
    fn record(&self, _: &Id, _: &Record<'_>) {}
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        if event.metadata().target() == "sqlx::query" {
            STATEMENTS.fetch_add(1, Ordering::SeqCst);
        }
    }
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}

/// Adds `n` volunteers waiting for approval by the Red Cross, each with an open request,
/// straight into the database.
async fn pending_volunteers(app: &TestApp, n: usize) {
    let pool = app.raw().await;
    for i in 0..n {
        let person: i64 = sqlx::query_scalar(
            "INSERT INTO people (lang, consent, news, created_at, last_seen_at)
             VALUES ('da', 'agreed', 0, '2026-11-26T10:00:00Z', '2026-11-26T10:00:00Z') RETURNING id",
        )
        .fetch_one(&pool)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO volunteers (person_id, name, status, paused, created_at)
             VALUES (?, ?, 'pending', 0, '2026-11-26T10:00:00Z')",
        )
        .bind(person)
        .bind(format!("Frivillig {i}"))
        .execute(&pool)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO volunteer_groups (person_id, group_id)
             SELECT ?, id FROM groups WHERE slug = 'roede-kors'",
        )
        .bind(person)
        .execute(&pool)
        .await
        .unwrap();
        for sql in [
            "INSERT INTO volunteer_languages (person_id, lang) VALUES (?, 'da')",
            "INSERT INTO volunteer_categories (person_id, category) VALUES (?, 'learn')",
            // And a request of theirs for a Red Cross offer that nobody took.
            "INSERT INTO requests (person_id, offer_id, lang, status, created_at, updated_at)
             SELECT ?, o.id, 'ar', 'open', '2026-11-26T10:00:00Z', '2026-11-26T10:00:00Z'
             FROM offers o JOIN groups g ON g.id = o.group_id
             WHERE g.slug = 'roede-kors' ORDER BY o.id LIMIT 1",
        ] {
            sqlx::query(sql).bind(person).execute(&pool).await.unwrap();
        }
    }
    pool.close().await;
}

/// Statements Karen's main menu, her list of sign-ups, her list of requests nobody took (a
/// page of it) and the quarterly report run with `n` of each waiting.
async fn statements_with(n: usize) -> (usize, usize, usize, usize) {
    let settings = Settings {
        staff: vec!["terminal:karen=roede-kors".parse().unwrap()],
        ..Settings::default()
    };
    let app = spawn_app_with(settings).await;
    app.send("karen", Some("da"), Input::Text("hej".into()))
        .await;
    app.press("karen", AccountAction::SetLanguage(Lang::of("da")))
        .await;
    app.press("karen", AccountAction::Privacy(PrivacyChoice::Agree))
        .await;
    pending_volunteers(&app, n).await;
    // Once through both screens first, so that opening connections (whose set-up statements
    // count too) is not measured.
    app.press("karen", CoordinatorAction::PendingSignups).await;
    app.press("karen", CoordinatorAction::OpenRequests).await;
    app.press("karen", AccountAction::Menu).await;

    // Each screen is measured three times and the least count kept: a pooled connection goes
    // back to the pool on a task of its own, and when the next screen comes first the pool
    // opens another, whose set-up statements are not the screen's.
    let mut for_menu = usize::MAX;
    let mut for_list = usize::MAX;
    let mut for_open = usize::MAX;
    let mut for_report = usize::MAX;
    let quarter = (
        crate::helpers::copenhagen(2026, 10, 1, 0, 0),
        crate::helpers::copenhagen(2027, 1, 1, 0, 0),
    );
    for _ in 0..3 {
        STATEMENTS.store(0, Ordering::SeqCst);
        let menu = app.press("karen", AccountAction::Menu).await;
        for_menu = for_menu.min(STATEMENTS.swap(0, Ordering::SeqCst));
        let counted = menu
            .iter()
            .flat_map(|m| m.buttons.iter().flatten())
            .any(|b| b.label.contains(&format!("({n})")) || b.label.contains(&n.to_string()));
        assert!(counted, "the menu counts {n} sign-ups: {menu:#?}");

        let list = app.press("karen", CoordinatorAction::PendingSignups).await;
        for_list = for_list.min(STATEMENTS.swap(0, Ordering::SeqCst));
        assert_eq!(list.len(), 1, "one message, however many wait");
        assert!(text(&list).contains("Frivillig 0"));

        let open = app.press("karen", CoordinatorAction::OpenRequests).await;
        for_open = for_open.min(STATEMENTS.swap(0, Ordering::SeqCst));
        assert_eq!(
            open.len(),
            n.min(10) + 2 + usize::from(n > 10),
            "a title, one message per request of the page, the pages if there are more, the menu"
        );

        let report = app
            .engine
            .store()
            .report(quarter.0, quarter.1, Lang::of("da"))
            .await
            .unwrap();
        for_report = for_report.min(STATEMENTS.swap(0, Ordering::SeqCst));
        let received: i64 = report.groups.iter().map(|g| g.received).sum();
        assert_eq!(received, n as i64);
    }
    (for_menu, for_list, for_open, for_report)
}

#[test]
fn a_coordinators_menu_and_lists_run_as_many_statements_for_50_rows_as_for_1() {
    if std::env::var_os(CHILD).is_none() {
        let me = std::env::current_exe().unwrap();
        let output = std::process::Command::new(me)
            .args([
                "--exact",
                "statements::a_coordinators_menu_and_lists_run_as_many_statements_for_50_rows_as_for_1",
                "--test-threads=1",
                "--nocapture",
            ])
            .env(CHILD, "1")
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success() && said.contains("1 passed"),
            "{said}\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        return;
    }
    tracing::subscriber::set_global_default(CountStatements).unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let one = runtime.block_on(statements_with(1));
    let fifty = runtime.block_on(statements_with(50));
    println!(
        "statements (menu, sign-ups, open requests, report) for 1 row: {one:?}; for 50: {fifty:?}"
    );
    assert!(one.0 > 0, "the count saw no statement at all");
    assert_eq!(one, fifty);
}

#[tokio::test]
async fn fifty_three_sign_ups_are_one_message_a_page_with_a_way_to_each_page() {
    let settings = Settings {
        staff: vec!["terminal:karen=roede-kors".parse().unwrap()],
        ..Settings::default()
    };
    let app = spawn_app_with(settings).await;
    app.send("karen", Some("da"), Input::Text("hej".into()))
        .await;
    app.press("karen", AccountAction::SetLanguage(Lang::of("da")))
        .await;
    app.press("karen", AccountAction::Privacy(PrivacyChoice::Agree))
        .await;
    pending_volunteers(&app, 53).await;

    let first = app.press("karen", CoordinatorAction::PendingSignups).await;
    assert_eq!(first.len(), 1, "one message, not 53");
    let shown = text(&first);
    assert!(shown.contains("53 tilmeldinger venter på dig."), "{shown}");
    assert!(shown.contains("Side 1 af 11"), "{shown}");
    assert!(shown.contains("Frivillig 4") && !shown.contains("Frivillig 5"));
    let buttons = actions(&first);
    assert_eq!(
        buttons
            .iter()
            .filter(|a| matches!(a, Action::Coordinator(CoordinatorAction::Approve(_))))
            .count(),
        5
    );
    assert!(buttons.contains(&CoordinatorAction::PendingPage(1).into()));
    assert!(
        !buttons
            .iter()
            .any(|a| matches!(a, Action::Coordinator(CoordinatorAction::PendingPage(0))))
    );

    let last = app.press("karen", CoordinatorAction::PendingPage(10)).await;
    let shown = text(&last);
    assert!(shown.contains("Side 11 af 11"), "{shown}");
    assert!(shown.contains("Frivillig 52") && !shown.contains("Frivillig 49"));
    let buttons = actions(&last);
    assert!(buttons.contains(&CoordinatorAction::PendingPage(9).into()));
    assert!(!buttons.contains(&CoordinatorAction::PendingPage(11).into()));
    // A page past the end, as from a stale button, shows the last one.
    let past = app.press("karen", CoordinatorAction::PendingPage(99)).await;
    assert!(text(&past).contains("Side 11 af 11"));
}

#[tokio::test]
async fn requests_nobody_took_come_ten_to_a_page_oldest_first_with_a_way_to_each_page() {
    let settings = Settings {
        staff: vec!["terminal:karen=roede-kors".parse().unwrap()],
        ..Settings::default()
    };
    let app = spawn_app_with(settings).await;
    app.send("karen", Some("da"), Input::Text("hej".into()))
        .await;
    app.press("karen", AccountAction::SetLanguage(Lang::of("da")))
        .await;
    app.press("karen", AccountAction::Privacy(PrivacyChoice::Agree))
        .await;
    pending_volunteers(&app, 23).await;
    let da = Lang::of("da");
    let page_line = |page: i64| {
        app.f(
            da,
            "pending-page",
            &[("page", page.into()), ("pages", 3_i64.into())],
        )
    };

    let first = app.press("karen", CoordinatorAction::OpenRequests).await;
    assert_eq!(
        first.len(),
        13,
        "a title, ten requests, the pages, the menu"
    );
    let turn = &first[11];
    assert_eq!(turn.text, page_line(1));
    assert!(
        actions(std::slice::from_ref(turn))
            .contains(&CoordinatorAction::OpenRequestsPage(1).into())
    );

    let last = app
        .press("karen", CoordinatorAction::OpenRequestsPage(2))
        .await;
    assert_eq!(
        last.len(),
        6,
        "a title, three requests, the pages, the menu"
    );
    assert!(text(&last).contains(&page_line(3)));
    assert!(actions(&last).contains(&CoordinatorAction::OpenRequestsPage(1).into()));
    assert!(!actions(&last).contains(&CoordinatorAction::OpenRequestsPage(3).into()));

    // A page past the end, from an old or forged button, is the last page.
    let beyond = app
        .press("karen", CoordinatorAction::OpenRequestsPage(4_000_000))
        .await;
    assert_eq!(text(&beyond), text(&last));
}

#[tokio::test]
async fn open_questions_come_ten_to_a_page_oldest_first() {
    let settings = Settings {
        staff: vec!["terminal:mette".parse().unwrap()],
        ..Settings::default()
    };
    let app = spawn_app_with(settings).await;
    app.send("mette", Some("da"), Input::Text("hej".into()))
        .await;
    app.press("mette", AccountAction::SetLanguage(Lang::of("da")))
        .await;
    app.press("mette", AccountAction::Privacy(PrivacyChoice::Agree))
        .await;
    let pool = app.raw().await;
    for i in 0..23 {
        sqlx::query(
            "INSERT INTO questions (person_id, lang, body, status, created_at)
             VALUES (1, 'ar', ?, 'open', datetime('2026-11-20T10:00:00Z', '+' || ? || ' minutes'))",
        )
        .bind(format!("spørgsmål {i:02}"))
        .bind(i)
        .execute(&pool)
        .await
        .unwrap();
    }
    pool.close().await;
    let first = app.press("mette", CoordinatorAction::Questions).await;
    assert_eq!(
        first.len(),
        13,
        "a title, ten questions, the pages, the menu"
    );
    assert!(text(&first).contains("spørgsmål 00") && !text(&first).contains("spørgsmål 10"));
    assert!(actions(&first).contains(&CoordinatorAction::QuestionsPage(1).into()));
    let last = app
        .press("mette", CoordinatorAction::QuestionsPage(2))
        .await;
    assert_eq!(last.len(), 6);
    assert!(text(&last).contains("spørgsmål 22"));
    let beyond = app
        .press("mette", CoordinatorAction::QuestionsPage(u32::MAX))
        .await;
    assert_eq!(text(&beyond), text(&last));
}
