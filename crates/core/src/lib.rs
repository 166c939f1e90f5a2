//! Velkommen's core: the domain, the conversation engine, the languages and the SQLite store.
//! It knows nothing of Telegram or Discord: front doors translate to and from [`engine::Inbound`]
//! and [`engine::Reply`].

pub mod action;
pub mod catalog;
pub mod category;
pub mod clock;
pub mod delivery;
pub mod engine;
pub mod i18n;
pub mod ids;
pub mod lang;
pub mod message;
pub mod platform;
pub mod roles;
pub mod routing;
pub mod store;

/// The time crates the core's API speaks, so front doors use the same versions.
pub use {chrono, chrono_tz};

pub use action::Action;
pub use engine::{Button, Engine, Inbound, IncomingFile, Input, Outbound, Reply, Settings};
pub use i18n::Locales;
pub use lang::Lang;
pub use platform::{Address, Platform};
pub use store::Store;
