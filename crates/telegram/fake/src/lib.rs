//! A strict fake Telegram Bot API server on 127.0.0.1 for tests and benchmarks. Every call is
//! checked against the Bot API's method list as Telegram would check it (unknown method: 404;
//! missing required field or wrong type: 400; unknown fields accepted), served from an
//! in-memory model of chats, messages, callback queries and files, and recorded with the time
//! it arrived. Failures (429, 500, 403) can be scripted.

mod html;
mod spec;

use std::collections::{HashMap, HashSet, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use serde_json::{Map, Value, json};
use tokio::sync::{Notify, watch};

/// The fake bot's own user id.
pub const BOT_ID: i64 = 4_200_000_001;
/// How a file download (`GET /file/bot<token>/<path>`) shows among the calls.
pub const DOWNLOAD: &str = "(file download)";
/// The longest text Telegram takes, in UTF-16 code units.
pub const MAX_TEXT: usize = 4096;

/// One call the bot made.
#[derive(Debug, Clone)]
pub struct Call {
    /// The method as the Bot API spells it, such as `sendMessage`; as sent if unknown.
    pub method: String,
    /// The parameters, typed as the Bot API types them.
    pub params: Value,
    /// When the request arrived.
    pub at: Instant,
    /// The HTTP status the fake answered with.
    pub status: u16,
}

impl Call {
    pub fn chat_id(&self) -> Option<i64> {
        self.params.get("chat_id").and_then(Value::as_i64)
    }

    pub fn is(&self, method: &str) -> bool {
        self.method.eq_ignore_ascii_case(method)
    }

    pub fn ok(&self) -> bool {
        self.status == 200
    }
}

/// A scripted failure for the next call(s) of a method.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Failure {
    /// 429 Too Many Requests with `retry_after` seconds.
    TooManyRequests { retry_after: u32 },
    /// 500 Internal Server Error.
    ServerError,
    /// 403: the person blocked the bot.
    Blocked,
}

/// Telegram's limits on sending, enforced as Telegram enforces them: a send past them answers
/// 429 with a `retry_after`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RateLimits {
    /// Messages the bot may send within any one second, across all chats.
    pub overall: usize,
    /// The least time between two messages to one chat, if enforced.
    pub per_chat: Option<Duration>,
}

impl RateLimits {
    /// Telegram's: about 30 messages a second overall and one a second per chat.
    pub const TELEGRAM: RateLimits = RateLimits {
        overall: 30,
        per_chat: Some(Duration::from_secs(1)),
    };
}

/// Random trouble on sends, as an overloaded Telegram and a flaky network give it: of every
/// send, this share fails, each way equally often: 500 with JSON, 502 with an HTML page, 429
/// with `retry_after`, or a stall of a few seconds before the send is served.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Chaos {
    pub share: f64,
    pub seed: u64,
}

/// What the rate limits and the chaos did so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Trouble {
    /// 429s answered because the bot went past the rate limits.
    pub rate_limited: usize,
    /// Failures the chaos made, stalls included.
    pub chaos: usize,
    pub stalls: usize,
}

/// The methods that send or change a message, which Telegram's limits count.
pub const SENDS: &[&str] = &[
    "sendMessage",
    "sendVenue",
    "sendPhoto",
    "sendVoice",
    "sendDocument",
    "copyMessage",
    "editMessageText",
];

#[derive(Debug, Clone, PartialEq)]
pub struct Button {
    pub label: String,
    pub data: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Text,
    Venue {
        title: String,
        address: String,
        latitude: f64,
        longitude: f64,
    },
    Photo,
    Voice,
    Document {
        file_name: String,
    },
    /// A copy of another message, made by `copyMessage`.
    Copy {
        from_chat: i64,
        message_id: i64,
    },
}

/// A message in a chat, as the person sees it.
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub id: i64,
    pub from_bot: bool,
    pub kind: Kind,
    /// The text or caption as shown, after HTML parsing.
    pub text: String,
    pub buttons: Vec<Vec<Button>>,
    /// How many times the bot edited it.
    pub edits: u32,
    /// The message as the Bot API returns it.
    pub json: Value,
}

/// A person on Telegram, as the fake knows them.
#[derive(Debug, Clone)]
pub struct User {
    pub id: i64,
    pub first_name: String,
    pub language_code: Option<String>,
}

impl User {
    fn json(&self) -> Value {
        let mut user = json!({"id": self.id, "is_bot": false, "first_name": self.first_name});
        if let Some(code) = &self.language_code {
            user["language_code"] = json!(code);
        }
        user
    }

    fn chat_json(&self) -> Value {
        json!({"id": self.id, "type": "private", "first_name": self.first_name})
    }
}

#[derive(Default)]
struct Chat {
    messages: Vec<ChatMessage>,
}

struct StoredFile {
    path: String,
    bytes: Vec<u8>,
}

