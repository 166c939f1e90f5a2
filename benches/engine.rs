//! One button press through the engine, with its state in SQLite on a real file: what a
//! newcomer waits for between tapping and seeing the next screen (the platform aside).

use std::hint::black_box;
use std::sync::Arc;
use velkommen_core::action::{AccountAction, CoordinatorAction, NewcomerAction};

use criterion::{Criterion, criterion_group, criterion_main};
use tokio::runtime::Runtime;
use velkommen_core::action::{Action, PrivacyChoice};
use velkommen_core::category::Category;
use velkommen_core::{Address, Engine, Inbound, Input, Lang, Locales, Platform, Settings, Store};

/// An engine on a fresh database file, and a person who has chosen Arabic and agreed to the
/// privacy notice, standing at the menu.
struct Bench {
    engine: Engine,
    person: Address,
    path: std::path::PathBuf,
    /// Keeps the database file until the benchmark ends.
    _dir: tempfile::TempDir,
}

impl Bench {
    async fn set_up() -> Bench {
        Bench::set_up_with(Settings::default()).await
    }

    async fn set_up_with(settings: Settings) -> Bench {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("velkommen.db");
        let store = Store::open(&path).await.expect("the database opens");
        let locales = Locales::load().expect("the embedded locales load");
        let engine = Engine::new(store, Arc::new(locales), settings);
        let bench = Bench {
            engine,
            person: Address::new(Platform::Terminal, "amal"),
            path,
            _dir: dir,
        };
        bench.say(Input::Text("مرحبا".into())).await;
        bench
            .press(AccountAction::SetLanguage(Lang::of("ar")))
            .await;
        bench
            .press(AccountAction::Privacy(PrivacyChoice::Agree))
            .await;
        // Someone new is asked whether they are new here or volunteering: new here.
        let menu = bench.press(AccountAction::Menu).await;
        assert!(
            buttons(&menu).contains(&NewcomerAction::Categories.into()),
            "the person should be at the menu"
        );
        bench
    }

    /// Adds `n` volunteers waiting for a coordinator's decision, straight into the file.
    async fn pending_volunteers(&self, n: usize) {
        let raw = sqlx::SqlitePool::connect_with(
            sqlx::sqlite::SqliteConnectOptions::new().filename(&self.path),
        )
        .await
        .expect("a connection of the bench's own");
        for _ in 0..n {
            let person: i64 = sqlx::query_scalar(
                "INSERT INTO people (lang, consent, news, created_at, last_seen_at)
                 VALUES ('da', 'agreed', 0, '2026-11-26T10:00:00Z', '2026-11-26T10:00:00Z')
                 RETURNING id",
            )
            .fetch_one(&raw)
            .await
            .expect("a person");
            for sql in [
                "INSERT INTO volunteers (person_id, name, status, paused, created_at)
                 VALUES (?1, 'Frivillig ' || ?1, 'pending', 0, '2026-11-26T10:00:00Z')",
                "INSERT INTO volunteer_groups (person_id, group_id) SELECT ?1, MIN(id) FROM groups",
                "INSERT INTO volunteer_languages (person_id, lang) VALUES (?1, 'da')",
                "INSERT INTO volunteer_categories (person_id, category) VALUES (?1, 'learn')",
            ] {
                sqlx::query(sql)
                    .bind(person)
                    .execute(&raw)
                    .await
                    .expect("a row");
            }
        }
        raw.close().await;
    }

    fn inbound(&self, input: Input) -> Inbound {
        Inbound {
            from: self.person.clone(),
            display_name: "Amal".into(),
            lang_hint: Some("ar".into()),
            input,
        }
    }

    async fn say(&self, input: Input) -> Vec<velkommen_core::Outbound> {
        self.engine.handle(self.inbound(input)).await
    }

    async fn press(&self, action: impl Into<Action>) -> Vec<velkommen_core::Outbound> {
        let action: Action = action.into();
        self.say(Input::Button(action.encode())).await
    }

    /// An offer as a newcomer reaches it: the first one under the first topic that has any.
    async fn some_offer(&self) -> Action {
        let topics = self.press(NewcomerAction::Categories).await;
        for topic in buttons(&topics) {
            if !matches!(topic, Action::Newcomer(NewcomerAction::Category(_))) {
                continue;
            }
            let list = self.press(topic).await;
            if let Some(offer) = buttons(&list)
                .into_iter()
                .find(|a| matches!(a, Action::Newcomer(NewcomerAction::Offer(_))))
            {
                return offer;
            }
        }
        panic!("no topic lists an offer");
    }
}

fn buttons(replies: &[velkommen_core::Outbound]) -> Vec<Action> {
    replies
        .iter()
        .flat_map(|r| r.message.buttons.iter().flatten())
        .map(|b| b.action)
        .collect()
}

fn button_press(c: &mut Criterion) {
    let runtime = Runtime::new().expect("a Tokio runtime");
    let bench = runtime.block_on(Bench::set_up());
    let offer = runtime.block_on(bench.some_offer());
    let mut group = c.benchmark_group("button press");

    let categories = bench.inbound(Input::Button(NewcomerAction::Categories.encode()));
    group.bench_function("Categories", |b| {
        b.to_async(&runtime).iter(|| async {
            let replies = bench.engine.handle(black_box(categories.clone())).await;
            assert!(buttons(&replies).contains(&NewcomerAction::Category(Category::Meet).into()));
            replies
        })
    });

    let open_offer = bench.inbound(Input::Button(offer.encode()));
    group.bench_function("Offer", |b| {
        b.to_async(&runtime).iter(|| async {
            let replies = bench.engine.handle(black_box(open_offer.clone())).await;
            assert!(buttons(&replies).contains(&AccountAction::Menu.into()));
            replies
        })
    });

    group.finish();
}

/// A coordinator's main menu with no sign-up waiting and with 500: it counts them in one
/// query, so the two should take about as long.
fn coordinator_menu(c: &mut Criterion) {
    let runtime = Runtime::new().expect("a Tokio runtime");
    let mut group = c.benchmark_group("coordinator menu");
    for waiting in [0, 500] {
        let settings = Settings {
            staff: vec!["terminal:amal".parse().expect("a staff entry")],
            ..Settings::default()
        };
        let bench = runtime.block_on(async {
            let bench = Bench::set_up_with(settings).await;
            bench.pending_volunteers(waiting).await;
            bench
        });
        let menu = bench.inbound(Input::Button(AccountAction::Menu.encode()));
        group.bench_function(format!("{waiting} sign-ups waiting"), |b| {
            b.to_async(&runtime).iter(|| async {
                let replies = bench.engine.handle(black_box(menu.clone())).await;
                assert!(buttons(&replies).contains(&CoordinatorAction::PendingSignups.into()));
                replies
            })
        });
    }
    group.finish();
}

criterion_group!(benches, button_press, coordinator_menu);
criterion_main!(benches);
