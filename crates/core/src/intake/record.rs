//! A request that arrived as a record of an added source (a web form, a chat message): which
//! record staff mean, and what the record proposes.

use super::rights::{classify, Classification};
use crate::identifiers::{email, phone};
use crate::register::NewRequest;
use crate::sources::{Locator, Record, SourceKind};
use crate::vocabulary::{Channel, FieldRole, RequesterRole};
use crate::{CoreError, Result};
use chrono::DateTime;
use serde::Serialize;
use sha2::{Digest, Sha256};
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
    /// Whether `r` is the record staff mean.
    pub fn matches(&self, r: &Record) -> bool {
        match self {
            RecordSelector::At(l) => same_place(&r.locator, l),
            RecordSelector::Number(n) => r.number == *n,
        }
    }

    /// The selector in words, for an error message.
    pub fn describe(&self) -> String {
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

/// Where a record stands, in words.
pub fn locator_text(l: &Locator) -> String {
    match l {
        Locator::Line { line } => format!("line {line}"),
        Locator::Cell { sheet, row } => format!("sheet {sheet} row {row}"),
        Locator::Message { index, line } => format!("message {index} (line {line})"),
        Locator::Mail { message_id } => format!("message <{message_id}>"),
    }
}

/// The name or number that identifies a chat record's author, if any.
pub fn author(record: &Record) -> Option<String> {
    record
        .values(FieldRole::Name)
        .chain(record.values(FieldRole::Phone))
        .next()
        .map(String::from)
}

/// Whether `r` was written by `author` (see [`author`]).
pub fn by_author(r: &Record, author: &str) -> bool {
    r.values(FieldRole::Name)
        .chain(r.values(FieldRole::Phone))
        .any(|a| a == author)
}

/// Proposes a request from a source record: requester, contacts, rights and time of receipt as
/// the record gives them. `author_text` is what the same author wrote elsewhere in the same chat
/// (empty for other sources): it often gives their e-mail or number.
pub fn propose(
    source: String,
    rel: String,
    kind: SourceKind,
    record: Record,
    author_text: &str,
) -> RecordProposal {
    let text: String = record
        .values(FieldRole::Text)
        .collect::<Vec<_>>()
        .join("\n");
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
    phones.extend(phone::find_in_text(author_text).into_iter().map(|f| f.e164));
    phones.sort();
    phones.dedup();
    let mut emails: Vec<String> = record
        .values(FieldRole::Email)
        .filter(|e| !e.is_empty())
        .map(String::from)
        .collect();
    emails.extend(email::find_in_text(&text).filter_map(|e| email::normalise(e).ok()));
    emails.extend(email::find_in_text(author_text).filter_map(|e| email::normalise(e).ok()));
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
    RecordProposal {
        source,
        file: rel,
        kind,
        record,
        text,
        classification,
        form,
    }
}

/// The record as read (its raw values), kept as the evidence of receipt, and its SHA-256.
pub fn evidence(
    source: &str,
    rel: &str,
    kind: SourceKind,
    record: &Record,
) -> Result<(Vec<u8>, String)> {
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
    Ok((bytes, sha256))
}
