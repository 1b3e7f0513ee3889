//! The layers under a CSV read: the file decoded to UTF-8, the bytes counted for the progress bar,
//! the newlines remembered so that each record's physical line is known, the header found, and a
//! row turned into a record. A stream can start at the top of the file or at a record boundary
//! remembered earlier (a [`Checkpoint`]), which is how the index reads a few rows back.

use super::layout::{detect, header_row, roles_from_values, Layout};
use super::prefilter::{Marking, Marks, Wants};
use super::sniff::TextEncoding;
use super::tabular::Tabular;
use super::{Locator, Record, RowIssue};
use crate::vocabulary::FieldRole;
use crate::{CoreError, Result};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::io::{BufReader, Read, Seek, SeekFrom};
use std::path::Path;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// How many first rows are looked at to find the header.
const HEADER_WINDOW: usize = 10;

/// Cells larger than this are kept but reported.
const LARGE_CELL: usize = 1024 * 1024;

/// A record boundary to start reading from again: the record's number, the line it starts on,
/// and its byte offset in the file. Kept for UTF-8 files, where bytes read are bytes decoded, and
/// Windows-1252 files, where each byte read is one character decoded (see [`Lines::file_offset`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    pub record: u64,
    pub line: u64,
    pub byte: u64,
}

/// Counts the bytes that pass, for the progress bar.
pub(super) struct Counting<R> {
    pub inner: R,
    pub bytes: Arc<AtomicU64>,
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
/// read-ahead window are kept, each with whether it ends a blank line (nothing, or a lone `\r`).
pub(super) struct LineTracker<R> {
    inner: R,
    offset: u64,
    newlines: Rc<RefCell<VecDeque<Newline>>>,
    /// Bytes of the current line seen so far, and the last byte seen.
    pending: u64,
    last: u8,
    /// The characters seen so far, when counted (a single-byte encoding, where they are the
    /// file's bytes).
    chars: Option<u64>,
}

/// A newline in the decoded text: where it is, whether it ends a blank line, and how many
/// characters come before it (when counted).
#[derive(Clone, Copy)]
pub(super) struct Newline {
    at: u64,
    blank: bool,
    chars_before: Option<u64>,
}

/// The characters in UTF-8 text (its bytes that do not continue a character).
fn chars_in(text: &[u8]) -> u64 {
    text.iter().filter(|&&b| b & 0xC0 != 0x80).count() as u64
}

impl<R: Read> Read for LineTracker<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut q = self.newlines.borrow_mut();
        let mut start = 0;
        for i in memchr::memchr_iter(b'\n', &buf[..n]) {
            let length = self.pending + (i - start) as u64;
            let before = if i > start { buf[i - 1] } else { self.last };
            let chars_before = self.chars.map(|seen| seen + chars_in(&buf[start..i]));
            if let Some(c) = chars_before {
                self.chars = Some(c + 1);
            }
            q.push_back(Newline {
                at: self.offset + i as u64,
                blank: length == 0 || (length == 1 && before == b'\r'),
                chars_before,
            });
            self.pending = 0;
            start = i + 1;
        }
        if let Some(seen) = self.chars {
            self.chars = Some(seen + chars_in(&buf[start..n]));
        }
        self.pending += (n - start) as u64;
        if n > 0 {
            self.last = buf[n - 1];
        }
        self.offset += n as u64;
        Ok(n)
    }
}

/// Turns byte offsets of record starts (increasing) into 1-based line numbers.
pub(super) struct Lines {
    newlines: Rc<RefCell<VecDeque<Newline>>>,
    pub passed: u64,
    /// For the last record asked about: the line a stream opened at its position starts on
    /// (before the blank lines the csv crate passes over), for a [`Checkpoint`].
    pub resume: u64,
    /// The last newline at or before that record's start.
    before: Option<Newline>,
}

impl Lines {
    /// The line of a record starting at `byte`. A newline at `byte` itself ends the previous
    /// row (the CRLF case above), so it counts as passed; so do the blank lines right after
    /// `byte`, which the csv crate passes over as part of the record's start.
    pub fn at(&mut self, byte: u64) -> u64 {
        let mut q = self.newlines.borrow_mut();
        while let Some(nl) = q.front().copied().filter(|nl| nl.at <= byte) {
            q.pop_front();
            self.before = Some(nl);
            self.passed += 1;
        }
        self.resume = self.passed + 1;
        while q.front().is_some_and(|nl| nl.blank) {
            q.pop_front();
            self.passed += 1;
        }
        self.passed + 1
    }

    /// In a single-byte encoding, the file offset of the record last asked about, which starts
    /// at `byte` of the decoded text: the characters before it. Known when it starts on the
    /// newline it follows or just after it (every row but the first).
    pub fn file_offset(&self, byte: u64) -> Option<u64> {
        let nl = self.before?;
        let chars = nl.chars_before?;
        match byte.checked_sub(nl.at)? {
            0 => Some(chars),
            1 => Some(chars + 1),
            _ => None,
        }
    }
}

type Decoded = encoding_rs_io::DecodeReaderBytes<Counting<std::fs::File>, Vec<u8>>;

/// The rows of a CSV file as the csv crate reads them.
pub(super) type Rows = csv::Reader<BufReader<LineTracker<Marking<Decoded>>>>;

pub(super) fn file_error(display: &str, message: impl Into<String>) -> CoreError {
    CoreError::File {
        path: display.into(),
        message: message.into(),
    }
}

