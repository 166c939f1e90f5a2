//! Delivery workers: the platform-neutral loop that drains one platform's outbox within the
//! platform's rate limits. A front door supplies only the call that sends one message.

use std::collections::{HashMap, HashSet, VecDeque};
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::task::JoinSet;
use tokio::time::Instant;

use crate::clock::Clock;
use crate::domain::ids::OutboxId;
use crate::message::Outbound;
use crate::message::Reply;
use crate::seam::{Outbox, Seam};
use crate::store::{Delivery, OutboxItem, Priority};

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

/// The wait before retrying a message after a server or network error: about a second after
/// each of the first two attempts (a lone failure is most often just that), then doubling,
/// at most 5 minutes; each spread by up to a fifth either way, so that many messages failed
/// together do not all come back in the same second. The budget paces the retries with the
/// fresh sends, in the order they fell due.
pub fn backoff(attempts: i64) -> Duration {
    let exponent = (attempts - 1).clamp(0, 20) as u32;
    let base = Duration::from_secs(2u64.saturating_pow(exponent) / 2)
        .max(Duration::from_secs(1))
        .min(Duration::from_secs(300));
    base.mul_f64(0.8 + 0.4 * jitter())
}

/// A number in [0, 1), different each call: enough to spread retries, not for secrets.
fn jitter() -> f64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64),
    );
    (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64
}

/// How soon a send goes against the one budget of a bot. Lower goes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Class {
    /// The answer to a cry for help or a press of 🆘, and a page to staff: before anything.
    Urgent = 0,
    /// A direct reply to someone who just wrote or pressed.
    Now = 1,
    /// A notice to one person.
    Notice = 2,
    /// An announcement or reminder to many: it only uses what is left.
    Bulk = 3,
}

impl Class {
    /// The class of a direct reply: the answer to a cry goes before all the others.
    pub fn of_reply(reply: &Reply) -> Class {
        match reply.urgent {
            true => Class::Urgent,
            false => Class::Now,
        }
    }
}

impl From<Priority> for Class {
    fn from(priority: Priority) -> Class {
        match priority {
            Priority::Urgent => Class::Urgent,
            Priority::Reply => Class::Now,
            Priority::Notice => Class::Notice,
            Priority::Bulk => Class::Bulk,
        }
    }
}

/// Why a send may not start yet, and when to look again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotYet {
    /// The recipient had a message too recently: others may go meanwhile.
    Recipient(Instant),
    /// The bot's overall limit, a pause after a 429, or a more pressing send waiting.
    Overall(Instant),
}

/// The one send budget of a bot, shared by its direct replies and its outbox worker: at most
/// `overall` calls per `window`, one message per recipient per `per_recipient`, and every call
/// held back while the platform has asked the bot to wait. A send of a more pressing class that
/// is waiting only for the overall limit goes before any less pressing one, and within a class
/// sends go in the order they came (a reply to someone who wrote first is never overtaken by
/// one to someone who wrote later).
pub struct Budget {
    limits: Limits,
    state: Mutex<BudgetState>,
    /// Woken whenever a waiting send leaves the line or a slot is given back: those behind
    /// it look again at once instead of polling.
    moved: tokio::sync::Notify,
}

struct BudgetState {
    pacer: Pacer,
    /// No call at all before this: the platform answered 429 for the whole bot.
    paused_until: Option<Instant>,
    /// Sends waiting in [`Budget::acquire`]: their class and recipient.
    waiting: Vec<(u64, Class, String)>,
    /// When the platform last answered 429.
    last_flood: Option<Instant>,
    next_waiter: u64,
}

impl std::fmt::Debug for Budget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Budget")
            .field("limits", &self.limits)
            .finish()
    }
}

/// Two 429s closer than this are the whole bot's flood control, not one chat's.
pub const FLOOD_SPELL: Duration = Duration::from_millis(250);

/// The longest a send held back by one ahead of it sleeps without a wake-up: a safety net,
/// since the one ahead wakes it when it goes.
const BEHIND: Duration = Duration::from_millis(250);

impl Budget {
    pub fn new(limits: Limits) -> Arc<Budget> {
        Arc::new(Budget {
            state: Mutex::new(BudgetState {
                pacer: Pacer::new(limits.clone()),
                paused_until: None,
                waiting: vec![],
                next_waiter: 0,
                last_flood: None,
            }),
            limits,
            moved: tokio::sync::Notify::new(),
        })
    }

    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    fn state(&self) -> std::sync::MutexGuard<'_, BudgetState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Starts a send of `calls` calls to `recipient` now if the budget allows it, or says
    /// when to look again.
    pub fn try_start(
        &self,
        class: Class,
        recipient: &str,
        calls: u32,
        now: Instant,
    ) -> Result<(), NotYet> {
        self.state().admit(class, recipient, calls, now, None)
    }