#[derive(Default)]
struct Model {
    users: HashMap<i64, User>,
    blocked: HashSet<i64>,
    chats: HashMap<i64, Chat>,
    next_message_id: i64,
    updates: VecDeque<(i64, Value)>,
    next_update_id: i64,
    queries: HashMap<String, bool>,
    next_query: u64,
    files: HashMap<String, StoredFile>,
    next_file: u64,
    commands: HashMap<String, Vec<(String, String)>>,
    /// The webhook's URL and secret token, once the bot set one: updates are then POSTed
    /// there, and `getUpdates` is refused, as Telegram does.
    webhook: Option<(String, Option<String>)>,
    /// The HTTP status each webhook POST got, in order.
    webhook_answers: Vec<u16>,
    failures: Vec<(String, Option<i64>, Failure)>,
    calls: Vec<Call>,
    /// When each chat got a text from the bot (sent or edited), for latency measurements.
    replies: HashMap<i64, Vec<Instant>>,
    reply_waiters: HashMap<i64, Arc<Notify>>,
    limits: Option<RateLimits>,
    /// When each of the sends within the last second was accepted.
    recent_sends: VecDeque<Instant>,
    last_send_to: HashMap<i64, Instant>,
    chaos: Option<(f64, u64)>,
    trouble: Trouble,
}

struct Inner {
    model: Mutex<Model>,
    updates: Notify,
    changed: watch::Sender<u64>,
    addr: SocketAddr,
}

/// The fake server; cheap to clone. It stops with the runtime it was started on.
#[derive(Clone)]
pub struct FakeTelegram {
    inner: Arc<Inner>,
}

