//! Peak memory of `pdpdesk source add` on zip bombs, measured with `/usr/bin/time` (the `time`
//! package; scripts/setup installs it): a 1 MB spreadsheet whose one cell inflates to 120 MB and
//! a chat export zip whose one message does must each be read within 200 MB.

mod support;

use std::io::Write;
use std::path::Path;
use std::process::Command;
use support::Desk;

const INFLATED: usize = 120 << 20;
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

fn xlsx_bomb(path: &Path) {
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
    z.write_all(br#"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Nama</t></is></c><c r="B1" t="inlineStr"><is><t>Catatan</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Ani Lestari</t></is></c><c r="B2" t="inlineStr"><is><t>"#).unwrap();
    fill(&mut z);
    z.write_all(b"</t></is></c></row></sheetData></worksheet>")
        .unwrap();
    z.finish().unwrap();
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
