//! A CSV export redacted in one pass over its bytes: records are found with csv-core on the raw
//! bytes (UTF-8 and windows-1252 keep every delimiter, quote and line end as the ASCII byte, so
//! the records there are the records the reader found in the decoded text), each located by the
//! physical line it starts on exactly as the reader locates it. A record to remove is left out
//! with its line end; a record to mask has only its cells replaced; every other byte — BOM,
//! quoting, spacing, line ends, blank lines — is copied as it was.

use super::fields::replace_cells;
use csv_core::{ReadRecordResult, ReaderBuilder};
use std::collections::BTreeMap;
use std::io::{Read, Write};

/// How much is read at a time.
const CHUNK: usize = 1 << 20;

/// What is done to one record, by the line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    Remove,
    /// Cells replaced: the field's index, and its new value in the file's encoding.
    Cells(Vec<(usize, Vec<u8>)>),
}

/// What a pass did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outcome {
    pub removed: u64,
    pub rewritten: u64,
    /// Lines asked for where no record starts (the file is not as it was searched).
    pub missing: Vec<u64>,
}

/// Why a pass stopped.
#[derive(Debug)]
pub enum Failure {
    Io(std::io::Error),
    /// The record at this line could not be cut into fields the way csv-core reads it.
    Uncut(u64),
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Failure::Io(e)
    }
}

/// The record read last, waiting for the next one's start to know where it ends.
struct Pending {
    start: usize,
    line: u64,
    fields: Option<Vec<Vec<u8>>>,
}

/// The bytes read so far that are still needed, and how far they were parsed and counted.
struct Window {
    buf: Vec<u8>,
    parsed: usize,
    /// Where the current record's bytes (as csv-core consumes them) began.
    record_from: usize,
    counted: usize,
    newlines: u64,
    eof: bool,
}

impl Window {
    /// Drops the bytes before `keep` and reads the next chunk.
    fn refill(&mut self, input: &mut dyn Read, keep: usize) -> std::io::Result<usize> {
        self.buf.drain(..keep);
        self.parsed -= keep;
        self.record_from -= keep;
        self.counted -= keep;
        let old = self.buf.len();
        self.buf.resize(old + CHUNK, 0);
        let n = loop {
            match input.read(&mut self.buf[old..]) {
                Ok(n) => break n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => {
                    self.buf.truncate(old);
                    return Err(e);
                }
            }
        };
        self.buf.truncate(old + n);
        self.eof = n == 0;
        Ok(keep)
    }

    /// The 1-based line of a record whose first byte is at `at`.
    fn line_at(&mut self, at: usize) -> u64 {
        self.newlines += memchr::memchr_iter(b'\n', &self.buf[self.counted..at]).count() as u64;
        self.counted = at;
        self.newlines + 1
    }
}

/// Copies `input` to `out` with the `edits` made. `prefix` bytes at the top (a byte-order mark)
/// are copied and not parsed.
pub fn redact(
    input: &mut dyn Read,
    delimiter: u8,
    prefix: usize,
    edits: &BTreeMap<u64, Edit>,
    out: &mut dyn Write,
) -> Result<Outcome, Failure> {
    let mut head = vec![0u8; prefix];
    input.read_exact(&mut head)?;
    out.write_all(&head)?;
    let mut reader = ReaderBuilder::new().delimiter(delimiter).build();
    let mut w = Window {
        buf: Vec::with_capacity(CHUNK * 2),
        parsed: 0,
        record_from: 0,
        counted: 0,
        newlines: 0,
        eof: false,
    };
    let mut fields = vec![0u8; 64 * 1024];
    let mut ends = vec![0usize; 256];
    let (mut nout, mut nend) = (0, 0);
    // The bytes above the first record (blank lines) go out with a record of line 0.
    let mut pending = Pending {
        start: 0,
        line: 0,
        fields: None,
    };
    let mut outcome = Outcome::default();
    let mut seen = Vec::new();
    loop {
        if w.parsed == w.buf.len() && !w.eof {
            let keep = pending.start;
            w.refill(input, keep)?;
            pending.start -= keep;
            continue;
        }
        let (result, nin, no, ne) =
            reader.read_record(&w.buf[w.parsed..], &mut fields[nout..], &mut ends[nend..]);
        w.parsed += nin;
        nout += no;
        nend += ne;
        match result {
            ReadRecordResult::InputEmpty => {}
            ReadRecordResult::OutputFull => fields.resize(fields.len() * 2, 0),
            ReadRecordResult::OutputEndsFull => ends.resize(ends.len() * 2, 0),
            ReadRecordResult::Record => {
                let mut start = w.record_from;
                while start < w.parsed && matches!(w.buf[start], b'\r' | b'\n') {
                    start += 1;
                }
                emit(
                    &w.buf[pending.start..start],
                    &pending,
                    delimiter,
                    edits,
                    &mut outcome,
                    out,
                )?;
                let line = w.line_at(start);
                let wanted = matches!(edits.get(&line), Some(Edit::Cells(_)));
                let parsed = wanted.then(|| {
                    let mut from = 0;
                    ends[..nend]
                        .iter()
                        .map(|&to| {
                            let field = fields[from..to].to_vec();
                            from = to;
                            field
                        })
                        .collect()
                });
                if edits.contains_key(&line) {
                    seen.push(line);
                }
                pending = Pending {
                    start,
                    line,
                    fields: parsed,
                };
                w.record_from = w.parsed;
                nout = 0;
                nend = 0;
            }
            ReadRecordResult::End => {
                emit(
                    &w.buf[pending.start..],
                    &pending,
                    delimiter,
                    edits,
                    &mut outcome,
                    out,
                )?;
                break;
            }
        }
    }
    outcome.missing = edits
        .keys()
        .filter(|l| seen.binary_search(l).is_err())
        .copied()
        .collect();
    Ok(outcome)
}

/// Writes one record's bytes as its edit says.
fn emit(
    raw: &[u8],
    record: &Pending,
    delimiter: u8,
    edits: &BTreeMap<u64, Edit>,
    outcome: &mut Outcome,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    match edits.get(&record.line) {
        None => out.write_all(raw)?,
        Some(Edit::Remove) => outcome.removed += 1,
        Some(Edit::Cells(cells)) => {
            let parsed: Vec<&[u8]> = record.fields.iter().flatten().map(Vec::as_slice).collect();
            let new =
                replace_cells(raw, delimiter, &parsed, cells).ok_or(Failure::Uncut(record.line))?;
            out.write_all(&new)?;
            outcome.rewritten += 1;
        }
    }
    Ok(())
}