    /// A place in line, taken when a person's update arrives: their replies then go in the
    /// order the updates came, even when a later one is handled sooner.
    pub fn ticket(&self) -> u64 {
        let mut state = self.state();
        let ticket = state.next_waiter;
        state.next_waiter += 1;
        ticket
    }

    /// Waits for the budget to allow a send of `calls` calls to `recipient`, and starts it.
    pub async fn acquire(&self, class: Class, recipient: &str, calls: u32) {
        let ticket = self.ticket();
        self.acquire_in_turn(class, recipient, calls, ticket).await;
    }

    /// As [`Budget::acquire`], in the place in line `me` (a [`Budget::ticket`]): it
    /// goes before every send of its class with a later ticket. One ticket serves the replies
    /// to one update, one after another.
    pub async fn acquire_in_turn(&self, class: Class, recipient: &str, calls: u32, me: u64) {
        self.state().waiting.push((me, class, recipient.to_owned()));
        // A send given up while waiting must not hold the less pressing ones back forever.
        let _waiting = Waiting { budget: self, me };
        loop {
            // Listening before looking: a wake-up between the look and the wait is not lost.
            let moved = self.moved.notified();
            tokio::pin!(moved);
            moved.as_mut().enable();
            let now = Instant::now();
            let admitted = self.state().admit(class, recipient, calls, now, Some(me));
            match admitted {
                Ok(()) => return,
                Err(NotYet::Recipient(at) | NotYet::Overall(at)) => {
                    tokio::select! {
                        () = tokio::time::sleep_until(at.max(now + Duration::from_millis(1))) => {}
                        () = moved => {}
                    }
                }
            }
        }
    }

    /// Holds every send until `until`, as Telegram's 429 asks of the whole bot.
    pub fn pause(&self, until: Instant) {
        self.state().pause(until);
    }

    /// The platform answered 429 to a send to `recipient`, asking to wait until `until`. It
    /// does not say whether the limit was that chat's or the whole bot's. The bot keeps within
    /// its overall limit, so a lone 429 is taken as the chat's: only that recipient waits.
    /// One on the heels of another ([`FLOOD_SPELL`]) is the whole bot's, as when Telegram's
    /// limit is lower than ours: then every send waits.
    pub fn flood(&self, recipient: &str, until: Instant) {
        let now = Instant::now();
        let mut state = self.state();
        state.pacer.hold(recipient, until);
        let spell = state
            .last_flood
            .is_some_and(|at| now.saturating_duration_since(at) < FLOOD_SPELL);
        state.last_flood = Some(now);
        if spell {
            state.pause(until);
        }
    }

    /// Holds sends to `recipient` until `until`, as after a 429 or an error for them.
    pub fn hold(&self, recipient: &str, until: Instant) {
        self.state().pacer.hold(recipient, until);
    }

    /// Gives back a send started at `at` that never reached the platform (its broadcast was
    /// cancelled meanwhile), so its place goes to the next.
    pub fn refund(&self, recipient: &str, calls: u32, at: Instant) {
        self.state().pacer.refund(recipient, calls, at);
        self.moved.notify_waiters();
    }
}

/// Takes a waiting send off the list however its wait ends.
struct Waiting<'a> {
    budget: &'a Budget,
    me: u64,
}

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.budget
            .state()
            .waiting
            .retain(|(id, _, _)| *id != self.me);
        // Whoever waited behind it looks again.
        self.budget.moved.notify_waiters();
    }
}

impl BudgetState {
    /// Holds every send until `until`, or longer if already held longer.
    fn pause(&mut self, until: Instant) {
        self.paused_until = Some(self.paused_until.map_or(until, |at| at.max(until)));
    }

