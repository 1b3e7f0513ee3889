//! Spreadsheets: every sheet with data, its header recognised like a CSV header, each row a
//! record located by sheet and Excel row number. `.xlsx` is streamed cell by cell, so memory
//! stays flat whatever the sheet's size; `.xls` and `.ods` are read through the same reader as a
//! whole. Date cells become ISO dates; numbers read as Excel shows them without a format.

use super::cut::cut_to_largest_cell;
use super::prefilter::Wants;
use super::tabular::Tabular;
use super::xlsx_guard::{oversized, LARGEST_XML_TEXT};
use super::xlsx_points::{self, SheetPoints};
use super::xlsx_sheet::{Placing, Row, Sheet};
use super::ReadControl;
use super::{FileReport, Record, RowIssue, SourceKind};
use crate::vocabulary::FieldRole;
use crate::{CoreError, Result};
use calamine::{open_workbook_auto, Data, DataRef, DataType, Reader, Xlsx};
use std::collections::HashMap;
use std::io::{BufReader, Cursor, Read, Seek};
use std::path::Path;
use std::sync::atomic::Ordering;

/// A cell as text, and what is wrong with it if anything.
fn cell_text(d: &DataRef) -> (String, Option<String>) {
    match d {
        DataRef::Empty => (String::new(), None),
        DataRef::String(s) => (s.clone(), None),
        DataRef::SharedString(s) => (s.to_string(), None),
        DataRef::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => (format!("{}", *f as i64), None),
        DataRef::Float(f) => (f.to_string(), None),
        DataRef::Int(i) => (i.to_string(), None),
        DataRef::Bool(b) => (b.to_string(), None),
        DataRef::DateTime(dt) if dt.as_f64() < 1.0 => {
            // A time of day: calamine would put it on 1899-12-31.
            let secs = (dt.as_f64() * 86_400.0).round() as u32;
            (format!("{:02}:{:02}", secs / 3600, secs % 3600 / 60), None)
        }
        DataRef::DateTime(dt) => match d.as_datetime() {
            Some(t) if t.time() == chrono::NaiveTime::MIN => {
                (t.date().format("%Y-%m-%d").to_string(), None)
            }
            Some(t) => (t.format("%Y-%m-%dT%H:%M:%S").to_string(), None),
            None => (
                dt.as_f64().to_string(),
                Some("a date cell that is not a valid date".into()),
            ),
        },
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => (s.clone(), None),
        DataRef::Error(e) => (
            String::new(),
            Some(format!("the cell holds the error {e:?}")),
        ),
    }
}

/// [`cell_text`] cut to the largest cell kept.
fn kept_text(d: &DataRef) -> (String, Option<String>) {
    let (mut text, problem) = cell_text(d);
    match cut_to_largest_cell(&mut text) {
        Some(cut) => (
            text,
            Some(problem.map_or(cut.clone(), |p| format!("{p}; {cut}"))),
        ),
        None => (text, problem),
    }
}

/// A cell of a whole-sheet range seen as a streamed cell.
fn data_ref(d: &Data) -> DataRef<'_> {
    match d {
        Data::Int(i) => DataRef::Int(*i),
        Data::Float(f) => DataRef::Float(*f),
        Data::String(s) => DataRef::SharedString(s),
        Data::Bool(b) => DataRef::Bool(*b),
        Data::DateTime(dt) => DataRef::DateTime(*dt),
        Data::DateTimeIso(s) => DataRef::DateTimeIso(s.clone()),
        Data::DurationIso(s) => DataRef::DurationIso(s.clone()),
        Data::Error(e) => DataRef::Error(e.clone()),
        Data::Empty => DataRef::Empty,
    }
}

/// A workbook's report before any sheet is read.
fn new_report(display: &str, bytes: u64) -> FileReport {
    FileReport {
        file: display.to_string(),
        kind: SourceKind::GenericXlsx,
        encoding: None,
        delimiter: None,
        columns: Vec::new(),
        needs_mapping: false,
        records: 0,
        records_with_warnings: 0,
        rejected: Vec::new(),
        warnings: Vec::new(),
        bytes,
    }
}

