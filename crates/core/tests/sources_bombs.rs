//! Files that inflate far beyond their size: a spreadsheet cell or a chat message of tens of
//! megabytes is cut to the largest cell kept (with a warning naming its row), and a cell too
//! large to read within memory refuses its sheet, naming the sheet and the row.

use pdp_core::sources::cut::LARGEST_CELL;
use pdp_core::sources::read::read_file;
use pdp_core::sources::ReadControl;
use pdp_core::sources::{FileReport, Locator, Record};
use std::io::Write;
use std::path::Path;

fn run(path: &Path) -> (pdp_core::Result<FileReport>, Vec<Record>) {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let mut records = Vec::new();
    let report = read_file(path, &name, None, &ReadControl::default(), &mut |r| {
        records.push(r)
    })
    .map(|read| read.report);
    (report, records)
}

/// A sheet's XML: a header, one row per given cell text (inline strings), from row 2.
fn sheet_xml(cells: &[(&str, usize)]) -> Vec<u8> {
    let mut xml = br#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Nama</t></is></c><c r="B1" t="inlineStr"><is><t>Catatan</t></is></c></row>"#.to_vec();
    for (i, (name, note)) in cells.iter().enumerate() {
        let r = i + 2;
        write!(xml, r#"<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>{name}</t></is></c><c r="B{r}" t="inlineStr"><is><t>"#).unwrap();
        xml.extend(std::iter::repeat_n(b'A', *note));
        xml.extend_from_slice(b"</t></is></c></row>");
    }
    xml.extend_from_slice(b"</sheetData></worksheet>");
    xml
}

/// Writes a workbook whose sheets are named and given as XML.
fn workbook(path: &Path, sheets: &[(&str, Vec<u8>)]) {
    let mut z = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    z.start_file("[Content_Types].xml", opts).unwrap();
    z.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>"#).unwrap();
    z.start_file("_rels/.rels", opts).unwrap();
    write!(z, r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>"#).unwrap();
    z.start_file("xl/workbook.xml", opts).unwrap();
    write!(
        z,
        r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets>"#
    )
    .unwrap();
    for (i, (name, _)) in sheets.iter().enumerate() {
        write!(
            z,
            r#"<sheet name="{name}" sheetId="{}" r:id="rId{}"/>"#,
            i + 1,
            i + 1
        )
        .unwrap();
    }
    z.write_all(b"</sheets></workbook>").unwrap();
    z.start_file("xl/_rels/workbook.xml.rels", opts).unwrap();
    write!(z, r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#).unwrap();
    for i in 1..=sheets.len() {
        write!(
            z,
            r#"<Relationship Id="rId{i}" Type="{rel}/worksheet" Target="worksheets/sheet{i}.xml"/>"#
        )
        .unwrap();
    }
    z.write_all(b"</Relationships>").unwrap();
    for (i, (_, xml)) in sheets.iter().enumerate() {
        z.start_file(format!("xl/worksheets/sheet{}.xml", i + 1), opts)
            .unwrap();
        z.write_all(xml).unwrap();
    }
    z.finish().unwrap();
}

#[test]
fn a_cell_of_megabytes_is_cut_with_a_warning_naming_its_row() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("kontak.xlsx");
    let sheet = sheet_xml(&[
        ("Ani Lestari", 10),
        ("Budi Santoso", 3 << 20),
        ("Citra Dewi", 10),
    ]);
    workbook(&path, &[("Kontak", sheet)]);
    let (report, records) = run(&path);
    let report = report.expect("the workbook is read");
    assert_eq!(records.len(), 3, "every row is a record");
    let big = &records[1].fields[1];
    assert_eq!(
        big.raw.len(),
        LARGEST_CELL,
        "the 3 MB cell is cut to the largest cell kept"
    );
    assert_eq!(
        records[1].fields[0].value, "Budi Santoso",
        "the rest of the row is kept"
    );
    let warned: Vec<_> = report.warnings.iter().filter(|w| w.line == 3).collect();
    assert!(
        warned.len() == 1 && warned[0].reason.contains("row 3") && warned[0].reason.contains("cut"),
        "a warning names the sheet's row 3 and says the cell was cut: {:?}",
        report.warnings
    );
}

#[test]
fn a_cell_inflating_to_tens_of_megabytes_refuses_its_sheet_naming_the_row() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("bom.xlsx");
    let ok = sheet_xml(&[("Ani Lestari", 10)]);
    let bomb = sheet_xml(&[("Budi Santoso", 10), ("Citra Dewi", 60 << 20)]);
    workbook(&path, &[("Kontak", ok), ("Catatan", bomb)]);
    assert!(
        std::fs::metadata(&path).unwrap().len() < 1 << 20,
        "the bomb is small on disk"
    );
    let started = std::time::Instant::now();
    let (report, records) = run(&path);
    let report = report.expect("the other sheet is still read");
    assert!(
        started.elapsed().as_secs() < 10,
        "refusing the sheet takes no long inflating: {:?}",
        started.elapsed()
    );
    assert_eq!(records.len(), 1, "only the sound sheet's row is a record");
    assert!(
        matches!(&records[0].locator, Locator::Cell { sheet, row: 2 } if sheet == "Kontak"),
        "{:?}",
        records[0].locator
    );
    let refused = &report.rejected;
    assert!(
        refused.len() == 1
            && refused[0].line == 3
            && refused[0].reason.contains("\"Catatan\"")
            && refused[0].reason.contains("row 3"),
        "the refusal names the sheet and the row: {refused:?}"
    );
}

#[test]
fn a_row_past_16_mb_of_text_keeps_its_first_cells_and_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("lebar.xlsx");
    let mut xml = br#"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Nama</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Ani Lestari</t></is></c>"#.to_vec();
    for c in 0..20u8 {
        write!(
            xml,
            r#"<c r="{}2" t="inlineStr"><is><t>"#,
            (b'B' + c) as char
        )
        .unwrap();
        xml.extend(std::iter::repeat_n(b'A', 1 << 20));
        xml.extend_from_slice(b"</t></is></c>");
    }
    xml.extend_from_slice(b"</row></sheetData></worksheet>");
    workbook(&path, &[("Kontak", xml)]);
    let (report, records) = run(&path);
    let report = report.expect("the workbook is read");
    assert_eq!(records.len(), 1, "the row is a record");
    assert_eq!(
        records[0].fields[0].value, "Ani Lestari",
        "its first cells are kept"
    );
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.line == 2 && w.reason.contains("5 cells past the row's first 16 MB")),
        "a warning on row 2 says how many cells were left out: {:?}",
        report.warnings
    );
}