    fn admit(
        &mut self,
        class: Class,
        recipient: &str,
        calls: u32,
        now: Instant,
        waiter: Option<u64>,
    ) -> Result<(), NotYet> {
        // A reply to someone waiting goes as soon as the window has room; the rest are spread
        // evenly over it.
        let burst = class <= Class::Now;
        let mut overall = self.pacer.overall_free_at(calls, now, burst);
        if let Some(until) = self.paused_until {
            if until > now {
                overall = overall.max(until);
            } else {
                self.paused_until = None;
            }
        }
        // A direct reply may follow the person's own last message at once (a reply of several
        // parts is a burst Telegram and Discord allow in a private chat); the rest keep their
        // distance from it.
        let spaced = class > Class::Now;
        let recipient_at = self.pacer.recipient_free_at(recipient, now);
        if spaced && recipient_at > now {
            return Err(NotYet::Recipient(recipient_at.max(overall)));
        }
        if overall > now {
            return Err(NotYet::Overall(overall));
        }
        // Someone more pressing, or of the same class and there first, waits only for the
        // overall limit: they go first. (A send not yet in line, `try_start`, comes last.)
        let ahead = self.waiting.iter().any(|(id, their, to)| {
            Some(*id) != waiter
                && (*their < class || (*their == class && waiter.is_none_or(|me| *id < me)))
                && (*their <= Class::Now || self.pacer.recipient_free_at(to, now) <= now)
        });
        if ahead {
            return Err(NotYet::Overall(now + BEHIND));
        }
        self.pacer.start(recipient, calls, now);
        Ok(())
    }
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
    /// When the next call may start: calls are spread evenly over the window, not sent in
    /// bursts, so that a few arriving late at the platform cannot crowd into one second.
    next_call: Option<Instant>,
}

impl Pacer {
    pub fn new(limits: Limits) -> Pacer {
        Pacer {
            limits,
            recent: VecDeque::new(),
            free_at: HashMap::new(),
            next_call: None,
        }
    }

    /// The even spacing between two calls.
    fn gap(&self) -> Duration {
        self.limits.window / self.limits.overall.max(1) as u32
    }

    /// When `calls` more calls may start, as far as the overall limit goes: as soon as the
    /// window has room for a `burst` (a reply to someone waiting for it), and else on the
    /// even schedule too.
    pub fn overall_free_at(&self, calls: u32, now: Instant, burst: bool) -> Instant {
        let calls = (calls as usize).clamp(1, self.limits.overall.max(1));
        let used = self.recent.len();
        let allowed = self.limits.overall.max(1);
        let spread = match burst {
            true => now,
            false => self.next_call.map_or(now, |at| at.max(now)),
        };
        if used + calls <= allowed {
            return spread;
        }
        // The call that must leave the window before these fit.
        let index = used + calls - allowed - 1;
        (self.recent[index] + self.limits.window).max(spread)
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
        // Never shortens a hold, such as one after a 429 for this recipient.
        let until = now + self.limits.per_recipient * calls;
        let free = self.free_at.entry(recipient.to_owned()).or_insert(until);
        *free = (*free).max(until);
        // On schedule, or a little late from waking: the next call keeps the schedule, so
        // small delays do not add up. Idle for longer: the schedule starts again from now.
        let gap = self.gap();
        let base = match self.next_call {
            Some(due) if due + gap > now => due.min(now),
            _ => now,
        };
        self.next_call = Some(base + gap * calls);
        // Forget recipients that are free again, so the map does not grow without end.
        if self.free_at.len() > 4 * self.limits.batch.max(1) as usize {
            self.free_at.retain(|_, at| *at > now);
        }
    }

    /// Keeps `recipient` waiting until at least `until`, as after a 429.
    pub fn hold(&mut self, recipient: &str, until: Instant) {
        let entry = self.free_at.entry(recipient.to_owned()).or_insert(until);
        *entry = (*entry).max(until);
    }

    /// Undoes [`Pacer::start`] of a message that never went out.
    pub fn refund(&mut self, recipient: &str, calls: u32, at: Instant) {
        if self.next_call == Some(at + self.gap() * calls.max(1)) {
            self.next_call = Some(at);
        }
        for _ in 0..calls.max(1) {
            if let Some(index) = self.recent.iter().rposition(|t| *t == at) {
                self.recent.remove(index);
            }
        }
        if self.free_at.get(recipient) == Some(&(at + self.limits.per_recipient * calls.max(1))) {
            self.free_at.remove(recipient);
        }
    }
}

/// How long a direct reply is tried before it is left to the outbox.
pub const REPLY_PATIENCE: Duration = Duration::from_secs(60);

/// The wait before trying a direct reply again after a server or network error: a quarter
/// of a second, doubling, at most 8 s. A person is waiting.
fn reply_backoff(attempts: i64) -> Duration {
    let exponent = attempts.clamp(0, 5) as u32;
    Duration::from_millis(250 * 2u64.pow(exponent))
}

