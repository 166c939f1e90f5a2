//! Configuration: command-line flags, then the environment, then an optional TOML file.

use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::Deserialize;
use velkommen_core::Settings;
use velkommen_core::roles::Staff;

/// The optional TOML file (`--config` or `VELKOMMEN_CONFIG`). Every key may be left out.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    /// The SQLite database file.
    pub db: Option<PathBuf>,
    /// Who is responsible for the data, named in the privacy notice.
    pub operator: Option<String>,
    /// The operator's name in other scripts, by language code: `ar = "بلدية باليروب"`.
    pub operator_names: Option<std::collections::BTreeMap<String, String>>,
    /// Days without contact after which a person's data is erased.
    pub retention_days: Option<u32>,
    /// Days a request done or cancelled is kept, with its note.
    pub closed_request_days: Option<u32>,
    /// Days an answered question is kept.
    pub answered_question_days: Option<u32>,
    /// Days a file passed on through the relay is kept.
    pub file_days: Option<u32>,
    /// Days an entry of the audit trail of coordinator and staff actions is kept.
    pub audit_days: Option<u32>,
    /// Days a cry for help, and what became of it, is kept.
    pub alert_days: Option<u32>,
    /// Days a file passed on about an offer marked `sensitive_files` is kept.
    pub sensitive_file_days: Option<u32>,
    /// Days a backup is kept (the nightly timer's 14), told in the privacy notice; the
    /// erasure log is pruned past it.
    pub backup_days: Option<u32>,
    /// How to reach the data protection officer, named in the privacy notice.
    pub dpo: Option<String>,
    /// Coordinators as `platform:user-id=group+group` (`=*` or nothing: every group);
    /// `admin@` in front makes an admin.
    pub coordinators: Option<Vec<String>>,
    /// Minutes before volunteers who don't speak the newcomer's language hear of a request.
    pub widen_after_minutes: Option<u32>,
    /// Hours before an unclaimed request goes to the coordinators.
    pub escalate_after_hours: Option<u32>,
    /// Hours without notifications, local time in Copenhagen, such as "22-08"; "0-0" for none.
    pub quiet_hours: Option<String>,
    /// Hours after which an unanswered question is flagged to coordinators.
    pub question_flag_hours: Option<u32>,
    /// What one person, and everyone new, may do.
    pub limits: Option<FileLimits>,
    /// The duty rota for cries for help: "platform:user-id DAYS HOURS", such as
    /// "telegram:12345 mon-fri 08-16"; each must be among the coordinators.
    pub duty: Option<Vec<String>>,
    /// The coordinators' web page.
    pub web: Option<FileWeb>,
    /// The municipality's own numbers for the urgent path.
    pub safeguarding: Option<FileSafeguarding>,
    /// What the web page's accessibility statement (`/was`) says of the operator.
    pub accessibility: Option<FileAccessibility>,
}

/// `[accessibility]`: the operator's part of the accessibility statement.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileAccessibility {
    /// Where to write about a barrier on the page.
    pub email: Option<String>,
    /// Where to call about one.
    pub phone: Option<String>,
    /// When the statement was made or last checked, as 2026-12-08.
    pub date: Option<String>,
    /// Content known not to be accessible, in the operator's words.
    pub known_issues: Option<Vec<String>>,
}

/// `[safeguarding]`: the municipality's own numbers, shown with the helplines of the catalogue.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileSafeguarding {
    /// The municipality's switchboard, such as "44 77 20 00".
    pub municipality_phone: Option<String>,
    /// The after-hours social service (socialvagt).
    pub after_hours_phone: Option<String>,
    /// Where staff report a concern about a child (underretning): a phone, an e-mail
    /// address or a web form.
    pub child_concern: Option<String>,
    /// New alerts one platform may raise within an hour before staff get one summary
    /// instead (30).
    pub alerts_per_hour: Option<i64>,
}

/// `[web]`: the coordinators' page is served once its public address is set.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileWeb {
    /// Where coordinators reach the page, such as "https://velkommen.ballerup.dk"; the
    /// links `/web` sends start with it.
    pub url: Option<String>,
    /// The address and port to serve it on (127.0.0.1:8080).
    pub listen: Option<String>,
    /// The reverse proxies in front of it, whose `X-Forwarded-For` names the client (for the
    /// limit on login attempts per address); from anyone else the header is ignored.
    pub trusted_proxies: Option<Vec<String>>,
}

/// `[limits]`: each key may be left out, keeping its default.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileLimits {
    /// Actions (messages, presses) one person may take within ten seconds (20).
    pub per_ten_seconds: Option<usize>,
    /// Actions one person may take within an hour (300).
    pub per_hour: Option<usize>,
    /// People new to the bot one platform may bring within a minute (60).
    pub new_people_per_minute: Option<i64>,
    /// Files one person may pass on within a day (30).
    pub files_per_day: Option<i64>,
    /// Megabytes of files one person may pass on within a day (100).
    pub file_megabytes_per_day: Option<i64>,
}

