//! Intake in the store: previewing a mail file against the register (new, reply, duplicate,
//! already imported), registering a message as a request with its original kept byte-for-byte
//! as evidence (SHA-256, 0600), and linking replies to their request.

use super::requests::insert_request;
use super::Store;
use crate::intake::mail::{self, ParsedMail};
use crate::intake::mbox;
use crate::intake::proposal::{propose, subject_key, Proposal};
use crate::register::{Channel, NewRequest, Request};
use crate::{CoreError, Result};
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, ErrorCode, OptionalExtension};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// How a message relates to the register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[ts(export)]
pub enum IntakeStatus {
    /// A request not yet in the register.
    NewRequest,
    /// Probably not a data-subject request (registered only if staff say so).
    NotRequest,
    /// Answers a message of a registered request.
    Reply { request_id: String },
    /// Same requester and right as an open request.
    Duplicate { request_id: String },
    /// This very message was imported before.
    AlreadyImported { request_id: String },
}

/// One message of an imported file, proposed or unreadable.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct IntakeItem {
    pub file: String,
    /// 1-based position in a mailbox; null for a single .eml.
    pub index: Option<usize>,
    pub sha256: String,
    pub status: Option<IntakeStatus>,
    pub proposal: Option<Proposal>,
    /// Why the message could not be read (the file and position are in `file`/`index`).
    pub error: Option<String>,
    /// The original bytes, for registering without reading the file again.
    #[serde(skip)]
    #[ts(skip)]
    pub raw: Vec<u8>,
}

impl IntakeItem {
    /// A file that could not be read at all, as one item carrying the error.
    pub fn unreadable(file: &str, error: &CoreError) -> IntakeItem {
        IntakeItem {
            file: file.to_string(),
            index: None,
            sha256: String::new(),
            status: None,
            proposal: None,
            error: Some(error.to_string()),
            raw: Vec::new(),
        }
    }
}

struct RawMessage {
    index: Option<usize>,
    raw: Vec<u8>,
}

