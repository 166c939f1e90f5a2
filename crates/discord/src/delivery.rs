//! The Discord delivery worker: the core's outbox drain loop, sending direct messages within
//! Discord's limits.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use velkommen_core::clock::Clock;
use velkommen_core::delivery::{self, Budget, Limits, backoff};
use velkommen_core::store::{Delivery, OutboxItem};
use velkommen_core::{Platform, Seam};

use crate::Channels;
use crate::outbound::{self, SendError};
use crate::rest::{Rest, RestError};

/// Discord's limits: 50 requests a second overall (the REST client enforces that for every
/// call too), and about five messages per five seconds in one channel, so one a second per
/// person, with a 5 % margin.
pub fn limits() -> Limits {
    Limits {
        overall: 45,
        window: Duration::from_millis(1050),
        per_recipient: Duration::from_millis(1050),
        calls: outbound::calls,
        ..Limits::default()
    }
}

/// Drains the Discord outbox until `shutdown` resolves.
pub async fn run(
    rest: Arc<Rest>,
    channels: Arc<Channels>,
    seam: Seam,
    clock: Arc<dyn Clock>,
    budget: Arc<Budget>,
    shutdown: impl Future<Output = ()>,
) {
    let send_clock = clock.clone();
    let send_budget = budget.clone();
    delivery::drain(
        seam.outbox(Platform::Discord),
        clock,
        budget,
        shutdown,
        move |item: OutboxItem| {
            let rest = rest.clone();
            let channels = channels.clone();
            let seam = seam.clone();
            let clock = send_clock.clone();
            let budget = send_budget.clone();
            async move {
                if item.to.user_id.parse::<u64>().is_err() {
                    return Delivery::Failed("not a Discord user id".into());
                }
                let sent = async {
                    let channel = channels.dm(&rest, &item.to.user_id).await?;
                    outbound::send(&rest, &seam, &channel, &item.message, &mut 0).await
                }
                .await;
                pause_on_global_limit(&budget, &sent);
                outcome(sent, item.attempts, clock.now())
            }
        },
    )
    .await;
}

/// A global 429 holds every send of the bot, not only those on one route.
pub fn pause_on_global_limit<T>(budget: &Budget, sent: &Result<T, SendError>) {
    if let Err(SendError::Discord(RestError::RateLimited {
        retry_after,
        global: true,
    })) = sent
    {
        budget.pause(tokio::time::Instant::now() + *retry_after);
    }
}

/// What a send's result means for the outbox.
pub fn outcome(sent: Result<(), SendError>, attempts: i64, now: DateTime<Utc>) -> Delivery {
    let later = |error: String| {
        let wait = chrono::Duration::from_std(backoff(attempts)).unwrap_or_default();
        Delivery::RetryAt(now + wait, error)
    };
    let error = match sent {
        Ok(()) => return Delivery::Delivered,
        Err(SendError::Store(error)) => return later(format!("{error:#}")),
        Err(SendError::Discord(error)) => error,
    };
    match error {
        RestError::RateLimited { retry_after, .. } => Delivery::Wait(
            now + chrono::Duration::from_std(retry_after).unwrap_or_default(),
            format!(
                "rate limited: retry after {:.1} s",
                retry_after.as_secs_f64()
            ),
        ),
        RestError::Discord { code, .. }
            if code == RestError::CANNOT_MESSAGE_USER || code == RestError::UNKNOWN_USER =>
        {
            Delivery::Unreachable(error.to_string())
        }
        RestError::Discord { status, .. } if status >= 500 => later(error.to_string()),
        RestError::Discord { .. } => Delivery::Failed(error.to_string()),
        RestError::Network(_) => later(error.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-27T10:00:00Z")
            .unwrap()
            .to_utc()
    }

    fn discord(status: u16, code: i64) -> Result<(), SendError> {
        Err(SendError::Discord(RestError::Discord {
            status,
            code,
            message: String::new(),
        }))
    }

    #[test]
    fn a_429_is_retried_after_the_time_discord_gave() {
        let sent = Err(SendError::Discord(RestError::RateLimited {
            retry_after: Duration::from_millis(2500),
            global: false,
        }));
        let delivery = outcome(sent, 0, now());
        assert!(
            matches!(delivery, Delivery::Wait(at, _) if at == now() + chrono::Duration::milliseconds(2500))
        );
    }

    #[test]
    fn closed_direct_messages_make_the_person_unreachable() {
        assert!(matches!(
            outcome(discord(403, 50007), 0, now()),
            Delivery::Unreachable(_)
        ));
    }

    #[test]
    fn a_server_error_is_retried_and_a_bad_request_is_not() {
        assert!(
            matches!(outcome(discord(502, 0), 3, now()), Delivery::RetryAt(at, _) if (1.6..=2.4).contains(&(at - now()).as_seconds_f64()))
        );
        assert!(matches!(
            outcome(discord(400, 50035), 0, now()),
            Delivery::Failed(_)
        ));
    }
}
