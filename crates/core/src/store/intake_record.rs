//! A request started from a record a source already holds — a web-form submission or a WhatsApp
//! message that asks for deletion. The record, as read from the file, is kept as the evidence of
//! receipt.

use super::requests::insert_request;
use super::Store;
use crate::identifiers::{email, phone};
use crate::intake::rights::{classify, Classification};
use crate::register::{Channel, NewRequest, Request, RequesterRole};
use crate::sources::csv_file::ReadControl;
use crate::sources::read::read_file;
use crate::sources::{FieldRole, Locator, Record, SourceKind};
use crate::{CoreError, Result};
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::path::Path;
use ts_rs::TS;

/// Which record of a file staff mean: where it stands, or its number among the file's records.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum RecordSelector {
    At(Locator),
    Number(u64),
}

impl RecordSelector {
    fn matches(&self, r: &Record) -> bool {
        match self {
            RecordSelector::At(l) => same_place(&r.locator, l),
            RecordSelector::Number(n) => r.number == *n,
        }
    }

    fn describe(&self) -> String {
        match self {
            RecordSelector::At(l) => locator_text(l),
            RecordSelector::Number(n) => format!("record {n}"),
        }
    }
}

/// What intake proposes for a source record.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RecordProposal {
    pub source: String,
    pub file: String,
    pub kind: SourceKind,
    pub record: Record,
    /// The record's free text (messages, notes), where the rights were looked for.
    pub text: String,
    pub classification: Classification,
    pub form: NewRequest,
}

/// The channel a record came through.
fn channel_of(kind: SourceKind) -> Channel {
    match kind {
        SourceKind::WhatsappChat
        | SourceKind::ChatwootContacts
        | SourceKind::ChatwootConversations => Channel::Chat,
        SourceKind::Mail => Channel::Email,
        _ => Channel::WebForm,
    }
}

/// A receipt time written in a record, when it can be read without guessing (ISO / RFC 3339).
fn record_time(record: &Record) -> Option<String> {
    record.values(FieldRole::Date).find_map(|v| {
        DateTime::parse_from_rfc3339(v.trim())
            .ok()
            .map(|d| d.to_rfc3339())
            .or_else(|| {
                chrono::NaiveDateTime::parse_from_str(
                    v.trim().trim_end_matches('Z'),
                    "%Y-%m-%dT%H:%M:%S%.f",
                )
                .ok()
                .map(|n| n.and_utc().to_rfc3339())
            })
    })
}

/// Whether a record stands where staff pointed: a chat message may be named by its index alone
/// (line 0).
fn same_place(at: &Locator, wanted: &Locator) -> bool {
    match (at, wanted) {
        (Locator::Message { index, .. }, Locator::Message { index: w, line: 0 }) => index == w,
        _ => at == wanted,
    }
}

fn locator_text(l: &Locator) -> String {
    match l {
        Locator::Line { line } => format!("line {line}"),
        Locator::Cell { sheet, row } => format!("sheet {sheet} row {row}"),
        Locator::Message { index, line } => format!("message {index} (line {line})"),
        Locator::Mail { message_id } => format!("message <{message_id}>"),
    }
}

impl Store {
    /// Reads a source file until the record staff mean.
    pub fn find_record(
        &self,
        file: &Path,
        which: &RecordSelector,
    ) -> Result<(String, String, SourceKind, Record)> {
        let (source, rel) = self.source_of_file(file)?;
        let mut found = None;
        let read = read_file(
            file,
            &rel,
            self.mapping(source.id, &rel)?.as_deref(),
            &ReadControl::default(),
            &mut |r| {
                if found.is_none() && which.matches(&r) {
                    found = Some(r);
                }
            },
        )?;
        let record = found.ok_or_else(|| CoreError::File {
            path: file.to_path_buf(),
            message: format!("no {}", which.describe()),
        })?;
        Ok((source.path, rel, read.report.kind, record))
    }

