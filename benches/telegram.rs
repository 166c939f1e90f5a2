//! Updates through a fake Bot API server into the full Telegram stack (teloxide, engine,
//! SQLite on a real file) and back, beside a bare teloxide echo bot on the same fake in the
//! same run: updates per second, and p50/p99 from an update's arrival in the fake to the
//! bot's reply arriving there.
//!
//! `cargo bench --bench telegram`

use std::sync::Arc;
use std::time::{Duration, Instant};
use velkommen_core::action::{AccountAction, NewcomerAction};

use velkommen_core::action::PrivacyChoice;
use velkommen_core::clock::SystemClock;
use velkommen_core::{Action, Engine, Lang, Locales, Settings, Store};
use velkommen_telegram::teloxide;
use velkommen_telegram_fake::{FakeTelegram, User};

/// People writing at once in the latency runs, each waiting for the answer before the next.
const CONVERSATIONS: usize = 20;
/// Messages each of them writes.
const STEPS: usize = 50;
/// People and messages each in the throughput runs, all queued at once.
const BURST_PEOPLE: usize = 400;
const BURST_STEPS: usize = 10;
const TIMEOUT: Duration = Duration::from_secs(120);

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");
    runtime.block_on(bench());
}

struct Figures {
    name: &'static str,
    updates: usize,
    per_second: f64,
    latencies: Vec<Duration>,
}

impl Figures {
    fn percentile(&self, p: f64) -> Duration {
        let mut sorted = self.latencies.clone();
        sorted.sort();
        let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
        sorted.get(index).copied().unwrap_or_default()
    }

    fn print(&self) {
        println!(
            "{:<34} {:>7} {:>10.0} {:>9.2} {:>9.2}",
            self.name,
            self.updates,
            self.per_second,
            self.percentile(0.50).as_secs_f64() * 1000.0,
            self.percentile(0.99).as_secs_f64() * 1000.0,
        );
    }
}

async fn bench() {
    let fake = FakeTelegram::start().await;
    let mut results = vec![];

    // Velkommen: teloxide, the engine and SQLite.
    let dir = tempfile::tempdir().expect("a temporary folder");
    let store = Store::open(&dir.path().join("bench.db"))
        .await
        .expect("the database");
    let engine = Engine::new(
        store,
        Arc::new(Locales::load().expect("the locales")),
        // The bench measures throughput; limits per person would hold its conversations back.
        Settings {
            limits: velkommen_core::engine::Limits::unlimited(),
            ..Settings::default()
        },
    );
    let config = velkommen_telegram::Config {
        token: "1:bench".into(),
        api_url: Some(fake.url().parse().expect("the fake's URL")),
        webhook: None,
    };
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let velkommen = tokio::spawn(velkommen_telegram::run(
        config,
        velkommen_core::Seam::new(engine),
        Arc::new(SystemClock),
        async move {
            let _ = stopped.await;
        },
    ));
    let people = make_people(&fake, 1_000_000, CONVERSATIONS + BURST_PEOPLE);
    onboard(&fake, &people).await;
    results.push(
        closed_loop(
            &fake,
            "velkommen: text at the menu",
            &people[..CONVERSATIONS],
            Kind::Text,
        )
        .await,
    );
    results.push(
        closed_loop(
            &fake,
            "velkommen: button press (edit)",
            &people[..CONVERSATIONS],
            Kind::Button,
        )
        .await,
    );
    results.push(burst(&fake, "velkommen: text, burst", &people[CONVERSATIONS..]).await);
    let _ = stop.send(());
    velkommen
        .await
        .expect("the front door task")
        .expect("the front door stops cleanly");

    // A bare teloxide echo bot on the same fake.
    let echo_people = make_people(&fake, 2_000_000, CONVERSATIONS + BURST_PEOPLE);
    let (token, echo) = echo_bot(&fake);
    fake.wait_for(TIMEOUT, |calls| {
        calls
            .iter()
            .rev()
            .take(3)
            .any(|c| c.is("getUpdates"))
            .then_some(())
    })
    .await;
    results.push(
        closed_loop(
            &fake,
            "teloxide echo: text",
            &echo_people[..CONVERSATIONS],
            Kind::Text,
        )
        .await,
    );
    results.push(
        burst(
            &fake,
            "teloxide echo: text, burst",
            &echo_people[CONVERSATIONS..],
        )
        .await,
    );
    token.shutdown().expect("the echo bot is running").await;
    let _ = echo.await;

    println!();
    println!(
        "{:<34} {:>7} {:>10} {:>9} {:>9}",
        "stack", "updates", "updates/s", "p50 ms", "p99 ms"
    );
    for figures in &results {
        figures.print();
    }
}

fn make_people(fake: &FakeTelegram, first: i64, count: usize) -> Vec<User> {
    (0..count as i64)
        .map(|n| {
            fake.add_user(
                first + n,
                "Bench",
                Some(["da", "ar", "en"][(n % 3) as usize]),
            )
        })
        .collect()
}

/// Brings everyone to the menu: language, privacy, newcomer.
async fn onboard(fake: &FakeTelegram, people: &[User]) {
    let steps = people.iter().map(|person| async move {
        fake.user_writes(person, "/start");
        let mut count = 1;
        fake.replies(person.id, count, TIMEOUT)
            .await
            .expect("the picker");
        for action in [
            AccountAction::SetLanguage(Lang::of("en")),
            AccountAction::Privacy(PrivacyChoice::Agree),
            AccountAction::Menu,
        ] {
            let (menu, data) = last_menu(fake, person.id);
            if !data.contains(&action.encode()) {
                continue;
            }
            fake.user_presses(person, menu, &action.encode());
            count += 1;
            fake.replies(person.id, count, TIMEOUT)
                .await
                .expect("a screen");
        }
    });
    futures_join_all(steps).await;
}

