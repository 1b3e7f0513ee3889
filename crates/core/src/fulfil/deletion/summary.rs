//! What a plan comes to, as the done letters and the deletion certificate say it: per source
//! system and export the action and how many records, the records retained with their ground
//! and until-date, the corrections, the purposes stopped; and the words for each in both
//! languages.

use super::checklist::{reference_of, System};
use super::line::PlanLine;
use super::plan::{Action, Ground};
use crate::language::Language;
use crate::sources::SourceKind;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The kind of an action, without its details (`delete`, `retain`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export, rename = "PlanDone")]
pub enum Done {
    Delete,
    Retain,
    Restrict,
    Correct,
    StopProcessing,
}

impl Done {
    pub fn of(action: &Action) -> Done {
        match action {
            Action::Delete => Done::Delete,
            Action::Retain { .. } => Done::Retain,
            Action::Restrict => Done::Restrict,
            Action::Correct { .. } => Done::Correct,
            Action::StopProcessing { .. } => Done::StopProcessing,
        }
    }

    /// What was done, as a letter or the certificate says it.
    pub fn words(self, lang: Language) -> &'static str {
        match self {
            Done::Delete => lang.pick("Dihapus", "Deleted"),
            Done::Retain => lang.pick(
                "Disimpan karena kewajiban hukum, dihapus setelah masa simpan berakhir",
                "Kept as the law requires, deleted when the period ends",
            ),
            Done::Restrict => lang.pick(
                "Dibatasi: disimpan, tidak diproses lebih lanjut",
                "Restricted: kept, not processed further",
            ),
            Done::Correct => lang.pick("Diperbaiki", "Corrected"),
            Done::StopProcessing => lang.pick(
                "Pemrosesan untuk tujuan yang diminta dihentikan",
                "Processing for the purposes asked stopped",
            ),
        }
    }
}

impl System {
    /// The system's name on paper.
    pub fn label(self, lang: Language) -> &'static str {
        match self {
            System::Chatwoot => "Chatwoot",
            System::Jurnal => "Jurnal",
            System::Wix => "Wix",
            System::GoogleForms => "Google Forms",
            System::Flamingo => "Flamingo (WordPress)",
            System::Whatsapp => "WhatsApp",
            System::Mailbox => lang.pick("Kotak surat", "Mailbox"),
            System::Other => lang.pick("Sistem lain / berkas lokal", "Other system / local file"),
        }
    }
}

impl Ground {
    /// The legal ground on paper.
    pub fn words(self, lang: Language) -> &'static str {
        match self {
            Ground::Bookkeeping => lang.pick(
                "Dokumen pembukuan: UU KUP Pasal 28 ayat (11), UU 8/1997 Pasal 11 ayat (1)",
                "Bookkeeping records: General Tax Law (UU KUP) Art. 28(11), Law 8/1997 Art. 11(1)",
            ),
            Ground::LegalObligation => lang.pick(
                "Kewajiban hukum menurut daftar pemrosesan kantor",
                "A legal obligation in the office's processing register",
            ),
        }
    }
}

/// How many records of one export had one action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct SourceAction {
    pub system: System,
    pub file: String,
    pub kind: SourceKind,
    pub action: Done,
    pub records: u64,
}

/// A record kept on a legal ground until a date, then deleted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, rename = "RetainedRecord")]
pub struct Retained {
    pub system: System,
    pub file: String,
    /// What its system knows it by (the invoice number), else where it is in the export.
    pub reference: String,
    pub ground: Ground,
    pub until: NaiveDate,
}

/// A value changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    pub system: System,
    pub file: String,
    pub reference: String,
    pub field: String,
    pub new_value: String,
}

/// A plan summed up.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Summary {
    /// Per system, export and action, in the checklist's order of systems.
    pub sources: Vec<SourceAction>,
    pub retained: Vec<Retained>,
    /// Complete corrections only (a line without its new value is not carried out).
    pub corrections: Vec<Correction>,
    /// The purposes processing stopped for, each once, in the order first met.
    pub purposes: Vec<String>,
}

impl Summary {
    /// How many records had `action`.
    pub fn count(&self, action: Done) -> u64 {
        self.sources
            .iter()
            .filter(|s| s.action == action)
            .map(|s| s.records)
            .sum()
    }