/// Sends a direct reply with `attempt`, which makes one try (first in the bot's budget)
/// after the parts already done, and says what came of it and how many parts are done now. A try the
/// platform holds back is made again, after a 429's wait or a short backoff, for up to
/// [`REPLY_PATIENCE`]; a reply still not sent then is delivered from the outbox. None is
/// dropped, whatever the front door.
pub async fn send_reply<A, F>(seam: &Seam, reply: &Outbound, mut done: usize, mut attempt: A)
where
    A: FnMut(usize, i64) -> F,
    F: Future<Output = (Delivery, usize)>,
{
    let platform = reply.to.platform;
    let started = Instant::now();
    let mut attempts = 0;
    loop {
        let (delivery, now_done) = attempt(done, attempts).await;
        done = now_done;
        let now = seam.now();
        let wait = match delivery {
            Delivery::Delivered => return,
            Delivery::Unreachable(error) => {
                tracing::info!(%platform, error, "a reply was not sent: the person cannot be reached there");
                return;
            }
            Delivery::Failed(error) => {
                tracing::error!(%platform, error, "the platform refused a reply");
                return;
            }
            Delivery::Wait(at, _) => {
                metrics::counter!("velkommen_rate_limited_total", "platform" => platform.to_string())
                    .increment(1);
                (at - now).to_std().unwrap_or_default()
            }
            Delivery::RetryAt(_, _) => reply_backoff(attempts),
        };
        attempts += 1;
        if started.elapsed() + wait > REPLY_PATIENCE {
            queue_reply(seam, reply, done).await;
            return;
        }
        tokio::time::sleep(wait).await;
    }
}

/// Gives a reply that could not be sent within [`REPLY_PATIENCE`] to the outbox.
async fn queue_reply(seam: &Seam, reply: &Outbound, done: usize) {
    let platform = reply.to.platform;
    if done > 0 {
        tracing::warn!(%platform, parts_sent = done, "a reply went out in part; it is queued whole");
    }
    match seam
        .outbox(platform)
        .enqueue_reply(&reply.to, &reply.message, seam.now())
        .await
    {
        Ok(Some(id)) => {
            tracing::warn!(%platform, outbox_id = id.get(), "a reply could not be sent at once; it is queued");
        }
        Ok(None) => {
            tracing::error!(%platform, "a reply could not be sent, and nobody is stored to queue it for");
        }
        Err(error) => {
            tracing::error!(%platform, error = format!("{error:#}"), "a reply could not be sent or queued");
        }
    }
}

/// How often a worker with a long announcement in hand looks for more pressing messages
/// queued by another process.
const LOOK_FOR_PRESSING: Duration = Duration::from_millis(250);

/// What became of a message the worker took.
type Settled = (OutboxItem, Instant, Option<Delivery>);

