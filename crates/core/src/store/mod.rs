//! The SQLite store: one file `pdpdesk.db` in the data directory, WAL journal, foreign keys on, a
//! busy timeout so the CLI and the window can share it. All SQL of the project lives under this
//! module, one file per table group, so another backend can replace it without touching the rules.

pub mod calendar;
pub mod clocks;
pub mod enrichment;
pub mod evidence;
pub mod index;
pub mod installation;
pub mod intake;
pub mod intake_record;
pub mod intake_reply;
pub mod migrations;
pub mod office;
mod older_searches;
pub mod request_rows;
pub mod requests;
pub mod searches;
pub mod settings;
pub mod sources;

use crate::{datadir, CoreError, Result};
use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// File name of the database inside the data directory.
pub const DB_FILE: &str = "pdpdesk.db";

/// An open, migrated database.
pub struct Store {
    pub(crate) conn: Connection,
    dir: PathBuf,
}

impl Store {
    /// Opens (creating if needed) the store in `dir`: the directory becomes 0700, the database 0600.
    pub fn open(dir: &Path) -> Result<Store> {
        datadir::prepare(dir)?;
        let path = dir.join(DB_FILE);
        create_private(&path)?;
        let conn = Connection::open(&path)
            .map_err(CoreError::from)
            .and_then(|mut conn| {
                conn.busy_timeout(Duration::from_secs(5))?;
                conn.pragma_update(None, "journal_mode", "WAL")?;
                conn.pragma_update(None, "foreign_keys", true)?;
                conn.pragma_update(None, "synchronous", "NORMAL")?;
                migrations::apply(&mut conn, &path)?;
                Ok(conn)
            })
            .map_err(|e| damaged(e, &path))?;
        Ok(Store {
            conn,
            dir: dir.to_path_buf(),
        })
    }

    /// The data directory this store lives in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

/// A file that is not SQLite, or a damaged one, says so in plain words instead of SQLite's code.
fn damaged(e: CoreError, path: &Path) -> CoreError {
    use rusqlite::ErrorCode::{DatabaseCorrupt, NotADatabase};
    match e {
        CoreError::Database(rusqlite::Error::SqliteFailure(f, _))
            if matches!(f.code, NotADatabase | DatabaseCorrupt) =>
        {
            CoreError::DamagedDatabase {
                path: path.to_path_buf(),
            }
        }
        e => e,
    }
}

/// Creates an empty database file with mode 0600 before SQLite opens it, so the file (and the WAL
/// and shared-memory files, which SQLite creates with the database's mode) is never world-readable.
fn create_private(path: &Path) -> Result<()> {
    let fail = |e: std::io::Error| CoreError::DataDir {
        path: path.to_path_buf(),
        source: e,
    };
    if !path.exists() {
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        match opts.open(path) {
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(fail(e)),
        }
    }
    datadir::restrict(path, 0o600).map_err(fail)
}

#[cfg(test)]
pub(crate) fn test_store() -> (tempfile::TempDir, Store) {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(&tmp.path().join("data")).unwrap();
    (tmp, store)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pragmas_are_set() {
        let (_t, s) = test_store();
        let mode: String = s
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal", "WAL lets the CLI read while the window writes");
        let fk: i64 = s
            .conn
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert_eq!(fk, 1, "foreign keys must be enforced");
    }

    #[cfg(unix)]
    #[test]
    fn database_file_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let (_t, s) = test_store();
        let mode = std::fs::metadata(s.dir().join(DB_FILE))
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(
            mode, 0o600,
            "the database holds personal data and must be 0600"
        );
    }

    #[cfg(unix)]
    #[test]
    fn unwritable_data_dir_is_a_clear_error() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().unwrap();
        let locked = tmp.path().join("locked");
        std::fs::create_dir(&locked).unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o500)).unwrap();
        // root ignores permission bits; only check where they apply.
        if std::fs::write(locked.join("probe"), b"").is_ok() {
            return;
        }
        let err = Store::open(&locked.join("data")).err().expect("must fail");
        assert_eq!(err.code(), crate::ErrorCode::DataDirUnusable, "{err}");
    }
}
