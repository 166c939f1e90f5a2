//! Velkommen's Discord front door. It only translates: gateway events (slash commands,
//! button presses, direct messages) become the core's inbound events, the core's replies
//! become Discord REST calls, and a delivery worker drains the Discord outbox within
//! Discord's limits.

pub mod delivery;
pub mod inbound;
pub mod outbound;
pub mod rest;

/// The serenity this front door is built on, for tests that check the fake's events with it.
pub use serenity;

use std::collections::HashMap;
use std::fmt;
use std::future::Future;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use anyhow::Context as _;
use serde_json::{Value, json};
use serenity::all::{
    CommandInteraction, CommandOptionType, ComponentInteraction, Context, CreateCommand,
    CreateCommandOption, EventHandler, GatewayIntents, HttpBuilder, Interaction,
    InteractionContext, Message, Ready,
};
use serenity::async_trait;
use tokio::sync::RwLock;
use url::Url;
use velkommen_core::clock::Clock;
use velkommen_core::delivery::{Budget, Class, send_reply};
use velkommen_core::seam::MenuCommand;
use velkommen_core::{Inbound, Lang, Outbound, Seam};

use crate::outbound::EPHEMERAL;
use crate::rest::{Rest, RestError};

/// How to reach Discord. The token never reaches a log: `Debug` hides it.
#[derive(Clone)]
pub struct Config {
    pub token: String,
    /// The base URL of Discord's HTTP API (without `/api/v10`); `None` for Discord's own.
    pub api_url: Option<Url>,
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("token", &"<hidden>")
            .field("api_url", &self.api_url.as_ref().map(Url::as_str))
            .finish()
    }
}

impl Config {
    /// The API base calls go to.
    pub fn api_base(&self) -> String {
        self.api_url
            .as_ref()
            .map_or(rest::DISCORD, Url::as_str)
            .trim_end_matches('/')
            .to_owned()
    }
}

/// The gateway events the front door needs: direct messages. Slash commands and button
/// presses need no intent, and message content in DMs needs no privileged intent.
pub fn intents() -> GatewayIntents {
    GatewayIntents::DIRECT_MESSAGES
}

/// How long an interaction may wait for the engine before it is deferred: Discord drops an
/// interaction not answered within 3 seconds.
pub const ANSWER_WITHIN: Duration = Duration::from_millis(1500);

/// Runs the Discord front door until `shutdown` resolves: connects to the gateway, registers
/// the slash commands, answers interactions and direct messages, and delivers the outbox.
/// On shutdown it takes no more events, finishes those under way, and stops the delivery
/// worker; the outbox stays.
pub async fn run(
    config: Config,
    seam: Seam,
    clock: Arc<dyn Clock>,
    shutdown: impl Future<Output = ()>,
) -> anyhow::Result<()> {
    let base = config.api_base();
    let rest = Arc::new(Rest::new(&base, &config.token));
    let me = rest
        .call(reqwest::Method::GET, "/users/@me", None)
        .await
        .context("Discord did not accept DISCORD_BOT_TOKEN (GET /users/@me failed); check the bot token in the Developer Portal")?;
    tracing::info!(
        bot_id = me["id"].as_str().unwrap_or_default(),
        "connected to Discord"
    );

    // Serenity's HTTP client only finds the gateway; with its own rate limiter on it would
    // ignore the proxy (see rest.rs), so it is off and `Rest` does the limiting.
    let mut http = HttpBuilder::new(&config.token).ratelimiter_disabled(true);
    if config.api_url.is_some() {
        http = http.proxy(base);
    }
    let channels = Arc::new(Channels::default());
    // One budget for everything the bot sends: replies first, the outbox with what is left.
    let budget = Budget::new(delivery::limits());
    let front = Arc::new(Front {
        rest: rest.clone(),
        seam: seam.clone(),
        channels: channels.clone(),
        budget: budget.clone(),
        registered: OnceLock::new(),
        under_way: RwLock::new(()),
    });
    let mut client = serenity::all::ClientBuilder::new_with_http(http.build(), intents())
        .event_handler_arc(front.clone())
        .await
        .context("while setting up the Discord gateway client")?;
    let shards = client.shard_manager.clone();

    let (stop, stopped) = tokio::sync::watch::channel(false);
    let worker = tokio::spawn(delivery::run(
        rest,
        channels,
        seam,
        clock,
        budget,
        wait_for(stopped),
    ));

    let gateway = client.start();
    let mut gateway = std::pin::pin!(gateway);
    let result = tokio::select! {
        done = &mut gateway => done.context("the Discord gateway connection failed"),
        () = shutdown => {
            tracing::info!("stopping the Discord front door");
            shards.shutdown_all().await;
            Ok(())
        }
    };
    // Events under way finish; a new one waits behind this and is dropped with the process.
    let _finished = front.under_way.write().await;
    let _ = stop.send(true);
    worker.await.context("the Discord delivery worker failed")?;
    result
}

