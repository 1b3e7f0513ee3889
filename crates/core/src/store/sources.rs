//! SQL for sources: the files and folders staff added, each file's fingerprint and last report,
//! and the column roles staff gave an unknown layout.

use super::requests::{parse_ts, ts};
use super::Store;
use crate::audit::Action;
use crate::sources::added::{Source, SourceFile};
use crate::sources::{FileReport, SourceKind};
use crate::vocabulary::FieldRole;
use crate::{CoreError, Result};
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use std::path::{Path, PathBuf};

/// What the store remembers of a file between reads.
pub(crate) struct Fingerprint {
    pub size: u64,
    pub mtime: String,
    pub sha256: String,
}

fn json_column<T: serde::de::DeserializeOwned>(text: Option<String>) -> Option<T> {
    text.and_then(|t| serde_json::from_str(&t).ok())
}

impl Store {
    /// Adds a file or folder (absolute path kept). Adding it again returns the existing source.
    pub fn add_source(&mut self, path: &Path, actor: &str, now: DateTime<Utc>) -> Result<Source> {
        let abs = std::fs::canonicalize(path).map_err(|e| CoreError::File {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        let is_folder = abs.is_dir();
        let path_text = abs.to_string_lossy().into_owned();
        let tx = self.write()?;
        let added = tx.execute(
            "INSERT INTO sources (path, is_folder, added_at, added_by) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (path) DO NOTHING",
            params![path_text, is_folder, ts(now), actor],
        )?;
        if added == 1 {
            let target = format!("source:{}", tx.last_insert_rowid());
            tx.append(Action::SourceAdded, &target, actor, now, &[&path_text])?;
            tx.commit()?;
        } else {
            // Added before: nothing changed.
            drop(tx);
        }
        self.source(&abs)
    }

    /// A source by its path (as added, or any path that resolves to it).
    pub fn source(&self, path: &Path) -> Result<Source> {
        let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let key = abs.to_string_lossy().into_owned();
        self.sources()?
            .into_iter()
            .find(|s| s.path == key)
            .ok_or_else(|| {
                CoreError::invalid(
                    "source",
                    "unknown",
                    format!("{} is not an added source", path.display()),
                )
            })
    }

    /// The kind of every file read, by source path and file.
    pub fn file_kinds(&self) -> Result<std::collections::BTreeMap<(String, String), SourceKind>> {
        let mut map = std::collections::BTreeMap::new();
        for s in self.sources()? {
            for f in s.files {
                if let Some(k) = f.kind {
                    map.insert((s.path.clone(), f.rel_path), k);
                }
            }
        }
        Ok(map)
    }

    /// Every source with its files, in the order they were added.
    pub fn sources(&self) -> Result<Vec<Source>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, path, is_folder, added_at FROM sources ORDER BY id")?;
        let heads = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, bool>(2)?,
                    parse_ts(&r.get::<_, String>(3)?)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut files_stmt = self.conn.prepare(
            "SELECT f.rel_path, f.kind, f.records, f.read_at, f.error, f.report,
                    EXISTS (SELECT 1 FROM column_mappings m WHERE m.source_id = f.source_id AND m.rel_path = f.rel_path)
             FROM source_files f WHERE f.source_id = ?1 ORDER BY f.rel_path",
        )?;
        let mut out = Vec::new();
        for (id, path, is_folder, added_at) in heads {
            let files = files_stmt
                .query_map([id], |r| {
                    Ok(SourceFile {
                        rel_path: r.get(0)?,
                        kind: json_column(
                            r.get::<_, Option<String>>(1)?.map(|k| format!("\"{k}\"")),
                        ),
                        records: r.get::<_, Option<i64>>(2)?.map(|n| n as u64),
                        read_at: r
                            .get::<_, Option<String>>(3)?
                            .map(|t| parse_ts(&t))
                            .transpose()?,
                        error: r.get(4)?,
                        report: json_column(r.get(5)?),
                        mapped: r.get(6)?,
                        missing: None,
                    })
                })?
                .collect::<rusqlite::Result<Vec<SourceFile>>>()?;
            let root = Path::new(&path);
            let files = files
                .into_iter()
                .map(|f| {
                    let on_disk = if is_folder {
                        root.join(&f.rel_path)
                    } else {
                        root.to_path_buf()
                    };
                    let missing = (!on_disk.exists()).then(|| f.missing_note(added_at));
                    SourceFile { missing, ..f }
                })
                .collect();
            out.push(Source {
                id,
                path,
                is_folder,
                added_at,
                files,
            });
        }
        Ok(out)
    }

    /// Forgets a source (nothing on disk is touched).
    pub fn remove_source(
        &mut self,
        path: &Path,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Source> {
        let source = self.source(path)?;
        let tx = self.write()?;
        tx.execute("DELETE FROM sources WHERE id = ?1", [source.id])?;
        let target = format!("source:{}", source.id);
        tx.append(Action::SourceRemoved, &target, actor, now, &[&source.path])?;
        tx.commit()?;
        Ok(source)
    }

    /// The source a file belongs to and the file's path relative to it.
    pub fn source_of_file(&self, file: &Path) -> Result<(Source, String)> {
        let abs = std::fs::canonicalize(file).map_err(|e| CoreError::File {
            path: file.to_path_buf(),
            message: e.to_string(),
        })?;
        for s in self.sources()? {
            let root = PathBuf::from(&s.path);
            if abs == root {
                let name = root
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                return Ok((s, name));
            }
            if let Ok(rel) = abs.strip_prefix(&root) {
                let rel = rel.to_string_lossy().replace('\\', "/");
                return Ok((s, rel));
            }
        }
        Err(CoreError::invalid(
            "source",
            "unknown",
            format!("{} is in no added source: add it first", file.display()),
        ))
    }

    /// Staff's column roles for a file whose layout PDP Desk did not know. The count must match
    /// the file's columns as last read; the file is read again at the next index.
    pub fn set_mapping(
        &mut self,
        file: &Path,
        roles: &[FieldRole],
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let (source, rel) = self.source_of_file(file)?;
        let report = source
            .files
            .iter()
            .find(|f| f.rel_path == rel)
            .and_then(|f| f.report.clone())
            .ok_or_else(|| {
                CoreError::invalid(
                    "mapping",
                    "required",
                    format!(
                        "{} has not been read yet: run the index first",
                        file.display()
                    ),
                )
            })?;
        if report.columns.len() != roles.len() {
            return Err(CoreError::invalid(
                "mapping",
                "format",
                format!(
                    "{} has {} columns but {} roles were given",
                    rel,
                    report.columns.len(),
                    roles.len()
                ),
            ));
        }
        let roles = serde_json::to_string(roles).unwrap_or_default();
        let tx = self.write()?;
        tx.execute(
            "INSERT INTO column_mappings (source_id, rel_path, roles) VALUES (?1, ?2, ?3)
             ON CONFLICT (source_id, rel_path) DO UPDATE SET roles = excluded.roles",
            params![source.id, rel, roles],
        )?;
        tx.execute("UPDATE source_files SET sha256 = NULL, size = NULL WHERE source_id = ?1 AND rel_path = ?2", params![source.id, rel])?;
        // Its index was built with the old roles: until the file is read again, search it whole.
        tx.execute(
            "DELETE FROM index_files WHERE file_id IN
                 (SELECT id FROM source_files WHERE source_id = ?1 AND rel_path = ?2)",
            params![source.id, rel],
        )?;
        let target = format!("source:{}", source.id);
        tx.append(Action::SourceMapped, &target, actor, now, &[&rel, &roles])?;
        tx.commit()
    }

    pub(crate) fn mapping(&self, source_id: i64, rel: &str) -> Result<Option<Vec<FieldRole>>> {
        let roles: Option<String> = self
            .conn
            .query_row(
                "SELECT roles FROM column_mappings WHERE source_id = ?1 AND rel_path = ?2",
                params![source_id, rel],
                |r| r.get(0),
            )
            .optional()?;
        Ok(roles.and_then(|r| serde_json::from_str(&r).ok()))
    }

    pub(crate) fn fingerprint(&self, source_id: i64, rel: &str) -> Result<Option<Fingerprint>> {
        Ok(self
            .conn
            .query_row(
                "SELECT size, mtime, sha256 FROM source_files
                 WHERE source_id = ?1 AND rel_path = ?2 AND sha256 IS NOT NULL
                   AND id IN (SELECT file_id FROM index_files)",
                params![source_id, rel],
                |r| {
                    Ok(Fingerprint {
                        size: r.get::<_, i64>(0)? as u64,
                        mtime: r.get(1)?,
                        sha256: r.get(2)?,
                    })
                },
            )
            .optional()?)
    }

    /// Remembers a file's new modification time when its content did not change.
    pub(crate) fn touch_file(&mut self, source_id: i64, rel: &str, mtime: &str) -> Result<()> {
        self.conn.execute(
            "UPDATE source_files SET mtime = ?3 WHERE source_id = ?1 AND rel_path = ?2",
            params![source_id, rel, mtime],
        )?;
        // The index stays valid for the same content under a new time.
        self.conn.execute(
            "UPDATE index_files SET mtime = ?3 WHERE file_id IN
                 (SELECT id FROM source_files WHERE source_id = ?1 AND rel_path = ?2)",
            params![source_id, rel, mtime],
        )?;
        Ok(())
    }

    /// Records the outcome of reading a file.
    pub(crate) fn record_read(
        &self,
        source_id: i64,
        rel: &str,
        print: &Fingerprint,
        outcome: std::result::Result<&FileReport, &str>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let (kind, records, report, error) = match outcome {
            Ok(r) => (
                serde_json::to_value(r.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(String::from)),
                Some(r.records as i64),
                serde_json::to_string(r).ok(),
                None,
            ),
            Err(e) => (None, None, None, Some(e.to_string())),
        };
        self.conn.execute(
            "INSERT INTO source_files (source_id, rel_path, size, mtime, sha256, kind, records, report, error, read_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
             ON CONFLICT (source_id, rel_path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime,
                 sha256 = excluded.sha256, kind = excluded.kind, records = excluded.records,
                 report = excluded.report, error = excluded.error, read_at = excluded.read_at",
            params![source_id, rel, print.size as i64, print.mtime, print.sha256, kind, records, report, error, ts(now)],
        )?;
        Ok(())
    }

    /// Forgets files that are no longer in their source folder.
    pub(crate) fn forget_files(&mut self, source_id: i64, keep: &[String]) -> Result<Vec<String>> {
        let known: Vec<String> = {
            let mut stmt = self
                .conn
                .prepare("SELECT rel_path FROM source_files WHERE source_id = ?1")?;
            let rows = stmt
                .query_map([source_id], |r| r.get(0))?
                .collect::<rusqlite::Result<Vec<String>>>()?;
            rows
        };
        let gone: Vec<String> = known.into_iter().filter(|k| !keep.contains(k)).collect();
        for g in &gone {
            self.conn.execute(
                "DELETE FROM source_files WHERE source_id = ?1 AND rel_path = ?2",
                params![source_id, g],
            )?;
        }
        Ok(gone)
    }
}
