//! Spreadsheets (.xlsx, and .xls/.ods through the same reader): every sheet with data, its
//! header recognised like a CSV header, each row a record located by sheet and Excel row number.
//! Dates in date cells are written as ISO dates; numbers as Excel shows them without a format.

use super::csv_file::ReadControl;
use super::layout::{detect, RecordIdRule};
use super::record::{ColumnInfo, REPORTED_WARNINGS};
use super::values::{clean, identifier_damage};
use super::{Field, FieldRole, FileReport, Locator, Record, RowIssue, SourceKind};
use crate::{CoreError, Result};
use calamine::{open_workbook_auto, Data, DataType, Reader};
use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::Ordering;
use std::sync::Arc;

/// A cell as text: what a person would read in it.
fn cell_text(d: &Data) -> (String, Option<String>) {
    match d {
        Data::Empty => (String::new(), None),
        Data::String(s) => (s.clone(), None),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => (format!("{}", *f as i64), None),
        Data::Float(f) => (f.to_string(), None),
        Data::Int(i) => (i.to_string(), None),
        Data::Bool(b) => (b.to_string(), None),
        Data::DateTime(dt) => {
            if dt.as_f64() < 1.0 {
                // A time of day: calamine would put it on 1899-12-31.
                let secs = (dt.as_f64() * 86_400.0).round() as u32;
                (format!("{:02}:{:02}", secs / 3600, secs % 3600 / 60), None)
            } else {
                match d.as_datetime() {
                    Some(t) if t.time() == chrono::NaiveTime::MIN => {
                        (t.date().format("%Y-%m-%d").to_string(), None)
                    }
                    Some(t) => (t.format("%Y-%m-%dT%H:%M:%S").to_string(), None),
                    None => (
                        dt.as_f64().to_string(),
                        Some("a date cell that is not a valid date".into()),
                    ),
                }
            }
        }
        Data::DateTimeIso(s) | Data::DurationIso(s) => (s.clone(), None),
        Data::Error(e) => (
            String::new(),
            Some(format!("the cell holds the error {e:?}")),
        ),
    }
}

/// Reads every sheet of a workbook; one report for the file, records numbered per sheet.
pub fn read(
    path: &Path,
    display: &str,
    mapping: Option<&[FieldRole]>,
    control: &ReadControl,
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
    let mut book =
        open_workbook_auto(path).map_err(|e| fail(format!("not a readable spreadsheet: {e}")))?;
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
    let sheets = book.sheet_names().to_vec();
    let mut any_sheet = false;
    for sheet in sheets {
        let range = match book.worksheet_range(&sheet) {
            Ok(r) => r,
            Err(e) => {
                report.rejected.push(RowIssue {
                    line: 0,
                    reason: format!("sheet {sheet:?}: {e}"),
                });
                continue;
            }
        };
        let Some((first_row, first_col)) = range.start() else {
            continue;
        };
        let mut rows = range
            .rows()
            .enumerate()
            .skip_while(|(_, r)| r.iter().all(|c| matches!(c, Data::Empty)));
        let Some((_, header)) = rows.next() else {
            continue;
        };
        any_sheet = true;
        let headers: Vec<String> = header
            .iter()
            .map(|c| cell_text(c).0.trim().to_string())
            .collect();
        let layout = detect(&headers, mapping);
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
        let columns: Vec<Arc<str>> = headers.iter().map(|h| Arc::from(h.as_str())).collect();
        let mut invoice_lines: HashMap<String, u32> = HashMap::new();
        let mut number = 0u64;
        for (i, row) in rows {
            if row.iter().all(|c| matches!(c, Data::Empty)) {
                continue;
            }
            if number.is_multiple_of(1024) && control.cancel.load(Ordering::Relaxed) {
                return Err(CoreError::Cancelled);
            }
            let excel_row = u64::from(first_row) + i as u64 + 1;
            let mut warnings = Vec::new();
            let mut fields = Vec::with_capacity(row.len());
            for (c, cell) in row.iter().enumerate() {
                let (raw, problem) = cell_text(cell);
                if let Some(p) = problem {
                    warnings.push(format!("column {}: {p}", first_col as usize + c + 1));
                }
                let role = layout.roles.get(c).copied().unwrap_or(FieldRole::Other);
                let value = clean(&raw).to_string();
                if matches!(role, FieldRole::Phone | FieldRole::Nik) {
                    if let Some(w) = identifier_damage(&value) {
                        warnings.push(w);
                    }
                }
                let column = columns
                    .get(c)
                    .cloned()
                    .unwrap_or_else(|| Arc::from(format!("Column {}", c + 1).as_str()));
                fields.push(Field {
                    column,
                    role,
                    raw,
                    value,
                });
            }
            let record_id = match layout.record_id {
                RecordIdRule::None => None,
                RecordIdRule::Column(c) => fields
                    .get(c)
                    .map(|f| f.value.clone())
                    .filter(|v| !v.is_empty()),
                RecordIdRule::InvoiceLine(c) => fields
                    .get(c)
                    .map(|f| f.value.clone())
                    .filter(|v| !v.is_empty())
                    .map(|inv| {
                        let n = invoice_lines.entry(inv.clone()).or_insert(0);
                        *n += 1;
                        format!("{inv}#{n}")
                    }),
            };
            number += 1;
            report.records += 1;
            control.records.fetch_add(1, Ordering::Relaxed);
            if !warnings.is_empty() {
                report.records_with_warnings += 1;
                for w in &warnings {
                    if report.warnings.len() < REPORTED_WARNINGS {
                        report.warnings.push(RowIssue {
                            line: excel_row,
                            reason: format!("sheet {sheet:?} row {excel_row}: {w}"),
                        });
                    }
                }
            }
            sink(Record {
                number,
                locator: Locator::Cell {
                    sheet: sheet.clone(),
                    row: excel_row,
                },
                record_id,
                fields,
                warnings,
            });
        }
    }
    if !any_sheet {
        return Err(fail("the workbook has no sheet with data".into()));
    }
    control.bytes.fetch_add(size, Ordering::Relaxed);
    Ok(report)
}
