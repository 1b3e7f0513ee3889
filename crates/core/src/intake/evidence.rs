//! Evidence of receipt: the original of a message (or source record) a request came from.

use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

/// A message or record kept as evidence of receipt for a request.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Evidence {
    pub sha256: String,
    pub message_id: Option<String>,
    pub source_file: String,
    pub subject: String,
    pub received_at: DateTime<Utc>,
    /// `request` (the message that made the request), `reply`, or `record` (a source record).
    pub relation: String,
    /// Where the original is kept.
    pub path: String,
}
