//! A letter as kept with its request: its number, its text as issued, its PDF and whether it
//! was sent.

use super::LetterKind;
use crate::language::Language;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct IssuedLetter {
    pub id: i64,
    pub request_id: String,
    pub kind: LetterKind,
    pub language: Language,
    pub number: String,
    pub dated: NaiveDate,
    pub numbered_at: DateTime<Utc>,
    pub actor: String,
    /// The letter's text as issued (header, ---, body).
    pub text: String,
    /// The same answer as an e-mail, ready to copy (set once the PDF is written).
    pub email_subject: Option<String>,
    pub email_body: Option<String>,
    /// The PDF, relative to the data folder; null when the number is void.
    pub file: Option<String>,
    pub sha256: Option<String>,
    pub bytes: Option<u64>,
    pub pages: Option<u32>,
    pub issued_at: Option<DateTime<Utc>>,
    /// Why the number was taken but no PDF kept (the print failed). The number is not reused.
    pub void_reason: Option<String>,
    pub sent_to: Option<String>,
    pub sent_at: Option<DateTime<Utc>>,
}
