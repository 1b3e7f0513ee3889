//! The `intake_queue` table: messages that need a look, their originals kept as evidence until
//! staff decide, and each decision (who, when, which request or why not). Rows in, rows out;
//! reading and proposing is `desk::intake::queue`'s.

use super::audit::WriteTx;
use super::history::insert_event;
use super::intake::{imported_as, record_message, IntakeRow};
use super::requests::{check_actor, parse_ts, ts};
use super::Store;
use crate::audit::Action;
use crate::intake::queue::{QueueDecision, QueueEntry};
use crate::office::OfficeZone;
use crate::register::{EventKind, ValidRequest};
use crate::text::check_text;
use crate::{CoreError, Result};
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};

const COLUMNS: &str = "id, sha256, message_id, source_file, mbox_index, subject, from_address,
    received_at, received_source, queued_at, queued_by, decision, request_id, reason, decided_at,
    decided_by";

fn entry(r: &Row) -> rusqlite::Result<QueueEntry> {
    let decision: Option<String> = r.get(11)?;
    let request_id: Option<String> = r.get(12)?;
    let reason: Option<String> = r.get(13)?;
    let decision = match decision.as_deref() {
        Some("request") => Some(QueueDecision::Request {
            request_id: request_id.unwrap_or_default(),
        }),
        Some(_) => Some(QueueDecision::NotRequest {
            reason: reason.unwrap_or_default(),
        }),
        None => None,
    };
    Ok(QueueEntry {
        id: r.get(0)?,
        sha256: r.get(1)?,
        message_id: r.get(2)?,
        source_file: r.get(3)?,
        mbox_index: r.get::<_, Option<i64>>(4)?.map(|i| i as usize),
        subject: r.get(5)?,
        from_address: r.get(6)?,
        received_at: parse_ts(&r.get::<_, String>(7)?)?,
        received_source: r.get(8)?,
        queued_at: parse_ts(&r.get::<_, String>(9)?)?,
        queued_by: r.get(10)?,
        decision,
        decided_at: r
            .get::<_, Option<String>>(14)?
            .map(|t| parse_ts(&t))
            .transpose()?,
        decided_by: r.get(15)?,
    })
}

fn queued_as(conn: &Connection, sha256: &str, message_id: Option<&str>) -> Result<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT id FROM intake_queue WHERE sha256 = ?1 OR (message_id IS NOT NULL AND message_id = ?2)",
            params![sha256, message_id],
            |r| r.get(0),
        )
        .optional()?)
}

impl Store {
    /// The queue entry a message (by its SHA-256 or Message-ID) became, if any.
    pub fn queued_as(&self, sha256: &str, message_id: Option<&str>) -> Result<Option<QueueEntry>> {
        match queued_as(&self.conn, sha256, message_id)? {
            Some(id) => Ok(Some(self.queue_entry(id)?)),
            None => Ok(None),
        }
    }

