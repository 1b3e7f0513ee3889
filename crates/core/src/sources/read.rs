//! One entry point for any file: the format is told from the content (and the name where the
//! content is ambiguous), then the matching reader streams the records.

use super::csv_file;
use super::prefilter::Wants;
use super::sniff::SAMPLE;
use super::whatsapp::{self, ChatInfo};
use super::xlsx_points::SheetPoints;
use super::ReadControl;
use super::{mail_source, xlsx, Checkpoint, FileReport, Record};
use crate::vocabulary::FieldRole;
use crate::{CoreError, Result};
use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// What reading a file gave: the report, for a chat what kind of chat it is, and where its
/// records can be read again from: for a UTF-8 CSV its checkpoints, for a large workbook read
/// for the index its sheets' access points.
#[derive(Debug, Clone)]
pub struct FileRead {
    pub report: FileReport,
    pub chat: Option<ChatInfo>,
    pub checkpoints: Vec<Checkpoint>,
    pub sheets: Vec<SheetPoints>,
}

fn extension(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default()
}

/// Whether PDP Desk reads this file when it is inside a source folder (by name; hidden files
/// and the evidence of a mail client's own index are left out).
pub fn is_readable_name(path: &Path) -> bool {
    let hidden = path
        .file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with('.'));
    !hidden
        && matches!(
            extension(path).as_str(),
            "csv" | "tsv" | "txt" | "xlsx" | "xlsm" | "xls" | "ods" | "eml" | "mbox" | "zip"
        )
}

/// The readable files of a source: the file itself, or every readable file under a folder
/// (recursively, once per real file, sorted, hidden entries and links left out), each with its
/// path relative to the folder. [`super::walk::walk`] says which links were skipped.
pub fn files_of(source: &Path) -> Result<Vec<(std::path::PathBuf, String)>> {
    Ok(super::walk::walk(source)?.files)
}

/// Reads any supported file, calling `sink` for each record.
pub fn read_file(
    path: &Path,
    display: &str,
    mapping: Option<&[FieldRole]>,
    control: &ReadControl,
    sink: &mut dyn FnMut(Record),
) -> Result<FileRead> {
    read_any(path, display, mapping, control, None, false, sink)
}

/// [`read_file`] for the index: a large workbook's sheets also get access points.
pub fn read_file_to_index(
    path: &Path,
    display: &str,
    mapping: Option<&[FieldRole]>,
    control: &ReadControl,
    sink: &mut dyn FnMut(Record),
) -> Result<FileRead> {
    read_any(path, display, mapping, control, None, true, sink)
}

/// [`read_file`], making records of the table rows (CSV, spreadsheet) that `wants` accepts
/// only; chats and mail are read whole.
pub fn read_file_where(
    path: &Path,
    display: &str,
    mapping: Option<&[FieldRole]>,
    control: &ReadControl,
    wants: Wants,
    sink: &mut dyn FnMut(Record),
) -> Result<FileRead> {
    read_any(path, display, mapping, control, wants, false, sink)
}

fn read_any(
    path: &Path,
    display: &str,
    mapping: Option<&[FieldRole]>,
    control: &ReadControl,
    wants: Wants,
    points: bool,
    sink: &mut dyn FnMut(Record),
) -> Result<FileRead> {
    let mut head = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(SAMPLE as u64).read_to_end(&mut head))
        .map_err(|e| CoreError::File {
            path: display.into(),
            message: e.to_string(),
        })?;
    let ext = extension(path);
    let zip = head.starts_with(b"PK\x03\x04");
    if zip && ext == "zip" {
        let (report, chat) = super::chat_zip::read(path, display, control, sink)?;
        return Ok(FileRead {
            report,
            chat: Some(chat),
            checkpoints: Vec::new(),
            sheets: Vec::new(),
        });
    }
    let ole = head.starts_with(b"\xD0\xCF\x11\xE0");
    if zip || ole || matches!(ext.as_str(), "xlsx" | "xlsm" | "xls" | "ods") {
        let (report, sheets) = xlsx::read(path, display, mapping, control, wants, points, sink)?;
        return Ok(FileRead {
            report,
            chat: None,
            checkpoints: Vec::new(),
            sheets,
        });
    }
    let text = String::from_utf8_lossy(&head);
    let looks_like_mail = ext == "eml"
        || ext == "mbox"
        || (text.starts_with("From ") && !text.starts_with("From: "))
        || ["Return-Path:", "Received:", "Message-ID:", "MIME-Version:"]
            .iter()
            .any(|h| text.starts_with(h));
    if looks_like_mail {
        return Ok(FileRead {
            report: mail_source::read(path, display, control, sink)?,
            chat: None,
            checkpoints: Vec::new(),
            sheets: Vec::new(),
        });
    }
    if whatsapp::is_chat(&text) {
        let (report, chat) = whatsapp::read(path, display, control, sink)?;
        return Ok(FileRead {
            report,
            chat: Some(chat),
            checkpoints: Vec::new(),
            sheets: Vec::new(),
        });
    }
    let csv = csv_file::read_where(path, display, mapping, control, wants, sink)?;
    Ok(FileRead {
        report: csv.report,
        chat: None,
        checkpoints: csv.checkpoints,
        sheets: Vec::new(),
    })
}

/// Reads the records numbered `wanted` (ascending) of a file again: from the nearest checkpoint
/// (CSV) or access point (workbook) when there are some, otherwise from the top, stopping after
/// the last one wanted.
#[allow(clippy::too_many_arguments)]
pub fn read_back(
    path: &Path,
    display: &str,
    mapping: Option<&[FieldRole]>,
    checkpoints: &[Checkpoint],
    sheets: &[SheetPoints],
    wanted: &[u64],
    control: &ReadControl,
    sink: &mut dyn FnMut(Record),
) -> Result<()> {
    let rest;
    let wanted = if sheets.is_empty() {
        wanted
    } else {
        rest = xlsx::read_back_at_points(path, display, mapping, sheets, wanted, control, sink)?;
        &rest[..]
    };
    let Some(&last) = wanted.last() else {
        return Ok(());
    };
    if !checkpoints.is_empty() {
        csv_file::read_back(path, display, mapping, checkpoints, wanted, control, sink)?;
        return Ok(());
    }
    let enough = ReadControl {
        cancel: Arc::new(AtomicBool::new(false)),
        ..control.clone()
    };
    let mut stopped_by_user = false;
    let mut pick = |r: Record| {
        if control.cancel.load(Ordering::Relaxed) {
            stopped_by_user = true;
            enough.cancel.store(true, Ordering::Relaxed);
        }
        let number = r.number;
        if wanted.binary_search(&number).is_ok() {
            sink(r);
        }
        if number >= last {
            enough.cancel.store(true, Ordering::Relaxed);
        }
    };
    match read_file(path, display, mapping, &enough, &mut pick) {
        Err(CoreError::Cancelled) if !stopped_by_user => Ok(()),
        other => other.map(|_| ()),
    }
}
