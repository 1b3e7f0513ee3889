//! Restoring a backup (see `backup`): every file's SHA-256 checked against the manifest before
//! anything is placed, only into a new or empty folder, or over the brand-new data folder of a
//! first start (an office moving to a new PC), whose empty register is set aside until the
//! restored one opens.

use super::backup::{file_error, hex, Manifest, FORMAT, MANIFEST, VERSION};
use crate::store::migrations::schema_version;
use crate::store::DB_FILE;
use crate::vault::{self, Vault};
use crate::{datadir, CoreError, Result, Store};
use chrono::{DateTime, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::{Component, Path, PathBuf};
use ts_rs::TS;

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

/// Restores the backup `file` over the brand-new data folder `store` lives in (a first start:
/// no request, no office yet), for an office moving to a new PC. The fresh folder is set aside
/// beside it while the backup is restored in its place, put back when the restore fails (a
/// changed file, a wrong passphrase, [`CoreError::Locked`] when an encrypted backup is given no
/// passphrase) and removed once the restored register opens. Gives the store open on the
/// folder, restored or as it was, and whether the restore was made.
pub fn restore_fresh(
    store: Store,
    file: &Path,
    passphrase: Option<&str>,
) -> Result<(Store, Result<Restored>)> {
    if store.count_requests()? > 0 || !crate::desk::demo::setup_needed(&store)? {
        return Ok((
            store,
            Err(CoreError::invalid(
                "into",
                "holds_register",
                "this PDP Desk holds a register already: a backup is restored over a new installation only (restore into a new folder instead), nothing was changed",
            )),
        ));
    }
    let dir = store.dir().to_path_buf();
    let before = store.vault().cloned();
    drop(store);
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "data".into());
    let aside = dir.with_file_name(format!(".{name}.before-restore.{}.tmp", std::process::id()));
    let _ = std::fs::remove_dir_all(&aside);
    std::fs::rename(&dir, &aside).map_err(|e| file_error(&dir, e.to_string()))?;
    let given = || {
        passphrase
            .map(str::to_string)
            .ok_or_else(|| CoreError::Locked {
                path: file.to_path_buf(),
            })
    };
    match restore(file, &dir, given) {
        Ok(restored) => {
            let _ = std::fs::remove_dir_all(&aside);
            let keys = match (restored.encrypted, passphrase) {
                (true, Some(p)) => vault::unlock(&dir, p)?,
                _ => None,
            };
            Ok((Store::open_with(&dir, keys.as_ref())?, Ok(restored)))
        }
        Err(e) => {
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::rename(&aside, &dir).map_err(|e| file_error(&dir, e.to_string()))?;
            Ok((Store::open_with(&dir, before.as_ref())?, Err(e)))
        }
    }
}
