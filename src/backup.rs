//! `velkommen restore`, and the lock that tells a restore the bot is running.

use std::fs::File;
use std::path::{Path, PathBuf};

use anyhow::Context;
use velkommen_core::Store;
use velkommen_core::store::erasure_log_of;

/// The lock file beside the database, held by the process that runs the bot on it.
fn lock_path(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

/// Holds the database's lock for as long as the returned file lives (the operating system
/// lets go of it when the process ends, however it ends).
pub fn hold(db: &Path) -> anyhow::Result<File> {
    let path = lock_path(db);
    let file = File::create(&path)
        .with_context(|| format!("while creating the lock file {}", path.display()))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => anyhow::bail!(
            "{} is in use by another running velkommen; stop it first",
            db.display()
        ),
        Err(std::fs::TryLockError::Error(error)) => {
            Err(error).with_context(|| format!("while locking {}", path.display()))
        }
    }
}

/// Replaces the database at `db` with the backup at `from`: migrated to this version, and
/// with everyone in the erasure log erased again, so that nobody deleted after the backup
/// comes back. The database is replaced only once all that has worked.
pub async fn restore(db: &Path, from: &Path) -> anyhow::Result<()> {
    anyhow::ensure!(from.is_file(), "there is no backup at {}", from.display());
    let _held = hold(db).context("a running database is never overwritten")?;
    let mut staging = db.as_os_str().to_owned();
    staging.push(".restoring");
    let staging = PathBuf::from(staging);
    remove_database(&staging)?;
    std::fs::copy(from, &staging)
        .with_context(|| format!("while copying {} to {}", from.display(), staging.display()))?;
    let store = Store::open(&staging).await?;
    let erased = store.reapply_erasures(&erasure_log_of(db)).await?;
    store.checkpoint().await?;
    store.close().await;
    // What the staging copy logged is already in the database's own log.
    let _ = std::fs::remove_file(erasure_log_of(&staging));
    remove_database(db)?;
    std::fs::rename(&staging, db)
        .with_context(|| format!("while moving the restored database to {}", db.display()))?;
    println!(
        "Restored {} from {}; erased again {erased} people deleted since the backup.",
        db.display(),
        from.display()
    );
    Ok(())
}

/// Removes a database file and its WAL and shared-memory files, if they are there.
fn remove_database(db: &Path) -> anyhow::Result<()> {
    for suffix in ["", "-wal", "-shm"] {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        match std::fs::remove_file(PathBuf::from(name)) {
            Ok(()) => {}
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => {
                return Err(error).with_context(|| format!("while removing {}", db.display()));
            }
        }
    }
    Ok(())
}
