//! Reading one CSV (any of the known exports, or any other CSV) as a stream of records: the
//! encoding and delimiter are sniffed, the header recognised, every record located by the
//! physical line it starts on, and nothing is dropped without a word in the report. A reader can
//! also come back for a few records (the index's read-back), starting at a remembered boundary.

use super::csv_stream::{
    file_error, open_rows, read_header, to_record, Checkpoint, Header, Lines, Rows,
};
use super::prefilter::Marks;
use super::prefilter::Wants;
use super::record::ColumnInfo;
use super::sniff::{self, TextEncoding, SAMPLE};
use super::tabular::{note_warnings, Tabular};
use super::ReadControl;
use super::{FileReport, Record, RowIssue};
use crate::vocabulary::FieldRole;
use crate::{CoreError, Result};
use std::io::{Read, Seek};
use std::path::Path;
use std::sync::atomic::Ordering;

/// Every how many records a boundary is remembered for reading back.
const CHECKPOINT_EVERY: u64 = 64;

/// Looks at the first bytes: empty, binary, or text with this encoding.
fn sniff_text(head: &[u8], display: &str) -> Result<TextEncoding> {
    let content = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    if content.iter().all(u8::is_ascii_whitespace) {
        return Err(file_error(display, "the file is empty"));
    }
    let encoding = sniff::encoding(head);
    let binary = match encoding {
        TextEncoding::Utf16Le | TextEncoding::Utf16Be => false,
        _ => sniff::looks_binary(head),
    };
    if binary {
        return Err(file_error(
            display,
            "not a text file (it looks like a spreadsheet, PDF or other binary file)",
        ));
    }
    Ok(encoding)
}

/// The encoding and delimiter of a CSV file, from its first bytes.
pub fn sniff_file(path: &Path, display: &str) -> Result<(TextEncoding, u8)> {
    let mut head = Vec::with_capacity(SAMPLE);
    std::fs::File::open(path)
        .and_then(|f| f.take(SAMPLE as u64).read_to_end(&mut head))
        .map_err(|e| file_error(display, e.to_string()))?;
    let encoding = sniff_text(&head, display)?;
    let (sample, _, _) = encoding.encoding().decode(&head);
    Ok((encoding, sniff::delimiter(&sample)))
}

/// A CSV file opened at the top, its header read.
struct Top {
    encoding: TextEncoding,
    delimiter: u8,
    rows: Rows,
    lines: Lines,
    marks: Marks,
    header: Header,
}

fn open_top(
    path: &Path,
    display: &str,
    mapping: Option<&[FieldRole]>,
    control: &ReadControl,
    wants: Wants,
) -> Result<Top> {
    let (encoding, delimiter) = sniff_file(path, display)?;
    let (mut rows, mut lines, marks) = open_rows(
        path,
        display,
        encoding,
        delimiter,
        None,
        control.bytes.clone(),
        wants,
    )?;
    let header = read_header(&mut rows, &mut lines, display, mapping)?;
    Ok(Top {
        encoding,
        delimiter,
        rows,
        lines,
        marks,
        header,
    })
}

/// What reading a whole CSV file gives besides its records.
pub struct CsvRead {
    pub report: FileReport,
    /// Record boundaries to come back to (UTF-8 files only).
    pub checkpoints: Vec<Checkpoint>,
}

/// Reads a CSV file, calling `sink` for every record. `display` names the file in messages and
/// the report; `mapping` holds staff's column roles when they mapped this source.
pub fn read(
    path: &Path,
    display: &str,
    mapping: Option<&[FieldRole]>,
    control: &ReadControl,
    sink: &mut dyn FnMut(Record),
) -> Result<CsvRead> {
    read_where(path, display, mapping, control, None, sink)
}

