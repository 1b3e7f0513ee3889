//! Malformed CSV input: each case gives a clear warning or error naming the file and the line,
//! keeps what can be read, and never panics.

use pdp_core::sources::csv_file::read;
use pdp_core::sources::ReadControl;
use pdp_core::sources::{FileReport, Locator, Record};

fn run(bytes: &[u8]) -> (pdp_core::Result<FileReport>, Vec<Record>) {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("kontak.csv");
    std::fs::write(&path, bytes).unwrap();
    let mut records = Vec::new();
    let report = read(
        &path,
        "kontak.csv",
        None,
        &ReadControl::default(),
        &mut |r| records.push(r),
    )
    .map(|read| read.report);
    (report, records)
}

fn line(r: &Record) -> u64 {
    match r.locator {
        Locator::Line { line } => line,
        _ => panic!("CSV records are located by line"),
    }
}

#[test]
fn ragged_rows_are_kept_with_a_warning_naming_the_line() {
    let (report, records) = run(b"Nama,Email,Telepon\nBudi,budi@example.com,0812\nSiti,siti@example.com\nAgus,agus@example.com,0813,extra\n");
    let report = report.unwrap();
    assert_eq!(records.len(), 3, "short and long rows are still records");
    assert_eq!(report.records_with_warnings, 2);
    assert_eq!(report.warnings[0].line, 3, "the short row is on line 3");
    assert!(
        report.warnings[0].reason.contains("2 fields"),
        "{:?}",
        report.warnings
    );
    assert_eq!(
        records[2].fields[3].column.as_ref(),
        "Column 4",
        "an extra cell keeps a column name"
    );
}

#[test]
fn a_truncated_file_keeps_its_rows_and_says_it_may_be_cut() {
    let (report, records) = run(b"Nama,Email,Alamat\nBudi,budi@example.com,Jl. A\nSiti,siti@exa");
    let report = report.unwrap();
    assert_eq!(records.len(), 2);
    let last = report.warnings.last().unwrap();
    assert!(
        last.reason.contains("truncated") && last.line == 3,
        "{last:?}"
    );
}

#[test]
fn an_unterminated_quote_does_not_swallow_silently() {
    let (report, records) = run(b"Nama,Catatan\nBudi,\"pesan panjang\nSiti,ok\n");
    let report = report.unwrap();
    assert_eq!(
        records.len(),
        1,
        "the open quote runs to the end of the file"
    );
    assert!(
        !report.warnings.is_empty(),
        "and that is reported: {report:?}"
    );
}

#[test]
fn bad_utf8_bytes_are_replaced_and_reported() {
    let mut bytes = "Nama,Kota\nRenée,Denpasar\n".as_bytes().to_vec();
    bytes.extend_from_slice(&b"x".repeat(70_000));
    bytes.extend_from_slice(b",ok\nBad\xff\xfe,Bali\n");
    let (report, records) = run(&bytes);
    let report = report.unwrap();
    assert_eq!(
        report.encoding.as_deref(),
        Some("utf-8"),
        "the sample was UTF-8"
    );
    let bad = records.last().unwrap();
    assert_eq!(bad.fields[0].value, "Bad\u{fffd}\u{fffd}");
    assert!(
        bad.warnings.iter().any(|w| w.contains("not valid utf-8")),
        "{:?}",
        bad.warnings
    );
    assert_eq!(line(bad), 4);
}

#[test]
fn a_ten_megabyte_cell_is_read_and_reported() {
    let mut bytes = b"Nama,Catatan\nBudi,\"".to_vec();
    bytes.extend(std::iter::repeat_n(b'a', 10 * 1024 * 1024));
    bytes.extend_from_slice(b"\"\nSiti,pendek\n");
    let (report, records) = run(&bytes);
    let report = report.unwrap();
    assert_eq!(records.len(), 2);
    assert_eq!(
        records[0].fields[1].raw.len(),
        10 * 1024 * 1024,
        "nothing is cut"
    );
    assert!(
        records[0].warnings.iter().any(|w| w.contains("10 MB")),
        "{:?}",
        records[0].warnings
    );
    assert_eq!(line(&records[1]), 3);
    assert_eq!(report.records, 2);
}

