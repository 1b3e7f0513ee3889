//! What reading a source yields: records with locators, and a report per file.

use crate::identifiers::subject::{facts, Facts};
use crate::vocabulary::FieldRole;
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use ts_rs::TS;

/// The formats PDP Desk recognises without help.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum SourceKind {
    ChatwootContacts,
    ChatwootConversations,
    JurnalInvoices,
    JurnalCustomers,
    WixForms,
    GoogleForms,
    Flamingo,
    WhatsappChat,
    Mail,
    /// Any other CSV: roles guessed from the header, or mapped by staff.
    GenericCsv,
    /// Any other spreadsheet.
    GenericXlsx,
}

/// Where exactly a record stands in its file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[ts(export)]
pub enum Locator {
    /// Text files: the 1-based physical line where the record starts (header = line 1, BOM ignored).
    Line { line: u64 },
    /// Spreadsheets: the sheet and the Excel row number.
    Cell { sheet: String, row: u64 },
    /// Chats: the 1-based message index and the line it starts on.
    Message { index: u64, line: u64 },
    /// Mail: the Message-ID.
    Mail { message_id: String },
}

/// One cell: its column, its role, the value exactly as written and the cleaned value (formula
/// guards and padding removed).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Field {
    #[ts(type = "string")]
    pub column: Arc<str>,
    pub role: FieldRole,
    pub raw: String,
    pub value: String,
}

impl Field {
    /// A cell as read: the value is the raw text without formula guards and padding.
    pub fn new(column: Arc<str>, role: FieldRole, raw: String) -> Field {
        let value = super::values::clean(&raw).to_string();
        Field::with_value(column, role, raw, value)
    }

    /// A cell whose cleaned value the reader worked out itself.
    pub fn with_value(column: Arc<str>, role: FieldRole, raw: String, value: String) -> Field {
        Field {
            column,
            role,
            raw,
            value,
        }
    }

    /// What the cell means, read the Indonesian way, when its role or text says so: an ISO date
    /// for a date, a plain decimal for an amount. Worked out when asked, so reading stays fast;
    /// the raw text stays the authority.
    pub fn understood(&self) -> Option<String> {
        super::understood::understood(self.role, &self.value)
    }
}

/// One record of a source.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Record {
    /// 1-based number of the record among the file's data records.
    pub number: u64,
    pub locator: Locator,
    /// The id the source system uses (Chatwoot contact id, `invoice#line`, Wix submission id…).
    pub record_id: Option<String>,
    pub fields: Vec<Field>,
    /// What looked wrong but did not stop the record (a ragged row, a phone Excel mangled…).
    pub warnings: Vec<String>,
}

impl Record {
    /// The cleaned values of the fields with `role`.
    pub fn values(&self, role: FieldRole) -> impl Iterator<Item = &str> {
        self.fields
            .iter()
            .filter(move |f| f.role == role)
            .map(|f| f.value.as_str())
    }

    /// The identifiers the record carries, as search keys.
    pub fn facts(&self) -> Facts {
        facts(self.fields.iter().map(|f| (f.role, f.value.as_str())))
    }
}

/// A row that could not be read as a record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RowIssue {
    pub line: u64,
    pub reason: String,
}

/// A column of a tabular source with the role it was given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ColumnInfo {
    pub name: String,
    pub role: FieldRole,
}

/// What reading one file found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FileReport {
    pub file: String,
    pub kind: SourceKind,
    /// `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `windows-1252`, or null for binary formats.
    pub encoding: Option<String>,
    pub delimiter: Option<String>,
    pub columns: Vec<ColumnInfo>,
    /// True when the columns' roles were guessed and staff should confirm them.
    pub needs_mapping: bool,
    pub records: u64,
    pub records_with_warnings: u64,
    /// Rows that could not be read, each with its line and reason.
    pub rejected: Vec<RowIssue>,
    /// The first warnings (line and text), for the report.
    pub warnings: Vec<RowIssue>,
    pub bytes: u64,
}

/// At most this many warnings are kept in a report; the counts stay exact.
pub const REPORTED_WARNINGS: usize = 200;
