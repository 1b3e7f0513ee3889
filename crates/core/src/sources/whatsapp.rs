//! WhatsApp "Export chat" text files, Android and iOS, Indonesian and English locale, 12- and
//! 24-hour clocks: every message (system messages included) is a record located by its index
//! and the line it starts on, with its author. Lines that do not start with a timestamp continue
//! the message before them.

use super::cut::{cut_note, cut_to_largest_cell, read_line_within, LARGEST_CELL};
use super::record::{ColumnInfo, REPORTED_WARNINGS};
use super::sniff::{self, SAMPLE};
use super::ReadControl;
use super::{Field, FileReport, Locator, Record, RowIssue, SourceKind};
use crate::vocabulary::FieldRole;
use crate::{CoreError, Result};
use serde::Serialize;
use std::collections::BTreeSet;
use std::io::Read;
use std::path::Path;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use ts_rs::TS;

/// Invisible marks WhatsApp puts around names, attachments and times.
const INVISIBLE: &[char] = &[
    '\u{200e}', '\u{200f}', '\u{202a}', '\u{202c}', '\u{2068}', '\u{2069}', '\u{feff}',
];

/// What the chat as a whole is.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ChatInfo {
    /// The chat's name from the file or folder name ("WhatsApp Chat with Heru Santoso.txt").
    pub title: Option<String>,
    /// Everyone who wrote, as the export names them.
    pub authors: Vec<String>,
    /// More than two authors, or group events: only a member's own messages are theirs.
    pub is_group: bool,
}

/// `take_digits` reads 1..=max ASCII digits from the start of `s`.
fn take_digits(s: &str, max: usize) -> Option<(&str, &str)> {
    let n = s.bytes().take(max).take_while(u8::is_ascii_digit).count();
    (n > 0).then(|| s.split_at(n))
}

/// Reads `d/m/y, h.mm[.ss][ am]` (separators `/` `.` `-`, time `.` or `:`); returns the rest.
fn date_time(s: &str) -> Option<&str> {
    let (_, s) = take_digits(s, 2)?;
    let s = s.strip_prefix(['/', '.', '-'])?;
    let (_, s) = take_digits(s, 2)?;
    let s = s.strip_prefix(['/', '.', '-'])?;
    let (year, s) = take_digits(s, 4)?;
    if year.len() != 2 && year.len() != 4 {
        return None;
    }
    let s = s.strip_prefix(',').unwrap_or(s).strip_prefix(' ')?;
    let (_, s) = take_digits(s, 2)?;
    let s = s.strip_prefix(['.', ':'])?;
    let (min, mut s) = take_digits(s, 2)?;
    if min.len() != 2 {
        return None;
    }
    if let Some(rest) = s.strip_prefix(['.', ':']) {
        let (sec, rest) = take_digits(rest, 2)?;
        if sec.len() != 2 {
            return None;
        }
        s = rest;
    }
    let spaced = s.trim_start_matches([' ', '\u{202f}', '\u{a0}']);
    if spaced.len() < s.len() {
        let lower = spaced.get(..4).unwrap_or(spaced).to_ascii_lowercase();
        for marker in ["a.m.", "p.m.", "am", "pm"] {
            if lower.starts_with(marker) {
                return Some(&spaced[marker.len()..]);
            }
        }
    }
    Some(s)
}

/// The start of a message: the timestamp prefix, and what follows it (`Sender: text` or a
/// system message). `None` for a continuation line.
fn message_start(line: &str) -> Option<(&str, &str)> {
    let clean = line.trim_start_matches(INVISIBLE);
    if let Some(inner) = clean.strip_prefix('[') {
        let rest = date_time(inner)?.strip_prefix("] ")?;
        let stamp = &inner[..inner.len() - rest.len() - 2];
        return Some((stamp, rest));
    }
    let after = date_time(clean)?;
    let rest = after
        .strip_prefix(" - ")
        .or_else(|| after.strip_prefix(": "))?;
    let stamp = &clean[..clean.len() - after.len()];
    Some((stamp, rest))
}

/// How many bytes of a message's first line its timestamp takes, with the separator after it
/// (`12/01/24, 10.15 - `, `[12/01/24, 10.15.22] `); `None` for a continuation line.
pub fn stamp_length(line: &str) -> Option<usize> {
    message_start(line).map(|(_, rest)| line.len() - rest.len())
}

