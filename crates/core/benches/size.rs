//! National size: every coordinator screen, the quarterly report, the retention job and an
//! erasure, timed on a small database (300 newcomers, 1,500 requests) and on a national one
//! (50,000 newcomers, 300,000 requests, a year of deliveries), built the same way.
//! Run with `cargo bench -p velkommen-core --bench size`; prints figures, asserts nothing.

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use velkommen_core::action::{AccountAction, Action, CoordinatorAction, PrivacyChoice};
use velkommen_core::{Address, Engine, Inbound, Input, Lang, Locales, Platform, Settings, Store};

/// One size of instance: how many newcomers, requests, delivered messages and volunteers.
struct Size {
    name: &'static str,
    newcomers: i64,
    requests: i64,
    deliveries: i64,
    volunteers: i64,
}

const SIZES: [Size; 2] = [
    Size {
        name: "small",
        newcomers: 300,
        requests: 1_500,
        deliveries: 5_000,
        volunteers: 60,
    },
    Size {
        name: "national",
        newcomers: 50_000,
        requests: 300_000,
        deliveries: 1_000_000,
        volunteers: 2_000,
    },
];

/// Lays the rows in through a connection of the bench's own, in a few statements each.
async fn fill(path: &std::path::Path, size: &Size, now: DateTime<Utc>) -> anyhow::Result<()> {
    let raw =
        sqlx::SqlitePool::connect_with(sqlx::sqlite::SqliteConnectOptions::new().filename(path))
            .await?;
    let year_ago = now - chrono::Duration::days(365);
    let statements = [
        // Newcomers, a quarter in each language, come over the year; seen lately.
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)
         INSERT INTO people (id, lang, consent, news, created_at, last_seen_at)
         SELECT i, CASE i % 4 WHEN 0 THEN 'da' WHEN 1 THEN 'ar' WHEN 2 THEN 'en' ELSE 'uk' END,
                'agreed', i % 2, datetime(?3, '+' || (i % 360) || ' days'), datetime(?4, '-' || (i % 30) || ' days')
         FROM n",
        "INSERT INTO identities (platform, user_id, person_id, last_seen_at)
         SELECT 'telegram', CAST(id AS TEXT), id, last_seen_at FROM people WHERE id <= ?1",
        // Volunteers, approved in one group each; one in twenty waiting.
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?5)
         INSERT INTO people (id, lang, consent, news, created_at, last_seen_at)
         SELECT ?1 + i, 'da', 'agreed', 0, ?3, ?4 FROM n",
        "INSERT INTO volunteers (person_id, name, status, paused, created_at)
         SELECT id, 'Frivillig ' || id, 'approved', 0, ?3 FROM people WHERE id > ?1",
        "WITH g AS (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM groups),
              c AS (SELECT COUNT(*) AS c FROM groups)
         INSERT INTO volunteer_groups (person_id, group_id, status)
         SELECT p.id, (SELECT g.id FROM g WHERE g.k = p.id % (SELECT c FROM c)),
                CASE WHEN p.id % 20 = 0 THEN 'pending' ELSE 'approved' END
         FROM people p WHERE p.id > ?1",
        "INSERT INTO volunteer_languages (person_id, lang) SELECT id, 'da' FROM people WHERE id > ?1",
        // Requests over the year: the first tenth of the newcomers have one still open or
        // taken; the rest are done or cancelled, claimed half an hour in.
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?2),
              o AS (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM offers WHERE kind = 'volunteer'),
              c AS (SELECT COUNT(*) AS c FROM o)
         INSERT INTO requests (id, person_id, offer_id, lang, note, status, created_at, updated_at,
                               claimed_at, closed_at, volunteer_id)
         SELECT i, 1 + (i % ?1), (SELECT id FROM o WHERE k = i % (SELECT c FROM c)),
                CASE i % 4 WHEN 0 THEN 'da' WHEN 1 THEN 'ar' WHEN 2 THEN 'en' ELSE 'uk' END,
                'note ' || i,
                CASE WHEN i <= ?1 / 10 THEN CASE WHEN i % 2 = 0 THEN 'open' ELSE 'claimed' END
                     WHEN i % 20 = 0 THEN 'cancelled' ELSE 'done' END,
                datetime(?3, '+' || (i % 365) || ' days', '+' || (i % 1440) || ' minutes'),
                datetime(?3, '+' || (i % 365) || ' days', '+' || (i % 1440) || ' minutes'),
                CASE WHEN i <= ?1 / 10 AND i % 2 = 0 THEN NULL
                     ELSE datetime(?3, '+' || (i % 365) || ' days', '+' || (i % 1440 + 30) || ' minutes') END,
                CASE WHEN i <= ?1 / 10 THEN NULL
                     ELSE datetime(?3, '+' || (i % 365) || ' days', '+' || (i % 1440 + 600) || ' minutes') END,
                CASE WHEN i <= ?1 / 10 AND i % 2 = 0 THEN NULL ELSE ?1 + 1 + (i % ?5) END
         FROM n",
        // Questions, most answered; a few cries for help.
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1 / 3)
         INSERT INTO questions (person_id, lang, body, status, created_at, answered_at)
         SELECT 1 + (i % ?1), 'ar', 'question ' || i, CASE WHEN i % 10 = 0 THEN 'open' ELSE 'answered' END,
                datetime(?3, '+' || (i % 365) || ' days'),
                CASE WHEN i % 10 = 0 THEN NULL ELSE datetime(?3, '+' || (i % 365 + 1) || ' days') END
         FROM n",
        // A year of deliveries, their words and addresses already gone.
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?6)
         INSERT INTO outbox (person_id, platform, user_id, lang, message, not_before, status, created_at, done_at, attempts)
         SELECT 1 + (i % ?1), 'telegram', '', 'da', '', datetime(?3, '+' || (i % 366) || ' days'), 'delivered',
                datetime(?3, '+' || (i % 366) || ' days'), datetime(?3, '+' || (i % 366) || ' days'), 1
         FROM n",
        // The audit trail of a year.
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?2 / 6)
         INSERT INTO audit (at, actor, action, subject)
         SELECT datetime(?3, '+' || (i % 365) || ' days'), ?1 + 1 + (i % ?5), 'approve', ?1 + 1 + (i % ?5) FROM n",
    ];
    for sql in statements {
        sqlx::query(sql)
            .bind(size.newcomers)
            .bind(size.requests)
            .bind(year_ago)
            .bind(now)
            .bind(size.volunteers)
            .bind(size.deliveries)
            .execute(&raw)
            .await?;
    }
    sqlx::query("ANALYZE").execute(&raw).await?;
    raw.close().await;
    Ok(())
}

