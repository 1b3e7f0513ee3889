//! Access points into a large workbook's sheets, so that reading a few rows back does not
//! inflate the sheet from its start (issue #19). When a workbook is indexed, each large deflated
//! sheet is inflated once more on its own (the XML at about a gigabyte a second, see
//! `deflate_points`), noting a point every [`EVERY`] of XML (its window deflated on its own, so
//! that a read-back inflates only the one it starts from) and a row every [`MARK_EVERY`]; the
//! sheet's reading then says how many records come before each such row and whether a reading
//! could start there (not inside a Jurnal invoice). To read rows back, a small workbook is made
//! in memory: every part of the original copied as it is stored, the sheet's XML replaced by its
//! start up to the end of its header row followed by the rows from the marked row to the next,
//! inflated from the point before it. The same reader reads it, so a row read back is the row
//! read when indexing.

use super::deflate_points::{read_from, AccessPoint, Inflater};
use super::xlsx_guard::{numbered, sheet_names};
use super::ReadControl;
use crate::{CoreError, Result};
use memchr::memchr_iter;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::io::{self, Cursor, Read, Seek, SeekFrom, Write};
use std::path::Path;
use std::sync::atomic::Ordering;

/// XML between two points.
pub const EVERY: u64 = 512 << 10;
/// XML between two marked rows: what a read-back parses at most for a record.
pub const MARK_EVERY: u64 = 64 << 10;
/// A sheet with less XML than this is read from its start: that is quick.
const SMALL: u64 = 2 * EVERY;
/// The rows at a sheet's start whose places are kept, to find where its header row ends.
const FIRST_ROWS: usize = 64;
/// How much of a tag is looked at for its name and row number.
const HEAD: usize = 64;

/// A sheet's access points, kept (sealed) with its file's index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SheetPoints {
    /// The sheet's name and its part in the workbook's zip.
    pub sheet: String,
    pub part: String,
    /// Where the first row after the header row starts in the sheet's XML.
    pub head_end: u64,
    /// The workbook's records before this sheet's, and up to its last.
    pub records_from: u64,
    pub records_to: u64,
    /// Where the sheet's deflate stream can be inflated again from, in order; each `window`
    /// holds the 32 KB before its point deflated on its own ([`inflated_window`]).
    pub points: Vec<AccessPoint>,
    /// The rows a reading can start at, in order.
    pub rows: Vec<RowMark>,
}

/// A row a reading can start at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowMark {
    /// Where the row starts in the sheet's XML, and its Excel row number.
    pub offset: u64,
    pub excel_row: u64,
    /// The workbook's records before that row.
    pub records_before: u64,
}

/// A point's window as the inflater needs it (`None` when its deflated form is damaged).
fn inflated_window(point: &AccessPoint) -> Option<AccessPoint> {
    let window = miniz_oxide::inflate::decompress_to_vec_with_limit(&point.window, 1 << 20).ok()?;
    Some(AccessPoint {
        window,
        ..point.clone()
    })
}

/// What the look at a sheet's XML found, before its rows are read.
pub(super) struct Found {
    part: String,
    /// The first rows: Excel row number and where the row starts.
    first_rows: Vec<(u64, u64)>,
    /// The points, windows deflated.
    points: Vec<AccessPoint>,
    /// A row about every [`MARK_EVERY`]: where it starts, its number.
    marks: Vec<(u64, u64)>,
}

impl Found {
    /// The Excel rows a reading could start at, in order.
    pub fn rows(&self) -> impl Iterator<Item = u64> + '_ {
        self.marks.iter().map(|(_, row)| *row)
    }

    /// The sheet's points, given the Excel row of its header, the records before it and after
    /// it, and for each marked row (in order) the records before it when a reading could
    /// start there. `None` when the header is not among the first rows.
    pub fn place(
        self,
        sheet: &str,
        header_row: u64,
        records: (u64, u64),
        starts: &HashMap<u64, u64>,
    ) -> Option<SheetPoints> {
        let head_end = self
            .first_rows
            .iter()
            .find(|(row, _)| *row > header_row)
            .map(|(_, at)| *at)?;
        let rows: Vec<RowMark> = self
            .marks
            .into_iter()
            .filter(|(_, row)| *row > header_row)
            .filter_map(|(offset, excel_row)| {
                Some(RowMark {
                    records_before: *starts.get(&excel_row)?,
                    offset,
                    excel_row,
                })
            })
            .collect();
        (!rows.is_empty()).then(|| SheetPoints {
            sheet: sheet.to_string(),
            part: self.part,
            head_end,
            records_from: records.0,
            records_to: records.1,
            points: self.points,
            rows,
        })
    }
}

/// Where a zip entry's stored bytes are, and how it is stored.
struct Stored {
    start: u64,
    compressed: u64,
    inflated: u64,
    deflated: bool,
}

fn stored(zip: &mut zip::ZipArchive<impl Read + Seek>, part: &str) -> Option<Stored> {
    let entry = zip.by_name_raw(part.as_bytes()).ok()?;
    Some(Stored {
        start: entry.data_start()?,
        compressed: entry.compressed_size(),
        inflated: entry.size(),
        deflated: entry.compression() == zip::CompressionMethod::Deflated,
    })
}

