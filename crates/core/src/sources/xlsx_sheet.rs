//! A sheet's rows becoming records: the first non-empty row is the header, each row after it a
//! record numbered through the workbook (what CSV rows share is in `tabular`). While a large
//! sheet is indexed, the rows after its access points are placed among the records here.

use super::layout::detect;
use super::prefilter::Wants;
use super::record::ColumnInfo;
use super::tabular::{note_warnings, Tabular};
use super::xlsx_guard::LARGEST_XML_TEXT;
use super::ReadControl;
use super::{FileReport, Locator, Record, SourceKind};
use crate::vocabulary::FieldRole;
use crate::{CoreError, Result};
use std::collections::HashMap;
use std::sync::atomic::Ordering;

/// One row as read: the Excel row number and its cells by 0-based column.
pub(super) struct Row {
    pub excel_row: u64,
    cells: Vec<(usize, String, Option<String>)>,
    /// Bytes of text in `cells`, and the cells left out past [`LARGEST_XML_TEXT`] of them.
    kept: u64,
    dropped: usize,
}

impl Row {
    pub fn new(excel_row: u64) -> Row {
        Row {
            excel_row,
            cells: Vec::new(),
            kept: 0,
            dropped: 0,
        }
    }

    /// Adds a cell, unless the row already holds as much text as a read may take for it.
    pub fn push(&mut self, column: usize, (text, problem): (String, Option<String>)) {
        if self.kept + text.len() as u64 > LARGEST_XML_TEXT {
            self.dropped += 1;
            return;
        }
        self.kept += text.len() as u64;
        self.cells.push((column, text, problem));
    }
}

/// Turns the rows of one sheet into records: the first non-empty row is the header.
pub(super) struct Sheet<'a> {
    pub name: String,
    mapping: Option<&'a [FieldRole]>,
    wants: Wants,
    pub table: Option<Tabular>,
    pub number: u64,
    /// The Excel row of the header, once read.
    pub header_row: Option<u64>,
    /// While indexing a large sheet: the rows after its access points, to place among records.
    pub placing: Option<Placing>,
}

/// The rows after a sheet's access points (ascending), and for those a reading could start at,
/// the records before them.
pub(super) struct Placing {
    rows: Vec<u64>,
    next: usize,
    pub starts: HashMap<u64, u64>,
}

impl Placing {
    /// For the rows (ascending) that follow the sheet's access points.
    pub fn after(rows: Vec<u64>) -> Placing {
        Placing {
            rows,
            next: 0,
            starts: HashMap::new(),
        }
    }
}

impl<'a> Sheet<'a> {
    pub fn new(
        name: &str,
        mapping: Option<&'a [FieldRole]>,
        wants: Wants,
        number: u64,
    ) -> Sheet<'a> {
        Sheet {
            name: name.to_string(),
            mapping,
            wants,
            table: None,
            number,
            header_row: None,
            placing: None,
        }
    }

    /// Hands one row on (see [`Sheet::take_row`]), noting the records before it when it follows
    /// an access point and a reading could start there.
    pub fn row(
        &mut self,
        row: Row,
        report: &mut FileReport,
        control: &ReadControl,
        sink: &mut dyn FnMut(Record),
    ) -> Result<()> {
        let (before, at) = (self.number, row.excel_row);
        self.take_row(row, report, control, sink)?;
        let afresh = self.table.as_ref().is_some_and(Tabular::starts_afresh);
        if let Some(p) = &mut self.placing {
            while p.rows.get(p.next).is_some_and(|&r| r < at) {
                p.next += 1;
            }
            if p.rows.get(p.next) == Some(&at) {
                if self.number == before + 1 && afresh {
                    p.starts.insert(at, before);
                }
                p.next += 1;
            }
        }
        Ok(())
    }

    fn take_row(
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
            self.header_row = Some(row.excel_row);
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
