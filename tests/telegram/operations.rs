//! The operations listener of `velkommen run`: `/healthz`, `/readyz` and `/metrics`.

use std::io::{Read, Write};
use std::time::{Duration, Instant};

use crate::helpers::{STEP_TIMEOUT, fake_and_db};

/// A port nothing listens on yet.
pub(crate) fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// GET `path` over plain HTTP/1.1: (status, body).
pub(crate) fn get(port: u16, path: &str) -> (u16, String) {
    get_with(port, path, &[])
}

/// GET `path` over plain HTTP/1.1 with these header lines: (status, body).
pub(crate) fn get_with(port: u16, path: &str, headers: &[&str]) -> (u16, String) {
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).expect("the listener");
    let headers: String = headers.iter().map(|h| format!("{h}\r\n")).collect();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{headers}Connection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    let status = answer
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = answer
        .split_once("\r\n\r\n")
        .map_or(String::new(), |(_, b)| b.to_owned());
    (status, body)
}

/// The value of the metric line with this name and these labels, if there is one.
fn metric(text: &str, name: &str, labels: &[&str]) -> Option<f64> {
    text.lines()
        .filter(|l| l.starts_with(&format!("{name}{{")) || l.starts_with(&format!("{name} ")))
        .find(|l| labels.iter().all(|label| l.contains(label)))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_readiness_and_metrics_are_served_without_personal_data() {
    let mut bot = fake_and_db().await;
    let port = free_port();
    let listen: &'static str = Box::leak(format!("127.0.0.1:{port}").into_boxed_str());
    bot.env.push(("VELKOMMEN_HTTP_LISTEN", listen));
    bot.start().await;

    // Alive, and ready once Telegram answered: the database is writable and migrated.
    assert_eq!(get(port, "/healthz"), (200, "ok\n".into()));
    let started = Instant::now();
    let (status, body) = loop {
        let (status, body) = tokio::task::spawn_blocking(move || get(port, "/readyz"))
            .await
            .unwrap();
        if status == 200 || started.elapsed() > STEP_TIMEOUT {
            break (status, body);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!((status, body.as_str()), (200, "ready\n"));

    // Someone writes; the update, its latency and the newcomer are counted, by kind and
    // platform, and nothing names them.
    let amal = bot.user(884_422, "Amal", "ar");
    amal.says("مرحبا").await;
    let (status, text) = tokio::task::spawn_blocking(move || get(port, "/metrics"))
        .await
        .unwrap();
    assert_eq!(status, 200);
    assert_eq!(
        metric(
            &text,
            "velkommen_updates_total",
            &["platform=\"telegram\"", "kind=\"text\""]
        ),
        Some(1.0),
        "{text}"
    );
    assert!(
        metric(
            &text,
            "velkommen_reply_seconds_count",
            &["platform=\"telegram\""]
        ) >= Some(1.0),
        "{text}"
    );
    assert!(text.contains("velkommen_reply_seconds_bucket{"), "{text}");
    assert_eq!(
        metric(&text, "velkommen_people", &["role=\"newcomer\""]),
        Some(1.0),
        "{text}"
    );
    assert_eq!(
        metric(&text, "velkommen_outbox_queued", &["platform=\"telegram\""]),
        Some(0.0),
        "{text}"
    );
    assert_eq!(
        metric(&text, "velkommen_urgent_alerts_open", &[]),
        Some(0.0)
    );
    assert!(!text.contains("884422") && !text.contains("Amal"), "{text}");

    // Readiness only reads: a writer holding the database's lock does not hold it up, and it
    // is still ready.
    let raw = sqlx::SqlitePool::connect(&format!("sqlite://{}", bot.db.display()))
        .await
        .unwrap();
    let mut writer = raw.acquire().await.unwrap();
    sqlx::query("BEGIN IMMEDIATE")
        .execute(&mut *writer)
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let (status, body) = tokio::task::spawn_blocking(move || get(port, "/readyz"))
        .await
        .unwrap();
    assert_eq!((status, body.as_str()), (200, "ready\n"));
    sqlx::query("ROLLBACK").execute(&mut *writer).await.unwrap();
    drop(writer);
    raw.close().await;

    // A message due for an hour and not sent makes the process not ready, with the reason.
    let raw = sqlx::SqlitePool::connect(&format!("sqlite://{}", bot.db.display()))
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO outbox (person_id, platform, user_id, lang, message, not_before, created_at)
         SELECT id, 'discord', '1', 'ar', '{}', datetime('now', '-1 hour'), datetime('now', '-1 hour')
         FROM people LIMIT 1",
    )
    .execute(&raw)
    .await
    .unwrap();
    raw.close().await;
    // (A readiness answer is reused for a second.)
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let (status, body) = tokio::task::spawn_blocking(move || get(port, "/readyz"))
        .await
        .unwrap();
    assert_eq!(status, 503, "{body}");
    assert!(
        body.contains("the oldest message queued for discord has waited"),
        "{body}"
    );
    // And the listener stops with the bot, cleanly.
    let (status, stderr) = bot.terminate().await;
    assert!(status.success(), "{stderr}");
}
