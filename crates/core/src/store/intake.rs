//! The `intake_messages` table: each message or record a request was registered from or linked
//! to, with its original kept as evidence. Rows in, rows out; reading and proposing is
//! `desk::intake`'s.

use super::history::{insert_event_as, touch};
use super::requests::{check_actor, insert_request};
use super::Store;
use crate::audit::Action;
use crate::office::OfficeZone;
use crate::register::{EventKind, ValidRequest};
use crate::{CoreError, Result};
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, ErrorCode, OptionalExtension};

/// A message's (or a source record's) row in `intake_messages`, as intake read it.
#[derive(Debug, Clone)]
pub struct IntakeRow {
    /// `message` or `record`: what an [`CoreError::AlreadyImported`] names.
    pub what: &'static str,
    /// Of the original kept as evidence.
    pub sha256: String,
    pub message_id: Option<String>,
    pub source_file: String,
    pub mbox_index: Option<usize>,
    pub subject: String,
    /// The subject without reply prefixes, lower-case: how a reply finds its thread.
    pub subject_key: String,
    pub from_address: Option<String>,
    /// Where the receipt time came from (received-header, date-header, file-time, record).
    pub received_source: String,
}

impl Store {
    /// The request a message (by its SHA-256 or its Message-ID) was imported for, if any.
    pub fn imported_as(&self, sha256: &str, message_id: Option<&str>) -> Result<Option<String>> {
        imported_as(&self.conn, sha256, message_id)
    }

    /// The request of an imported message with this Message-ID.
    pub fn request_of_message(&self, message_id: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT request_id FROM intake_messages WHERE message_id = ?1",
                [message_id],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// The request of an imported message with this subject key from this sender.
    pub fn request_of_thread(&self, subject_key: &str, sender: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT request_id FROM intake_messages WHERE subject_key = ?1 AND from_address = ?2",
                params![subject_key, sender],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// The open requests with this e-mail among their contacts, each with one of its rights.
    pub fn open_rights_of_email(&self, email: &str) -> Result<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT r.id, x.right_name FROM requests r
             JOIN request_contacts c ON c.request_id = r.id AND c.kind = 'email' AND c.value = ?1
             JOIN request_rights x ON x.request_id = r.id
             WHERE r.state NOT IN ('closed', 'rejected', 'withdrawn')",
        )?;
        let rows = stmt
            .query_map([email], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Registers a request from a message or record: the request, the row and the original
    /// (`ext`: eml, json) are written as one, under the write lock. A message another process
    /// registered meanwhile is [`CoreError::AlreadyImported`]. Returns the request's number.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn register_intake(
        &mut self,
        original: &[u8],
        ext: &str,
        row: &IntakeRow,
        form: &ValidRequest,
        zone: OfficeZone,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<String> {
        self.with_evidence(original, &row.sha256, ext, |tx| {
            refuse_imported(tx, row)?;
            let (id, received_at) = insert_request(tx, zone, form, actor, now)?;
            record_message(tx, row, received_at, "request", &id, actor, now)?;
            // A message waiting in the needs-a-look queue is decided by registering it.
            if let Some(queued) = super::intake_queue::waiting_of(tx, row)? {
                super::intake_queue::decided_request(tx, queued, &id, actor, now)?;
            }
            Ok(id)
        })
    }

    /// Links a reply to its request: the message is kept as evidence and `note` goes into the
    /// request's history, both or neither.
    #[allow(clippy::too_many_arguments)]
    pub fn link_intake(
        &mut self,
        original: &[u8],
        row: &IntakeRow,
        received_at: DateTime<Utc>,
        request_id: &str,
        note: &str,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let actor = check_actor(actor)?;
        self.with_evidence(original, &row.sha256, "eml", |tx| {
            refuse_imported(tx, row)?;
            record_message(tx, row, received_at, "reply", request_id, actor, now)?;
            insert_event_as(
                tx,
                Action::IntakeLinked,
                request_id,
                now,
                actor,
                EventKind::Note,
                note,
            )?;
            touch(tx, request_id, now)
        })
    }
}

fn refuse_imported(conn: &Connection, row: &IntakeRow) -> Result<()> {
    match imported_as(conn, &row.sha256, row.message_id.as_deref())? {
        Some(request_id) => Err(CoreError::AlreadyImported {
            what: row.what,
            request_id,
        }),
        None => Ok(()),
    }
}

pub(super) fn imported_as(
    conn: &Connection,
    sha256: &str,
    message_id: Option<&str>,
) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT request_id FROM intake_messages WHERE sha256 = ?1 OR (message_id IS NOT NULL AND message_id = ?2)",
            params![sha256, message_id],
            |r| r.get(0),
        )
        .optional()?)
}

