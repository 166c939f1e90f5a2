//! A fresh engine on a fresh SQLite file for each test, and a few words to drive it.

use std::path::PathBuf;
use velkommen_core::action::{AccountAction, NewcomerAction, VolunteerAction};

use chrono::{DateTime, TimeZone, Utc};
use std::sync::Arc;
use velkommen_core::clock::{Clock, ManualClock};
use velkommen_core::store::Delivery;

use velkommen_core::action::PrivacyChoice;
use velkommen_core::category::Category;
use velkommen_core::engine::Command;
use velkommen_core::ids::OfferId;
use velkommen_core::{
    Action, Address, Engine, Inbound, Input, Lang, Locales, Platform, Reply, Settings, Store,
};

pub struct TestApp {
    pub engine: Engine,
    pub path: PathBuf,
    pub clock: Arc<ManualClock>,
    settings: Arc<Settings>,
    _dir: tempfile::TempDir,
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(Settings::default()).await
}

/// A fresh app with these settings, on a clock that stands still at a weekday noon in
/// Copenhagen until a test moves it.
pub async fn spawn_app_with(settings: Settings) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("velkommen.db");
    let clock = Arc::new(ManualClock::new(copenhagen(2026, 11, 26, 12, 0)));
    let settings = Arc::new(settings);
    let engine = engine_on(&path, &settings, &clock).await;
    TestApp {
        engine,
        path,
        clock,
        settings,
        _dir: dir,
    }
}

/// A time on the wall clocks of Copenhagen.
pub fn copenhagen(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    chrono_tz::Europe::Copenhagen
        .with_ymd_and_hms(y, m, d, h, min, 0)
        .unwrap()
        .with_timezone(&Utc)
}

async fn engine_on(
    path: &std::path::Path,
    settings: &Settings,
    clock: &Arc<ManualClock>,
) -> Engine {
    let store = Store::open(path).await.unwrap();
    Engine::new(store, Arc::new(Locales::load().unwrap()), settings.clone())
        .with_clock(clock.clone())
}

impl TestApp {
    /// Closes the engine and opens a new one on the same file, as a restart or deploy would.
    pub async fn restart(&mut self) {
        self.engine.store().close().await;
        self.engine = engine_on(&self.path, &self.settings, &self.clock).await;
    }

    pub async fn send(&self, who: &str, hint: Option<&str>, input: Input) -> Vec<Reply> {
        self.send_on(Platform::Terminal, who, hint, input).await
    }

    /// Like [`TestApp::send`], from another platform.
    pub async fn send_on(
        &self,
        platform: Platform,
        who: &str,
        hint: Option<&str>,
        input: Input,
    ) -> Vec<Reply> {
        let from = Address::new(platform, who);
        let outbound = self
            .engine
            .handle(Inbound {
                from: from.clone(),
                display_name: who.to_owned(),
                lang_hint: hint.map(str::to_owned),
                input,
            })
            .await;
        assert!(
            outbound.iter().all(|o| o.to == from),
            "every answer goes to the sender"
        );
        let replies: Vec<Reply> = outbound.into_iter().map(|o| o.message).collect();
        for reply in &replies {
            assert!(!reply.text.trim().is_empty(), "an empty reply");
            assert!(
                !reply.text.contains('⟦'),
                "a missing message in {:?}",
                reply.text
            );
        }
        replies
    }

    pub async fn text(&self, who: &str, text: &str) -> Vec<Reply> {
        self.send(who, None, Input::Text(text.to_owned())).await
    }

    pub async fn press(&self, who: &str, action: impl Into<Action>) -> Vec<Reply> {
        self.send(who, None, Input::Button(action.into().encode()))
            .await
    }

    pub async fn command(&self, who: &str, name: &str) -> Vec<Reply> {
        let (name, arg) = name.split_once(' ').unwrap_or((name, ""));
        self.send(who, None, Input::Command(Command::named(name, arg)))
            .await
    }

