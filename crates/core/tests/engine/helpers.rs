//! A fresh engine on a fresh SQLite file for each test, and a few words to drive it.

use std::path::PathBuf;
use std::sync::Arc;

use velkommen_core::action::PrivacyChoice;
use velkommen_core::category::Category;
use velkommen_core::ids::OfferId;
use velkommen_core::{
    Action, Address, Engine, Inbound, Input, Lang, Locales, Platform, Reply, Settings, Store,
};

pub struct TestApp {
    pub engine: Engine,
    pub path: PathBuf,
    _dir: tempfile::TempDir,
}

pub async fn spawn_app() -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("velkommen.db");
    let engine = engine_on(&path).await;
    TestApp {
        engine,
        path,
        _dir: dir,
    }
}

pub async fn engine_on(path: &std::path::Path) -> Engine {
    let store = Store::open(path).await.unwrap();
    Engine::new(
        store,
        Arc::new(Locales::embedded().unwrap()),
        Settings::default(),
    )
}

impl TestApp {
    /// Closes the engine and opens a new one on the same file, as a restart or deploy would.
    pub async fn restart(&mut self) {
        self.engine.store().close().await;
        self.engine = engine_on(&self.path).await;
    }

    pub async fn send(&self, who: &str, hint: Option<&str>, input: Input) -> Vec<Reply> {
        let from = Address::new(Platform::Terminal, who);
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

    pub async fn press(&self, who: &str, action: Action) -> Vec<Reply> {
        self.send(who, None, Input::Button(action.encode())).await
    }

    pub async fn command(&self, who: &str, name: &str) -> Vec<Reply> {
        let (name, arg) = name.split_once(' ').unwrap_or((name, ""));
        self.send(
            who,
            None,
            Input::Command {
                name: name.into(),
                arg: arg.into(),
            },
        )
        .await
    }

    /// A newcomer who picked `lang`, agreed to the privacy notice and said "I'm new here".
    pub async fn newcomer(&self, who: &str, lang: Lang) -> Vec<Reply> {
        self.send(who, Some(lang.code()), Input::Text("hello".into()))
            .await;
        self.press(who, Action::SetLanguage(lang)).await;
        let roles = self.press(who, Action::Privacy(PrivacyChoice::Agree)).await;
        assert!(
            actions(&roles).contains(&Action::Volunteer),
            "the role choice follows"
        );
        self.press(who, Action::Menu).await
    }

    /// Asks for the first offer of `category`, with a note or without one.
    pub async fn ask_for(&self, who: &str, category: Category, note: Option<&str>) -> OfferId {
        let offer = first_offer(&self.press(who, Action::Category(category)).await);
        self.press(who, Action::Interested(offer)).await;
        match note {
            Some(note) => self.text(who, note).await,
            None => self.press(who, Action::SkipNote(offer)).await,
        };
        offer
    }

    pub fn t(&self, lang: Lang, id: &str) -> String {
        self.engine.locales().text(lang, id)
    }

    pub async fn count(&self, sql: &str) -> i64 {
        sqlx::query_scalar(sql)
            .fetch_one(self.engine.store().pool())
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
            Action::Offer(id) => Some(id),
            _ => None,
        })
        .expect("an offer button")
}
