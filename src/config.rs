//! Configuration: command-line flags, then the environment, then an optional TOML file.

use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::Deserialize;
use velkommen_core::Settings;

/// The optional TOML file (`--config` or `VELKOMMEN_CONFIG`). Every key may be left out.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    /// The SQLite database file.
    pub db: Option<PathBuf>,
    /// Who is responsible for the data, named in the privacy notice.
    pub operator: Option<String>,
    /// Days without contact after which a person's data is erased.
    pub retention_days: Option<u32>,
}

/// The configuration in force.
#[derive(Debug)]
pub struct Config {
    pub db: PathBuf,
    pub settings: Settings,
}

impl Config {
    /// Puts together flags (already merged with their environment variables by clap), the
    /// rest of the environment and the file.
    pub fn load(db_flag: Option<PathBuf>, file: Option<&Path>) -> anyhow::Result<Config> {
        let file = match file {
            Some(path) => {
                let text = std::fs::read_to_string(path).with_context(|| {
                    format!("while reading the configuration file {}", path.display())
                })?;
                toml::from_str::<FileConfig>(&text).with_context(|| {
                    format!("while reading the configuration file {}", path.display())
                })?
            }
            None => FileConfig::default(),
        };
        let defaults = Settings::default();
        let operator = env("VELKOMMEN_OPERATOR")
            .or(file.operator)
            .unwrap_or(defaults.operator);
        let retention_days = match env("VELKOMMEN_RETENTION_DAYS") {
            Some(days) => days
                .parse()
                .context("VELKOMMEN_RETENTION_DAYS must be a whole number of days")?,
            None => file.retention_days.unwrap_or(defaults.retention_days),
        };
        if retention_days == 0 {
            anyhow::bail!("the retention period must be at least one day");
        }
        Ok(Config {
            db: db_flag
                .or(file.db)
                .unwrap_or_else(|| PathBuf::from("velkommen.db")),
            settings: Settings {
                operator,
                retention_days,
            },
        })
    }
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}