/// A WhatsApp iOS export zip with `_chat.txt` as given.
fn chat_zip(path: &Path, chat: &[u8]) {
    let mut z = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    z.start_file("_chat.txt", opts).unwrap();
    z.write_all(chat).unwrap();
    z.finish().unwrap();
}

#[test]
fn a_chat_message_of_megabytes_is_cut_with_a_warning_naming_its_line() {
    let tmp = tempfile::tempdir().unwrap();
    let mut chat =
        b"[12/03/24, 14.05.33] Ani Lestari: Halo kak\n[12/03/24, 14.06.01] Budi: ".to_vec();
    chat.extend(std::iter::repeat_n(b'A', 40 << 20));
    chat.extend_from_slice(b"\n[12/03/24, 14.07.00] Ani Lestari: ");
    for _ in 0..(3 << 20) / 64 {
        chat.extend(std::iter::repeat_n(b'B', 63));
        chat.push(b'\n');
    }
    chat.extend_from_slice(b"[12/03/24, 14.08.00] Budi: Terima kasih\n");
    let path = tmp.path().join("WhatsApp Chat - Ani Lestari.zip");
    chat_zip(&path, &chat);
    let (report, records) = run(&path);
    let report = report.expect("the chat is read");
    assert_eq!(records.len(), 4, "every message is a record");
    let text = |r: &Record| r.fields.last().unwrap().raw.len();
    assert!(
        text(&records[1]) <= LARGEST_CELL,
        "one 40 MB line is cut: {} bytes kept",
        text(&records[1])
    );
    assert!(
        text(&records[2]) <= LARGEST_CELL,
        "a message of many lines is cut too: {} bytes kept",
        text(&records[2])
    );
    assert_eq!(
        records[3].fields.last().unwrap().value,
        "Terima kasih",
        "the messages after them are read whole"
    );
    let lines: Vec<u64> = report
        .warnings
        .iter()
        .filter(|w| w.reason.contains("cut"))
        .map(|w| w.line)
        .collect();
    assert_eq!(
        lines,
        [2, 3],
        "each cut message is named by the line it starts on: {:?}",
        report.warnings
    );
}
