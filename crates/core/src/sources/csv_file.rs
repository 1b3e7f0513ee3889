//! Reading one CSV (any of the known exports, or any other CSV) as a stream of records: the
//! encoding and delimiter are sniffed, the header recognised, every record located by the
//! physical line it starts on, and nothing is dropped without a word in the report.

use super::layout::{detect, header_row, roles_from_values, Layout};
use super::record::ColumnInfo;
use super::sniff::{self, TextEncoding, SAMPLE};
use super::tabular::{note_warnings, Tabular};
use super::{FieldRole, FileReport, Locator, Record, RowIssue};
use crate::{CoreError, Result};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::io::{Read, Seek};
use std::path::Path;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

/// How many first rows are looked at to find the header.
const HEADER_WINDOW: usize = 10;

/// Cells larger than this are kept but reported.
const LARGE_CELL: usize = 1024 * 1024;

/// Progress and cancellation shared with whoever shows the progress bar.
#[derive(Debug, Clone, Default)]
pub struct ReadControl {
    pub cancel: Arc<AtomicBool>,
    pub bytes: Arc<AtomicU64>,
    pub records: Arc<AtomicU64>,
}

impl ReadControl {
    fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }
}

/// Counts the bytes that pass, for the progress bar.
struct Counting<R> {
    inner: R,
    bytes: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.bytes.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Remembers where the newlines of the stream are, so a record's line can be told from its byte
/// offset. The csv crate's own line count lags by one after a CRLF row end (it consumes the `\n`
/// at the start of the next record), so lines are counted here instead. Only the newlines in the
/// read-ahead window are kept.
struct LineTracker<R> {
    inner: R,
    offset: u64,
    newlines: Rc<RefCell<VecDeque<u64>>>,
}

impl<R: Read> Read for LineTracker<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut q = self.newlines.borrow_mut();
        q.extend(memchr::memchr_iter(b'\n', &buf[..n]).map(|i| self.offset + i as u64));
        self.offset += n as u64;
        Ok(n)
    }
}

/// Turns byte offsets of record starts (increasing) into 1-based line numbers.
struct Lines {
    newlines: Rc<RefCell<VecDeque<u64>>>,
    passed: u64,
}

impl Lines {
    /// The line of a record starting at `byte`. A newline at `byte` itself ends the previous
    /// row (the CRLF case above), so it counts as passed.
    fn at(&mut self, byte: u64) -> u64 {
        let mut q = self.newlines.borrow_mut();
        while q.front().is_some_and(|&nl| nl <= byte) {
            q.pop_front();
            self.passed += 1;
        }
        self.passed + 1
    }
}

fn file_error(display: &str, message: impl Into<String>) -> CoreError {
    CoreError::File {
        path: display.into(),
        message: message.into(),
    }
}

/// Looks at the first bytes: empty, binary, or text with this encoding.
fn sniff_text(head: &[u8], display: &str) -> Result<TextEncoding> {
    let content = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    if content.iter().all(u8::is_ascii_whitespace) {
        return Err(file_error(display, "the file is empty"));
    }
    let encoding = sniff::encoding(head);
    let binary = match encoding {
        TextEncoding::Utf16Le | TextEncoding::Utf16Be => false,
        _ => head.starts_with(b"PK\x03\x04") || head.starts_with(b"%PDF") || head.contains(&0),
    };
    if binary {
        return Err(file_error(
            display,
            "not a text file (it looks like a spreadsheet, PDF or other binary file)",
        ));
    }
    Ok(encoding)
}