fn read_messages(path: &Path) -> Result<Vec<RawMessage>> {
    if mbox::is_mbox(path) {
        return Ok(mbox::read(path)?
            .into_iter()
            .map(|m| RawMessage {
                index: Some(m.index),
                raw: m.raw,
            })
            .collect());
    }
    let raw = std::fs::read(path).map_err(|e| CoreError::File {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    Ok(vec![RawMessage { index: None, raw }])
}

fn sha256_hex(bytes: &[u8]) -> String {
    format!("{:x}", Sha256::digest(bytes))
}

fn display_name(path: &Path, index: Option<usize>) -> PathBuf {
    match index {
        Some(i) => PathBuf::from(format!("{} (message {i})", path.display())),
        None => path.to_path_buf(),
    }
}

pub(super) fn file_time(path: &Path) -> DateTime<Utc> {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .map(DateTime::<Utc>::from)
        .unwrap_or_else(|_| Utc::now())
}

impl Store {
    /// Reads a .eml or .mbox file and proposes what each message is. Nothing is stored.
    pub fn intake_preview(&self, path: &Path) -> Result<Vec<IntakeItem>> {
        let zone = self.office()?.time_zone;
        let fallback = zone.local(file_time(path));
        let mut items = Vec::new();
        // One snapshot for every question asked of the register, so that a message another
        // process registers meanwhile is seen whole (already imported) or not at all (new).
        let snapshot = self.conn.unchecked_transaction()?;
        for m in read_messages(path)? {
            let sha256 = sha256_hex(&m.raw);
            let file = path.display().to_string();
            match mail::parse(&m.raw, &display_name(path, m.index)) {
                Ok(parsed) => {
                    let proposal = propose(parsed, fallback);
                    let status = self.intake_status(&sha256, &proposal)?;
                    items.push(IntakeItem {
                        file,
                        index: m.index,
                        sha256,
                        status: Some(status),
                        proposal: Some(proposal),
                        error: None,
                        raw: m.raw,
                    });
                }
                Err(e) => items.push(IntakeItem {
                    file,
                    index: m.index,
                    sha256,
                    status: None,
                    proposal: None,
                    error: Some(e.to_string()),
                    raw: Vec::new(),
                }),
            }
        }
        snapshot.finish()?;
        Ok(items)
    }

    pub(super) fn intake_status(&self, sha256: &str, p: &Proposal) -> Result<IntakeStatus> {
        let m = &p.mail;
        if let Some(request_id) = imported_as(&self.conn, sha256, m.message_id.as_deref())? {
            return Ok(IntakeStatus::AlreadyImported { request_id });
        }
        for id in m.in_reply_to.iter().chain(&m.references) {
            let hit: Option<String> = self
                .conn
                .query_row(
                    "SELECT request_id FROM intake_messages WHERE message_id = ?1",
                    [id],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(request_id) = hit {
                return Ok(IntakeStatus::Reply { request_id });
            }
        }
        let sender = m.from.as_ref().map(|f| f.address.to_lowercase());
        if sender.is_some() && subject_key(&m.subject) != m.subject.trim().to_lowercase() {
            let hit: Option<String> = self
                .conn
                .query_row(
                    "SELECT request_id FROM intake_messages WHERE subject_key = ?1 AND from_address = ?2",
                    params![subject_key(&m.subject), sender],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(request_id) = hit {
                return Ok(IntakeStatus::Reply { request_id });
            }
        }
        if !p.classification.is_request {
            return Ok(IntakeStatus::NotRequest);
        }
        for e in &p.requester.emails {
            let open: Vec<(String, String)> = {
                let mut stmt = self.conn.prepare_cached(
                    "SELECT r.id, x.right_name FROM requests r
                     JOIN request_contacts c ON c.request_id = r.id AND c.kind = 'email' AND c.value = ?1
                     JOIN request_rights x ON x.request_id = r.id
                     WHERE r.state NOT IN ('closed', 'rejected', 'withdrawn')",
                )?;
                let rows = stmt
                    .query_map([e], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<rusqlite::Result<Vec<_>>>()?;
                rows
            };
            let asked: Vec<&str> = p
                .classification
                .rights
                .iter()
                .map(|f| f.right.as_str())
                .collect();
            if let Some((request_id, _)) = open
                .into_iter()
                .find(|(_, right)| asked.contains(&right.as_str()))
            {
                return Ok(IntakeStatus::Duplicate { request_id });
            }
        }
        Ok(IntakeStatus::NewRequest)
    }

    /// Reads message `index` of `path` again and checks it is the one staff looked at.
    pub(super) fn reread(
        &self,
        path: &Path,
        index: Option<usize>,
        sha256: &str,
    ) -> Result<(Vec<u8>, ParsedMail)> {
        let m = read_messages(path)?
            .into_iter()
            .find(|m| m.index == index)
            .ok_or_else(|| CoreError::File {
                path: display_name(path, index),
                message: "message not found".into(),
            })?;
        if sha256_hex(&m.raw) != sha256 {
            return Err(CoreError::File {
                path: display_name(path, index),
                message: "the file changed since it was previewed; import it again".into(),
            });
        }
        let parsed = mail::parse(&m.raw, &display_name(path, index))?;
        Ok((m.raw, parsed))
    }

    /// Registers a previewed message as a request, with the fields staff confirmed in `form`, and
    /// keeps the original as evidence of receipt.
    pub fn intake_register(
        &mut self,
        path: &Path,
        index: Option<usize>,
        sha256: &str,
        form: &NewRequest,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Request> {
        let (raw, _) = self.reread(path, index, sha256)?;
        self.register_message(path, index, &raw, form, actor, now)
    }

    /// Registers one message (bytes already read) as a request; see [`Store::intake_register`].
    /// The request, the message's row and the original are written as one, under the write lock:
    /// a message another process registered meanwhile is [`CoreError::AlreadyImported`].
    pub fn register_message(
        &mut self,
        path: &Path,
        index: Option<usize>,
        raw: &[u8],
        form: &NewRequest,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Request> {
        let sha256 = &sha256_hex(raw);
        let parsed = mail::parse(raw, &display_name(path, index))?;
        let zone = self.office()?.time_zone;
        let proposal = propose(parsed.clone(), zone.local(file_time(path)));
        if form.channel != Channel::Email {
            return Err(CoreError::invalid(
                "channel",
                "format",
                "a request imported from e-mail has the channel email",
            ));
        }
        let source = serde_json::to_value(proposal.received_source)
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default();
        let id = self.with_evidence(raw, sha256, "eml", |tx| {
            if let Some(request_id) = imported_as(tx, sha256, parsed.message_id.as_deref())? {
                return Err(CoreError::AlreadyImported {
                    what: "message",
                    request_id,
                });
            }
            let (id, received_at) = insert_request(tx, zone, form, actor, now)?;
            let message = Message {
                path,
                index,
                sha256,
                parsed: &parsed,
                received_source: &source,
            };
            record_message(tx, &message, received_at, "request", &id, actor, now)?;
            Ok(id)
        })?;
        self.request(&id)
    }
}

/// The request a message (by its SHA-256 or its Message-ID) was imported for, if any.
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

/// A message about to get its row in `intake_messages`.
pub(super) struct Message<'a> {
    pub path: &'a Path,
    pub index: Option<usize>,
    pub sha256: &'a str,
    pub parsed: &'a ParsedMail,
    /// Where the receipt time came from (received-header, date-header, file-time).
    pub received_source: &'a str,
}

/// Writes a message's row. A row that another process wrote first (the UNIQUE SHA-256 or
/// Message-ID) is [`CoreError::AlreadyImported`], never a second row.
pub(super) fn record_message(
    conn: &Connection,
    m: &Message,
    received_at: DateTime<Utc>,
    relation: &str,
    request_id: &str,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let name = m
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let parsed = m.parsed;
    let inserted = conn.execute(
        "INSERT INTO intake_messages (sha256, message_id, source_file, mbox_index, subject, subject_key, from_address,
             received_at, received_source, relation, request_id, imported_at, imported_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        params![
            m.sha256,
            parsed.message_id,
            name,
            m.index.map(|i| i as i64),
            parsed.subject,
            subject_key(&parsed.subject),
            parsed.from.as_ref().map(|f| f.address.to_lowercase()),
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
            match imported_as(conn, m.sha256, parsed.message_id.as_deref())? {
                Some(request_id) => Err(CoreError::AlreadyImported {
                    what: "message",
                    request_id,
                }),
                None => Err(e.into()),
            }
        }
        Err(e) => Err(e.into()),
    }
}

#[cfg(test)]
#[path = "intake_tests.rs"]
mod tests;
