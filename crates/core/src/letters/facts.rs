//! What a letter may say: the named values its template's placeholders are filled from, and the
//! tables it may hold. The use case gathers them from the request, the office, the clocks, the
//! verification and the search; a value that cannot be known yet carries the reason instead.

use crate::pdf::Table;
use crate::{CoreError, Result};
use std::collections::BTreeMap;

/// Every placeholder a template may use, with what it holds (shown to staff who edit a
/// template, and named by the error for an unknown one).
pub const PLACEHOLDERS: &[(&str, &str)] = &[
    ("office_name", "the office's name"),
    ("office_address", "the office's address"),
    ("office_city", "the city letters are dated from"),
    ("today", "the letter's date, written out"),
    ("request_id", "the request's number (REQ-2026-0001)"),
    ("requester_name", "the requester's name"),
    ("addressee", "Bapak/Ibu and the name; Mr/Ms and the name"),
    (
        "requester_contact",
        "the requester's postal address or e-mail",
    ),
    (
        "subject_name",
        "the data subject's name (the requester's, or whom an agent acts for)",
    ),
    (
        "received_date",
        "the date the request was received, written out",
    ),
    ("received_via", "how it came: e-mail, telepon, surat…"),
    ("rights", "the rights asked for, in words"),
    ("policy_days", "the office's window in working days"),
    (
        "policy_due",
        "the last day of the office's window, written out",
    ),
    (
        "statutory_due",
        "the end of the 3×24-hour clock (date and time); only for the rights that carry it",
    ),
    (
        "statutory_rights",
        "the rights that carry the 3×24-hour clock",
    ),
    (
        "verification_needed",
        "what the requester still has to show",
    ),
    ("reply_by", "the date the requester should answer by"),
    ("extension_reason", "why the window was extended"),
    ("search_date", "when the office last searched its records"),
    ("sources_searched", "how many files were searched"),
    (
        "confirmed_count",
        "how many records staff confirmed as the subject's",
    ),
    ("controller_name", "the controller the office processes for"),
    ("controller_contact", "the controller's contact"),
    (
        "ground_identity",
        "set when the refusal is because the identity was not verified",
    ),
    (
        "ground_third_party",
        "set when the refusal protects other people's data (Pasal 33)",
    ),
    (
        "ground_exception",
        "set when an exception of Pasal 15 applies",
    ),
    ("bundle_file", "the portability ZIP's file name"),
    ("bundle_sha256", "the portability ZIP's SHA-256"),
    (
        "passcode_route",
        "how the ZIP's passcode reaches the requester",
    ),
    ("access_pack_file", "the access pack's file name"),
    ("access_pack_sha256", "the access pack's SHA-256"),
    (
        "access_pack_passcode_route",
        "how the access pack's passcode reaches the requester",
    ),
    (
        "plan_deleted",
        "how many records were deleted (only when some were; the done letters)",
    ),
    (
        "plan_retained",
        "how many records are kept because the law requires it (only when some are)",
    ),
    (
        "retained_until",
        "the last day a retained record is kept, written out; it is deleted then",
    ),
    (
        "nothing_retained",
        "set when the plan keeps no record on a legal ground",
    ),
    (
        "plan_restricted",
        "how many records are restricted: kept, not processed further (only when some are)",
    ),
    (
        "plan_corrected",
        "how many records were corrected (only when some were)",
    ),
    (
        "plan_stopped",
        "how many records are no longer processed for the purposes asked (only when some are)",
    ),
    (
        "stopped_purposes",
        "the purposes processing stopped for (only when the register names some)",
    ),
];

/// Placeholders that stand alone in a paragraph and become a table.
pub const TABLES: &[(&str, &str)] = &[
    (
        "search_record",
        "every file searched, when, and what was found, zero included",
    ),
    (
        "confirmed_records",
        "the records staff confirmed as the subject's",
    ),
    (
        "plan_by_system",
        "per source system and export: what was done and to how many records (the done letters)",
    ),
    (
        "retained_records",
        "each record kept by law: where, on which ground, and the day it will be deleted",
    ),
    (
        "corrections",
        "each correction: the record, the field and its new value",
    ),
];

/// The values of one letter.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    values: BTreeMap<&'static str, String>,
    /// Why a value cannot be given yet ("make the portability bundle first").
    reasons: BTreeMap<&'static str, String>,
    tables: BTreeMap<&'static str, Table>,
    /// Why a table cannot be given ("search first", "no record is retained").
    table_reasons: BTreeMap<&'static str, String>,
}

impl Facts {
    /// Gives `name` (one of [`PLACEHOLDERS`]) its value.
    pub fn set(&mut self, name: &'static str, value: impl Into<String>) {
        self.reasons.remove(name);
        self.values.insert(name, value.into());
    }

    /// Says why `name` has no value for this request.
    pub fn missing(&mut self, name: &'static str, reason: impl Into<String>) {
        self.values.remove(name);
        self.reasons.insert(name, reason.into());
    }

    pub fn table(&mut self, name: &'static str, table: Table) {
        self.table_reasons.remove(name);
        self.tables.insert(name, table);
    }

    /// Says why the table `name` has no rows for this request.
    pub fn missing_table(&mut self, name: &'static str, reason: impl Into<String>) {
        self.tables.remove(name);
        self.table_reasons.insert(name, reason.into());
    }

    /// Why the table `name` cannot be given, if a reason was said.
    pub fn table_reason(&self, name: &str) -> Option<&str> {
        self.table_reasons.get(name).map(String::as_str)
    }

    pub fn value(&self, name: &str) -> Option<&str> {
        self.values.get(name).map(String::as_str)
    }

    pub fn get_table(&self, name: &str) -> Option<&Table> {
        self.tables.get(name)
    }

    /// The value of `name`, or an error saying why it has none.
    pub fn require(&self, name: &str) -> Result<&str> {
        if let Some(v) = self.value(name) {
            return Ok(v);
        }
        let why = self
            .reasons
            .get(name)
            .cloned()
            .unwrap_or_else(|| "it has no value for this request".into());
        Err(CoreError::invalid(
            "letter_text",
            "unfilled_placeholder",
            format!("the placeholder {{{name}}} cannot be filled: {why}"),
        ))
    }
}
