//! A strict fake Discord on 127.0.0.1 for tests: the REST routes a bot calls, checked against
//! Discord's OpenAPI description and served from an in-memory model of people, DM channels,
//! messages and interactions, every call recorded; and a `ws://` gateway that identifies,
//! resumes, acknowledges heartbeats, dispatches events and can ask for a reconnect.

mod spec;

use std::collections::{HashMap, HashSet, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// Discord's client locales (discord.com/developers/docs/reference#locales): a command's
/// localizations keyed by anything else are refused. There is none for Arabic or Farsi.
const DISCORD_LOCALES: [&str; 32] = [
    "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl",
    "no", "pl", "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th",
    "zh-CN", "ja", "zh-TW", "ko",
];

use axum::Router;
use axum::body::Bytes;
use axum::extract::ws::{Message as WsMessage, WebSocket, WebSocketUpgrade};
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use serde_json::{Value, json};
use tokio::sync::{Notify, watch};

/// Files uploaded with a call: name, content type, bytes.
type Uploads = Vec<(String, String, Vec<u8>)>;

/// The fake bot's user id, which is also its application id.
pub const BOT_ID: u64 = 900_000_000_000_000_001;
/// The server (guild) and channel where people can use commands in public.
pub const GUILD_ID: u64 = 900_000_000_000_000_100;
pub const GUILD_CHANNEL_ID: u64 = 900_000_000_000_000_101;
/// How long Discord waits for an interaction's first answer.
pub const INTERACTION_DEADLINE: Duration = Duration::from_secs(3);
/// The heartbeat interval the gateway asks for, short so tests see heartbeats.
pub const HEARTBEAT_MS: u64 = 1000;

/// One REST call the bot made.
#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    /// The path under `/api/v10`, as sent.
    pub path: String,
    /// The route template it matched, such as `/channels/{channel_id}/messages`.
    pub route: Option<String>,
    /// The JSON body (for multipart, its `payload_json`).
    pub body: Value,
    /// Names of the files uploaded with it.
    pub files: Vec<String>,
    pub at: Instant,
    pub status: u16,
}

impl Call {
    pub fn is(&self, method: &str, route: &str) -> bool {
        self.method == method && self.route.as_deref() == Some(route)
    }

    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// A scripted failure for the next call(s) of a route.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Failure {
    /// 429 with `retry_after` seconds.
    TooManyRequests { retry_after: f64 },
    /// 500 Internal Server Error.
    ServerError,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Button {
    pub label: String,
    pub custom_id: String,
}

/// A file in a message.
#[derive(Debug, Clone)]
pub struct File {
    pub name: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
    pub url: String,
}

/// A message in a channel, as the person sees it.
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub id: u64,
    pub channel_id: u64,
    pub from_bot: bool,
    pub content: String,
    pub buttons: Vec<Vec<Button>>,
    pub embeds: Vec<Value>,
    pub files: Vec<File>,
    /// Only its addressee sees it (an ephemeral interaction answer).
    pub ephemeral: bool,
    /// A deferred answer still "thinking".
    pub thinking: bool,
    pub edits: u32,
}

/// A person on Discord.
#[derive(Debug, Clone)]
pub struct User {
    pub id: u64,
    pub name: String,
    /// The client's locale, such as `da` or `en-US`.
    pub locale: String,
}

impl User {
    fn json(&self) -> Value {
        user_json(self.id, &self.name, false)
    }
}

fn user_json(id: u64, name: &str, bot: bool) -> Value {
    json!({
        "id": id.to_string(), "username": name, "discriminator": "0", "global_name": name,
        "avatar": null, "bot": bot, "public_flags": 0, "flags": 0,
    })
}

/// How the bot answered an interaction.
#[derive(Debug, Clone)]
pub struct InteractionState {
    pub id: u64,
    pub token: String,
    pub user: u64,
    pub channel_id: u64,
    /// The message whose button was pressed.
    pub message_id: Option<u64>,
    pub created: Instant,
    /// The callback type the bot answered with (4, 5, 6 or 7), and when.
    pub response: Option<(u8, Instant)>,
    /// The message the answer created (types 4 and 5).
    pub response_message: Option<u64>,
    pub ephemeral: bool,
}

/// The gateway's counts, for tests of connecting and reconnecting.
#[derive(Debug, Clone, Default)]
pub struct GatewayStats {
    pub connections: u32,
    pub identifies: u32,
    pub resumes: u32,
    pub heartbeats: u32,
    pub intents: u64,
}

#[derive(Default)]
struct Model {
    users: HashMap<u64, User>,
    closed_dms: HashSet<u64>,
    dm_of_user: HashMap<u64, u64>,
    user_of_dm: HashMap<u64, u64>,
    messages: Vec<ChatMessage>,
    files: HashMap<String, (String, Vec<u8>)>,
    interactions: HashMap<u64, InteractionState>,
    commands: Vec<Value>,
    failures: Vec<(String, String, Failure)>,
    calls: Vec<Call>,
    next_id: u64,
    events: VecDeque<(String, Value)>,
    seq: u64,
    session: String,
    /// The gateway connection that may dispatch, and one asked to reconnect.
    live: u64,
    reconnect: Option<u64>,
    stats: GatewayStats,
}