/// The stored bytes of a part from `offset` on.
fn stored_from(path: &Path, at: &Stored, offset: u64) -> std::io::Result<impl Read> {
    let mut file = std::fs::File::open(path)?;
    file.seek(SeekFrom::Start(at.start + offset))?;
    Ok(file.take(at.compressed.saturating_sub(offset)))
}

/// Looks at each large deflated sheet of the workbook at `path`: by sheet name, where a reading
/// could start. A workbook that cannot be looked at gets none (it is read from the start).
pub(super) fn find(path: &Path, control: &ReadControl) -> Result<HashMap<String, Found>> {
    let mut found = HashMap::new();
    let Ok(file) = std::fs::File::open(path) else {
        return Ok(found);
    };
    let Ok(mut zip) = zip::ZipArchive::new(std::io::BufReader::new(file)) else {
        return Ok(found);
    };
    for (part, sheet) in sheet_names(&mut zip) {
        let Some(at) = stored(&mut zip, &part) else {
            continue;
        };
        if !at.deflated || at.inflated < SMALL {
            continue;
        }
        let Ok(input) = stored_from(path, &at, 0) else {
            continue;
        };
        if let Some(f) = look(input, part, control)? {
            found.insert(sheet, f);
        }
    }
    Ok(found)
}

/// Inflates one sheet's XML, noting points and a row every [`MARK_EVERY`].
fn look(input: impl Read, part: String, control: &ReadControl) -> Result<Option<Found>> {
    let mut inflater = Inflater::new(input, EVERY);
    let mut rows = RowTags::default();
    let mut first_rows = Vec::new();
    let mut points = Vec::new();
    let mut marks = Vec::new();
    let mut next_mark = 0;
    loop {
        if control.cancel.load(Ordering::Relaxed) {
            return Err(CoreError::Cancelled);
        }
        let piece = match inflater.next_piece() {
            Ok(Some(p)) => p,
            Ok(None) => break,
            // The reader that follows reports a damaged sheet with its row.
            Err(_) => return Ok(None),
        };
        let mut unnumbered = false;
        rows.scan(piece.0, piece.1, &mut |offset, row| {
            let Some(row) = row else {
                unnumbered = true;
                return;
            };
            if first_rows.len() < FIRST_ROWS {
                first_rows.push((row, offset));
            }
            if offset >= next_mark {
                marks.push((offset, row));
                next_mark = offset + MARK_EVERY;
            }
        });
        if unnumbered {
            // Rows without their number are counted by the reader from the sheet's start.
            return Ok(None);
        }
        points.extend(inflater.points.drain(..).map(|mut point| {
            point.window = miniz_oxide::deflate::compress_to_vec(&point.window, 6);
            point
        }));
    }
    Ok(Some(Found {
        part,
        first_rows,
        points,
        marks,
    }))
}

/// Finds the row tags (`<row r="…"`, with or without a namespace prefix) in XML given piece by
/// piece, a tag cut between two pieces included.
#[derive(Default)]
struct RowTags {
    /// The start of a tag cut at the end of the last piece, and where it starts.
    cut: Vec<u8>,
    cut_at: u64,
}

impl RowTags {
    /// Calls `row(offset, number)` for each row tag starting in `piece` (which starts at
    /// `offset`) or cut before it; `number` is `None` for a row without its `r`.
    fn scan(&mut self, offset: u64, piece: &[u8], row: &mut dyn FnMut(u64, Option<u64>)) {
        if !self.cut.is_empty() {
            let take = (HEAD - self.cut.len()).min(piece.len());
            self.cut.extend_from_slice(&piece[..take]);
            if !complete(&self.cut) && self.cut.len() < HEAD {
                return;
            }
            if let Some(n) = numbered(until_next_tag(&self.cut), b"row") {
                row(self.cut_at, n);
            }
            self.cut.clear();
        }
        for at in memchr_iter(b'<', piece) {
            let head = &piece[at + 1..piece.len().min(at + 1 + HEAD)];
            if !complete(head) && head.len() < HEAD {
                // The tag goes on in the next piece.
                self.cut = head.to_vec();
                self.cut_at = offset + at as u64;
                return;
            }
            if let Some(n) = numbered(until_next_tag(head), b"row") {
                row(offset + at as u64, n);
            }
        }
    }
}

/// Whether a tag's start holds all that is read of it: its end, or the next tag's start.
fn complete(head: &[u8]) -> bool {
    head.iter().any(|b| matches!(b, b'>' | b'<'))
}

/// A tag's start up to the next tag.
fn until_next_tag(head: &[u8]) -> &[u8] {
    memchr::memchr(b'<', head).map_or(head, |end| &head[..end])
}

/// Records read back from one marked row: (sheet, row) and the records, ascending.
pub(super) type Group = ((usize, usize), Vec<u64>);