impl FakeTelegram {
    /// Starts a fake on 127.0.0.1 on a free port, on the current Tokio runtime.
    pub async fn start() -> FakeTelegram {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0))
            .await
            .expect("a free port on 127.0.0.1");
        let addr = listener.local_addr().expect("the fake's address");
        let fake = FakeTelegram {
            inner: Arc::new(Inner {
                model: Mutex::new(Model {
                    next_message_id: 1,
                    next_update_id: 1,
                    ..Model::default()
                }),
                updates: Notify::new(),
                changed: watch::channel(0).0,
                addr,
            }),
        };
        let app = Router::new()
            .route("/file/{bot}/{*path}", get(download))
            .route("/{bot}/{method}", any(api))
            .with_state(fake.clone());
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        fake
    }

    /// The Bot API base URL, for `TELEGRAM_API_URL`.
    pub fn url(&self) -> String {
        format!("http://{}/", self.inner.addr)
    }

    fn model(&self) -> MutexGuard<'_, Model> {
        self.inner.model.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn changed(&self) {
        self.inner.changed.send_modify(|n| *n += 1);
    }

    /// Makes a person known, so the bot may write to them.
    pub fn add_user(&self, id: i64, first_name: &str, language_code: Option<&str>) -> User {
        let user = User {
            id,
            first_name: first_name.to_owned(),
            language_code: language_code.map(str::to_owned),
        };
        let mut model = self.model();
        model.users.insert(id, user.clone());
        model.chats.entry(id).or_default();
        user
    }

    /// From now on, sends past `limits` answer 429 as Telegram's would.
    pub fn enforce(&self, limits: RateLimits) {
        self.model().limits = Some(limits);
    }

    /// From now on, sends meet random trouble.
    pub fn chaos(&self, chaos: Chaos) {
        self.model().chaos = Some((chaos.share, chaos.seed.max(1)));
    }

    /// What the rate limits and the chaos did so far.
    pub fn trouble(&self) -> Trouble {
        self.model().trouble
    }

    /// Chaos and rate limits on a send, before it is served: a failure to answer instead,
    /// or `None` to serve it.
    async fn gate(&self, method: &str, chat: Option<i64>) -> Option<Answer> {
        if !SENDS.contains(&method) {
            return None;
        }
        let roll = {
            let mut model = self.model();
            model.chaos.as_mut().map(|(share, state)| {
                // xorshift64: a fixed sequence for a seed.
                let mut x = *state;
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                *state = x;
                let unit = (x >> 11) as f64 / (1u64 << 53) as f64;
                (unit < *share).then(|| ((unit / *share) * 4.0) as u8)
            })
        };
        match roll.flatten() {
            Some(0) => {
                self.model().trouble.chaos += 1;
                return Some(Answer::error(500, "Internal Server Error"));
            }
            Some(1) => {
                self.model().trouble.chaos += 1;
                return Some(Answer::html(
                    502,
                    "<html><body><h1>502 Bad Gateway</h1></body></html>",
                ));
            }
            Some(2) => {
                self.model().trouble.chaos += 1;
                return Some(Answer::failure(Failure::TooManyRequests { retry_after: 1 }));
            }
            Some(_) => {
                {
                    let mut model = self.model();
                    model.trouble.chaos += 1;
                    model.trouble.stalls += 1;
                }
                tokio::time::sleep(Duration::from_secs(3)).await;
            }
            None => {}
        }
        let mut model = self.model();
        let limits = model.limits?;
        let now = Instant::now();
        while model
            .recent_sends
            .front()
            .is_some_and(|t| *t + Duration::from_secs(1) <= now)
        {
            model.recent_sends.pop_front();
        }
        let per_chat = chat.zip(limits.per_chat).and_then(|(chat, gap)| {
            let last = *model.last_send_to.get(&chat)?;
            (last + gap > now).then_some(last + gap - now)
        });
        let overall = (model.recent_sends.len() >= limits.overall)
            .then(|| model.recent_sends[0] + Duration::from_secs(1) - now);
        if let Some(wait) = per_chat.max(overall) {
            model.trouble.rate_limited += 1;
            let retry_after = wait.as_secs_f64().ceil().max(1.0) as u32;
            return Some(Answer::failure(Failure::TooManyRequests { retry_after }));
        }
        model.recent_sends.push_back(now);
        if let Some(chat) = chat {
            model.last_send_to.insert(chat, now);
        }
        None
    }

    /// From now on every call to this person's chat answers 403, as when they blocked the bot.
    pub fn block(&self, user: i64) {
        self.model().blocked.insert(user);
    }

    /// The next call of `method` (to `chat`, if given) fails this way; several calls to this
    /// queue several failures, used in order.
    pub fn fail_next(&self, method: &str, chat: Option<i64>, failure: Failure) {
        self.model()
            .failures
            .push((method.to_ascii_lowercase(), chat, failure));
    }

    /// Queues an update and wakes a waiting `getUpdates`; returns its id. With a webhook
    /// set, the update is POSTed to it instead, with the secret token's header.
    pub fn push_update(&self, mut update: Value) -> i64 {
        let (id, webhook) = {
            let mut model = self.model();
            let id = model.next_update_id;
            model.next_update_id += 1;
            update["update_id"] = json!(id);
            let webhook = model.webhook.clone();
            if webhook.is_none() {
                model.updates.push_back((id, update.clone()));
            }
            (id, webhook)
        };
        match webhook {
            None => self.inner.updates.notify_waiters(),
            Some((url, secret)) => {
                let fake = self.clone();
                // Telegram retries an update the webhook did not take (no answer or a 5xx)
                // until it does; here a few times, a tenth of a second apart.
                tokio::spawn(async move {
                    for _ in 0..50 {
                        let status = post_json(&url, secret.as_deref(), &update).await;
                        fake.model().webhook_answers.push(status);
                        if !(status == 0 || status >= 500) {
                            break;
                        }
                        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                    }
                });
            }
        }
        id
    }

    /// The webhook the bot set, and its secret token.
    pub fn webhook(&self) -> Option<(String, Option<String>)> {
        self.model().webhook.clone()
    }

    /// The HTTP status of each update POSTed to the webhook so far.
    pub fn webhook_answers(&self) -> Vec<u16> {
        self.model().webhook_answers.clone()
    }

    /// The person writes a text (a command if it starts with `/`); returns its message id.
    pub fn user_writes(&self, user: &User, text: &str) -> i64 {
        let mut message = self.user_message(user);
        message["text"] = json!(text);
        if text.starts_with('/') {
            let length: usize = text
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .chars()
                .map(char::len_utf16)
                .sum();
            message["entities"] = json!([{"type": "bot_command", "offset": 0, "length": length}]);
        }
        self.post_user_message(user, message, Kind::Text, text)
    }

    /// The person sends a photo (with a caption); the fake keeps its bytes for `getFile`.
    pub fn user_sends_photo(&self, user: &User, bytes: &[u8], caption: &str) -> i64 {
        let (file_id, unique) = self.store_file("photos", "jpg", bytes);
        let mut message = self.user_message(user);
        message["photo"] = json!([
            {"file_id": format!("{file_id}-small"), "file_unique_id": format!("{unique}s"), "width": 90, "height": 90, "file_size": 1},
            {"file_id": file_id, "file_unique_id": unique, "width": 800, "height": 600, "file_size": bytes.len()}
        ]);
        if !caption.is_empty() {
            message["caption"] = json!(caption);
        }
        self.post_user_message(user, message, Kind::Photo, caption)
    }

    /// The person sends a voice note; the fake keeps its bytes for `getFile`.
    pub fn user_sends_voice(&self, user: &User, bytes: &[u8]) -> i64 {
        let (file_id, unique) = self.store_file("voice", "oga", bytes);
        let mut message = self.user_message(user);
        message["voice"] = json!({"file_id": file_id, "file_unique_id": unique, "duration": 3, "mime_type": "audio/ogg", "file_size": bytes.len()});
        self.post_user_message(user, message, Kind::Voice, "")
    }

    fn store_file(&self, folder: &str, ext: &str, bytes: &[u8]) -> (String, String) {
        let mut model = self.model();
        model.next_file += 1;
        let n = model.next_file;
        let file_id = format!("file-{n}");
        model.files.insert(
            file_id.clone(),
            StoredFile {
                path: format!("{folder}/file_{n}.{ext}"),
                bytes: bytes.to_vec(),
            },
        );
        (file_id, format!("unique-{n}"))
    }

    fn user_message(&self, user: &User) -> Value {
        json!({
            "message_id": 0,
            "from": user.json(),
            "chat": user.chat_json(),
            "date": unix_now(),
        })
    }

    fn post_user_message(&self, user: &User, mut message: Value, kind: Kind, text: &str) -> i64 {
        let id = {
            let mut model = self.model();
            model.users.insert(user.id, user.clone());
            let id = model.next_message_id;
            model.next_message_id += 1;
            message["message_id"] = json!(id);
            model
                .chats
                .entry(user.id)
                .or_default()
                .messages
                .push(ChatMessage {
                    id,
                    from_bot: false,
                    kind,
                    text: text.to_owned(),
                    buttons: vec![],
                    edits: 0,
                    json: message.clone(),
                });
            id
        };
        self.push_update(json!({"message": message}));
        id
    }

    /// The person presses a button of one of the bot's messages; returns the callback query id.
    pub fn user_presses(&self, user: &User, message_id: i64, data: &str) -> String {
        let (query, message) = {
            let mut model = self.model();
            model.next_query += 1;
            let query = format!("query-{}", model.next_query);
            model.queries.insert(query.clone(), false);
            let message = model
                .chats
                .get(&user.id)
                .and_then(|chat| chat.messages.iter().find(|m| m.id == message_id))
                .map(|m| m.json.clone())
                .expect("the pressed message is in the chat");
            (query, message)
        };
        self.push_update(json!({"callback_query": {
            "id": query,
            "from": user.json(),
            "message": message,
            "chat_instance": format!("instance-{}", user.id),
            "data": data,
        }}));
        query
    }

    /// The messages of a chat, oldest first.
    pub fn messages(&self, chat: i64) -> Vec<ChatMessage> {
        self.model()
            .chats
            .get(&chat)
            .map(|chat| chat.messages.clone())
            .unwrap_or_default()
    }

    /// Every call so far, in the order the fake answered them.
    pub fn calls(&self) -> Vec<Call> {
        self.model().calls.clone()
    }

    /// The command menus registered, by language code ("" for the default).
    pub fn commands(&self) -> HashMap<String, Vec<(String, String)>> {
        self.model().commands.clone()
    }

    /// Whether the callback query was answered.
    pub fn answered(&self, query: &str) -> bool {
        self.model().queries.get(query).copied().unwrap_or(false)
    }

    /// Updates not yet confirmed by a `getUpdates` with a higher offset.
    pub fn pending_updates(&self) -> usize {
        self.model().updates.len()
    }

    /// Waits until `ready` holds for the calls so far, or panics after `timeout`.
    pub async fn wait_for<T>(
        &self,
        timeout: Duration,
        mut ready: impl FnMut(&[Call]) -> Option<T>,
    ) -> T {
        let mut changed = self.inner.changed.subscribe();
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            changed.borrow_and_update();
            if let Some(found) = ready(&self.model().calls) {
                return found;
            }
            if tokio::time::timeout_at(deadline, changed.changed())
                .await
                .is_err()
            {
                let calls = self.calls();
                let last: Vec<_> = calls.iter().rev().take(10).collect();
                panic!(
                    "the bot did not do what was expected within {timeout:?}; its last calls: {last:#?}"
                );
            }
        }
    }

    /// How many texts the bot has sent or edited in a chat so far.
    pub fn reply_count(&self, chat: i64) -> usize {
        self.model().replies.get(&chat).map_or(0, Vec::len)
    }

    /// Waits until the bot has sent or edited `count` texts in a chat, and returns when each
    /// arrived; `None` after `timeout`.
    pub async fn replies(
        &self,
        chat: i64,
        count: usize,
        timeout: Duration,
    ) -> Option<Vec<Instant>> {
        let waiter = self
            .model()
            .reply_waiters
            .entry(chat)
            .or_insert_with(|| Arc::new(Notify::new()))
            .clone();
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = waiter.notified();
            let mut notified = std::pin::pin!(notified);
            notified.as_mut().enable();
            if let Some(times) = self.model().replies.get(&chat).filter(|t| t.len() >= count) {
                return Some(times.clone());
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                return None;
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

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// An answer as Telegram gives it.
struct Answer {
    status: StatusCode,
    body: Value,
    /// An HTML page instead of JSON, as a proxy in front of Telegram gives on a 502.
    html: Option<&'static str>,
}

impl Answer {
    fn ok(result: Value) -> Answer {
        Answer {
            status: StatusCode::OK,
            body: json!({"ok": true, "result": result}),
            html: None,
        }
    }

    fn error(status: u16, description: impl Into<String>) -> Answer {
        Answer {
            status: StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST),
            body: json!({"ok": false, "error_code": status, "description": description.into()}),
            html: None,
        }
    }

    fn html(status: u16, page: &'static str) -> Answer {
        Answer {
            status: StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY),
            body: Value::Null,
            html: Some(page),
        }
    }

    fn bad(description: impl AsRef<str>) -> Answer {
        Answer::error(400, format!("Bad Request: {}", description.as_ref()))
    }

    fn failure(failure: Failure) -> Answer {
        match failure {
            Failure::TooManyRequests { retry_after } => Answer {
                status: StatusCode::TOO_MANY_REQUESTS,
                body: json!({"ok": false, "error_code": 429,
                    "description": format!("Too Many Requests: retry after {retry_after}"),
                    "parameters": {"retry_after": retry_after}}),
                html: None,
            },
            Failure::ServerError => Answer::error(500, "Internal Server Error"),
            Failure::Blocked => Answer::error(403, "Forbidden: bot was blocked by the user"),
        }
    }
}

