//! The database's copy for a backup, through SQLite's online backup API: a consistent snapshot
//! even while another process writes, and the backup's entry in the audit chain.

use super::Store;
use crate::audit::Action;
use crate::Result;
use chrono::{DateTime, Utc};
use rusqlite::backup::Backup;
use rusqlite::Connection;
use std::path::Path;
use std::time::Duration;

impl Store {
    /// Copies the whole database to a new file at `path` (0600), page by page; an encrypted
    /// database stays encrypted, under the same key.
    pub fn copy_database_to(&self, path: &Path) -> Result<()> {
        crate::datadir::write_new_private(path, b"").map_err(|e| crate::CoreError::File {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        let mut copy = Connection::open(path)?;
        if let Some(v) = &self.vault {
            super::cipher::use_key(&copy, v.current())?;
        }
        Backup::new(&self.conn, &mut copy)?.run_to_completion(
            1024,
            Duration::from_millis(5),
            None,
        )?;
        // One file, no journal beside it: the copy is read back whole by the restore.
        copy.pragma_update(None, "journal_mode", "DELETE")?;
        Ok(())
    }

    /// Appends `backup.made` (target `office`) with the backup file's SHA-256 and file count.
    pub fn log_backup(&mut self, actor: &str, now: DateTime<Utc>, details: &[&str]) -> Result<()> {
        self.log_office(Action::BackupMade, actor, now, details)
    }

    /// Appends an entry about the whole office (target `office`): a backup, an encryption change.
    pub(crate) fn log_office(
        &mut self,
        action: Action,
        actor: &str,
        now: DateTime<Utc>,
        details: &[&str],
    ) -> Result<()> {
        let tx = self.write()?;
        tx.append(action, "office", actor, now, details)?;
        tx.commit()
    }
}