/// The records `wanted` (ascending) that lie after one of the marked rows, grouped by the row
/// they are read from (sheet and row index); the others come back to be read from the start.
pub(super) fn groups(sheets: &[SheetPoints], wanted: &[u64]) -> (Vec<Group>, Vec<u64>) {
    let mut grouped: Vec<Group> = Vec::new();
    let mut rest = Vec::new();
    for &w in wanted {
        let from = sheets.iter().enumerate().find_map(|(s, sheet)| {
            if w <= sheet.records_from || w > sheet.records_to {
                return None;
            }
            let m = sheet.rows.partition_point(|m| m.records_before < w);
            m.checked_sub(1).map(|m| (s, m))
        });
        match (from, grouped.last_mut()) {
            (Some(key), Some((last, records))) if *last == key => records.push(w),
            (Some(key), _) => grouped.push((key, vec![w])),
            (None, _) => rest.push(w),
        }
    }
    (grouped, rest)
}

/// The names of the sheet's root and rows' parent elements as its start writes them.
fn closing(head: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(head);
    let name_of = |local: &str| {
        text.split('<')
            .map(|t| t.split([' ', '/', '>']).next().unwrap_or_default())
            .find(|n| *n == local || n.ends_with(&format!(":{local}")))
            .unwrap_or(local)
            .to_string()
    };
    format!("</{}></{}>", name_of("sheetData"), name_of("worksheet")).into_bytes()
}

/// A sheet with no rows, standing in for the sheets a read-back does not need.
const EMPTY_SHEET: &[u8] = br#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>"#;

/// The sheet's XML from `from` up to `end`, inflated from the last point before `from` (from
/// the stream's start when there is none).
fn xml_between(
    path: &Path,
    at: &Stored,
    points: &[AccessPoint],
    from: u64,
    end: u64,
) -> io::Result<Vec<u8>> {
    let before = points.partition_point(|p| p.output <= from);
    let Some(point) = before.checked_sub(1).map(|i| &points[i]) else {
        let mut inflater = Inflater::new(stored_from(path, at, 0)?, 0);
        let mut xml = Vec::new();
        while let Some((offset, piece)) = inflater.next_piece()? {
            let (lo, hi) = (offset, offset + piece.len() as u64);
            let take = from.max(lo)..end.min(hi);
            if !take.is_empty() {
                xml.extend_from_slice(&piece[(take.start - lo) as usize..(take.end - lo) as usize]);
            }
            if hi >= end {
                break;
            }
        }
        return Ok(xml);
    };
    let resumed = inflated_window(point)
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "an access point is damaged"))?;
    let rows = read_from(stored_from(path, at, point.input)?, &resumed, end)?;
    Ok(rows
        .get((from - point.output) as usize..)
        .unwrap_or_default()
        .to_vec())
}

/// The workbook a read-back reads: the original's parts as they are stored, the sheet's XML its
/// start up to the end of the header row, then its rows from marked row `m` up to the next
/// marked row (or its end), the other sheets empty.
pub(super) fn workbook_from(
    path: &Path,
    display: &str,
    sheet: &SheetPoints,
    m: usize,
) -> Result<Vec<u8>> {
    let fail = |e: String| CoreError::File {
        path: display.into(),
        message: format!("reading rows back from sheet {:?}: {e}", sheet.sheet),
    };
    let mark = &sheet.rows[m];
    let file = std::fs::File::open(path).map_err(|e| fail(e.to_string()))?;
    let mut zip =
        zip::ZipArchive::new(std::io::BufReader::new(file)).map_err(|e| fail(e.to_string()))?;
    let at = stored(&mut zip, &sheet.part).ok_or_else(|| fail("the sheet is missing".into()))?;
    // The start of the sheet, from the stream's start (no point lies before it).
    let head = xml_between(path, &at, &[], 0, sheet.head_end).map_err(|e| fail(e.to_string()))?;
    let end = sheet.rows.get(m + 1).map_or(u64::MAX, |next| next.offset);
    let rows =
        xml_between(path, &at, &sheet.points, mark.offset, end).map_err(|e| fail(e.to_string()))?;
    let mut xml = head;
    xml.extend_from_slice(&rows);
    if end != u64::MAX {
        let close = closing(&xml[..sheet.head_end as usize]);
        xml.extend_from_slice(&close);
    }
    let others: Vec<String> = sheet_names(&mut zip).into_keys().collect();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let plain =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i).map_err(|e| fail(e.to_string()))?;
        let name = entry.name().map_err(|e| fail(e.to_string()))?.into_owned();
        let written = if name == sheet.part {
            out.start_file(name, plain)
                .and_then(|()| out.write_all(&xml).map_err(Into::into))
        } else if others.contains(&name) {
            out.start_file(name, plain)
                .and_then(|()| out.write_all(EMPTY_SHEET).map_err(Into::into))
        } else {
            out.raw_copy_file(entry)
        };
        written.map_err(|e| fail(e.to_string()))?;
    }
    Ok(out.finish().map_err(|e| fail(e.to_string()))?.into_inner())
}