impl IntoResponse for Answer {
    fn into_response(self) -> Response {
        if let Some(page) = self.html {
            return (self.status, [(header::CONTENT_TYPE, "text/html")], page).into_response();
        }
        (self.status, axum::Json(self.body)).into_response()
    }
}

async fn download(
    State(fake): State<FakeTelegram>,
    Path((bot, path)): Path<(String, String)>,
) -> Response {
    let at = Instant::now();
    let bytes = if bot.starts_with("bot") {
        let model = fake.model();
        model
            .files
            .values()
            .find(|f| f.path == path)
            .map(|f| f.bytes.clone())
    } else {
        None
    };
    let status = if bytes.is_some() { 200 } else { 404 };
    fake.model().calls.push(Call {
        method: DOWNLOAD.into(),
        params: json!({ "file_path": path }),
        at,
        status,
    });
    fake.changed();
    match bytes {
        Some(bytes) => {
            ([(header::CONTENT_TYPE, "application/octet-stream")], bytes).into_response()
        }
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

async fn api(
    State(fake): State<FakeTelegram>,
    Path((bot, method)): Path<(String, String)>,
    request: Request,
) -> Answer {
    let at = Instant::now();
    let (name, answer, params) = if !bot.starts_with("bot") {
        (method, Answer::error(404, "Not Found"), Value::Null)
    } else {
        match spec::method(&method) {
            None => (method, Answer::error(404, "Not Found"), Value::Null),
            Some(method) => {
                let name = method.name.clone();
                match read_params(request).await {
                    Err(error) => (name, Answer::bad(error), Value::Null),
                    Ok((params, stringly)) => match method.check(&params, stringly) {
                        Err(error) => (name, Answer::bad(error), Value::Object(params)),
                        Ok(typed) => {
                            let answer = match fake.gate(&name, int(&typed, "chat_id")).await {
                                Some(trouble) => trouble,
                                None => fake.serve(&name, &typed).await,
                            };
                            (name, answer, Value::Object(typed))
                        }
                    },
                }
            }
        }
    };
    {
        let mut model = fake.model();
        if answer.status == StatusCode::OK
            && (name == "sendMessage" || name == "editMessageText")
            && let Some(chat) = params.get("chat_id").and_then(Value::as_i64)
        {
            // When it was served, after any stall: when the person saw it.
            model.replies.entry(chat).or_default().push(Instant::now());
            if let Some(waiter) = model.reply_waiters.get(&chat) {
                waiter.notify_waiters();
            }
        }
        model.calls.push(Call {
            method: name,
            params,
            at,
            status: answer.status.as_u16(),
        });
    }
    fake.changed();
    answer
}

/// The call's parameters, and whether they came as strings (form or multipart) rather than
/// typed JSON.
async fn read_params(request: Request) -> Result<(Map<String, Value>, bool), String> {
    let mut params = Map::new();
    if let Some(query) = request.uri().query() {
        for (key, value) in form_pairs(query) {
            params.insert(key, Value::String(value));
        }
    }
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    if content_type.starts_with("multipart/form-data") {
        let mut multipart = Multipart::from_request(request, &())
            .await
            .map_err(|e| format!("can't parse multipart: {e}"))?;
        while let Some(field) = multipart
            .next_field()
            .await
            .map_err(|e| format!("can't parse multipart: {e}"))?
        {
            let name = field.name().unwrap_or_default().to_owned();
            let file_name = field.file_name().map(str::to_owned);
            let bytes = field
                .bytes()
                .await
                .map_err(|e| format!("can't parse multipart: {e}"))?;
            let value = match file_name {
                Some(file_name) => json!({"uploaded": file_name, "size": bytes.len()}),
                None => Value::String(String::from_utf8_lossy(&bytes).into_owned()),
            };
            params.insert(name, value);
        }
        // An upload may be a part of its own, named by `attach://<part>` in its field.
        let names: Vec<String> = params.keys().cloned().collect();
        for name in names {
            let part = params
                .get(&name)
                .and_then(Value::as_str)
                .and_then(|v| v.strip_prefix("attach://"))
                .map(str::to_owned);
            if let Some(part) = part {
                let file = params
                    .remove(&part)
                    .filter(|f| f.get("uploaded").is_some())
                    .ok_or_else(|| format!("file part \"{part}\" is missing"))?;
                params.insert(name, file);
            }
        }
        return Ok((params, true));
    }
    let body = Bytes::from_request(request, &())
        .await
        .map_err(|e| format!("can't read the request: {e}"))?;
    if body.is_empty() {
        return Ok((params, true));
    }
    if content_type.starts_with("application/json") {
        match serde_json::from_slice::<Value>(&body) {
            Ok(Value::Object(object)) => {
                params.extend(object);
                Ok((params, false))
            }
            _ => Err("can't parse JSON object".into()),
        }
    } else if content_type.starts_with("application/x-www-form-urlencoded") {
        for (key, value) in form_pairs(&String::from_utf8_lossy(&body)) {
            params.insert(key, Value::String(value));
        }
        Ok((params, true))
    } else {
        Err("unsupported content type".into())
    }
}

fn form_pairs(text: &str) -> Vec<(String, String)> {
    text.split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(key), percent_decode(value))
        })
        .collect()
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
                match u8::from_str_radix(hex, 16) {
                    Ok(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn int(params: &Map<String, Value>, name: &str) -> Option<i64> {
    params.get(name).and_then(Value::as_i64)
}

fn text<'a>(params: &'a Map<String, Value>, name: &str) -> Option<&'a str> {
    params.get(name).and_then(Value::as_str)
}

