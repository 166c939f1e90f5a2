use velkommen_core::Lang;
use velkommen_core::action::NewcomerAction;
use velkommen_core::category::Category;

use crate::helpers::{actions, first_offer, spawn_app, text};

#[tokio::test]
async fn a_restart_between_interest_and_note_resumes_the_note_step() {
    let mut app = spawn_app().await;
    for lang in Lang::all() {
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
    app.newcomer("amal", Lang::of("ar")).await;
    sqlx::query("UPDATE conversations SET version = 0, state = '{\"s\":\"old_shape\"}'")
        .execute(&app.raw().await)
        .await
        .unwrap();
    app.restart().await;
    let replies = app.text("amal", "مرحبا").await;
    assert!(text(&replies).contains(&app.t(Lang::of("ar"), "state-reset")));
    assert!(actions(&replies).contains(&NewcomerAction::Categories.into()));
    assert_eq!(app.count("SELECT version FROM conversations").await, 1);
}

#[tokio::test]
async fn the_migration_to_memberships_keeps_each_volunteers_decision_for_every_group_they_had() {
    // Arrange: a database as the version before memberships left it.
    let dir = tempfile::tempdir().unwrap();
    let earlier = dir.path().join("migrations");
    std::fs::create_dir(&earlier).unwrap();
    let all = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../migrations");
    for entry in std::fs::read_dir(&all).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.as_str() < "20261202000004" {
            std::fs::copy(&path, earlier.join(&name)).unwrap();
        }
    }
    let pool = sqlx::SqlitePool::connect_with(
        sqlx::sqlite::SqliteConnectOptions::new()
            .filename(dir.path().join("velkommen.db"))
            .create_if_missing(true)
            .foreign_keys(true),
    )
    .await
    .unwrap();
    sqlx::migrate::Migrator::new(earlier.as_path())
        .await
        .unwrap()
        .run(&pool)
        .await
        .unwrap();
    for sql in [
        "INSERT INTO groups (id, slug) VALUES (1, 'roede-kors'), (2, 'bydelsmoedre')",
        "INSERT INTO people (id, lang, consent, news, created_at, last_seen_at)
         VALUES (1, 'da', 'agreed', 0, '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z'),
                (2, 'da', 'agreed', 0, '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z'),
                (3, 'da', 'agreed', 0, '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z')",
        "INSERT INTO volunteers (person_id, name, status, created_at, decided_at, decided_by)
         VALUES (1, 'Lars', 'approved', '2026-11-01T10:00:00Z', '2026-11-02T10:00:00Z', 3),
                (2, 'Birgit', 'pending', '2026-11-01T10:00:00Z', NULL, NULL)",
        "INSERT INTO volunteer_groups (person_id, group_id) VALUES (1, 1), (1, 2), (2, 2)",
    ] {
        sqlx::query(sql).execute(&pool).await.unwrap();
    }

    // Act: this version's migrations.
    velkommen_core::store::MIGRATOR.run(&pool).await.unwrap();

    // Assert
    let rows: Vec<(i64, i64, String, Option<i64>)> = sqlx::query_as(
        "SELECT person_id, group_id, status, decided_by FROM volunteer_groups
         ORDER BY person_id, group_id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(
        rows,
        vec![
            (1, 1, "approved".to_owned(), Some(3)),
            (1, 2, "approved".to_owned(), Some(3)),
            (2, 2, "pending".to_owned(), None),
        ]
    );
}
