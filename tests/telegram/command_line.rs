use std::process::Stdio;

use crate::helpers::fake_and_db;

#[tokio::test]
async fn run_without_a_token_says_what_to_set_and_fails() {
    let bot = fake_and_db().await;
    let output = bot
        .command()
        .env_remove("TELEGRAM_BOT_TOKEN")
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(stderr.contains("TELEGRAM_BOT_TOKEN"), "{stderr}");
    assert!(bot.fake.calls().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_stops_the_bot_cleanly_and_confirms_the_updates_it_handled() {
    let mut bot = crate::helpers::spawn_bot().await;
    let amal = bot.user(501, "Amal", "ar");
    amal.says("/start").await;

    let (status, stderr) = bot.terminate().await;

    assert!(status.success(), "the bot ended with {status}: {stderr}");
    assert!(!stderr.contains("ERROR"), "{stderr}");
    assert!(
        !stderr.contains("SECRET"),
        "the token reached the log: {stderr}"
    );
    assert_eq!(
        bot.fake.pending_updates(),
        0,
        "a handled update would come again"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_token_is_said_clearly() {
    let bot = fake_and_db().await;
    let output = bot
        .command()
        .env(
            "TELEGRAM_API_URL",
            format!("{}nothing-here/", bot.fake.url()),
        )
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(stderr.contains("getMe"), "{stderr}");
}
