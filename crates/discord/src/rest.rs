//! The Discord REST calls the front door makes, within Discord's limits.
//!
//! Serenity's own HTTP client is built with its rate limiter off, because with it on serenity
//! ignores the proxy setting that points it at `DISCORD_API_URL`; and its errors drop the
//! `retry_after` of a 429 and the rate-limit headers. So the adapter makes its calls here, with
//! its own limiter: at most 50 requests a second overall, the per-route buckets Discord
//! announces in `X-RateLimit-*` headers, and a 429's `retry_after` held by every later call on
//! the same route (or on all routes, for a global limit).

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::Duration;

use serde_json::Value;
use tokio::time::Instant;

/// Discord's own API, when `DISCORD_API_URL` is not set.
pub const DISCORD: &str = "https://discord.com";
/// The API version every path is under.
pub const API_PATH: &str = "/api/v10";
/// Requests a bot may make per second across all routes.
pub const GLOBAL_PER_SECOND: usize = 50;

/// Why a call did not succeed.
#[derive(Debug, thiserror::Error)]
pub enum RestError {
    /// 429: wait this long before the route (or, if `global`, anything) may be called again.
    #[error("rate limited: retry after {retry_after:?}")]
    RateLimited { retry_after: Duration, global: bool },
    /// Any other answer that is not a success, with Discord's JSON error code (0 if none).
    #[error("Discord answered {status}: {code} {message}")]
    Discord {
        status: u16,
        code: i64,
        message: String,
    },
    #[error("network: {0}")]
    Network(String),
}

impl RestError {
    /// Discord's code for "Cannot send messages to this user": DMs closed, or no shared server.
    pub const CANNOT_MESSAGE_USER: i64 = 50007;
    /// Discord's code for "Unknown User".
    pub const UNKNOWN_USER: i64 = 10013;

    pub fn code(&self) -> Option<i64> {
        match self {
            RestError::Discord { code, .. } => Some(*code),
            _ => None,
        }
    }
}

/// A file to upload with a message.
#[derive(Debug, Clone)]
pub struct Upload {
    pub name: String,
    pub mime: String,
    pub bytes: Vec<u8>,
}

/// A bucket's state as the last answer on its route announced it.
#[derive(Debug, Clone, Copy)]
struct Bucket {
    remaining: u64,
    reset_at: Instant,
}

#[derive(Default)]
struct Limiter {
    /// When each of the last [`GLOBAL_PER_SECOND`] requests started.
    recent: VecDeque<Instant>,
    /// No request at all before this (a global 429).
    global_until: Option<Instant>,
    /// Per route: the bucket it is in, as `X-RateLimit-Bucket` named it (or the route itself).
    bucket_of: HashMap<String, String>,
    buckets: HashMap<String, Bucket>,
}

impl Limiter {
    /// When a request on `route` may start, noting it as started if that is now.
    fn reserve(&mut self, route: &str, now: Instant) -> Option<Instant> {
        let mut at = now;
        if let Some(until) = self.global_until {
            at = at.max(until);
        }
        while self
            .recent
            .front()
            .is_some_and(|t| *t + Duration::from_secs(1) <= now)
        {
            self.recent.pop_front();
        }
        if self.recent.len() >= GLOBAL_PER_SECOND {
            at = at.max(self.recent[0] + Duration::from_secs(1));
        }
        let key = self.bucket_key(route);
        if let Some(bucket) = self.buckets.get(&key)
            && bucket.remaining == 0
            && bucket.reset_at > now
        {
            at = at.max(bucket.reset_at);
        }
        if at > now {
            return Some(at);
        }
        self.recent.push_back(now);
        if let Some(bucket) = self.buckets.get_mut(&key) {
            if bucket.reset_at <= now {
                self.buckets.remove(&key);
            } else {
                bucket.remaining = bucket.remaining.saturating_sub(1);
            }
        }
        None
    }

    fn bucket_key(&self, route: &str) -> String {
        self.bucket_of
            .get(route)
            .map_or_else(|| route.to_owned(), |b| format!("{b}:{}", major(route)))
    }