/// Opens the file's rows from `start` (the top of the file when `None`); with a prefilter, the
/// literals it looks for are noted in the returned marks as the text streams past.
pub(super) fn open_rows(
    path: &Path,
    display: &str,
    encoding: TextEncoding,
    delimiter: u8,
    start: Option<&Checkpoint>,
    bytes: Arc<AtomicU64>,
    wants: Wants,
) -> Result<(Rows, Lines, Marks)> {
    let mut file = std::fs::File::open(path).map_err(|e| file_error(display, e.to_string()))?;
    if let Some(c) = start {
        // After a CRLF row end the csv crate places the next record at the `\n`; start past it
        // so that the newline is not counted as a line of its own.
        let io = |e: std::io::Error| file_error(display, e.to_string());
        file.seek(SeekFrom::Start(c.byte)).map_err(io)?;
        let mut first = [0u8; 1];
        let skip = u64::from(file.read(&mut first).map_err(io)? == 1 && first[0] == b'\n');
        file.seek(SeekFrom::Start(c.byte + skip)).map_err(io)?;
    }
    let decoded = encoding_rs_io::DecodeReaderBytesBuilder::new()
        .encoding(Some(encoding.encoding()))
        .utf8_passthru(true)
        .strip_bom(start.is_none())
        .build(Counting { inner: file, bytes });
    let newlines = Rc::new(RefCell::new(VecDeque::new()));
    let lines = Lines {
        newlines: newlines.clone(),
        passed: start.map_or(0, |c| c.line.saturating_sub(1)),
        resume: 0,
        before: None,
    };
    let marks = Marks::default();
    let tracked = LineTracker {
        inner: Marking::new(decoded, wants, marks.clone()),
        offset: 0,
        newlines,
        pending: 0,
        last: b'\n',
        // Counted from the top only: a checkpoint is noted when the file is read whole.
        chars: (encoding == TextEncoding::Windows1252 && start.is_none()).then_some(0),
    };
    let rows = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(BufReader::with_capacity(256 * 1024, tracked));
    Ok((rows, lines, marks))
}

/// The header of a CSV file, found among its first rows.
pub(super) struct Header {
    pub names: Vec<String>,
    pub layout: Layout,
    /// The first rows as read, with their lines; data starts at `data_from`.
    pub first: Vec<(csv::ByteRecord, u64)>,
    pub data_from: usize,
    /// The file ended within the first rows.
    pub ended: bool,
    /// Title rows passed over, a missing header.
    pub notes: Vec<RowIssue>,
}

/// Reads the first rows and decides where the header is (title rows above it are passed over)
/// or that the file has none.
pub(super) fn read_header(
    rows: &mut Rows,
    lines: &mut Lines,
    display: &str,
    mapping: Option<&[FieldRole]>,
) -> Result<Header> {
    let mut first: Vec<(csv::ByteRecord, u64)> = Vec::new();
    let mut row = csv::ByteRecord::new();
    let mut ended = false;
    while first.len() < HEADER_WINDOW {
        match rows.read_byte_record(&mut row) {
            Ok(true) => {
                let line = row.position().map_or(0, |p| lines.at(p.byte()));
                first.push((row.clone(), line));
            }
            Ok(false) => {
                ended = true;
                break;
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| lines.at(p.byte()));
                return Err(file_error(display, format!("line {line}: {e}")));
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
    let (names, data_from): (Vec<String>, usize) = match header_at {
        Some(i) => (texts[i].clone(), i + 1),
        None => {
            let width = texts.iter().map(Vec::len).max().unwrap_or(0);
            ((1..=width).map(|c| format!("Column {c}")).collect(), 0)
        }
    };
    let mut notes: Vec<RowIssue> = first
        .iter()
        .take(header_at.unwrap_or(0))
        .map(|(_, line)| RowIssue {
            line: *line,
            reason: "a title row above the header was left out".into(),
        })
        .collect();
    let mut layout = detect(&names, mapping);
    if header_at.is_none() && mapping.is_none() {
        layout.roles = roles_from_values(&texts);
        layout.needs_mapping = true;
        notes.push(RowIssue {
            line: first[0].1,
            reason: "the file has no header row: check the column roles".into(),
        });
    }
    Ok(Header {
        names,
        layout,
        first,
        data_from,
        ended,
        notes,
    })
}

/// Turns one row into a record; what looks wrong goes into the record's warnings.
pub(super) fn to_record(
    table: &mut Tabular,
    header_width: usize,
    encoding: TextEncoding,
    row: &csv::ByteRecord,
    line: u64,
    number: u64,
) -> Record {
    let mut warnings = Vec::new();
    if row.len() != header_width {
        warnings.push(format!(
            "row has {} fields, the header has {header_width}",
            row.len(),
        ));
    }
    let mut cells = Vec::with_capacity(row.len());
    for (i, cell) in row.iter().enumerate() {
        let mut raw = String::from_utf8_lossy(cell).into_owned();
        if raw.contains('\u{fffd}') {
            warnings.push(format!(
                "column {}: bytes that are not valid {} were replaced by \u{fffd}",
                i + 1,
                encoding.name()
            ));
        }
        if raw.contains('\0') {
            warnings.push(format!(
                "column {}: a NUL byte (not text) was replaced by \u{fffd}",
                i + 1
            ));
            raw = raw.replace('\0', "\u{fffd}");
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
    Record {
        number,
        locator: Locator::Line { line },
        record_id,
        fields,
        warnings,
    }
}
