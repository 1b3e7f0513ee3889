//! Redacting a CSV keeps every other record byte for byte (issue #15): random CSVs with quotes,
//! embedded newlines, CRLF and LF, blank lines, a BOM, windows-1252 and `;`, with random records
//! marked as the subject's. The records are located by the reader itself, as a plan locates
//! them, and the input arrives in small pieces so that records straddle the reads.

use pdp_core::fulfil::redaction::csv::{redact, Edit};
use pdp_core::sources::read::read_file;
use pdp_core::sources::{Locator, ReadControl};
use proptest::prelude::*;
use proptest::test_runner::Config;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;

fn config(default: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(default);
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

/// A reader that hands out at most `step` bytes at a time.
struct Trickle<'a> {
    data: &'a [u8],
    step: usize,
}

impl Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.step.min(buf.len()).min(self.data.len());
        buf[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        Ok(n)
    }
}

fn cell(delimiter: char) -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        4 => "[a-z0-9@.]{1,6}",
        1 => Just(" ".to_string()),
        1 => Just("é".to_string()),
        1 => Just("\"".to_string()),
        1 => Just(delimiter.to_string()),
        1 => Just("\n".to_string()),
        1 => Just("\r\n".to_string()),
    ];
    (prop::collection::vec(pieces, 0..4), any::<bool>()).prop_map(move |(p, quote)| {
        let text: String = p.concat();
        let special = text.contains(['"', delimiter, '\n', '\r']);
        if quote || special {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text
        }
    })
}

/// One data row as written: cells (3 to 5, the header has 4), its line end, blank lines after.
fn row(delimiter: char) -> impl Strategy<Value = String> {
    (
        "[a-z]{1,3}",
        prop::collection::vec(cell(delimiter), 2..5),
        prop_oneof![Just("\n"), Just("\r\n")],
        0..2usize,
    )
        .prop_map(move |(id, cells, end, blanks)| {
            let mut r = id;
            for c in cells {
                r.push(delimiter);
                r.push_str(&c);
            }
            r.push_str(end);
            r.push_str(&end.repeat(blanks));
            r
        })
}

#[derive(Debug, Clone, Copy)]
enum Enc {
    Utf8,
    Utf8Bom,
    Cp1252,
}

fn encode(text: &str, enc: Enc) -> Vec<u8> {
    match enc {
        Enc::Utf8 => text.as_bytes().to_vec(),
        Enc::Utf8Bom => [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
        Enc::Cp1252 => encoding_rs::WINDOWS_1252.encode(text).0.into_owned(),
    }
}

#[derive(Debug)]
struct Case {
    bytes: Vec<u8>,
    /// Each data row's bytes, as encoded.
    rows: Vec<Vec<u8>>,
    head: Vec<u8>,
    enc: Enc,
    delimiter: u8,
}

fn case() -> impl Strategy<Value = Case> {
    (
        prop_oneof![Just(','), Just(';')],
        prop_oneof![Just(Enc::Utf8), Just(Enc::Utf8Bom), Just(Enc::Cp1252)],
        any::<bool>(),
    )
        .prop_flat_map(|(d, enc, last_open)| {
            prop::collection::vec(row(d), 1..25).prop_map(move |mut rows| {
                if last_open {
                    let last = rows.last_mut().unwrap();
                    while last.ends_with(['\n', '\r']) {
                        last.pop();
                    }
                }
                let header = format!("id{d}nama{d}email{d}telepon\r\n");
                let head = encode(&header, enc);
                let rows: Vec<Vec<u8>> = rows
                    .iter()
                    .map(|r| match enc {
                        Enc::Cp1252 => encode(r, enc),
                        _ => r.as_bytes().to_vec(),
                    })
                    .collect();
                let bytes = [head.clone(), rows.concat()].concat();
                Case {
                    bytes,
                    rows,
                    head,
                    enc,
                    delimiter: d as u8,
                }
            })
        })
}

/// The lines the reader locates the records on.
fn reader_lines(bytes: &[u8]) -> Vec<u64> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ekspor.csv");
    std::fs::write(&path, bytes).unwrap();
    let mut lines = Vec::new();
    read_file(
        &path,
        "ekspor.csv",
        None,
        &ReadControl::default(),
        &mut |r| {
            if let Locator::Line { line } = r.locator {
                lines.push(line);
            }
        },
    )
    .unwrap();
    lines
}

fn run(case: &Case, edits: &BTreeMap<u64, Edit>, step: usize) -> Vec<u8> {
    let prefix = if matches!(case.enc, Enc::Utf8Bom) {
        3
    } else {
        0
    };
    let mut out = Vec::new();
    let mut input = Trickle {
        data: &case.bytes,
        step,
    };
    let outcome = redact(&mut input, case.delimiter, prefix, edits, &mut out)
        .unwrap_or_else(|_| panic!("the redaction of a well-formed CSV must not fail"));
    assert!(
        outcome.missing.is_empty(),
        "every line the reader gave must be found: {:?}",
        outcome.missing
    );
    out
}

proptest! {
    #![proptest_config(config(96))]

    #[test]
    fn removed_records_go_and_every_other_byte_stays(
        case in case(),
        picks in prop::collection::vec(any::<bool>(), 25),
        step in 1usize..9,
    ) {
        let lines = reader_lines(&case.bytes);
        prop_assert_eq!(lines.len(), case.rows.len(), "the reader must find every row as a record");
        let gone: BTreeSet<usize> = (0..lines.len()).filter(|&i| picks[i]).collect();
        let edits: BTreeMap<u64, Edit> = gone.iter().map(|&i| (lines[i], Edit::Remove)).collect();
        let out = run(&case, &edits, step);
        let mut expected = case.head.clone();
        for (i, r) in case.rows.iter().enumerate() {
            if !gone.contains(&i) {
                expected.extend_from_slice(r);
            }
        }
        prop_assert_eq!(out, expected, "the output must be the header and the kept rows, as written");
    }

    #[test]
    fn masked_cells_change_and_nothing_else(
        case in case(),
        picks in prop::collection::vec(any::<bool>(), 25),
        step in 1usize..9,
    ) {
        let lines = reader_lines(&case.bytes);
        let masked: BTreeSet<usize> = (0..lines.len()).filter(|&i| picks[i]).collect();
        let edits: BTreeMap<u64, Edit> = masked
            .iter()
            .map(|&i| (lines[i], Edit::Cells(vec![(1, b"[disamarkan]".to_vec())])))
            .collect();
        let out = run(&case, &edits, step);
        prop_assert_eq!(reader_lines(&out).len(), lines.len(), "masking keeps every record");
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ekspor.csv");
        std::fs::write(&path, &case.bytes).unwrap();
        let mut before = Vec::new();
        read_file(&path, "ekspor.csv", None, &ReadControl::default(), &mut |r| before.push(r)).unwrap();
        std::fs::write(&path, &out).unwrap();
        let mut after = Vec::new();
        read_file(&path, "ekspor.csv", None, &ReadControl::default(), &mut |r| after.push(r)).unwrap();
        for (i, (b, a)) in before.iter().zip(&after).enumerate() {
            for (fb, fa) in b.fields.iter().zip(&a.fields) {
                if masked.contains(&i) && fb.column.as_ref() == "nama" {
                    prop_assert_eq!(fa.raw.as_str(), "[disamarkan]", "the masked cell holds the mask");
                } else {
                    prop_assert_eq!(&fa.raw, &fb.raw, "every other cell is as it was");
                }
            }
        }
    }
}
