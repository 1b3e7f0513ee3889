//! Text encodings in CSV files: one stray byte or one NUL is a warning on its line, not a reason
//! to read the whole file another way or to refuse it; only what is really binary is refused.

use pdp_core::sources::read::read_file;
use pdp_core::sources::ReadControl;
use pdp_core::sources::{FileReport, Locator, Record};

fn run(name: &str, bytes: &[u8]) -> (pdp_core::Result<FileReport>, Vec<Record>) {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let mut records = Vec::new();
    let report = read_file(&path, name, None, &ReadControl::default(), &mut |r| {
        records.push(r)
    })
    .map(|read| read.report);
    (report, records)
}

fn names(records: &[Record]) -> Vec<String> {
    records.iter().map(|r| r.fields[0].value.clone()).collect()
}

fn line(r: &Record) -> u64 {
    match r.locator {
        Locator::Line { line } => line,
        _ => panic!("CSV records are located by line"),
    }
}

#[test]
fn one_stray_byte_keeps_a_utf8_file_utf8_with_a_warning_on_its_line() {
    let mut bytes = "Nama,Email\nAni Lestari,ani@example.com\n"
        .as_bytes()
        .to_vec();
    bytes.extend_from_slice(b"Budi Sant\xFFoso,budi@example.com\n");
    bytes.extend_from_slice(
        "Dédé Rukmana,dede@example.com\nRenée Wijaya,renee@example.com\n".as_bytes(),
    );
    let (report, records) = run("kontak.csv", &bytes);
    let report = report.expect("a stray byte does not refuse the file");
    assert_eq!(
        report.encoding.as_deref(),
        Some("utf-8"),
        "one stray byte does not turn the file into windows-1252"
    );
    assert_eq!(
        names(&records),
        [
            "Ani Lestari",
            "Budi Sant\u{fffd}oso",
            "Dédé Rukmana",
            "Renée Wijaya"
        ],
        "the accents are read as written, the stray byte as U+FFFD"
    );
    assert_eq!(
        report.records_with_warnings, 1,
        "only the damaged row warns"
    );
    assert_eq!(report.warnings[0].line, 3, "the warning names line 3");
    assert!(
        report.warnings[0].reason.contains("not valid utf-8"),
        "the warning says what is wrong: {:?}",
        report.warnings
    );
}

#[test]
fn many_bytes_not_utf8_are_still_read_as_windows_1252() {
    let text = b"Nama,Kota\nRen\xe9e,Denpasar\nAndr\xe9,Bandung\nJos\xe9,Medan\nD\xe9d\xe9,Bogor\nCaf\xe9 \x96 resto,Solo\n";
    let (report, records) = run("kontak.csv", text);
    assert_eq!(
        report.unwrap().encoding.as_deref(),
        Some("windows-1252"),
        "an Excel CSV written in windows-1252 is still recognised"
    );
    assert_eq!(records[0].fields[0].value, "Renée", "and decoded as such");
}

#[test]
fn one_nul_byte_is_a_warning_on_its_line_not_a_refusal() {
    let bytes = b"Nama,Email\nAni Lestari,ani@example.com\nBudi\x00 Santoso,budi@example.com\nCitra Dewi,citra@example.com\n";
    let (report, records) = run("kontak.csv", bytes);
    let report = report.expect("one NUL byte does not refuse the file");
    assert_eq!(report.records, 3, "every row is read");
    assert_eq!(line(&records[1]), 3, "lines stay exact");
    assert!(
        !records[1].fields[0].value.contains('\0'),
        "the NUL does not reach the value: {:?}",
        records[1].fields[0].value
    );
    assert_eq!(
        report.warnings.len(),
        1,
        "one warning: {:?}",
        report.warnings
    );
    assert_eq!(report.warnings[0].line, 3, "naming line 3");
    assert!(
        report.warnings[0].reason.contains("NUL"),
        "saying what was found: {:?}",
        report.warnings
    );
}

#[test]
fn real_binaries_named_csv_are_refused_naming_the_file() {
    let mut png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR".to_vec();
    png.extend((0..4000u32).map(|i| (i * 7 % 251) as u8));
    let mut zip = Vec::new();
    {
        use std::io::Write;
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(&mut zip));
        w.start_file("foto.jpg", zip::write::SimpleFileOptions::default())
            .unwrap();
        w.write_all(&[0u8; 300]).unwrap();
        w.finish().unwrap();
    }
    let mut mostly_nul = b"Nama,Email\n".to_vec();
    mostly_nul.extend(std::iter::repeat_n(0u8, 2000));
    for (what, bytes) in [("png", png), ("zip", zip), ("zeros", mostly_nul)] {
        let (report, records) = run("kontak.csv", &bytes);
        let err = report
            .expect_err(&format!("a {what} named .csv is refused"))
            .to_string();
        assert!(
            err.contains("kontak.csv"),
            "the refusal of the {what} names the file: {err}"
        );
        assert!(records.is_empty(), "no records from a {what}");
    }
}
