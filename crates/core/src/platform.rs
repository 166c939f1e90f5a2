//! Where a person reaches Velkommen from, and who they are there.

use serde::{Deserialize, Serialize};

/// A front door. The terminal is the one that needs no token and no network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Platform {
    Terminal,
    Telegram,
    Discord,
}

impl Platform {
    pub fn code(self) -> &'static str {
        match self {
            Platform::Terminal => "terminal",
            Platform::Telegram => "telegram",
            Platform::Discord => "discord",
        }
    }
}

impl TryFrom<&str> for Platform {
    type Error = anyhow::Error;
    fn try_from(code: &str) -> anyhow::Result<Self> {
        match code {
            "terminal" => Ok(Platform::Terminal),
            "telegram" => Ok(Platform::Telegram),
            "discord" => Ok(Platform::Discord),
            other => anyhow::bail!("unknown platform {other:?}"),
        }
    }
}

impl std::fmt::Display for Platform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// A person's address on one platform: the platform and its user id there.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Address {
    pub platform: Platform,
    pub user_id: String,
}

impl Address {
    pub fn new(platform: Platform, user_id: impl Into<String>) -> Self {
        Self {
            platform,
            user_id: user_id.into(),
        }
    }
}
