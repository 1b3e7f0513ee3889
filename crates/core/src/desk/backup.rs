//! Backup and restore of the whole data folder as one file: a ZIP holding the database (copied
//! with SQLite's online backup API, so a window writing meanwhile is no problem), the keys, the
//! audit chain's head file, the evidence and the letters, and `manifest.json` with every file's
//! SHA-256. A restore checks every hash before anything is placed, and goes only into a new or
//! empty folder: a folder that holds a register (in use or not) is never overwritten.
//!
//! The file holds the office's personal data and its keys: it is written private (0600), and
//! the README says to keep it as carefully as the PC itself.

use crate::store::migrations::schema_version;
use crate::store::DB_FILE;
use crate::vault::{self, Vault};
use crate::{datadir, CoreError, Result, Store};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use std::path::{Component, Path, PathBuf};
use ts_rs::TS;

/// What the manifest's `format` says.
pub const FORMAT: &str = "pdpdesk-backup";
/// The manifest's version this build writes and reads.
pub const VERSION: u32 = 1;
/// The manifest's name inside the file.
pub const MANIFEST: &str = "manifest.json";

/// One file of the data folder inside the backup.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "BackupFile")]
pub struct FileEntry {
    /// Relative to the data folder, `/`-separated.
    pub path: String,
    pub sha256: String,
    pub bytes: u64,
}

/// `manifest.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "BackupManifest")]
pub struct Manifest {
    pub format: String,
    pub version: u32,
    pub app_version: String,
    /// The database's schema (its last migration).
    pub schema: i64,
    pub made_at: DateTime<Utc>,
    pub requests: u32,
    pub files: Vec<FileEntry>,
}

/// A backup written.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct BackupMade {
    pub path: String,
    pub sha256: String,
    pub bytes: u64,
    pub files: u32,
    pub requests: u32,
    pub schema: i64,
}

/// A backup restored.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Restored {
    pub dir: String,
    pub files: u32,
    pub requests: u32,
    /// The schema the backup was made with (the restored database is migrated on from it).
    pub schema: i64,
    pub made_at: DateTime<Utc>,
    /// The restored audit chain walked end to end.
    pub audit_ok: bool,
    /// The backup was of an encrypted folder: the restored one opens with the same passphrase.
    pub encrypted: bool,
}

