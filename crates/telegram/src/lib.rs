//! Velkommen's Telegram front door. It only translates: Telegram updates become the core's
//! inbound events, the core's replies become Bot API calls, and a delivery worker drains the
//! Telegram outbox within Telegram's limits.

pub mod delivery;
pub mod inbound;
pub mod outbound;

/// The teloxide this front door is built on, for benches and tests that compare with it.
pub use teloxide;

use std::convert::Infallible;
use std::fmt;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use teloxide::Bot;
use teloxide::dispatching::{DefaultKey, Dispatcher, UpdateHandler};
use teloxide::error_handlers::ErrorHandler;
use teloxide::payloads::SetMyCommandsSetters;
use teloxide::prelude::{Requester, dptree};
use teloxide::types::{BotCommand, CallbackQuery, ChatId, Message, MessageId, Update, UpdateKind};
use teloxide::update_listeners::{Polling, UpdateListener, webhooks};
use url::Url;
use velkommen_core::clock::Clock;
use velkommen_core::delivery::{Budget, Class, send_reply};
use velkommen_core::store::Delivery;
use velkommen_core::{Lang, Outbound, Seam};

/// How to reach Telegram. The token never reaches a log: `Debug` hides it.
#[derive(Clone)]
pub struct Config {
    pub token: String,
    /// The Bot API base URL; `None` for Telegram's own.
    pub api_url: Option<Url>,
    /// Receive updates on a webhook instead of by long polling.
    pub webhook: Option<Webhook>,
}

#[derive(Debug, Clone)]
pub struct Webhook {
    /// The public HTTPS URL Telegram posts updates to.
    pub url: Url,
    /// The local address the webhook server listens on.
    pub listen: SocketAddr,
    /// When the webhook shares a listener with other routes (the web page's), the slot its
    /// routes are put in for that listener to serve; `None` for a listener of its own.
    pub shared: Option<SharedRoutes>,
}

/// The webhook's routes, handed to a listener that serves other routes too once the webhook
/// is set (until then, and once the front door stops, that listener answers 503 on the
/// webhook's path). The front door takes them back when it stops: the updates' channel ends
/// only when they are dropped, and the dispatcher waits for that.
pub type SharedRoutes = Arc<std::sync::Mutex<Option<axum::Router>>>;

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("token", &"<hidden>")
            .field("api_url", &self.api_url.as_ref().map(Url::as_str))
            .field("webhook", &self.webhook)
            .finish()
    }
}

impl Config {
    /// A bot for this configuration.
    pub fn bot(&self) -> Bot {
        let bot = Bot::new(&self.token);
        match &self.api_url {
            Some(url) => bot.set_api_url(url.clone()),
            None => bot,
        }
    }
}

