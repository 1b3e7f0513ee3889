//! The checklist per source system, the rules: the exports are only copies, the real deletion
//! (or correction, restriction…) happens in Chatwoot, Jurnal, Wix and the others. For each
//! system the plan touches: the records to act on there, by the id that system knows them by,
//! what to do with each, and short instructions in both languages.

use super::plan::Action;
use crate::processing::Bilingual;
use crate::sources::{Locator, SourceKind};
use crate::vocabulary::names;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A system the office keeps personal data in, where the plan is carried out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum System {
    Chatwoot,
    Jurnal,
    Wix,
    GoogleForms,
    Flamingo,
    Whatsapp,
    Mailbox,
    Other,
}

names!(System {
    Chatwoot => "chatwoot",
    Jurnal => "jurnal",
    Wix => "wix",
    GoogleForms => "google-forms",
    Flamingo => "flamingo",
    Whatsapp => "whatsapp",
    Mailbox => "mailbox",
    Other => "other",
}, "system");

impl System {
    /// The system an export of this kind comes from.
    pub fn of(kind: SourceKind) -> System {
        match kind {
            SourceKind::ChatwootContacts | SourceKind::ChatwootConversations => System::Chatwoot,
            SourceKind::JurnalInvoices | SourceKind::JurnalCustomers => System::Jurnal,
            SourceKind::WixForms => System::Wix,
            SourceKind::GoogleForms => System::GoogleForms,
            SourceKind::Flamingo => System::Flamingo,
            SourceKind::WhatsappChat => System::Whatsapp,
            SourceKind::Mail => System::Mailbox,
            _ => System::Other,
        }
    }

    /// Where in the system staff find the records, in both languages.
    pub fn instructions(self) -> Bilingual {
        let (id, en) = match self {
            System::Chatwoot => (
                "Chatwoot: buka Contacts, cari ID kontak di bawah, lalu Delete contact (percakapannya ikut terhapus). Untuk koreksi: Edit contact.",
                "Chatwoot: open Contacts, find each contact ID below, then Delete contact (its conversations go with it). To correct: Edit contact.",
            ),
            System::Jurnal => (
                "Jurnal: faktur wajib disimpan; jangan hapus faktur yang ditahan. Di Kontak, hapus atau samarkan data pelanggan yang tidak ditahan; tandai kontak yang dibatasi agar tidak dipakai lagi.",
                "Jurnal: invoices must be kept; do not delete retained invoices. Under Contacts, delete or blank the customer data that is not retained; mark restricted contacts so they are not used again.",
            ),
            System::Wix => (
                "Wix: Dasbor → Formulir & Kiriman, cari ID kiriman di bawah, lalu hapus kirimannya.",
                "Wix: Dashboard → Forms & Submissions, find each submission ID below, then delete the submission.",
            ),
            System::GoogleForms => (
                "Google Forms: tab Jawaban → Individual, cari jawaban dengan waktu di bawah, lalu Hapus jawaban; hapus juga barisnya di Google Sheets yang terhubung.",
                "Google Forms: Responses tab → Individual, find each response by the time below, then Delete response; delete its row in the linked Google Sheet too.",
            ),
            System::Flamingo => (
                "WordPress → Flamingo → Inbound Messages, cari pesan di bawah, lalu Move to Trash dan kosongkan Trash.",
                "WordPress → Flamingo → Inbound Messages, find each message below, then Move to Trash and empty the Trash.",
            ),
            System::Whatsapp => (
                "WhatsApp (HP kantor): buka chat di bawah; hapus pesan yang disebut (Hapus untuk saya) atau seluruh chat 1:1 (Hapus chat), termasuk medianya; hapus cadangan lama bila ada.",
                "WhatsApp (office phone): open the chat below; delete the listed messages (Delete for me) or the whole 1:1 chat (Delete chat), media included; remove old backups where there are any.",
            ),
            System::Mailbox => (
                "Kotak surat: cari pesan dengan Message-ID di bawah, hapus, lalu kosongkan Sampah.",
                "Mailbox: find each message by the Message-ID below, delete it, then empty the Trash.",
            ),
            System::Other => (
                "Sistem lain / berkas lokal: cari baris di bawah dan lakukan tindakannya di sistem asal berkas itu.",
                "Other systems / local files: find each row below and carry out its action in the system the file came from.",
            ),
        };
        Bilingual {
            id: id.into(),
            en: en.into(),
        }
    }
}