/// [`read`], making records only of the rows `wants` accepts (all rows when it is `None`).
pub fn read_where(
    path: &Path,
    display: &str,
    mapping: Option<&[FieldRole]>,
    control: &ReadControl,
    wants: Wants,
    sink: &mut dyn FnMut(Record),
) -> Result<CsvRead> {
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    let filter = wants.clone();
    let Top {
        encoding,
        delimiter,
        mut rows,
        mut lines,
        marks,
        header,
    } = open_top(path, display, mapping, control, wants)?;
    let mut report = FileReport {
        file: display.to_string(),
        kind: header.layout.kind,
        encoding: Some(encoding.name().to_string()),
        delimiter: Some((delimiter as char).to_string()),
        columns: header
            .names
            .iter()
            .zip(&header.layout.roles)
            .map(|(n, r)| ColumnInfo {
                name: n.clone(),
                role: *r,
            })
            .collect(),
        needs_mapping: header.layout.needs_mapping,
        records: 0,
        records_with_warnings: 0,
        rejected: Vec::new(),
        warnings: header.notes,
        bytes: size,
    };
    // Bytes in the decoded text are bytes in the file for UTF-8 (after its BOM); in
    // Windows-1252 each byte of the file is a character of the text (`Lines::file_offset`).
    let bom = match encoding {
        TextEncoding::Utf8 => Some(0),
        TextEncoding::Utf8Bom => Some(3),
        _ => None,
    };
    let width = header.names.len();
    let mut table = Tabular::new(header.layout, &header.names);
    let mut checkpoints = Vec::new();
    let mut last_fields = width;
    let mut open_cell = false;
    let mut found = Vec::new();
    // For the rows after the header window: where the row ends in the stream, and the line a
    // reading resumed at the row's position would count from (blank lines before it included).
    let mut handle = |row: &csv::ByteRecord,
                      line: u64,
                      after: Option<(u64, u64, Option<u64>)>,
                      report: &mut FileReport|
     -> Result<()> {
        if report.records.is_multiple_of(1024) && control.cancelled() {
            return Err(CoreError::Cancelled);
        }
        last_fields = row.len();
        open_cell = row.iter().any(|c| c.contains(&b'\n'));
        report.records += 1;
        let skip = match (&filter, after, row.position()) {
            (Some(f), Some((end, _, _)), Some(p)) => {
                marks.take(p.byte(), end, &mut found);
                !f.wants(&found)
            }
            _ => false,
        };
        if skip {
            control.records.fetch_add(1, Ordering::Relaxed);
            table.skip(&|i| row.get(i).map(|c| String::from_utf8_lossy(c).into_owned()));
            return Ok(());
        }
        let record = to_record(&mut table, width, encoding, row, line, report.records);
        control.records.fetch_add(1, Ordering::Relaxed);
        note_warnings(report, line, &record.warnings, str::to_string);
        let in_file = match (bom, row.position(), after) {
            (Some(bom), Some(p), _) => Some(p.byte() + bom),
            (None, _, Some((_, _, single_byte))) => single_byte,
            _ => None,
        };
        if let (Some(byte), Some((_, resume, _))) = (in_file, after) {
            let due = checkpoints.last().map_or(1, |c: &Checkpoint| c.record) + CHECKPOINT_EVERY;
            if report.records >= due && table.starts_afresh() {
                checkpoints.push(Checkpoint {
                    record: report.records,
                    line: resume,
                    byte,
                });
            }
        }
        sink(record);
        Ok(())
    };
    for (r, line) in header.first.iter().skip(header.data_from) {
        handle(r, *line, None, &mut report)?;
    }
    let mut row = csv::ByteRecord::new();
    let mut ended = header.ended;
    while !ended {
        match rows.read_byte_record(&mut row) {
            Ok(false) => ended = true,
            Ok(true) => {
                let start = row.position().map(|p| p.byte());
                let line = start.map_or(0, |b| lines.at(b));
                let in_file = start.and_then(|b| lines.file_offset(b));
                let after = (rows.position().byte(), lines.resume, in_file);
                handle(&row, line, Some(after), &mut report)?;
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
    // A rejected row or an invoice whose lines come apart would make a restart count differently.
    if !report.rejected.is_empty() || table.scattered() {
        checkpoints.clear();
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
    if last_fields < width && !tail.ends_with(b"\n") {
        let line = lines.passed + 1;
        report.warnings.push(RowIssue {
            line,
            reason: "the last row ends early: the file may be truncated".into(),
        });
    }
    Ok(CsvRead {
        report,
        checkpoints,
    })
}

/// Reads the records numbered `wanted` (ascending) again, starting at the nearest checkpoint
/// before each instead of the top of the file. Returns how many it found.
pub fn read_back(
    path: &Path,
    display: &str,
    mapping: Option<&[FieldRole]>,
    checkpoints: &[Checkpoint],
    wanted: &[u64],
    control: &ReadControl,
    sink: &mut dyn FnMut(Record),
) -> Result<usize> {
    let Top {
        encoding,
        delimiter,
        rows,
        lines,
        header,
        ..
    } = open_top(path, display, mapping, control, None)?;
    let width = header.names.len();
    let mut table = Tabular::new(header.layout.clone(), &header.names);
    let mut found = 0;
    let mut number = 0;
    // Every row passes through the table (Jurnal counts an invoice's lines); only the wanted ones
    // become records.
    let mut take = |table: &mut Tabular, row: &csv::ByteRecord, line: u64, number: u64| {
        if wanted.binary_search(&number).is_ok() {
            found += 1;
            sink(to_record(table, width, encoding, row, line, number));
        } else {
            table.skip(&|i| row.get(i).map(|c| String::from_utf8_lossy(c).into_owned()));
        }
    };
    for (r, line) in header.first.iter().skip(header.data_from) {
        number += 1;
        take(&mut table, r, *line, number);
    }
    let mut stream: Option<(Rows, Lines)> = (!header.ended).then_some((rows, lines));
    let mut row = csv::ByteRecord::new();
    while let Some(&want) = wanted.get(wanted.partition_point(|&w| w <= number)) {
        if control.cancelled() {
            return Err(CoreError::Cancelled);
        }
        // Jump ahead when a checkpoint lies between here and the record wanted.
        let before = checkpoints.partition_point(|c| c.record <= want);
        if let Some(c) = before
            .checked_sub(1)
            .map(|i| &checkpoints[i])
            .filter(|c| c.record > number + 1)
        {
            let (rows, lines, _) = open_rows(
                path,
                display,
                encoding,
                delimiter,
                Some(c),
                control.bytes.clone(),
                None,
            )?;
            stream = Some((rows, lines));
            table = Tabular::new(header.layout.clone(), &header.names);
            number = c.record.saturating_sub(1);
        }
        let Some((rows, lines)) = stream.as_mut() else {
            break;
        };
        match rows.read_byte_record(&mut row) {
            Ok(false) => break,
            Ok(true) => {
                let line = row.position().map_or(0, |p| lines.at(p.byte()));
                number += 1;
                take(&mut table, &row, line, number);
            }
            Err(e) if e.is_io_error() => break,
            Err(_) => {}
        }
    }
    Ok(found)
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
