//! Every CSV the fixture generator writes is read as the right kind, with the record count,
//! encoding and delimiter `expected.json` states, and every planted record (matches and
//! must-not-match alike) found at the record number, line and record id it lists.

use crate::support;

use pdp_core::sources::csv_file::{read, read_back};
use pdp_core::sources::Checkpoint;
use pdp_core::sources::ReadControl;
use pdp_core::sources::{Locator, Record, SourceKind};
use serde_json::Value;
use std::collections::HashMap;
use support::generate;

const KINDS: &[(&str, SourceKind)] = &[
    ("chatwoot_contacts.csv", SourceKind::ChatwootContacts),
    ("jurnal_sales_invoices.csv", SourceKind::JurnalInvoices),
    ("jurnal_customers_excel_id.csv", SourceKind::JurnalCustomers),
    ("wix_form_submissions.csv", SourceKind::WixForms),
    ("google_forms.csv", SourceKind::GoogleForms),
    ("google_forms_sheet_export.csv", SourceKind::GoogleForms),
    (
        "cvmajujayakreatif-flamingo-inbound-2024-06-30.csv",
        SourceKind::Flamingo,
    ),
    ("kontak_lama_cp1252.csv", SourceKind::GenericCsv),
];

/// Every planted record of a file: (record number, line, record id) from matches and must_not_match.
fn planted(expected: &Value, file: &str) -> Vec<(u64, u64, Option<String>)> {
    let mut out = Vec::new();
    for s in expected["subjects"].as_array().unwrap() {
        for list in ["matches", "must_not_match"] {
            for m in s[list]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|m| m["file"] == file)
            {
                for r in m["records"].as_array().into_iter().flatten() {
                    out.push((
                        r["record"].as_u64().unwrap(),
                        r["line"].as_u64().unwrap(),
                        r["record_id"].as_str().map(String::from),
                    ));
                }
            }
        }
    }
    out
}

#[test]
fn generator_csvs_are_read_exactly_as_expected_json_says() {
    for (seed, rows) in [(1, 300), (11, 2000)] {
        let tmp = tempfile::tempdir().unwrap();
        let expected = generate(seed, rows, tmp.path());
        for (file, kind) in KINDS {
            let info = &expected["files"][*file];
            let mut records: HashMap<u64, Record> = HashMap::new();
            let want = planted(&expected, file);
            let report = read(
                &tmp.path().join(file),
                file,
                None,
                &ReadControl::default(),
                &mut |r| {
                    if want.iter().any(|(n, _, _)| *n == r.number) {
                        records.insert(r.number, r);
                    }
                },
            )
            .unwrap_or_else(|e| panic!("seed {seed} {file}: {e}"))
            .report;
            assert_eq!(report.kind, *kind, "seed {seed} {file}: detected kind");
            assert_eq!(
                report.records,
                info["records"].as_u64().unwrap(),
                "seed {seed} {file}: record count"
            );
            assert!(
                report.rejected.is_empty(),
                "seed {seed} {file}: nothing rejected: {:?}",
                report.rejected
            );
            assert!(
                !report.needs_mapping,
                "seed {seed} {file}: no mapping needed"
            );
            let enc = info["encoding"].as_str().unwrap();
            let bom = info["bom"].as_bool().unwrap_or(false);
            let want_enc = match (enc, bom) {
                ("utf-8", true) => "utf-8-bom",
                ("cp1252", _) => "windows-1252",
                _ => "utf-8",
            };
            assert_eq!(
                report.encoding.as_deref(),
                Some(want_enc),
                "seed {seed} {file}: encoding"
            );
            assert_eq!(
                report.delimiter.as_deref(),
                info["delimiter"].as_str(),
                "seed {seed} {file}: delimiter"
            );
            assert!(
                !want.is_empty() || *file == "google_forms_sheet_export.csv" || seed > 0,
                "planted records exist"
            );
            for (number, line, record_id) in want {
                let r = records
                    .get(&number)
                    .unwrap_or_else(|| panic!("seed {seed} {file}: record {number} missing"));
                assert_eq!(
                    r.locator,
                    Locator::Line { line },
                    "seed {seed} {file} record {number}: line"
                );
                if let Some(id) = record_id {
                    assert_eq!(
                        r.record_id.as_deref(),
                        Some(id.as_str()),
                        "seed {seed} {file} record {number}: record id"
                    );
                }
            }
        }
    }
}

