//! A workbook redacted: in the sheets that hold the subject's rows, a row to remove is left out
//! (the rows below keep their numbers, so every other record stays where the index and other
//! requests' searches found it), a row to mask has only its cells replaced by inline text; every
//! other element is written back as it was read. A shared string that only removed or masked
//! cells used is emptied in the string table (its index stays, so other cells keep pointing at
//! their own). Parts not touched are copied compressed as they were.

use super::shared_strings::pass_strings;
use super::sheet_parts::{cell_ref, parts, Parts};
use crate::{CoreError, Result};
use quick_xml::events::{BytesEnd, BytesStart, BytesText, Event};
use quick_xml::{Reader, Writer};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, BufWriter, Seek, Write};
use std::path::Path;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

/// Read and write buffers for a sheet's XML.
const BUFFER: usize = 1 << 20;

/// What is done to one row, by its Excel row number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowEdit {
    Remove,
    /// Cells replaced: the 0-based column, and the new text.
    Cells(Vec<(usize, String)>),
}

/// The edits of a workbook: per sheet name, per row.
pub type Edits = BTreeMap<String, BTreeMap<u64, RowEdit>>;

/// What a redaction of a workbook did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outcome {
    pub removed: u64,
    pub rewritten: u64,
    /// Entries of the shared string table emptied.
    pub strings_emptied: u64,
    /// Rows asked for that are not in their sheet, as `sheet!row`.
    pub missing: Vec<String>,
}

fn broken(display: &str, message: impl std::fmt::Display) -> CoreError {
    CoreError::File {
        path: display.into(),
        message: format!("cannot redact the workbook: {message}"),
    }
}

/// Shared strings used by cells that stay, and by cells that go.
#[derive(Default)]
struct StringUse {
    kept: BTreeSet<u64>,
    dropped: BTreeSet<u64>,
}

/// Where the pass over a sheet is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RowMode {
    Outside,
    Keep,
    Remove,
    Cells,
}

/// One pass over a sheet's XML: counts the shared strings used (`out` is `None`), or writes the
/// sheet with the edits made.
struct SheetPass<'a> {
    edits: Option<&'a BTreeMap<u64, RowEdit>>,
    row: u64,
    next_column: usize,
    mode: RowMode,
    /// The replacements of the current row.
    cells: BTreeMap<usize, &'a str>,
    /// Inside a cell that goes; inside its `<v>`; the cell is a shared string.
    dropping: bool,
    in_value: bool,
    shared: bool,
    value: String,
    seen: BTreeSet<u64>,
    outcome: Outcome,
}

impl<'a> SheetPass<'a> {
    fn new(edits: Option<&'a BTreeMap<u64, RowEdit>>) -> Self {
        SheetPass {
            edits,
            row: 0,
            next_column: 0,
            mode: RowMode::Outside,
            cells: BTreeMap::new(),
            dropping: false,
            in_value: false,
            shared: false,
            value: String::new(),
            seen: BTreeSet::new(),
            outcome: Outcome::default(),
        }
    }

    fn start_row(&mut self, e: &BytesStart) {
        self.row = attribute(e, "r")
            .and_then(|r| r.parse().ok())
            .unwrap_or(self.row + 1);
        self.next_column = 0;
        self.cells.clear();
        self.mode = match self.edits.and_then(|m| m.get(&self.row)) {
            None => RowMode::Keep,
            Some(RowEdit::Remove) => RowMode::Remove,
            Some(RowEdit::Cells(c)) => {
                self.cells = c.iter().map(|(i, v)| (*i, v.as_str())).collect();
                RowMode::Cells
            }
        };
        if self.mode != RowMode::Keep {
            self.seen.insert(self.row);
            match self.mode {
                RowMode::Remove => self.outcome.removed += 1,
                _ => self.outcome.rewritten += 1,
            }
        }
    }

    /// A cell starts: its column, and its replacement text when it is masked.
    fn start_cell(&mut self, e: &BytesStart) -> (String, Option<&'a str>) {
        let column = attribute(e, "r")
            .and_then(|r| cell_ref(&r).map(|(c, _)| c))
            .unwrap_or(self.next_column);
        self.next_column = column + 1;
        self.shared = attribute(e, "t").as_deref() == Some("s");
        self.value.clear();
        let replacement = match self.mode {
            RowMode::Cells => self.cells.get(&column).copied(),
            _ => None,
        };
        self.dropping = self.mode == RowMode::Remove || replacement.is_some();
        let reference = attribute(e, "r").unwrap_or_else(|| a1(column, self.row));
        (reference, replacement)
    }