    /// Proposes a request from a source record: requester, contacts, rights and time of receipt
    /// as the record gives them.
    pub fn propose_from_record(
        &self,
        file: &Path,
        which: &RecordSelector,
    ) -> Result<RecordProposal> {
        let (source, rel, kind, record) = self.find_record(file, which)?;
        let text: String = record
            .values(FieldRole::Text)
            .collect::<Vec<_>>()
            .join("\n");
        // In a chat export, the author's other messages often give their e-mail or number.
        let author_text = if kind == SourceKind::WhatsappChat {
            self.author_messages(file, &record)?
        } else {
            String::new()
        };
        let classification = classify(&text);
        let mut names: Vec<&str> = record
            .values(FieldRole::Name)
            .filter(|v| !v.is_empty())
            .collect();
        names.dedup();
        let mut phones: Vec<String> = record
            .values(FieldRole::Phone)
            .filter_map(|p| phone::to_e164(p).ok())
            .collect();
        phones.extend(phone::find_in_text(&text).into_iter().map(|f| f.e164));
        phones.extend(
            phone::find_in_text(&author_text)
                .into_iter()
                .map(|f| f.e164),
        );
        phones.sort();
        phones.dedup();
        let mut emails: Vec<String> = record
            .values(FieldRole::Email)
            .filter(|e| !e.is_empty())
            .map(String::from)
            .collect();
        emails.extend(email::find_in_text(&text).filter_map(|e| email::normalise(e).ok()));
        emails.extend(email::find_in_text(&author_text).filter_map(|e| email::normalise(e).ok()));
        emails.sort();
        emails.dedup();
        let form = NewRequest {
            received_at: record_time(&record),
            channel: channel_of(kind),
            rights: classification.rights.iter().map(|f| f.right).collect(),
            name: names.join(" "),
            emails,
            phones,
            postal_address: record
                .values(FieldRole::Address)
                .find(|a| !a.is_empty())
                .map(String::from),
            nik: None,
            role: RequesterRole::Subject,
            on_behalf_of: None,
            notes: Some(format!(
                "Diterima lewat {rel}, {}",
                locator_text(&record.locator)
            )),
            controller: None,
        };
        Ok(RecordProposal {
            source,
            file: rel,
            kind,
            record,
            text,
            classification,
            form,
        })
    }

    /// The text of every message by the same author in the same chat export.
    fn author_messages(&self, file: &Path, record: &Record) -> Result<String> {
        let Some(author) = record
            .values(FieldRole::Name)
            .chain(record.values(FieldRole::Phone))
            .next()
            .map(String::from)
        else {
            return Ok(String::new());
        };
        let mut text = String::new();
        let (source, rel) = self.source_of_file(file)?;
        read_file(
            file,
            &rel,
            self.mapping(source.id, &rel)?.as_deref(),
            &ReadControl::default(),
            &mut |r| {
                let by_author = r
                    .values(FieldRole::Name)
                    .chain(r.values(FieldRole::Phone))
                    .any(|a| a == author);
                if by_author {
                    for t in r.values(FieldRole::Text) {
                        text.push_str(t);
                        text.push('\n');
                    }
                }
            },
        )?;
        Ok(text)
    }

    /// Registers a request from a source record with the fields staff confirmed, keeping the
    /// record as read (its raw values) as evidence.
    pub fn register_from_record(
        &mut self,
        file: &Path,
        which: &RecordSelector,
        form: &NewRequest,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Request> {
        let (source, rel, kind, record) = self.find_record(file, which)?;
        let evidence = serde_json::json!({
            "source": source,
            "file": rel,
            "kind": kind,
            "locator": record.locator,
            "record_id": record.record_id,
            "fields": record.fields.iter().map(|f| serde_json::json!({ "column": f.column.as_ref(), "raw": f.raw })).collect::<Vec<_>>(),
        });
        let bytes =
            serde_json::to_vec_pretty(&evidence).map_err(|e| CoreError::Internal(e.to_string()))?;
        let sha256 = format!("{:x}", Sha256::digest(&bytes));
        let zone = self.office()?.time_zone;
        let id = self.with_evidence(&bytes, &sha256, "json", |tx| {
            let known: Option<String> = tx
                .query_row(
                    "SELECT request_id FROM intake_messages WHERE sha256 = ?1",
                    [&sha256],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(id) = known {
                return Err(CoreError::AlreadyImported {
                    what: "record",
                    request_id: id,
                });
            }
            let (id, received_at) = insert_request(tx, zone, form, actor, now)?;
            tx.execute(
                "INSERT INTO intake_messages (sha256, message_id, source_file, mbox_index, subject, subject_key, from_address,
                     received_at, received_source, relation, request_id, imported_at, imported_by)
                 VALUES (?1, NULL, ?2, NULL, ?3, '', ?4, ?5, 'record', 'record', ?6, ?7, ?8)",
                params![
                    sha256,
                    rel,
                    format!("{rel}, {}", locator_text(&record.locator)),
                    record.values(FieldRole::Email).next(),
                    received_at.to_rfc3339(),
                    id,
                    now.to_rfc3339(),
                    actor
                ],
            )?;
            Ok(id)
        })?;
        self.request(&id)
    }
}