fn is_xlsx(path: &Path) -> bool {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    !matches!(ext.as_str(), "xls" | "ods" | "xlsb")
}

/// Reads every sheet of a workbook; one report for the file, records numbered through it.
/// Records are made only of the rows whose text `wants` accepts. With `points` (when indexing),
/// a large `.xlsx` sheet also gets access points for reading rows back ([`read_back_at_points`]).
pub fn read(
    path: &Path,
    display: &str,
    mapping: Option<&[FieldRole]>,
    control: &ReadControl,
    wants: Wants,
    points: bool,
    sink: &mut dyn FnMut(Record),
) -> Result<(FileReport, Vec<SheetPoints>)> {
    let fail = |m: String| CoreError::File {
        path: display.into(),
        message: m,
    };
    let size = std::fs::metadata(path)
        .map(|m| m.len())
        .map_err(|e| fail(e.to_string()))?;
    if size == 0 {
        return Err(fail("the file is empty".into()));
    }
    let mut report = new_report(display, size);
    let mut sheets_with_data = 0;
    let mut placed = Vec::new();
    if is_xlsx(path) {
        let too_long = oversized(path);
        if let Some(why) = too_long.shared_strings {
            return Err(fail(format!(
                "{why}: the workbook is not read (a zip bomb?)"
            )));
        }
        let mut found = if points {
            xlsx_points::find(path, control)?
        } else {
            HashMap::new()
        };
        let file = std::fs::File::open(path).map_err(|e| fail(e.to_string()))?;
        let mut book: Xlsx<_> = Xlsx::new(BufReader::new(file))
            .map_err(|e| fail(format!("not a readable spreadsheet: {e}")))?;
        for name in book.sheet_names().to_vec() {
            if let Some(&at) = too_long.sheets.get(&name) {
                report.rejected.push(RowIssue {
                    line: at,
                    reason: format!(
                        "sheet {name:?} row {at}: a cell inflates past {} MB; the sheet is not read (a zip bomb?)",
                        LARGEST_XML_TEXT >> 20
                    ),
                });
                continue;
            }
            // Records are numbered through the whole workbook, not per sheet.
            let from = report.records;
            let mut sheet = Sheet::new(&name, mapping, wants.clone(), from);
            let looked = found.remove(&name);
            sheet.placing = looked.as_ref().map(|f| Placing::after(f.rows().collect()));
            let rejected = report.rejected.len();
            stream_sheet(&mut book, &mut sheet, &mut report, control, None, sink)?;
            sheets_with_data += usize::from(sheet.table.is_some());
            // A row that could not be read, or an invoice whose lines came apart, would make
            // a reading started midway count differently.
            let clean = report.rejected.len() == rejected
                && !sheet.table.as_ref().is_some_and(Tabular::scattered);
            if let (Some(f), Some(header), Some(p), true) =
                (looked, sheet.header_row, sheet.placing.take(), clean)
            {
                placed.extend(f.place(&name, header, (from, sheet.number), &p.starts));
            }
        }
    } else {
        let mut book = open_workbook_auto(path)
            .map_err(|e| fail(format!("not a readable spreadsheet: {e}")))?;
        for name in book.sheet_names().to_vec() {
            let range = match book.worksheet_range(&name) {
                Ok(r) => r,
                Err(e) => {
                    report.rejected.push(RowIssue {
                        line: 0,
                        reason: format!("sheet {name:?}: {e}"),
                    });
                    continue;
                }
            };
            let Some((first_row, first_col)) = range.start() else {
                continue;
            };
            // Records are numbered through the whole workbook, not per sheet.
            let mut sheet = Sheet::new(&name, mapping, wants.clone(), report.records);
            for (i, cells) in range.rows().enumerate() {
                let mut row = Row::new(u64::from(first_row) + i as u64 + 1);
                for (c, d) in cells.iter().enumerate() {
                    row.push(first_col as usize + c, kept_text(&data_ref(d)));
                }
                sheet.row(row, &mut report, control, sink)?;
            }
            sheets_with_data += usize::from(sheet.table.is_some());
        }
    }
    if sheets_with_data == 0 {
        let why: Vec<&str> = report.rejected.iter().map(|r| r.reason.as_str()).collect();
        if why.is_empty() {
            return Err(fail("the workbook has no sheet with data".into()));
        }
        return Err(fail(format!(
            "the workbook has no sheet that could be read: {}",
            why.join("; ")
        )));
    }
    control.bytes.fetch_add(size, Ordering::Relaxed);
    Ok((report, placed))
}