impl FakeTelegram {
    fn bot_json() -> Value {
        json!({"id": BOT_ID, "is_bot": true, "first_name": "Velkommen", "username": "VelkommenTestBot"})
    }

    async fn serve(&self, method: &str, params: &Map<String, Value>) -> Answer {
        if method == "getUpdates" && self.model().webhook.is_some() {
            return Answer::error(
                409,
                "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
            );
        }
        if method == "getUpdates" {
            return self.get_updates(params).await;
        }
        let mut model = self.model();
        let chat = int(params, "chat_id");
        let lower = method.to_ascii_lowercase();
        if let Some(index) = model
            .failures
            .iter()
            .position(|(m, c, _)| *m == lower && (c.is_none() || *c == chat))
        {
            let (_, _, failure) = model.failures.remove(index);
            return Answer::failure(failure);
        }
        if let Some(chat) = chat {
            if model.blocked.contains(&chat) {
                return Answer::failure(Failure::Blocked);
            }
            if !model.chats.contains_key(&chat) {
                return Answer::bad("chat not found");
            }
        }
        match method {
            "getMe" => Answer::ok({
                let mut me = Self::bot_json();
                me["can_join_groups"] = json!(true);
                me["can_read_all_group_messages"] = json!(false);
                me["supports_inline_queries"] = json!(false);
                me["can_connect_to_business"] = json!(false);
                me["has_main_web_app"] = json!(false);
                me
            }),
            "getWebhookInfo" => Answer::ok(json!({
                "url": model.webhook.clone().map(|(url, _)| url).unwrap_or_default(),
                "has_custom_certificate": false,
                "pending_update_count": model.updates.len(),
            })),
            "deleteWebhook" => {
                model.webhook = None;
                Answer::ok(json!(true))
            }
            "setWebhook" => {
                let url = text(params, "url").unwrap_or_default();
                if url.is_empty() {
                    model.webhook = None;
                    return Answer::ok(json!(true));
                }
                let secret = text(params, "secret_token").map(str::to_owned);
                if let Some(secret) = &secret {
                    let allowed = secret
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
                    if !(1..=256).contains(&secret.len()) || !allowed {
                        return Answer::bad("secret token contains unallowed characters");
                    }
                }
                model.webhook = Some((url.to_owned(), secret));
                Answer::ok(json!(true))
            }
            "setMyCommands" => set_my_commands(&mut model, params),
            "answerCallbackQuery" => {
                let id = text(params, "callback_query_id").unwrap_or_default();
                match model.queries.get_mut(id) {
                    Some(answered @ false) => {
                        *answered = true;
                        Answer::ok(json!(true))
                    }
                    _ => Answer::bad(
                        "query is too old and response timeout expired or query ID is invalid",
                    ),
                }
            }
            "sendMessage" => {
                let Some(chat) = chat else {
                    return Answer::bad("chat_id is empty");
                };
                let shown = match shown_text(params, "text") {
                    Ok(shown) => shown,
                    Err(answer) => return answer,
                };
                if shown.trim().is_empty() {
                    return Answer::bad("message text is empty");
                }
                let buttons = match keyboard(params) {
                    Ok(buttons) => buttons,
                    Err(answer) => return answer,
                };
                Answer::ok(model.bot_posts(chat, Kind::Text, shown, buttons, Map::new()))
            }
            "editMessageText" => {
                let (Some(chat), Some(message_id)) = (chat, int(params, "message_id")) else {
                    return Answer::bad("message to edit not found");
                };
                let shown = match shown_text(params, "text") {
                    Ok(shown) => shown,
                    Err(answer) => return answer,
                };
                if shown.trim().is_empty() {
                    return Answer::bad("message text is empty");
                }
                let buttons = match keyboard(params) {
                    Ok(buttons) => buttons,
                    Err(answer) => return answer,
                };
                let Some(message) = model
                    .chats
                    .get_mut(&chat)
                    .and_then(|c| c.messages.iter_mut().find(|m| m.id == message_id))
                else {
                    return Answer::bad("message to edit not found");
                };
                if !message.from_bot {
                    return Answer::bad("message can't be edited");
                }
                if message.kind != Kind::Text {
                    return Answer::bad("there is no text in the message to edit");
                }
                if message.text == shown && message.buttons == buttons {
                    return Answer::bad(
                        "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
                    );
                }
                message.text = shown.clone();
                message.buttons = buttons;
                message.edits += 1;
                message.json["text"] = json!(shown);
                message.json["edit_date"] = json!(unix_now());
                match params.get("reply_markup") {
                    Some(markup) => message.json["reply_markup"] = markup.clone(),
                    None => {
                        message
                            .json
                            .as_object_mut()
                            .map(|m| m.remove("reply_markup"));
                    }
                }
                Answer::ok(message.json.clone())
            }
            "sendVenue" => {
                let Some(chat) = chat else {
                    return Answer::bad("chat_id is empty");
                };
                let buttons = match keyboard(params) {
                    Ok(buttons) => buttons,
                    Err(answer) => return answer,
                };
                let number = |name| params.get(name).and_then(Value::as_f64).unwrap_or_default();
                let (latitude, longitude) = (number("latitude"), number("longitude"));
                if !(-90.0..=90.0).contains(&latitude) || !(-180.0..=180.0).contains(&longitude) {
                    return Answer::bad("wrong latitude or longitude");
                }
                let title = text(params, "title").unwrap_or_default().to_owned();
                let address = text(params, "address").unwrap_or_default().to_owned();
                let mut extra = Map::new();
                let location = json!({"latitude": latitude, "longitude": longitude});
                extra.insert("location".into(), location.clone());
                extra.insert(
                    "venue".into(),
                    json!({"location": location, "title": title, "address": address}),
                );
                let kind = Kind::Venue {
                    title,
                    address,
                    latitude,
                    longitude,
                };
                Answer::ok(model.bot_posts(chat, kind, String::new(), buttons, extra))
            }
            "copyMessage" => {
                let Some(chat) = chat else {
                    return Answer::bad("chat_id is empty");
                };
                let (Some(from_chat), Some(message_id)) =
                    (int(params, "from_chat_id"), int(params, "message_id"))
                else {
                    return Answer::bad("message to copy not found");
                };
                let Some(original) = model
                    .chats
                    .get(&from_chat)
                    .and_then(|c| c.messages.iter().find(|m| m.id == message_id))
                    .cloned()
                else {
                    return Answer::bad("message to copy not found");
                };
                let buttons = match keyboard(params) {
                    Ok(buttons) => buttons,
                    Err(answer) => return answer,
                };
                let posted = model.bot_posts(
                    chat,
                    Kind::Copy {
                        from_chat,
                        message_id,
                    },
                    original.text,
                    buttons,
                    Map::new(),
                );
                Answer::ok(json!({"message_id": posted["message_id"]}))
            }
            "getFile" => {
                let id = text(params, "file_id").unwrap_or_default();
                match model.files.get(id) {
                    Some(file) => Answer::ok(json!({
                        "file_id": id, "file_unique_id": format!("u-{id}"),
                        "file_size": file.bytes.len(), "file_path": file.path,
                    })),
                    None => Answer::bad("invalid file_id"),
                }
            }
            "sendPhoto" | "sendVoice" | "sendDocument" => {
                let Some(chat) = chat else {
                    return Answer::bad("chat_id is empty");
                };
                let field = match method {
                    "sendPhoto" => "photo",
                    "sendVoice" => "voice",
                    _ => "document",
                };
                let Some(file) = params.get(field).and_then(|f| f.get("uploaded")) else {
                    return Answer::bad(format!("there is no {field} in the request"));
                };
                let file_name = file.as_str().unwrap_or_default().to_owned();
                let buttons = match keyboard(params) {
                    Ok(buttons) => buttons,
                    Err(answer) => return answer,
                };
                let caption = text(params, "caption").unwrap_or_default().to_owned();
                let (kind, extra) = match field {
                    "photo" => (
                        Kind::Photo,
                        json!([{"file_id": "sent", "file_unique_id": "sent", "width": 1, "height": 1}]),
                    ),
                    "voice" => (
                        Kind::Voice,
                        json!({"file_id": "sent", "file_unique_id": "sent", "duration": 1}),
                    ),
                    _ => (
                        Kind::Document {
                            file_name: file_name.clone(),
                        },
                        json!({"file_id": "sent", "file_unique_id": "sent", "file_name": file_name}),
                    ),
                };
                let mut fields = Map::new();
                fields.insert(field.into(), extra);
                Answer::ok(model.bot_posts(chat, kind, caption, buttons, fields))
            }
            "sendChatAction" | "deleteMessage" => Answer::ok(json!(true)),
            other => Answer::bad(format!("the fake does not serve {other}")),
        }
    }

