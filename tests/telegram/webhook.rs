//! Webhook mode: the bot sets its webhook with a secret token, Telegram POSTs updates to it,
//! and a POST without the secret is refused.

use std::time::{Duration, Instant};

use serde_json::json;
use velkommen_telegram_fake::post_json;

use crate::helpers::{STEP_TIMEOUT, fake_and_db};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn updates_posted_with_the_secret_are_answered_and_others_refused() {
    let mut bot = fake_and_db().await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap();
    let url: &'static str = Box::leak(format!("http://127.0.0.1:{port}/telegram").into_boxed_str());
    let listen: &'static str = Box::leak(format!("127.0.0.1:{port}").into_boxed_str());
    bot.env.push(("TELEGRAM_WEBHOOK_URL", url));
    bot.env.push(("TELEGRAM_WEBHOOK_LISTEN", listen));
    bot.start_until("setWebhook").await;

    // The webhook is set to our URL with a secret token.
    let (set, secret) = bot.fake.webhook().expect("the bot set a webhook");
    assert_eq!(set, url);
    let secret = secret.expect("a secret token with the webhook");
    assert!(
        secret.len() >= 32,
        "a secret no one guesses: {} characters",
        secret.len()
    );

    // An update without the secret, or with another, is refused, and nothing is answered.
    // Until the bot's webhook routes are in place the listener answers 503, which Telegram
    // retries, so the test waits past that too.
    let forged = json!({"update_id": 1, "message": {"message_id": 1, "date": 0,
        "chat": {"id": 666, "type": "private", "first_name": "Mallory"},
        "from": {"id": 666, "is_bot": false, "first_name": "Mallory"}, "text": "hi"}});
    let started = Instant::now();
    let refused = loop {
        let status = post_json(url, None, &forged).await;
        if !matches!(status, 0 | 503) || started.elapsed() > STEP_TIMEOUT {
            break status;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(refused, 401);
    assert_eq!(post_json(url, Some("not-the-secret"), &forged).await, 401);

    // A person's message comes by the webhook, with the secret, and is answered.
    let amal = bot.user(5151, "Amal", "ar");
    let picker = amal.says("مرحبا").await;
    assert!(!picker.text().is_empty());
    assert!(bot.fake.webhook_answers().contains(&200));
    assert!(
        !bot.fake
            .calls()
            .iter()
            .any(|c| c.is("sendMessage") && c.chat_id() == Some(666)),
        "the forged update got no answer"
    );
    let (status, stderr) = bot.terminate().await;
    assert!(status.success(), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_webhook_shares_the_web_pages_listener_and_still_checks_its_secret() {
    use crate::operations::{free_port, get, get_with};
    let mut bot = fake_and_db().await;
    let port = free_port();
    let base: &'static str = Box::leak(format!("http://127.0.0.1:{port}").into_boxed_str());
    let url: &'static str = Box::leak(format!("{base}/telegram").into_boxed_str());
    let listen: &'static str = Box::leak(format!("127.0.0.1:{port}").into_boxed_str());
    bot.env.push(("VELKOMMEN_WEB_URL", base));
    bot.env.push(("VELKOMMEN_WEB_LISTEN", listen));
    bot.env.push(("VELKOMMEN_HTTP_LISTEN", listen));
    bot.env.push(("TELEGRAM_WEBHOOK_URL", url));
    bot.env.push(("TELEGRAM_WEBHOOK_LISTEN", listen));

    // The operations routes join the public listener only behind a bearer token.
    let output = bot.command().output().expect("the binary runs");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("set VELKOMMEN_HTTP_TOKEN"), "{stderr}");
    bot.env
        .push(("VELKOMMEN_HTTP_TOKEN", "ops-token-0123456789"));
    bot.start_until("setWebhook").await;
    let (set, secret) = bot.fake.webhook().expect("the bot set a webhook");
    assert_eq!(set, url);
    assert!(secret.is_some_and(|s| s.len() >= 32));

    // One port: the page, the operations routes and the webhook.
    let (status, css) = tokio::task::spawn_blocking(move || get(port, "/static/style.css"))
        .await
        .unwrap();
    assert_eq!(status, 200, "the page is served");
    assert!(css.contains("body"));
    let (status, _) = tokio::task::spawn_blocking(move || get(port, "/healthz"))
        .await
        .unwrap();
    assert_eq!(status, 401, "the operations routes ask for the token");
    let (status, _) = tokio::task::spawn_blocking(move || {
        get_with(port, "/metrics", &["Authorization: Bearer not-the-token"])
    })
    .await
    .unwrap();
    assert_eq!(status, 401);
    let (status, _) = tokio::task::spawn_blocking(move || {
        get_with(
            port,
            "/healthz",
            &["Authorization: Bearer ops-token-0123456789"],
        )
    })
    .await
    .unwrap();
    assert_eq!(status, 200, "and answer with it");

    let forged = json!({"update_id": 1, "message": {"message_id": 1, "date": 0,
        "chat": {"id": 666, "type": "private", "first_name": "Mallory"},
        "from": {"id": 666, "is_bot": false, "first_name": "Mallory"}, "text": "hi"}});
    let started = Instant::now();
    let refused = loop {
        let status = post_json(url, None, &forged).await;
        if status == 401 || started.elapsed() > STEP_TIMEOUT {
            break status;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(refused, 401, "no secret, no update");
    assert_eq!(post_json(url, Some("not-the-secret"), &forged).await, 401);

    let amal = bot.user(5152, "Amal", "ar");
    let picker = amal.says("مرحبا").await;
    assert!(
        !picker.text().is_empty(),
        "answered through the shared listener"
    );
    assert!(bot.fake.webhook_answers().contains(&200));
    assert!(
        !bot.fake
            .calls()
            .iter()
            .any(|c| c.is("sendMessage") && c.chat_id() == Some(666)),
        "the forged update got no answer"
    );
    let (status, stderr) = bot.terminate().await;
    assert!(status.success(), "{stderr}");
}
