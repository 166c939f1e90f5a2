//! Delivery workers: the platform-neutral loop that drains one platform's outbox within the
//! platform's rate limits. A front door supplies only the call that sends one message.

use std::collections::{HashMap, HashSet, VecDeque};
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use tokio::task::JoinSet;
use tokio::time::Instant;

use crate::clock::Clock;
use crate::domain::ids::OutboxId;
use crate::message::Reply;
use crate::seam::Outbox;
use crate::store::{Delivery, OutboxItem};

/// How fast one platform may be sent to, and how the worker paces itself.
#[derive(Debug, Clone)]
pub struct Limits {
    /// At most this many sends start within any `window`.
    pub overall: usize,
    pub window: Duration,
    /// Two sends to the same recipient start at least this far apart.
    pub per_recipient: Duration,
    /// Sends under way at once.
    pub in_flight: usize,
    /// Messages the worker holds (leased) at once, so one busy recipient cannot starve
    /// the others.
    pub batch: i64,
    /// How often an idle worker looks for new messages.
    pub idle_poll: Duration,
    /// How many platform calls one message costs against the limits (a long text in two
    /// parts and a venue cost three).
    pub calls: fn(&Reply) -> u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            overall: 30,
            window: Duration::from_secs(1),
            per_recipient: Duration::from_secs(1),
            in_flight: 32,
            batch: 600,
            idle_poll: Duration::from_millis(500),
            calls: |_| 1,
        }
    }
}

/// The wait before retrying a message after a server or network error: 1 s after the first
/// attempt, doubling, at most 5 minutes.
pub fn backoff(attempts: i64) -> Duration {
    let exponent = attempts.clamp(0, 20) as u32;
    Duration::from_secs(2u64.saturating_pow(exponent)).min(Duration::from_secs(300))
}

/// Paces sends: at most `overall` starts per `window`, and one start per recipient per
/// `per_recipient` (a message of several calls takes that many turns).
#[derive(Debug)]
pub struct Pacer {
    limits: Limits,
    /// When each of the last `overall` calls started.
    recent: VecDeque<Instant>,
    /// When each recipient may next be sent to.
    free_at: HashMap<String, Instant>,
}

impl Pacer {
    pub fn new(limits: Limits) -> Pacer {
        Pacer {
            limits,
            recent: VecDeque::new(),
            free_at: HashMap::new(),
        }
    }

    /// When `calls` more calls may start, as far as the overall limit goes.
    pub fn overall_free_at(&self, calls: u32, now: Instant) -> Instant {
        let calls = (calls as usize).clamp(1, self.limits.overall.max(1));
        let used = self.recent.len();
        let allowed = self.limits.overall.max(1);
        if used + calls <= allowed {
            return now;
        }
        // The call that must leave the window before these fit.
        let index = used + calls - allowed - 1;
        (self.recent[index] + self.limits.window).max(now)
    }

    /// When `recipient` may next be sent to.
    pub fn recipient_free_at(&self, recipient: &str, now: Instant) -> Instant {
        self.free_at.get(recipient).copied().unwrap_or(now)
    }

    /// Notes that a message of `calls` calls to `recipient` starts now.
    pub fn start(&mut self, recipient: &str, calls: u32, now: Instant) {
        let calls = calls.max(1);
        for _ in 0..calls {
            self.recent.push_back(now);
        }
        while self.recent.len() > self.limits.overall.max(1) {
            self.recent.pop_front();
        }
        self.free_at.insert(
            recipient.to_owned(),
            now + self.limits.per_recipient * calls,
        );
    }

    /// Keeps `recipient` waiting until at least `until`, as after a 429.
    pub fn hold(&mut self, recipient: &str, until: Instant) {
        let entry = self.free_at.entry(recipient.to_owned()).or_insert(until);
        *entry = (*entry).max(until);
    }

    /// Forgets recipients that are free again, so the map does not grow without end.
    fn forget_free(&mut self, now: Instant) {
        self.free_at.retain(|_, at| *at > now);
    }
}