/// Runs the Telegram front door until `shutdown` resolves: registers the command menu,
/// receives updates and answers them, and delivers the outbox. On shutdown it takes no more
/// updates, finishes those under way, and stops the delivery worker; the outbox stays.
pub async fn run(
    config: Config,
    seam: Seam,
    clock: Arc<dyn Clock>,
    shutdown: impl Future<Output = ()>,
) -> anyhow::Result<()> {
    let bot = config.bot();
    let me = bot.get_me().await.context(
        "Telegram did not accept TELEGRAM_BOT_TOKEN (getMe failed); check the token from @BotFather",
    )?;
    tracing::info!(bot_id = me.id.0, "connected to Telegram");
    seam.connected(velkommen_core::Platform::Telegram, true);
    register_commands(&bot, &seam).await;

    let (stop, stopped) = tokio::sync::watch::channel(false);
    // One budget for everything the bot sends: replies first, the outbox with what is left.
    let budget = Budget::new(delivery::limits());
    let worker = tokio::spawn(delivery::run(
        bot.clone(),
        seam.clone(),
        clock,
        budget.clone(),
        wait_for(stopped),
    ));

    let front = Arc::new(Front::new(bot.clone(), seam, budget));
    let mut dispatcher = Dispatcher::builder(bot.clone(), schema())
        .dependencies(dptree::deps![front])
        .error_handler(Arc::new(Logged))
        .build();
    let token = dispatcher.shutdown_token();
    let dispatching = match &config.webhook {
        None => {
            let listener = Polling::builder(bot.clone())
                .timeout(Duration::from_secs(10))
                .delete_webhook()
                .await
                .build();
            tokio::spawn(async move { dispatch(&mut dispatcher, listener).await })
        }
        Some(Webhook {
            url,
            listen,
            shared: None,
        }) => {
            let options = webhooks::Options::new(*listen, url.clone());
            let listener = webhooks::axum(bot.clone(), options)
                .await
                .context("while setting the Telegram webhook")?;
            tokio::spawn(async move { dispatch(&mut dispatcher, listener).await })
        }
        Some(Webhook {
            url,
            listen,
            shared: Some(slot),
        }) => {
            // The same secret check and setWebhook as on a listener of its own; the routes go
            // to the shared listener, and the webhook is deleted when the listener stops.
            let options = webhooks::Options::new(*listen, url.clone());
            let (listener, deleted, routes) = webhooks::axum_to_router(bot.clone(), options)
                .await
                .context("while setting the Telegram webhook")?;
            *slot.lock().unwrap_or_else(|e| e.into_inner()) = Some(routes);
            tokio::spawn(deleted);
            tokio::spawn(async move { dispatch(&mut dispatcher, listener).await })
        }
    };

    let mut dispatching = std::pin::pin!(dispatching);
    tokio::select! {
        done = &mut dispatching => {
            done.context("the Telegram dispatcher failed")?;
        }
        () = shutdown => {
            tracing::info!("stopping the Telegram front door");
            if let Some(Webhook { shared: Some(slot), .. }) = &config.webhook {
                slot.lock().unwrap_or_else(|e| e.into_inner()).take();
            }
            loop {
                match token.shutdown() {
                    Ok(finished) => {
                        finished.await;
                        break;
                    }
                    // Not started yet: try again in a moment.
                    Err(_) if !dispatching.is_finished() => {
                        tokio::time::sleep(Duration::from_millis(20)).await;
                    }
                    Err(_) => break,
                }
            }
            dispatching.await.context("the Telegram dispatcher failed")?;
        }
    }
    let _ = stop.send(true);
    worker
        .await
        .context("the Telegram delivery worker failed")?;
    Ok(())
}

async fn wait_for(mut stopped: tokio::sync::watch::Receiver<bool>) {
    let _ = stopped.wait_for(|stop| *stop).await;
}

async fn dispatch<L>(dispatcher: &mut Dispatcher<Bot, Infallible, DefaultKey>, listener: L)
where
    L: UpdateListener + Send,
    L::Err: fmt::Debug + fmt::Display + Send + Sync + 'static,
{
    dispatcher
        .dispatch_with_listener(listener, Arc::new(Logged))
        .await;
}

/// Logs errors from the update listener (teloxide hides the token in them).
struct Logged;

impl<E: fmt::Display + Send + Sync + 'static> ErrorHandler<E> for Logged {
    fn handle_error(
        self: Arc<Self>,
        error: E,
    ) -> std::pin::Pin<Box<dyn Future<Output = ()> + Send>> {
        let error = error.to_string();
        Box::pin(async move {
            tracing::warn!(error, "Telegram update listener");
        })
    }
}

/// The handler tree: every update goes to [`Front::on_update`].
pub fn schema() -> UpdateHandler<Infallible> {
    dptree::endpoint(|update: Update, front: Arc<Front>| async move {
        front.on_update(update).await;
        Ok(())
    })
}

/// Registers the command menu for each language code that means one of ours and, in the
/// first guess, for everyone else.
pub async fn register_commands(bot: &Bot, seam: &Seam) {
    // A command chosen from Telegram's menu is sent at once, with no way to add an argument:
    // those that need one are typed.
    let commands = |lang: Lang| {
        seam.command_menu(lang)
            .into_iter()
            .filter(|command| command.argument.is_none())
            .map(|command| BotCommand::new(command.name, command.description))
            .collect::<Vec<_>>()
    };
    let mut requests = vec![(None, bot.set_my_commands(commands(Lang::first_guess())))];
    for lang in Lang::all() {
        for code in lang.hints() {
            requests.push((
                Some(code.as_str()),
                bot.set_my_commands(commands(lang)).language_code(code),
            ));
        }
    }
    for (code, request) in requests {
        if let Err(error) = request.await {
            tracing::warn!(code, error = %error, "could not register the command menu");
        }
    }
}

/// The front door's state: the bot, its seam to the core, and the bot's send budget.
pub struct Front {
    bot: Bot,
    seam: Seam,
    budget: Arc<Budget>,
}

impl Front {
    pub fn new(bot: Bot, seam: Seam, budget: Arc<Budget>) -> Front {
        Front { bot, seam, budget }
    }