/// Drains `platform`'s outbox until `shutdown` resolves: takes due messages, sends each with
/// `send` within the shared `budget`, the most pressing first, and records what happened.
/// It first gives back what a dead worker leased and never handed over. On shutdown it takes
/// nothing more, waits for the sends under way and records them, and gives what it had not
/// started back to the outbox for the next run.
pub async fn drain<S, F>(
    outbox: Outbox,
    clock: Arc<dyn Clock>,
    budget: Arc<Budget>,
    shutdown: impl Future<Output = ()>,
    send: S,
) where
    S: Fn(OutboxItem) -> F,
    F: Future<Output = Delivery> + Send + 'static,
{
    let platform = outbox.platform();
    let limits = budget.limits().clone();
    match outbox.release_unhanded().await {
        Ok(0) => {}
        Ok(n) => {
            tracing::info!(%platform, messages = n, "gave back messages a stopped worker had not sent")
        }
        Err(error) => {
            tracing::error!(%platform, error = format!("{error:#}"), "could not give back unsent messages")
        }
    }
    let queued = outbox.queued();
    let mut shutdown = std::pin::pin!(shutdown);
    // A process that died a moment ago may have used up this window at the platform, which
    // this one cannot know: its first sends from the outbox wait one window.
    let mut next_take = Instant::now() + limits.window;
    let mut next_pressing = next_take;
    let mut queue: Vec<OutboxItem> = vec![];
    let mut held: HashSet<OutboxId> = HashSet::new();
    let mut sending: JoinSet<Settled> = JoinSet::new();
    loop {
        let woken = queued.notified();
        let mut woken = std::pin::pin!(woken);
        woken.as_mut().enable();
        let now = Instant::now();
        let wants_more = queue.len() < (limits.batch as usize).div_ceil(2);
        let least = if wants_more && now >= next_take {
            Some(Priority::Bulk)
        } else if now >= next_pressing {
            Some(Priority::Notice)
        } else {
            None
        };
        if let Some(least) = least {
            next_pressing = now + LOOK_FOR_PRESSING;
            let found = take(&outbox, &*clock, &limits, least, &mut queue, &mut held).await;
            if least == Priority::Bulk {
                next_take = match found {
                    Ok(true) => now,
                    Ok(false) => match outbox.next_due().await {
                        Ok(Some(due)) => {
                            let wait = (due - clock.now()).to_std().unwrap_or_default();
                            now + wait.min(limits.idle_poll)
                        }
                        _ => now + limits.idle_poll,
                    },
                    Err(ref error) => {
                        tracing::error!(%platform, error = format!("{error:#}"), "could not take messages from the outbox");
                        now + limits.idle_poll
                    }
                };
            } else if let Err(error) = found {
                tracing::error!(%platform, error = format!("{error:#}"), "could not take messages from the outbox");
            }
        }
        // Taking may have taken a while: pace from the time the sends really start.
        let now = Instant::now();
        let wake = start_due(
            &budget,
            &outbox,
            &*clock,
            &limits,
            &mut queue,
            &mut sending,
            &send,
            now,
        );
        let mut wake = wake.min(next_pressing);
        if wants_more {
            wake = wake.min(next_take);
        }
        tokio::select! {
            biased;
            () = &mut shutdown => break,
            Some(done) = sending.join_next() => {
                settle(&outbox, &*clock, &budget, &mut held, done).await;
            }
            () = &mut woken => {
                next_take = Instant::now();
                next_pressing = next_take;
            }
            () = tokio::time::sleep_until(wake.max(now)) => {}
        }
    }
    while let Some(done) = sending.join_next().await {
        settle(&outbox, &*clock, &budget, &mut held, done).await;
    }
    // What was taken but never started goes back at once, not after its lease.
    let unsent: Vec<_> = queue.iter().map(|item| item.id).collect();
    if let Err(error) = outbox.release(&unsent).await {
        tracing::error!(%platform, error = format!("{error:#}"), "could not give unsent messages back to the outbox");
    }
}

/// Takes due messages of at least `least` priority into the queue, the most pressing first;
/// true if it found any new ones.
async fn take(
    outbox: &Outbox,
    clock: &dyn Clock,
    limits: &Limits,
    least: Priority,
    queue: &mut Vec<OutboxItem>,
    held: &mut HashSet<OutboxId>,
) -> anyhow::Result<bool> {
    // Pressing messages are taken even into a full queue.
    let room = match least {
        Priority::Bulk => limits.batch - queue.len() as i64,
        _ => (limits.batch - queue.len() as i64).max(limits.in_flight as i64),
    };
    if room <= 0 {
        return Ok(false);
    }
    let items = outbox.lease_from(least, clock.now(), room).await?;
    let mut found = false;
    for item in items {
        // A message held so long that its lease ran out comes back: it is already queued.
        if held.insert(item.id) {
            queue.push(item);
            found = true;
        }
    }
    if found {
        queue.sort_by_key(|item| (std::cmp::Reverse(item.priority), item.id));
    }
    Ok(found)
}

