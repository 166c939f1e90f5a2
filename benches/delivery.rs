//! A 10,000-recipient announcement through the real `velkommen` binary against a fake
//! Telegram that enforces 30 messages a second overall and one a second per chat, three
//! times: clean, with 10 % of sends failing at random (500, 502 HTML, 429, stalls), and
//! killed with SIGKILL halfway and restarted. Reports how long each took against N/30 s, the
//! 429s drawn for going past the limits, and how many recipients got no copy or more than one.
//!
//! `cargo bench --bench delivery` (`VELKOMMEN_BENCH_RECIPIENTS` for a smaller run,
//! `VELKOMMEN_BENCH_ONLY=clean` for one run)

use std::collections::HashMap;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use velkommen_core::domain::{Audience, Recipients};
use velkommen_core::{Address, Lang, Platform, Reply, Store};
use velkommen_telegram_fake::{Chaos, FakeTelegram, RateLimits};

const FIRST: i64 = 1_000_000;

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");
    runtime.block_on(bench());
}

fn recipients() -> i64 {
    std::env::var("VELKOMMEN_BENCH_RECIPIENTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000)
}

async fn bench() {
    let n = recipients();
    println!(
        "{:<22} {:>9} {:>9} {:>7} {:>8} {:>6} {:>7} {:>6}",
        "run", "took s", "N/30 s", "ratio", "429s", "chaos", "missing", "twice"
    );
    for (name, chaos, kill) in [
        ("clean", None, false),
        (
            "10 % failing",
            Some(Chaos {
                share: 0.10,
                seed: 12,
            }),
            false,
        ),
        ("SIGKILL halfway", None, true),
    ] {
        // `VELKOMMEN_BENCH_ONLY=clean` (or another run's name) runs that one alone.
        if std::env::var("VELKOMMEN_BENCH_ONLY").is_ok_and(|only| !name.starts_with(&only)) {
            continue;
        }
        run(name, n, chaos, kill).await;
    }
}

async fn run(name: &str, n: i64, chaos: Option<Chaos>, kill: bool) {
    let fake = FakeTelegram::start().await;
    let dir = tempfile::tempdir().expect("a temporary folder");
    let db = dir.path().join("velkommen.db");
    let store = Store::open(&db).await.expect("the database");
    let state = velkommen_core::engine::State::Menu.to_stored();
    let now = chrono::Utc::now();
    let mut by = None;
    for i in 0..n {
        let id = FIRST + i;
        fake.add_user(id, "Recipient", Some("ar"));
        let person = store
            .create_person(
                &Address::new(Platform::Telegram, id.to_string()),
                Lang::of("ar"),
                &state,
                now,
            )
            .await
            .expect("a person");
        by.get_or_insert(person.id);
    }
    let raw = sqlx::SqlitePool::connect(&format!("sqlite://{}", db.display()))
        .await
        .expect("the database");
    sqlx::query("UPDATE people SET consent = 'agreed', news = 1")
        .execute(&raw)
        .await
        .expect("everyone wants news");
    raw.close().await;

    fake.enforce(RateLimits::TELEGRAM);
    if let Some(chaos) = chaos {
        fake.chaos(chaos);
    }
    let mut child = spawn(&fake, &db);
    wait_polling(&fake, 0).await;
    let started = Instant::now();
    store
        .send_broadcast(
            by.expect("someone"),
            &Recipients {
                audience: Audience::Newcomers,
                group: None,
                lang: None,
                newcomers_of_group: false,
            },
            &[(
                Lang::of("ar"),
                Reply::text(Lang::of("ar"), "اجتماع الحوار يوم الخميس".into()),
            )],
            None,
            chrono::Utc::now(),
        )
        .await
        .expect("the announcement is queued");

    if kill {
        while copies(&fake).len() < (n / 2) as usize {
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
        child.kill().expect("SIGKILL");
        child.wait().expect("reaped");
        let calls = fake.calls().len();
        child = spawn(&fake, &db);
        wait_polling(&fake, calls).await;
    }
    let deadline = started + Duration::from_secs((n as u64 / 30) * 4 + 120);
    loop {
        if copies(&fake).len() as i64 >= n || Instant::now() > deadline {
            break;
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
    let per_chat = copies(&fake);
    let last = fake
        .calls()
        .iter()
        .filter(|c| c.is("sendMessage") && c.ok())
        .map(|c| c.at)
        .max()
        .unwrap_or(started);
    let took = last.saturating_duration_since(started).as_secs_f64();
    let ideal = n as f64 / 30.0;
    let trouble = fake.trouble();
    println!(
        "{:<22} {:>9.1} {:>9.1} {:>7.3} {:>8} {:>6} {:>7} {:>6}",
        name,
        took,
        ideal,
        took / ideal,
        trouble.rate_limited,
        trouble.chaos,
        n - per_chat.len() as i64,
        per_chat.values().filter(|c| **c > 1).count(),
    );
    let _ = child.kill();
    let _ = child.wait();
}

fn spawn(fake: &FakeTelegram, db: &std::path::Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_velkommen"))
        .arg("--db")
        .arg(db)
        .arg("run")
        .env("TELEGRAM_BOT_TOKEN", "4200000001:bench")
        .env("TELEGRAM_API_URL", fake.url())
        .env("VELKOMMEN_QUIET_HOURS", "0-0")
        .env("RUST_LOG", "error")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the velkommen binary starts")
}

async fn wait_polling(fake: &FakeTelegram, from: usize) {
    fake.wait_for(Duration::from_secs(60), |calls| {
        calls[from..]
            .iter()
            .any(|c| c.is("getUpdates"))
            .then_some(())
    })
    .await;
}

/// How many copies each recipient got.
fn copies(fake: &FakeTelegram) -> HashMap<i64, usize> {
    let mut per_chat = HashMap::new();
    for call in fake
        .calls()
        .iter()
        .filter(|c| c.is("sendMessage") && c.ok())
    {
        if let Some(chat) = call.chat_id().filter(|c| *c >= FIRST) {
            *per_chat.entry(chat).or_default() += 1;
        }
    }
    per_chat
}