impl Model {
    fn id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }

    fn dm(&mut self, user: u64) -> u64 {
        if let Some(channel) = self.dm_of_user.get(&user) {
            return *channel;
        }
        let channel = self.id();
        self.dm_of_user.insert(user, channel);
        self.user_of_dm.insert(channel, user);
        channel
    }

    fn message(&self, id: u64) -> Option<&ChatMessage> {
        self.messages.iter().find(|m| m.id == id)
    }
}

struct Inner {
    model: Mutex<Model>,
    events: Notify,
    changed: watch::Sender<u64>,
    addr: SocketAddr,
}

/// The fake server; cheap to clone. It stops with the runtime it was started on.
#[derive(Clone)]
pub struct FakeDiscord {
    inner: Arc<Inner>,
}

impl FakeDiscord {
    /// Starts a fake on 127.0.0.1 on a free port, on the current Tokio runtime.
    pub async fn start() -> FakeDiscord {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0))
            .await
            .expect("a free port on 127.0.0.1");
        let addr = listener.local_addr().expect("the fake's address");
        let fake = FakeDiscord {
            inner: Arc::new(Inner {
                model: Mutex::new(Model {
                    next_id: 1_000_000_000_000_000_000,
                    session: "session-1".into(),
                    ..Model::default()
                }),
                events: Notify::new(),
                changed: watch::channel(0).0,
                addr,
            }),
        };
        let app = Router::new()
            .route("/gateway-ws", get(gateway))
            .route("/attachments/{*path}", get(download))
            .route("/api/v10/{*path}", any(api))
            .with_state(fake.clone());
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        fake
    }

    /// The API base URL, for `DISCORD_API_URL`.
    pub fn url(&self) -> String {
        format!("http://{}", self.inner.addr)
    }

    fn model(&self) -> MutexGuard<'_, Model> {
        self.inner.model.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn changed(&self) {
        self.inner.changed.send_modify(|n| *n += 1);
    }

    /// Makes a person known, whose client reports `locale`.
    pub fn add_user(&self, id: u64, name: &str, locale: &str) -> User {
        let user = User {
            id,
            name: name.to_owned(),
            locale: locale.to_owned(),
        };
        self.model().users.insert(id, user.clone());
        user
    }

    /// From now on messages to this person fail with 50007, as when they closed their DMs.
    pub fn close_dms(&self, user: u64) {
        self.model().closed_dms.insert(user);
    }

    /// The next call of `method` on `route` (a template such as
    /// `/channels/{channel_id}/messages`) fails this way; queued failures are used in order.
    pub fn fail_next(&self, method: &str, route: &str, failure: Failure) {
        self.model()
            .failures
            .push((method.to_owned(), route.to_owned(), failure));
    }

    fn dispatch(&self, kind: &str, data: Value) {
        self.model().events.push_back((kind.to_owned(), data));
        self.inner.events.notify_waiters();
    }

    /// The DM channel between the bot and a person (Discord has one per pair).
    pub fn dm_channel(&self, user: u64) -> u64 {
        self.model().dm(user)
    }

    fn message_json(&self, message: &ChatMessage, author: Value) -> Value {
        message_json(message, author)
    }

    /// The person writes in their DM with the bot; returns the message id.
    pub fn user_writes(&self, user: &User, text: &str) -> u64 {
        self.user_posts(user, text, vec![])
    }

    /// The person sends a file in their DM with the bot, with a caption.
    pub fn user_sends_file(
        &self,
        user: &User,
        name: &str,
        content_type: &str,
        bytes: &[u8],
        caption: &str,
    ) -> u64 {
        let path = {
            let mut model = self.model();
            let id = model.id();
            format!("{id}/{name}")
        };
        let file = File {
            name: name.to_owned(),
            content_type: content_type.to_owned(),
            bytes: bytes.to_vec(),
            url: format!("{}/attachments/{path}", self.url()),
        };
        self.model()
            .files
            .insert(path, (content_type.to_owned(), bytes.to_vec()));
        self.user_posts(user, caption, vec![file])
    }

    fn user_posts(&self, user: &User, text: &str, files: Vec<File>) -> u64 {
        let message = {
            let mut model = self.model();
            let channel_id = model.dm(user.id);
            let message = ChatMessage {
                id: model.id(),
                channel_id,
                from_bot: false,
                content: text.to_owned(),
                buttons: vec![],
                embeds: vec![],
                files,
                ephemeral: false,
                thinking: false,
                edits: 0,
            };
            model.messages.push(message.clone());
            message
        };
        self.dispatch("MESSAGE_CREATE", self.message_json(&message, user.json()));
        message.id
    }

    fn interaction(&self, user: &User, channel_id: u64, message_id: Option<u64>) -> (u64, String) {
        let mut model = self.model();
        let id = model.id();
        let token = format!("token-{id}");
        model.interactions.insert(
            id,
            InteractionState {
                id,
                token: token.clone(),
                user: user.id,
                channel_id,
                message_id,
                created: Instant::now(),
                response: None,
                response_message: None,
                ephemeral: false,
            },
        );
        (id, token)
    }

    fn interaction_json(
        &self,
        user: &User,
        id: u64,
        token: &str,
        kind: u8,
        data: Value,
        in_guild: bool,
    ) -> Value {
        let channel_id = if in_guild {
            GUILD_CHANNEL_ID
        } else {
            self.model().dm(user.id)
        };
        let mut interaction = json!({
            "id": id.to_string(), "application_id": BOT_ID.to_string(), "type": kind,
            "data": data, "channel_id": channel_id.to_string(),
            "channel": {"id": channel_id.to_string(), "type": if in_guild { 0 } else { 1 }},
            "token": token, "version": 1, "app_permissions": "0", "locale": user.locale,
            "entitlements": [], "authorizing_integration_owners": {"0": GUILD_ID.to_string()},
            "context": if in_guild { 0 } else { 1 }, "attachment_size_limit": 26_214_400,
        });
        if in_guild {
            interaction["guild_id"] = json!(GUILD_ID.to_string());
            interaction["guild_locale"] = json!("da");
            interaction["member"] = json!({
                "user": user.json(), "roles": [], "joined_at": "2026-01-01T10:00:00.000000+00:00",
                "deaf": false, "mute": false, "flags": 0, "pending": false, "permissions": "0",
                "nick": null, "avatar": null,
            });
        } else {
            interaction["user"] = user.json();
        }
        interaction
    }

    /// The person uses a slash command, in their DM or (if `in_guild`) in the server's
    /// channel; `options` are string options by name. Returns the interaction id.
    pub fn user_runs_command(
        &self,
        user: &User,
        name: &str,
        options: &[(&str, &str)],
        in_guild: bool,
    ) -> u64 {
        let channel_id = if in_guild {
            GUILD_CHANNEL_ID
        } else {
            self.model().dm(user.id)
        };
        let (id, token) = self.interaction(user, channel_id, None);
        let options: Vec<Value> = options
            .iter()
            .map(|(name, value)| json!({"name": name, "type": 3, "value": value}))
            .collect();
        let data = json!({"id": "1", "name": name, "type": 1, "options": options});
        let interaction = self.interaction_json(user, id, &token, 2, data, in_guild);
        self.dispatch("INTERACTION_CREATE", interaction);
        id
    }

    /// The person presses a button of a message in their DM; returns the interaction id.
    pub fn user_presses(&self, user: &User, message_id: u64, custom_id: &str) -> u64 {
        let message = self
            .model()
            .message(message_id)
            .cloned()
            .expect("the pressed message exists");
        let (id, token) = self.interaction(user, message.channel_id, Some(message_id));
        let data = json!({"custom_id": custom_id, "component_type": 2});
        let mut interaction = self.interaction_json(user, id, &token, 3, data, false);
        interaction["message"] = message_json(&message, user_json(BOT_ID, "Velkommen", true));
        self.dispatch("INTERACTION_CREATE", interaction);
        id
    }

    /// The messages in a person's DM with the bot, oldest first.
    pub fn messages(&self, user: u64) -> Vec<ChatMessage> {
        let mut model = self.model();
        let channel = model.dm(user);
        model
            .messages
            .iter()
            .filter(|m| m.channel_id == channel)
            .cloned()
            .collect()
    }

    /// Messages the bot posted in the server's channel (ephemeral answers included).
    pub fn guild_messages(&self) -> Vec<ChatMessage> {
        self.model()
            .messages
            .iter()
            .filter(|m| m.channel_id == GUILD_CHANNEL_ID)
            .cloned()
            .collect()
    }

    pub fn interaction_state(&self, id: u64) -> Option<InteractionState> {
        self.model().interactions.get(&id).cloned()
    }

    pub fn calls(&self) -> Vec<Call> {
        self.model().calls.clone()
    }

    /// The global commands as the bot last registered them.
    pub fn commands(&self) -> Vec<Value> {
        self.model().commands.clone()
    }

    pub fn gateway_stats(&self) -> GatewayStats {
        self.model().stats.clone()
    }

    /// Asks the connected client to reconnect (gateway op 7), as Discord does before it moves
    /// a session.
    pub fn force_reconnect(&self) {
        let mut model = self.model();
        model.reconnect = Some(model.live);
        drop(model);
        self.inner.events.notify_waiters();
    }

    /// Waits until `ready` holds for the calls so far, or panics after `timeout`.
    pub async fn wait_for<T>(
        &self,
        timeout: Duration,
        mut ready: impl FnMut(&FakeDiscord, &[Call]) -> Option<T>,
    ) -> T {
        let mut changed = self.inner.changed.subscribe();
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            changed.borrow_and_update();
            let calls = self.calls();
            if let Some(found) = ready(self, &calls) {
                return found;
            }
            if tokio::time::timeout_at(deadline, changed.changed())
                .await
                .is_err()
            {
                let last: Vec<_> = calls.iter().rev().take(10).collect();
                panic!(
                    "the bot did not do what was expected within {timeout:?}; its last calls: {last:#?}"
                );
            }
        }
    }

    /// Waits until no call has come for `quiet`.
    pub async fn settle(&self, quiet: Duration) {
        let mut changed = self.inner.changed.subscribe();
        loop {
            changed.borrow_and_update();
            if tokio::time::timeout(quiet, changed.changed())
                .await
                .is_err()
            {
                return;
            }
        }
    }
}

