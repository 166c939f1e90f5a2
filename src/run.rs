//! `velkommen run`: every front door whose token is configured, until SIGINT or SIGTERM.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use tokio::sync::watch;
use velkommen_core::clock::SystemClock;
use velkommen_core::{Engine, Locales, Settings, Store};

/// What to set for a front door to start, said when none is configured.
const NOTHING_TO_RUN: &str = "no front door is configured.
Set TELEGRAM_BOT_TOKEN to the token @BotFather gave your bot to run Velkommen on Telegram
(see \"Running it on Telegram and Discord\" in the README), or try it with `velkommen chat`.";

/// Runs every configured front door until the process is asked to stop; each then finishes
/// what it is doing, and messages not yet delivered stay in the outbox.
pub async fn run(store: Store, settings: Settings) -> anyhow::Result<()> {
    let Some(telegram) = telegram_config()? else {
        anyhow::bail!(NOTHING_TO_RUN);
    };
    store.purge_expired(settings.retention_days).await?;
    let locales = Arc::new(Locales::embedded()?);
    let engine = Engine::new(store, locales, settings);

    let (stop, stopping) = watch::channel(false);
    let ticker = tokio::spawn(tick(engine.clone(), stopped(stopping.clone())));
    let door = tokio::spawn(velkommen_telegram::run(
        telegram,
        engine,
        Arc::new(SystemClock),
        stopped(stopping),
    ));
    let mut door = std::pin::pin!(door);
    let done = tokio::select! {
        done = &mut door => done,
        () = signalled() => {
            eprintln!("velkommen: stopping; finishing what is under way");
            let _ = stop.send(true);
            door.await
        }
    };
    let _ = stop.send(true);
    let _ = ticker.await;
    done.context("the Telegram front door stopped")?
}

/// How often time-driven work (widening a request's circle, escalation) is looked for.
const TICK: Duration = Duration::from_secs(15);

/// Runs the engine's time-driven work every [`TICK`] until `stop` resolves.
async fn tick(engine: Engine, stop: impl std::future::Future<Output = ()>) {
    let mut stop = std::pin::pin!(stop);
    loop {
        if let Err(error) = engine.tick().await {
            tracing::error!(error = format!("{error:#}"), "time-driven work failed");
        }
        tokio::select! {
            () = &mut stop => return,
            () = tokio::time::sleep(TICK) => {}
        }
    }
}

/// The Telegram configuration from the environment, if a token is set.
fn telegram_config() -> anyhow::Result<Option<velkommen_telegram::Config>> {
    let Some(token) = env("TELEGRAM_BOT_TOKEN") else {
        return Ok(None);
    };
    let api_url = env("TELEGRAM_API_URL")
        .map(|url| url.parse().context("TELEGRAM_API_URL must be a URL"))
        .transpose()?;
    let listen = env("TELEGRAM_WEBHOOK_LISTEN")
        .map(|listen| {
            listen.parse::<SocketAddr>().context(
                "TELEGRAM_WEBHOOK_LISTEN must be an address and port, such as 0.0.0.0:8443",
            )
        })
        .transpose()?;
    let webhook = match (env("TELEGRAM_WEBHOOK_URL"), listen) {
        (Some(url), listen) => Some(velkommen_telegram::Webhook {
            url: url.parse().context("TELEGRAM_WEBHOOK_URL must be a URL")?,
            listen: listen.unwrap_or_else(|| SocketAddr::from(([0, 0, 0, 0], 8443))),
        }),
        (None, Some(_)) => {
            anyhow::bail!("TELEGRAM_WEBHOOK_LISTEN is set but TELEGRAM_WEBHOOK_URL is not")
        }
        (None, None) => None,
    };
    Ok(Some(velkommen_telegram::Config {
        token,
        api_url,
        webhook,
    }))
}

async fn stopped(mut stopping: watch::Receiver<bool>) {
    let _ = stopping.wait_for(|stop| *stop).await;
}

/// Resolves on SIGINT (Ctrl-C) or SIGTERM.
async fn signalled() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut terminate) => {
                tokio::select! {
                    _ = interrupt => {}
                    _ = terminate.recv() => {}
                }
            }
            Err(_) => {
                let _ = interrupt.await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = interrupt.await;
    }
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}