    /// Handles one update. Flows are personal: anything from a group is left alone.
    /// Its place in the send budget's line is its update id, which Telegram numbers in the
    /// order updates came: its replies go in that order, however long each took to handle
    /// and in whatever order the dispatcher's tasks started. (Nothing else waits in line in
    /// this budget: the outbox worker only takes places free now.)
    pub async fn on_update(&self, update: Update) {
        let turn = u64::from(update.id.0);
        match update.kind {
            UpdateKind::Message(message) if message.chat.is_private() => {
                self.on_message(message, turn).await;
            }
            UpdateKind::CallbackQuery(query) => self.on_callback(query, turn).await,
            _ => {}
        }
    }

    async fn on_message(&self, message: Message, turn: u64) {
        let inbound = match inbound::from_message(&self.bot, &message, &self.seam).await {
            Ok(Some(inbound)) => inbound,
            Ok(None) => return,
            Err(error) => {
                tracing::warn!(error = format!("{error:#}"), "could not read a message");
                return;
            }
        };
        let replies = self.seam.handle(inbound).await;
        self.deliver(replies, None, turn).await;
    }

    /// Answers the query at once (Telegram shows a spinner until then), and puts the first
    /// reply in place of the menu whose button was pressed.
    async fn on_callback(&self, query: CallbackQuery, turn: u64) {
        let answer = async {
            if let Err(error) = self.bot.answer_callback_query(query.id.clone()).await {
                tracing::warn!(error = %error, "could not answer a callback query");
            }
        };
        let private = query
            .message
            .as_ref()
            .is_none_or(|message| message.chat().is_private());
        let inbound = inbound::from_callback(&query).filter(|_| private);
        let Some(inbound) = inbound else {
            answer.await;
            return;
        };
        let ((), replies) = tokio::join!(answer, self.seam.handle(inbound));
        let menu = query
            .message
            .as_ref()
            .map(|message| (message.chat().id, message.id()));
        self.deliver(replies, menu, turn).await;
    }

    /// Sends replies in order, the first in place of `menu` when it fits there. Each goes
    /// first in the bot's budget. One the platform holds back is tried again, waiting out a
    /// 429 and backing off after a server or network error, for up to [`velkommen_core::delivery::REPLY_PATIENCE`];
    /// one that still has not gone by then is delivered from the outbox. None is dropped.
    async fn deliver(
        &self,
        replies: Vec<Outbound>,
        mut menu: Option<(ChatId, MessageId)>,
        turn: u64,
    ) {
        for reply in replies {
            let Ok(chat) = reply.to.user_id.parse::<i64>().map(ChatId) else {
                continue;
            };
            let edit = menu
                .take()
                .filter(|(menu_chat, _)| {
                    *menu_chat == chat && outbound::editable(&reply.message) && !reply.message.below
                })
                .map(|(_, message)| message);
            self.deliver_one(chat, &reply, edit, turn).await;
        }
    }

    async fn deliver_one(
        &self,
        chat: ChatId,
        reply: &Outbound,
        edit: Option<MessageId>,
        turn: u64,
    ) {
        let to = &reply.to.user_id;
        let class = Class::of_reply(&reply.message);
        // The menu to edit in place, until it turns out it cannot be.
        let edit = std::sync::Mutex::new(edit);
        let pending = || *edit.lock().unwrap_or_else(|e| e.into_inner());
        send_reply(&self.seam, reply, 0, |mut done, attempts| {
            let edit = &edit;
            async move {
                if let Some(message) = pending() {
                    self.budget.acquire_in_turn(class, to, 1, turn).await;
                    match outbound::edit(&self.bot, chat, message, &reply.message).await {
                        Ok(true) => return (Delivery::Delivered, done),
                        // Too old or gone: send it anew.
                        Ok(false) => *edit.lock().unwrap_or_else(|e| e.into_inner()) = None,
                        Err(error) => {
                            let sent = Err(outbound::SendError::Telegram(error));
                            delivery::flood_control(&self.budget, to, &sent);
                            return (delivery::outcome(sent, attempts, self.seam.now()), done);
                        }
                    }
                }
                let calls = outbound::calls(&reply.message).saturating_sub(done as u32);
                self.budget.acquire_in_turn(class, to, calls, turn).await;
                let sent =
                    outbound::send(&self.bot, &self.seam, chat, &reply.message, &mut done).await;
                delivery::flood_control(&self.budget, to, &sent);
                (delivery::outcome(sent, attempts, self.seam.now()), done)
            }
        })
        .await;
    }
}