/// One record to act on in a system.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ChecklistRecord {
    pub file: String,
    pub record: u64,
    /// What the system knows it by: its id, else where it is in the export.
    pub reference: String,
    /// The id the system knows it by, and where it is in the export: the window words the
    /// reference from these.
    pub record_id: Option<String>,
    pub locator: Locator,
    pub action: Action,
}

/// A system's line of the checklist.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ChecklistLine {
    pub system: System,
    pub instructions: Bilingual,
    pub records: Vec<ChecklistRecord>,
}

/// What the checklist needs of one plan line.
pub struct ToDo<'a> {
    pub kind: SourceKind,
    pub file: &'a str,
    pub record: u64,
    pub record_id: Option<&'a str>,
    pub locator: &'a Locator,
    pub action: &'a Action,
}

fn reference(todo: &ToDo) -> String {
    reference_of(todo.record_id, todo.locator)
}

/// What a system knows a record by: its id, else where it is in the export.
pub fn reference_of(record_id: Option<&str>, locator: &Locator) -> String {
    if let Some(id) = record_id {
        return id.to_string();
    }
    match locator {
        Locator::Line { line } => format!("line {line}"),
        Locator::Cell { sheet, row } => format!("{sheet} row {row}"),
        Locator::Message { index, line } => format!("message {index} (line {line})"),
        Locator::Mail { message_id } => message_id.clone(),
    }
}

/// The checklist of a plan: one line per system, in a fixed order, each record once.
pub fn checklist<'a>(todos: impl IntoIterator<Item = ToDo<'a>>) -> Vec<ChecklistLine> {
    let mut lines: Vec<ChecklistLine> = Vec::new();
    for todo in todos {
        let system = System::of(todo.kind);
        let record = ChecklistRecord {
            file: todo.file.to_string(),
            record: todo.record,
            reference: reference(&todo),
            record_id: todo.record_id.map(str::to_string),
            locator: todo.locator.clone(),
            action: todo.action.clone(),
        };
        match lines.iter_mut().find(|l| l.system == system) {
            Some(line) => line.records.push(record),
            None => lines.push(ChecklistLine {
                system,
                instructions: system.instructions(),
                records: vec![record],
            }),
        }
    }
    lines.sort_by_key(|l| l.system);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_are_grouped_by_the_system_they_live_in_with_the_id_it_knows() {
        let line = Locator::Line { line: 7 };
        let delete = Action::Delete;
        let todos = vec![
            ToDo {
                kind: SourceKind::JurnalInvoices,
                file: "faktur.csv",
                record: 2,
                record_id: Some("INV-2024-0042#1"),
                locator: &line,
                action: &delete,
            },
            ToDo {
                kind: SourceKind::ChatwootContacts,
                file: "contacts.csv",
                record: 1,
                record_id: Some("101"),
                locator: &line,
                action: &delete,
            },
            ToDo {
                kind: SourceKind::ChatwootConversations,
                file: "conversations.csv",
                record: 4,
                record_id: None,
                locator: &line,
                action: &delete,
            },
        ];
        let list = checklist(todos);
        let systems: Vec<System> = list.iter().map(|l| l.system).collect();
        assert_eq!(
            systems,
            vec![System::Chatwoot, System::Jurnal],
            "one line per system"
        );
        let refs: Vec<&str> = list[0]
            .records
            .iter()
            .map(|r| r.reference.as_str())
            .collect();
        assert_eq!(
            refs,
            vec!["101", "line 7"],
            "the id, else the place in the export"
        );
        for s in System::ALL {
            let i = s.instructions();
            assert!(
                !i.id.is_empty() && !i.en.is_empty(),
                "{s} has instructions in both languages"
            );
        }
    }
}
