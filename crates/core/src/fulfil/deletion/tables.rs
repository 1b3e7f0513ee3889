//! The two tables the done letters and the deletion certificate both print: what was done per
//! system and export, and the records kept by law with their ground and until-date.

use super::summary::{Retained, SourceAction};
use crate::language::Language;
use crate::letters::words;
use crate::pdf::Table;

/// Per system and export: the action and how many records.
pub fn by_system(rows: &[SourceAction], lang: Language) -> Table {
    Table {
        columns: vec![
            ("No.".into(), 0.07),
            (lang.pick("Sistem", "System").into(), 0.2),
            (lang.pick("Berkas ekspor", "Export").into(), 0.25),
            (lang.pick("Tindakan", "Action").into(), 0.34),
            (lang.pick("Catatan", "Records").into(), 0.14),
        ],
        rows: rows
            .iter()
            .enumerate()
            .map(|(i, r)| {
                vec![
                    (i + 1).to_string(),
                    r.system.label(lang).into(),
                    r.file.clone(),
                    r.action.words(lang).into(),
                    r.records.to_string(),
                ]
            })
            .collect(),
    }
}

/// The records kept by law: where, on which ground, until when.
pub fn retained(rows: &[Retained], lang: Language) -> Table {
    Table {
        columns: vec![
            ("No.".into(), 0.07),
            (lang.pick("Catatan", "Record").into(), 0.3),
            (lang.pick("Dasar hukum", "Legal ground").into(), 0.38),
            (lang.pick("Disimpan sampai", "Kept until").into(), 0.25),
        ],
        rows: rows
            .iter()
            .enumerate()
            .map(|(i, r)| {
                vec![
                    (i + 1).to_string(),
                    format!("{} ({}, {})", r.reference, r.system.label(lang), r.file),
                    r.ground.words(lang).into(),
                    words::date(r.until, lang),
                ]
            })
            .collect(),
    }
}