fn message_json(message: &ChatMessage, author: Value) -> Value {
    let components: Vec<Value> = message
        .buttons
        .iter()
        .map(|row| {
            json!({"type": 1, "components": row.iter().map(|b| json!({
                "type": 2, "style": 2, "label": b.label, "custom_id": b.custom_id,
            })).collect::<Vec<_>>()})
        })
        .collect();
    let attachments: Vec<Value> = message
        .files
        .iter()
        .enumerate()
        .map(|(n, f)| {
            json!({
                "id": (message.id * 10 + n as u64).to_string(), "filename": f.name,
                "size": f.bytes.len(), "url": f.url, "proxy_url": f.url,
                "content_type": f.content_type,
            })
        })
        .collect();
    json!({
        "id": message.id.to_string(), "channel_id": message.channel_id.to_string(),
        "author": author, "content": message.content,
        "timestamp": "2026-11-27T10:00:00.000000+00:00", "edited_timestamp": null,
        "tts": false, "mention_everyone": false, "mentions": [], "mention_roles": [],
        "attachments": attachments, "embeds": message.embeds, "pinned": false, "type": 0,
        "flags": if message.ephemeral { 64 } else { 0 }, "components": components,
    })
}

/// An answer in Discord's shape.
struct Answer {
    status: StatusCode,
    body: Value,
    headers: Vec<(&'static str, String)>,
}

impl Answer {
    fn ok(body: Value) -> Answer {
        Answer {
            status: StatusCode::OK,
            body,
            headers: vec![],
        }
    }