async fn wait_for(mut stopped: tokio::sync::watch::Receiver<bool>) {
    let _ = stopped.wait_for(|stop| *stop).await;
}

/// The slash commands as Discord's bulk-overwrite body, localized from the Fluent files.
pub fn commands(seam: &Seam) -> Vec<Value> {
    // Each language's Discord locales, from its language.toml. Discord has no locale for some
    // (Arabic): their speakers see the first guess's names there, and the bot itself answers
    // in the language the person chose.
    let menus: Vec<(&[String], Vec<MenuCommand>)> = Lang::all()
        .into_iter()
        .map(|lang| (lang.discord_locales(), seam.command_menu(lang)))
        .collect();
    seam.command_menu(Lang::first_guess())
        .into_iter()
        .enumerate()
        .map(|(index, default)| {
            let mut command = CreateCommand::new(default.name)
                .description(default.description.clone())
                .contexts(vec![InteractionContext::Guild, InteractionContext::BotDm]);
            for (codes, menu) in &menus {
                for code in *codes {
                    command = command
                        .name_localized(code, menu[index].label.clone())
                        .description_localized(code, menu[index].description.clone());
                }
            }
            if let Some(argument) = &default.argument {
                let mut option =
                    CreateCommandOption::new(CommandOptionType::String, "code", argument.clone())
                        .required(true);
                for (codes, menu) in &menus {
                    for code in *codes {
                        if let Some(argument) = &menu[index].argument {
                            option = option.description_localized(code, argument.clone());
                        }
                    }
                }
                command = command.add_option(option);
            }
            serde_json::to_value(command).expect("a command serializes")
        })
        .collect()
}

/// The direct-message channel of each person, as Discord gave it or as they wrote from it.
#[derive(Default)]
pub struct Channels {
    dms: Mutex<HashMap<String, String>>,
}

impl Channels {
    fn remember(&self, user: &str, channel: &str) {
        self.dms
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(user.to_owned(), channel.to_owned());
    }

    /// The DM channel with a person, opened if need be.
    pub async fn dm(&self, rest: &Rest, user: &str) -> Result<String, RestError> {
        if let Some(channel) = self.dms.lock().unwrap_or_else(|e| e.into_inner()).get(user) {
            return Ok(channel.clone());
        }
        let channel = rest
            .call(
                reqwest::Method::POST,
                "/users/@me/channels",
                Some(&json!({"recipient_id": user})),
            )
            .await?;
        let id = channel["id"]
            .as_str()
            .ok_or_else(|| RestError::Network("a DM channel without an id".into()))?
            .to_owned();
        self.remember(user, &id);
        Ok(id)
    }
}

/// The front door's state, and serenity's event handler.
pub struct Front {
    rest: Arc<Rest>,
    seam: Seam,
    channels: Arc<Channels>,
    budget: Arc<Budget>,
    registered: OnceLock<()>,
    /// Held (shared) by every event being handled, so shutdown can wait for them.
    under_way: RwLock<()>,
}

/// Which interaction is being answered.
struct Answering<'a> {
    id: String,
    token: &'a str,
    application: String,
    channel: String,
    user: String,
    in_guild: bool,
    button: bool,
}

