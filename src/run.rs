//! `velkommen run`: every front door whose token is configured, until SIGINT or SIGTERM.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use tokio::sync::watch;
use tokio::task::JoinSet;
use velkommen_core::clock::SystemClock;
use velkommen_core::{Engine, Locales, Platform, Seam, Settings, Store};

/// What to set for a front door to start, said when none is configured.
const NOTHING_TO_RUN: &str = "no front door is configured.
Set TELEGRAM_BOT_TOKEN to the token @BotFather gave your bot to run Velkommen on Telegram,
and/or DISCORD_BOT_TOKEN to your Discord application's bot token to run it on Discord
(see \"Running it on Telegram and Discord\" in the README), or try it with `velkommen chat`.";

/// Runs every configured front door until the process is asked to stop; each then finishes
/// what it is doing, and messages not yet delivered stay in the outbox. If one front door
/// fails, the others are stopped too and the failure is returned.
/// `web` is where the web page listens, and the reverse proxies in front of it.
pub async fn run(
    store: Store,
    database: &std::path::Path,
    settings: Settings,
    web: Option<(SocketAddr, Vec<std::net::IpAddr>)>,
) -> anyhow::Result<()> {
    let mut telegram = telegram_config()?;
    let discord = discord_config()?;
    if telegram.is_none() && discord.is_none() {
        anyhow::bail!(NOTHING_TO_RUN);
    }
    let listen = env("VELKOMMEN_HTTP_LISTEN")
        .map(|listen| {
            listen.parse::<SocketAddr>().context(
                "VELKOMMEN_HTTP_LISTEN must be an address and port, such as 127.0.0.1:9464",
            )
        })
        .transpose()?;
    let token = secret("VELKOMMEN_HTTP_TOKEN")?;
    let locales = Arc::new(Locales::load()?);
    let engine = Engine::new(store, locales, settings);
    engine.purge_expired().await?;

    let (stop, stopping) = watch::channel(false);
    let ticker = tokio::spawn(tick(engine.clone(), stopped(stopping.clone())));
    let mut doors: JoinSet<(&str, anyhow::Result<()>)> = JoinSet::new();
    let mut configured = vec![];
    if telegram.is_some() {
        configured.push(Platform::Telegram);
    }
    if discord.is_some() {
        configured.push(Platform::Discord);
    }
    for platform in &configured {
        engine.health().expect(*platform);
    }
    // The web page and the operations routes share a listener when given the same address.
    let page = match (web, &engine.settings().desk_url) {
        (Some((at, proxies)), Some(url)) => {
            let bot = env("TELEGRAM_BOT_USERNAME");
            Some((
                at,
                velkommen_web::router_behind(engine.clone(), url, bot.as_deref(), proxies),
            ))
        }
        _ => None,
    };
    // The operations routes say how the service is doing: they share a listener with the
    // public page or the webhook only behind a bearer token.
    let webhook_at = telegram
        .as_ref()
        .and_then(|t| t.webhook.as_ref())
        .map(|w| w.listen);
    if let Some(listen) = listen
        && token.is_none()
        && (page.as_ref().is_some_and(|(at, _)| *at == listen) || webhook_at == Some(listen))
    {
        anyhow::bail!(
            "VELKOMMEN_HTTP_LISTEN is the address of the web page or the Telegram webhook, which \
             the public reaches: set VELKOMMEN_HTTP_TOKEN (or VELKOMMEN_HTTP_TOKEN_FILE) so that \
             /metrics, /readyz and /healthz answer only with `Authorization: Bearer <token>`, or \
             give the operations routes an address of their own, such as 127.0.0.1:9464"
        );
    }
    let ops = match listen {
        Some(listen) => Some((
            listen,
            crate::http::router(Arc::new(crate::http::Ops {
                engine: engine.clone(),
                prometheus: crate::http::install_recorder()?,
                doors: configured.clone(),
                database: database.to_owned(),
                token,
                ready: Default::default(),
            })),
        )),
        None => None,
    };
    let mut listeners: Vec<(SocketAddr, axum::Router)> = match (page, ops) {
        (Some((a, page)), Some((b, ops))) if a == b => vec![(a, page.merge(ops))],
        (page, ops) => page.into_iter().chain(ops).collect(),
    };
    // The Telegram webhook is served by one of those listeners when it has the same address,
    // at the webhook URL's path, or else by a listener of its own: either way by
    // `crate::http::serve`, with its timeouts and connection cap.
    if let Some(webhook) = telegram.as_mut().and_then(|t| t.webhook.as_mut()) {
        let slot = velkommen_telegram::SharedRoutes::default();
        let path = webhook.url.path().to_owned();
        match listeners.iter_mut().find(|(at, _)| *at == webhook.listen) {
            Some((_, routes)) => {
                // The page has routes of its own: the webhook keeps to a path under
                // /telegram, which none of them uses (two routes on one path would stop the
                // listener from starting).
                anyhow::ensure!(
                    path == "/telegram" || path.starts_with("/telegram/"),
                    "TELEGRAM_WEBHOOK_URL's path must be /telegram (or under it), such as \
                     https://velkommen.example/telegram, when the webhook shares a listener with \
                     the web page or the operations routes; it is {path:?}"
                );
                *routes = std::mem::take(routes).merge(crate::http::forward(&path, slot.clone()));
            }
            None => listeners.push((webhook.listen, crate::http::forward(&path, slot.clone()))),
        }
        webhook.shared = Some(slot);
    }
    for (at, router) in listeners {
        let server = crate::http::serve(
            at,
            router,
            crate::http::Limits::default(),
            stopped(stopping.clone()),
        );
        doors.spawn(async move { ("HTTP listener", server.await) });
    }
    if let Some(telegram) = telegram {
        let door = velkommen_telegram::run(
            telegram,
            Seam::new(engine.clone()),
            Arc::new(SystemClock),
            stopped(stopping.clone()),
        );
        doors.spawn(async move { ("Telegram", door.await) });
    }
    if let Some(discord) = discord {
        let door = velkommen_discord::run(
            discord,
            Seam::new(engine.clone()),
            Arc::new(SystemClock),
            stopped(stopping.clone()),
        );
        doors.spawn(async move { ("Discord", door.await) });
    }

    let mut failure = None;
    let mut signal = std::pin::pin!(signalled());
    let mut stopping = false;
    loop {
        tokio::select! {
            done = doors.join_next() => match done {
                None => break,
                Some(Ok((_, Ok(())))) => {}
                Some(Ok((name, Err(error)))) => {
                    failure.get_or_insert(error.context(format!("the {name} front door stopped")));
                }
                Some(Err(error)) => {
                    failure.get_or_insert(anyhow::Error::new(error).context("a front door panicked"));
                }
            },
            () = &mut signal, if !stopping => {
                eprintln!("velkommen: stopping; finishing what is under way");
            }
        }
        // A signal, or one front door ending, stops them all.
        stopping = true;
        let _ = stop.send(true);
    }
    let _ = stop.send(true);
    let _ = ticker.await;
    failure.map_or(Ok(()), Err)
}

/// How often time-driven work (widening a request's circle, escalation) is looked for.
const TICK: Duration = Duration::from_secs(15);

/// How often people inactive beyond the retention period are erased.
const PURGE: Duration = Duration::from_secs(24 * 60 * 60);

/// Runs the engine's time-driven work every [`TICK`], and the retention purge every
/// [`PURGE`], until `stop` resolves.
async fn tick(engine: Engine, stop: impl std::future::Future<Output = ()>) {
    let mut stop = std::pin::pin!(stop);
    let mut purged = tokio::time::Instant::now();
    loop {
        if let Err(error) = engine.tick().await {
            tracing::error!(error = format!("{error:#}"), "time-driven work failed");
        }
        if purged.elapsed() >= PURGE {
            purged = tokio::time::Instant::now();
            match engine.purge_expired().await {
                Ok(erased) => {
                    tracing::info!(erased, "erased people inactive beyond the retention period")
                }
                Err(error) => {
                    tracing::error!(error = format!("{error:#}"), "the retention purge failed")
                }
            }
        }
        tokio::select! {
            () = &mut stop => return,
            () = tokio::time::sleep(TICK) => {}
        }
    }
}

/// The Telegram configuration from the environment, if a token is set.
pub fn telegram_config() -> anyhow::Result<Option<velkommen_telegram::Config>> {
    let Some(token) = secret("TELEGRAM_BOT_TOKEN")? else {
        return Ok(None);
    };
    let api_url = env("TELEGRAM_API_URL")
        .map(|url| url.parse().context("TELEGRAM_API_URL must be a URL"))
        .transpose()?;
    let listen = env("TELEGRAM_WEBHOOK_LISTEN")
        .map(|listen| {
            listen.parse::<SocketAddr>().context(
                "TELEGRAM_WEBHOOK_LISTEN must be an address and port, such as 127.0.0.1:8443",
            )
        })
        .transpose()?;
    let webhook = match (env("TELEGRAM_WEBHOOK_URL"), listen) {
        (Some(url), listen) => Some(velkommen_telegram::Webhook {
            url: url.parse().context("TELEGRAM_WEBHOOK_URL must be a URL")?,
            listen: listen.unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 8443))),
            shared: None,
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

/// The Discord configuration from the environment, if a token is set.
pub fn discord_config() -> anyhow::Result<Option<velkommen_discord::Config>> {
    let Some(token) = secret("DISCORD_BOT_TOKEN")? else {
        return Ok(None);
    };
    let api_url = env("DISCORD_API_URL")
        .map(|url| url.parse().context("DISCORD_API_URL must be a URL"))
        .transpose()?;
    Ok(Some(velkommen_discord::Config { token, api_url }))
}

/// A secret from the environment, or from the file `<NAME>_FILE` names (a systemd
/// credential or a container secret), with the file's trailing newline left off. Setting
/// both is an error, since one of them would be ignored.
pub fn secret(name: &str) -> anyhow::Result<Option<String>> {
    let file_variable = format!("{name}_FILE");
    match (env(name), env(&file_variable)) {
        (Some(_), Some(_)) => anyhow::bail!("{name} and {file_variable} are both set: keep one"),
        (Some(value), None) => Ok(Some(value)),
        (None, Some(path)) => {
            let value = std::fs::read_to_string(&path)
                .with_context(|| format!("while reading {file_variable} ({path})"))?;
            let value = value.trim_end_matches(['\n', '\r']).to_owned();
            anyhow::ensure!(
                !value.trim().is_empty(),
                "{file_variable} ({path}) is empty"
            );
            Ok(Some(value))
        }
        (None, None) => Ok(None),
    }
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