    fn no_content() -> Answer {
        Answer {
            status: StatusCode::NO_CONTENT,
            body: Value::Null,
            headers: vec![],
        }
    }

    fn error(status: u16, code: u32, message: &str) -> Answer {
        Answer {
            status: StatusCode::from_u16(status).expect("a status"),
            body: json!({"code": code, "message": message}),
            headers: vec![],
        }
    }

    fn invalid(error: impl Into<String>) -> Answer {
        let mut answer = Answer::error(400, 50035, "Invalid Form Body");
        answer.body["errors"] = json!({"_errors": [{"code": "INVALID", "message": error.into()}]});
        answer
    }
}

impl IntoResponse for Answer {
    fn into_response(self) -> Response {
        let mut response = if self.status == StatusCode::NO_CONTENT {
            self.status.into_response()
        } else {
            (self.status, axum::Json(self.body)).into_response()
        };
        for (name, value) in self.headers {
            if let Ok(value) = HeaderValue::from_str(&value) {
                response.headers_mut().insert(name, value);
            }
        }
        response
    }
}

async fn download(State(fake): State<FakeDiscord>, Path(path): Path<String>) -> Response {
    let file = fake.model().files.get(&path).cloned();
    match file {
        Some((content_type, bytes)) => {
            ([(header::CONTENT_TYPE, content_type)], Bytes::from(bytes)).into_response()
        }
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// A body as JSON, from a JSON request or a multipart form's `payload_json`, with its files.
async fn read_body(request: Request) -> Result<(Option<Value>, Uploads), String> {
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    if content_type.starts_with("multipart/form-data") {
        let mut form = Multipart::from_request(request, &())
            .await
            .map_err(|e| e.to_string())?;
        let mut body = None;
        let mut files = vec![];
        while let Some(field) = form.next_field().await.map_err(|e| e.to_string())? {
            let name = field.name().unwrap_or_default().to_owned();
            let file_name = field.file_name().map(str::to_owned);
            let mime = field
                .content_type()
                .unwrap_or("application/octet-stream")
                .to_owned();
            let bytes = field.bytes().await.map_err(|e| e.to_string())?;
            if name == "payload_json" {
                body = Some(serde_json::from_slice(&bytes).map_err(|e| e.to_string())?);
            } else if name.starts_with("files[") {
                files.push((file_name.unwrap_or(name), mime, bytes.to_vec()));
            }
        }
        return Ok((body, files));
    }
    let bytes = axum::body::to_bytes(request.into_body(), 64 * 1024 * 1024)
        .await
        .map_err(|e| e.to_string())?;
    if bytes.is_empty() {
        return Ok((None, vec![]));
    }
    let body = serde_json::from_slice(&bytes).map_err(|e| e.to_string())?;
    Ok((Some(body), vec![]))
}

async fn api(
    State(fake): State<FakeDiscord>,
    Path(path): Path<String>,
    request: Request,
) -> Response {
    let at = Instant::now();
    let method = request.method().clone();
    let path = format!("/{path}");
    let authorized = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("Bot ") && v.len() > 4);
    let route = spec::route(&path);
    let read = read_body(request).await;
    let (body, files) = match &read {
        Ok((body, files)) => (body.clone(), files.clone()),
        Err(_) => (None, vec![]),
    };
    let answer = if !authorized {
        Answer::error(401, 0, "401: Unauthorized")
    } else if let Err(error) = &read {
        Answer::error(
            400,
            50109,
            &format!("The request body contains invalid JSON. {error}"),
        )
    } else {
        match &route {
            None => Answer::error(404, 0, "404: Not Found"),
            Some((template, _)) if !spec::allows(template, method.as_str()) => {
                Answer::error(405, 0, "405: Method Not Allowed")
            }
            Some((template, params)) => {
                match spec::check_body(template, method.as_str(), body.as_ref()) {
                    Err(error) => Answer::invalid(error),
                    Ok(()) => match fake.scripted(method.as_str(), template) {
                        Some(answer) => answer,
                        None => fake.serve(&method, template, params, body.clone(), files.clone()),
                    },
                }
            }
        }
    };
    let mut answer = answer;
    answer.headers.push(("x-ratelimit-limit", "50".into()));
    answer.headers.push(("x-ratelimit-remaining", "49".into()));
    answer
        .headers
        .push(("x-ratelimit-reset-after", "1.000".into()));
    answer.headers.push((
        "x-ratelimit-bucket",
        format!(
            "fake-{}",
            route.as_ref().map_or("none", |(t, _)| t.as_str())
        )
        .replace(['{', '}', '/'], "-"),
    ));
    fake.model().calls.push(Call {
        method: method.to_string(),
        path,
        route: route.map(|(t, _)| t),
        body: body.unwrap_or(Value::Null),
        files: files.into_iter().map(|(name, _, _)| name).collect(),
        at,
        status: answer.status.as_u16(),
    });
    fake.changed();
    answer.into_response()
}

fn param<'a>(params: &'a [(String, String)], name: &str) -> &'a str {
    params
        .iter()
        .find(|(n, _)| n == name)
        .map_or("", |(_, v)| v.as_str())
}

