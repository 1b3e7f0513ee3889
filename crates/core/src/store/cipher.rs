//! The store under encryption at rest (see `vault`): opening the database with the data key,
//! bringing the database and the kept files (evidence originals, issued letters) under a new key
//! or back to plain, and finishing such a change that a killed process left half done.
//!
//! The database is converted by `sqlcipher_export` into a new file that is renamed over the old
//! one, while this connection is provably the only one (its switch out of WAL succeeds only
//! then) and holds the file's exclusive lock: a window or command line that has the register open
//! makes the change wait for it to close instead of losing its writes.

use super::{BUSY_WAIT, DB_FILE};
use crate::vault::{self, DataKey, Progress, Vault};
use crate::{datadir, CoreError, Result};
use rusqlite::{Connection, ErrorCode};
use std::path::{Path, PathBuf};

/// What the database file turned out to be under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OpenedBy {
    Plain,
    /// The vault's key at this place, newest first.
    Key(usize),
}

/// SQLCipher's own log (on stderr by default) would report every key tried that does not fit:
/// the command line's stderr carries its JSON errors, and a wrong key is an answer here, not a
/// fault. Turned off once per process.
pub(super) fn quiet() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        if let Ok(conn) = Connection::open_in_memory() {
            // The format is pinned: a later SQLCipher with other defaults still opens the file.
            let _ = conn.execute_batch(
                "PRAGMA cipher_log_level = NONE; PRAGMA cipher_default_compatibility = 4;",
            );
        }
    });
}

/// The data folder's lock file: every open store holds it shared for as long as it is open; an
/// encryption change holds it alone, so nobody opens the register while its file is replaced (a
/// connection waiting on SQLite's lock would otherwise go on in the replaced file).
const LOCK_FILE: &str = ".pdpdesk.lock";

/// Opens the lock file of `dir` (made 0600 the first time).
pub(super) fn lock_file(dir: &Path) -> Result<std::fs::File> {
    let path = dir.join(LOCK_FILE);
    let mut opts = std::fs::OpenOptions::new();
    opts.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(&path).map_err(|e| file_error(&path, e))
}

/// Sets the key on a fresh connection (SQLCipher: the first statement) and keeps SQLite's
/// temporary tables and indices in memory, where they are not written out unencrypted.
pub(super) fn use_key(conn: &Connection, key: &DataKey) -> Result<()> {
    conn.pragma_update(None, "key", &*key.database_key())?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    Ok(())
}

/// Whether a connection can read the database it was opened on (with its key, if any).
fn readable(conn: &Connection) -> rusqlite::Result<bool> {
    match conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    }) {
        Ok(_) => Ok(true),
        Err(rusqlite::Error::SqliteFailure(f, _)) if f.code == ErrorCode::NotADatabase => Ok(false),
        Err(e) => Err(e),
    }
}

/// Finds what opens the database at `path`: the vault's keys newest first, then no key (a
/// database not yet converted). `None` when nothing does (damaged, or not this folder's).
pub(super) fn opened_by(path: &Path, vault: &Vault) -> Result<Option<OpenedBy>> {
    quiet();
    if std::fs::metadata(path).map_or(true, |m| m.len() == 0) {
        return Ok(Some(OpenedBy::Key(0)));
    }
    for (i, key) in vault.keys_newest_first().enumerate() {
        let conn = Connection::open(path)?;
        conn.busy_timeout(BUSY_WAIT)?;
        use_key(&conn, key)?;
        if readable(&conn)? {
            return Ok(Some(OpenedBy::Key(i)));
        }
    }
    let conn = Connection::open(path)?;
    conn.busy_timeout(BUSY_WAIT)?;
    Ok(readable(&conn)?.then_some(OpenedBy::Plain))
}

/// What the database should be under when the vault's change is done.
fn target(vault: &Vault) -> OpenedBy {
    match vault.progress() {
        Progress::Decrypting => OpenedBy::Plain,
        Progress::Done | Progress::Encrypting => OpenedBy::Key(0),
    }
}