    async fn get_updates(&self, params: &Map<String, Value>) -> Answer {
        let offset = int(params, "offset").unwrap_or(0);
        let limit = int(params, "limit").unwrap_or(100).clamp(1, 100) as usize;
        let timeout = Duration::from_secs(int(params, "timeout").unwrap_or(0).max(0) as u64);
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = self.inner.updates.notified();
            let mut notified = std::pin::pin!(notified);
            notified.as_mut().enable();
            {
                let mut model = self.model();
                if offset > 0 {
                    while model.updates.front().is_some_and(|(id, _)| *id < offset) {
                        model.updates.pop_front();
                    }
                }
                let ready: Vec<Value> = model
                    .updates
                    .iter()
                    .filter(|(id, _)| *id >= offset)
                    .take(limit)
                    .map(|(_, update)| update.clone())
                    .collect();
                if !ready.is_empty() || tokio::time::Instant::now() >= deadline {
                    return Answer::ok(Value::Array(ready));
                }
            }
            let _ = tokio::time::timeout_at(deadline, notified).await;
        }
    }
}

impl Model {
    fn bot_posts(
        &mut self,
        chat: i64,
        kind: Kind,
        text: String,
        buttons: Vec<Vec<Button>>,
        extra: Map<String, Value>,
    ) -> Value {
        let id = self.next_message_id;
        self.next_message_id += 1;
        let user = self.users.get(&chat).cloned().unwrap_or(User {
            id: chat,
            first_name: "someone".into(),
            language_code: None,
        });
        let mut message = json!({
            "message_id": id,
            "from": FakeTelegram::bot_json(),
            "chat": user.chat_json(),
            "date": unix_now(),
        });
        if kind == Kind::Text {
            message["text"] = json!(text);
        } else if !text.is_empty() {
            message["caption"] = json!(text);
        }
        if !buttons.is_empty() {
            message["reply_markup"] = json!({"inline_keyboard": buttons.iter().map(|row| row.iter().map(|b| json!({"text": b.label, "callback_data": b.data})).collect::<Vec<_>>()).collect::<Vec<_>>()});
        }
        if let Some(fields) = message.as_object_mut() {
            fields.extend(extra);
        }
        self.chats
            .entry(chat)
            .or_default()
            .messages
            .push(ChatMessage {
                id,
                from_bot: true,
                kind,
                text,
                buttons,
                edits: 0,
                json: message.clone(),
            });
        message
    }
}

