//! `velkommen config check`: the configuration in force, checked, with no secret shown.

use velkommen_core::{Lang, Languages};

use crate::config::Config;
use crate::run::{discord_config, telegram_config};

/// Checks everything `velkommen run` would read before it starts, and says what is set.
/// Tokens are said to be set, never shown.
pub fn check(config: &Config, file: Option<&std::path::Path>) -> anyhow::Result<String> {
    let settings = &config.settings;
    let languages = Languages::load()?;
    let telegram = telegram_config()?;
    let discord = discord_config()?;
    let mut lines = vec![format!(
        "Configuration in force (flags, then the environment, then {}):",
        file.map_or("no file".to_owned(), |f| f.display().to_string())
    )];
    let mut line = |key: &str, value: String| lines.push(format!("  {key:<14}{value}"));
    line("database", config.db.display().to_string());
    line(
        "languages",
        format!(
            "{} (from {})",
            Lang::all()
                .iter()
                .map(|l| l.code())
                .collect::<Vec<_>>()
                .join(", "),
            languages.source()
        ),
    );
    let names: Vec<String> = settings
        .operator_names
        .iter()
        .map(|(lang, name)| format!("{lang}: {name}"))
        .collect();
    line(
        "operator",
        if names.is_empty() {
            settings.operator.clone()
        } else {
            format!("{} ({})", settings.operator, names.join("; "))
        },
    );
    let kept = &settings.retention;
    line(
        "retention",
        format!(
            "{} days without contact; closed requests {}, answered questions {}, files {}, audit {}, alerts {} days",
            settings.retention_days,
            kept.closed_requests,
            kept.answered_questions,
            kept.files,
            kept.audit,
            kept.alerts
        ),
    );
    let guard = &settings.safeguarding;
    line(
        "safeguarding",
        format!(
            "municipality {}; after hours {}; child concerns to {}; at most {} new alerts an hour a platform",
            guard.municipality_phone.as_deref().unwrap_or("(not set)"),
            guard.after_hours_phone.as_deref().unwrap_or("(not set)"),
            guard.child_concern.as_deref().unwrap_or("(not set)"),
            guard.alerts_per_hour
        ),
    );
    let limits = &settings.limits;
    line(
        "limits",
        format!(
            "{} actions in 10 s and {} an hour a person; {} new people a minute a platform; {} files and {} MB a day a person",
            limits.per_ten_seconds,
            limits.per_hour,
            limits.new_people_per_minute,
            limits.files_per_day,
            limits.file_bytes_per_day / (1024 * 1024)
        ),
    );
    let admins = settings.staff.iter().filter(|s| s.admin).count();
    line(
        "coordinators",
        format!("{} ({admins} admin)", settings.staff.len()),
    );
    line(
        "duty rota",
        if settings.duty.is_empty() {
            "none: every member of staff hears of a cry for help at once".into()
        } else {
            format!(
                "{} shifts; outside them, every member of staff",
                settings.duty.len()
            )
        },
    );
    let routing = &settings.routing;
    line(
        "routing",
        format!(
            "others hear after {} min, coordinators after {} h, quiet {}–{} ({})",
            routing.widen_after.num_minutes(),
            routing.escalate_after.num_hours(),
            routing.quiet.from.format("%H:%M"),
            routing.quiet.until.format("%H:%M"),
            routing.quiet.zone
        ),
    );
    line(
        "telegram",
        match &telegram {
            None => "not set (TELEGRAM_BOT_TOKEN or TELEGRAM_BOT_TOKEN_FILE)".into(),
            Some(t) => match &t.webhook {
                None => "token set; long polling".into(),
                Some(hook) => format!("token set; webhook {} on {}", hook.url, hook.listen),
            },
        },
    );
    line(
        "discord",
        match &discord {
            None => "not set (DISCORD_BOT_TOKEN or DISCORD_BOT_TOKEN_FILE)".into(),
            Some(_) => "token set".into(),
        },
    );
    line(
        "web page",
        match (&settings.desk_url, config.web_listen) {
            (Some(url), Some(listen)) => format!("{url}, served on {listen}; /web sends links"),
            _ => "off (VELKOMMEN_WEB_URL or [web] url)".into(),
        },
    );
    lines.push("Everything checks out.".into());
    Ok(lines.join("\n") + "\n")
}
