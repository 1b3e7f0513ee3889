//! What the letter tests share: poppler and qpdf to read a PDF back, page images to look at, and
//! an office with its letterhead and a searched, confirmed request.

use super::Desk;
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name).args(args).output().unwrap_or_else(|e| {
        panic!("{name} runs (scripts/setup installs poppler-utils and qpdf): {e}")
    });
    assert!(
        out.status.success(),
        "{name} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The words of a PDF, with the line breaks of the layout folded into spaces.
pub fn words(pdf: &Path) -> String {
    tool("pdftotext", &[pdf.to_str().unwrap(), "-"])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Checks the file as a PDF tool would: well formed, every font embedded and subset.
pub fn well_formed(pdf: &Path) {
    tool("qpdf", &["--check", pdf.to_str().unwrap()]);
    let fonts = tool("pdffonts", &[pdf.to_str().unwrap()]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "the letter has fonts: {fonts}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert!(
            cols[0].contains('+') && cols[n - 5] == "yes" && cols[n - 4] == "yes",
            "every font is embedded and subset: {row}"
        );
    }
}

pub fn artefacts() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../artefacts/letters");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Saves the pages as images to look at.
pub fn page_images(pdf: &Path, name: &str) {
    let prefix = artefacts().join(name);
    tool(
        "pdftoppm",
        &[
            "-r",
            "50",
            "-png",
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
}

/// The office's profile as its letters print it: name, address, letterhead, city, signatory and
/// the numbering pattern.
pub fn letterhead(desk: &Desk) {
    desk.json(&[
        "office",
        "set",
        "--name",
        "CV Cetak Ceria",
        "--address",
        "Jl. Teuku Umar No. 8, Denpasar",
        "--letterhead",
        "Telp. 0361-000000 · privasi@cetakceria.example",
        "--city",
        "Denpasar",
        "--signatory-name",
        "Kadek Wirawan",
        "--signatory-position",
        "Petugas Pelindungan Data Pribadi",
        "--letter-number-pattern",
        "{seq}/PDP/{roman_month}/{year}",
    ]);
}

/// An office with its letterhead, two people in its contacts, Budi's request for every right,
/// searched, his record confirmed, and Budi verified by a code.
pub fn office(desk: &Desk) -> String {
    letterhead(desk);
    let csv = desk.write(
        "kontak.csv",
        "nama,email,telepon\nAni Lestari,ani@example.com,0812-0000-1111\nBudi Santoso,budi@example.com,0812-0000-2222\n",
    );
    desk.json(&["source", "add", &csv]);
    let mut args = vec![
        "request",
        "new",
        "--name",
        "Budi Santoso",
        "--email",
        "budi@example.com",
        "--channel",
        "email",
    ];
    for right in [
        "access",
        "portability",
        "correction",
        "deletion",
        "withdraw-consent",
        "restriction",
        "objection",
    ] {
        args.extend(["--right", right]);
    }
    let id = desk.json(&args)["id"].as_str().unwrap().to_string();
    desk.json(&["search", "--request", &id]);
    desk.json(&["hit", "confirm", "--request", &id, "--strong"]);
    id
}

pub fn verify(desk: &Desk, id: &str) {
    let code = desk.json(&["verify", "code", "--request", id])["code"]
        .as_str()
        .unwrap()
        .to_string();
    desk.json(&["verify", "check", "--request", id, &code]);
}

pub fn draft(desk: &Desk, id: &str, kind: &str, lang: &str, extra: &[&str]) -> PathBuf {
    let out = desk.dir.path().join(format!("{kind}-{lang}.pdf"));
    let mut args = vec![
        "letter",
        kind,
        "--request",
        id,
        "--lang",
        lang,
        "--draft",
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend(extra);
    desk.json(&args);
    out
}