struct Instance {
    engine: Engine,
    _dir: tempfile::TempDir,
}

impl Instance {
    async fn build(size: &Size) -> anyhow::Result<Instance> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("velkommen.db");
        let now = Utc::now();
        // Migrated (and the catalogue seeded) first, then filled.
        Store::open(&path).await?.close().await;
        fill(&path, size, now).await?;
        let store = Store::open(&path).await?;
        let settings = Settings {
            staff: vec![
                "admin@terminal:mette".parse()?,
                "terminal:karen=roede-kors".parse()?,
            ],
            ..Settings::default()
        };
        let engine = Engine::new(store, Arc::new(Locales::load()?), settings);
        let instance = Instance { engine, _dir: dir };
        for who in ["mette", "karen"] {
            instance.say(who, Input::Text("hej".into())).await;
            instance
                .press(who, AccountAction::SetLanguage(Lang::of("da")))
                .await;
            instance
                .press(who, AccountAction::Privacy(PrivacyChoice::Agree))
                .await;
        }
        Ok(instance)
    }

    async fn say(&self, who: &str, input: Input) {
        self.engine
            .handle(Inbound {
                from: Address::new(Platform::Terminal, who),
                display_name: who.to_owned(),
                lang_hint: Some("da".into()),
                input,
            })
            .await;
    }

    async fn press(&self, who: &str, action: impl Into<Action>) {
        self.say(who, Input::Button(action.into().encode())).await;
    }
}