/// The buttons of a message body, checked as Discord checks them.
fn buttons(body: &Value) -> Result<Vec<Vec<Button>>, String> {
    let Some(rows) = body.get("components").and_then(Value::as_array) else {
        return Ok(vec![]);
    };
    if rows.len() > 5 {
        return Err("components: Must be 5 or fewer in length.".into());
    }
    let mut out = vec![];
    for row in rows {
        if row["type"] != 1 {
            return Err("components: a top-level component must be an action row".into());
        }
        let items = row["components"].as_array().cloned().unwrap_or_default();
        if items.is_empty() || items.len() > 5 {
            return Err("components.components: Must be between 1 and 5 in length.".into());
        }
        let mut buttons = vec![];
        for item in items {
            let custom_id = item["custom_id"].as_str().unwrap_or_default();
            let label = item["label"].as_str().unwrap_or_default();
            if item["type"] != 2 || custom_id.is_empty() || custom_id.chars().count() > 100 {
                return Err(format!("custom_id: invalid {custom_id:?}"));
            }
            if label.chars().count() > 80 {
                return Err("label: Must be 80 or fewer in length.".into());
            }
            buttons.push(Button {
                label: label.to_owned(),
                custom_id: custom_id.to_owned(),
            });
        }
        out.push(buttons);
    }
    Ok(out)
}

impl FakeDiscord {
    fn scripted(&self, method: &str, template: &str) -> Option<Answer> {
        let mut model = self.model();
        let index = model
            .failures
            .iter()
            .position(|(m, r, _)| m == method && r == template)?;
        let (_, _, failure) = model.failures.remove(index);
        Some(match failure {
            Failure::TooManyRequests { retry_after } => Answer {
                status: StatusCode::TOO_MANY_REQUESTS,
                body: json!({"message": "You are being rate limited.", "retry_after": retry_after, "global": false, "code": 0}),
                headers: vec![
                    ("retry-after", format!("{}", retry_after.ceil() as u64)),
                    ("x-ratelimit-scope", "user".into()),
                ],
            },
            Failure::ServerError => Answer::error(500, 0, "500: Internal Server Error"),
        })
    }