/// Writes a message's row. A row that another process wrote first (the UNIQUE SHA-256 or
/// Message-ID) is [`CoreError::AlreadyImported`], never a second row.
pub(super) fn record_message(
    conn: &Connection,
    m: &IntakeRow,
    received_at: DateTime<Utc>,
    relation: &str,
    request_id: &str,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let inserted = conn.execute(
        "INSERT INTO intake_messages (sha256, message_id, source_file, mbox_index, subject, subject_key, from_address,
             received_at, received_source, relation, request_id, imported_at, imported_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        params![
            m.sha256,
            m.message_id,
            m.source_file,
            m.mbox_index.map(|i| i as i64),
            m.subject,
            m.subject_key,
            m.from_address,
            received_at.to_rfc3339(),
            m.received_source,
            relation,
            request_id,
            now.to_rfc3339(),
            actor
        ],
    );
    match inserted {
        Ok(_) => Ok(()),
        Err(e) if e.sqlite_error_code() == Some(ErrorCode::ConstraintViolation) => {
            match imported_as(conn, &m.sha256, m.message_id.as_deref())? {
                Some(request_id) => Err(CoreError::AlreadyImported {
                    what: m.what,
                    request_id,
                }),
                None => Err(e.into()),
            }
        }
        Err(e) => Err(e.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_store;
    use chrono::TimeZone;

    #[test]
    fn a_late_unique_violation_is_already_imported_never_a_second_row() {
        let (_t, mut s) = test_store();
        let now = Utc.with_ymd_and_hms(2026, 11, 24, 3, 0, 0).unwrap();
        let row = IntakeRow {
            what: "message",
            sha256: "a".repeat(64),
            message_id: Some("sekali@example.com".into()),
            source_file: "hapus.eml".into(),
            mbox_index: None,
            subject: "Hapus data saya".into(),
            subject_key: "hapus data saya".into(),
            from_address: Some("ani.lestari@example.com".into()),
            received_source: "date-header".into(),
        };
        let form = crate::register::NewRequest {
            received_at: None,
            channel: crate::vocabulary::Channel::Email,
            rights: vec![crate::vocabulary::Right::Deletion],
            name: "Ani Lestari".into(),
            emails: vec!["ani.lestari@example.com".into()],
            phones: Vec::new(),
            postal_address: None,
            nik: None,
            role: crate::vocabulary::RequesterRole::Subject,
            on_behalf_of: None,
            notes: None,
            controller: None,
        };
        let zone = s.office().unwrap().time_zone;
        let first = s
            .register_intake(
                b"From: x",
                "eml",
                &row,
                &form.validate(zone, now).unwrap(),
                zone,
                "Tester",
                now,
            )
            .unwrap();
        // Should a row appear between the check and the insert, the UNIQUE index answers the same.
        let late = record_message(&s.conn, &row, now, "request", &first, "Tester", now);
        assert!(
            matches!(&late, Err(CoreError::AlreadyImported { request_id, .. }) if *request_id == first),
            "a late UNIQUE violation is the already-imported outcome: {late:?}"
        );
        let rows: i64 = s
            .conn
            .query_row("SELECT COUNT(*) FROM intake_messages", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows, 1, "the message's row exists once");
    }
}