/// Splits `Sender: text`; system messages (Android) have no sender.
fn author(rest: &str, ios: bool) -> (Option<&str>, &str) {
    match rest.split_once(": ") {
        Some((who, text)) if ios || (!who.is_empty() && who.chars().count() <= 60) => {
            (Some(who.trim_matches(INVISIBLE).trim()), text)
        }
        _ => (None, rest),
    }
}

fn looks_like_phone(s: &str) -> bool {
    s.starts_with('+')
        && s.chars().filter(char::is_ascii_digit).count() >= 8
        && s.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')'))
}

/// The chat's name from the export's file or folder name.
pub fn chat_title(path: &Path) -> Option<String> {
    let name = path.file_stem()?.to_string_lossy().into_owned();
    let from_folder = || {
        path.parent()?
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
    };
    let name = if name == "_chat" {
        from_folder()?
    } else {
        name
    };
    [
        "WhatsApp Chat with ",
        "Chat WhatsApp dengan ",
        "WhatsApp Chat - ",
        "Chat WhatsApp - ",
    ]
    .iter()
    .find_map(|p| name.strip_prefix(p))
    .map(|t| t.trim().to_string())
}

/// Whether a text starts like a WhatsApp export.
pub fn is_chat(head: &str) -> bool {
    head.lines()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| message_start(l).is_some())
}

struct Pending {
    index: u64,
    line: u64,
    stamp: String,
    author: Option<String>,
    text: String,
    /// How long the text was before it was cut to [`LARGEST_CELL`].
    was: usize,
}

/// Reads a chat export, calling `sink` for every message.
pub fn read(
    path: &Path,
    display: &str,
    control: &ReadControl,
    sink: &mut dyn FnMut(Record),
) -> Result<(FileReport, ChatInfo)> {
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    let mut head = Vec::new();
    let mut file = std::fs::File::open(path)
        .and_then(|f| f.take(SAMPLE as u64).read_to_end(&mut head))
        .and_then(|_| std::fs::File::open(path))
        .map_err(|e| CoreError::File {
            path: display.into(),
            message: e.to_string(),
        })?;
    read_from(&head, &mut file, size, path, display, control, sink)
}