    /// A newcomer who picked `lang`, agreed to the privacy notice and said "I'm new here".
    pub async fn newcomer(&self, who: &str, lang: Lang) -> Vec<Reply> {
        self.send(who, Some(lang.code()), Input::Text("hello".into()))
            .await;
        self.press(who, AccountAction::SetLanguage(lang)).await;
        let roles = self
            .press(who, AccountAction::Privacy(PrivacyChoice::Agree))
            .await;
        assert!(
            actions(&roles).contains(&VolunteerAction::SignUp.into()),
            "the role choice follows"
        );
        self.press(who, AccountAction::Menu).await
    }

    /// Asks for the first offer of `category`, with a note or without one.
    pub async fn ask_for(&self, who: &str, category: Category, note: Option<&str>) -> OfferId {
        let offer = first_offer(&self.press(who, NewcomerAction::Category(category)).await);
        self.press(who, NewcomerAction::Interested(offer)).await;
        match note {
            Some(note) => self.text(who, note).await,
            None => self.press(who, NewcomerAction::SkipNote(offer)).await,
        };
        offer
    }

    /// Delivers what the outbox holds for `who` now, as their platform would show it.
    pub async fn inbox(&self, who: &str) -> Vec<Reply> {
        self.inbox_on(Platform::Terminal, who).await
    }

    /// Like [`TestApp::inbox`], for an address on another platform.
    pub async fn inbox_on(&self, platform: Platform, who: &str) -> Vec<Reply> {
        let store = self.engine.store();
        let now = self.clock.now();
        let mut messages = vec![];
        let address = Address::new(platform, who);
        for item in store.take_due_to(&address, now, 1000).await.unwrap() {
            store
                .record_delivery(item.id, &Delivery::Delivered, now)
                .await
                .unwrap();
            messages.push(item.message);
        }
        messages
    }

    /// The language a person has chosen.
    pub async fn lang_of(&self, who: &str) -> Lang {
        let code: String = sqlx::query_scalar(
            "SELECT p.lang FROM people p JOIN identities i ON i.person_id = p.id WHERE i.user_id = ?",
        )
        .bind(who)
        .fetch_one(&self.raw().await)
        .await
        .unwrap();
        Lang::try_from(code.as_str()).unwrap()
    }

    pub fn t(&self, lang: Lang, id: &str) -> String {
        self.engine.locales().text(lang, id)
    }

    pub fn f(
        &self,
        lang: Lang,
        id: &str,
        args: &[(&str, velkommen_core::i18n::Arg<'_>)],
    ) -> String {
        self.engine.locales().format(lang, id, args)
    }

    pub async fn count(&self, sql: &str) -> i64 {
        let pool = self.raw().await;
        let n = sqlx::query_scalar(sql).fetch_one(&pool).await.unwrap();
        pool.close().await;
        n
    }

    /// A connection of the test's own to the database file, to look at raw rows as an
    /// operator would: the engine gives no one its pool.
    pub async fn raw(&self) -> sqlx::SqlitePool {
        sqlx::SqlitePool::connect_with(
            sqlx::sqlite::SqliteConnectOptions::new()
                .filename(&self.path)
                .busy_timeout(std::time::Duration::from_secs(10)),
        )
        .await
        .unwrap()
    }
}

/// Every button action in the replies, in order.
pub fn actions(replies: &[Reply]) -> Vec<Action> {
    replies
        .iter()
        .flat_map(|r| r.buttons.iter().flatten().map(|b| b.action))
        .collect()
}

/// All the replies' texts, joined.
pub fn text(replies: &[Reply]) -> String {
    replies
        .iter()
        .map(|r| r.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The first offer button in the replies.
pub fn first_offer(replies: &[Reply]) -> OfferId {
    actions(replies)
        .into_iter()
        .find_map(|a| match a {
            Action::Newcomer(NewcomerAction::Offer(id)) => Some(id),
            _ => None,
        })
        .expect("an offer button")
}

/// Front doors run the engine on a multi-threaded runtime: its futures must be `Send`.
#[allow(dead_code)]
fn the_engine_future_is_send(engine: Engine, inbound: velkommen_core::Inbound) {
    fn assert_send<T: Send>(_: T) {}
    assert_send(engine.handle(inbound));
    assert_send(async move { engine.tick().await });
}
