//! The needs-a-look queue: a message that may be a request waits here, its clock running from
//! receipt, until staff decide what it is.

use crate::{CoreError, Result};
use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

/// What staff decided about a queued message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[ts(export)]
pub enum QueueDecision {
    /// Registered as this request, with the rights staff chose.
    Request { request_id: String },
    /// Not a data-subject request, for this reason.
    NotRequest { reason: String },
}

/// One message of the queue, waiting or decided.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct QueueEntry {
    /// The queue's running number (`pdpdesk intake-queue decide N`).
    #[ts(type = "number")]
    pub id: i64,
    pub sha256: String,
    pub message_id: Option<String>,
    pub source_file: String,
    pub mbox_index: Option<usize>,
    pub subject: String,
    pub from_address: Option<String>,
    /// The receipt time: the policy clock runs from here.
    pub received_at: DateTime<Utc>,
    pub received_source: String,
    pub queued_at: DateTime<Utc>,
    pub queued_by: String,
    /// Null while it waits.
    pub decision: Option<QueueDecision>,
    pub decided_at: Option<DateTime<Utc>>,
    pub decided_by: Option<String>,
}

impl QueueEntry {
    /// Ok while the entry waits; one already decided is [`CoreError::AlreadyDecided`].
    pub fn ensure_waiting(&self) -> Result<()> {
        let how = match &self.decision {
            None => return Ok(()),
            Some(QueueDecision::Request { request_id }) => {
                format!("registered as request {request_id}")
            }
            Some(QueueDecision::NotRequest { .. }) => "decided not to be a request".into(),
        };
        Err(CoreError::AlreadyDecided { id: self.id, how })
    }
}