/// Starts every queued message the budget allows now, the most pressing first, and returns
/// when to look again.
#[allow(clippy::too_many_arguments)]
fn start_due<S, F>(
    budget: &Budget,
    outbox: &Outbox,
    clock: &dyn Clock,
    limits: &Limits,
    queue: &mut Vec<OutboxItem>,
    sending: &mut JoinSet<Settled>,
    send: &S,
    now: Instant,
) -> Instant
where
    S: Fn(OutboxItem) -> F,
    F: Future<Output = Delivery> + Send + 'static,
{
    let mut wake = now + limits.idle_poll;
    let mut index = 0;
    while index < queue.len() {
        if sending.len() >= limits.in_flight {
            return wake;
        }
        let item = &queue[index];
        let calls = (limits.calls)(&item.message);
        match budget.try_start(item.priority.into(), &item.to.user_id, calls, now) {
            Ok(()) => {}
            Err(NotYet::Overall(at)) => return wake.min(at),
            Err(NotYet::Recipient(at)) => {
                wake = wake.min(at);
                index += 1;
                continue;
            }
        }
        let item = queue.remove(index);
        let sent = send(item.clone());
        let outbox = outbox.clone();
        let handed_at = clock.now();
        sending.spawn(async move {
            // The last moment a cancelled broadcast's copy can be stopped.
            match outbox.hand(item.id, handed_at).await {
                Ok(true) => {
                    // On a task of its own, so that a panic in it is a failed attempt to
                    // retry, not a message held by this worker for ever.
                    let delivery = match tokio::spawn(sent).await {
                        Ok(delivery) => delivery,
                        Err(error) => {
                            let wait = chrono::Duration::from_std(backoff(item.attempts))
                                .unwrap_or_default();
                            Delivery::RetryAt(handed_at + wait, format!("the send failed: {error}"))
                        }
                    };
                    (item, now, Some(delivery))
                }
                Ok(false) => (item, now, None),
                Err(error) => {
                    let again = handed_at + chrono::Duration::seconds(5);
                    let delivery = Delivery::Wait(again, format!("{error:#}"));
                    (item, now, Some(delivery))
                }
            }
        });
    }
    wake
}