    /// A message from the bot built from a body, or what is wrong with the body.
    fn bot_message(
        &self,
        model: &mut Model,
        channel_id: u64,
        body: &Value,
        files: Uploads,
    ) -> Result<ChatMessage, Answer> {
        let content = body["content"].as_str().unwrap_or_default().to_owned();
        if content.chars().count() > 2000 {
            return Err(Answer::invalid("content: Must be 2000 or fewer in length."));
        }
        let buttons = buttons(body).map_err(Answer::invalid)?;
        let embeds = body["embeds"].as_array().cloned().unwrap_or_default();
        if content.is_empty() && buttons.is_empty() && embeds.is_empty() && files.is_empty() {
            return Err(Answer::error(400, 50006, "Cannot send an empty message"));
        }
        let id = model.id();
        let files = files
            .into_iter()
            .map(|(name, content_type, bytes)| {
                let path = format!("{id}/{name}");
                model
                    .files
                    .insert(path.clone(), (content_type.clone(), bytes.clone()));
                File {
                    name,
                    content_type,
                    bytes,
                    url: format!("{}/attachments/{path}", self.url()),
                }
            })
            .collect();
        let ephemeral = body["flags"].as_u64().is_some_and(|f| f & 64 != 0);
        Ok(ChatMessage {
            id,
            channel_id,
            from_bot: true,
            content,
            buttons,
            embeds,
            files,
            ephemeral,
            thinking: false,
            edits: 0,
        })
    }

    fn edit(&self, model: &mut Model, message_id: u64, body: &Value) -> Answer {
        let buttons = match buttons(body) {
            Ok(buttons) => buttons,
            Err(error) => return Answer::invalid(error),
        };
        let Some(message) = model.messages.iter_mut().find(|m| m.id == message_id) else {
            return Answer::error(404, 10008, "Unknown Message");
        };
        if let Some(content) = body.get("content").and_then(Value::as_str) {
            if content.chars().count() > 2000 {
                return Answer::invalid("content: Must be 2000 or fewer in length.");
            }
            message.content = content.to_owned();
        }
        if body.get("components").is_some() {
            message.buttons = buttons;
        }
        if let Some(embeds) = body.get("embeds").and_then(Value::as_array) {
            message.embeds = embeds.clone();
        }
        message.thinking = false;
        message.edits += 1;
        let message = message.clone();
        Answer::ok(message_json(&message, user_json(BOT_ID, "Velkommen", true)))
    }