    /// The latest day a retained record is kept.
    pub fn kept_until(&self) -> Option<NaiveDate> {
        self.retained.iter().map(|r| r.until).max()
    }
}

/// Sums a plan's lines up.
pub fn summarise(lines: &[PlanLine]) -> Summary {
    let mut s = Summary::default();
    for l in lines {
        let system = System::of(l.kind);
        let action = Done::of(&l.action);
        match s
            .sources
            .iter_mut()
            .find(|x| x.system == system && x.file == l.file && x.action == action)
        {
            Some(row) => row.records += 1,
            None => s.sources.push(SourceAction {
                system,
                file: l.file.clone(),
                kind: l.kind,
                action,
                records: 1,
            }),
        }
        let reference = reference_of(l.record_id.as_deref(), &l.locator);
        match &l.action {
            Action::Retain { ground, until } => s.retained.push(Retained {
                system,
                file: l.file.clone(),
                reference,
                ground: *ground,
                until: *until,
            }),
            Action::Correct {
                field: Some(field),
                new_value: Some(new_value),
            } => s.corrections.push(Correction {
                system,
                file: l.file.clone(),
                reference,
                field: field.clone(),
                new_value: new_value.clone(),
            }),
            Action::StopProcessing { purposes } => {
                for p in purposes {
                    if !s.purposes.contains(p) {
                        s.purposes.push(p.clone());
                    }
                }
            }
            _ => {}
        }
    }
    s.sources
        .sort_by(|a, b| (a.system, &a.file, a.action).cmp(&(b.system, &b.file, b.action)));
    s.retained
        .sort_by(|a, b| (a.until, &a.file, &a.reference).cmp(&(b.until, &b.file, &b.reference)));
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fulfil::deletion::plan::Because;
    use crate::sources::Locator;

    fn line(kind: SourceKind, file: &str, id: Option<&str>, action: Action) -> PlanLine {
        PlanLine {
            hit: 1,
            source: "/kantor".into(),
            file: file.into(),
            kind,
            record: 3,
            locator: Locator::Line { line: 4 },
            record_id: id.map(str::to_string),
            dated: None,
            action,
            because: Because::DeletionAsked,
            default: None,
            default_because: None,
            changed_by: None,
            changed_at: None,
        }
    }

    #[test]
    fn lines_are_counted_per_system_export_and_action_and_retained_ones_listed() {
        let until = NaiveDate::from_ymd_opt(2034, 12, 31).unwrap();
        let lines = vec![
            line(
                SourceKind::JurnalInvoices,
                "faktur.csv",
                Some("INV-7"),
                Action::Retain {
                    ground: Ground::Bookkeeping,
                    until,
                },
            ),
            line(
                SourceKind::ChatwootContacts,
                "kontak.csv",
                Some("101"),
                Action::Delete,
            ),
            line(
                SourceKind::ChatwootContacts,
                "kontak.csv",
                None,
                Action::Delete,
            ),
            line(
                SourceKind::ChatwootContacts,
                "kontak.csv",
                None,
                Action::Correct {
                    field: Some("alamat".into()),
                    new_value: Some("Jl. Melati 3".into()),
                },
            ),
            line(
                SourceKind::ChatwootContacts,
                "kontak.csv",
                None,
                Action::Correct {
                    field: None,
                    new_value: None,
                },
            ),
        ];
        let s = summarise(&lines);
        let rows: Vec<(System, Done, u64)> = s
            .sources
            .iter()
            .map(|r| (r.system, r.action, r.records))
            .collect();
        assert_eq!(
            rows,
            vec![
                (System::Chatwoot, Done::Delete, 2),
                (System::Chatwoot, Done::Correct, 2),
                (System::Jurnal, Done::Retain, 1),
            ],
            "per system and action, in the checklist's order"
        );
        assert_eq!(s.count(Done::Delete), 2);
        assert_eq!(s.retained[0].reference, "INV-7", "the invoice number");
        assert_eq!(s.kept_until(), Some(until));
        assert_eq!(
            s.corrections.len(),
            1,
            "a correction without its new value is not listed as done"
        );
        assert_eq!(s.corrections[0].reference, "line 4");
    }
}
