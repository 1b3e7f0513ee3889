//! The page layer read back as a person and a machine would: poppler's `pdftotext` and `pdfinfo`
//! (Debian's poppler-utils, which scripts/setup installs) on a letter long enough to break a
//! table across pages. The header row is on every page the table is on, every page is numbered,
//! Indonesian text and typography come back as written, and the fonts are embedded subset.

use pdp_core::pdf::{render, Block, Document, Letterhead, PageWords, Table};
use std::process::Command;

fn letter(rows: usize) -> Document {
    Document {
        title: "Tanggapan atas Permohonan Akses Data Pribadi".into(),
        author: "CV Maju Jaya Kreatif".into(),
        subject: "UU PDP".into(),
        words: PageWords::Indonesian,
        running_header: Some("Nomor 012/PDP/XII/2026 · 3 Desember 2026".into()),
        stamp: None,
        blocks: vec![
            Block::Letterhead(Letterhead {
                name: "CV Maju Jaya Kreatif".into(),
                lines: vec![
                    "Jl. Teuku Umar No. 88, Denpasar, Bali 80114".into(),
                    "Telp/WA 0812-0000-1234 · privasi@majujaya.example".into(),
                ],
                logo: None,
            }),
            Block::Fields(vec![
                ("Nomor".into(), "012/PDP/XII/2026".into()),
                ("Lampiran".into(), "1 (satu) berkas".into()),
                (
                    "Perihal".into(),
                    "Tanggapan atas Permohonan Akses Data Pribadi".into(),
                ),
            ]),
            Block::Right(vec!["Denpasar, 3 Desember 2026".into()]),
            Block::Lines(vec![
                "Kepada Yth.".into(),
                "Ibu Renée Dédé Santoso".into(),
                "di Tempat".into(),
            ]),
            Block::Paragraph("Dengan hormat,".into()),
            Block::Paragraph(
                "Menindaklanjuti permohonan Ibu melalui e-mail tertanggal 24 November 2026 perihal \
                 “akses data pribadi”, bersama ini kami sampaikan hasil penelusuran yang wajar — \
                 setiap sumber yang diperiksa, kapan, dan dengan identitas apa:"
                    .into(),
            ),
            Block::Table(Table {
                columns: vec![
                    ("No.".into(), 0.08),
                    ("Sumber".into(), 0.42),
                    ("Diperiksa".into(), 0.25),
                    ("Temuan".into(), 0.25),
                ],
                rows: (1..=rows)
                    .map(|i| {
                        vec![
                            i.to_string(),
                            format!("ekspor_{i:03}.csv (Chatwoot, kontak)"),
                            "3 Desember 2026 09.15 WITA".into(),
                            if i % 7 == 0 { "2 catatan" } else { "0" }.into(),
                        ]
                    })
                    .collect(),
            }),
            Block::Numbered(vec![
                "Salinan data terlampir dalam berkas terenkripsi.".into(),
                "Kata sandi dikirim terpisah melalui WhatsApp.".into(),
            ]),
            Block::Paragraph(
                "Demikian kami sampaikan. Atas perhatian Ibu, kami ucapkan terima kasih.".into(),
            ),
            Block::Signature {
                above: vec!["Hormat kami,".into(), "CV Maju Jaya Kreatif".into()],
                name: "Rina Wulandari".into(),
                position: "Petugas Pelindungan Data Pribadi".into(),
            },
            Block::Qr {
                payload: "PDPDESK-CERT:REQ-2026-0005:3f2a9c".into(),
                caption: "Pindai untuk memeriksa keaslian surat ini.".into(),
            },
        ],
        attachments: Vec::new(),
        landscape: false,
    }
}

fn tool(name: &str) -> bool {
    Command::new(name).arg("-v").output().is_ok()
}

#[test]
fn a_long_letter_breaks_its_table_across_numbered_pages() {
    let mut doc = letter(120);
    if let Block::Letterhead(head) = &mut doc.blocks[0] {
        head.logo = Some(include_bytes!("../../../src-tauri/icons/icon.png").to_vec());
    }
    let bytes = render(&doc).expect("the letter renders").bytes;
    // Kept with the test run's artefacts, to look at as pages (pdftoppm).
    let artefacts = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../artefacts/pdf");
    if std::fs::create_dir_all(&artefacts).is_ok() {
        let _ = std::fs::write(artefacts.join("letter-sample.pdf"), &bytes);
    }
    assert!(bytes.starts_with(b"%PDF"), "a PDF");
    assert!(
        bytes.len() < 150_000,
        "fonts are subset, not embedded whole: {} bytes",
        bytes.len()
    );
    assert!(
        tool("pdftotext") && tool("pdfinfo"),
        "poppler-utils must be installed to read the PDF back (scripts/setup does)"
    );
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("surat.pdf");
    std::fs::write(&pdf, &bytes).unwrap();
    let info = Command::new("pdfinfo").arg(&pdf).output().unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo gives the page count");
    assert!(pages >= 3, "120 rows take several pages: {pages}");
    assert!(info.contains("A4"), "A4 paper: {info}");
    assert!(
        info.contains("Tanggapan atas Permohonan"),
        "the title is in the metadata: {info}"
    );

    let out = Command::new("pdftotext")
        .args(["-layout"])
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let per_page: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert_eq!(per_page.len(), pages);
    for (i, page) in per_page.iter().enumerate() {
        assert!(
            page.contains(&format!("Halaman {} dari {pages}", i + 1)),
            "page {} is numbered: {page}",
            i + 1
        );
    }
    let with_table: Vec<&&str> = per_page.iter().filter(|p| p.contains("ekspor_")).collect();
    assert!(with_table.len() >= 2, "the table spans pages");
    for page in &with_table {
        assert!(
            page.contains("Sumber") && page.contains("Diperiksa"),
            "the header row is repeated on every page of the table: {page}"
        );
    }
    for n in [1, 60, 120] {
        assert!(
            text.contains(&format!("ekspor_{n:03}.csv")),
            "row {n} is printed, none lost at a page break"
        );
    }
    for said in [
        "CV MAJU JAYA KREATIF",
        "Renée Dédé Santoso",
        "“akses",
        "penelusuran yang wajar —",
        "Rina Wulandari",
        "Nomor 012/PDP/XII/2026",
    ] {
        assert!(text.contains(said), "{said:?} comes back as written");
    }
    let fonts = Command::new("pdffonts").arg(&pdf).output().unwrap();
    let fonts = String::from_utf8_lossy(&fonts.stdout);
    assert!(
        fonts.contains("NotoSans") && !fonts.contains(" no  "),
        "Noto Sans embedded: {fonts}"
    );
}

#[test]
fn a_short_letter_is_one_page_and_a_damaged_logo_is_left_out() {
    let mut doc = letter(3);
    if let Block::Letterhead(head) = &mut doc.blocks[0] {
        head.logo = Some(b"not a png".to_vec());
    }
    let bytes = render(&doc)
        .expect("a bad logo does not stop the letter")
        .bytes;
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("surat.pdf");
    std::fs::write(&pdf, &bytes).unwrap();
    let info = Command::new("pdfinfo").arg(&pdf).output().unwrap();
    assert!(
        String::from_utf8_lossy(&info.stdout).contains("Pages:           1"),
        "three rows fit on the first page"
    );
}
