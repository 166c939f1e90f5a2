//! Updates through a fake Bot API server into the full Telegram stack (teloxide, engine,
//! SQLite on a real file) and back, beside a bare teloxide echo bot on the same fake in the
//! same run: updates per second, and p50/p99 from an update's arrival in the fake to the
//! bot's reply arriving there.
//!
//! Then the same stacks under Telegram's limits (30 messages a second, one a second per chat,
//! enforced by the fake with 429s): 300 people at a human pace (a message, then 7.5–22.5 s of
//! thought), Velkommen beside a teloxide echo bot through teloxide's own `Throttle`, with p50,
//! p99, the 429s drawn and the CPU per reply; and a storm: 300 people press a button at once,
//! and one of them presses 🆘 two seconds in. The storm reports the longest wait against
//! (place in line)/30 s and how long the 🆘 took.
//!
//! `cargo bench --bench telegram` (`VELKOMMEN_BENCH_ONLY=latency|human|storm` for one part)

use std::sync::Arc;
use std::time::{Duration, Instant};
use velkommen_core::action::{AccountAction, NewcomerAction};

use velkommen_core::action::PrivacyChoice;
use velkommen_core::clock::SystemClock;
use velkommen_core::{Action, Engine, Lang, Locales, Settings, Store};
use velkommen_telegram::teloxide;
use velkommen_telegram_fake::{FakeTelegram, RateLimits, User};

/// People writing at once in the latency runs, each waiting for the answer before the next.
const CONVERSATIONS: usize = 20;
/// Messages each of them writes.
const STEPS: usize = 50;
/// People and messages each in the throughput runs, all queued at once.
const BURST_PEOPLE: usize = 400;
const BURST_STEPS: usize = 10;
const TIMEOUT: Duration = Duration::from_secs(120);
/// People at a human pace, and the messages each writes.
const HUMAN_PEOPLE: usize = 300;
const HUMAN_STEPS: usize = 6;
/// People pressing at once in the storm.
const STORM_PEOPLE: usize = 300;

fn only(part: &str) -> bool {
    std::env::var("VELKOMMEN_BENCH_ONLY").map_or(true, |only| only == part)
}

/// CPU time this process has used so far (the fake's included, for every stack alike).
fn cpu() -> Duration {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: getrusage writes a whole rusage into the pointer it is given.
    let usage = unsafe {
        libc::getrusage(libc::RUSAGE_SELF, usage.as_mut_ptr());
        usage.assume_init()
    };
    let time = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    time(usage.ru_utime) + time(usage.ru_stime)
}

/// A fixed sequence of numbers in [0, 1) for a seed (xorshift64).
struct Dice(u64);

impl Dice {
    /// Dice for seed `n`: seeds next to each other give unrelated sequences (splitmix64).
    fn new(n: u64) -> Dice {
        let mut z = n.wrapping_add(1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Dice((z ^ (z >> 31)).max(1))
    }

    fn roll(&mut self) -> f64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        (x >> 11) as f64 / (1u64 << 53) as f64
    }
}

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
    if only("latency") {
        latency().await;
    }
    if only("human") {
        human_pace().await;
    }
    if only("storm") {
        storm().await;
    }
}

/// Velkommen's Telegram front door on `fake`, with the engine and SQLite in `dir`; the sender
/// stops it.
async fn start_velkommen(
    fake: &FakeTelegram,
    dir: &std::path::Path,
) -> (
    tokio::sync::oneshot::Sender<()>,
    tokio::task::JoinHandle<anyhow::Result<()>>,
) {
    let store = Store::open(&dir.join("bench.db"))
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
    (stop, velkommen)
}

async fn latency() {
    let fake = FakeTelegram::start().await;
    let mut results = vec![];

    // Velkommen: teloxide, the engine and SQLite.
    let dir = tempfile::tempdir().expect("a temporary folder");
    let (stop, velkommen) = start_velkommen(&fake, dir.path()).await;
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
    echo(teloxide::Bot::new("2:echo").set_api_url(fake.url().parse().expect("the fake's URL")))
}

/// A teloxide echo bot through teloxide's own `Throttle`, which holds sends to Telegram's
/// limits.
fn throttled_echo_bot(
    fake: &FakeTelegram,
) -> (
    teloxide::dispatching::ShutdownToken,
    tokio::task::JoinHandle<()>,
) {
    use teloxide::requests::RequesterExt;
    echo(
        teloxide::Bot::new("3:throttled")
            .set_api_url(fake.url().parse().expect("the fake's URL"))
            .throttle(teloxide::adaptors::throttle::Limits::default()),
    )
}

