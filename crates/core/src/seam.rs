//! The narrow seam every front door sees, and nothing more of the core: hand the engine an
//! update and get back what to send; lease, mark and release its platform's outbox rows;
//! fetch a stored file; and read the command menu to register. A front door never holds the
//! store, so it cannot reach the database or another platform's messages.

use std::sync::Arc;

use chrono::{DateTime, Utc};

use crate::domain::ids::{FileId, OutboxId};
use crate::domain::lang::Lang;
use crate::engine::{Attachment, Command, Engine, Inbound, Outbound};
use crate::message::Reply;
use crate::platform::{Address, Platform};
use crate::store::{Delivery, OutboxItem, Priority, Store, StoredFile};

/// What a front door may ask of the core.
#[derive(Clone)]
pub struct Seam {
    engine: Engine,
}

/// One command of the menu, worded in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MenuCommand {
    /// What is typed after the slash, the same in every language.
    pub name: &'static str,
    /// The name shown where a platform can show a translated one.
    pub label: String,
    pub description: String,
    /// What its argument is, for a command that takes one.
    pub argument: Option<String>,
}

impl Seam {
    pub fn new(engine: Engine) -> Seam {
        Seam { engine }
    }

    /// Tells `/readyz` this front door is (or is no longer) connected to its platform.
    pub fn connected(&self, platform: Platform, up: bool) {
        self.engine.health().connected(platform, up);
    }

    /// Whether this person may act now within their limits. A front door asks before it
    /// downloads a file, so a flood of files is dropped without fetching them.
    pub fn has_room(&self, who: &crate::platform::Address) -> bool {
        self.engine.has_room(who)
    }

    /// Whether to fetch a file of `size` bytes from `who` (see [`Engine::wants_file`]).
    pub async fn wants_file(&self, who: &crate::platform::Address, size: u64) -> bool {
        self.engine.wants_file(who, size).await
    }

    /// Handles one update; the replies go back to whoever sent it. A panic while handling
    /// it is caught: the person is asked to try again, in their language, and everyone else
    /// is served on.
    pub async fn handle(&self, inbound: Inbound) -> Vec<Outbound> {
        let engine = self.engine.clone();
        let from = inbound.from.clone();
        let hint = inbound.lang_hint.clone();
        // Counted by platform and kind only: nothing of the person goes into a label.
        let platform = from.platform.to_string();
        let kind = match &inbound.input {
            crate::engine::Input::Command(_) => "command",
            crate::engine::Input::Text(_) => "text",
            crate::engine::Input::Button(_) => "button",
            crate::engine::Input::File { .. } => "file",
        };
        metrics::counter!("velkommen_updates_total", "platform" => platform.clone(), "kind" => kind)
            .increment(1);
        let started = std::time::Instant::now();
        let replies = match tokio::spawn(async move { engine.handle(inbound).await }).await {
            Ok(replies) => replies,
            Err(error) => {
                tracing::error!(error = %error, "handling an update panicked");
                vec![self.engine.went_wrong(&from, hint.as_deref()).await]
            }
        };
        metrics::histogram!("velkommen_reply_seconds", "platform" => platform)
            .record(started.elapsed().as_secs_f64());
        replies
    }

    /// The outbox rows of `platform`, and only those.
    pub fn outbox(&self, platform: Platform) -> Outbox {
        Outbox {
            store: self.engine.store().clone(),
            platform,
            worker: Arc::from(worker_token().as_str()),
        }
    }

    /// A file passed on through the relay; `None` once it was deleted.
    pub async fn file(&self, id: FileId) -> anyhow::Result<Option<StoredFile>> {
        self.engine.store().file(id).await
    }

    /// The bytes of a message's attachment: made for the reply, or stored; `None` once a
    /// stored one was deleted.
    pub async fn attachment(&self, attachment: &Attachment) -> anyhow::Result<Option<StoredFile>> {
        if let Some(bytes) = &attachment.inline {
            return Ok(Some(StoredFile {
                name: attachment.file_name.clone(),
                mime: attachment.mime.clone(),
                bytes: bytes.clone(),
            }));
        }
        match attachment.file_id {
            // A file kept on its own platform has no bytes here: only that platform's copy
            // of it can pass it on.
            Some(id) => Ok(self.file(id).await?.filter(|f| !f.bytes.is_empty())),
            None => Ok(None),
        }
    }

    /// The command menu in `lang`, as a platform registers it.
    pub fn command_menu(&self, lang: Lang) -> Vec<MenuCommand> {
        let locales = self.engine.locales();
        Command::MENU
            .iter()
            .map(|(name, argument)| MenuCommand {
                name,
                label: locales.text(lang, &format!("command-{name}-name")),
                description: locales.text(lang, &format!("command-{name}")),
                argument: argument.map(|id| locales.text(lang, id)),
            })
            .collect()
    }

    /// A text only a front door says, such as Discord's "let us continue in a direct message".
    pub fn text(&self, lang: Lang, id: &str) -> String {
        self.engine.locales().text(lang, id)
    }

    /// The time by the engine's clock.
    pub fn now(&self) -> DateTime<Utc> {
        self.engine.now()
    }
}

