//! Runs the `velkommen` binary against a fake Discord (REST and gateway) on 127.0.0.1 — and,
//! for the cross-platform tests, a fake Telegram beside it — each test with its own fakes and
//! its own fresh database file, and talks to it as Discord users.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use velkommen_core::{Action, Store};
use velkommen_discord_fake::{Call, ChatMessage, FakeDiscord, User};
use velkommen_telegram_fake::FakeTelegram;

/// The bot token in the tests; it must never show in the logs.
pub const TOKEN: &str = "MTAwMDAw.discord-SECRET-token";
pub const TELEGRAM_TOKEN: &str = "4200000001:AAtest-SECRET-token";
/// How long the bot may take to answer before a test gives up.
pub const STEP_TIMEOUT: Duration = Duration::from_secs(20);
/// How long without a call counts as the bot having finished answering.
const QUIET: Duration = Duration::from_millis(250);

pub struct TestBot {
    pub fake: FakeDiscord,
    pub telegram: Option<FakeTelegram>,
    dir: tempfile::TempDir,
    pub db: PathBuf,
    child: Option<Child>,
    env: Vec<(String, String)>,
}

/// A fake Discord, a fresh database, and `velkommen run` on them, connected to the gateway
/// with its commands registered.
pub async fn spawn_bot() -> TestBot {
    spawn(false, &[]).await
}

/// A fake Discord and the bot on it alone, with `env` set.
pub async fn spawn_bot_with(env: &[(&str, &str)]) -> TestBot {
    spawn(false, env).await
}

/// The same with a fake Telegram beside it and both front doors running, with `env` set.
pub async fn spawn_both(env: &[(&str, &str)]) -> TestBot {
    spawn(true, env).await
}

async fn spawn(telegram: bool, env: &[(&str, &str)]) -> TestBot {
    let fake = FakeDiscord::start().await;
    let telegram = if telegram {
        Some(FakeTelegram::start().await)
    } else {
        None
    };
    let dir = tempfile::tempdir().expect("a temporary folder");
    let db = dir.path().join("velkommen.db");
    let mut bot = TestBot {
        fake,
        telegram,
        dir,
        db,
        child: None,
        env: env
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect(),
    };
    bot.start().await;
    bot
}

impl TestBot {
    /// `velkommen run` on this test's database, pointed at the fakes, with none of the
    /// developer's own settings.
    pub fn command(&self) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_velkommen"));
        command.current_dir(self.dir.path());
        for (name, _) in std::env::vars() {
            if name.starts_with("VELKOMMEN_")
                || name.starts_with("TELEGRAM_")
                || name.starts_with("DISCORD_")
                || name == "RUST_LOG"
            {
                command.env_remove(name);
            }
        }
        command
            .arg("--db")
            .arg(&self.db)
            .arg("run")
            .env("DISCORD_BOT_TOKEN", TOKEN)
            .env("DISCORD_API_URL", self.fake.url());
        if let Some(telegram) = &self.telegram {
            command
                .env("TELEGRAM_BOT_TOKEN", TELEGRAM_TOKEN)
                .env("TELEGRAM_API_URL", telegram.url());
        }
        for (name, value) in &self.env {
            command.env(name, value);
        }
        command
    }

    /// Starts the bot and waits until it has identified on the gateway and registered its
    /// commands (and, with Telegram, polls for updates).
    pub async fn start(&mut self) {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.dir.path().join("stderr.log"))
            .expect("a log file");
        let child = self
            .command()
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("the velkommen binary starts");
        self.child = Some(child);
        self.fake
            .wait_for(STEP_TIMEOUT, |fake, calls| {
                (fake.gateway_stats().identifies > 0
                    && calls
                        .iter()
                        .any(|c| c.is("PUT", "/applications/{application_id}/commands") && c.ok()))
                .then_some(())
            })
            .await;
        if let Some(telegram) = &self.telegram {
            telegram
                .wait_for(STEP_TIMEOUT, |all| {
                    all.iter().any(|c| c.is("getUpdates")).then_some(())
                })
                .await;
        }
    }

    /// What the bot has logged so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("stderr.log")).unwrap_or_default()
    }

    /// The database, opened beside the running bot.
    pub async fn store(&self) -> Store {
        Store::open(&self.db)
            .await
            .expect("the test database opens")
    }

    /// A Discord user whose client reports `locale`.
    pub fn user(&self, id: u64, name: &str, locale: &str) -> Person {
        Person {
            fake: self.fake.clone(),
            user: self.fake.add_user(id, name, locale),
        }
    }
}

