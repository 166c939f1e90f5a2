//! Runs the `velkommen` binary against a fake Telegram Bot API server on 127.0.0.1, each test
//! with its own fake and its own fresh database file, and talks to it as Telegram users.

use std::io::Read;
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::Duration;

use velkommen_core::{Action, Store};
use velkommen_telegram_fake::{Call, ChatMessage, FakeTelegram, User};

/// The bot token in the tests; it must never show in the logs.
pub const TOKEN: &str = "4200000001:AAtest-SECRET-token";
/// How long the bot may take to answer before a test gives up.
pub const STEP_TIMEOUT: Duration = Duration::from_secs(20);
/// How long without a call counts as the bot having finished answering.
const QUIET: Duration = Duration::from_millis(250);

pub struct TestBot {
    pub fake: FakeTelegram,
    dir: tempfile::TempDir,
    pub db: PathBuf,
    child: Option<Child>,
    /// How many `getMe` calls the fake had seen when the running process started.
    started_at_call: usize,
    /// Settings the process starts with, such as `VELKOMMEN_COORDINATORS`.
    pub env: Vec<(&'static str, &'static str)>,
    /// What the running process wrote to stderr, read as it comes: a full pipe would
    /// block the process at its next log line.
    stderr: Option<std::thread::JoinHandle<String>>,
}

/// A fake Bot API server and a fresh database; the bot is not started yet.
pub async fn fake_and_db() -> TestBot {
    let fake = FakeTelegram::start().await;
    let dir = tempfile::tempdir().expect("a temporary folder");
    let db = dir.path().join("velkommen.db");
    TestBot {
        fake,
        dir,
        db,
        child: None,
        started_at_call: 0,
        env: vec![],
        stderr: None,
    }
}

/// A fake Bot API server, a fresh database, and `velkommen run` on them, polling.
pub async fn spawn_bot() -> TestBot {
    let mut bot = fake_and_db().await;
    bot.start().await;
    bot
}