fn hex(digest: impl AsRef<[u8]>) -> String {
    digest.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

fn file_error(path: &Path, message: impl Into<String>) -> CoreError {
    CoreError::File {
        path: path.to_path_buf(),
        message: message.into(),
    }
}

/// The data folder's files a backup carries, relative and sorted: everything but the database
/// and its journal (copied through SQLite instead) and temporary files.
fn data_files(dir: &Path) -> Result<Vec<PathBuf>> {
    fn walk(root: &Path, at: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
        for entry in std::fs::read_dir(at)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let path = entry.path();
            let kind = entry.file_type()?;
            if kind.is_dir() {
                walk(root, &path, out)?;
            } else if kind.is_file() {
                let rel = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
                let top = rel.to_string_lossy();
                if !top.starts_with(DB_FILE) {
                    out.push(rel);
                }
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out).map_err(|e| file_error(dir, format!("cannot be read: {e}")))?;
    out.sort();
    Ok(out)
}

fn zip_name(rel: &Path) -> String {
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Writes the backup of `store`'s data folder to `out` (replaced when it exists), whole or not
/// at all: a temporary file beside it is renamed into place once complete.
pub fn backup(
    store: &mut Store,
    out: &Path,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<BackupMade> {
    let dir = store.dir().to_path_buf();
    let out = target(out, &dir)?;
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let pid = std::process::id();
    let tmp = out.with_file_name(format!(".{name}.{pid}.tmp"));
    let db_copy = dir.join(format!(".backup-{pid}.db.{pid}.tmp"));
    let _ = std::fs::remove_file(&db_copy);
    let made: Result<BackupMade> = (|| {
        store.copy_database_to(&db_copy)?;
        let mut files = vec![(PathBuf::from(DB_FILE), db_copy.clone())];
        for rel in data_files(&dir)? {
            files.push((rel.clone(), dir.join(&rel)));
        }
        let manifest = write_zip(&tmp, &files, store, now)?;
        let bytes = std::fs::read(&tmp).map_err(|e| file_error(&tmp, e.to_string()))?;
        std::fs::rename(&tmp, &out).map_err(|e| file_error(&out, e.to_string()))?;
        Ok(BackupMade {
            path: out.display().to_string(),
            sha256: hex(Sha256::digest(&bytes)),
            bytes: bytes.len() as u64,
            files: manifest.files.len() as u32,
            requests: manifest.requests,
            schema: manifest.schema,
        })
    })();
    let _ = std::fs::remove_file(&db_copy);
    if made.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    let made = made?;
    store.log_backup(actor, now, &[&made.sha256, &made.files.to_string()])?;
    Ok(made)
}

fn target(out: &Path, dir: &Path) -> Result<PathBuf> {
    if out.file_name().is_none() || out.is_dir() {
        return Err(CoreError::invalid(
            "out",
            "folder",
            "give the file to write the backup to, not a folder",
        ));
    }
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !parent.is_dir() {
        return Err(CoreError::invalid(
            "out",
            "no_folder",
            format!("the folder {} does not exist", parent.display()),
        ));
    }
    let inside = match (parent.canonicalize(), dir.canonicalize()) {
        (Ok(p), Ok(d)) => p.starts_with(d),
        _ => false,
    };
    if inside {
        return Err(CoreError::invalid(
            "out",
            "inside_data",
            "a backup inside the data folder would be lost with it: choose another folder (a USB stick)",
        ));
    }
    Ok(out.to_path_buf())
}

fn write_zip(
    tmp: &Path,
    files: &[(PathBuf, PathBuf)],
    store: &Store,
    now: DateTime<Utc>,
) -> Result<Manifest> {
    use zip::write::SimpleFileOptions;
    let _ = std::fs::remove_file(tmp);
    datadir::write_new_private(tmp, b"").map_err(|e| file_error(tmp, e.to_string()))?;
    let file = std::fs::OpenOptions::new()
        .write(true)
        .truncate(true)
        .open(tmp)
        .map_err(|e| file_error(tmp, e.to_string()))?;
    let mut zip = zip::ZipWriter::new(file);
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .unix_permissions(0o600);
    let zip_err = |e: zip::result::ZipError| file_error(tmp, e.to_string());
    let mut entries = Vec::new();
    for (rel, from) in files {
        let name = zip_name(rel);
        zip.start_file(name.as_str(), options).map_err(zip_err)?;
        let mut reader = std::fs::File::open(from).map_err(|e| file_error(from, e.to_string()))?;
        let mut hasher = Sha256::new();
        let mut buf = vec![0u8; 64 * 1024];
        let mut bytes = 0u64;
        loop {
            let n = reader
                .read(&mut buf)
                .map_err(|e| file_error(from, e.to_string()))?;
            if n == 0 {
                break;
            }
            hasher.update(&buf[..n]);
            zip.write_all(&buf[..n])
                .map_err(|e| file_error(tmp, e.to_string()))?;
            bytes += n as u64;
        }
        entries.push(FileEntry {
            path: name,
            sha256: hex(hasher.finalize()),
            bytes,
        });
    }
    let manifest = Manifest {
        format: FORMAT.into(),
        version: VERSION,
        app_version: env!("CARGO_PKG_VERSION").into(),
        schema: schema_version(),
        made_at: now,
        requests: store.count_requests()? as u32,
        files: entries,
    };
    let json = serde_json::to_vec_pretty(&manifest)
        .map_err(|e| CoreError::Internal(format!("the manifest as JSON: {e}")))?;
    zip.start_file(MANIFEST, options).map_err(zip_err)?;
    zip.write_all(&json)
        .map_err(|e| file_error(tmp, e.to_string()))?;
    let file = zip.finish().map_err(zip_err)?;
    file.sync_all()
        .map_err(|e| file_error(tmp, e.to_string()))?;
    Ok(manifest)
}

/// A path inside the backup that stays inside the folder it is restored into.
fn safe_relative(name: &str) -> Option<PathBuf> {
    let path = Path::new(name);
    let ok = !name.is_empty() && path.components().all(|c| matches!(c, Component::Normal(_)));
    ok.then(|| path.to_path_buf())
}

/// Restores the backup `file` into `into`, a folder that does not exist yet or is empty. Every
/// file's SHA-256 is checked against the manifest before the folder is put in place; the
/// restored store is then opened (migrated when the backup is older) and its chain walked. The
/// backup of an encrypted folder asks `passphrase` for its passphrase, checked before the folder
/// is put in place.
pub fn restore(
    file: &Path,
    into: &Path,
    passphrase: impl FnOnce() -> Result<String>,
) -> Result<Restored> {
    refuse_used(into)?;
    let reader = std::fs::File::open(file).map_err(|e| file_error(file, e.to_string()))?;
    let mut zip = zip::ZipArchive::new(reader)
        .map_err(|e| file_error(file, format!("is not a PDP Desk backup ({e})")))?;
    let manifest = read_manifest(&mut zip, file)?;
    let parent = into
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let base = into
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "data".into());
    let staging = parent.join(format!(".{base}.restoring.{}.tmp", std::process::id()));
    let _ = std::fs::remove_dir_all(&staging);
    let placed: Result<Option<Vault>> = (|| {
        datadir::prepare(&staging)?;
        unpack(&mut zip, &manifest, file, &staging)?;
        let vault = if vault::is_encrypted(&staging) {
            vault::unlock(&staging, &passphrase()?)?
        } else {
            None
        };
        if into.exists() {
            std::fs::remove_dir(into).map_err(|e| file_error(into, e.to_string()))?;
        }
        std::fs::rename(&staging, into).map_err(|e| file_error(into, e.to_string()))?;
        Ok(vault)
    })();
    if placed.is_err() {
        let _ = std::fs::remove_dir_all(&staging);
    }
    let vault = placed?;
    let mut store = Store::open_with(into, vault.as_ref())?;
    let audit = store.audit_status()?;
    Ok(Restored {
        dir: into.display().to_string(),
        files: manifest.files.len() as u32,
        requests: store.count_requests()? as u32,
        schema: manifest.schema,
        made_at: manifest.made_at,
        audit_ok: audit.ok,
        encrypted: vault.is_some(),
    })
}

/// A folder that holds anything (a register in use above all) is not restored into.
fn refuse_used(into: &Path) -> Result<()> {
    if !into.exists() {
        return Ok(());
    }
    if !into.is_dir() {
        return Err(CoreError::invalid(
            "into",
            "not_folder",
            format!("{} is a file, not a folder", into.display()),
        ));
    }
    if into.join(DB_FILE).exists() {
        return Err(CoreError::invalid(
            "into",
            "holds_register",
            format!(
                "{} holds a register already (perhaps in use): restore into a new folder, nothing was changed",
                into.display()
            ),
        ));
    }
    let empty = std::fs::read_dir(into)
        .map_err(|e| file_error(into, e.to_string()))?
        .next()
        .is_none();
    if !empty {
        return Err(CoreError::invalid(
            "into",
            "not_empty",
            format!(
                "{} is not empty: restore into a new or empty folder, nothing was changed",
                into.display()
            ),
        ));
    }
    Ok(())
}

fn read_manifest(zip: &mut zip::ZipArchive<std::fs::File>, file: &Path) -> Result<Manifest> {
    let mut text = Vec::new();
    zip.by_name(MANIFEST)
        .map_err(|_| file_error(file, "is not a PDP Desk backup (it has no manifest.json)"))?
        .take(16 * 1024 * 1024)
        .read_to_end(&mut text)
        .map_err(|e| file_error(file, format!("manifest.json cannot be read: {e}")))?;
    let manifest: Manifest = serde_json::from_slice(&text)
        .map_err(|e| file_error(file, format!("manifest.json is not a backup manifest: {e}")))?;
    if manifest.format != FORMAT || manifest.version != VERSION {
        return Err(file_error(
            file,
            format!(
                "is a {} version {} file, not a PDP Desk backup this build reads",
                manifest.format, manifest.version
            ),
        ));
    }
    if manifest.schema > schema_version() {
        return Err(CoreError::NewerDatabase {
            path: file.to_path_buf(),
            found: manifest.schema,
            known: schema_version(),
        });
    }
    if !manifest.files.iter().any(|f| f.path == DB_FILE) {
        return Err(file_error(file, "holds no database"));
    }
    Ok(manifest)
}

fn unpack(
    zip: &mut zip::ZipArchive<std::fs::File>,
    manifest: &Manifest,
    file: &Path,
    staging: &Path,
) -> Result<()> {
    let listed: std::collections::HashSet<&str> =
        manifest.files.iter().map(|f| f.path.as_str()).collect();
    for name in zip.file_names() {
        let name = name.map_err(|e| file_error(file, e.to_string()))?;
        if name != MANIFEST && !listed.contains(name.as_ref()) {
            return Err(file_error(
                file,
                format!("holds {name}, which its manifest does not list: it was changed after it was made"),
            ));
        }
    }
    for entry in &manifest.files {
        let rel = safe_relative(&entry.path).ok_or_else(|| {
            file_error(
                file,
                format!("names a file outside the folder: {}", entry.path),
            )
        })?;
        let mut inner = zip.by_name(&entry.path).map_err(|_| {
            file_error(
                file,
                format!("lacks {}, which its manifest lists", entry.path),
            )
        })?;
        let mut bytes = Vec::new();
        inner
            .read_to_end(&mut bytes)
            .map_err(|e| file_error(file, format!("{} cannot be read: {e}", entry.path)))?;
        if hex(Sha256::digest(&bytes)) != entry.sha256 || bytes.len() as u64 != entry.bytes {
            return Err(file_error(
                file,
                format!(
                    "{} does not match its SHA-256 in the manifest: the backup is damaged or was changed; nothing was restored",
                    entry.path
                ),
            ));
        }
        let to = staging.join(&rel);
        if let Some(folder) = to.parent() {
            std::fs::create_dir_all(folder).map_err(|e| file_error(folder, e.to_string()))?;
            datadir::restrict(folder, 0o700).map_err(|e| file_error(folder, e.to_string()))?;
        }
        datadir::write_new_private(&to, &bytes).map_err(|e| file_error(&to, e.to_string()))?;
    }
    Ok(())
}

#[cfg(test)]
#[path = "backup_tests.rs"]
mod tests;
