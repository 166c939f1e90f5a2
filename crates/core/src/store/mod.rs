//! All SQL lives here: the SQLite store behind every flow, in WAL mode, migrated on open.

mod alerts;
mod audit;
mod backup;
mod broadcasts;
mod catalog;
mod desk;
mod events;
mod files;
mod health;
mod outbox;
mod people;
mod report;
mod requests;
mod tx;
mod volunteers;

pub use alerts::{Alert, OwnAlert, RuleOutcomes};
pub use audit::AuditEntry;
pub use backup::erasure_log_of;
pub use broadcasts::BroadcastReport;
pub use catalog::{OfferSummary, OfferView};
pub use events::EventView;
pub use files::StoredFile;
pub use outbox::{Delivery, GIVE_UP_AFTER, OutboxItem, Priority};
pub use report::{GroupReport, PosterOpens, Report};
pub use requests::{QuestionDetail, QuestionView, RequestDetail, RequestView};
pub use tx::{DueJob, Tx};

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use sqlx::SqlitePool;
use tokio::sync::Notify;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

/// The migrations in `migrations/`, compiled in.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations");

/// A handle on the database; cheap to clone.
#[derive(Clone)]
pub struct Store {
    pool: SqlitePool,
    /// Woken when a transaction that queued messages commits, so a delivery worker in this
    /// process takes them at once instead of at its next look.
    queued: Arc<Notify>,
    /// The erasure log beside the database file (see [`erasure_log_of`]).
    erasures: Option<Arc<std::path::PathBuf>>,
}

impl Store {
    /// Opens (creating if need be) and migrates the database file at `path`. A fresh database
    /// is seeded with the built-in Ballerup catalogue.
    pub async fn open(path: &Path) -> anyhow::Result<Store> {
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            // Deleted rows are overwritten, not merely unlinked: erased means gone from the file.
            .pragma("secure_delete", "ON")
            .busy_timeout(Duration::from_secs(10));
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options)
            .await
            .with_context(|| format!("while opening the database {}", path.display()))?;
        let store = Store {
            pool,
            queued: Arc::new(Notify::new()),
            erasures: Some(Arc::new(erasure_log_of(path))),
        };
        store.migrate().await?;
        store.seed_catalog().await?;
        Ok(store)
    }

    /// Runs every migration not yet applied.
    pub async fn migrate(&self) -> anyhow::Result<()> {
        MIGRATOR
            .run(&self.pool)
            .await
            .context("while migrating the database")
    }

    async fn seed_catalog(&self) -> anyhow::Result<()> {
        let seeded: Option<String> =
            sqlx::query_scalar("SELECT value FROM meta WHERE key = 'catalog_seeded'")
                .fetch_optional(&self.pool)
                .await
                .context("while checking whether the catalogue was seeded")?;
        if seeded.is_none() {
            let catalog = crate::catalog::Catalog::ballerup()?;
            self.import_catalog(&catalog).await?;
            sqlx::query("INSERT INTO meta (key, value) VALUES ('catalog_seeded', 'ballerup')")
                .execute(&self.pool)
                .await
                .context("while noting that the catalogue was seeded")?;
        }
        Ok(())
    }

    /// Moves everything in the write-ahead log into the database file and empties the log, so
    /// that what an erasure overwrote is not left behind in it.
    pub async fn checkpoint(&self) -> anyhow::Result<()> {
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(&self.pool)
            .await
            .context("while checkpointing the database")?;
        Ok(())
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// Ids as a JSON array, for `IN (SELECT value FROM json_each(?))`: one statement for any
/// number of rows.
fn id_list<T: serde::Serialize>(ids: &[T]) -> String {
    serde_json::to_string(ids).expect("ids always serialize")
}