/// Drains `platform`'s outbox until `shutdown` resolves: takes due messages, sends each with
/// `send` within `limits`, and records what happened. On shutdown it takes nothing more,
/// waits for the sends under way and records them, and gives what it had not started back
/// to the outbox for the next run.
pub async fn drain<S, F>(
    outbox: Outbox,
    clock: Arc<dyn Clock>,
    limits: Limits,
    shutdown: impl Future<Output = ()>,
    send: S,
) where
    S: Fn(OutboxItem) -> F,
    F: Future<Output = Delivery> + Send + 'static,
{
    let platform = outbox.platform();
    let mut shutdown = std::pin::pin!(shutdown);
    let mut pacer = Pacer::new(limits.clone());
    let mut queue: Vec<OutboxItem> = vec![];
    let mut held: HashSet<OutboxId> = HashSet::new();
    let mut sending: JoinSet<(OutboxItem, Delivery)> = JoinSet::new();
    let mut next_take = Instant::now();
    loop {
        let now = Instant::now();
        let wants_more = queue.len() < (limits.batch as usize).div_ceil(2);
        if wants_more && now >= next_take {
            next_take = match take(&outbox, &*clock, &limits, &mut queue, &mut held).await {
                Ok(true) => now,
                Ok(false) => match outbox.next_due().await {
                    Ok(Some(due)) => {
                        let wait = (due - clock.now()).to_std().unwrap_or_default();
                        now + wait.min(limits.idle_poll)
                    }
                    _ => now + limits.idle_poll,
                },
                Err(error) => {
                    tracing::error!(%platform, error = format!("{error:#}"), "could not take messages from the outbox");
                    now + limits.idle_poll
                }
            };
        }
        // Taking may have taken a while: pace from the time the sends really start.
        let now = Instant::now();
        start_due(&mut pacer, &limits, &mut queue, &mut sending, &send, now);
        pacer.forget_free(now);

        let mut wake = if wants_more {
            next_take
        } else {
            now + limits.idle_poll
        };
        if sending.len() < limits.in_flight {
            for item in &queue {
                let calls = (limits.calls)(&item.message);
                let at = pacer
                    .recipient_free_at(&item.to.user_id, now)
                    .max(pacer.overall_free_at(calls, now));
                wake = wake.min(at);
            }
        }
        tokio::select! {
            biased;
            () = &mut shutdown => break,
            Some(done) = sending.join_next() => {
                settle(&outbox, &*clock, &mut pacer, &mut held, done).await;
            }
            () = tokio::time::sleep_until(wake.max(now)) => {}
        }
    }
    while let Some(done) = sending.join_next().await {
        settle(&outbox, &*clock, &mut pacer, &mut held, done).await;
    }
    // What was taken but never started goes back at once, not after its lease.
    let unsent: Vec<_> = queue.iter().map(|item| item.id).collect();
    if let Err(error) = outbox.release(&unsent).await {
        tracing::error!(%platform, error = format!("{error:#}"), "could not give unsent messages back to the outbox");
    }
}

/// Takes due messages into the queue; true if it found any new ones.
async fn take(
    outbox: &Outbox,
    clock: &dyn Clock,
    limits: &Limits,
    queue: &mut Vec<OutboxItem>,
    held: &mut HashSet<OutboxId>,
) -> anyhow::Result<bool> {
    let room = limits.batch - queue.len() as i64;
    if room <= 0 {
        return Ok(false);
    }
    let items = outbox.lease(clock.now(), room).await?;
    let mut found = false;
    for item in items {
        // A message held so long that its lease ran out comes back: it is already queued.
        if held.insert(item.id) {
            queue.push(item);
            found = true;
        }
    }
    Ok(found)
}

/// Starts every queued message whose recipient and the overall limit allow it now, oldest
/// first.
fn start_due<S, F>(
    pacer: &mut Pacer,
    limits: &Limits,
    queue: &mut Vec<OutboxItem>,
    sending: &mut JoinSet<(OutboxItem, Delivery)>,
    send: &S,
    now: Instant,
) where
    S: Fn(OutboxItem) -> F,
    F: Future<Output = Delivery> + Send + 'static,
{
    let mut index = 0;
    while index < queue.len() && sending.len() < limits.in_flight {
        let item = &queue[index];
        let calls = (limits.calls)(&item.message);
        if pacer.overall_free_at(calls, now) > now {
            break;
        }
        if pacer.recipient_free_at(&item.to.user_id, now) > now {
            index += 1;
            continue;
        }
        let item = queue.remove(index);
        pacer.start(&item.to.user_id, calls, now);
        let sent = send(item.clone());
        sending.spawn(async move { (item, sent.await) });
    }
}

