//! The register of requests on paper: A4 on its side (eleven columns), the office's letterhead,
//! the period and the office in the heading, the totals, then one line per request with the
//! requester masked; page numbers and a running header from the page layer.

use super::rows::RegisterRow;
use super::{words, Period, Totals};
use crate::language::Language;
use crate::letters::words::date;
use crate::pdf::{Block, Document, Letterhead, PageWords, Table};
use chrono::{DateTime, FixedOffset};

/// What the page says besides the lines.
#[derive(Debug, Clone)]
pub struct Heading {
    pub letterhead: Letterhead,
    pub office: String,
    pub period: Period,
    /// When the export was made, on the office's clock, and by whom.
    pub made_at: DateTime<FixedOffset>,
    pub made_by: String,
    pub policy_days: u32,
    /// The office's clock, as its abbreviation (WITA).
    pub zone: String,
}

/// A time in a table's cell: the date, and the time under it.
fn cell_time(at: DateTime<FixedOffset>, lang: Language) -> String {
    at.format(match lang {
        Language::Id => "%d-%m-%Y\n%H.%M",
        Language::En => "%Y-%m-%d\n%H:%M",
    })
    .to_string()
}

fn cell_date(d: chrono::NaiveDate, lang: Language) -> String {
    d.format(match lang {
        Language::Id => "%d-%m-%Y",
        Language::En => "%Y-%m-%d",
    })
    .to_string()
}

fn stamp(at: DateTime<FixedOffset>, lang: Language) -> String {
    format!(
        "{} {}",
        date(at.date_naive(), lang),
        at.format(match lang {
            Language::Id => "%H.%M",
            Language::En => "%H:%M",
        })
    )
}

fn period_words(p: Period, lang: Language) -> String {
    format!("{} – {}", date(p.from, lang), date(p.to, lang))
}

fn line(i: usize, r: &RegisterRow, lang: Language) -> Vec<String> {
    let mut requester = vec![words::initials(&r.requester, lang)];
    requester.extend(r.requester.emails.iter().cloned());
    requester.extend(r.requester.phones.iter().cloned());
    let rights: Vec<&str> = r.rights.iter().map(|x| words::right(*x, lang)).collect();
    let policy = if r.extended {
        format!(
            "{}\n{}",
            cell_date(r.policy_due, lang),
            lang.pick("(diperpanjang)", "(extended)")
        )
    } else {
        cell_date(r.policy_due, lang)
    };
    vec![
        i.to_string(),
        r.id.clone(),
        cell_time(r.received_at, lang),
        rights.join("\n"),
        requester.join("\n"),
        words::state(r.state, lang).into(),
        policy,
        r.statutory_due.map_or("–".into(), |d| cell_time(d, lang)),
        r.ended_at.map_or("–".into(), |d| cell_time(d, lang)),
        words::timeliness(r.timeliness, r.late_policy, r.late_statutory, lang),
        words::outcome(r.outcome, lang).into(),
    ]
}

