//! What CSV and spreadsheet rows share: cells become fields with their column and role, the
//! source system's record id is worked out, Excel's damage to identifiers is noted, and the
//! report counts what looked wrong.

use super::layout::{Layout, RecordIdRule};
use super::record::REPORTED_WARNINGS;
use super::values::{clean, identifier_damage};
use super::{Field, FileReport, RowIssue};
use crate::vocabulary::FieldRole;
use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

/// A tabular file's columns as they are read row after row.
pub(crate) struct Tabular {
    pub layout: Layout,
    columns: Vec<Arc<str>>,
    /// Jurnal: lines seen so far per invoice, by a 64-bit hash of its number (a workbook of
    /// half a million invoices would hold tens of MB of their numbers; two numbers share a hash
    /// about once in 10^13 such workbooks).
    invoice_lines: HashMap<u64, u32>,
    /// Jurnal: the invoice of the row just read and its line number there.
    last_invoice: Option<(String, u32)>,
    /// Jurnal: an invoice's lines came apart (another invoice between them).
    scattered: bool,
}

impl Tabular {
    pub fn new(layout: Layout, headers: &[String]) -> Tabular {
        let columns = headers.iter().map(|h| Arc::from(h.as_str())).collect();
        Tabular {
            layout,
            columns,
            invoice_lines: HashMap::new(),
            last_invoice: None,
            scattered: false,
        }
    }

    /// Whether reading could start again at the row just read with nothing carried over from
    /// the rows before it (which holds unless it continues a Jurnal invoice).
    pub fn starts_afresh(&self) -> bool {
        match self.layout.record_id {
            RecordIdRule::InvoiceLine(_) => self.last_invoice.as_ref().is_none_or(|(_, n)| *n == 1),
            _ => true,
        }
    }

    /// Whether some invoice's lines were not next to each other.
    pub fn scattered(&self) -> bool {
        self.scattered
    }

    /// The fields of one row and its record id; Excel-damaged identifiers go to `warnings`.
    pub fn fields(
        &mut self,
        cells: Vec<String>,
        warnings: &mut Vec<String>,
    ) -> (Vec<Field>, Option<String>) {
        let mut fields = Vec::with_capacity(cells.len());
        for (i, raw) in cells.into_iter().enumerate() {
            let role = self
                .layout
                .roles
                .get(i)
                .copied()
                .unwrap_or(FieldRole::Other);
            let value = clean(&raw).to_string();
            let column = self
                .columns
                .get(i)
                .cloned()
                .unwrap_or_else(|| Arc::from(format!("Column {}", i + 1).as_str()));
            if matches!(role, FieldRole::Phone | FieldRole::Nik) {
                if let Some(w) = identifier_damage(&value) {
                    warnings.push(format!("{column}: {w}"));
                }
            }
            fields.push(Field::with_value(column, role, raw, value));
        }
        let value_of = |i: usize| {
            fields
                .get(i)
                .map(|f| f.value.clone())
                .filter(|v| !v.is_empty())
        };
        let record_id = match self.layout.record_id {
            RecordIdRule::None => None,
            RecordIdRule::Column(i) => value_of(i),
            RecordIdRule::InvoiceLine(i) => match value_of(i) {
                Some(inv) => {
                    let n = self.invoice_line(&inv);
                    Some(format!("{inv}#{n}"))
                }
                None => {
                    self.last_invoice = None;
                    None
                }
            },
        };
        (fields, record_id)
    }

    /// Passes over a row nobody needs, keeping count of what later rows depend on (a Jurnal
    /// invoice's line numbers). `cell` gives a column's raw text.
    pub fn skip(&mut self, cell: &dyn Fn(usize) -> Option<String>) {
        if let RecordIdRule::InvoiceLine(i) = self.layout.record_id {
            match cell(i) {
                Some(raw) if !clean(&raw).is_empty() => {
                    self.invoice_line(clean(&raw));
                }
                _ => self.last_invoice = None,
            }
        }
    }

    /// Jurnal: counts a line of `invoice` and says which line of it this is.
    fn invoice_line(&mut self, invoice: &str) -> u32 {
        let mut hasher = DefaultHasher::new();
        invoice.hash(&mut hasher);
        let seen = self.invoice_lines.entry(hasher.finish()).or_insert(0);
        *seen += 1;
        let n = *seen;
        let continues = self
            .last_invoice
            .as_ref()
            .is_some_and(|(last, _)| last == invoice);
        if n > 1 && !continues {
            self.scattered = true;
        }
        match &mut self.last_invoice {
            Some((last, line)) if continues => *line = n,
            _ => self.last_invoice = Some((invoice.to_string(), n)),
        }
        n
    }
}

/// Counts a record's warnings in the report and keeps the first ones with their line.
pub(crate) fn note_warnings(
    report: &mut FileReport,
    line: u64,
    warnings: &[String],
    describe: impl Fn(&str) -> String,
) {
    if warnings.is_empty() {
        return;
    }
    report.records_with_warnings += 1;
    for w in warnings {
        if report.warnings.len() < REPORTED_WARNINGS {
            report.warnings.push(RowIssue {
                line,
                reason: describe(w),
            });
        }
    }
}
