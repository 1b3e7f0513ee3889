//! Spreadsheets: every sheet with data, its header recognised like a CSV header, each row a
//! record located by sheet and Excel row number. `.xlsx` is streamed cell by cell, so memory
//! stays flat whatever the sheet's size; `.xls` and `.ods` are read through the same reader as a
//! whole. Date cells become ISO dates; numbers read as Excel shows them without a format.

use super::cut::cut_to_largest_cell;
use super::layout::detect;
use super::prefilter::Wants;
use super::record::ColumnInfo;
use super::tabular::{note_warnings, Tabular};
use super::xlsx_guard::{oversized, LARGEST_XML_TEXT};
use super::ReadControl;
use super::{FileReport, Locator, Record, RowIssue, SourceKind};
use crate::vocabulary::FieldRole;
use crate::{CoreError, Result};
use calamine::{open_workbook_auto, Data, DataRef, DataType, Reader, Xlsx};
use std::io::BufReader;
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

/// One row as read: the Excel row number and its cells by 0-based column.
struct Row {
    excel_row: u64,
    cells: Vec<(usize, String, Option<String>)>,
    /// Bytes of text in `cells`, and the cells left out past [`LARGEST_XML_TEXT`] of them.
    kept: u64,
    dropped: usize,
}

impl Row {
    fn new(excel_row: u64) -> Row {
        Row {
            excel_row,
            cells: Vec::new(),
            kept: 0,
            dropped: 0,
        }
    }

    /// Adds a cell, unless the row already holds as much text as a read may take for it.
    fn push(&mut self, column: usize, (text, problem): (String, Option<String>)) {
        if self.kept + text.len() as u64 > LARGEST_XML_TEXT {
            self.dropped += 1;
            return;
        }
        self.kept += text.len() as u64;
        self.cells.push((column, text, problem));
    }
}

/// Turns the rows of one sheet into records: the first non-empty row is the header.
struct Sheet<'a> {
    name: String,
    mapping: Option<&'a [FieldRole]>,
    wants: Wants,
    table: Option<Tabular>,
    number: u64,
}

impl Sheet<'_> {
    fn row(
        &mut self,
        row: Row,
        report: &mut FileReport,
        control: &ReadControl,
        sink: &mut dyn FnMut(Record),
    ) -> Result<()> {
        if row.cells.iter().all(|(_, t, _)| t.trim().is_empty()) {
            return Ok(());
        }
        let Some(table) = &mut self.table else {
            let width = row.cells.iter().map(|(c, ..)| c + 1).max().unwrap_or(0);
            let mut headers = vec![String::new(); width];
            for (c, t, _) in row.cells {
                headers[c] = t.trim().to_string();
            }
            let layout = detect(&headers, self.mapping);
            if report.columns.is_empty() {
                report.kind = if layout.kind == SourceKind::GenericCsv {
                    SourceKind::GenericXlsx
                } else {
                    layout.kind
                };
                report.needs_mapping = layout.needs_mapping;
                report.columns = headers
                    .iter()
                    .zip(&layout.roles)
                    .map(|(n, r)| ColumnInfo {
                        name: n.clone(),
                        role: *r,
                    })
                    .collect();
            }
            self.table = Some(Tabular::new(layout, &headers));
            return Ok(());
        };
        if self.number.is_multiple_of(1024) && control.cancel.load(Ordering::Relaxed) {
            return Err(CoreError::Cancelled);
        }
        if let Some(wants) = &self.wants {
            let mut found = Vec::new();
            for (_, t, _) in &row.cells {
                wants.find(t.as_bytes(), &mut |_, _, literal| found.push(literal));
            }
            if !wants.wants(&found) {
                self.number += 1;
                report.records += 1;
                control.records.fetch_add(1, Ordering::Relaxed);
                let cells = &row.cells;
                table.skip(&|i| {
                    cells
                        .iter()
                        .find(|(c, ..)| *c == i)
                        .map(|(_, t, _)| t.clone())
                });
                return Ok(());
            }
        }
        let mut warnings = Vec::new();
        let width = row
            .cells
            .iter()
            .map(|(c, ..)| c + 1)
            .max()
            .unwrap_or(0)
            .max(table.layout.roles.len());
        let mut texts: Vec<String> = vec![String::new(); width];
        for (c, text, problem) in row.cells {
            if let Some(p) = problem {
                warnings.push(format!("column {}: {p}", c + 1));
            }
            texts[c] = text;
        }
        if row.dropped > 0 {
            warnings.push(format!(
                "{} cells past the row's first {} MB of text were left out",
                row.dropped,
                LARGEST_XML_TEXT >> 20
            ));
        }
        let (fields, record_id) = table.fields(texts, &mut warnings);
        self.number += 1;
        report.records += 1;
        control.records.fetch_add(1, Ordering::Relaxed);
        let (name, at) = (&self.name, row.excel_row);
        note_warnings(report, at, &warnings, |w| {
            format!("sheet {name:?} row {at}: {w}")
        });
        sink(Record {
            number: self.number,
            locator: Locator::Cell {
                sheet: self.name.clone(),
                row: row.excel_row,
            },
            record_id,
            fields,
            warnings,
        });
        Ok(())
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
/// Records are made only of the rows whose text `wants` accepts.
pub fn read(
    path: &Path,
    display: &str,
    mapping: Option<&[FieldRole]>,
    control: &ReadControl,
    wants: Wants,
    sink: &mut dyn FnMut(Record),
) -> Result<FileReport> {
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
    let mut report = FileReport {
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
        bytes: size,
    };
    let mut sheets_with_data = 0;
    if is_xlsx(path) {
        let too_long = oversized(path);
        if let Some(why) = too_long.shared_strings {
            return Err(fail(format!(
                "{why}: the workbook is not read (a zip bomb?)"
            )));
        }
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
            let mut sheet = Sheet {
                name: name.clone(),
                mapping,
                wants: wants.clone(),
                table: None,
                // Records are numbered through the whole workbook, not per sheet.
                number: report.records,
            };
            let mut cells = match book.worksheet_cells_reader(&name) {
                Ok(c) => c,
                Err(e) => {
                    report.rejected.push(RowIssue {
                        line: 0,
                        reason: format!("sheet {name:?}: {e}"),
                    });
                    continue;
                }
            };
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
                    sheet.row(current.take().expect("checked"), &mut report, control, sink)?;
                }
                current
                    .get_or_insert_with(|| Row::new(excel_row))
                    .push(c as usize, kept_text(cell.get_value()));
            }
            if let Some(row) = current.take() {
                sheet.row(row, &mut report, control, sink)?;
            }
            sheets_with_data += usize::from(sheet.table.is_some());
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
            let mut sheet = Sheet {
                name: name.clone(),
                mapping,
                wants: wants.clone(),
                table: None,
                // Records are numbered through the whole workbook, not per sheet.
                number: report.records,
            };
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
    Ok(report)
}