#[async_trait]
impl EventHandler for Front {
    async fn ready(&self, _ctx: Context, ready: Ready) {
        tracing::info!(session = %ready.session_id, "Discord gateway ready");
        self.seam.connected(velkommen_core::Platform::Discord, true);
        if self.registered.set(()).is_err() {
            return;
        }
        let application = ready.application.id.get();
        let body = Value::Array(commands(&self.seam));
        if let Err(error) = self
            .rest
            .call(
                reqwest::Method::PUT,
                &format!("/applications/{application}/commands"),
                Some(&body),
            )
            .await
        {
            tracing::warn!(error = %error, "could not register the slash commands");
        }
    }

    async fn message(&self, _ctx: Context, message: Message) {
        // Flows are personal: only direct messages from people are answered.
        if message.guild_id.is_some() || message.author.bot {
            return;
        }
        let _under_way = self.under_way.read().await;
        // Its place in the send budget's line, taken as it arrives.
        let turn = self.budget.ticket();
        let user = message.author.id.get().to_string();
        let channel = message.channel_id.get().to_string();
        self.channels.remember(&user, &channel);
        let inbound = match inbound::from_message(&self.rest, &message, &self.seam).await {
            Ok(inbound) => inbound,
            Err(error) => {
                tracing::warn!(
                    message_id = message.id.get(),
                    error = format!("{error:#}"),
                    "could not read a message"
                );
                return;
            }
        };
        let replies = handle(&self.seam, inbound).await;
        self.deliver(replies, 0, turn).await;
    }

    async fn interaction_create(&self, _ctx: Context, interaction: Interaction) {
        let _under_way = self.under_way.read().await;
        match interaction {
            Interaction::Command(command) => self.on_command(&command).await,
            Interaction::Component(component) => self.on_component(&component).await,
            _ => {}
        }
    }
}

impl Front {
    async fn on_command(&self, command: &CommandInteraction) {
        let answering = Answering {
            id: command.id.get().to_string(),
            token: &command.token,
            application: command.application_id.get().to_string(),
            channel: command.channel_id.get().to_string(),
            user: command.user.id.get().to_string(),
            in_guild: command.guild_id.is_some(),
            button: false,
        };
        self.answer(answering, inbound::from_command(command)).await;
    }

    async fn on_component(&self, component: &ComponentInteraction) {
        let answering = Answering {
            id: component.id.get().to_string(),
            token: &component.token,
            application: component.application_id.get().to_string(),
            channel: component.channel_id.get().to_string(),
            user: component.user.id.get().to_string(),
            in_guild: component.guild_id.is_some(),
            button: true,
        };
        self.answer(answering, inbound::from_component(component))
            .await;
    }

    /// Answers an interaction within Discord's 3 seconds: with the engine's first reply if it
    /// is ready in time (a button press edits its menu in place), or else deferred first and
    /// completed when it is. In a server channel the answer is a private note, and the
    /// conversation goes on in direct messages.
    async fn answer(&self, at: Answering<'_>, inbound: Inbound) {
        let turn = self.budget.ticket();
        if !at.in_guild {
            self.channels.remember(&at.user, &at.channel);
        }
        let fallback = inbound
            .lang_hint
            .as_deref()
            .and_then(Lang::from_hint)
            .unwrap_or_else(Lang::first_guess);
        let mut work = tokio::spawn(handle_owned(self.seam.clone(), inbound));
        let (replies, deferred) = match tokio::time::timeout(ANSWER_WITHIN, &mut work).await {
            Ok(done) => (done.unwrap_or_default(), false),
            Err(_) => {
                let defer = if at.button && !at.in_guild {
                    json!({"type": 6})
                } else {
                    json!({"type": 5, "data": {"flags": if at.in_guild { EPHEMERAL } else { 0 }}})
                };
                self.callback(&at, &defer).await;
                (work.await.unwrap_or_default(), true)
            }
        };

        if at.in_guild {
            let lang = replies.first().map_or(fallback, |r| r.message.lang);
            let mut note = json!({
                "content": self.seam.text(lang, "discord-continue-in-dm"),
                "flags": EPHEMERAL,
            });
            if deferred {
                self.edit_original(&at, &note).await;
            } else {
                note = json!({"type": 4, "data": note});
                self.callback(&at, &note).await;
            }
            self.deliver(replies, 0, turn).await;
            return;
        }

        let Some(first) = replies.first() else {
            if !deferred {
                self.callback(&at, &json!({"type": 6})).await;
            }
            return;
        };
        let mut skip = 0;
        // The first reply shown as the interaction's answer; if Discord refused that, it goes
        // as a direct message like the rest, so it is never lost.
        if at.button {
            if outbound::editable(&first.message) && !first.message.below {
                let body = outbound::edit_body(&first.message);
                let shown = if deferred {
                    self.edit_original(&at, &body).await
                } else {
                    self.callback(&at, &json!({"type": 7, "data": body})).await
                };
                skip = usize::from(shown);
            } else if !deferred {
                self.callback(&at, &json!({"type": 6})).await;
            }
        } else {
            // A command's answer is its first message; the rest follows in the channel.
            let body = outbound::bodies(&first.message)
                .into_iter()
                .next()
                .unwrap_or_else(|| json!({"content": "…"}));
            let shown = if deferred {
                self.edit_original(&at, &body).await
            } else {
                self.callback(&at, &json!({"type": 4, "data": body})).await
            };
            skip = usize::from(shown);
        }
        self.deliver(replies, skip, turn).await;
    }