/// The median of `runs` timings of `work`, after one run to warm the caches.
async fn median<F, Fut>(runs: usize, mut work: F) -> Duration
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    work().await;
    let mut times = vec![];
    for _ in 0..runs {
        let started = Instant::now();
        work().await;
        times.push(started.elapsed());
    }
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn main() -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let mut rows: Vec<(String, Vec<Duration>)> = vec![];
        let mut record =
            |name: &str, at: usize, d: Duration| match rows.iter_mut().find(|(n, _)| n == name) {
                Some((_, times)) => times.push(d),
                None => {
                    assert_eq!(at, 0);
                    rows.push((name.to_owned(), vec![d]));
                }
            };
        for (at, size) in SIZES.iter().enumerate() {
            let started = Instant::now();
            let instance = Instance::build(size).await?;
            println!(
                "{}: {} newcomers, {} requests, {} deliveries, {} volunteers, built in {:.1} s",
                size.name,
                size.newcomers,
                size.requests,
                size.deliveries,
                size.volunteers,
                started.elapsed().as_secs_f64()
            );
            let i = &instance;
            for (who, screen, action) in [
                (
                    "mette",
                    "staff: main menu",
                    Action::from(AccountAction::Menu),
                ),
                (
                    "mette",
                    "staff: requests nobody took",
                    CoordinatorAction::OpenRequests.into(),
                ),
                (
                    "mette",
                    "staff: page 3 of them",
                    CoordinatorAction::OpenRequestsPage(2).into(),
                ),
                (
                    "mette",
                    "staff: sign-ups waiting",
                    CoordinatorAction::PendingSignups.into(),
                ),
                (
                    "mette",
                    "staff: open questions",
                    CoordinatorAction::Questions.into(),
                ),
                (
                    "karen",
                    "group coordinator: main menu",
                    AccountAction::Menu.into(),
                ),
                (
                    "karen",
                    "group coordinator: requests nobody took",
                    CoordinatorAction::OpenRequests.into(),
                ),
                (
                    "karen",
                    "group coordinator: quarterly summary",
                    CoordinatorAction::Summary.into(),
                ),
            ] {
                let d = median(5, || async move { i.press(who, action).await }).await;
                record(screen, at, d);
            }
            let store = i.engine.store();
            let now = Utc::now();
            let quarter = now - chrono::Duration::days(91);
            let d = median(3, || async {
                store.report(quarter, now, Lang::of("da")).await.unwrap();
            })
            .await;
            record("report: last quarter", at, d);
            let d = median(3, || async {
                store
                    .report(now - chrono::Duration::days(365), now, Lang::of("da"))
                    .await
                    .unwrap();
            })
            .await;
            record("report: the whole year", at, d);
            let open = [velkommen_core::domain::RequestStatus::Open];
            let query = velkommen_core::store::RequestQuery {
                statuses: &open,
                ..Default::default()
            };
            let d = median(5, || async {
                store.requests_page(&query, 50, 0).await.unwrap();
            })
            .await;
            record("board: first page of open requests", at, d);
            let every = [
                velkommen_core::domain::RequestStatus::Open,
                velkommen_core::domain::RequestStatus::Claimed,
                velkommen_core::domain::RequestStatus::Done,
                velkommen_core::domain::RequestStatus::Cancelled,
            ];
            let all = velkommen_core::store::RequestQuery {
                statuses: &every,
                ..Default::default()
            };
            let d = median(5, || async {
                store.requests_page(&all, 50, 100).await.unwrap();
            })
            .await;
            record("board: page 3 of every request", at, d);
            let d = median(5, || async {
                store.gauges(now).await.unwrap();
            })
            .await;
            record("dashboard and /metrics gauges", at, d);
            // The retention job, the first time (a year of closed requests, answered questions
            // and old deliveries to remove) and the day after (nothing new).
            let started = Instant::now();
            i.engine.purge_expired().await?;
            record("retention job, first run", at, started.elapsed());
            let started = Instant::now();
            i.engine.purge_expired().await?;
            record("retention job, next day", at, started.elapsed());
            let person = velkommen_core::ids::PersonId::try_from(size.newcomers / 2)?;
            let started = Instant::now();
            i.engine.erase(person).await?;
            record("erasing one newcomer", at, started.elapsed());
        }
        println!();
        println!("| | small | national | national ÷ small |");
        println!("|---|---|---|---|");
        for (name, times) in &rows {
            let ratio = times[1].as_secs_f64() / times[0].as_secs_f64().max(1e-9);
            println!(
                "| {name} | {} | {} | {ratio:.1}× |",
                ms(times[0]),
                ms(times[1])
            );
        }
        anyhow::Ok(())
    })
}