    fn serve(
        &self,
        method: &Method,
        template: &str,
        params: &[(String, String)],
        body: Option<Value>,
        files: Uploads,
    ) -> Answer {
        let body = body.unwrap_or(Value::Null);
        let bot = user_json(BOT_ID, "Velkommen", true);
        let mut model = self.model();
        match (method.as_str(), template) {
            ("GET", "/users/@me") => Answer::ok(bot),
            ("GET", "/gateway") => {
                Answer::ok(json!({"url": format!("ws://{}/gateway-ws", self.inner.addr)}))
            }
            ("GET", "/gateway/bot") => Answer::ok(json!({
                "url": format!("ws://{}/gateway-ws", self.inner.addr), "shards": 1,
                "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1},
            })),
            ("PUT", "/applications/{application_id}/commands") => {
                if param(params, "application_id") != BOT_ID.to_string() {
                    return Answer::error(403, 50001, "Missing Access");
                }
                let commands = body.as_array().cloned().unwrap_or_default();
                for command in &commands {
                    let name = command["name"].as_str().unwrap_or_default();
                    let valid = |n: &str| {
                        (1..=32).contains(&n.chars().count())
                            && n.chars()
                                .all(|c| c == '-' || c == '_' || c.is_alphanumeric())
                            && n.to_lowercase() == n
                    };
                    let description = command["description"].as_str().unwrap_or_default();
                    if !valid(name) || !(1..=100).contains(&description.chars().count()) {
                        return Answer::invalid(format!(
                            "command {name:?}: bad name or description"
                        ));
                    }
                    for (locale, value) in command["name_localizations"]
                        .as_object()
                        .into_iter()
                        .flatten()
                    {
                        if !valid(value.as_str().unwrap_or_default())
                            || !DISCORD_LOCALES.contains(&locale.as_str())
                        {
                            return Answer::invalid(format!(
                                "name_localizations.{locale}: invalid"
                            ));
                        }
                    }
                    for locale in command["description_localizations"]
                        .as_object()
                        .into_iter()
                        .flatten()
                        .map(|(l, _)| l)
                    {
                        if !DISCORD_LOCALES.contains(&locale.as_str()) {
                            return Answer::invalid(format!(
                                "description_localizations.{locale}: Invalid locale"
                            ));
                        }
                    }
                }
                model.commands = commands.clone();
                Answer::ok(Value::Array(commands))
            }
            ("POST", "/users/@me/channels") => {
                let recipient = body["recipient_id"]
                    .as_str()
                    .map(str::to_owned)
                    .or_else(|| body["recipient_id"].as_u64().map(|n| n.to_string()))
                    .and_then(|s| s.parse::<u64>().ok());
                let Some(user) = recipient.and_then(|id| model.users.get(&id).cloned()) else {
                    return Answer::invalid("recipient_id: Value is not a known user");
                };
                let channel = model.dm(user.id);
                Answer::ok(json!({
                    "id": channel.to_string(), "type": 1, "last_message_id": null, "flags": 0,
                    "recipients": [user.json()],
                }))
            }
            ("POST", "/channels/{channel_id}/messages") => {
                let Ok(channel) = param(params, "channel_id").parse::<u64>() else {
                    return Answer::error(404, 10003, "Unknown Channel");
                };
                let Some(user) = model.user_of_dm.get(&channel).copied() else {
                    return Answer::error(404, 10003, "Unknown Channel");
                };
                if model.closed_dms.contains(&user) {
                    return Answer::error(403, 50007, "Cannot send messages to this user");
                }
                match self.bot_message(&mut model, channel, &body, files) {
                    Ok(message) => {
                        model.messages.push(message.clone());
                        Answer::ok(message_json(&message, bot))
                    }
                    Err(answer) => answer,
                }
            }
            ("PATCH", "/channels/{channel_id}/messages/{message_id}") => {
                let id = param(params, "message_id").parse().unwrap_or(0);
                self.edit(&mut model, id, &body)
            }
            ("POST", "/interactions/{interaction_id}/{interaction_token}/callback") => {
                let id: u64 = param(params, "interaction_id").parse().unwrap_or(0);
                let token = param(params, "interaction_token");
                let Some(state) = model
                    .interactions
                    .get(&id)
                    .cloned()
                    .filter(|s| s.token == token)
                else {
                    return Answer::error(404, 10062, "Unknown interaction");
                };
                if state.created.elapsed() > INTERACTION_DEADLINE {
                    return Answer::error(404, 10062, "Unknown interaction");
                }
                if state.response.is_some() {
                    return Answer::error(400, 40060, "Interaction has already been acknowledged.");
                }
                let kind = body["type"].as_u64().unwrap_or(0) as u8;
                let data = body.get("data").cloned().unwrap_or(Value::Null);
                let mut response_message = None;
                let mut ephemeral = false;
                match kind {
                    4 | 5 => {
                        let mut message = if kind == 4 {
                            match self.bot_message(&mut model, state.channel_id, &data, files) {
                                Ok(message) => message,
                                Err(answer) => return answer,
                            }
                        } else {
                            ChatMessage {
                                id: model.id(),
                                channel_id: state.channel_id,
                                from_bot: true,
                                content: String::new(),
                                buttons: vec![],
                                embeds: vec![],
                                files: vec![],
                                ephemeral: false,
                                thinking: true,
                                edits: 0,
                            }
                        };
                        ephemeral = data["flags"].as_u64().is_some_and(|f| f & 64 != 0);
                        message.ephemeral = ephemeral;
                        response_message = Some(message.id);
                        model.messages.push(message);
                    }
                    6 => {
                        if state.message_id.is_none() {
                            return Answer::invalid("type: only for components");
                        }
                    }
                    7 => {
                        let Some(message) = state.message_id else {
                            return Answer::invalid("type: only for components");
                        };
                        let edited = self.edit(&mut model, message, &data);
                        if !edited.status.is_success() {
                            return edited;
                        }
                    }
                    _ => return Answer::invalid("type: Value must be one of (4, 5, 6, 7)"),
                }
                let state = model.interactions.get_mut(&id).expect("the interaction");
                state.response = Some((kind, Instant::now()));
                state.response_message = response_message;
                state.ephemeral = ephemeral;
                Answer::no_content()
            }
            ("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/@original") => {
                let token = param(params, "webhook_token");
                let Some(state) = model
                    .interactions
                    .values()
                    .find(|s| s.token == token)
                    .cloned()
                else {
                    return Answer::error(404, 10015, "Unknown Webhook");
                };
                if param(params, "webhook_id") != BOT_ID.to_string() {
                    return Answer::error(404, 10015, "Unknown Webhook");
                }
                let Some((kind, _)) = state.response else {
                    return Answer::error(404, 10008, "Unknown Message");
                };
                let message = match kind {
                    6 | 7 => state.message_id,
                    _ => state.response_message,
                };
                self.edit(&mut model, message.unwrap_or(0), &body)
            }
            ("POST", "/webhooks/{webhook_id}/{webhook_token}") => {
                let token = param(params, "webhook_token");
                let Some(state) = model
                    .interactions
                    .values()
                    .find(|s| s.token == token)
                    .cloned()
                else {
                    return Answer::error(404, 10015, "Unknown Webhook");
                };
                match self.bot_message(&mut model, state.channel_id, &body, files) {
                    Ok(message) => {
                        model.messages.push(message.clone());
                        Answer::ok(message_json(&message, bot))
                    }
                    Err(answer) => answer,
                }
            }
            _ => Answer::error(
                404,
                0,
                "404: Not Found (the fake does not serve this route)",
            ),
        }
    }
}

async fn gateway(State(fake): State<FakeDiscord>, upgrade: WebSocketUpgrade) -> Response {
    upgrade.on_upgrade(move |socket| connection(fake, socket))
}

