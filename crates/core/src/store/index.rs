//! The search index's tables: per file read, its size and time as indexed, its record count,
//! what kind of chat it is, where reading can start again, and the keyed hashes with their records.

use super::sources::Fingerprint;
use super::Store;
use crate::index::{postings, FileIndex};
use crate::sources::read::FileRead;
use crate::sources::Checkpoint;
use crate::Result;
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use std::collections::BTreeMap;

/// A file as the index knows it.
#[derive(Debug, Clone)]
pub(crate) struct IndexedFile {
    pub file_id: i64,
    pub size: u64,
    pub mtime: String,
    pub records: u64,
    /// `None` for a table or mail, `Some(true)` for a group chat, `Some(false)` for a 1:1 chat.
    pub group_chat: Option<bool>,
    pub checkpoints: Vec<Checkpoint>,
    /// A workbook's access points, sealed (`index::points`).
    pub access_points: Option<Vec<u8>>,
}

/// The setting that holds the index secret's check value.
const CHECK_SETTING: &str = "index.check";

impl Store {
    /// Keeps the index secret's check value. An index written with another secret (the key file
    /// lost or replaced) would find nothing: it is forgotten, so that searches read the files
    /// and the next reading builds it again.
    pub(crate) fn check_index(&self, check: &str) -> Result<()> {
        let kept = self.setting(CHECK_SETTING)?;
        if kept.as_deref() == Some(check) {
            return Ok(());
        }
        let tx = self.conn.unchecked_transaction()?;
        if kept.is_some() {
            tx.execute("DELETE FROM index_files", [])?;
        }
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [CHECK_SETTING, check],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Records a successful read together with the file's index, in one transaction.
    pub(crate) fn keep_index(
        &mut self,
        source_id: i64,
        rel: &str,
        print: &Fingerprint,
        read: &FileRead,
        index: FileIndex,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let tx = self.conn.unchecked_transaction()?;
        self.record_read(source_id, rel, print, Ok(&read.report), now)?;
        let file_id: i64 = tx.query_row(
            "SELECT id FROM source_files WHERE source_id = ?1 AND rel_path = ?2",
            params![source_id, rel],
            |r| r.get(0),
        )?;
        tx.execute("DELETE FROM index_files WHERE file_id = ?1", [file_id])?;
        let chat = read
            .chat
            .as_ref()
            .map(|c| if c.is_group { "group" } else { "one-to-one" });
        let checkpoints = postings::encode_plain(
            read.checkpoints
                .iter()
                .flat_map(|c| [c.record, c.line, c.byte]),
        );
        tx.execute(
            "INSERT INTO index_files (file_id, size, mtime, records, chat, checkpoints, access_points)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                file_id,
                print.size as i64,
                print.mtime,
                read.report.records as i64,
                chat,
                checkpoints,
                index.sealed_points()
            ],
        )?;
        {
            let mut insert =
                tx.prepare("INSERT INTO index_keys (file_id, key, records) VALUES (?1, ?2, ?3)")?;
            for (key, records) in index.into_postings() {
                insert.execute(params![file_id, key, records])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// The index of a file, if it has one.
    pub(crate) fn indexed_file(&self, source_id: i64, rel: &str) -> Result<Option<IndexedFile>> {
        Ok(self
            .conn
            .query_row(
                "SELECT i.file_id, i.size, i.mtime, i.records, i.chat, i.checkpoints,
                        i.access_points
                 FROM index_files i JOIN source_files f ON f.id = i.file_id
                 WHERE f.source_id = ?1 AND f.rel_path = ?2",
                params![source_id, rel],
                |r| {
                    let chat: Option<String> = r.get(4)?;
                    let blob: Vec<u8> = r.get(5)?;
                    Ok(IndexedFile {
                        file_id: r.get(0)?,
                        size: r.get::<_, i64>(1)? as u64,
                        mtime: r.get(2)?,
                        records: r.get::<_, i64>(3)? as u64,
                        group_chat: chat.map(|c| c == "group"),
                        checkpoints: postings::decode_plain(&blob)
                            .chunks_exact(3)
                            .map(|c| Checkpoint {
                                record: c[0],
                                line: c[1],
                                byte: c[2],
                            })
                            .collect(),
                        access_points: r.get(6)?,
                    })
                },
            )
            .optional()?)
    }

    /// The records of a file that carry `key`.
    pub(crate) fn probe(&self, file_id: i64, key: u32) -> Result<Vec<u64>> {
        let blob: Option<Vec<u8>> = self
            .conn
            .prepare_cached("SELECT records FROM index_keys WHERE file_id = ?1 AND key = ?2")?
            .query_row(params![file_id, key], |r| r.get(0))
            .optional()?;
        Ok(blob.map(|b| postings::decode(&b)).unwrap_or_default())
    }

    /// The chats the index knows, by source path and file: `true` for a group chat.
    pub fn chat_kinds(&self) -> Result<BTreeMap<(String, String), bool>> {
        let mut stmt = self.conn.prepare(
            "SELECT s.path, f.rel_path, i.chat FROM index_files i
             JOIN source_files f ON f.id = i.file_id JOIN sources s ON s.id = f.source_id
             WHERE i.chat IS NOT NULL",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                (r.get::<_, String>(0)?, r.get::<_, String>(1)?),
                r.get::<_, String>(2)? == "group",
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