/// One platform's outbox: lease what is due, mark what happened, give back what was not
/// started.
#[derive(Clone)]
pub struct Outbox {
    store: Store,
    platform: Platform,
    /// Names this worker's leases, so that it hands over only what it still holds.
    worker: Arc<str>,
}

/// A name for a running worker, different for each.
fn worker_token() -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    hasher.write_u32(std::process::id());
    format!("{:016x}", hasher.finish())
}

impl Outbox {
    pub fn platform(&self) -> Platform {
        self.platform
    }

    /// Leases up to `limit` messages due at `now`, the most pressing first, each kind oldest
    /// first.
    pub async fn lease(&self, now: DateTime<Utc>, limit: i64) -> anyhow::Result<Vec<OutboxItem>> {
        self.store
            .take_due_as(&self.worker, self.platform, Priority::Bulk, now, limit)
            .await
    }

    /// Like [`Outbox::lease`], only messages of at least `least` priority.
    pub async fn lease_from(
        &self,
        least: Priority,
        now: DateTime<Utc>,
        limit: i64,
    ) -> anyhow::Result<Vec<OutboxItem>> {
        self.store
            .take_due_as(&self.worker, self.platform, least, now, limit)
            .await
    }

    /// Notes that a leased message is being handed to the platform now. False if it may no
    /// longer go (its broadcast was cancelled): it must not be sent.
    pub async fn hand(&self, id: OutboxId, now: DateTime<Utc>) -> anyhow::Result<bool> {
        self.store.hand_as(&self.worker, id, now).await
    }

    /// Gives back what a worker of this platform leased and never handed over, as after a
    /// crash. Returns how many.
    pub async fn release_unhanded(&self) -> anyhow::Result<u64> {
        self.store.release_unhanded(self.platform).await
    }

    /// Queues a direct reply that could not be sent at once, to be delivered from here
    /// before everything but cries for help. `None` if nobody stored has that address.
    pub async fn enqueue_reply(
        &self,
        to: &Address,
        message: &Reply,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Option<OutboxId>> {
        anyhow::ensure!(
            to.platform == self.platform,
            "an outbox queues only its own platform's messages"
        );
        self.store.enqueue_reply(to, message, now).await
    }

    /// Woken when a change in this process queued messages.
    pub fn queued(&self) -> std::sync::Arc<tokio::sync::Notify> {
        self.store.queued()
    }

    /// Like [`Outbox::lease`], for one address only, as the terminal delivers to the person at
    /// the keyboard.
    pub async fn lease_to(
        &self,
        address: &Address,
        now: DateTime<Utc>,
        limit: i64,
    ) -> anyhow::Result<Vec<OutboxItem>> {
        anyhow::ensure!(
            address.platform == self.platform,
            "an outbox leases only its own platform's messages"
        );
        self.store.take_due_to(address, now, limit).await
    }

    /// Records what happened to a leased message.
    pub async fn mark(
        &self,
        id: OutboxId,
        delivery: &Delivery,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        if matches!(delivery, Delivery::Wait(..)) {
            metrics::counter!("velkommen_rate_limited_total", "platform" => self.platform.to_string())
                .increment(1);
        }
        let outcome = match delivery {
            Delivery::Delivered => "delivered",
            Delivery::Wait(..) => "rate_limited",
            Delivery::RetryAt(..) => "retry",
            Delivery::Unreachable(_) => "unreachable",
            Delivery::Failed(_) => "failed",
        };
        metrics::counter!(
            "velkommen_deliveries_total",
            "platform" => self.platform.to_string(),
            "outcome" => outcome
        )
        .increment(1);
        self.store.record_delivery(id, delivery, now).await
    }

    /// Gives leased messages that were never started back, due at once.
    pub async fn release(&self, ids: &[OutboxId]) -> anyhow::Result<()> {
        self.store.release(ids).await
    }

    /// When the next message falls due, if any waits.
    pub async fn next_due(&self) -> anyhow::Result<Option<DateTime<Utc>>> {
        self.store.next_due(self.platform).await
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::engine::{Input, Settings};
    use crate::i18n::Locales;

    #[tokio::test]
    async fn a_panic_while_handling_one_update_is_answered_and_the_next_is_served() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("velkommen.db")).await.unwrap();
        let locales = Arc::new(Locales::load().unwrap());
        let seam = Seam::new(Engine::new(store, locales, Settings::default()));
        let from = Address::new(Platform::Telegram, "1");
        let inbound = |text: &str| Inbound {
            from: from.clone(),
            display_name: "Amal".into(),
            lang_hint: Some("ar".into()),
            input: Input::Text(text.into()),
        };
        let said = seam.handle(inbound("⟦panic⟧")).await;
        assert_eq!(said.len(), 1);
        assert_eq!(
            said[0].message.text,
            seam.text(Lang::of("ar"), "something-went-wrong")
        );
        let next = seam.handle(inbound("مرحبا")).await;
        assert!(
            next[0]
                .message
                .text
                .contains(&seam.text(Lang::of("ar"), "language-picker"))
        );
    }
}