/// Streams one `.xlsx` sheet's cells into `sheet` row by row; with `until`, stops once that
/// record has been handed on.
fn stream_sheet<RS: Read + Seek>(
    book: &mut Xlsx<RS>,
    sheet: &mut Sheet,
    report: &mut FileReport,
    control: &ReadControl,
    until: Option<u64>,
    sink: &mut dyn FnMut(Record),
) -> Result<()> {
    let name = sheet.name.clone();
    let mut cells = match book.worksheet_cells_reader(&name) {
        Ok(c) => c,
        Err(e) => {
            report.rejected.push(RowIssue {
                line: 0,
                reason: format!("sheet {name:?}: {e}"),
            });
            return Ok(());
        }
    };
    let enough = |sheet: &Sheet| until.is_some_and(|u| sheet.number >= u);
    let mut current: Option<Row> = None;
    loop {
        let cell = match cells.next_cell() {
            Ok(Some(c)) => c,
            Ok(None) => break,
            Err(e) => {
                let at = current.as_ref().map_or(0, |r| r.excel_row);
                report.rejected.push(RowIssue {
                    line: at,
                    reason: format!("sheet {name:?} after row {at}: {e}"),
                });
                break;
            }
        };
        let (r, c) = cell.get_position();
        let excel_row = u64::from(r) + 1;
        if current
            .as_ref()
            .is_some_and(|row| row.excel_row != excel_row)
        {
            sheet.row(current.take().expect("checked"), report, control, sink)?;
            if enough(sheet) {
                return Ok(());
            }
        }
        current
            .get_or_insert_with(|| Row::new(excel_row))
            .push(c as usize, kept_text(cell.get_value()));
    }
    if let Some(row) = current.take() {
        sheet.row(row, report, control, sink)?;
    }
    Ok(())
}

/// Reads back the records `wanted` (ascending, numbered through the workbook) that lie after one
/// of its access points: each group from its point, through a workbook made in memory of the
/// original's parts and the sheet's rows from there (see `xlsx_points`). Returns the records
/// that lie before every point, to be read from the start.
pub fn read_back_at_points(
    path: &Path,
    display: &str,
    mapping: Option<&[FieldRole]>,
    sheets: &[SheetPoints],
    wanted: &[u64],
    control: &ReadControl,
    sink: &mut dyn FnMut(Record),
) -> Result<Vec<u64>> {
    let (groups, rest) = xlsx_points::groups(sheets, wanted);
    for ((s, m), records) in groups {
        let (sheet_points, mark) = (&sheets[s], &sheets[s].rows[m]);
        let bytes = xlsx_points::workbook_from(path, display, sheet_points, m)?;
        let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|e| CoreError::File {
            path: display.into(),
            message: format!("reading rows back: {e}"),
        })?;
        let mut sheet = Sheet::new(&sheet_points.sheet, mapping, None, mark.records_before);
        let mut report = new_report(display, 0);
        let last = records.last().copied();
        stream_sheet(
            &mut book,
            &mut sheet,
            &mut report,
            control,
            last,
            &mut |r| {
                if records.binary_search(&r.number).is_ok() {
                    sink(r);
                }
            },
        )?;
    }
    Ok(rest)
}
