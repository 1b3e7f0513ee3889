//! Requests that arrive as a record of an added source (a web form, a chat message): find the
//! record staff mean, propose a request from it, register it with the record kept as evidence.

use crate::intake::record::{self, locator_text, RecordProposal, RecordSelector};
use crate::register::{NewRequest, Request};
use crate::sources::read::read_file;
use crate::sources::{ReadControl, Record, SourceKind};
use crate::store::intake::IntakeRow;
use crate::vocabulary::FieldRole;
use crate::{CoreError, Result, Store};
use chrono::{DateTime, Utc};
use std::path::Path;

/// Reads a source file until the record staff mean: the source, the file within it, the
/// file's kind and the record.
pub fn find(
    store: &Store,
    file: &Path,
    which: &RecordSelector,
) -> Result<(String, String, SourceKind, Record)> {
    let (source, rel) = store.source_of_file(file)?;
    let mut found = None;
    let read = read_file(
        file,
        &rel,
        store.mapping(source.id, &rel)?.as_deref(),
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
pub fn propose(store: &Store, file: &Path, which: &RecordSelector) -> Result<RecordProposal> {
    let (source, rel, kind, record) = find(store, file, which)?;
    // In a chat export, the author's other messages often give their e-mail or number.
    let author_text = if kind == SourceKind::WhatsappChat {
        author_messages(store, file, &record)?
    } else {
        String::new()
    };
    Ok(record::propose(source, rel, kind, record, &author_text))
}

/// The text of every message by the same author in the same chat export.
fn author_messages(store: &Store, file: &Path, record: &Record) -> Result<String> {
    let Some(author) = record::author(record) else {
        return Ok(String::new());
    };
    let mut text = String::new();
    let (source, rel) = store.source_of_file(file)?;
    read_file(
        file,
        &rel,
        store.mapping(source.id, &rel)?.as_deref(),
        &ReadControl::default(),
        &mut |r| {
            if record::by_author(&r, &author) {
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
pub fn register(
    store: &mut Store,
    file: &Path,
    which: &RecordSelector,
    form: &NewRequest,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Request> {
    let (source, rel, kind, record) = find(store, file, which)?;
    let (bytes, sha256) = record::evidence(&source, &rel, kind, &record)?;
    let row = IntakeRow {
        what: "record",
        sha256,
        message_id: None,
        subject: format!("{rel}, {}", locator_text(&record.locator)),
        source_file: rel,
        mbox_index: None,
        subject_key: String::new(),
        from_address: record.values(FieldRole::Email).next().map(String::from),
        received_source: "record".into(),
    };
    let zone = store.office()?.time_zone;
    let id = store.register_intake(
        &bytes,
        "json",
        &row,
        &form.validate(zone, now)?,
        zone,
        actor,
        now,
    )?;
    store.request(&id)
}
