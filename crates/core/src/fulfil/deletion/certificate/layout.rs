//! The certificate on paper, as an Indonesian Berita Acara is laid out: the letterhead, the
//! title with its number, the opening with the date in words, who signs and for whom, the
//! subject (masked), the request, what was done per source, what is kept and until when, the
//! local exports cleaned (with their hashes), the closing formula, place and date, the signature
//! block, and how to check it (the code, the QR code, the key's fingerprint). English follows the
//! same blocks in the same order.

use super::statement::Statement;
use super::STATEMENT_FILE;
use crate::fulfil::deletion::tables;
use crate::language::Language;
use crate::letters::words;
use crate::pdf::{Attachment, Block, Document, Letterhead, PageWords, Table};
use chrono::Datelike;

/// What the page needs beside the statement.
#[derive(Debug, Clone)]
pub struct Paper {
    pub letterhead: Letterhead,
    /// The statement's canonical bytes, embedded as `statement.json`.
    pub canonical: Vec<u8>,
    pub code: String,
    pub fingerprint: String,
    /// When it was issued, on the office's clock (`03-12-2026 10.15 WITA`).
    pub issued: String,
}

fn yes_no(v: bool, lang: Language) -> String {
    lang.pick(if v { "ya" } else { "tidak" }, if v { "yes" } else { "no" })
        .into()
}

fn opening(s: &Statement, lang: Language) -> String {
    let d = s.dated;
    match lang {
        Language::Id => format!(
            "Pada hari ini, {}, tanggal {} bulan {} tahun {} ({}), bertempat di {}, {}, yang bertanda tangan di bawah ini:",
            words::weekday(d, lang),
            words::terbilang(u64::from(d.day())),
            lang.month(d.month0()),
            words::terbilang(u64::try_from(d.year()).unwrap_or(0)),
            d.format("%d-%m-%Y"),
            s.office.name,
            s.place
        ),
        Language::En => format!(
            "On {}, {}, at {}, {}, the undersigned:",
            words::weekday(d, lang),
            words::date(d, lang),
            s.office.name,
            s.place
        ),
    }
}

fn subject(s: &Statement, lang: Language) -> Vec<(String, String)> {
    let none = || "-".to_string();
    let join = |v: &[String]| if v.is_empty() { none() } else { v.join(", ") };
    let mut fields = vec![(lang.pick("Nama", "Name").into(), s.subject.name.clone())];
    if let Some(r) = &s.subject.requester {
        fields.push((lang.pick("Diajukan oleh", "Requested by").into(), r.clone()));
    }
    fields.extend([
        ("E-mail".into(), join(&s.subject.emails)),
        (
            lang.pick("Telepon", "Phone").into(),
            join(&s.subject.phones),
        ),
        ("NIK".into(), s.subject.nik.clone().unwrap_or_else(none)),
        (
            lang.pick("Nomor permohonan", "Request").into(),
            s.request.id.clone(),
        ),
        (
            lang.pick("Diterima", "Received").into(),
            words::date(s.request.received_at.date_naive(), lang),
        ),
        (
            lang.pick("Hak yang diminta", "Rights asked").into(),
            s.request
                .rights
                .iter()
                .map(|r| r.label(lang))
                .collect::<Vec<_>>()
                .join("; "),
        ),
    ]);
    fields
}