#[test]
fn dates_and_amounts_are_understood_the_indonesian_way() {
    let tmp = tempfile::tempdir().unwrap();
    generate(4, 200, tmp.path());
    let mut dates = Vec::new();
    read(
        &tmp.path().join("jurnal_sales_invoices.csv"),
        "inv.csv",
        None,
        &ReadControl::default(),
        &mut |r| {
            for f in r
                .fields
                .iter()
                .filter(|f| f.column.as_ref() == "*InvoiceDate")
            {
                dates.push((f.raw.clone(), f.understood()));
            }
        },
    )
    .unwrap();
    assert!(!dates.is_empty());
    for (raw, understood) in &dates {
        let iso = understood
            .as_deref()
            .unwrap_or_else(|| panic!("{raw:?} is read as a date"));
        assert!(
            iso.len() == 10 && iso.as_bytes()[4] == b'-',
            "{raw:?} → {iso}"
        );
    }
    let mut balances = Vec::new();
    read(
        &tmp.path().join("jurnal_customers_excel_id.csv"),
        "cust.csv",
        None,
        &ReadControl::default(),
        &mut |r| {
            for f in r
                .fields
                .iter()
                .filter(|f| f.column.as_ref() == "Balance" && f.value.contains(','))
            {
                balances.push((f.raw.clone(), f.understood()));
            }
        },
    )
    .unwrap();
    assert!(
        !balances.is_empty(),
        "the Excel-Indonesia file writes balances like 1.750.000,00"
    );
    for (raw, understood) in &balances {
        let n = understood
            .as_deref()
            .unwrap_or_else(|| panic!("{raw:?} is read as an amount"));
        assert!(
            !n.contains(',') && n.parse::<f64>().is_ok(),
            "{raw:?} → {n}"
        );
        assert_eq!(
            n.replace('.', ""),
            raw.replace(['.', ','], ""),
            "the same digits, the raw text kept"
        );
    }
}

#[test]
fn records_read_back_from_checkpoints_are_the_records_read_in_order() {
    let tmp = tempfile::tempdir().unwrap();
    generate(6, 3000, tmp.path());
    for (file, _) in KINDS {
        let path = tmp.path().join(file);
        let mut all = Vec::new();
        let read = read(&path, file, None, &ReadControl::default(), &mut |r| {
            all.push(r)
        })
        .unwrap();
        let seekable = read
            .report
            .encoding
            .as_deref()
            .is_some_and(|e| e.starts_with("utf-8") || e == "windows-1252");
        assert_eq!(
            !read.checkpoints.is_empty(),
            seekable && all.len() > 64,
            "{file}: long UTF-8 and Windows-1252 files get checkpoints, others are read from the top"
        );
        // The first records, some past each checkpoint, one just before, and the last.
        let mut wanted: Vec<u64> = vec![1, 2];
        for c in &read.checkpoints {
            wanted.extend([c.record.saturating_sub(1), c.record, c.record + 7]);
        }
        wanted.push(all.len() as u64);
        wanted.retain(|n| (1..=all.len() as u64).contains(n));
        wanted.sort();
        wanted.dedup();
        read_back_as_read(&path, file, &read.checkpoints, &wanted, &all);
    }
}

/// Reads the records `wanted` back from the checkpoints: each comes back, equal to the record
/// read in order (line, id and fields).
fn read_back_as_read(
    path: &std::path::Path,
    file: &str,
    checkpoints: &[Checkpoint],
    wanted: &[u64],
    all: &[Record],
) {
    let mut back = Vec::new();
    let found = read_back(
        path,
        file,
        None,
        checkpoints,
        wanted,
        &ReadControl::default(),
        &mut |r| back.push(r),
    )
    .unwrap();
    assert_eq!(
        found,
        wanted.len(),
        "{file}: every wanted record comes back"
    );
    for r in back {
        assert_eq!(
            r,
            all[r.number as usize - 1],
            "{file}: record {} read back from a checkpoint differs (line, id or fields)",
            r.number
        );
    }
}