#[test]
fn empty_and_binary_files_are_errors_naming_the_file() {
    for (bytes, needle) in [
        (&b""[..], "empty"),
        (&b"\xEF\xBB\xBF\r\n"[..], "empty"),
        (
            &b"PK\x03\x04\x14\x00\x06\x00binary xlsx"[..],
            "not a text file",
        ),
        (&b"%PDF-1.7\n%\xe2\xe3"[..], "not a text file"),
    ] {
        let (report, records) = run(bytes);
        let err = report.expect_err("must be refused").to_string();
        assert!(err.contains("kontak.csv") && err.contains(needle), "{err}");
        assert!(records.is_empty());
    }
}

#[test]
fn a_header_only_file_has_no_records_and_no_error() {
    let (report, records) = run(b"id,name,email,phone_number,labels\n");
    assert_eq!(report.unwrap().records, 0);
    assert!(records.is_empty());
}

#[test]
fn utf16_and_windows_1252_are_decoded() {
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            "Nama,Email\r\nRenée,renee@example.com\r\n"
                .encode_utf16()
                .flat_map(|u| u.to_le_bytes()),
        )
        .collect();
    let (report, records) = run(&utf16);
    assert_eq!(report.unwrap().encoding.as_deref(), Some("utf-16le"));
    assert_eq!(records[0].fields[0].value, "Renée");
    let (report, records) = run(b"Nama;Catatan\r\nAndi;Caf\xe9 \x96 resto\r\n");
    let report = report.unwrap();
    assert_eq!(report.encoding.as_deref(), Some("windows-1252"));
    assert_eq!(report.delimiter.as_deref(), Some(";"));
    assert_eq!(records[0].fields[1].value, "Café – resto");
    assert_eq!(line(&records[0]), 2);
}

#[test]
fn excel_damaged_phones_are_flagged_not_guessed() {
    let (report, records) = run("*Display Name;Email;Phone;Mobile;Billing Address\r\nBudi;b@x.com;8,12346E+11;81234567890;\"Jl. A\nNo 1\"\r\nSiti;s@x.com;;0812;Jl. B\r\n".as_bytes());
    let report = report.unwrap();
    let r = &records[0];
    assert_eq!(
        r.fields[2].value, "8,12346E+11",
        "the text is kept as written"
    );
    assert!(r.warnings.iter().any(|w| w.contains("scientific")));
    assert!(r.warnings.iter().any(|w| w.contains("leading 0")));
    assert_eq!(line(&records[1]), 4, "the address spans two lines");
    assert_eq!(report.records_with_warnings, 1);
}

#[test]
fn title_rows_are_passed_over_and_a_headerless_file_gets_guessed_roles() {
    let (report, records) = run(
        b"Daftar Pelanggan Lama 2019\nNama,Email,Telepon\nBudi,budi@example.com,0812-1111-2222\n",
    );
    let report = report.unwrap();
    assert_eq!(
        report.columns[1].name, "Email",
        "the header is under the title"
    );
    assert_eq!(records.len(), 1);
    assert_eq!(line(&records[0]), 3);
    assert!(report
        .warnings
        .iter()
        .any(|w| w.line == 1 && w.reason.contains("title row")));

    let (report, records) = run(b"Budi Santoso,budi@example.com,0812-1111-2222\nSiti Rahma,siti@example.com,0813-2222-3333\n");
    let report = report.unwrap();
    assert_eq!(records.len(), 2, "without a header every row is data");
    assert_eq!(line(&records[0]), 1);
    assert!(report.needs_mapping, "staff confirm guessed roles");
    let roles: Vec<_> = report
        .columns
        .iter()
        .map(|c| (c.name.as_str(), c.role))
        .collect();
    use pdp_core::vocabulary::FieldRole::*;
    assert_eq!(
        roles,
        [("Column 1", Name), ("Column 2", Email), ("Column 3", Phone)]
    );
}