/// One gateway connection: HELLO, then IDENTIFY or RESUME, heartbeats, and dispatches while
/// it is the live connection; op 7 when asked to reconnect.
async fn connection(fake: FakeDiscord, mut socket: WebSocket) {
    let number = {
        let mut model = fake.model();
        model.stats.connections += 1;
        model.stats.connections as u64
    };
    fake.changed();
    let hello = json!({"op": 10, "d": {"heartbeat_interval": HEARTBEAT_MS}, "s": null, "t": null});
    if socket
        .send(WsMessage::Text(hello.to_string().into()))
        .await
        .is_err()
    {
        return;
    }
    let mut ready = false;
    let mut reconnecting = false;
    loop {
        let events = fake.inner.events.notified();
        let mut events = std::pin::pin!(events);
        events.as_mut().enable();
        // Anything to send: a reconnect request, or queued events if this is the live one.
        let mut out = vec![];
        {
            let mut model = fake.model();
            if ready && !reconnecting && model.reconnect == Some(number) {
                reconnecting = true;
                model.reconnect = None;
                out.push(json!({"op": 7, "d": null, "s": null, "t": null}));
            } else if ready && !reconnecting && model.live == number {
                while let Some((kind, data)) = model.events.pop_front() {
                    model.seq += 1;
                    out.push(json!({"op": 0, "t": kind, "s": model.seq, "d": data}));
                }
            }
        }
        for frame in out {
            if socket
                .send(WsMessage::Text(frame.to_string().into()))
                .await
                .is_err()
            {
                return;
            }
        }
        let frame = tokio::select! {
            frame = socket.recv() => frame,
            () = &mut events => continue,
        };
        let Some(Ok(frame)) = frame else { return };
        let text = match frame {
            WsMessage::Text(text) => text.to_string(),
            WsMessage::Close(_) => return,
            _ => continue,
        };
        let Ok(payload) = serde_json::from_str::<Value>(&text) else {
            let _ = socket
                .send(WsMessage::Close(Some(axum::extract::ws::CloseFrame {
                    code: 4002,
                    reason: "Decode error".into(),
                })))
                .await;
            return;
        };
        let reply = {
            let mut model = fake.model();
            match payload["op"].as_u64() {
                Some(1) => {
                    model.stats.heartbeats += 1;
                    Some(json!({"op": 11, "d": null, "s": null, "t": null}))
                }
                Some(2) => {
                    let d = &payload["d"];
                    if d["token"].as_str().is_none_or(str::is_empty) {
                        None
                    } else {
                        model.stats.identifies += 1;
                        model.stats.intents = d["intents"].as_u64().unwrap_or(0);
                        model.session = format!("session-{}", model.stats.identifies);
                        model.seq += 1;
                        model.live = number;
                        ready = true;
                        Some(json!({"op": 0, "t": "READY", "s": model.seq, "d": {
                            "v": 10, "user": user_json(BOT_ID, "Velkommen", true), "guilds": [],
                            "session_id": model.session,
                            "resume_gateway_url": format!("ws://{}/gateway-ws", fake.inner.addr),
                            "shard": [0, 1], "application": {"id": BOT_ID.to_string(), "flags": 0},
                        }}))
                    }
                }
                Some(6) => {
                    if payload["d"]["session_id"].as_str() == Some(model.session.as_str()) {
                        model.stats.resumes += 1;
                        model.seq += 1;
                        model.live = number;
                        ready = true;
                        Some(json!({"op": 0, "t": "RESUMED", "s": model.seq, "d": {}}))
                    } else {
                        Some(json!({"op": 9, "d": false, "s": null, "t": null}))
                    }
                }
                _ => None,
            }
        };
        fake.changed();
        if let Some(reply) = reply
            && socket
                .send(WsMessage::Text(reply.to_string().into()))
                .await
                .is_err()
        {
            return;
        }
    }
}

#[doc(hidden)]
pub fn sample_message(from_bot: bool) -> Value {
    let message = ChatMessage {
        id: 5,
        channel_id: 6,
        from_bot,
        content: "hi".into(),
        buttons: vec![vec![Button {
            label: "A".into(),
            custom_id: "1:m".into(),
        }]],
        embeds: vec![],
        files: vec![File {
            name: "a.jpg".into(),
            content_type: "image/jpeg".into(),
            bytes: vec![1],
            url: "http://x/a.jpg".into(),
        }],
        ephemeral: false,
        thinking: false,
        edits: 0,
    };
    message_json(&message, user_json(7, "Amal", false))
}

impl FakeDiscord {
    /// The events the gateway would dispatch for a command in a DM, a command in the server,
    /// and a button press, for checking them against a client library's types.
    pub fn sample_interactions(&self) -> Vec<Value> {
        let user = self.add_user(42, "Amal", "en-US");
        let (id, token) = self.interaction(&user, 1, Some(5));
        let data = json!({"id": "1", "name": "start", "type": 1, "options": [{"name": "code", "type": 3, "value": "x"}]});
        let dm = self.interaction_json(&user, id, &token, 2, data.clone(), false);
        let guild = self.interaction_json(&user, id, &token, 2, data, true);
        let mut button = self.interaction_json(
            &user,
            id,
            &token,
            3,
            json!({"custom_id": "1:m", "component_type": 2}),
            false,
        );
        button["message"] = sample_message(true);
        vec![dm, guild, button]
    }
}
