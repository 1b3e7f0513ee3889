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
use crate::{datadir, CoreError, Result, Store};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// What the manifest's `format` says.
pub const FORMAT: &str = "pdpdesk-backup";
/// The manifest's version this build writes and reads.
pub const VERSION: u32 = 1;
/// The manifest's name inside the file.
pub const MANIFEST: &str = "manifest.json";

pub use super::restore::{restore, Restored};

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

pub(super) fn hex(digest: impl AsRef<[u8]>) -> String {
    digest.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

pub(super) fn file_error(path: &Path, message: impl Into<String>) -> CoreError {
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
            // Hidden files (temporaries, the lock, letters put out for the viewer) and the work
            // folder of a package being written are no part of the office's record.
            if name.starts_with('.') || (at == root && name == "tmp") {
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

#[cfg(test)]
#[path = "backup_tests.rs"]
mod tests;
