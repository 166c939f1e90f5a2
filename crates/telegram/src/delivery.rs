//! The Telegram delivery worker: the core's outbox drain loop, sending with the Bot API within
//! Telegram's broadcast limits.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use teloxide::types::ChatId;
use teloxide::{ApiError, Bot, RequestError};
use velkommen_core::Platform;
use velkommen_core::Seam;
use velkommen_core::clock::Clock;
use velkommen_core::delivery::{self, Budget, Limits, backoff};
use velkommen_core::store::{Delivery, OutboxItem};

use crate::outbound::{self, SendError};

/// Telegram's limits (about 30 messages a second overall, one a second per chat), with a
/// margin so that network and scheduling jitter cannot push 31 sends into one second at
/// Telegram's end: 25 ms a window, which keeps a large announcement within about
/// 1.025 × N/30 s, and 50 ms a chat, where speed does not matter and a busy machine's jitter
/// (up to 52 ms seen) must not put two sends to one person within a second.
pub fn limits() -> Limits {
    Limits {
        overall: 30,
        window: Duration::from_millis(1025),
        per_recipient: Duration::from_millis(1050),
        calls: outbound::calls,
        ..Limits::default()
    }
}

/// Drains the Telegram outbox until `shutdown` resolves, within the bot's one `budget`.
pub async fn run(
    bot: Bot,
    seam: Seam,
    clock: Arc<dyn Clock>,
    budget: Arc<Budget>,
    shutdown: impl Future<Output = ()>,
) {
    let send_clock = clock.clone();
    let send_budget = budget.clone();
    delivery::drain(
        seam.outbox(Platform::Telegram),
        clock,
        budget,
        shutdown,
        move |item: OutboxItem| {
            let bot = bot.clone();
            let seam = seam.clone();
            let clock = send_clock.clone();
            let budget = send_budget.clone();
            async move {
                let Ok(chat) = item.to.user_id.parse::<i64>() else {
                    return Delivery::Failed("not a Telegram chat id".into());
                };
                let sent = outbound::send(&bot, &seam, ChatId(chat), &item.message, &mut 0).await;
                flood_control(&budget, &item.to.user_id, &sent);
                outcome(sent, item.attempts, clock.now())
            }
        },
    )
    .await;
}

/// Telegram's flood control: the chat waits as asked, and the whole bot too when 429s come
/// close together ([`Budget::flood`]).
pub fn flood_control<T>(budget: &Budget, recipient: &str, sent: &Result<T, SendError>) {
    if let Err(SendError::Telegram(RequestError::RetryAfter(wait))) = sent {
        budget.flood(recipient, tokio::time::Instant::now() + wait.duration());
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
        Err(SendError::Telegram(error)) => error,
    };
    match error {
        RequestError::RetryAfter(wait) => Delivery::Wait(
            now + wait.chrono_duration(),
            format!("flood control: retry after {} s", wait.seconds()),
        ),
        RequestError::Api(api) => match api {
            ApiError::BotBlocked
            | ApiError::UserDeactivated
            | ApiError::CantInitiateConversation
            | ApiError::CantTalkWithBots
            | ApiError::ChatNotFound
            | ApiError::BotKicked
            | ApiError::BotKickedFromSupergroup
            | ApiError::BotKickedFromChannel => Delivery::Unreachable(api.to_string()),
            ApiError::Unknown(description) => {
                // teloxide hides the status code; Telegram's descriptions start with its name.
                if description.starts_with("Forbidden") {
                    Delivery::Unreachable(description)
                } else if description.starts_with("Bad Request")
                    || description.starts_with("Unauthorized")
                    || description.starts_with("Not Found")
                {
                    Delivery::Failed(description)
                } else {
                    later(description)
                }
            }
            other => Delivery::Failed(other.to_string()),
        },
        RequestError::MigrateToChatId(_) => Delivery::Failed("the chat moved".into()),
        RequestError::Network(_) | RequestError::InvalidJson { .. } | RequestError::Io(_) => {
            later(error.to_string())
        }
    }
}

#[cfg(test)]
mod tests {
    use teloxide::types::Seconds;

    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-27T10:00:00Z")
            .unwrap()
            .to_utc()
    }

    fn telegram(error: RequestError) -> Result<(), SendError> {
        Err(SendError::Telegram(error))
    }

    #[test]
    fn a_429_is_retried_after_the_time_telegram_gave() {
        let delivery = outcome(
            telegram(RequestError::RetryAfter(Seconds::from_seconds(7))),
            0,
            now(),
        );
        assert!(
            matches!(delivery, Delivery::Wait(at, _) if at == now() + chrono::Duration::seconds(7))
        );
    }

    #[test]
    fn a_blocked_bot_makes_the_person_unreachable() {
        let delivery = outcome(telegram(RequestError::Api(ApiError::BotBlocked)), 0, now());
        assert!(matches!(delivery, Delivery::Unreachable(_)));
        let delivery = outcome(
            telegram(RequestError::Api(ApiError::Unknown(
                "Forbidden: something new".into(),
            ))),
            0,
            now(),
        );
        assert!(matches!(delivery, Delivery::Unreachable(_)));
    }

    #[test]
    fn a_server_error_is_retried_later_each_time() {
        let error = || {
            telegram(RequestError::Api(ApiError::Unknown(
                "Internal Server Error".into(),
            )))
        };
        let first = outcome(error(), 0, now());
        let fifth = outcome(error(), 4, now());
        let after = |delivery: Delivery| match delivery {
            Delivery::RetryAt(at, _) => (at - now()).as_seconds_f64(),
            other => panic!("{other:?}"),
        };
        assert!((0.8..=1.2).contains(&after(first)));
        assert!((3.2..=4.8).contains(&after(fifth)));
    }

    #[test]
    fn a_bad_request_is_not_retried() {
        let delivery = outcome(
            telegram(RequestError::Api(ApiError::Unknown(
                "Bad Request: something".into(),
            ))),
            0,
            now(),
        );
        assert!(matches!(delivery, Delivery::Failed(_)));
    }
}