/// Reads a chat export whose first bytes are `head` from `body` (the whole text, from the top).
pub(super) fn read_from(
    head: &[u8],
    body: &mut dyn Read,
    size: u64,
    path: &Path,
    display: &str,
    control: &ReadControl,
    sink: &mut dyn FnMut(Record),
) -> Result<(FileReport, ChatInfo)> {
    let fail = |m: String| CoreError::File {
        path: display.into(),
        message: m,
    };
    let encoding = sniff::encoding(head);
    let (sample, _, _) = encoding.encoding().decode(head);
    if sample.trim_matches(INVISIBLE).trim().is_empty() {
        return Err(fail("the file is empty".into()));
    }
    if !is_chat(&sample) {
        return Err(fail(
            "not a WhatsApp chat export: the first line has no message timestamp".into(),
        ));
    }
    let decoded = encoding_rs_io::DecodeReaderBytesBuilder::new()
        .encoding(Some(encoding.encoding()))
        .utf8_passthru(true)
        .strip_bom(true)
        .build(body);
    let mut reader = std::io::BufReader::with_capacity(256 * 1024, decoded);
    let ios = sample.trim_start_matches(INVISIBLE).starts_with('[');
    let (col_date, col_author, col_phone, col_text): (Arc<str>, Arc<str>, Arc<str>, Arc<str>) = (
        Arc::from("time"),
        Arc::from("author"),
        Arc::from("author phone"),
        Arc::from("message"),
    );
    let mut report = FileReport {
        file: display.to_string(),
        kind: SourceKind::WhatsappChat,
        encoding: Some(encoding.name().to_string()),
        delimiter: None,
        columns: [
            ("time", FieldRole::Date),
            ("author", FieldRole::Name),
            ("message", FieldRole::Text),
        ]
        .iter()
        .map(|(n, r)| ColumnInfo {
            name: n.to_string(),
            role: *r,
        })
        .collect(),
        needs_mapping: false,
        records: 0,
        records_with_warnings: 0,
        rejected: Vec::new(),
        warnings: Vec::new(),
        bytes: size,
    };
    let mut authors = BTreeSet::new();
    let mut group_events = false;
    let mut emit = |p: Pending, report: &mut FileReport| {
        let mut fields = vec![Field::with_value(
            col_date.clone(),
            FieldRole::Date,
            p.stamp.clone(),
            p.stamp,
        )];
        if let Some(a) = p.author {
            let role = if looks_like_phone(&a) {
                FieldRole::Phone
            } else {
                FieldRole::Name
            };
            let column = if role == FieldRole::Phone {
                col_phone.clone()
            } else {
                col_author.clone()
            };
            fields.push(Field::with_value(column, role, a.clone(), a));
        }
        let mut warnings = Vec::new();
        if p.was > p.text.len() {
            warnings.push(cut_note(p.was));
            report.records_with_warnings += 1;
            if report.warnings.len() < REPORTED_WARNINGS {
                report.warnings.push(RowIssue {
                    line: p.line,
                    reason: format!("message {}: {}", p.index, cut_note(p.was)),
                });
            }
        }
        let value = p.text.replace(INVISIBLE, "").trim().to_string();
        fields.push(Field::with_value(
            col_text.clone(),
            FieldRole::Text,
            p.text,
            value,
        ));
        report.records += 1;
        control.records.fetch_add(1, Ordering::Relaxed);
        sink(Record {
            number: p.index,
            locator: Locator::Message {
                index: p.index,
                line: p.line,
            },
            record_id: None,
            fields,
            warnings,
        });
    };
    let mut pending: Option<Pending> = None;
    let (mut line_no, mut index) = (0u64, 0u64);
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let n = read_line_within(&mut reader, &mut buf, LARGEST_CELL)
            .map_err(|e| fail(format!("line {}: {e}", line_no + 1)))?;
        if n == 0 {
            break;
        }
        let line_cut = n - buf.len();
        control.bytes.fetch_add(n as u64, Ordering::Relaxed);
        line_no += 1;
        if line_no % 4096 == 0 && control.cancel.load(Ordering::Relaxed) {
            return Err(CoreError::Cancelled);
        }
        let text = String::from_utf8_lossy(&buf);
        let line = text.trim_end_matches(['\n', '\r']);
        if line.contains('\u{fffd}') && report.warnings.len() < REPORTED_WARNINGS {
            report.warnings.push(RowIssue {
                line: line_no,
                reason: format!("bytes that are not valid {} were replaced", encoding.name()),
            });
        }
        match message_start(line) {
            Some((stamp, rest)) => {
                if let Some(p) = pending.take() {
                    emit(p, &mut report);
                }
                index += 1;
                let (who, body) = author(rest, ios);
                match who {
                    Some(w) => {
                        authors.insert(w.to_string());
                    }
                    None => group_events |= is_group_event(body),
                }
                if ios
                    && who.is_some_and(|w| {
                        body.starts_with('\u{200e}')
                            && is_group_event(body)
                            && w.chars().count() > 1
                    })
                {
                    group_events = true;
                }
                pending = Some(Pending {
                    index,
                    line: line_no,
                    stamp: stamp.to_string(),
                    author: who.map(String::from),
                    text: body.to_string(),
                    was: body.len() + line_cut,
                });
            }
            None => match pending.as_mut() {
                Some(p) => {
                    p.was += 1 + line.len() + line_cut;
                    if p.text.len() < LARGEST_CELL {
                        p.text.push('\n');
                        p.text.push_str(line);
                        cut_to_largest_cell(&mut p.text);
                    }
                }
                None if line.trim().is_empty() => {}
                None => report.rejected.push(RowIssue {
                    line: line_no,
                    reason: "text before the first message".into(),
                }),
            },
        }
    }
    if let Some(p) = pending.take() {
        emit(p, &mut report);
    }
    let authors: Vec<String> = authors.into_iter().collect();
    let is_group = group_events || authors.len() > 2;
    Ok((
        report,
        ChatInfo {
            title: chat_title(path),
            authors,
            is_group,
        },
    ))
}

fn is_group_event(text: &str) -> bool {
    let t = text.trim_start_matches(INVISIBLE);
    [
        "menambahkan",
        "membuat grup",
        "keluar",
        "bergabung menggunakan tautan",
        "created group",
        " added ",
        " left",
        "joined using",
    ]
    .iter()
    .any(|w| t.contains(w))
}

#[cfg(test)]
#[path = "whatsapp_tests.rs"]
mod tests;