    fn learn(&mut self, route: &str, headers: &reqwest::header::HeaderMap, now: Instant) {
        let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
        if let Some(bucket) = header("x-ratelimit-bucket") {
            self.bucket_of.insert(route.to_owned(), bucket.to_owned());
        }
        let remaining = header("x-ratelimit-remaining").and_then(|v| v.parse::<u64>().ok());
        let reset_after = header("x-ratelimit-reset-after").and_then(|v| v.parse::<f64>().ok());
        if let (Some(remaining), Some(reset_after)) = (remaining, reset_after) {
            let key = self.bucket_key(route);
            self.buckets.insert(
                key,
                Bucket {
                    remaining,
                    reset_at: now + seconds(reset_after),
                },
            );
        }
    }

    fn hold(&mut self, route: &str, until: Instant, global: bool) {
        if global {
            self.global_until = Some(self.global_until.map_or(until, |t| t.max(until)));
        } else {
            let key = self.bucket_key(route);
            self.buckets.insert(
                key,
                Bucket {
                    remaining: 0,
                    reset_at: until,
                },
            );
        }
    }
}

fn seconds(value: f64) -> Duration {
    Duration::from_secs_f64(value.clamp(0.0, 3600.0))
}

/// The route a path belongs to for rate limits: ids of messages and interactions, and
/// interaction tokens, are left out; channel, guild and webhook ids (the major parameters)
/// stay in.
pub fn route(method: &reqwest::Method, path: &str) -> String {
    let mut out = vec![];
    let mut previous = "";
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        let minor = matches!(previous, "messages" | "interactions")
            && segment.chars().all(|c| c.is_ascii_digit());
        let token = out.last().is_some_and(|s| s == "{interaction}");
        out.push(if minor {
            format!("{{{}}}", previous.trim_end_matches('s'))
        } else if token {
            "{token}".to_owned()
        } else {
            segment.to_owned()
        });
        previous = segment;
    }
    format!("{method} /{}", out.join("/"))
}

/// The major parameter of a route (its channel, guild or webhook), for bucket keys.
fn major(route: &str) -> String {
    let mut parts = route.split('/');
    while let Some(part) = parts.next() {
        if matches!(part, "channels" | "guilds" | "webhooks") {
            return parts.next().unwrap_or_default().to_owned();
        }
    }
    String::new()
}

/// Discord's REST API, for one bot.
pub struct Rest {
    client: reqwest::Client,
    base: String,
    authorization: String,
    limiter: Mutex<Limiter>,
}

impl std::fmt::Debug for Rest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rest").field("base", &self.base).finish()
    }
}

impl Rest {
    /// A client for the API at `base` (such as `https://discord.com`), speaking as the bot.
    pub fn new(base: &str, token: &str) -> Rest {
        let client = reqwest::Client::builder()
            .user_agent("DiscordBot (https://github.com/velkommen, 0.1) Velkommen")
            .timeout(Duration::from_secs(30))
            .build()
            .expect("a reqwest client with rustls builds");
        Rest {
            client,
            base: format!("{}{API_PATH}", base.trim_end_matches('/')),
            authorization: format!("Bot {token}"),
            limiter: Mutex::new(Limiter::default()),
        }
    }

    fn limiter(&self) -> std::sync::MutexGuard<'_, Limiter> {
        self.limiter.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Waits until `route` may be called.
    async fn wait_turn(&self, route: &str) {
        loop {
            let at = self.limiter().reserve(route, Instant::now());
            match at {
                None => return,
                Some(at) => tokio::time::sleep_until(at).await,
            }
        }
    }