    fn end_cell(&mut self, uses: &mut StringUse) {
        if self.shared {
            if let Ok(i) = self.value.trim().parse::<u64>() {
                if self.dropping {
                    uses.dropped.insert(i);
                } else {
                    uses.kept.insert(i);
                }
            }
        }
        self.dropping = false;
        self.shared = false;
    }
}

fn attribute(e: &BytesStart, name: &str) -> Option<String> {
    e.try_get_attribute(name)
        .ok()
        .flatten()
        .map(|a| a.value.into_owned())
}

/// `B5` from column 1 and row 5.
fn a1(column: usize, row: u64) -> String {
    let mut letters = Vec::new();
    let mut n = column + 1;
    while n > 0 {
        letters.push(b'A' + ((n - 1) % 26) as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    format!("{}{row}", String::from_utf8_lossy(&letters))
}

/// Reads a sheet's events; with a writer, writes them back with the edits made.
fn pass_sheet<W: Write>(
    input: impl BufRead,
    pass: &mut SheetPass,
    uses: &mut StringUse,
    mut out: Option<&mut Writer<W>>,
) -> std::result::Result<(), String> {
    let mut reader = Reader::from_reader(input);
    let mut buf = Vec::new();
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| format!("XML at byte {}: {e}", reader.buffer_position()))?;
        let mut write = !(pass.dropping || pass.mode == RowMode::Remove);
        match &event {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => {
                let empty = matches!(event, Event::Empty(_));
                match e.local_name().as_ref() {
                    "row" if pass.mode == RowMode::Outside || empty => {
                        pass.start_row(e);
                        write = pass.mode != RowMode::Remove;
                        if empty {
                            pass.mode = RowMode::Outside;
                        }
                    }
                    "c" if pass.mode != RowMode::Outside => {
                        let (reference, replacement) = pass.start_cell(e);
                        write = !pass.dropping;
                        if let (Some(text), Some(w)) = (replacement, out.as_deref_mut()) {
                            write_inline(w, e, &reference, text).map_err(|e| e.to_string())?;
                        }
                        if empty {
                            pass.end_cell(uses);
                        }
                    }
                    "v" if pass.mode != RowMode::Outside => pass.in_value = !empty,
                    _ => {}
                }
            }
            Event::Text(t) if pass.in_value => pass.value.push_str(t),
            Event::End(e) => match e.local_name().as_ref() {
                "v" => pass.in_value = false,
                "c" if pass.mode != RowMode::Outside => pass.end_cell(uses),
                "row" => pass.mode = RowMode::Outside,
                _ => {}
            },
            _ => {}
        }
        if write {
            if let Some(w) = out.as_deref_mut() {
                w.write_event(event).map_err(|e| e.to_string())?;
            }
        }
        buf.clear();
    }
    Ok(())
}

/// A masked cell: its reference and style kept, its text inline.
fn write_inline<W: Write>(
    w: &mut Writer<W>,
    original: &BytesStart,
    reference: &str,
    text: &str,
) -> std::io::Result<()> {
    let mut cell = BytesStart::new("c");
    cell.push_attribute(("r", reference));
    if let Some(style) = attribute(original, "s") {
        cell.push_attribute(("s", style.as_str()));
    }
    cell.push_attribute(("t", "inlineStr"));
    w.write_event(Event::Start(cell))?;
    w.write_event(Event::Start(BytesStart::new("is")))?;
    w.write_event(Event::Start(BytesStart::new("t")))?;
    w.write_event(Event::Text(BytesText::new(text)))?;
    w.write_event(Event::End(BytesEnd::new("t")))?;
    w.write_event(Event::End(BytesEnd::new("is")))?;
    w.write_event(Event::End(BytesEnd::new("c")))
}

