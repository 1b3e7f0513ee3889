//! SQL for local export redactions: each run with the plan it carried out, and per file its
//! SHA-256 before and after, the records removed, masked and corrected, and whether the original
//! export was replaced by the redacted copy.

use super::history::insert_event;
use super::requests::{check_actor, parse_ts, ts};
use super::{unreadable, Store};
use crate::fulfil::deletion::line::PlanLine;
use crate::register::EventKind;
use crate::sources::SourceKind;
use crate::{CoreError, Result};
use chrono::{DateTime, Utc};
use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One export redacted in a run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RedactedFile {
    pub source: String,
    pub file: String,
    pub kind: SourceKind,
    /// SHA-256 of the export as it was searched.
    pub before_sha256: String,
    /// SHA-256 of the redacted copy; null when the whole file goes (a 1:1 chat with the subject).
    pub after_sha256: Option<String>,
    pub removed: u64,
    pub masked: u64,
    pub corrected: u64,
    /// The original export was replaced by the redacted copy (atomically).
    pub replaced: bool,
}

/// One run of the redaction.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Redaction {
    pub id: i64,
    pub request_id: String,
    pub made_at: DateTime<Utc>,
    pub actor: String,
    /// The folder the redacted copies were written to.
    pub out_dir: String,
    /// The plan as it was carried out.
    pub plan: Vec<PlanLine>,
    pub files: Vec<RedactedFile>,
    /// Hits of the re-search of the redacted copies that the plan does not explain (0 when
    /// nothing of the subject's is left but what the plan keeps).
    pub research_hits: u64,
}

fn count(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

impl Store {
    /// Keeps a redaction run and its files, with a line in the request's history.
    pub fn record_redaction(&mut self, redaction: &Redaction, history: &str) -> Result<i64> {
        let request = self.request(&redaction.request_id)?;
        let actor = check_actor(&redaction.actor)?.to_string();
        let plan = serde_json::to_string(&redaction.plan)
            .map_err(|e| CoreError::Internal(format!("a plan as JSON: {e}")))?;
        let tx = self.write()?;
        tx.execute(
            "INSERT INTO redactions (request_id, made_at, actor, out_dir, plan, research_hits)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                request.id,
                ts(redaction.made_at),
                actor,
                redaction.out_dir,
                plan,
                count(redaction.research_hits)
            ],
        )?;
        let id = tx.last_insert_rowid();
        for f in &redaction.files {
            tx.execute(
                "INSERT INTO redacted_files (redaction_id, source, file, kind, before_sha256, after_sha256, removed, masked, corrected, replaced)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![
                    id,
                    f.source,
                    f.file,
                    serde_json::to_string(&f.kind).unwrap_or_default(),
                    f.before_sha256,
                    f.after_sha256,
                    count(f.removed),
                    count(f.masked),
                    count(f.corrected),
                    f.replaced
                ],
            )?;
        }
        insert_event(
            &tx,
            &request.id,
            redaction.made_at,
            &actor,
            EventKind::Redaction,
            None,
            None,
            history,
        )?;
        tx.commit()?;
        Ok(id)
    }

    /// A request's redaction runs, oldest first.
    pub fn redactions(&self, request_id: &str) -> Result<Vec<Redaction>> {
        let request = self.request(request_id)?;
        let mut stmt = self.conn.prepare(
            "SELECT id, made_at, actor, out_dir, plan, research_hits FROM redactions
             WHERE request_id = ?1 ORDER BY id",
        )?;
        let runs = stmt
            .query_map([&request.id], |r| {
                let plan: String = r.get(4)?;
                Ok(Redaction {
                    id: r.get(0)?,
                    request_id: request.id.clone(),
                    made_at: parse_ts(&r.get::<_, String>(1)?)?,
                    actor: r.get(2)?,
                    out_dir: r.get(3)?,
                    plan: serde_json::from_str(&plan).map_err(|e| unreadable(4, e))?,
                    files: Vec::new(),
                    research_hits: r.get::<_, i64>(5)?.max(0) as u64,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut files = self.conn.prepare(
            "SELECT source, file, kind, before_sha256, after_sha256, removed, masked, corrected, replaced
             FROM redacted_files WHERE redaction_id = ?1 ORDER BY source, file",
        )?;
        runs.into_iter()
            .map(|mut run| {
                run.files = files
                    .query_map([run.id], |r| {
                        let kind: String = r.get(2)?;
                        Ok(RedactedFile {
                            source: r.get(0)?,
                            file: r.get(1)?,
                            kind: serde_json::from_str(&kind).map_err(|e| unreadable(2, e))?,
                            before_sha256: r.get(3)?,
                            after_sha256: r.get(4)?,
                            removed: r.get::<_, i64>(5)?.max(0) as u64,
                            masked: r.get::<_, i64>(6)?.max(0) as u64,
                            corrected: r.get::<_, i64>(7)?.max(0) as u64,
                            replaced: r.get(8)?,
                        })
                    })?
                    .collect::<rusqlite::Result<Vec<_>>>()?;
                Ok(run)
            })
            .collect()
    }
}