    /// Calls the API with a JSON body (or none), returning the JSON answer (`Null` for 204).
    pub async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<&Value>,
    ) -> Result<Value, RestError> {
        self.send(method, path, body, &[]).await
    }

    /// Calls the API; with files, the body goes as `payload_json` in a multipart form.
    pub async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<&Value>,
        files: &[Upload],
    ) -> Result<Value, RestError> {
        let route = route(&method, path);
        self.wait_turn(&route).await;
        let mut request = self
            .client
            .request(method, format!("{}{path}", self.base))
            .header(reqwest::header::AUTHORIZATION, &self.authorization);
        if files.is_empty() {
            if let Some(body) = body {
                request = request.json(body);
            }
        } else {
            let mut form = reqwest::multipart::Form::new().text(
                "payload_json",
                body.map(Value::to_string).unwrap_or_else(|| "{}".into()),
            );
            for (index, file) in files.iter().enumerate() {
                let part = reqwest::multipart::Part::bytes(file.bytes.clone())
                    .file_name(file.name.clone())
                    .mime_str(&file.mime)
                    .or_else(|_| {
                        reqwest::multipart::Part::bytes(file.bytes.clone())
                            .file_name(file.name.clone())
                            .mime_str("application/octet-stream")
                    })
                    .map_err(|e| RestError::Network(e.to_string()))?;
                form = form.part(format!("files[{index}]"), part);
            }
            request = request.multipart(form);
        }
        let response = request
            .send()
            .await
            .map_err(|e| RestError::Network(e.without_url().to_string()))?;
        let status = response.status();
        let now = Instant::now();
        self.limiter().learn(&route, response.headers(), now);
        let global_header = response.headers().contains_key("x-ratelimit-global");
        let text = response
            .text()
            .await
            .map_err(|e| RestError::Network(e.without_url().to_string()))?;
        let json: Value = if text.trim().is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or(Value::Null)
        };
        if status.as_u16() == 429 {
            let retry_after = seconds(json["retry_after"].as_f64().unwrap_or(1.0));
            let global = global_header || json["global"].as_bool().unwrap_or(false);
            self.limiter().hold(&route, now + retry_after, global);
            return Err(RestError::RateLimited {
                retry_after,
                global,
            });
        }
        if !status.is_success() {
            return Err(RestError::Discord {
                status: status.as_u16(),
                code: json["code"].as_i64().unwrap_or(0),
                message: json["message"].as_str().unwrap_or_default().to_owned(),
            });
        }
        Ok(json)
    }

    /// Downloads an attachment a person sent (from Discord's CDN, or wherever its URL points),
    /// refusing more than `max` bytes.
    pub async fn download(&self, url: &str, max: u64) -> anyhow::Result<Vec<u8>> {
        use anyhow::Context;
        let response = self
            .client
            .get(url)
            .send()
            .await
            .map_err(|e| anyhow::anyhow!("{}", e.without_url()))
            .context("while downloading an attachment")?;
        anyhow::ensure!(
            response.status().is_success(),
            "the attachment could not be downloaded: {}",
            response.status()
        );
        if response.content_length().is_some_and(|n| n > max) {
            anyhow::bail!("the attachment is larger than {max} bytes");
        }
        let bytes = response
            .bytes()
            .await
            .map_err(|e| anyhow::anyhow!("{}", e.without_url()))
            .context("while downloading an attachment")?;
        anyhow::ensure!(
            bytes.len() as u64 <= max,
            "the attachment is larger than {max} bytes"
        );
        Ok(bytes.to_vec())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_keep_major_ids_and_drop_minor_ones() {
        let post = reqwest::Method::POST;
        assert_eq!(
            route(&post, "/channels/12/messages"),
            "POST /channels/12/messages"
        );
        assert_eq!(
            route(&reqwest::Method::PATCH, "/channels/12/messages/99"),
            "PATCH /channels/12/messages/{message}"
        );
        assert_eq!(
            route(&post, "/interactions/55/abc.def/callback"),
            "POST /interactions/{interaction}/{token}/callback"
        );
    }

    #[test]
    fn no_more_than_fifty_requests_start_within_a_second() {
        let mut limiter = Limiter::default();
        let t0 = Instant::now();
        for n in 0..GLOBAL_PER_SECOND {
            assert_eq!(limiter.reserve(&format!("GET /r{n}"), t0), None);
        }
        assert_eq!(
            limiter.reserve("GET /other", t0),
            Some(t0 + Duration::from_secs(1))
        );
    }

    #[test]
    fn an_empty_bucket_waits_for_its_reset_and_a_429_holds_its_route() {
        let mut limiter = Limiter::default();
        let t0 = Instant::now();
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert("x-ratelimit-bucket", "abc".parse().unwrap());
        headers.insert("x-ratelimit-remaining", "0".parse().unwrap());
        headers.insert("x-ratelimit-reset-after", "2.5".parse().unwrap());
        limiter.learn("POST /channels/1/messages", &headers, t0);
        assert_eq!(
            limiter.reserve("POST /channels/1/messages", t0),
            Some(t0 + Duration::from_millis(2500))
        );
        assert_eq!(limiter.reserve("POST /channels/2/messages", t0), None);
        limiter.hold(
            "POST /channels/3/messages",
            t0 + Duration::from_secs(4),
            false,
        );
        assert_eq!(
            limiter.reserve("POST /channels/3/messages", t0),
            Some(t0 + Duration::from_secs(4))
        );
        limiter.hold("any", t0 + Duration::from_secs(1), true);
        assert_eq!(
            limiter.reserve("GET /gateway", t0),
            Some(t0 + Duration::from_secs(1))
        );
    }
}
