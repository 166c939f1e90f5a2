//! All SQL lives here: the SQLite store behind every flow, in WAL mode, migrated on open.

mod access;
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

pub use access::{Access, Purpose};
pub use alerts::{Alert, OwnAlert, RuleOutcomes};
pub use audit::AuditEntry;
pub use backup::erasure_log_of;
pub use broadcasts::BroadcastReport;
pub use catalog::{OfferSummary, OfferView};
pub use events::EventView;
pub use files::StoredFile;
pub use outbox::{Delivery, GIVE_UP_AFTER, OutboxItem, Priority};
pub use report::{GroupReport, PosterOpens, Report};
pub use requests::{QuestionDetail, QuestionView, RequestDetail, RequestQuery, RequestView};
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

/// SQL for the id of a new row of `table`: above every id it holds and every id it ever held,
/// so that a number shown to a person, in the audit trail or in a log never comes back.
pub(crate) fn next_id(table: &str) -> String {
    format!(
        "(SELECT MAX(COALESCE((SELECT MAX(id) FROM {table}), 0),
                     COALESCE((SELECT high FROM id_floor WHERE name = '{table}'), 0)) + 1)"
    )
}

/// The database file, its WAL and shared-memory files and the erasure log beside it,
/// readable and writable by their owner alone, whatever the umask they were made under.
pub fn owner_only(db: &Path) -> anyhow::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mut files = vec![db.to_path_buf(), erasure_log_of(db)];
    for suffix in ["-wal", "-shm"] {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        files.push(name.into());
    }
    for file in files.iter().filter(|f| f.exists()) {
        std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o600))
            .with_context(|| format!("while making {} its owner's alone", file.display()))?;
    }
    Ok(())
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
        owner_only(path)?;
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
