//! The SQLite store: one file `pdpdesk.db` in the data directory, WAL journal, foreign keys on, a
//! busy timeout so the CLI and the window can share it. All SQL of the project lives under this
//! module, one file per table group, so another backend can replace it without touching the rules.

pub(crate) mod audit;
mod audit_read;
mod backup;
pub mod bundles;
pub mod calendar;
pub(crate) mod cipher;
pub mod clocks;
pub mod enrichment;
pub mod evidence;
mod history;
pub mod index;
pub mod installation;
pub mod intake;
pub mod intake_queue;
pub mod letters;
pub mod migrations;
pub mod office;
mod older_searches;
pub mod plans;
pub mod processing;
pub mod purge;
pub mod redactions;
pub mod reports;
pub mod request_rows;
pub mod requests;
pub mod searches;
pub mod settings;
pub mod sources;
pub mod verification;

use crate::vault::{self, Progress, Vault};
use crate::{datadir, CoreError, Result};
use rusqlite::{Connection, ErrorCode};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// File name of the database inside the data directory.
pub const DB_FILE: &str = "pdpdesk.db";

/// An open, migrated database.
pub struct Store {
    pub(crate) conn: Connection,
    dir: PathBuf,
    /// The audit chain's key and head file: every write goes through [`Store::write`].
    chain: audit::Chain,
    /// The unlocked keys when the data folder is encrypted.
    vault: Option<Vault>,
    /// The folder's lock file, held shared while the store is open (see `cipher::lock_file`).
    _lock: std::fs::File,
}

impl Store {
    /// Opens (creating if needed) the store in `dir`, which must not be encrypted (see
    /// [`Store::open_with`]).
    pub fn open(dir: &Path) -> Result<Store> {
        Store::open_with(dir, None)
    }

    /// Opens (creating if needed) the store in `dir`: the directory becomes 0700, the database 0600;
    /// temporary files and originals without a row that a killed process left behind are removed.
    /// A database without an audit chain gets its start (see [`Store::start_chain`]). An encrypted
    /// folder needs its unlocked `vault` (else [`CoreError::Locked`]); an encryption change a
    /// killed process left half done is finished first.
    pub fn open_with(dir: &Path, vault: Option<&Vault>) -> Result<Store> {
        datadir::prepare(dir)?;
        datadir::sweep_temporaries(dir);
        datadir::sweep_temporaries(&dir.join("evidence"));
        let path = dir.join(DB_FILE);
        // Shared for as long as this store is open; waits while an encryption change runs.
        let lock = cipher::lock_file(dir)?;
        lock.lock_shared().map_err(|e| CoreError::DataDir {
            path: dir.to_path_buf(),
            source: e,
        })?;
        if vault.is_none() && vault::is_encrypted(dir) {
            return Err(CoreError::Locked {
                path: dir.to_path_buf(),
            });
        }
        create_private(&path)?;
        cipher::quiet();
        let mut vault = match vault {
            Some(v) => v.refreshed(dir)?,
            None => None,
        };
        // The key the database opens with: a change left half done is finished first when this
        // store can have the folder to itself for a moment; otherwise the folder is read as it is
        // (each file names its key, the database opens with whichever key it is under).
        let mut key = None;
        if let Some(v) = vault.as_mut() {
            let mut opened = cipher::opened_by(&path, v)?
                .ok_or_else(|| CoreError::DamagedDatabase { path: path.clone() })?;
            if cipher::unfinished(v, opened) {
                let _ = lock.unlock();
                if lock.try_lock().is_ok() {
                    cipher::finish(dir, v)?;
                    opened = cipher::opened_by(&path, v)?
                        .ok_or_else(|| CoreError::DamagedDatabase { path: path.clone() })?;
                    let _ = lock.unlock();
                }
                lock.lock_shared().map_err(|e| CoreError::DataDir {
                    path: dir.to_path_buf(),
                    source: e,
                })?;
            }
            if let cipher::OpenedBy::Key(i) = opened {
                key = v.keys_newest_first().nth(i).cloned();
            }
        }
        let vault = vault.filter(|v| v.progress() != Progress::Decrypting || key.is_some());
        let conn = Connection::open(&path)
            .map_err(CoreError::from)
            .and_then(|mut conn| {
                if let Some(k) = &key {
                    cipher::use_key(&conn, k)?;
                }
                conn.busy_timeout(BUSY_WAIT)?;
                use_wal(&conn)?;
                conn.pragma_update(None, "foreign_keys", true)?;
                conn.pragma_update(None, "synchronous", "NORMAL")?;
                migrations::apply(&mut conn, &path)?;
                Ok(conn)
            })
            .map_err(|e| damaged(e, &path))?;
        let chain = audit::Chain::load(dir)?;
        let mut store = Store {
            conn,
            dir: dir.to_path_buf(),
            chain,
            vault,
            _lock: lock,
        };
        store.start_chain()?;
        store.sweep_orphan_evidence()?;
        Ok(store)
    }

    /// The unlocked keys, when the data folder is encrypted.
    pub fn vault(&self) -> Option<&Vault> {
        self.vault.as_ref()
    }