#[test]
fn a_windows_1252_file_is_read_back_from_checkpoints_at_its_own_bytes() {
    // Each accented letter is one byte in the file and two in the decoded text, so a checkpoint
    // must count characters, not decoded bytes; quoted cells span lines, rows end in CRLF.
    let tmp = tempfile::tempdir().unwrap();
    let mut text = String::from("Nama;Alamat;Catatan\r\n");
    for i in 1..=900 {
        let note = if i % 5 == 0 {
            format!("\"café {i}\r\nbaris kedua; é\"")
        } else {
            format!("Renée {i}")
        };
        text.push_str(&format!("Zoë Anaïs {i};Jl. Kenanga {i}, Bogor;{note}\r\n"));
    }
    let (bytes, _, lossy) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!lossy, "every character has a Windows-1252 byte");
    let path = tmp.path().join("kontak_lama.csv");
    std::fs::write(&path, &bytes).unwrap();
    let mut all = Vec::new();
    let read = read(
        &path,
        "kontak_lama.csv",
        None,
        &ReadControl::default(),
        &mut |r| all.push(r),
    )
    .unwrap();
    assert_eq!(read.report.encoding.as_deref(), Some("windows-1252"));
    assert_eq!(all.len(), 900, "every row is a record");
    assert!(
        read.checkpoints.len() >= 10,
        "checkpoints every 64 records: {:?}",
        read.checkpoints.len()
    );
    let wanted: Vec<u64> = (1..=900).filter(|n| n % 37 == 0 || *n > 895).collect();
    read_back_as_read(&path, "kontak_lama.csv", &read.checkpoints, &wanted, &all);
}

#[test]
fn blank_lines_count_alike_in_crlf_and_lf_and_when_reading_back() {
    let tmp = tempfile::tempdir().unwrap();
    let mut rows = vec!["nama,email".to_string()];
    for i in 1..=1500 {
        rows.push(format!("Pelanggan {i},p{i}@contoh.co.id"));
        if i % 2 == 0 {
            rows.push(String::new());
            rows.push(String::new());
        }
    }
    let mut lines_of = Vec::new();
    for (name, end) in [("lf.csv", "\n"), ("crlf.csv", "\r\n")] {
        let path = tmp.path().join(name);
        std::fs::write(&path, rows.join(end) + end).unwrap();
        let mut all = Vec::new();
        let read = read(&path, name, None, &ReadControl::default(), &mut |r| {
            all.push(r)
        })
        .unwrap();
        for r in &all {
            let Locator::Line { line } = r.locator else {
                unreachable!()
            };
            let value = &r.fields[0].value;
            assert_eq!(
                rows[line as usize - 1].split(',').next().unwrap(),
                value,
                "{name}: record {} is on line {line} as the editor counts",
                r.number
            );
        }
        let wanted: Vec<u64> = read
            .checkpoints
            .iter()
            .flat_map(|c| [c.record, c.record + 1])
            .collect();
        assert!(!wanted.is_empty(), "{name}: long enough for checkpoints");
        let mut back = Vec::new();
        read_back(
            &path,
            name,
            None,
            &read.checkpoints,
            &wanted,
            &ReadControl::default(),
            &mut |r| back.push(r),
        )
        .unwrap();
        for r in back {
            assert_eq!(
                r,
                all[r.number as usize - 1],
                "{name}: read back past blank lines"
            );
        }
        lines_of.push(all.iter().map(|r| r.locator.clone()).collect::<Vec<_>>());
    }
    assert_eq!(
        lines_of[0], lines_of[1],
        "the same rows are on the same lines in LF and CRLF"
    );
}