/// A hash in groups of eight, so that it wraps at a group's end.
fn grouped(hash: &str) -> String {
    hash.as_bytes()
        .chunks(8)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

fn redactions(s: &Statement, lang: Language) -> Table {
    Table {
        columns: vec![
            ("No.".into(), 0.06),
            (lang.pick("Berkas", "File").into(), 0.25),
            (lang.pick("SHA-256 sebelum", "SHA-256 before").into(), 0.295),
            (lang.pick("SHA-256 sesudah", "SHA-256 after").into(), 0.295),
            (lang.pick("Asli diganti", "Original replaced").into(), 0.1),
        ],
        rows: s
            .redactions
            .iter()
            .enumerate()
            .map(|(i, r)| {
                vec![
                    (i + 1).to_string(),
                    r.file.clone(),
                    grouped(&r.before_sha256),
                    r.after_sha256.as_deref().map(grouped).unwrap_or_else(|| {
                        lang.pick("(seluruh berkas dihapus)", "(whole file removed)")
                            .into()
                    }),
                    yes_no(r.replaced, lang),
                ]
            })
            .collect(),
    }
}

/// The certificate as a document to print, its statement attached.
pub fn document(s: &Statement, paper: &Paper) -> Document {
    let lang = s.language;
    let date = words::date(s.dated, lang);
    let mut b = vec![
        Block::Letterhead(paper.letterhead.clone()),
        Block::Title {
            text: lang
                .pick(
                    "Berita Acara Penghapusan Data Pribadi",
                    "Certificate of Deletion of Personal Data",
                )
                .into(),
            under: Some(format!("{}: {}", lang.pick("Nomor", "No."), s.number)),
        },
        Block::Paragraph(opening(s, lang)),
        Block::Fields(vec![
            (lang.pick("Nama", "Name").into(), s.office.signatory_name.clone()),
            (lang.pick("Jabatan", "Position").into(), s.office.signatory_position.clone()),
            (
                lang.pick("Bertindak untuk", "On behalf of").into(),
                format!(
                    "{}{}",
                    s.office.name,
                    lang.pick(" selaku Pengendali Data Pribadi", ", the controller")
                ),
            ),
        ]),
        Block::Paragraph(
            lang.pick(
                "telah melaksanakan penghapusan data pribadi atas permohonan Subjek Data Pribadi berikut (Pasal 8 dan Pasal 43 Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi):",
                "have carried out the deletion of personal data at the request of the following data subject (Articles 8 and 43 of Law No. 27 of 2022 on Personal Data Protection):",
            )
            .into(),
        ),
        Block::Fields(subject(s, lang)),
        Block::Heading(lang.pick("A. Tindakan per sumber data", "A. What was done per source").into()),
        Block::Table(tables::by_system(&s.sources, lang)),
        Block::Heading(lang.pick("B. Data yang tetap disimpan", "B. Data kept").into()),
    ];
    if s.retained.is_empty() {
        b.push(Block::Paragraph(
            lang.pick("Tidak ada data yang tetap disimpan.", "No data is kept.")
                .into(),
        ));
    } else {
        b.push(Block::Paragraph(
            lang.pick(
                "Data berikut wajib disimpan menurut peraturan perundang-undangan. Data tersebut tidak diproses untuk keperluan lain dan akan dihapus pada akhir masa simpannya.",
                "The law requires the following data to be kept. It is not processed for any other purpose and will be deleted when its period ends.",
            )
            .into(),
        ));
        b.push(Block::Table(tables::retained(&s.retained, lang)));
    }
    if !s.open_systems.is_empty() {
        b.push(Block::Heading(
            lang.pick("Sistem yang belum selesai", "Systems not finished")
                .into(),
        ));
        b.push(Block::Numbered(
            s.open_systems
                .iter()
                .map(|o| format!("{}: {}", o.system.label(lang), o.why))
                .collect(),
        ));
    }
    b.push(Block::Heading(
        lang.pick(
            "C. Salinan ekspor lokal yang dibersihkan",
            "C. Local exports cleaned",
        )
        .into(),
    ));
    if s.redactions.is_empty() {
        b.push(Block::Paragraph(
            lang.pick(
                "Tidak ada berkas ekspor lokal yang perlu dibersihkan.",
                "No local export needed cleaning.",
            )
            .into(),
        ));
    } else {
        b.push(Block::Table(redactions(s, lang)));
    }
    // The closing, the place and date and the signature stay on one page.
    b.push(Block::Room(200.0));
    b.push(Block::Paragraph(
        lang.pick(
            "Demikian Berita Acara ini dibuat dengan sebenar-benarnya untuk dapat dipergunakan sebagaimana mestinya.",
            "This certificate has been made truthfully, to be used as appropriate.",
        )
        .into(),
    ));
    b.push(Block::Right(vec![format!("{}, {date}", s.place)]));
    b.push(Block::Signature {
        above: vec![
            lang.pick("Yang membuat,", "Made by,").into(),
            s.office.name.clone(),
        ],
        name: s.office.signatory_name.clone(),
        position: s.office.signatory_position.clone(),
    });
    b.push(Block::Heading(
        lang.pick("Pemeriksaan keaslian", "How to check it").into(),
    ));
    b.push(Block::Fields(vec![
        (
            lang.pick("Kode verifikasi", "Verification code").into(),
            paper.code.clone(),
        ),
        (
            lang.pick("Sidik jari kunci (SHA-256)", "Key fingerprint (SHA-256)")
                .into(),
            paper.fingerprint.clone(),
        ),
    ]));
    b.push(Block::Qr {
        payload: format!(
            "PDPDESK-BA {} {} SHA256:{}",
            s.number,
            paper.code,
            paper.fingerprint.replace(' ', "")
        ),
        caption: match lang {
            Language::Id => format!(
                "Berkas PDF ini ditandatangani secara elektronik dengan kunci Ed25519 milik {}; isinya juga terlampir sebagai {STATEMENT_FILE}. Periksa dengan perintah: pdpdesk certificate verify BERKAS.pdf. Setiap perubahan pada berkas terdeteksi. Sidik jari kunci harus sama dengan yang diumumkan kantor. Diterbitkan {}.",
                s.office.name, paper.issued
            ),
            Language::En => format!(
                "This PDF is signed electronically with the Ed25519 key of {}; its content is also attached as {STATEMENT_FILE}. Check it with: pdpdesk certificate verify FILE.pdf. Any change to the file is detected. The key's fingerprint must be the one the office publishes. Issued {}.",
                s.office.name, paper.issued
            ),
        },
    });
    let title = lang
        .pick(
            "Berita Acara Penghapusan Data Pribadi",
            "Certificate of Deletion of Personal Data",
        )
        .to_string();
    Document {
        subject: format!("{title} · {} · UU PDP No. 27/2022", s.request.id),
        title,
        author: s.office.name.clone(),
        words: match lang {
            Language::Id => PageWords::Indonesian,
            Language::En => PageWords::English,
        },
        running_header: Some(format!(
            "{} {} · {date}",
            lang.pick("Berita Acara Nomor", "Certificate No."),
            s.number
        )),
        stamp: None,
        blocks: b,
        attachments: vec![Attachment {
            name: STATEMENT_FILE.into(),
            mime: "application/json".into(),
            description: lang
                .pick(
                    "Isi berita acara yang ditandatangani (JSON kanonik)",
                    "The signed content of the certificate (canonical JSON)",
                )
                .into(),
            bytes: paper.canonical.clone(),
        }],
        landscape: false,
    }
}