    /// Writes a kept file (an original, an issued letter) new at `path`, sealed when the folder
    /// is encrypted; private and whole (see [`datadir::write_new_private`]).
    pub(crate) fn keep_new_file(&self, path: &Path, bytes: &[u8]) -> Result<()> {
        datadir::write_new_private(path, &self.for_keeping(bytes)?).map_err(|e| CoreError::File {
            path: path.to_path_buf(),
            message: e.to_string(),
        })
    }

    /// The bytes of a kept file as written to disk: sealed when the folder is encrypted.
    pub(crate) fn for_keeping<'a>(&self, plain: &'a [u8]) -> Result<std::borrow::Cow<'a, [u8]>> {
        Ok(match &self.vault {
            Some(v) => std::borrow::Cow::Owned(v.seal(plain)?),
            None => std::borrow::Cow::Borrowed(plain),
        })
    }

    /// The plain bytes of a kept file (opened when sealed).
    pub(crate) fn read_kept(&self, path: &Path) -> Result<Vec<u8>> {
        let bytes = std::fs::read(path).map_err(|e| CoreError::File {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        match &self.vault {
            Some(v) => v.open(&bytes, path),
            None if vault::sealed_by(&bytes).is_some() => Err(CoreError::Locked {
                path: self.dir.clone(),
            }),
            None => Ok(bytes),
        }
    }

    /// A read snapshot: every read until [`Snapshot::end`] sees the database as it was when it
    /// began, so that what another process writes meanwhile is seen whole or not at all.
    pub fn snapshot(&self) -> Result<Snapshot<'_>> {
        Ok(Snapshot(self.conn.unchecked_transaction()?))
    }

    /// The data directory this store lives in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

/// See [`Store::snapshot`].
pub struct Snapshot<'a>(rusqlite::Transaction<'a>);

impl Snapshot<'_> {
    /// Ends the snapshot (it wrote nothing).
    pub fn end(self) -> Result<()> {
        Ok(self.0.commit()?)
    }
}

/// A file that is not SQLite, or a damaged one, says so in plain words instead of SQLite's code.
/// A text column that does not read as what it should hold (`col` is its place in the row).
pub(crate) fn unreadable(
    col: usize,
    e: impl std::error::Error + Send + Sync + 'static,
) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(col, rusqlite::types::Type::Text, Box::new(e))
}

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

/// How long a statement waits for another process's write before giving up.
pub(crate) const BUSY_WAIT: Duration = Duration::from_secs(5);

/// Switches the database to WAL. On a new database another process opening it at the same moment
/// can hold it, and SQLite answers "locked" at once instead of waiting: try again for a while.
fn use_wal(conn: &Connection) -> Result<()> {
    let deadline = Instant::now() + BUSY_WAIT;
    loop {
        match conn.pragma_update(None, "journal_mode", "WAL") {
            Err(e)
                if e.sqlite_error_code() == Some(ErrorCode::DatabaseBusy)
                    && Instant::now() < deadline =>
            {
                std::thread::sleep(Duration::from_millis(10));
            }
            done => return Ok(done?),
        }
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

    #[test]
    fn temporaries_of_killed_processes_are_swept_on_open() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("data");
        std::fs::create_dir_all(dir.join("evidence")).unwrap();
        // Above Linux's largest pid (2^22): no such process runs.
        let dead = 4_194_305;
        let own = std::process::id();
        let stale = [
            dir.join(format!(".index.key.{dead}.tmp")),
            dir.join("evidence").join(format!(".ab12.eml.{dead}.tmp")),
        ];
        // (Not `.index.key.{own}.tmp`: opening the store writes index.key through that very name.)
        let kept = [
            dir.join(format!(".letter.pdf.{own}.tmp")),
            dir.join("evidence").join("ab12.eml"),
            dir.join("catatan.tmp"),
        ];
        for f in stale.iter().chain(&kept) {
            std::fs::write(f, b"x").unwrap();
        }
        drop(Store::open(&dir).unwrap());
        for f in &stale {
            assert!(
                !f.exists(),
                "{} was left by a killed process and must go",
                f.display()
            );
        }
        for f in &kept {
            assert!(
                f.exists(),
                "{} is a running process's or no temporary at all: kept",
                f.display()
            );
        }
    }

    #[test]
    fn an_original_without_its_row_is_swept_once_settled() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("data");
        drop(Store::open(&dir).unwrap());
        let evidence = dir.join("evidence");
        std::fs::create_dir_all(&evidence).unwrap();
        let orphan = evidence.join(format!("{}.eml", "a".repeat(64)));
        let fresh = evidence.join(format!("{}.json", "b".repeat(64)));
        let other = evidence.join("catatan.eml");
        for f in [&orphan, &fresh, &other] {
            std::fs::write(f, b"From: x").unwrap();
        }
        let long_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        for f in [&orphan, &other] {
            std::fs::File::options()
                .write(true)
                .open(f)
                .unwrap()
                .set_modified(long_ago)
                .unwrap();
        }
        drop(Store::open(&dir).unwrap());
        assert!(
            !orphan.exists(),
            "an original a killed intake left without its row goes with it"
        );
        assert!(
            fresh.exists(),
            "a new original may belong to another process's open transaction"
        );
        assert!(
            other.exists(),
            "a file not named like an original is left alone"
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