async fn settle(
    outbox: &Outbox,
    clock: &dyn Clock,
    pacer: &mut Pacer,
    held: &mut HashSet<OutboxId>,
    done: Result<(OutboxItem, Delivery), tokio::task::JoinError>,
) {
    let (item, delivery) = match done {
        Ok(done) => done,
        Err(error) => {
            // The message stays leased and is tried again when its lease runs out.
            tracing::error!(error = %error, "a send task failed");
            return;
        }
    };
    held.remove(&item.id);
    let now = clock.now();
    if let Delivery::RetryAt(at, _) = &delivery {
        let wait = (*at - now).to_std().unwrap_or_default();
        pacer.hold(&item.to.user_id, Instant::now() + wait);
    }
    match &delivery {
        Delivery::Delivered => {}
        Delivery::RetryAt(_, error) => {
            tracing::warn!(platform = %item.to.platform, outbox_id = item.id.get(), attempts = item.attempts + 1, error, "delivery will be retried");
        }
        Delivery::Unreachable(error) => {
            tracing::warn!(platform = %item.to.platform, outbox_id = item.id.get(), error, "recipient is unreachable");
        }
        Delivery::Failed(error) => {
            tracing::error!(platform = %item.to.platform, outbox_id = item.id.get(), error, "delivery failed");
        }
    }
    if let Err(error) = outbox.mark(item.id, &delivery, now).await {
        tracing::error!(
            outbox_id = item.id.get(),
            error = format!("{error:#}"),
            "could not record a delivery"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits() -> Limits {
        Limits {
            overall: 3,
            window: Duration::from_secs(1),
            per_recipient: Duration::from_secs(1),
            ..Limits::default()
        }
    }

    #[test]
    fn backoff_doubles_from_one_second_up_to_five_minutes() {
        assert_eq!(backoff(0), Duration::from_secs(1));
        assert_eq!(backoff(1), Duration::from_secs(2));
        assert_eq!(backoff(3), Duration::from_secs(8));
        assert_eq!(backoff(9), Duration::from_secs(300));
        assert_eq!(backoff(1000), Duration::from_secs(300));
    }

    #[test]
    fn pacer_lets_no_more_than_the_overall_limit_start_within_a_window() {
        let t0 = Instant::now();
        let mut pacer = Pacer::new(limits());
        for chat in ["a", "b", "c"] {
            assert_eq!(pacer.overall_free_at(1, t0), t0);
            pacer.start(chat, 1, t0);
        }
        assert_eq!(pacer.overall_free_at(1, t0), t0 + Duration::from_secs(1));
        let later = t0 + Duration::from_millis(1500);
        assert_eq!(pacer.overall_free_at(3, later), later);
    }

    #[test]
    fn pacer_keeps_one_second_between_sends_to_the_same_recipient() {
        let t0 = Instant::now();
        let mut pacer = Pacer::new(limits());
        pacer.start("a", 1, t0);
        assert_eq!(
            pacer.recipient_free_at("a", t0),
            t0 + Duration::from_secs(1)
        );
        assert_eq!(pacer.recipient_free_at("b", t0), t0);
        pacer.start("b", 2, t0);
        assert_eq!(
            pacer.recipient_free_at("b", t0),
            t0 + Duration::from_secs(2)
        );
    }

    #[test]
    fn a_message_of_several_calls_needs_that_many_free_places() {
        let t0 = Instant::now();
        let mut pacer = Pacer::new(limits());
        pacer.start("a", 1, t0);
        pacer.start("b", 1, t0 + Duration::from_millis(100));
        assert_eq!(
            pacer.overall_free_at(2, t0 + Duration::from_millis(200)),
            t0 + Duration::from_secs(1)
        );
    }

    #[test]
    fn a_hold_only_ever_delays() {
        let t0 = Instant::now();
        let mut pacer = Pacer::new(limits());
        pacer.start("a", 1, t0);
        pacer.hold("a", t0 + Duration::from_millis(10));
        assert_eq!(
            pacer.recipient_free_at("a", t0),
            t0 + Duration::from_secs(1)
        );
        pacer.hold("a", t0 + Duration::from_secs(5));
        assert_eq!(
            pacer.recipient_free_at("a", t0),
            t0 + Duration::from_secs(5)
        );
    }
}
