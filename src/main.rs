//! The `velkommen` binary: command line, configuration and wiring of the front doors.

mod backup;
mod check;
mod config;
mod http;
mod report;
mod run;
mod terminal;

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, Subcommand};
use velkommen_core::catalog::Catalog;
use velkommen_core::{Engine, Lang, Locales, Store};

use config::Config;

/// Velkommen: a chat bot that helps newcomers find the municipality's and the volunteer
/// groups' offers, in Arabic, Danish and English.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// The SQLite database file [default: velkommen.db]
    #[arg(long, env = "VELKOMMEN_DB", global = true)]
    db: Option<PathBuf>,
    /// An optional TOML configuration file
    #[arg(long, env = "VELKOMMEN_CONFIG", global = true)]
    config: Option<PathBuf>,
    /// A locales directory to use instead of the one built in: one folder per language, each
    /// with its language.toml and .ftl files
    #[arg(long, env = "VELKOMMEN_LOCALES", global = true)]
    locales: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Chat with the bot in this terminal, as one or several simulated people
    Chat {
        /// The name of the person you start as
        #[arg(long = "as", default_value = "you")]
        name: String,
        /// The language your simulated device reports (a folder under locales/, such as da)
        #[arg(long)]
        lang: Option<String>,
    },
    /// Create the database if need be and apply every migration
    Migrate,
    /// Work with the catalogue of groups and offers
    Catalog {
        #[command(subcommand)]
        command: CatalogCommand,
    },
    /// Erase everyone who has not been in contact for longer than the retention period
    Purge,
    /// Erase one person, as their own /delete would: for a request made outside the bot.
    /// The id is the one /mydata and the logs give.
    Erase {
        /// Velkommen's id of the person
        person: i64,
    },
    /// The numbers per group for a period, as agenda material for the quarterly meeting
    Report {
        /// The first day, such as 2026-10-01
        #[arg(long)]
        from: velkommen_core::chrono::NaiveDate,
        /// The last day, included, such as 2026-12-31
        #[arg(long)]
        to: velkommen_core::chrono::NaiveDate,
        #[arg(long, value_enum, default_value = "text")]
        format: report::Format,
        /// The language of the text report and of the group names
        #[arg(long, default_value = "da")]
        lang: String,
    },
    /// Check the configuration
    Config {
        #[command(subcommand)]
        command: ConfigCommand,
    },
    /// Write an A4 poster (SVG) for an offer: its title and a line in every language, and a
    /// QR code that opens the offer on Telegram in the reader's language
    Poster {
        /// The offer's slug in the catalogue, such as cafe-venlig
        offer: String,
        /// Where the poster hangs, printed at its foot
        #[arg(long)]
        place: Option<String>,
        /// The file to write [default: poster-OFFER.svg]
        #[arg(long)]
        out: Option<PathBuf>,
        /// The bot's Telegram username, from @BotFather
        #[arg(long, env = "TELEGRAM_BOT_USERNAME")]
        bot: String,
    },
    /// Take a consistent copy of the database into PATH, while the bot runs
    Backup {
        /// The file to write; it must not exist yet
        path: PathBuf,
    },
    /// Replace the database with a backup, erasing again everyone deleted since it was
    /// taken; refused while a `velkommen run` or `chat` uses the database
    Restore {
        /// The backup file to restore from
        path: PathBuf,
    },
    /// Run the bot on every platform whose token is set (Telegram: TELEGRAM_BOT_TOKEN) until
    /// SIGINT or SIGTERM
    Run {
        /// Do not serve the coordinators' web page, even when its address is set
        #[arg(long)]
        no_web: bool,
    },
}

#[derive(Subcommand)]
enum ConfigCommand {
    /// Check the file, the environment and the locales as `run` would read them, and say
    /// what is set, without showing a secret
    Check,
}

#[derive(Subcommand)]
enum CatalogCommand {
    /// Load or update groups and offers from a TOML file; running it twice changes nothing
    Import {
        /// The catalogue file, such as catalog/ballerup.toml
        file: PathBuf,
    },
}

