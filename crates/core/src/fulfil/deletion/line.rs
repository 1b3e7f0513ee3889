//! One line of a request's action plan: a confirmed record, where it is, and what is done with
//! it. Kept as JSON with each redaction run, so the plan a redaction carried out can be shown
//! after the export was replaced by its redacted copy.

use super::plan::{Action, Because};
use crate::sources::{Locator, SourceKind};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One confirmed record and what is done with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PlanLine {
    /// The hit's number in the latest search (`pdpdesk plan set --hit N`).
    pub hit: i64,
    pub source: String,
    pub file: String,
    pub kind: SourceKind,
    pub record: u64,
    pub locator: Locator,
    /// The id the source system knows the record by (contact id, invoice number…).
    pub record_id: Option<String>,
    pub dated: Option<NaiveDate>,
    /// What is done: staff's change, else the default.
    pub action: Action,
    pub because: Because,
    /// The default, when staff changed it.
    pub default: Option<Action>,
    /// Why the default was proposed, when staff changed it (`because` then gives their reason).
    #[serde(default)]
    pub default_because: Option<Because>,
    pub changed_by: Option<String>,
    pub changed_at: Option<DateTime<Utc>>,
}
