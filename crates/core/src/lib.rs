//! Velkommen's core: the domain, the conversation engine, the languages and the SQLite store.
//! It knows nothing of Telegram or Discord: front doors translate to and from [`engine::Inbound`]
//! and [`engine::Reply`], through the narrow seam in [`seam`].
//!
//! Layers, each using only those listed before it: `domain` (the nouns), `action` (what a
//! button asks), `message`, `i18n`, `catalog`, `store` (all SQL), `engine` (one update in,
//! replies out), then the four domains of behaviour — `account`, `newcomer`, `volunteer`,
//! `coordinator` — which add their handlers to the engine.

pub mod action;
pub mod catalog;
pub mod clock;
pub mod delivery;
pub mod desk;
pub mod domain;
pub mod engine;
pub mod health;
pub mod i18n;
pub mod message;
pub mod platform;
pub mod routing;
pub mod safeguarding;
pub mod seam;
pub mod store;

mod account;
pub mod coordinator;
mod newcomer;
pub mod volunteer;

/// The domain's modules under their short names, as front doors and tests use them.
pub use domain::{category, ids, lang, roles};

/// The time crates the core's API speaks, so front doors use the same versions.
pub use {chrono, chrono_tz};

pub use action::Action;
pub use engine::{Button, Engine, Inbound, IncomingFile, Input, Outbound, Reply, Settings};
pub use i18n::Locales;
pub use lang::{Lang, Languages};
pub use platform::{Address, Platform};
pub use seam::Seam;
pub use store::Store;