/// `bot`, echoing every text it polls.
fn echo<R>(
    bot: R,
) -> (
    teloxide::dispatching::ShutdownToken,
    tokio::task::JoinHandle<()>,
)
where
    R: teloxide::requests::Requester<Err = teloxide::RequestError> + Clone + Send + Sync + 'static,
    R::GetUpdates: Send,
    R::SendMessage: Send,
    R::DeleteWebhook: Send,
{
    use teloxide::prelude::*;
    let handler = Update::filter_message().endpoint(|bot: R, message: Message| async move {
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

/// What a run at a human pace gave.
struct Paced {
    name: &'static str,
    latencies: Vec<Duration>,
    rate_limited: usize,
    cpu_per_reply: Duration,
}

/// Each person writes, gets the answer, thinks 7.5–22.5 s and writes again, `HUMAN_STEPS`
/// times; the first message of each comes at a random moment of the first 15 s.
async fn paced(fake: &FakeTelegram, name: &'static str, people: &[User]) -> Paced {
    let limited_before = fake.trouble().rate_limited;
    let cpu_before = cpu();
    let begun = Instant::now();
    let runs = people.iter().enumerate().map(|(n, person)| async move {
        let mut dice = Dice::new(n as u64);
        tokio::time::sleep(Duration::from_secs_f64(15.0 * dice.roll())).await;
        let mut latencies = vec![];
        let mut count = fake.reply_count(person.id);
        for _ in 0..HUMAN_STEPS {
            let sent = Instant::now();
            fake.user_writes(person, "hello");
            count += 1;
            let times = fake
                .replies(person.id, count, TIMEOUT)
                .await
                .expect("an answer");
            let took = times[count - 1] - sent;
            if took > Duration::from_secs(1) {
                println!(
                    "{name}: {} waited {took:?} for the answer to a message sent {:?} in",
                    person.id,
                    sent - begun
                );
            }
            latencies.push(took);
            tokio::time::sleep(Duration::from_secs_f64(7.5 + 15.0 * dice.roll())).await;
        }
        latencies
    });
    let latencies: Vec<Duration> = futures_join_all(runs).await.into_iter().flatten().collect();
    let replies = latencies.len().max(1) as u32;
    Paced {
        name,
        rate_limited: fake.trouble().rate_limited - limited_before,
        cpu_per_reply: (cpu() - cpu_before) / replies,
        latencies,
    }
}

/// 300 people at a human pace under Telegram's limits: Velkommen, then a teloxide echo bot
/// through `Throttle`, on one fake.
async fn human_pace() {
    let fake = FakeTelegram::start().await;
    let dir = tempfile::tempdir().expect("a temporary folder");
    let (stop, velkommen) = start_velkommen(&fake, dir.path()).await;
    let people = make_people(&fake, 3_000_000, HUMAN_PEOPLE);
    // Brought to the menu before the limits hold, so that the run starts from a quiet bot.
    onboard(&fake, &people).await;
    fake.settle(Duration::from_secs(1)).await;
    fake.enforce(RateLimits::TELEGRAM);
    let mut results = vec![paced(&fake, "velkommen", &people).await];
    let _ = stop.send(());
    velkommen
        .await
        .expect("the front door task")
        .expect("the front door stops cleanly");

    let echo_people = make_people(&fake, 4_000_000, HUMAN_PEOPLE);
    let (token, echo) = throttled_echo_bot(&fake);
    results.push(paced(&fake, "teloxide echo through Throttle", &echo_people).await);
    token.shutdown().expect("the echo bot is running").await;
    let _ = echo.await;

    println!();
    println!(
        "{HUMAN_PEOPLE} people at a human pace, {HUMAN_STEPS} messages each, Telegram's limits on"
    );
    println!(
        "{:<32} {:>7} {:>8} {:>8} {:>6} {:>12}",
        "bot", "replies", "p50 ms", "p99 ms", "429s", "CPU ms/reply"
    );
    for run in &results {
        let figures = Figures {
            name: run.name,
            updates: run.latencies.len(),
            per_second: 0.0,
            latencies: run.latencies.clone(),
        };
        println!(
            "{:<32} {:>7} {:>8.1} {:>8.1} {:>6} {:>12.2}",
            run.name,
            run.latencies.len(),
            figures.percentile(0.50).as_secs_f64() * 1000.0,
            figures.percentile(0.99).as_secs_f64() * 1000.0,
            run.rate_limited,
            run.cpu_per_reply.as_secs_f64() * 1000.0,
        );
    }
}

/// 300 people at the menu press a button at once; two seconds in, one more presses 🆘.
/// Each person's wait for their answer is set against their place in line / 30 s.
async fn storm() {
    let fake = FakeTelegram::start().await;
    let dir = tempfile::tempdir().expect("a temporary folder");
    let (stop, velkommen) = start_velkommen(&fake, dir.path()).await;
    let people = make_people(&fake, 5_000_000, STORM_PEOPLE + 1);
    onboard(&fake, &people).await;
    fake.settle(Duration::from_secs(2)).await;
    fake.enforce(RateLimits::TELEGRAM);
    let (crowd, sos) = people.split_at(STORM_PEOPLE);
    let sos = &sos[0];
    let before: Vec<usize> = people.iter().map(|p| fake.reply_count(p.id)).collect();
    let menus: Vec<i64> = crowd.iter().map(|p| last_menu(&fake, p.id).0).collect();
    let press = Action::from(NewcomerAction::Categories).encode();
    let started = Instant::now();
    let mut pressed = vec![];
    for (person, menu) in crowd.iter().zip(&menus) {
        fake.user_presses(person, *menu, &press);
        pressed.push(Instant::now());
    }
    let fake = &fake;
    let sos_run = async {
        tokio::time::sleep(Duration::from_secs(2)).await;
        let menu = last_menu(fake, sos.id).0;
        let at = Instant::now();
        fake.user_presses(sos, menu, &AccountAction::Urgent.encode());
        let times = fake
            .replies(sos.id, before[STORM_PEOPLE] + 1, TIMEOUT)
            .await
            .expect("the 🆘 is answered");
        times[before[STORM_PEOPLE]] - at
    };
    let waits = crowd
        .iter()
        .zip(&before)
        .map(|(person, before)| async move {
            let times = fake
                .replies(person.id, before + 1, TIMEOUT)
                .await
                .expect("every press is answered");
            times[*before]
        });
    let (sos_took, answered) = tokio::join!(sos_run, futures_join_all(waits));
    let last = answered.iter().max().copied().unwrap_or(started);
    // The worst wait beyond one's fair place, and the worst ratio for those past the first
    // second of the line (before it, the ratio is of milliseconds).
    let mut buckets = vec![Duration::ZERO; STORM_PEOPLE.div_ceil(30)];
    let mut worst_over = Duration::ZERO;
    let mut worst_ratio: f64 = 0.0;
    let mut longest = Duration::ZERO;
    for (place, (at, pressed)) in answered.iter().zip(&pressed).enumerate() {
        let wait = at.saturating_duration_since(*pressed);
        longest = longest.max(wait);
        let fair = Duration::from_secs_f64((place + 1) as f64 / 30.0);
        worst_over = worst_over.max(wait.saturating_sub(fair));
        buckets[place / 30] = buckets[place / 30].max(wait);
        if place >= 30 {
            worst_ratio = worst_ratio.max(wait.as_secs_f64() / fair.as_secs_f64());
        }
    }
    let _ = stop.send(());
    velkommen
        .await
        .expect("the front door task")
        .expect("the front door stops cleanly");
    println!();
    println!("storm: {STORM_PEOPLE} people press at once, Telegram's limits on");
    println!(
        "all answered in {:.2} s (N/30 = {:.2} s); longest wait {:.2} s; worst wait past \
         (place)/30 s: {:.0} ms; worst wait ÷ (place)/30 s past the first 30: {:.2}; \
         🆘 pressed 2 s in answered in {:.0} ms; 429s: {}",
        (last - started).as_secs_f64(),
        STORM_PEOPLE as f64 / 30.0,
        longest.as_secs_f64(),
        worst_over.as_secs_f64() * 1000.0,
        worst_ratio,
        sos_took.as_secs_f64() * 1000.0,
        fake.trouble().rate_limited,
    );
    for (n, longest) in buckets.iter().enumerate() {
        println!(
            "  places {:>3}–{:>3}: longest wait {:.2} s (fair: {:.2} s)",
            n * 30 + 1,
            n * 30 + 30,
            longest.as_secs_f64(),
            (n * 30 + 30) as f64 / 30.0
        );
    }
}