impl Drop for TestBot {
    fn drop(&mut self) {
        // A test that failed halfway leaves no process behind.
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// A person on Discord, talking to the bot in their DM.
pub struct Person {
    pub fake: FakeDiscord,
    pub user: User,
}

/// What the bot did in answer to one step: the DM messages it sent or edited, and the calls.
pub struct Answer {
    pub messages: Vec<ChatMessage>,
    pub calls: Vec<Call>,
}

impl Answer {
    /// Every text shown, joined.
    pub fn text(&self) -> String {
        self.messages
            .iter()
            .map(|m| m.content.as_str())
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    pub fn shows(&self, expected: &str) -> bool {
        self.text().contains(expected)
    }

    /// Whether the step posted a new message rather than only editing.
    pub fn posted(&self) -> bool {
        self.calls.iter().any(|c| {
            c.is("POST", "/channels/{channel_id}/messages")
                || (c.is(
                    "POST",
                    "/interactions/{interaction_id}/{interaction_token}/callback",
                ) && c.body["type"] == 4)
        })
    }
}

impl Person {
    pub fn id(&self) -> u64 {
        self.user.id
    }

    /// The person writes in their DM; returns what the bot answered.
    pub async fn says(&self, text: &str) -> Answer {
        self.step(|fake, user| {
            fake.user_writes(user, text);
        })
        .await
    }

    /// The person sends a file in their DM.
    pub async fn sends_file(&self, name: &str, mime: &str, bytes: &[u8], caption: &str) -> Answer {
        self.step(|fake, user| {
            fake.user_sends_file(user, name, mime, bytes, caption);
        })
        .await
    }

    /// The person uses a slash command in their DM, and it is answered in time.
    pub async fn runs(&self, command: &str) -> Answer {
        let mut id = 0;
        let answer = self
            .step(|fake, user| {
                id = fake.user_runs_command(user, command, &[], false);
            })
            .await;
        self.assert_answered_in_time(id);
        answer
    }

    /// The last message from the bot that has buttons.
    pub fn screen(&self) -> ChatMessage {
        self.fake
            .messages(self.id())
            .into_iter()
            .rev()
            .find(|m| m.from_bot && !m.buttons.is_empty())
            .expect("the bot has shown buttons")
    }

    /// Presses the button for `action` on the last message with buttons, checks that the
    /// interaction was answered within Discord's 3 seconds, and returns what the bot did.
    pub async fn presses(&self, action: impl Into<Action>) -> Answer {
        let data = action.into().encode();
        let screen = self.screen();
        assert!(
            screen.buttons.iter().flatten().any(|b| b.custom_id == data),
            "no button {data:?} on the screen {screen:#?}"
        );
        let mut id = 0;
        let answer = self
            .step(|fake, user| {
                id = fake.user_presses(user, screen.id, &data);
            })
            .await;
        self.assert_answered_in_time(id);
        answer
    }

    fn assert_answered_in_time(&self, interaction: u64) {
        let state = self
            .fake
            .interaction_state(interaction)
            .expect("the interaction exists");
        let (_, at) = state
            .response
            .unwrap_or_else(|| panic!("the interaction was not answered: {state:#?}"));
        assert!(
            at - state.created < velkommen_discord_fake::INTERACTION_DEADLINE,
            "answered after {:?}",
            at - state.created
        );
    }

    /// Does something as this person, waits until the bot has answered them and gone quiet,
    /// and returns the messages it sent or edited in their DM.
    async fn step(&self, act: impl FnOnce(&FakeDiscord, &User)) -> Answer {
        let before = self.fake.messages(self.id());
        let calls_before = self.fake.calls().len();
        let channel = self.fake.dm_channel(self.id()).to_string();
        act(&self.fake, &self.user);
        self.fake
            .wait_for(STEP_TIMEOUT, |_, calls| {
                calls[calls_before..]
                    .iter()
                    .any(|c| {
                        c.path.contains(&channel)
                            || c.path.starts_with("/interactions/")
                            || c.path.starts_with("/webhooks/")
                    })
                    .then_some(())
            })
            .await;
        self.fake.settle(QUIET).await;
        let messages = self
            .fake
            .messages(self.id())
            .into_iter()
            .filter(|m| m.from_bot)
            .filter(|m| {
                before
                    .iter()
                    .find(|b| b.id == m.id)
                    .is_none_or(|b| b.edits != m.edits)
            })
            .collect();
        let calls = self.fake.calls()[calls_before..].to_vec();
        for call in &calls {
            assert!(call.ok(), "the fake refused a call: {call:#?}");
        }
        Answer { messages, calls }
    }
}

/// Someone the bot knows on Discord, at the menu, with messages for them to be queued.
pub async fn known_person(
    store: &Store,
    user_id: u64,
    lang: velkommen_core::Lang,
) -> velkommen_core::ids::PersonId {
    shared::known_person(
        store,
        velkommen_core::Platform::Discord,
        &user_id.to_string(),
        lang,
    )
    .await
}

pub use shared::enqueue;

/// How many outbox messages on Discord have this status.
pub async fn outbox(store: &Store, status: &str) -> i64 {
    shared::outbox(store, velkommen_core::Platform::Discord, status).await
}

/// Waits until `count` outbox messages on Discord have this status.
pub async fn wait_for_outbox(store: &Store, status: &str, count: i64, timeout: Duration) {
    shared::wait_for_outbox(
        store,
        velkommen_core::Platform::Discord,
        status,
        count,
        timeout,
    )
    .await
}

#[path = "../common/outbox.rs"]
mod shared;