async fn settle(
    outbox: &Outbox,
    clock: &dyn Clock,
    budget: &Budget,
    held: &mut HashSet<OutboxId>,
    done: Result<Settled, tokio::task::JoinError>,
) {
    let (item, started, delivery) = match done {
        Ok(done) => done,
        Err(error) => {
            // The message stays leased and is tried again when its lease runs out.
            tracing::error!(error = %error, "a send task failed");
            return;
        }
    };
    held.remove(&item.id);
    let Some(delivery) = delivery else {
        // Stopped before it went: its place in the budget goes to the next.
        budget.refund(
            &item.to.user_id,
            (budget.limits().calls)(&item.message),
            started,
        );
        return;
    };
    let now = clock.now();
    match &delivery {
        Delivery::Delivered => {}
        Delivery::Wait(at, reason) | Delivery::RetryAt(at, reason) => {
            let wait = (*at - now).to_std().unwrap_or_default();
            budget.hold(&item.to.user_id, Instant::now() + wait);
            tracing::warn!(platform = %item.to.platform, outbox_id = item.id.get(), attempts = item.attempts, reason, "delivery will be tried again");
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

    /// The even spacing of [`limits`]: three calls a second.
    const GAP: Duration = Duration::from_nanos(333_333_333);

    fn limits() -> Limits {
        Limits {
            overall: 3,
            window: Duration::from_secs(1),
            per_recipient: Duration::from_secs(1),
            ..Limits::default()
        }
    }

    #[test]
    fn backoff_retries_after_about_a_second_twice_then_doubles_up_to_about_five_minutes() {
        let within = |attempts: i64, secs: f64| {
            let wait = backoff(attempts).as_secs_f64();
            assert!(
                (secs * 0.8..=secs * 1.2).contains(&wait),
                "{attempts}: {wait}"
            );
        };
        within(0, 1.0);
        within(1, 1.0);
        within(2, 1.0);
        within(3, 2.0);
        within(5, 8.0);
        within(11, 300.0);
        within(1000, 300.0);
        let waits: HashSet<_> = (0..20).map(|_| backoff(5)).collect();
        assert!(waits.len() > 10, "the waits are spread: {waits:?}");
    }

    #[test]
    fn a_reply_goes_before_an_announcement_waiting_for_the_same_place() {
        let budget = Budget::new(limits());
        let t0 = Instant::now();
        for (n, chat) in ["a", "b", "c"].into_iter().enumerate() {
            budget
                .try_start(Class::Bulk, chat, 1, t0 + GAP * n as u32)
                .unwrap();
        }
        // The window is full: a reply waits for the overall limit...
        let mut state = budget.state();
        state.waiting.push((99, Class::Now, "z".into()));
        drop(state);
        let later = t0 + Duration::from_millis(1001);
        // ...and when a place frees, the announcement yields it to the reply.
        assert!(matches!(
            budget.try_start(Class::Bulk, "d", 1, later),
            Err(NotYet::Overall(_))
        ));
        budget.state().waiting.clear();
        assert!(budget.try_start(Class::Bulk, "d", 1, later).is_ok());
    }

    #[test]
    fn a_notice_waiting_only_for_its_recipient_does_not_hold_announcements_back() {
        let budget = Budget::new(limits());
        let t0 = Instant::now();
        budget.try_start(Class::Bulk, "v", 1, t0).unwrap();
        budget.state().waiting.push((1, Class::Notice, "v".into()));
        assert!(budget.try_start(Class::Bulk, "w", 1, t0 + GAP).is_ok());
    }

    #[test]
    fn a_pause_holds_every_class_and_a_refund_frees_the_place() {
        let budget = Budget::new(limits());
        let t0 = Instant::now();
        budget.pause(t0 + Duration::from_secs(3));
        assert_eq!(
            budget.try_start(Class::Now, "a", 1, t0),
            Err(NotYet::Overall(t0 + Duration::from_secs(3)))
        );
        let t1 = t0 + Duration::from_secs(3);
        for (n, chat) in ["a", "b", "c"].into_iter().enumerate() {
            budget
                .try_start(Class::Bulk, chat, 1, t1 + GAP * n as u32)
                .unwrap();
        }
        let t2 = t1 + GAP * 2;
        assert!(budget.try_start(Class::Bulk, "d", 1, t2 + GAP).is_err());
        budget.refund("c", 1, t2);
        assert!(budget.try_start(Class::Bulk, "c", 1, t2).is_ok());
    }

    #[tokio::test(start_paused = true)]
    async fn replies_waiting_for_the_budget_go_in_the_order_they_came_and_before_announcements() {
        let budget = Budget::new(Limits {
            overall: 2,
            ..limits()
        });
        let order = Arc::new(Mutex::new(vec![]));
        let mut sends = JoinSet::new();
        // Announcement copies are in line first; then forty people write, one after another.
        for n in 0..5 {
            let (budget, order) = (budget.clone(), order.clone());
            sends.spawn(async move {
                budget.acquire(Class::Bulk, &format!("bulk-{n}"), 1).await;
                order.lock().unwrap().push(format!("bulk-{n}"));
            });
            tokio::task::yield_now().await;
        }
        for n in 0..40 {
            let (budget, order) = (budget.clone(), order.clone());
            sends.spawn(async move {
                budget
                    .acquire(Class::Now, &format!("person-{n:02}"), 1)
                    .await;
                order.lock().unwrap().push(format!("person-{n:02}"));
            });
            // Each arrives a moment after the one before.
            tokio::time::advance(Duration::from_millis(1)).await;
        }
        while sends.join_next().await.is_some() {}
        let order = order.lock().unwrap().clone();
        let people: Vec<_> = order.iter().filter(|s| s.starts_with("person")).collect();
        let mut sorted = people.clone();
        sorted.sort();
        assert_eq!(people, sorted, "nobody overtaken: {order:?}");
        // Only what went before the people came can be an announcement ahead of them.
        let last_person = order.iter().rposition(|s| s.starts_with("person")).unwrap();
        assert!(
            order[..last_person]
                .iter()
                .filter(|s| s.starts_with("bulk"))
                .count()
                <= 2,
            "announcements waited behind the replies: {order:?}"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_lone_429_holds_its_chat_and_one_on_its_heels_holds_the_whole_bot() {
        let budget = Budget::new(Limits {
            overall: 30,
            ..limits()
        });
        let t0 = Instant::now();
        budget.flood("amal", t0 + Duration::from_secs(3));
        assert!(matches!(
            budget.try_start(Class::Bulk, "amal", 1, t0),
            Err(NotYet::Recipient(_))
        ));
        assert!(
            budget.try_start(Class::Bulk, "omar", 1, t0).is_ok(),
            "others go on"
        );
        tokio::time::advance(Duration::from_millis(100)).await;
        budget.flood("omar", Instant::now() + Duration::from_secs(3));
        assert!(
            matches!(
                budget.try_start(Class::Now, "lars", 1, Instant::now()),
                Err(NotYet::Overall(_))
            ),
            "two in a row: the whole bot waits"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn replies_go_in_the_order_their_updates_came_and_a_cry_before_them_all() {
        let budget = Budget::new(Limits {
            overall: 1,
            ..limits()
        });
        budget
            .try_start(Class::Now, "x", 1, Instant::now())
            .unwrap();
        let order = Arc::new(Mutex::new(vec![]));
        // Ten people write; their tickets are taken in that order as the updates arrive.
        let tickets: Vec<u64> = (0..10).map(|_| budget.ticket()).collect();
        let mut sends = JoinSet::new();
        // Their replies reach the budget in the opposite order (the later ones were handled
        // sooner), and then someone presses 🆘.
        for n in (0..10).rev() {
            let (budget, order, ticket) = (budget.clone(), order.clone(), tickets[n]);
            sends.spawn(async move {
                budget
                    .acquire_in_turn(Class::Now, &format!("person-{n}"), 1, ticket)
                    .await;
                order.lock().unwrap().push(format!("person-{n}"));
            });
            tokio::task::yield_now().await;
        }
        {
            let (budget, order) = (budget.clone(), order.clone());
            sends.spawn(async move {
                budget.acquire(Class::Urgent, "sos", 1).await;
                order.lock().unwrap().push("sos".to_owned());
            });
        }
        while sends.join_next().await.is_some() {}
        let order = order.lock().unwrap().clone();
        let mut expected = vec!["sos".to_owned()];
        expected.extend((0..10).map(|n| format!("person-{n}")));
        assert_eq!(order, expected);
    }

    #[tokio::test(start_paused = true)]
    async fn a_place_given_back_goes_to_the_one_waiting_not_to_one_who_came_later() {
        let budget = Budget::new(Limits {
            overall: 1,
            ..limits()
        });
        let t0 = Instant::now();
        budget.try_start(Class::Now, "x", 1, t0).unwrap();
        // Amal's reply waits for the next place, a second away.
        let waiting = {
            let budget = budget.clone();
            tokio::spawn(async move { budget.acquire(Class::Now, "amal", 1).await })
        };
        tokio::task::yield_now().await;
        assert!(!waiting.is_finished());
        // The place is given back; Omar's reply, which came later, may not take it ...
        budget.refund("x", 1, t0);
        assert!(
            budget
                .try_start(Class::Now, "omar", 1, Instant::now())
                .is_err(),
            "a later reply overtook one waiting"
        );
        // ... and Amal, woken at once, has it without waiting out her second.
        tokio::time::timeout(Duration::from_millis(10), waiting)
            .await
            .expect("woken when the place came back")
            .unwrap();
    }

    #[tokio::test]
    async fn a_reply_may_follow_its_own_last_message_at_once_but_an_announcement_may_not() {
        let budget = Budget::new(Limits {
            overall: 30,
            ..limits()
        });
        let t0 = Instant::now();
        let gap = Duration::from_secs(1) / 30;
        budget.try_start(Class::Now, "a", 1, t0).unwrap();
        // At once: a reply does not wait for the even schedule, only for room in the window.
        assert!(budget.try_start(Class::Now, "a", 1, t0).is_ok());
        assert!(budget.try_start(Class::Now, "a", 1, t0 + gap).is_ok());
        assert!(matches!(
            budget.try_start(Class::Bulk, "a", 1, t0 + gap * 2),
            Err(NotYet::Recipient(_))
        ));
        // Acquiring waits nothing when there is room, and leaves no waiter behind.
        budget.acquire(Class::Now, "b", 1).await;
        assert!(budget.state().waiting.is_empty());
    }

    #[test]
    fn pacer_lets_no_more_than_the_overall_limit_start_within_a_window() {
        let t0 = Instant::now();
        let mut pacer = Pacer::new(limits());
        for n in 0..3 {
            let at = t0 + GAP * n;
            assert_eq!(pacer.overall_free_at(1, at, false), at, "spread evenly");
            pacer.start(["a", "b", "c"][n as usize], 1, at);
        }
        assert_eq!(
            pacer.overall_free_at(1, t0 + GAP * 2, false),
            t0 + Duration::from_secs(1)
        );
        let later = t0 + Duration::from_millis(1700);
        assert_eq!(pacer.overall_free_at(3, later, false), later);
    }

    #[test]
    fn a_reply_goes_as_soon_as_the_window_has_room_not_on_the_even_schedule() {
        let t0 = Instant::now();
        let mut pacer = Pacer::new(limits());
        pacer.start("a", 1, t0);
        let soon = t0 + Duration::from_millis(1);
        assert_eq!(
            pacer.overall_free_at(1, soon, false),
            t0 + GAP,
            "an announcement keeps the schedule"
        );
        assert_eq!(
            pacer.overall_free_at(1, soon, true),
            soon,
            "a reply goes at once"
        );
        pacer.start("b", 1, soon);
        pacer.start("c", 1, soon);
        assert_eq!(
            pacer.overall_free_at(1, soon, true),
            t0 + Duration::from_secs(1),
            "but never past the window's limit"
        );
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
            pacer.overall_free_at(2, t0 + Duration::from_millis(200), false),
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