/// Brings the data folder to where `vault` says it should be: the database converted when it is
/// not under the target key yet, then every kept file, then the keyring marked done (or removed
/// after decrypting). Safe to run again after being killed at any point; the caller holds the
/// folder's lock alone. A kept file that cannot be converted now is left for the next open.
pub(crate) fn finish(dir: &Path, vault: &mut Vault) -> Result<()> {
    database_to_target(&dir.join(DB_FILE), vault)?;
    files_to_target(dir, vault);
    Ok(())
}

/// Converts the database at `path` to where `vault` says it should be, from whatever it is
/// under now (one of the vault's keys, or plain); nothing when it is there already.
fn database_to_target(path: &Path, vault: &Vault) -> Result<()> {
    let Some(now) = opened_by(path, vault)? else {
        return Err(CoreError::DamagedDatabase {
            path: path.to_path_buf(),
        });
    };
    let want = target(vault);
    if now == want {
        return Ok(());
    }
    let keys: Vec<DataKey> = vault.keys_newest_first().cloned().collect();
    let key = |at: OpenedBy| match at {
        OpenedBy::Plain => None,
        OpenedBy::Key(i) => Some(&keys[i]),
    };
    convert_database(path, key(now), key(want))
}

/// Converts the kept files; when every one is there, the keyring keeps only the current key (or
/// goes). Otherwise (a file not convertible now, the keyring unwritable) the keyring stays marked
/// and the next open tries again.
fn files_to_target(dir: &Path, vault: &mut Vault) {
    if convert_files(dir, vault) == 0 {
        let _ = vault::finished(dir, vault);
    }
}

/// Runs an encryption change on a data folder nobody has open: `begin` writes the new keyring
/// and gives the vault to convert to; then the database and the files are converted. Until the
/// database is in place under its new key, any failure puts the keyring back as it was, so
/// nothing changed. After that the change goes forward: a kept file that cannot be converted now
/// leaves the keyring marked unfinished, and every later open tries again (the folder reads
/// meanwhile: files name the key they are under).
pub(crate) fn change(dir: &Path, begin: impl FnOnce() -> Result<Vault>) -> Result<Vault> {
    let path = dir.join(DB_FILE);
    let lock = lock_file(dir)?;
    lock.try_lock().map_err(|_| in_use(&path))?;
    let keyring = dir.join(vault::KEYRING_FILE);
    let before = std::fs::read(&keyring).ok();
    let mut vault = begin()?;
    if let Err(e) = database_to_target(&path, &vault) {
        let _ = match &before {
            Some(bytes) => datadir::replace_private(&keyring, bytes),
            None => std::fs::remove_file(&keyring),
        };
        return Err(e);
    }
    files_to_target(dir, &mut vault);
    Ok(vault)
}

/// Whether the vault's change still has work: the keyring not done, or the database not under
/// the current key.
pub(super) fn unfinished(vault: &Vault, opened: OpenedBy) -> bool {
    vault.progress() != Progress::Done || opened != target(vault)
}

fn in_use(path: &Path) -> CoreError {
    CoreError::RegisterInUse {
        path: path.to_path_buf(),
    }
}