/// The text as the person will see it, checked as Telegram checks it.
fn shown_text(params: &Map<String, Value>, name: &str) -> Result<String, Answer> {
    let raw = text(params, name).unwrap_or_default();
    let shown = match text(params, "parse_mode") {
        None => raw.to_owned(),
        Some(mode) if mode.eq_ignore_ascii_case("html") => html::parse(raw)
            .map_err(|error| Answer::bad(format!("can't parse entities: {error}")))?,
        Some(other) => return Err(Answer::bad(format!("unsupported parse_mode {other}"))),
    };
    if shown.chars().map(char::len_utf16).sum::<usize>() > MAX_TEXT {
        return Err(Answer::bad("message is too long"));
    }
    Ok(shown)
}

/// The buttons of an inline keyboard, checked as Telegram checks them.
fn keyboard(params: &Map<String, Value>) -> Result<Vec<Vec<Button>>, Answer> {
    let Some(markup) = params.get("reply_markup") else {
        return Ok(vec![]);
    };
    let Some(rows) = markup.get("inline_keyboard").and_then(Value::as_array) else {
        return Err(Answer::bad("reply markup is not an inline keyboard"));
    };
    let mut keyboard = vec![];
    for row in rows {
        let Some(row) = row.as_array() else {
            return Err(Answer::bad(
                "field \"inline_keyboard\" must be an Array of Array",
            ));
        };
        let mut buttons = vec![];
        for button in row {
            let label = button
                .get("text")
                .and_then(Value::as_str)
                .unwrap_or_default();
            if label.trim().is_empty() {
                return Err(Answer::bad("BUTTON_TEXT_INVALID"));
            }
            let Some(data) = button.get("callback_data").and_then(Value::as_str) else {
                return Err(Answer::bad("the fake only knows callback buttons"));
            };
            if data.is_empty() || data.len() > 64 {
                return Err(Answer::bad("BUTTON_DATA_INVALID"));
            }
            buttons.push(Button {
                label: label.to_owned(),
                data: data.to_owned(),
            });
        }
        keyboard.push(buttons);
    }
    Ok(keyboard)
}

