//! The register as CSV for a spreadsheet: UTF-8 with a byte-order mark (so Excel reads the
//! accents), CRLF line ends, and the separator and decimal mark Excel expects in the export's
//! language (Indonesian: `;` and `2,5`, as in Excel's Indonesian list settings; English: `,` and
//! `2.5`). Cells that a spreadsheet would run as a formula are defused.

use super::rows::RegisterRow;
use super::words;
use crate::fulfil::bundle::cell::neutralise;
use crate::language::Language;
use crate::{CoreError, Result};

/// The byte-order mark in front of the text.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The column headers in `lang`, the times' columns naming the office's clock (`zone`: WITA).
pub fn header(lang: Language, zone: &str) -> Vec<String> {
    let (id, en): (&[&str], &[&str]) = (
        &[
            "No. permintaan",
            "Diterima",
            "Hak",
            "Pemohon (inisial)",
            "E-mail (disamarkan)",
            "Telepon (disamarkan)",
            "Status",
            "Tenggat kebijakan",
            "Diperpanjang",
            "Tenggat UU (3x24 jam)",
            "Dijawab / berakhir",
            "Hari sampai dijawab",
            "Ketepatan waktu",
            "Terlambat (kebijakan)",
            "Terlambat (UU)",
            "Hasil",
        ],
        &[
            "Request no.",
            "Received",
            "Rights",
            "Requester (initials)",
            "E-mail (masked)",
            "Phone (masked)",
            "State",
            "Policy due date",
            "Extended",
            "Statutory due (3x24 h)",
            "Answered / ended",
            "Days to answer",
            "Timeliness",
            "Late (policy)",
            "Late (law)",
            "Outcome",
        ],
    );
    let names = match lang {
        Language::Id => id,
        Language::En => en,
    };
    names
        .iter()
        .enumerate()
        .map(|(i, n)| match i {
            1 | 9 | 10 => format!("{n} ({zone})"),
            _ => n.to_string(),
        })
        .collect()
}

/// One row's cells in `lang`.
pub fn cells(row: &RegisterRow, lang: Language) -> Vec<String> {
    let stamp = |at: chrono::DateTime<chrono::FixedOffset>| at.format("%Y-%m-%d %H:%M").to_string();
    let days = row.days_to_answer.map_or(String::new(), |d| {
        let text = format!("{:.1}", (d * 10.0).round() / 10.0);
        match lang {
            Language::Id => text.replace('.', ","),
            Language::En => text,
        }
    });
    let rights: Vec<&str> = row.rights.iter().map(|r| words::right(*r, lang)).collect();
    vec![
        row.id.clone(),
        stamp(row.received_at),
        rights.join("; "),
        words::initials(&row.requester, lang),
        row.requester.emails.join("; "),
        row.requester.phones.join("; "),
        words::state(row.state, lang).into(),
        row.policy_due.to_string(),
        words::yes_no(row.extended, lang).into(),
        row.statutory_due.map(stamp).unwrap_or_default(),
        row.ended_at.map(stamp).unwrap_or_default(),
        days,
        words::timeliness(row.timeliness, false, false, lang),
        words::yes_no(row.late_policy, lang).into(),
        words::yes_no(row.late_statutory, lang).into(),
        words::outcome(row.outcome, lang).into(),
    ]
}

/// The whole file.
pub fn write(rows: &[RegisterRow], lang: Language, zone: &str) -> Result<Vec<u8>> {
    let delimiter = match lang {
        Language::Id => b';',
        Language::En => b',',
    };
    let mut out = ::csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(::csv::Terminator::CRLF)
        .from_writer(BOM.to_vec());
    let fail = |e: ::csv::Error| CoreError::Internal(format!("the CSV could not be written: {e}"));
    out.write_record(header(lang, zone)).map_err(fail)?;
    for row in rows {
        let cells = cells(row, lang);
        out.write_record(cells.iter().map(|c| neutralise(c).into_owned()))
            .map_err(fail)?;
    }
    out.into_inner()
        .map_err(|e| CoreError::Internal(format!("the CSV could not be written: {e}")))
}