impl TestBot {
    /// `velkommen run` on this test's database, pointed at the fake, with none of the
    /// developer's own settings.
    pub fn command(&self) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_velkommen"));
        command.current_dir(self.dir.path());
        for (name, _) in std::env::vars() {
            if name.starts_with("VELKOMMEN_") || name.starts_with("TELEGRAM_") || name == "RUST_LOG"
            {
                command.env_remove(name);
            }
        }
        command
            .arg("--db")
            .arg(&self.db)
            .arg("run")
            .env("TELEGRAM_BOT_TOKEN", TOKEN)
            .env("TELEGRAM_API_URL", self.fake.url())
            .envs(self.env.iter().copied());
        command
    }

    /// Starts the bot and waits until it polls for updates.
    pub async fn start(&mut self) {
        self.start_until("getUpdates").await;
    }

    /// Starts the bot and waits until it calls `method` (such as `setWebhook`).
    pub async fn start_until(&mut self, method: &'static str) {
        assert!(self.child.is_none(), "the bot is already running");
        let calls = self.fake.calls().len();
        self.started_at_call = calls;
        let mut child = self
            .command()
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the velkommen binary starts");
        let mut pipe = child.stderr.take().expect("the bot's stderr");
        self.stderr = Some(std::thread::spawn(move || {
            let mut stderr = String::new();
            let _ = pipe.read_to_string(&mut stderr);
            stderr
        }));
        self.child = Some(child);
        self.fake
            .wait_for(STEP_TIMEOUT, |all| {
                all[calls..].iter().any(|c| c.is(method)).then_some(())
            })
            .await;
    }

    /// The calls the running process made.
    pub fn calls_of_this_run(&self) -> Vec<Call> {
        self.fake.calls()[self.started_at_call..].to_vec()
    }

    /// Kills the process outright, as a crash or a power cut would.
    pub fn kill(&mut self) {
        let mut child = self.child.take().expect("the bot is running");
        child.kill().expect("the bot can be killed");
        child.wait().expect("the killed bot is reaped");
        self.stderr.take();
    }

    /// Sends SIGTERM and waits for the process to end; returns how it ended and its stderr.
    pub async fn terminate(&mut self) -> (ExitStatus, String) {
        let mut child = self.child.take().expect("the bot is running");
        let pid = i32::try_from(child.id()).expect("a process id");
        // SAFETY: kill(2) with a process id we started and have not reaped.
        let sent = unsafe { libc::kill(pid, libc::SIGTERM) };
        assert_eq!(sent, 0, "SIGTERM could not be sent");
        let reader = self.stderr.take();
        tokio::task::spawn_blocking(move || {
            let status = child.wait().expect("the bot ends");
            let stderr = reader
                .map(|reader| reader.join().unwrap_or_default())
                .unwrap_or_default();
            (status, stderr)
        })
        .await
        .expect("the waiting thread")
    }

    /// The database, opened beside the running bot.
    pub async fn store(&self) -> Store {
        Store::open(&self.db)
            .await
            .expect("the test database opens")
    }

    /// A Telegram user whose app reports `lang`.
    pub fn user(&self, id: i64, name: &str, lang: &str) -> Person {
        Person {
            fake: self.fake.clone(),
            user: self.fake.add_user(id, name, Some(lang)),
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

/// A person on Telegram, talking to the bot.
pub struct Person {
    pub fake: FakeTelegram,
    pub user: User,
}

/// What the bot did in answer to one step: the messages it sent or edited, and the calls.
pub struct Answer {
    pub messages: Vec<ChatMessage>,
    pub calls: Vec<Call>,
}

impl Answer {
    /// Every text shown, joined.
    pub fn text(&self) -> String {
        self.messages
            .iter()
            .map(|m| m.text.as_str())
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    pub fn shows(&self, expected: &str) -> bool {
        self.text().contains(expected)
    }
}

impl Person {
    pub fn id(&self) -> i64 {
        self.user.id
    }

    /// The person writes; returns what the bot answered.
    pub async fn says(&self, text: &str) -> Answer {
        self.step(|fake, user| {
            fake.user_writes(user, text);
        })
        .await
    }

    /// The person sends a photo.
    pub async fn sends_photo(&self, bytes: &[u8], caption: &str) -> Answer {
        self.step(|fake, user| {
            fake.user_sends_photo(user, bytes, caption);
        })
        .await
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
    /// callback query was answered, and returns what the bot did.
    pub async fn presses(&self, action: impl Into<Action>) -> Answer {
        self.presses_data(&action.into().encode()).await
    }

    async fn presses_data(&self, data: &str) -> Answer {
        let screen = self.screen();
        assert!(
            screen.buttons.iter().flatten().any(|b| b.data == data),
            "no button {data:?} on the screen {:#?}",
            screen
        );
        let mut query = String::new();
        let answer = self
            .step(|fake, user| {
                query = fake.user_presses(user, screen.id, data);
            })
            .await;
        assert!(
            self.fake.answered(&query),
            "the callback query {query} was not answered"
        );
        answer
    }

    /// Does something as this person, waits until the bot has answered them and gone quiet,
    /// and returns the messages it sent or edited in their chat.
    async fn step(&self, act: impl FnOnce(&FakeTelegram, &User)) -> Answer {
        let before = self.fake.messages(self.id());
        let calls_before = self.fake.calls().len();
        act(&self.fake, &self.user);
        let chat = self.id();
        self.fake
            .wait_for(STEP_TIMEOUT, |calls| {
                calls[calls_before..]
                    .iter()
                    .any(|c| c.chat_id() == Some(chat) && !c.is("getFile"))
                    .then_some(())
            })
            .await;
        self.fake.settle(QUIET).await;
        let messages = self
            .fake
            .messages(chat)
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
            assert!(
                call.ok() || call.is("editMessageText"),
                "the fake refused a call: {call:#?}"
            );
        }
        Answer { messages, calls }
    }
}

/// Someone the bot knows on Telegram, at the menu, with messages for them to be queued.
pub async fn known_person(
    store: &Store,
    user_id: i64,
    lang: velkommen_core::Lang,
) -> velkommen_core::ids::PersonId {
    shared::known_person(
        store,
        velkommen_core::Platform::Telegram,
        &user_id.to_string(),
        lang,
    )
    .await
}

pub use shared::enqueue;

/// How many outbox messages on Telegram have this status.
pub async fn outbox(store: &Store, status: &str) -> i64 {
    shared::outbox(store, velkommen_core::Platform::Telegram, status).await
}

/// Waits until `count` outbox messages on Telegram have this status.
pub async fn wait_for_outbox(store: &Store, status: &str, count: i64, timeout: Duration) {
    shared::wait_for_outbox(
        store,
        velkommen_core::Platform::Telegram,
        status,
        count,
        timeout,
    )
    .await
}

#[path = "../common/outbox.rs"]
mod shared;