/// Redacts the workbook at `path` into `out`.
pub fn redact<W: Write + Seek>(
    path: &Path,
    display: &str,
    edits: &Edits,
    out: W,
) -> Result<Outcome> {
    let file = std::fs::File::open(path).map_err(|e| broken(display, e))?;
    let mut zip = ZipArchive::new(BufReader::new(file)).map_err(|e| broken(display, e))?;
    let Parts { sheets, strings } = parts(&mut zip).map_err(|e| broken(display, e))?;
    let mut targets: BTreeMap<String, &BTreeMap<u64, RowEdit>> = BTreeMap::new();
    for (sheet, rows) in edits {
        let part = sheets
            .get(sheet)
            .ok_or_else(|| broken(display, format!("it has no sheet {sheet:?} any more")))?;
        targets.insert(part.clone(), rows);
    }
    // First pass, when the workbook has a shared string table: which strings only the cells
    // that go use (without a table every text is inline and one pass does).
    let mut uses = StringUse::default();
    let mut outcome = Outcome::default();
    let counted = strings.is_some();
    if counted {
        for part in sheets.values() {
            let entry = zip.by_name(part).map_err(|e| broken(display, e))?;
            let rows = targets.get(part).copied();
            let mut pass = SheetPass::new(rows);
            pass_sheet::<Vec<u8>>(
                BufReader::with_capacity(BUFFER, entry),
                &mut pass,
                &mut uses,
                None,
            )
            .map_err(|e| broken(display, format!("{part}: {e}")))?;
            note(&mut outcome, &sheets, part, rows, &pass);
        }
        if !outcome.missing.is_empty() {
            return Ok(outcome);
        }
    }
    let empty: BTreeSet<u64> = uses.dropped.difference(&uses.kept).copied().collect();
    outcome.strings_emptied = empty.len() as u64;
    let mut writer = ZipWriter::new(out);
    for i in 0..zip.len() {
        let name = zip
            .by_index_raw(i)
            .map_err(|e| broken(display, e))?
            .name()
            .map_err(|e| broken(display, e))?
            .to_string();
        let rows = targets.get(&name).copied();
        let strings_here = strings.as_deref() == Some(name.as_str()) && !empty.is_empty();
        if rows.is_none() && !strings_here {
            let raw = zip.by_index_raw(i).map_err(|e| broken(display, e))?;
            writer.raw_copy_file(raw).map_err(|e| broken(display, e))?;
            continue;
        }
        let entry = zip.by_index(i).map_err(|e| broken(display, e))?;
        // The fastest deflate level: a sheet's XML is large and compresses well at any level.
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .compression_level(Some(1))
            .large_file(entry.size() > u64::from(u32::MAX) / 2);
        writer
            .start_file(name.as_str(), options)
            .map_err(|e| broken(display, e))?;
        // Many small events: buffered before the deflater sees them.
        let mut xml = Writer::new(BufWriter::with_capacity(BUFFER, &mut writer));
        let done = match rows {
            Some(rows) => {
                let mut pass = SheetPass::new(Some(rows));
                let mut ignored = StringUse::default();
                let done = pass_sheet(
                    BufReader::with_capacity(BUFFER, entry),
                    &mut pass,
                    &mut ignored,
                    Some(&mut xml),
                );
                if !counted {
                    note(&mut outcome, &sheets, &name, Some(rows), &pass);
                }
                done
            }
            None => pass_strings(BufReader::with_capacity(BUFFER, entry), &empty, &mut xml),
        };
        done.map_err(|e| broken(display, format!("{name}: {e}")))?;
        xml.into_inner()
            .into_inner()
            .map_err(|e| broken(display, e.into_error()))?;
    }
    writer.finish().map_err(|e| broken(display, e))?;
    Ok(outcome)
}

/// Adds what a pass over a targeted sheet found to the outcome: the rows asked for and not there.
fn note(
    outcome: &mut Outcome,
    sheets: &BTreeMap<String, String>,
    part: &str,
    rows: Option<&BTreeMap<u64, RowEdit>>,
    pass: &SheetPass,
) {
    let Some(rows) = rows else {
        return;
    };
    let name = sheets
        .iter()
        .find(|(_, p)| *p == part)
        .map_or(part, |(n, _)| n.as_str());
    outcome.missing.extend(
        rows.keys()
            .filter(|r| !pass.seen.contains(r))
            .map(|r| format!("{name}!{r}")),
    );
    outcome.removed += pass.outcome.removed;
    outcome.rewritten += pass.outcome.rewritten;
}
