//! Evidence of receipt: the original of every message (or source record) a request came from,
//! kept byte for byte under `evidence/<sha256>.<ext>` (0600) and listed per request.

use super::audit::WriteTx;
use super::Store;
use crate::intake::evidence::Evidence;
use crate::{datadir, CoreError, Result};
use chrono::{DateTime, Utc};
use std::path::{Path, PathBuf};

/// The file extension of kept originals by relation: source records are kept as JSON.
pub(super) fn extension(relation: &str) -> &'static str {
    if relation == "record" {
        "json"
    } else {
        "eml"
    }
}

/// Keeps the original (sealed when the folder is encrypted) under `evidence/<sha256>.<ext>` (0600), written to a temporary file
/// first so a crash never leaves half an original. Says whether this call created the file.
fn keep_original(dir: &Path, raw: &[u8], sha256: &str, ext: &str) -> Result<(PathBuf, bool)> {
    let fail = |e: std::io::Error| CoreError::DataDir {
        path: dir.to_path_buf(),
        source: e,
    };
    std::fs::create_dir_all(dir).map_err(fail)?;
    datadir::restrict(dir, 0o700).map_err(fail)?;
    let target = dir.join(format!("{sha256}.{ext}"));
    if target.exists() {
        return Ok((target, false));
    }
    datadir::write_new_private(&target, raw).map_err(fail)?;
    Ok((target, true))
}

impl Store {
    /// Writes the rows `rows` makes and the original they stand on as one: under the database's
    /// write lock (`BEGIN IMMEDIATE`, so two processes take turns and `rows` sees what the other
    /// committed) the rows are written, then the original, then the commit. When any step fails
    /// nothing is kept: the rows roll back and an original this call wrote is removed.
    pub(super) fn with_evidence<T>(
        &mut self,
        raw: &[u8],
        sha256: &str,
        ext: &str,
        rows: impl FnOnce(&WriteTx) -> Result<T>,
    ) -> Result<T> {
        let dir = self.dir().join("evidence");
        let kept = self.for_keeping(raw)?;
        let tx = self.write()?;
        let out = rows(&tx)?;
        let (target, created) = keep_original(&dir, &kept, sha256, ext)?;
        if let Err(e) = tx.commit() {
            if created {
                let _ = std::fs::remove_file(&target);
            }
            return Err(e);
        }
        Ok(out)
    }

    /// Removes originals no row stands on: a process killed between writing an original and
    /// committing its rows leaves one, and an original of nothing registered (or waiting in the
    /// needs-a-look queue) is personal data kept for no purpose. Files younger than a minute may belong to another process's open
    /// transaction and are left alone.
    pub(super) fn sweep_orphan_evidence(&self) -> Result<()> {
        let Ok(entries) = std::fs::read_dir(self.dir().join("evidence")) else {
            return Ok(());
        };
        let mut known = self.conn.prepare(
            "SELECT 1 FROM intake_messages WHERE sha256 = ?1
             UNION ALL SELECT 1 FROM intake_queue WHERE sha256 = ?1 AND decision IS NULL",
        )?;
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some((sha256, "eml" | "json")) = name.split_once('.') else {
                continue;
            };
            let original = sha256.len() == 64 && sha256.bytes().all(|b| b.is_ascii_hexdigit());
            let settled = entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age > datadir::STALE_AFTER);
            if original && settled && !known.exists([sha256])? {
                let _ = std::fs::remove_file(entry.path());
            }
        }
        Ok(())
    }

    /// The messages and records kept as evidence for a request, oldest first.
    pub fn request_evidence(&self, id: &str) -> Result<Vec<Evidence>> {
        let request = self.request(id)?;
        let mut stmt = self.conn.prepare(
            "SELECT sha256, message_id, source_file, subject, received_at, relation FROM intake_messages
             WHERE request_id = ?1 ORDER BY received_at, id",
        )?;
        let dir = self.dir().join("evidence");
        let rows = stmt.query_map([&request.id], |r| {
            let sha256: String = r.get(0)?;
            let at: String = r.get(4)?;
            let relation: String = r.get(5)?;
            Ok(Evidence {
                path: dir
                    .join(format!("{sha256}.{}", extension(&relation)))
                    .display()
                    .to_string(),
                sha256,
                message_id: r.get(1)?,
                source_file: r.get(2)?,
                subject: r.get(3)?,
                received_at: DateTime::parse_from_rfc3339(&at)
                    .map(|d| d.with_timezone(&Utc))
                    .unwrap_or_default(),
                relation,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}