/// Reads a CSV file, calling `sink` for every record. `display` names the file in messages and
/// the report; `mapping` holds staff's column roles when they mapped this source.
pub fn read(
    path: &Path,
    display: &str,
    mapping: Option<&[FieldRole]>,
    control: &ReadControl,
    sink: &mut dyn FnMut(Record),
) -> Result<FileReport> {
    let mut file = std::fs::File::open(path).map_err(|e| file_error(display, e.to_string()))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    let mut head = Vec::with_capacity(SAMPLE);
    (&mut file)
        .take(SAMPLE as u64)
        .read_to_end(&mut head)
        .map_err(|e| file_error(display, e.to_string()))?;
    let encoding = sniff_text(&head, display)?;
    let (sample, _, _) = encoding.encoding().decode(&head);
    let delimiter = sniff::delimiter(&sample);
    file.rewind()
        .map_err(|e| file_error(display, e.to_string()))?;

    let decoded = encoding_rs_io::DecodeReaderBytesBuilder::new()
        .encoding(Some(encoding.encoding()))
        .utf8_passthru(true)
        .strip_bom(true)
        .build(Counting {
            inner: file,
            bytes: control.bytes.clone(),
        });
    let newlines = Rc::new(RefCell::new(VecDeque::new()));
    let mut lines = Lines {
        newlines: newlines.clone(),
        passed: 0,
    };
    let tracked = LineTracker {
        inner: decoded,
        offset: 0,
        newlines,
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(std::io::BufReader::with_capacity(256 * 1024, tracked));

    let mut report = FileReport {
        file: display.to_string(),
        kind: super::SourceKind::GenericCsv,
        encoding: Some(encoding.name().to_string()),
        delimiter: Some((delimiter as char).to_string()),
        columns: Vec::new(),
        needs_mapping: false,
        records: 0,
        records_with_warnings: 0,
        rejected: Vec::new(),
        warnings: Vec::new(),
        bytes: size,
    };
    // The first rows decide where the header is (title rows above it are passed over) or that
    // the file has none.
    let mut first: Vec<(csv::ByteRecord, u64)> = Vec::new();
    let mut row = csv::ByteRecord::new();
    let mut ended = false;
    while first.len() < HEADER_WINDOW {
        match reader.read_byte_record(&mut row) {
            Ok(true) => {
                let line = row.position().map_or(0, |p| lines.at(p.byte()));
                first.push((row.clone(), line));
            }
            Ok(false) => {
                ended = true;
                break;
            }
            Err(e) => {
                return Err(file_error(
                    display,
                    format!(
                        "line {}: {e}",
                        e.position().map_or(0, |p| lines.at(p.byte()))
                    ),
                ))
            }
        }
    }
    if first.is_empty() {
        return Err(file_error(display, "the file is empty"));
    }
    let texts: Vec<Vec<String>> = first
        .iter()
        .map(|(r, _)| {
            r.iter()
                .map(|c| String::from_utf8_lossy(c).trim().to_string())
                .collect()
        })
        .collect();
    let header_at = header_row(&texts);
    let (headers, data_from): (Vec<String>, usize) = match header_at {
        Some(i) => (texts[i].clone(), i + 1),
        None => {
            let width = texts.iter().map(Vec::len).max().unwrap_or(0);
            ((1..=width).map(|c| format!("Column {c}")).collect(), 0)
        }
    };
    for (_, line) in first.iter().take(header_at.unwrap_or(0)) {
        report.warnings.push(RowIssue {
            line: *line,
            reason: "a title row above the header was left out".into(),
        });
    }
    let mut layout: Layout = detect(&headers, mapping);
    if header_at.is_none() && mapping.is_none() {
        layout.roles = roles_from_values(&texts);
        layout.needs_mapping = true;
        report.warnings.push(RowIssue {
            line: first[0].1,
            reason: "the file has no header row: check the column roles".into(),
        });
    }
    report.kind = layout.kind;
    report.needs_mapping = layout.needs_mapping;
    report.columns = headers
        .iter()
        .zip(&layout.roles)
        .map(|(n, r)| ColumnInfo {
            name: n.clone(),
            role: *r,
        })
        .collect();
    let mut table = Tabular::new(layout, &headers);
    let mut last_fields = headers.len();
    let mut open_cell = false;
    let mut handle = |row: &csv::ByteRecord, line: u64, report: &mut FileReport| -> Result<()> {
        if report.records.is_multiple_of(1024) && control.cancelled() {
            return Err(CoreError::Cancelled);
        }
        let mut warnings = Vec::new();
        if row.len() != headers.len() {
            warnings.push(format!(
                "row has {} fields, the header has {}",
                row.len(),
                headers.len()
            ));
        }
        last_fields = row.len();
        open_cell = row.iter().any(|c| c.contains(&b'\n'));
        let mut cells = Vec::with_capacity(row.len());
        for (i, cell) in row.iter().enumerate() {
            let raw = String::from_utf8_lossy(cell).into_owned();
            if raw.contains('\u{fffd}') {
                warnings.push(format!(
                    "column {}: bytes that are not valid {} were replaced by \u{fffd}",
                    i + 1,
                    encoding.name()
                ));
            }
            if raw.len() > LARGE_CELL {
                warnings.push(format!(
                    "column {}: a cell of {} MB",
                    i + 1,
                    raw.len() / (1024 * 1024)
                ));
            }
            cells.push(raw);
        }
        let (fields, record_id) = table.fields(cells, &mut warnings);
        report.records += 1;
        control.records.fetch_add(1, Ordering::Relaxed);
        note_warnings(report, line, &warnings, str::to_string);
        sink(Record {
            number: report.records,
            locator: Locator::Line { line },
            record_id,
            fields,
            warnings,
        });
        Ok(())
    };
    for (r, line) in first.iter().skip(data_from) {
        handle(r, *line, &mut report)?;
    }
    while !ended {
        match reader.read_byte_record(&mut row) {
            Ok(false) => ended = true,
            Ok(true) => {
                let line = row.position().map_or(0, |p| lines.at(p.byte()));
                handle(&row, line, &mut report)?;
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| lines.at(p.byte()));
                report.rejected.push(RowIssue {
                    line,
                    reason: e.to_string(),
                });
                if e.is_io_error() {
                    break;
                }
            }
        }
    }
    let tail = file_tail(path);
    let ends_closed = tail.iter().rev().find(|b| !b.is_ascii_whitespace()) == Some(&b'"');
    if open_cell && !ends_closed {
        report.warnings.push(RowIssue {
            line: lines.passed + 1,
            reason: "a quoted cell is never closed: the last record runs to the end of the file"
                .into(),
        });
    }
    if last_fields < headers.len() && !tail.ends_with(b"\n") {
        let line = lines.passed + 1;
        report.warnings.push(RowIssue {
            line,
            reason: "the last row ends early: the file may be truncated".into(),
        });
    }
    Ok(report)
}

/// The last bytes of the file (at most 64).
fn file_tail(path: &Path) -> Vec<u8> {
    let mut tail = Vec::new();
    if let Ok(mut f) = std::fs::File::open(path) {
        let len = f.metadata().map(|m| m.len()).unwrap_or(0);
        if f.seek(std::io::SeekFrom::Start(len.saturating_sub(64)))
            .is_ok()
        {
            let _ = f.read_to_end(&mut tail);
        }
    }
    tail
}