/// Re-writes the database at `path` from under `from` to under `to` (`None`: plain), as a new
/// file renamed over it. Refused while another connection has it open.
fn convert_database(path: &Path, from: Option<&DataKey>, to: Option<&DataKey>) -> Result<()> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(BUSY_WAIT)?;
    if let Some(key) = from {
        use_key(&conn, key)?;
    }
    // Leaving WAL needs every other connection gone; then the exclusive lock keeps newcomers out
    // until the new file is in place.
    let mode: String = conn
        .query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))
        .map_err(|e| match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => in_use(path),
            _ => CoreError::from(e),
        })?;
    if !mode.eq_ignore_ascii_case("delete") {
        return Err(in_use(path));
    }
    conn.pragma_update(None, "locking_mode", "EXCLUSIVE")?;
    conn.execute_batch("BEGIN EXCLUSIVE; COMMIT;")
        .map_err(|e| match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => in_use(path),
            _ => CoreError::from(e),
        })?;
    let tmp = temporary(path);
    let _ = std::fs::remove_file(&tmp);
    datadir::write_new_private(&tmp, b"").map_err(|e| file_error(&tmp, e))?;
    let converted: Result<()> = (|| {
        let key = to.map(|k| k.database_key());
        conn.execute(
            "ATTACH DATABASE ?1 AS converted KEY ?2",
            rusqlite::params![
                tmp.to_string_lossy(),
                key.as_deref().map_or("", |k| k.as_str())
            ],
        )?;
        conn.query_row("SELECT sqlcipher_export('converted')", [], |_| Ok(()))?;
        conn.execute("DETACH DATABASE converted", [])?;
        std::fs::File::open(&tmp)
            .and_then(|f| f.sync_all())
            .map_err(|e| file_error(&tmp, e))?;
        std::fs::rename(&tmp, path).map_err(|e| file_error(path, e))?;
        datadir::sync_folder(path).map_err(|e| file_error(path, e))?;
        Ok(())
    })();
    if converted.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    converted?;
    drop(conn);
    // The old file's journal files belonged to the file just replaced.
    for suffix in ["-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    Ok(())
}

/// Where the converted database is written before it is renamed into place: one name, since
/// only the holder of the folder's lock converts (a leftover of a killed conversion is removed).
/// Not `.tmp`: the sweep of temporaries must not take it from a long conversion.
fn temporary(path: &Path) -> PathBuf {
    path.with_file_name(format!(".{DB_FILE}.converting"))
}

fn file_error(path: &Path, e: std::io::Error) -> CoreError {
    CoreError::File {
        path: path.to_path_buf(),
        message: e.to_string(),
    }
}

/// The kept files that hold personal data: originals under `evidence/`, issued letters' PDFs
/// under `letters/<request>/` (the office's own templates under `letters/templates/` are not).
pub(crate) fn kept_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let list = |at: &Path| -> Vec<PathBuf> {
        std::fs::read_dir(at)
            .map(|entries| entries.flatten().map(|e| e.path()).collect())
            .unwrap_or_default()
    };
    let hidden = |p: &Path| {
        p.file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
    };
    for file in list(&dir.join("evidence")) {
        if file.is_file() && !hidden(&file) {
            out.push(file);
        }
    }
    for folder in list(&dir.join("letters")) {
        if !folder.is_dir() || folder.file_name().is_some_and(|n| n == "templates") {
            continue;
        }
        for file in list(&folder) {
            if file.is_file() && !hidden(&file) {
                out.push(file);
            }
        }
    }
    out.sort();
    out
}

/// Brings every kept file under the vault's current key (or back to plain when decrypting),
/// each written whole through a temporary file; files already there are left alone. Gives how
/// many could not be converted now (unreadable, or not this folder's): they stay as they were.
fn convert_files(dir: &Path, vault: &Vault) -> usize {
    let decrypting = vault.progress() == Progress::Decrypting;
    let mut failed = 0;
    for file in kept_files(dir) {
        let converted: Result<()> = (|| {
            let bytes = std::fs::read(&file).map_err(|e| file_error(&file, e))?;
            let done = if decrypting {
                vault::sealed_by(&bytes).is_none()
            } else {
                vault.is_current(&bytes)
            };
            if done {
                return Ok(());
            }
            let plain = vault.open(&bytes, &file)?;
            let out = if decrypting {
                plain
            } else {
                vault.seal(&plain)?
            };
            datadir::replace_private(&file, &out).map_err(|e| file_error(&file, e))
        })();
        if converted.is_err() {
            failed += 1;
        }
    }
    failed
}