/// The last message with buttons in a chat, and its buttons' data.
fn last_menu(fake: &FakeTelegram, chat: i64) -> (i64, Vec<String>) {
    let message = fake
        .messages(chat)
        .into_iter()
        .rev()
        .find(|m| m.from_bot && !m.buttons.is_empty())
        .expect("a menu");
    let data = message
        .buttons
        .iter()
        .flatten()
        .map(|b| b.data.clone())
        .collect();
    (message.id, data)
}

#[derive(Clone, Copy)]
enum Kind {
    Text,
    Button,
}

/// Each person writes, waits for the answer, and writes again.
async fn closed_loop(
    fake: &FakeTelegram,
    name: &'static str,
    people: &[User],
    kind: Kind,
) -> Figures {
    let started = Instant::now();
    let runs = people.iter().map(|person| async move {
        let mut latencies = vec![];
        let mut count = fake.reply_count(person.id);
        for step in 0..STEPS {
            let sent = Instant::now();
            match kind {
                Kind::Text => {
                    fake.user_writes(person, "hello");
                }
                Kind::Button => {
                    let menu = last_menu(fake, person.id);
                    let action = if step % 2 == 0 {
                        Action::from(NewcomerAction::Categories)
                    } else {
                        Action::from(AccountAction::Menu)
                    };
                    fake.user_presses(person, menu.0, &action.encode());
                }
            }
            count += 1;
            let times = fake
                .replies(person.id, count, TIMEOUT)
                .await
                .expect("an answer");
            latencies.push(times[count - 1] - sent);
        }
        latencies
    });
    let latencies: Vec<Duration> = futures_join_all(runs).await.into_iter().flatten().collect();
    let elapsed = started.elapsed();
    Figures {
        name,
        updates: latencies.len(),
        per_second: latencies.len() as f64 / elapsed.as_secs_f64(),
        latencies,
    }
}

/// Everyone's messages are queued at once; the time until the last answer gives the rate.
async fn burst(fake: &FakeTelegram, name: &'static str, people: &[User]) -> Figures {
    let before: Vec<usize> = people.iter().map(|p| fake.reply_count(p.id)).collect();
    let started = Instant::now();
    let mut sent = vec![];
    for _ in 0..BURST_STEPS {
        for person in people {
            fake.user_writes(person, "hello");
            sent.push((person.id, Instant::now()));
        }
    }
    let waits = people
        .iter()
        .zip(&before)
        .map(|(person, before)| async move {
            let times = fake
                .replies(person.id, before + BURST_STEPS, TIMEOUT)
                .await
                .expect("every message is answered");
            (person.id, times[*before..].to_vec())
        });
    let answered: std::collections::HashMap<i64, Vec<Instant>> =
        futures_join_all(waits).await.into_iter().collect();
    let last = answered
        .values()
        .flatten()
        .max()
        .copied()
        .unwrap_or(started);
    let mut seen: std::collections::HashMap<i64, usize> = std::collections::HashMap::new();
    let latencies = sent
        .iter()
        .map(|(chat, at)| {
            let n = seen.entry(*chat).or_default();
            let reply = answered[chat][*n];
            *n += 1;
            reply.saturating_duration_since(*at)
        })
        .collect::<Vec<_>>();
    Figures {
        name,
        updates: sent.len(),
        per_second: sent.len() as f64 / (last - started).as_secs_f64(),
        latencies,
    }
}

/// Runs futures concurrently on this task and collects their outputs in order.
async fn futures_join_all<F: std::future::Future>(
    futures: impl IntoIterator<Item = F>,
) -> Vec<F::Output> {
    let futures: Vec<_> = futures.into_iter().collect();
    let count = futures.len();
    // The futures borrow from the caller, so they are polled here rather than spawned.
    let mut outputs: Vec<Option<F::Output>> = (0..count).map(|_| None).collect();
    let mut pinned: Vec<_> = futures.into_iter().map(Box::pin).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (index, future) in pinned.iter_mut().enumerate() {
            if outputs[index].is_none() {
                match future.as_mut().poll(cx) {
                    std::task::Poll::Ready(output) => outputs[index] = Some(output),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    outputs
        .into_iter()
        .map(|o| o.expect("every future finished"))
        .collect()
}

/// A bare teloxide bot that echoes every text, polling the fake.
fn echo_bot(
    fake: &FakeTelegram,
) -> (
    teloxide::dispatching::ShutdownToken,
    tokio::task::JoinHandle<()>,
) {
    use teloxide::prelude::*;
    let bot = Bot::new("2:echo").set_api_url(fake.url().parse().expect("the fake's URL"));
    let handler = Update::filter_message().endpoint(|bot: Bot, message: Message| async move {
        if let Some(text) = message.text() {
            bot.send_message(message.chat.id, text).await?;
        }
        respond(())
    });
    let listener = teloxide::update_listeners::Polling::builder(bot.clone())
        .timeout(Duration::from_secs(10))
        .build();
    let mut dispatcher = Dispatcher::builder(bot, handler).build();
    let token = dispatcher.shutdown_token();
    let task = tokio::spawn(async move {
        dispatcher
            .dispatch_with_listener(listener, LoggingErrorHandler::new())
            .await
    });
    (token, task)
}