/// `RUST_LOG` (by default `warn`), with the platform crates' own logging of raw updates and
/// payloads always off: those carry people's messages and user ids, which logs never do.
fn log_filter() -> tracing_subscriber::EnvFilter {
    let mut filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    for directive in [
        "teloxide::dispatching=off",
        "teloxide::update_listeners=off",
        "teloxide::error_handlers=off",
        "serenity::gateway=off",
        "serenity::http=off",
        "serenity::client=off",
    ] {
        filter = filter.add_directive(directive.parse().expect("a valid log directive"));
    }
    filter
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    // Everything this process makes (the database, its WAL and shared memory, backups, the
    // erasure log) is its owner's alone, whatever the umask it was started with.
    // SAFETY: umask(2) only sets this process's file-creation mask; it cannot fail.
    unsafe {
        libc::umask(0o077);
    }
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(log_filter())
        .init();
    match run(Cli::parse()).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("velkommen: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    velkommen_core::Languages::load_from(cli.locales.as_deref())?;
    let config = Config::load(cli.db, cli.config.as_deref())?;
    if let Command::Config {
        command: ConfigCommand::Check,
    } = &cli.command
    {
        print!("{}", check::check(&config, cli.config.as_deref())?);
        return Ok(());
    }
    if let Command::Restore { path } = &cli.command {
        return backup::restore(&config.db, path).await;
    }
    // Only one process runs the bot on a database; a restore waits for it to stop.
    let _running = match cli.command {
        Command::Run { .. } | Command::Chat { .. } => Some(backup::hold(&config.db)?),
        _ => None,
    };
    let store = Store::open(&config.db).await?;
    match cli.command {
        Command::Migrate => {
            println!("{} is up to date.", config.db.display());
        }
        Command::Poster {
            offer,
            place,
            out,
            bot,
        } => {
            let locales = Locales::load()?;
            let poster = velkommen_web::poster::read(&store, &locales, &offer, &bot, place).await?;
            let out = out.unwrap_or_else(|| PathBuf::from(format!("poster-{offer}.svg")));
            std::fs::write(&out, velkommen_web::poster::svg(&poster)?)
                .with_context(|| format!("while writing {}", out.display()))?;
            println!("Wrote {} ({}).", out.display(), poster.link);
        }
        Command::Backup { path } => {
            store.backup_into(&path).await?;
            println!("Backed up {} into {}.", config.db.display(), path.display());
        }
        Command::Restore { .. } | Command::Config { .. } => {
            unreachable!("handled above, before the database is opened")
        }
        Command::Catalog {
            command: CatalogCommand::Import { file },
        } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("while reading {}", file.display()))?;
            let catalog =
                Catalog::parse(&text).with_context(|| format!("in {}", file.display()))?;
            store.import_catalog(&catalog).await?;
            let (groups, offers) = store.catalog_size().await?;
            println!(
                "Imported {} groups and {} offers from {}; the catalogue now has {groups} groups and {offers} offers.",
                catalog.groups.len(),
                catalog.offers.len(),
                file.display()
            );
        }
        Command::Purge => {
            let days = config.settings.retention_days;
            let engine = Engine::new(store.clone(), Arc::new(Locales::load()?), config.settings);
            let erased = engine.purge_expired().await?;
            println!("Erased {erased} people not seen for {days} days.");
        }
        Command::Erase { person } => {
            let id = velkommen_core::ids::PersonId::try_from(person)?;
            let engine = Engine::new(store.clone(), Arc::new(Locales::load()?), config.settings);
            if engine.erase(id).await? {
                println!("Erased person {person}, and every message that quoted them.");
            } else {
                anyhow::bail!("there is no person {person}");
            }
        }
        Command::Run { no_web } => {
            let web = config
                .web_listen
                .filter(|_| !no_web)
                .map(|at| (at, config.trusted_proxies.clone()));
            run::run(store.clone(), &config.db, config.settings, web).await?
        }
        Command::Report {
            from,
            to,
            format,
            lang,
        } => {
            let lang = Lang::try_from(lang.as_str())?;
            print!("{}", report::print(&store, from, to, format, lang).await?)
        }
        Command::Chat { name, lang } => {
            let locales = Arc::new(Locales::load()?);
            let engine = Engine::new(store.clone(), locales, config.settings);
            engine.purge_expired().await?;
            let lang = lang.map(|l| Lang::try_from(l.as_str())).transpose()?;
            terminal::chat(&engine, name, lang).await?;
        }
    }
    store.close().await;
    Ok(())
}
