//! What intake makes of one message of an imported file: a proposal and how it relates to the
//! register, or why it could not be read.

use super::proposal::Proposal;
use crate::CoreError;
use serde::Serialize;
use ts_rs::TS;

/// How a message relates to the register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[ts(export)]
pub enum IntakeStatus {
    /// A request not yet in the register.
    NewRequest,
    /// May be a request: no right is certain (to queue for staff to decide).
    NeedsLook,
    /// Waiting in the needs-a-look queue as entry `queue_id`.
    Queued {
        #[ts(type = "number")]
        queue_id: i64,
    },
    /// Staff decided from the queue that it is not a request.
    Dismissed {
        #[ts(type = "number")]
        queue_id: i64,
    },
    /// Clearly not a data-subject request (registered only if staff say so).
    NotRequest,
    /// Answers a message of a registered request.
    Reply { request_id: String },
    /// Same requester and right as an open request.
    Duplicate { request_id: String },
    /// This very message was imported before.
    AlreadyImported { request_id: String },
}

/// One message of an imported file, proposed or unreadable.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct IntakeItem {
    pub file: String,
    /// 1-based position in a mailbox; null for a single .eml.
    pub index: Option<usize>,
    pub sha256: String,
    pub status: Option<IntakeStatus>,
    pub proposal: Option<Proposal>,
    /// Why the message could not be read (the file and position are in `file`/`index`).
    pub error: Option<String>,
    /// The original bytes, for registering without reading the file again.
    #[serde(skip)]
    #[ts(skip)]
    pub raw: Vec<u8>,
}

impl IntakeItem {
    /// A file that could not be read at all, as one item carrying the error.
    pub fn unreadable(file: &str, error: &CoreError) -> IntakeItem {
        IntakeItem {
            file: file.to_string(),
            index: None,
            sha256: String::new(),
            status: None,
            proposal: None,
            error: Some(error.to_string()),
            raw: Vec::new(),
        }
    }
}