fn set_my_commands(model: &mut Model, params: &Map<String, Value>) -> Answer {
    let Some(commands) = params.get("commands").and_then(Value::as_array) else {
        return Answer::bad("commands must be an array");
    };
    let mut menu = vec![];
    for command in commands {
        let name = command
            .get("command")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let description = command
            .get("description")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let valid_name = (1..=32).contains(&name.len())
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !valid_name {
            return Answer::bad("BOT_COMMAND_INVALID");
        }
        if !(1..=256).contains(&description.chars().count()) {
            return Answer::bad("BOT_COMMAND_DESCRIPTION_INVALID");
        }
        menu.push((name.to_owned(), description.to_owned()));
    }
    let lang = text(params, "language_code").unwrap_or_default().to_owned();
    if !(lang.is_empty() || (lang.len() == 2 && lang.chars().all(|c| c.is_ascii_lowercase()))) {
        return Answer::bad("invalid language code");
    }
    model.commands.insert(lang, menu);
    Answer::ok(json!(true))
}

/// POSTs `body` as JSON to an `http://` URL, as Telegram posts an update to a webhook, with
/// the secret token's header when there is one. Returns the HTTP status (0 if none came).
pub async fn post_json(url: &str, secret: Option<&str>, body: &Value) -> u16 {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let Some(rest) = url.strip_prefix("http://") else {
        return 0;
    };
    let (host, path) = rest
        .split_once('/')
        .map_or((rest, "/".to_owned()), |(h, p)| (h, format!("/{p}")));
    let Ok(mut stream) = tokio::net::TcpStream::connect(host).await else {
        return 0;
    };
    let body = body.to_string();
    let header = secret.map_or(String::new(), |s| {
        format!("X-Telegram-Bot-Api-Secret-Token: {s}\r\n")
    });
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n{header}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    if stream.write_all(request.as_bytes()).await.is_err() {
        return 0;
    }
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer).await;
    answer
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}
