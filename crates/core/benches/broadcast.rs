//! Broadcast scale: enqueueing an announcement to 100,000 recipients, and draining it with
//! memory kept flat. Run with `cargo bench -p velkommen-core --bench broadcast`; prints its
//! figures rather than asserting them.

use std::time::Instant;

use chrono::Utc;
use velkommen_core::domain::{Audience, Recipients};
use velkommen_core::message::Reply;
use velkommen_core::store::Delivery;
use velkommen_core::{Lang, Platform, Store};

const RECIPIENTS: i64 = 100_000;

/// Resident and peak memory of this process, in MiB, from /proc.
fn memory() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<f64>().ok())
            .map_or(0.0, |kb| kb / 1024.0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn main() -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("velkommen.db");
        let store = Store::open(&path).await?;
        // Rows are laid in through a connection of the bench's own: the store lends no one
        // its pool.
        let raw = sqlx::SqlitePool::connect_with(
            sqlx::sqlite::SqliteConnectOptions::new().filename(&path),
        )
        .await?;
        let now = Utc::now();
        // 100,000 newcomers who asked for news, a third in each language, all on Telegram.
        sqlx::query(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
             INSERT INTO people (id, lang, consent, news, created_at, last_seen_at)
             SELECT i, CASE i % 3 WHEN 0 THEN 'da' WHEN 1 THEN 'ar' ELSE 'en' END, 'agreed', 1, ?, ? FROM n",
        )
        .bind(RECIPIENTS)
        .bind(now)
        .bind(now)
        .execute(&raw)
        .await?;
        sqlx::query(
            "INSERT INTO identities (platform, user_id, person_id, last_seen_at)
             SELECT 'telegram', CAST(id AS TEXT), id, ? FROM people",
        )
        .bind(now)
        .execute(&raw)
        .await?;
        let sender: i64 = RECIPIENTS;
        let recipients = Recipients { audience: Audience::Newcomers, group: None, lang: None, newcomers_of_group: false };
        let messages: Vec<(Lang, Reply)> = Lang::all()
            .iter()
            .map(|l| (*l, Reply::text(*l, format!("📣 Café Venlig holder åbent torsdag ({l})."))))
            .collect();

        let before = memory();
        let started = Instant::now();
        let id = store
            .send_broadcast(velkommen_core::ids::PersonId::try_from(sender)?, &recipients, &messages, None, now)
            .await?;
        let enqueue = started.elapsed();
        let queued: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE broadcast_id = ?")
            .bind(id)
            .fetch_one(&raw)
            .await?;
        println!("enqueue: {queued} messages in {:.3} s ({:.0} messages/s)", enqueue.as_secs_f64(), queued as f64 / enqueue.as_secs_f64());

        // Drain as a delivery worker would, in batches, recording each message.
        let started = Instant::now();
        let mut drained = 0;
        let mut peak_rss: f64 = 0.0;
        loop {
            let batch = store.take_due(Platform::Telegram, Utc::now(), 500).await?;
            if batch.is_empty() {
                break;
            }
            for item in &batch {
                store.record_delivery(item.id, &Delivery::Delivered, Utc::now()).await?;
            }
            drained += batch.len();
            peak_rss = peak_rss.max(memory().0);
        }
        let drain = started.elapsed();
        let after = memory();
        println!("drain: {drained} messages in {:.1} s ({:.0} messages/s)", drain.as_secs_f64(), drained as f64 / drain.as_secs_f64());
        println!(
            "memory: RSS {:.1} MiB before enqueue, at most {:.1} MiB while draining, {:.1} MiB after; peak of the process {:.1} MiB",
            before.0, peak_rss, after.0, after.1
        );
        anyhow::Ok(())
    })
}
