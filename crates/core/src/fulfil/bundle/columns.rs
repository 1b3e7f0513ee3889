//! The columns of one source file's part: records of one file need not carry the same fields
//! (a chat message without an author, one whose author is a number, a ragged CSV row), so each
//! value is placed under its column by name — the n-th column of a name under the n-th — and
//! the columns grow in the order they first appear. Rows are kept aligned in a work file; when
//! the part is finished its CSV and its table in `index.html` are written with every column.

use super::cell::neutralise;
use super::html;
use super::work::{create, io};
use crate::sources::Field;
use crate::Result;
use std::io::Write;
use std::path::Path;

/// The part's columns, by name and occurrence, in the order they first appear.
#[derive(Debug, Default)]
pub(super) struct Columns {
    keys: Vec<(String, usize)>,
}

impl Columns {
    /// Where each of a record's fields goes, adding the columns not seen before.
    pub(super) fn place(&mut self, fields: &[Field]) -> Vec<usize> {
        let mut seen: Vec<&str> = Vec::with_capacity(fields.len());
        fields
            .iter()
            .map(|f| {
                let name: &str = &f.column;
                let nth = seen.iter().filter(|s| **s == name).count();
                seen.push(name);
                match self.keys.iter().position(|(k, n)| k == name && *n == nth) {
                    Some(i) => i,
                    None => {
                        self.keys.push((name.to_string(), nth));
                        self.keys.len() - 1
                    }
                }
            })
            .collect()
    }

    pub(super) fn names(&self) -> Vec<String> {
        self.keys.iter().map(|(k, _)| k.clone()).collect()
    }

    /// A record's values under their columns, blank where it has none.
    pub(super) fn aligned(&self, at: &[usize], values: Vec<String>) -> Vec<String> {
        let mut row = vec![String::new(); self.keys.len()];
        for (i, v) in at.iter().zip(values) {
            row[*i] = v;
        }
        row
    }
}

/// Writes a finished part: its CSV (`record`, `record_id`, every column; formulas defused) to
/// `csv_path` and its table to `index`, from the aligned rows kept in `rows_path` (`record`,
/// `record_id`, then the values, as long as the columns were when the row was added).
pub(super) fn finish(
    rows_path: &Path,
    columns: &Columns,
    csv_path: &Path,
    index: &mut impl Write,
    title: &str,
    entry: &str,
) -> Result<()> {
    let names = columns.names();
    let fail = |e: csv::Error| io(rows_path)(e.into());
    let mut out = csv::Writer::from_writer(create(csv_path)?);
    let mut header = vec!["record".to_string(), "record_id".to_string()];
    header.extend(names.iter().cloned());
    out.write_record(&header).map_err(fail)?;
    html::section(index, title, entry, &names).map_err(io(rows_path))?;
    let mut rows = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(rows_path)
        .map_err(fail)?;
    let mut record = csv::StringRecord::new();
    while rows.read_record(&mut record).map_err(fail)? {
        let number = record.get(0).unwrap_or_default();
        let mut values: Vec<String> = record.iter().skip(2).map(str::to_string).collect();
        values.resize(names.len(), String::new());
        let mut row = vec![
            number.to_string(),
            record.get(1).unwrap_or_default().to_string(),
        ];
        row.extend(values.iter().map(|v| neutralise(v).into_owned()));
        out.write_record(&row).map_err(fail)?;
        html::row(index, number.parse().unwrap_or_default(), &values).map_err(io(rows_path))?;
    }
    out.flush().map_err(io(csv_path))?;
    html::section_end(index).map_err(io(rows_path))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocabulary::FieldRole;
    use std::sync::Arc;

    fn fields(names: &[&str]) -> Vec<Field> {
        names
            .iter()
            .map(|n| Field::new(Arc::from(*n), FieldRole::Text, format!("v-{n}")))
            .collect()
    }

    #[test]
    fn values_go_under_their_column_by_name_and_occurrence() {
        let mut c = Columns::default();
        assert_eq!(c.place(&fields(&["date", "author", "text"])), vec![0, 1, 2]);
        assert_eq!(
            c.place(&fields(&["date", "text"])),
            vec![0, 2],
            "a message without an author leaves that column blank"
        );
        assert_eq!(
            c.place(&fields(&["date", "phone", "text"])),
            vec![0, 3, 2],
            "a new column is added at the end"
        );
        assert_eq!(
            c.place(&fields(&["note", "note"])),
            vec![4, 5],
            "a repeated column name keeps both values"
        );
        assert_eq!(
            c.names(),
            vec!["date", "author", "text", "phone", "note", "note"]
        );
        assert_eq!(
            c.aligned(&[0, 2], vec!["d".into(), "t".into()]),
            vec!["d", "", "t", "", "", ""]
        );
    }
}
