//! SQL for the delivery record of bundles: what was handed over, with its line in the history.

use super::history::insert_event;
use super::requests::{check_actor, parse_ts, ts};
use super::Store;
use crate::register::EventKind;
use crate::Result;
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use ts_rs::TS;

/// A bundle as recorded.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct BundleRecord {
    pub id: i64,
    pub request_id: String,
    /// `bundle` or `access-pack`.
    pub kind: String,
    pub made_at: DateTime<Utc>,
    pub actor: String,
    pub file_name: String,
    pub sha256: String,
    pub bytes: u64,
    pub records: u64,
    pub masked: u64,
    pub passcode_used: bool,
}

impl Store {
    /// Records a bundle made for a request, with its line in the history.
    pub fn record_bundle(&mut self, b: &BundleRecord, history: &str) -> Result<BundleRecord> {
        let actor = check_actor(&b.actor)?.to_string();
        let tx = self.write()?;
        tx.execute(
            "INSERT INTO bundles (request_id, kind, made_at, actor, file_name, sha256, bytes, records, masked, passcode_used)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                b.request_id,
                b.kind,
                ts(b.made_at),
                actor,
                b.file_name,
                b.sha256,
                i64::try_from(b.bytes).unwrap_or(i64::MAX),
                i64::try_from(b.records).unwrap_or(i64::MAX),
                i64::try_from(b.masked).unwrap_or(i64::MAX),
                b.passcode_used
            ],
        )?;
        let id = tx.last_insert_rowid();
        insert_event(
            &tx,
            &b.request_id,
            b.made_at,
            &actor,
            EventKind::Bundle,
            None,
            None,
            history,
        )?;
        tx.commit()?;
        Ok(BundleRecord {
            id,
            actor,
            ..b.clone()
        })
    }

    /// The request's latest bundle of `kind`, if one was made.
    pub fn latest_bundle(&self, request_id: &str, kind: &str) -> Result<Option<BundleRecord>> {
        Ok(self
            .conn
            .query_row(
                &format!("{SELECT} WHERE request_id = ?1 AND kind = ?2 ORDER BY id DESC LIMIT 1"),
                params![request_id, kind],
                row,
            )
            .optional()?)
    }

    /// Every bundle and access pack made for the request, newest first.
    pub fn bundles(&self, request_id: &str) -> Result<Vec<BundleRecord>> {
        self.request(request_id)?;
        let mut stmt = self
            .conn
            .prepare(&format!("{SELECT} WHERE request_id = ?1 ORDER BY id DESC"))?;
        let rows = stmt.query_map(params![request_id], row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}

const SELECT: &str = "SELECT id, request_id, kind, made_at, actor, file_name, sha256, bytes, records, masked, passcode_used FROM bundles";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<BundleRecord> {
    Ok(BundleRecord {
        id: r.get(0)?,
        request_id: r.get(1)?,
        kind: r.get(2)?,
        made_at: parse_ts(&r.get::<_, String>(3)?)?,
        actor: r.get(4)?,
        file_name: r.get(5)?,
        sha256: r.get(6)?,
        bytes: r.get::<_, i64>(7)?.max(0) as u64,
        records: r.get::<_, i64>(8)?.max(0) as u64,
        masked: r.get::<_, i64>(9)?.max(0) as u64,
        passcode_used: r.get(10)?,
    })
}