/// The configuration in force.
#[derive(Debug)]
pub struct Config {
    pub db: PathBuf,
    pub settings: Settings,
    /// Where the web page is served, when its address is set.
    pub web_listen: Option<std::net::SocketAddr>,
    /// The reverse proxies in front of the web page.
    pub trusted_proxies: Vec<std::net::IpAddr>,
}

/// Where the web page is served unless told otherwise.
pub const WEB_LISTEN: &str = "127.0.0.1:8080";

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
        let question_flag_after =
            number("VELKOMMEN_QUESTION_FLAG_HOURS", file.question_flag_hours)?;
        let operator = env("VELKOMMEN_OPERATOR")
            .or(file.operator)
            .unwrap_or(defaults.operator);
        // Per language: VELKOMMEN_OPERATOR_AR and the like win over the file's table.
        let mut operator_names = std::collections::BTreeMap::new();
        for (code, name) in file.operator_names.unwrap_or_default() {
            let lang = velkommen_core::Lang::try_from(code.as_str())
                .with_context(|| format!("in operator_names: {code:?}"))?;
            operator_names.insert(lang, name);
        }
        for lang in velkommen_core::Lang::all() {
            let variable = format!("VELKOMMEN_OPERATOR_{}", lang.code().to_ascii_uppercase());
            if let Some(name) = env(&variable) {
                operator_names.insert(lang, name);
            }
        }
        let retention_days = match env("VELKOMMEN_RETENTION_DAYS") {
            Some(days) => days
                .parse()
                .context("VELKOMMEN_RETENTION_DAYS must be a whole number of days")?,
            None => file.retention_days.unwrap_or(defaults.retention_days),
        };
        if retention_days == 0 {
            anyhow::bail!("the retention period must be at least one day");
        }
        let keep = |name: &str, from_file: Option<u32>, default: u32| -> anyhow::Result<u32> {
            let days = number(name, from_file)?.unwrap_or(default);
            anyhow::ensure!(days > 0, "{name} must be at least one day");
            Ok(days)
        };
        let retention = velkommen_core::engine::Retention {
            closed_requests: keep(
                "VELKOMMEN_CLOSED_REQUEST_DAYS",
                file.closed_request_days,
                defaults.retention.closed_requests,
            )?,
            answered_questions: keep(
                "VELKOMMEN_ANSWERED_QUESTION_DAYS",
                file.answered_question_days,
                defaults.retention.answered_questions,
            )?,
            files: keep(
                "VELKOMMEN_FILE_DAYS",
                file.file_days,
                defaults.retention.files,
            )?,
            audit: keep(
                "VELKOMMEN_AUDIT_DAYS",
                file.audit_days,
                defaults.retention.audit,
            )?,
            alerts: keep(
                "VELKOMMEN_ALERT_DAYS",
                file.alert_days,
                defaults.retention.alerts,
            )?,
            sensitive_files: keep(
                "VELKOMMEN_SENSITIVE_FILE_DAYS",
                file.sensitive_file_days,
                defaults.retention.sensitive_files,
            )?,
            backups: keep(
                "VELKOMMEN_BACKUP_DAYS",
                file.backup_days,
                defaults.retention.backups,
            )?,
            ..defaults.retention
        };
        let staff = match env("VELKOMMEN_COORDINATORS") {
            Some(list) => list.split(',').map(str::to_owned).collect(),
            None => file.coordinators.unwrap_or_default(),
        }
        .iter()
        .filter(|entry| !entry.trim().is_empty())
        .map(|entry| {
            entry
                .parse()
                .with_context(|| format!("in the coordinator entry {entry:?}"))
        })
        .collect::<anyhow::Result<Vec<Staff>>>()?;
        let duty = match env("VELKOMMEN_DUTY") {
            Some(list) => list.split(',').map(str::to_owned).collect(),
            None => file.duty.unwrap_or_default(),
        }
        .iter()
        .filter(|entry| !entry.trim().is_empty())
        .map(|entry| {
            let duty: velkommen_core::routing::Duty = entry
                .parse()
                .with_context(|| format!("in the duty entry {entry:?}"))?;
            anyhow::ensure!(
                staff.iter().any(|s| s.address == duty.address),
                "the duty entry {entry:?} names someone who is not among the coordinators"
            );
            Ok(duty)
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
        let mut routing = defaults.routing;
        if let Some(minutes) = number("VELKOMMEN_WIDEN_AFTER_MINUTES", file.widen_after_minutes)? {
            routing.widen_after_minutes(minutes);
        }
        if let Some(hours) = number("VELKOMMEN_ESCALATE_AFTER_HOURS", file.escalate_after_hours)? {
            routing.escalate_after_hours(hours);
        }
        if let Some(span) = env("VELKOMMEN_QUIET_HOURS").or(file.quiet_hours) {
            let (from, until) = span
                .split_once('-')
                .and_then(|(a, b)| {
                    Some((a.trim().parse::<u32>().ok()?, b.trim().parse::<u32>().ok()?))
                })
                .filter(|(a, b)| *a < 24 && *b < 24)
                .with_context(|| format!("quiet hours {span:?} should read like 22-08"))?;
            routing.quiet_hours(from, until);
        }
        let mut limits = defaults.limits;
        if let Some(file) = file.limits {
            limits.per_ten_seconds = file.per_ten_seconds.unwrap_or(limits.per_ten_seconds);
            limits.per_hour = file.per_hour.unwrap_or(limits.per_hour);
            limits.new_people_per_minute = file
                .new_people_per_minute
                .unwrap_or(limits.new_people_per_minute);
            limits.files_per_day = file.files_per_day.unwrap_or(limits.files_per_day);
            if let Some(megabytes) = file.file_megabytes_per_day {
                limits.file_bytes_per_day = megabytes * 1024 * 1024;
            }
            anyhow::ensure!(
                limits.per_ten_seconds > 0
                    && limits.per_hour > 0
                    && limits.new_people_per_minute > 0
                    && limits.files_per_day >= 0
                    && limits.file_bytes_per_day >= 0,
                "[limits] must allow at least one action and one newcomer"
            );
        }
        let guard = file.safeguarding.unwrap_or_default();
        let phone = |variable: &str, from_file: Option<String>| -> anyhow::Result<Option<String>> {
            let number = env(variable).or(from_file);
            if let Some(number) = &number {
                anyhow::ensure!(
                    !number.trim().is_empty()
                        && number
                            .chars()
                            .all(|c| c.is_ascii_digit() || c == ' ' || c == '+'),
                    "{variable} {number:?} must be a phone number: digits and spaces"
                );
            }
            Ok(number)
        };
        let safeguarding = velkommen_core::engine::Safeguard {
            municipality_phone: phone("VELKOMMEN_MUNICIPALITY_PHONE", guard.municipality_phone)?,
            after_hours_phone: phone("VELKOMMEN_AFTER_HOURS_PHONE", guard.after_hours_phone)?,
            child_concern: env("VELKOMMEN_CHILD_CONCERN").or(guard.child_concern),
            alerts_per_hour: guard
                .alerts_per_hour
                .unwrap_or(defaults.safeguarding.alerts_per_hour),
        };
        anyhow::ensure!(
            safeguarding.alerts_per_hour > 0,
            "[safeguarding] alerts_per_hour must be at least 1"
        );
        let web = file.web.unwrap_or_default();
        let desk_url = env("VELKOMMEN_WEB_URL").or(web.url);
        if let Some(url) = &desk_url {
            anyhow::ensure!(
                url.starts_with("https://") || url.starts_with("http://"),
                "the web page's address {url:?} must start with https:// (or http:// on one machine)"
            );
        }
        let web_listen = match &desk_url {
            Some(_) => Some(
                env("VELKOMMEN_WEB_LISTEN")
                    .or(web.listen)
                    .unwrap_or_else(|| WEB_LISTEN.to_owned())
                    .parse()
                    .context("the web page's listen address must be an address and port, such as 127.0.0.1:8080")?,
            ),
            None => None,
        };
        let trusted_proxies = match env("VELKOMMEN_WEB_TRUSTED_PROXIES") {
            Some(list) => list.split(',').map(|a| a.trim().to_owned()).collect(),
            None => web.trusted_proxies.unwrap_or_default(),
        }
        .iter()
        .filter(|a| !a.is_empty())
        .map(|a| {
            a.parse()
                .with_context(|| format!("a trusted proxy must be an IP address, not {a:?}"))
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
        let accessibility = file.accessibility.unwrap_or_default();
        let accessibility = velkommen_core::engine::Accessibility {
            email: env("VELKOMMEN_ACCESSIBILITY_EMAIL").or(accessibility.email),
            phone: env("VELKOMMEN_ACCESSIBILITY_PHONE").or(accessibility.phone),
            date: env("VELKOMMEN_ACCESSIBILITY_DATE")
                .or(accessibility.date)
                .map(|d| {
                    chrono::NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").with_context(|| {
                        format!(
                            "the accessibility statement's date must read 2026-12-08, not {d:?}"
                        )
                    })
                })
                .transpose()?,
            known_issues: accessibility.known_issues.unwrap_or_default(),
        };
        Ok(Config {
            web_listen,
            trusted_proxies,
            db: db_flag
                .or(file.db)
                .unwrap_or_else(|| PathBuf::from("velkommen.db")),
            settings: Settings {
                operator,
                operator_names,
                retention_days,
                retention,
                staff,
                duty,
                routing,
                limits,
                desk_url,
                safeguarding,
                dpo: env("VELKOMMEN_DPO").or(file.dpo),
                accessibility,
                ..defaults
            }
            .with_question_flag_hours(question_flag_after),
        })
    }
}

/// A whole number from the environment, or else from the file.
fn number(name: &str, from_file: Option<u32>) -> anyhow::Result<Option<u32>> {
    match env(name) {
        Some(value) => {
            Ok(Some(value.trim().parse().with_context(|| {
                format!("{name} must be a whole number")
            })?))
        }
        None => Ok(from_file),
    }
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}
