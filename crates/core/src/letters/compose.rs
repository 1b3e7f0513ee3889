//! A filled letter laid out as an Indonesian office letter (kop surat; Nomor, Lampiran, Perihal;
//! place and date; Kepada Yth.; the body; Hormat kami with room for the signature and stamp;
//! Tembusan), or in English with the same blocks in the same order; and the same answer as the
//! text of an e-mail.

use super::facts::Facts;
use super::template::{Filled, Part};
use super::words;
use crate::language::Language;
use crate::pdf::{Block, Document, Letterhead, PageWords, Table};
use crate::{CoreError, Result};
use chrono::NaiveDate;

/// What surrounds the body: who writes, to whom, when, under which number.
#[derive(Debug, Clone)]
pub struct Frame {
    pub lang: Language,
    pub letterhead: Letterhead,
    pub office_name: String,
    pub city: String,
    pub date: NaiveDate,
    /// `None` for a draft: it has no number yet and says DRAFT on every page.
    pub number: Option<String>,
    /// The addressee's lines under "Kepada Yth." (name, then address or e-mail).
    pub to: Vec<String>,
    pub signatory: String,
    pub position: String,
}

fn table<'a>(facts: &'a Facts, name: &str, lang: Language) -> Result<&'a Table> {
    facts.get_table(name).ok_or_else(|| {
        CoreError::invalid(
            "letter_text",
            "unfilled_placeholder",
            format!(
                "the table {{{name}}} cannot be filled: {}",
                facts.table_reason(name).unwrap_or(lang.pick(
                    "belum ada pencarian yang disimpan untuk permohonan ini",
                    "no search has been kept for this request yet"
                ))
            ),
        )
    })
}

/// The place and date line: `Denpasar, 3 Desember 2026`.
pub fn dated(frame: &Frame) -> String {
    let date = words::date(frame.date, frame.lang);
    if frame.city.trim().is_empty() {
        date
    } else {
        format!("{}, {date}", frame.city.trim())
    }
}

/// Lays a filled letter out for print.
pub fn document(frame: &Frame, filled: &Filled, facts: &Facts) -> Result<Document> {
    let lang = frame.lang;
    let id = lang == Language::Id;
    let number = frame.number.clone().unwrap_or_else(|| {
        lang.pick(
            "DRAFT (nomor diberikan saat diterbitkan)",
            "DRAFT (numbered when issued)",
        )
        .to_string()
    });
    let mut blocks = vec![
        Block::Letterhead(frame.letterhead.clone()),
        Block::Right(vec![dated(frame)]),
        Block::Fields(vec![
            (lang.pick("Nomor", "Ref. No.").into(), number.clone()),
            (
                lang.pick("Lampiran", "Attachment").into(),
                filled.attachment.clone(),
            ),
            (
                lang.pick("Perihal", "Subject").into(),
                filled.subject.clone(),
            ),
        ]),
    ];
    let mut to = vec![lang.pick("Kepada Yth.", "To:").to_string()];
    to.extend(frame.to.iter().cloned());
    if id {
        to.push("di Tempat".into());
    }
    blocks.push(Block::Lines(to));
    for part in &filled.body {
        blocks.push(match part {
            Part::Paragraph(p) => Block::Paragraph(p.clone()),
            Part::Heading(h) => Block::Heading(h.clone()),
            Part::Numbered(items) => Block::Numbered(items.clone()),
            Part::Table(name) => Block::Table(table(facts, name, lang)?.clone()),
        });
    }
    blocks.push(Block::Gap(6.0));
    blocks.push(Block::Signature {
        above: vec![
            lang.pick("Hormat kami,", "Yours sincerely,").into(),
            frame.office_name.clone(),
        ],
        name: frame.signatory.clone(),
        position: frame.position.clone(),
    });
    if !filled.cc.is_empty() {
        blocks.push(Block::Lines(vec![lang
            .pick("Tembusan:", "Copy to:")
            .into()]));
        blocks.push(Block::Numbered(filled.cc.clone()));
    }
    Ok(Document {
        title: filled.subject.clone(),
        author: frame.office_name.clone(),
        subject: format!("{} · UU PDP No. 27/2022", filled.subject),
        words: if id {
            PageWords::Indonesian
        } else {
            PageWords::English
        },
        running_header: Some(format!(
            "{} {number} · {}",
            lang.pick("Nomor", "Ref. No."),
            words::date(frame.date, lang)
        )),
        stamp: frame.number.is_none().then(|| "DRAFT".to_string()),
        blocks,
        attachments: Vec::new(),
        landscape: false,
    })
}

/// The same answer as an e-mail: the subject line and a plain-text body, tables as lines.
pub fn email(frame: &Frame, filled: &Filled, facts: &Facts) -> Result<(String, String)> {
    let lang = frame.lang;
    let subject = match &frame.number {
        Some(n) => format!("{} [{n}]", filled.subject),
        None => filled.subject.clone(),
    };
    let mut out: Vec<String> = Vec::new();
    for part in &filled.body {
        match part {
            Part::Paragraph(p) => out.push(p.clone()),
            Part::Heading(h) => out.push(h.to_uppercase()),
            Part::Numbered(items) => out.push(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| format!("{}. {item}", i + 1))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
            Part::Table(name) => {
                let t = table(facts, name, lang)?;
                let rows: Vec<String> = t
                    .rows
                    .iter()
                    .map(|row| {
                        let cells: Vec<String> = t
                            .columns
                            .iter()
                            .zip(row)
                            .skip(1)
                            .map(|((head, _), cell)| format!("{head}: {cell}"))
                            .collect();
                        format!("- {}", cells.join("; "))
                    })
                    .collect();
                out.push(rows.join("\n"));
            }
        }
    }
    out.push(format!(
        "{}\n\n{}\n{}\n{}",
        lang.pick("Hormat kami,", "Yours sincerely,"),
        frame.signatory,
        frame.position,
        frame.office_name
    ));
    if frame.number.is_some() {
        out.push(
            lang.pick(
                "Surat resmi terlampir dalam format PDF.",
                "The signed letter is attached as a PDF.",
            )
            .to_string(),
        );
    }
    Ok((subject, out.join("\n\n")))
}
