//! Redacting a workbook (issue #15): the subject's rows leave the sheet, masked cells become
//! inline text, a shared string only the subject's cells used is emptied while one a namesake's
//! row also uses stays, and every other row reads back exactly as before.

use pdp_core::fulfil::redaction::xlsx::{redact, Edits, RowEdit};
use pdp_core::sources::read::read_file;
use pdp_core::sources::{Locator, ReadControl, Record};
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::Path;
use zip::write::SimpleFileOptions;

const STRINGS: [&str; 9] = [
    "Nama",
    "Email",
    "Telepon",
    "Sari Wulandari",
    "sari.w@example.id",
    "Budi Hartono",
    "budi.h@example.id",
    "0812-0000-1111",
    "0812-0000-2222",
];

fn cell_s(r: &str, i: usize) -> String {
    format!("<c r=\"{r}\" t=\"s\"><v>{i}</v></c>")
}

/// A workbook as a spreadsheet program writes it: shared strings, one sheet "Pelanggan".
fn workbook(path: &Path) {
    let rows = [
        (1, [0, 1, 2]),
        (2, [3, 4, 7]), // the subject
        (3, [5, 6, 8]),
        (4, [3, 6, 8]), // a namesake: same name string as the subject, another person's mail
    ];
    let mut sheet = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><dimension ref=\"A1:C4\"/><sheetData>");
    for (r, cells) in rows {
        sheet.push_str(&format!("<row r=\"{r}\" spans=\"1:3\">"));
        for (c, i) in ["A", "B", "C"].iter().zip(cells) {
            sheet.push_str(&cell_s(&format!("{c}{r}"), i));
        }
        sheet.push_str("</row>");
    }
    sheet.push_str("</sheetData></worksheet>");
    let mut strings = format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"12\" uniqueCount=\"{}\">", STRINGS.len());
    for s in STRINGS {
        strings.push_str(&format!("<si><t>{s}</t></si>"));
    }
    strings.push_str("</sst>");
    let parts = [
        ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>".to_string()),
        ("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>".to_string()),
        ("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Pelanggan\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>".to_string()),
        ("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>".to_string()),
        ("xl/worksheets/sheet1.xml", sheet),
        ("xl/sharedStrings.xml", strings),
    ];
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    for (name, text) in parts {
        zip.start_file(name, SimpleFileOptions::default()).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap();
}

fn records(path: &Path) -> BTreeMap<u64, Record> {
    let mut found = BTreeMap::new();
    read_file(
        path,
        "pelanggan.xlsx",
        None,
        &ReadControl::default(),
        &mut |r| {
            if let Locator::Cell { row, .. } = r.locator {
                found.insert(row, r);
            }
        },
    )
    .unwrap();
    found
}

fn part(path: &Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

fn run(edit: RowEdit) -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let before = dir.path().join("pelanggan.xlsx");
    workbook(&before);
    let after = dir.path().join("disamarkan.xlsx");
    let edits: Edits = [("Pelanggan".to_string(), [(2, edit)].into())].into();
    let outcome = redact(
        &before,
        "pelanggan.xlsx",
        &edits,
        std::fs::File::create(&after).unwrap(),
    )
    .unwrap();
    assert!(
        outcome.missing.is_empty(),
        "row 2 is there: {:?}",
        outcome.missing
    );
    (dir, before, after)
}

#[test]
fn the_subjects_row_goes_and_the_others_read_back_unchanged() {
    let (_dir, before, after) = run(RowEdit::Remove);
    let (old, new) = (records(&before), records(&after));
    assert!(
        old.contains_key(&2) && !new.contains_key(&2),
        "row 2 is the subject's and goes"
    );
    for row in [3, 4] {
        assert_eq!(
            new[&row].fields, old[&row].fields,
            "row {row} is someone else's and stays as it was"
        );
        assert_eq!(new[&row].record_id, old[&row].record_id);
    }
    let strings = part(&after, "xl/sharedStrings.xml");
    assert!(
        !strings.contains("sari.w@example.id"),
        "the subject's address is gone from the string table"
    );
    assert!(
        !strings.contains("0812-0000-1111"),
        "and the subject's number"
    );
    assert!(
        strings.contains("Sari Wulandari"),
        "the name stays: the namesake's row 4 uses the same string"
    );
    assert_eq!(
        strings.matches("<si>").count(),
        STRINGS.len(),
        "indexes keep their places"
    );
}

#[test]
fn masked_cells_become_inline_text_and_nothing_else_changes() {
    let (_dir, before, after) = run(RowEdit::Cells(vec![
        (1, "[disamarkan]".into()),
        (2, "[disamarkan]".into()),
    ]));
    let (old, new) = (records(&before), records(&after));
    let values = |r: &Record| r.fields.iter().map(|f| f.raw.clone()).collect::<Vec<_>>();
    assert_eq!(
        values(&new[&2]),
        ["Sari Wulandari", "[disamarkan]", "[disamarkan]"],
        "the name stays, the contact cells are masked"
    );
    for row in [3, 4] {
        assert_eq!(new[&row].fields, old[&row].fields, "row {row} is untouched");
    }
    let strings = part(&after, "xl/sharedStrings.xml");
    assert!(
        !strings.contains("sari.w@example.id") && !strings.contains("0812-0000-1111"),
        "the masked values leave the string table"
    );
}

#[test]
fn a_row_that_is_not_there_is_reported_and_nothing_written() {
    let dir = tempfile::tempdir().unwrap();
    let before = dir.path().join("pelanggan.xlsx");
    workbook(&before);
    let edits: Edits = [("Pelanggan".to_string(), [(9, RowEdit::Remove)].into())].into();
    let outcome = redact(
        &before,
        "pelanggan.xlsx",
        &edits,
        std::io::Cursor::new(Vec::new()),
    )
    .unwrap();
    assert_eq!(
        outcome.missing,
        ["Pelanggan!9"],
        "a row the plan names but the sheet lacks means the file changed"
    );
    let none: Edits = [("Faktur".to_string(), BTreeMap::new())].into();
    let err = redact(
        &before,
        "pelanggan.xlsx",
        &none,
        std::io::Cursor::new(Vec::new()),
    )
    .unwrap_err();
    assert!(
        err.to_string().contains("Faktur"),
        "a sheet gone is named: {err}"
    );
}
