//! Mail as a source: an .eml is one record, a mailbox one record per message, located by its
//! Message-ID, with the sender's name and address, the subject and the decoded text.

use super::record::ColumnInfo;
use super::ReadControl;
use super::{Field, FileReport, Locator, Record, RowIssue, SourceKind};
use crate::sources::mail;
use crate::sources::mbox;
use crate::vocabulary::FieldRole;
use crate::{CoreError, Result};
use std::path::Path;
use std::sync::atomic::Ordering;
use std::sync::Arc;

fn record(number: u64, m: &mail::ParsedMail) -> Record {
    let col = |n: &str| -> Arc<str> { Arc::from(n) };
    let field = |c: &str, role: FieldRole, v: &str| {
        Field::with_value(col(c), role, v.to_string(), v.trim().to_string())
    };
    let mut fields = Vec::new();
    if let Some(f) = &m.from {
        if let Some(n) = &f.name {
            fields.push(field("from name", FieldRole::Name, n));
        }
        fields.push(field("from", FieldRole::Email, &f.address));
    }
    if let Some(r) = &m.reply_to {
        fields.push(field("reply-to", FieldRole::Email, &r.address));
    }
    if let Some(d) = m.date {
        fields.push(field("date", FieldRole::Date, &d.to_rfc3339()));
    }
    fields.push(field("subject", FieldRole::Text, &m.subject));
    fields.push(field("body", FieldRole::Text, &m.body));
    let message_id = m.message_id.clone().unwrap_or_default();
    Record {
        number,
        locator: Locator::Mail {
            message_id: message_id.clone(),
        },
        record_id: m.message_id.as_ref().map(|id| format!("<{id}>")),
        fields,
        warnings: if message_id.is_empty() {
            vec!["the message has no Message-ID".into()]
        } else {
            Vec::new()
        },
    }
}

/// Reads an .eml or .mbox file.
pub fn read(
    path: &Path,
    display: &str,
    control: &ReadControl,
    sink: &mut dyn FnMut(Record),
) -> Result<FileReport> {
    let size = std::fs::metadata(path)
        .map(|m| m.len())
        .map_err(|e| CoreError::File {
            path: display.into(),
            message: e.to_string(),
        })?;
    let messages: Vec<(Option<usize>, Vec<u8>)> = if mbox::is_mbox(path) {
        mbox::read(path)?
            .into_iter()
            .map(|m| (Some(m.index), m.raw))
            .collect()
    } else {
        let raw = std::fs::read(path).map_err(|e| CoreError::File {
            path: display.into(),
            message: e.to_string(),
        })?;
        vec![(None, raw)]
    };
    let mut report = FileReport {
        file: display.to_string(),
        kind: SourceKind::Mail,
        encoding: None,
        delimiter: None,
        columns: ["from name", "from", "reply-to", "date", "subject", "body"]
            .iter()
            .zip([
                FieldRole::Name,
                FieldRole::Email,
                FieldRole::Email,
                FieldRole::Date,
                FieldRole::Text,
                FieldRole::Text,
            ])
            .map(|(n, r)| ColumnInfo {
                name: n.to_string(),
                role: r,
            })
            .collect(),
        needs_mapping: false,
        records: 0,
        records_with_warnings: 0,
        rejected: Vec::new(),
        warnings: Vec::new(),
        bytes: size,
    };
    let single = messages.len() == 1 && messages[0].0.is_none();
    for (index, raw) in messages {
        let name = match index {
            Some(i) => format!("{display} (message {i})"),
            None => display.to_string(),
        };
        match mail::parse(&raw, Path::new(&name)) {
            Ok(m) => {
                report.records += 1;
                control.records.fetch_add(1, Ordering::Relaxed);
                let r = record(report.records, &m);
                if !r.warnings.is_empty() {
                    report.records_with_warnings += 1;
                }
                sink(r);
            }
            Err(e) if single => return Err(e),
            Err(e) => report.rejected.push(RowIssue {
                line: index.unwrap_or(0) as u64,
                reason: e.to_string(),
            }),
        }
    }
    control.bytes.fetch_add(size, Ordering::Relaxed);
    Ok(report)
}