    /// Answers an interaction; false if Discord refused.
    async fn callback(&self, at: &Answering<'_>, body: &Value) -> bool {
        let path = format!("/interactions/{}/{}/callback", at.id, at.token);
        match self
            .rest
            .call(reqwest::Method::POST, &path, Some(body))
            .await
        {
            Ok(_) => true,
            Err(error) => {
                tracing::warn!(interaction_id = at.id, error = %error, "could not answer an interaction; the answer goes as a direct message");
                false
            }
        }
    }

    /// Completes a deferred interaction; false if Discord refused.
    async fn edit_original(&self, at: &Answering<'_>, body: &Value) -> bool {
        let path = format!(
            "/webhooks/{}/{}/messages/@original",
            at.application, at.token
        );
        match self
            .rest
            .call(reqwest::Method::PATCH, &path, Some(body))
            .await
        {
            Ok(_) => true,
            Err(error) => {
                tracing::warn!(interaction_id = at.id, error = %error, "could not complete an interaction; the answer goes as a direct message");
                false
            }
        }
    }

    /// Sends replies in order as direct messages, the first without its first `skip`
    /// messages (shown already as an interaction's answer). Each goes first in the bot's
    /// budget. One Discord holds back is tried again, waiting out a 429 and backing off after
    /// a server or network error, for up to [`velkommen_core::delivery::REPLY_PATIENCE`]; one that still has not gone by
    /// then is delivered from the outbox. None is dropped.
    async fn deliver(&self, replies: Vec<Outbound>, mut skip: usize, turn: u64) {
        for reply in replies {
            self.deliver_one(&reply, skip, turn).await;
            skip = 0;
        }
    }

    async fn deliver_one(&self, reply: &Outbound, done: usize, turn: u64) {
        let class = Class::of_reply(&reply.message);
        send_reply(&self.seam, reply, done, |mut done, attempts| async move {
            let calls = outbound::calls(&reply.message).saturating_sub(done as u32);
            self.budget
                .acquire_in_turn(class, &reply.to.user_id, calls.max(1), turn)
                .await;
            let sent = async {
                let channel = self.channels.dm(&self.rest, &reply.to.user_id).await?;
                outbound::send(&self.rest, &self.seam, &channel, &reply.message, &mut done).await
            }
            .await;
            delivery::pause_on_global_limit(&self.budget, &sent);
            (delivery::outcome(sent, attempts, self.seam.now()), done)
        })
        .await;
    }
}

async fn handle_owned(seam: Seam, inbound: Inbound) -> Vec<Outbound> {
    handle(&seam, inbound).await
}

/// Handles one inbound event; the seam runs it on a task of its own, so that even a panic in
/// it cannot take the gateway down, and answers a panic in the person's language.
async fn handle(seam: &Seam, inbound: Inbound) -> Vec<Outbound> {
    seam.handle(inbound).await
}
