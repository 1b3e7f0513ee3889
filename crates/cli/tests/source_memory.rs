//! Peak memory of `pdpdesk source add` on zip bombs, measured with `/usr/bin/time` (the `time`
//! package; scripts/setup installs it): a 1 MB spreadsheet whose one cell inflates to 120 MB, a
//! chat export zip whose one message does, and spreadsheets whose 300 MB are spread over many
//! cells of a row or many shared strings must each be read within 200 MB.

use crate::support;

use std::io::Write;
use std::path::Path;
use std::process::Command;
use support::Desk;

const INFLATED: usize = 120 << 20;

/// The zip a test writes its workbook parts into.
type Zip = zip::ZipWriter<std::fs::File>;
const TARGET_KB: u64 = 200 * 1024;

fn options() -> zip::write::SimpleFileOptions {
    zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true)
}

/// Writes `INFLATED` bytes of 'A' a block at a time.
fn fill(out: &mut impl Write) {
    let block = vec![b'A'; 1 << 20];
    for _ in 0..INFLATED >> 20 {
        out.write_all(&block).unwrap();
    }
}

/// A workbook with one sheet "Kontak" whose XML `sheet` writes after `<sheetData>`, and shared
/// strings written by `shared` when given.
fn workbook(path: &Path, sheet: impl FnOnce(&mut Zip), shared: Option<&dyn Fn(&mut Zip)>) {
    let mut z = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    z.start_file("_rels/.rels", options()).unwrap();
    write!(z, r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>"#).unwrap();
    z.start_file("xl/workbook.xml", options()).unwrap();
    write!(z, r#"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="{rel}"><sheets><sheet name="Kontak" sheetId="1" r:id="rId1"/></sheets></workbook>"#).unwrap();
    z.start_file("xl/_rels/workbook.xml.rels", options())
        .unwrap();
    write!(z, r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#).unwrap();
    z.start_file("xl/worksheets/sheet1.xml", options()).unwrap();
    z.write_all(br#"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Nama</t></is></c><c r="B1" t="inlineStr"><is><t>Catatan</t></is></c></row>"#).unwrap();
    sheet(&mut z);
    z.write_all(b"</sheetData></worksheet>").unwrap();
    if let Some(shared) = shared {
        z.start_file("xl/sharedStrings.xml", options()).unwrap();
        z.write_all(br#"<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#).unwrap();
        shared(&mut z);
        z.write_all(b"</sst>").unwrap();
    }
    z.finish().unwrap();
}

fn xlsx_bomb(path: &Path) {
    let one_cell = |z: &mut Zip| {
        z.write_all(br#"<row r="2"><c r="A2" t="inlineStr"><is><t>Ani Lestari</t></is></c><c r="B2" t="inlineStr"><is><t>"#).unwrap();
        fill(z);
        z.write_all(b"</t></is></c></row>").unwrap();
    };
    workbook(path, one_cell, None);
}

/// 300 cells of 1 MB each: none too long alone.
const MANY: usize = 300;

fn wide_row_bomb(path: &Path) {
    let block = vec![b'A'; 1 << 20];
    let wide = |z: &mut Zip| {
        z.write_all(br#"<row r="2">"#).unwrap();
        for c in 0..MANY {
            write!(z, r#"<c r="{}2" t="inlineStr"><is><t>"#, column(c)).unwrap();
            z.write_all(&block).unwrap();
            z.write_all(b"</t></is></c>").unwrap();
        }
        z.write_all(b"</row>").unwrap();
    };
    workbook(path, wide, None);
}

fn shared_strings_bomb(path: &Path) {
    let block = vec![b'A'; 1 << 20];
    let rows = |z: &mut Zip| {
        for i in 0..MANY {
            let r = i + 2;
            write!(z, r#"<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>Ani Lestari</t></is></c><c r="B{r}" t="s"><v>{i}</v></c></row>"#).unwrap();
        }
    };
    let strings = |z: &mut Zip| {
        for i in 0..MANY {
            write!(z, "<si><t>{i}").unwrap();
            z.write_all(&block).unwrap();
            z.write_all(b"</t></si>").unwrap();
        }
    };
    workbook(path, rows, Some(&strings));
}

/// Excel's name of a 0-based column (A, B, …, Z, AA, …).
fn column(mut c: usize) -> String {
    let mut name = Vec::new();
    loop {
        name.insert(0, b'A' + (c % 26) as u8);
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    String::from_utf8(name).unwrap()
}

fn chat_bomb(path: &Path) {
    let mut z = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    z.start_file("_chat.txt", options()).unwrap();
    z.write_all(b"[12/03/24, 14.05.33] Ani Lestari: Halo kak\n[12/03/24, 14.06.01] Budi: ")
        .unwrap();
    fill(&mut z);
    z.write_all(b"\n").unwrap();
    z.finish().unwrap();
}

/// Runs `source add` under `/usr/bin/time` and returns its peak resident memory in KB, or
/// `None` (with a note) when `/usr/bin/time` is missing.
fn peak_kb_of_source_add(desk: &Desk, file: &Path) -> Option<u64> {
    if !Path::new("/usr/bin/time").exists() {
        eprintln!(
            "NOTE: /usr/bin/time is missing (install the `time` package): peak memory not checked"
        );
        return None;
    }
    let out = Command::new("/usr/bin/time")
        .args(["-f", "peak-kb %M", env!("CARGO_BIN_EXE_pdpdesk")])
        .args(["source", "add", file.to_str().unwrap()])
        .env("PDPDESK_DATA_DIR", desk.data())
        .env("PDPDESK_ACTOR", "Tester")
        .output()
        .expect("run pdpdesk under /usr/bin/time");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let peak = stderr
        .lines()
        .filter_map(|l| l.strip_prefix("peak-kb "))
        .next_back()
        .and_then(|kb| kb.trim().parse().ok())
        .unwrap_or_else(|| panic!("no peak memory in: {stderr}"));
    Some(peak)
}

#[test]
fn a_spreadsheet_bomb_is_read_within_200_mb() {
    let desk = Desk::new();
    let file = desk.dir.path().join("kontak.xlsx");
    xlsx_bomb(&file);
    let Some(peak) = peak_kb_of_source_add(&desk, &file) else {
        return;
    };
    assert!(peak < TARGET_KB, "peak {peak} KB is past the 200 MB target");
}

#[test]
fn a_chat_zip_bomb_is_read_within_200_mb() {
    let desk = Desk::new();
    let file = desk.dir.path().join("WhatsApp Chat - Budi.zip");
    chat_bomb(&file);
    let Some(peak) = peak_kb_of_source_add(&desk, &file) else {
        return;
    };
    assert!(peak < TARGET_KB, "peak {peak} KB is past the 200 MB target");
}

#[test]
fn a_row_of_many_large_cells_is_read_within_200_mb() {
    let desk = Desk::new();
    let file = desk.dir.path().join("lebar.xlsx");
    wide_row_bomb(&file);
    let Some(peak) = peak_kb_of_source_add(&desk, &file) else {
        return;
    };
    assert!(peak < TARGET_KB, "peak {peak} KB is past the 200 MB target");
}

#[test]
fn many_large_shared_strings_are_read_within_200_mb() {
    let desk = Desk::new();
    let file = desk.dir.path().join("teks.xlsx");
    shared_strings_bomb(&file);
    let Some(peak) = peak_kb_of_source_add(&desk, &file) else {
        return;
    };
    assert!(peak < TARGET_KB, "peak {peak} KB is past the 200 MB target");
}