    /// One entry of the queue.
    pub fn queue_entry(&self, id: i64) -> Result<QueueEntry> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM intake_queue WHERE id = ?1"),
                [id],
                entry,
            )
            .optional()?
            .ok_or_else(|| CoreError::NotFound {
                what: "queued message",
                id: id.to_string(),
            })
    }

    /// The queue, oldest receipt first: the waiting entries, or every entry ever queued.
    pub fn queue_entries(&self, waiting_only: bool) -> Result<Vec<QueueEntry>> {
        let filter = if waiting_only {
            "WHERE decision IS NULL"
        } else {
            ""
        };
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM intake_queue {filter} ORDER BY decision IS NOT NULL, received_at, id"
        ))?;
        let rows = stmt
            .query_map([], entry)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Queues a message that needs a look, its original kept as evidence, both or neither. A
    /// message already queued (by another process too) gives its entry's number; one already
    /// in the register is [`CoreError::AlreadyImported`].
    pub fn queue_intake(
        &mut self,
        original: &[u8],
        row: &IntakeRow,
        received_at: DateTime<Utc>,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<i64> {
        let actor = check_actor(actor)?;
        self.with_evidence(original, &row.sha256, "eml", |tx| {
            if let Some(request_id) = imported_as(tx, &row.sha256, row.message_id.as_deref())? {
                return Err(CoreError::AlreadyImported {
                    what: "message",
                    request_id,
                });
            }
            if let Some(id) = queued_as(tx, &row.sha256, row.message_id.as_deref())? {
                return Ok(id);
            }
            let received = ts(received_at);
            tx.execute(
                "INSERT INTO intake_queue (sha256, message_id, source_file, mbox_index, subject,
                     from_address, received_at, received_source, queued_at, queued_by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![
                    row.sha256,
                    row.message_id,
                    row.source_file,
                    row.mbox_index.map(|i| i as i64),
                    row.subject,
                    row.from_address,
                    received,
                    row.received_source,
                    ts(now),
                    actor
                ],
            )?;
            let id = tx.last_insert_rowid();
            tx.append(
                Action::IntakeQueued,
                &target(id),
                actor,
                now,
                &[&row.sha256, &received],
            )?;
            Ok(id)
        })
    }

    /// Registers a waiting entry as a request (`form` as staff confirmed it), the message as
    /// the request's evidence of receipt, and the decision, as one. Returns the request number.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn decide_queued_request(
        &mut self,
        id: i64,
        row: &IntakeRow,
        form: &ValidRequest,
        zone: OfficeZone,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<String> {
        let actor = check_actor(actor)?;
        let tx = self.write()?;
        let waiting = waiting(&tx, id)?;
        let (request_id, received_at) =
            super::requests::insert_request(&tx, zone, form, actor, now)?;
        record_message(&tx, row, received_at, "request", &request_id, actor, now)?;
        insert_event(
            &tx,
            &request_id,
            now,
            actor,
            EventKind::Note,
            None,
            None,
            &format!(
                "Diputuskan dari antrean perlu dilihat (#{id}, diterima {}).",
                waiting.received_at.to_rfc3339()
            ),
        )?;
        decided_request(&tx, id, &request_id, actor, now)?;
        tx.commit()?;
        Ok(request_id)
    }

    /// Records that a waiting entry is not a request, with the reason, and removes its original
    /// (nothing registered stands on it).
    pub fn dismiss_queued(
        &mut self,
        id: i64,
        reason: &str,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<QueueEntry> {
        let actor = check_actor(actor)?;
        let reason = check_text("reason", reason)?;
        if reason.trim().is_empty() {
            return Err(CoreError::invalid(
                "reason",
                "required",
                "say why the message is not a request",
            ));
        }
        let tx = self.write()?;
        let entry = waiting(&tx, id)?;
        tx.execute(
            "UPDATE intake_queue SET decision = 'not-request', reason = ?2, decided_at = ?3, decided_by = ?4
             WHERE id = ?1",
            params![id, reason.trim(), ts(now), actor],
        )?;
        tx.append(
            Action::IntakeDecided,
            &target(id),
            actor,
            now,
            &["not-request", reason.trim()],
        )?;
        tx.commit()?;
        if self.imported_as(&entry.sha256, None)?.is_none() {
            let kept = self
                .dir()
                .join("evidence")
                .join(format!("{}.eml", entry.sha256));
            let _ = std::fs::remove_file(kept);
        }
        self.queue_entry(id)
    }
}

/// The audit target of a queue entry.
fn target(id: i64) -> String {
    format!("queue:{id}")
}

/// Marks a waiting entry as registered as `request_id`, with its audit entry.
pub(super) fn decided_request(
    tx: &WriteTx,
    id: i64,
    request_id: &str,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    tx.execute(
        "UPDATE intake_queue SET decision = 'request', request_id = ?2, decided_at = ?3, decided_by = ?4
         WHERE id = ?1",
        params![id, request_id, ts(now), actor],
    )?;
    tx.append(
        Action::IntakeDecided,
        &target(id),
        actor,
        now,
        &["request", request_id],
    )
}

/// The waiting entry of a message, if it waits in the queue.
pub(super) fn waiting_of(conn: &Connection, row: &IntakeRow) -> Result<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT id FROM intake_queue
             WHERE (sha256 = ?1 OR (message_id IS NOT NULL AND message_id = ?2)) AND decision IS NULL",
            params![row.sha256, row.message_id],
            |r| r.get(0),
        )
        .optional()?)
}

/// The entry, if it still waits; one already decided is [`CoreError::AlreadyDecided`].
fn waiting(conn: &Connection, id: i64) -> Result<QueueEntry> {
    let e = conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM intake_queue WHERE id = ?1"),
            [id],
            entry,
        )
        .optional()?
        .ok_or_else(|| CoreError::NotFound {
            what: "queued message",
            id: id.to_string(),
        })?;
    e.ensure_waiting()?;
    Ok(e)
}