/// The register's document in `lang`.
pub fn document(h: &Heading, rows: &[RegisterRow], lang: Language) -> Document {
    let t = Totals::of(rows);
    let title = lang.pick(
        "Register Permintaan Hak Subjek Data Pribadi",
        "Register of Data Subject Requests",
    );
    let period = period_words(h.period, lang);
    let columns: Vec<(String, f32)> = [
        (lang.pick("No.", "No."), 0.035),
        (lang.pick("Nomor", "Request"), 0.105),
        (lang.pick("Diterima", "Received"), 0.08),
        (lang.pick("Hak", "Rights"), 0.12),
        (
            lang.pick("Pemohon (disamarkan)", "Requester (masked)"),
            0.155,
        ),
        (lang.pick("Status", "State"), 0.07),
        (lang.pick("Tenggat kebijakan", "Policy due"), 0.08),
        (
            lang.pick("Tenggat UU (3×24 jam)", "Statutory due (3×24 h)"),
            0.08,
        ),
        (lang.pick("Dijawab / berakhir", "Answered / ended"), 0.08),
        (lang.pick("Ketepatan waktu", "Timeliness"), 0.10),
        (lang.pick("Hasil", "Outcome"), 0.095),
    ]
    .into_iter()
    .map(|(n, w)| (n.to_string(), w))
    .collect();
    let mut blocks = vec![
        Block::Letterhead(h.letterhead.clone()),
        Block::Title {
            text: title.into(),
            under: Some(format!("{} {period}", lang.pick("Periode", "Period"))),
        },
        Block::Fields(vec![
            (lang.pick("Pengendali", "Controller").into(), h.office.clone()),
            (lang.pick("Periode penerimaan", "Received in").into(), period.clone()),
            (
                lang.pick("Dibuat", "Made").into(),
                format!("{} {} {} {}", stamp(h.made_at, lang), h.zone, lang.pick("oleh", "by"), h.made_by),
            ),
            (
                lang.pick("Waktu", "Times").into(),
                format!("{} {}", lang.pick("semua waktu dalam", "all times in"), h.zone),
            ),
            (
                lang.pick("Tenggat", "Deadlines").into(),
                match lang {
                    Language::Id => format!(
                        "kebijakan kantor {} hari kerja; UU PDP 3 × 24 jam untuk akses, perbaikan, penarikan persetujuan dan pembatasan (Pasal 30, 32, 40, 41)",
                        h.policy_days
                    ),
                    Language::En => format!(
                        "office policy {} working days; UU PDP 3 × 24 hours for access, correction, consent withdrawal and restriction (Art. 30, 32, 40, 41)",
                        h.policy_days
                    ),
                },
            ),
        ]),
        Block::Heading(lang.pick("Ringkasan", "Totals").into()),
        Block::Table(Table {
            columns: [
                lang.pick("Diterima", "Received"),
                lang.pick("Dijawab", "Answered"),
                lang.pick("Tepat waktu", "On time"),
                lang.pick("Terlambat", "Late"),
                lang.pick("Masih berjalan", "Open"),
                lang.pick("Ditarik pemohon", "Withdrawn"),
            ]
            .into_iter()
            .map(|n| (n.to_string(), 1.0))
            .collect(),
            rows: vec![[t.received, t.answered, t.on_time, t.late, t.open, t.withdrawn]
                .iter()
                .map(u32::to_string)
                .collect()],
        }),
        Block::Heading(lang.pick("Daftar permintaan", "Requests").into()),
    ];
    if rows.is_empty() {
        blocks.push(Block::Paragraph(
            lang.pick(
                "Tidak ada permintaan yang diterima dalam periode ini.",
                "No request was received in this period.",
            )
            .into(),
        ));
    } else {
        blocks.push(Block::Table(Table {
            columns,
            rows: rows
                .iter()
                .enumerate()
                .map(|(i, r)| line(i + 1, r, lang))
                .collect(),
        }));
    }
    blocks.push(Block::Paragraph(
        lang.pick(
            "Pemohon ditampilkan dengan inisial nama dan kontak yang disamarkan; identitas lengkap tersimpan di PDP Desk kantor. Tepat waktu: dijawab (selesai atau ditolak) sebelum setiap tenggat yang berlaku berakhir; tenggat kebijakan memperhitungkan jeda dan perpanjangan, tenggat UU tidak mengenal jeda.",
            "Requesters are shown by their initials and masked contacts; the full identities are kept in the office's PDP Desk. On time: answered (closed or refused) before every deadline that applies ended; the policy deadline counts pauses and extensions, the statutory one knows no pause.",
        )
        .into(),
    ));
    Document {
        title: format!("{title} · {period}"),
        author: h.office.clone(),
        subject: format!("{title} · UU PDP No. 27/2022"),
        words: match lang {
            Language::Id => PageWords::Indonesian,
            Language::En => PageWords::English,
        },
        running_header: Some(format!("{} · {} · {period}", h.office, title)),
        stamp: None,
        blocks,
        attachments: Vec::new(),
        landscape: true,
    }
}
