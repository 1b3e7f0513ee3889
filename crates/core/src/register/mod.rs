//! The request register: every data-subject request, its rights, the requester, its state and the
//! history of everything that happened to it.

pub mod forwarding;
mod intake_form;
mod labels;
pub mod retention;
mod state;

pub(crate) use intake_form::ValidRequest;
pub use intake_form::{parse_instant, parse_received, NewRequest};
pub use state::RequestState;

use crate::vocabulary::{names, Channel, RequesterRole, Right};
use chrono::{DateTime, FixedOffset, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Who asks, and how to reach them. Contacts are normalised (lower-case e-mail, E.164 phone).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Requester {
    pub name: String,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub postal_address: Option<String>,
    /// Region code and last four digits only; the full NIK is never stored.
    pub nik_masked: Option<String>,
    pub role: RequesterRole,
    /// The data subject's name when an agent or guardian asks.
    pub on_behalf_of: Option<String>,
}

/// The controller a request concerns when the office only processes data for a client (a
/// software house answering for a clinic's patients): the request is routed to that client.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Controller {
    pub name: String,
    pub contact: Option<String>,
}

/// A request as the register holds it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Request {
    /// Readable number, e.g. `REQ-2026-0001` (year of receipt, running number).
    pub id: String,
    /// Time of receipt on the office's clock.
    pub received_at: DateTime<FixedOffset>,
    pub channel: Channel,
    pub rights: Vec<Right>,
    pub requester: Requester,
    pub state: RequestState,
    /// Set when the request concerns a client's end users and the office is the processor.
    pub controller: Option<Controller>,
    /// Part of the seeded demonstration data.
    pub is_demo: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// When its personal data was purged after the office's retention (the requester, history
    /// texts, evidence, searches and letters' texts are gone; the stub stays).
    #[serde(default)]
    pub purged_at: Option<DateTime<Utc>>,
}

/// What happened to a request, and who did it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum EventKind {
    Created,
    State,
    Note,
    /// The time of receipt was corrected (the text says from what, to what and why).
    ReceiptCorrected,
    /// The policy window was paused (the text is the reason).
    Pause,
    /// The policy window runs again after a pause (the text is the reason).
    Resume,
    /// The policy window got a new due date (the text says which and why).
    Extension,
    /// Staff added identifiers found on confirmed records (the text lists them and where).
    IdentifiersAdded,
    /// A verification step: a code sent, answered, wrong, locked or expired; a NIK or an
    /// authority sighted; an override of the gate.
    Verification,
    /// A letter issued, or sent by e-mail (the text gives its number and kind).
    Letter,
    /// A bundle or access pack made (the text gives its SHA-256, size and passcode use).
    Bundle,
    /// Staff changed a line of the action plan (the text says which record, to what and why).
    Plan,
    /// Local exports redacted (the text gives the files, their SHA-256 and whether originals
    /// were replaced).
    Redaction,
}

names!(EventKind {
    Created => "created",
    State => "state",
    Note => "note",
    ReceiptCorrected => "receipt-corrected",
    Pause => "pause",
    Resume => "resume",
    Extension => "extension",
    IdentifiersAdded => "identifiers-added",
    Verification => "verification",
    Letter => "letter",
    Bundle => "bundle",
    Plan => "plan",
    Redaction => "redaction",
}, "event kind");

/// One entry of a request's history. Events are append-only.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RequestEvent {
    pub at: DateTime<Utc>,
    pub actor: String,
    pub kind: EventKind,
    pub from_state: Option<RequestState>,
    pub to_state: Option<RequestState>,
    /// The reason of a state change, or the note's text.
    pub text: String,
}

/// How to sort the register: by time of receipt, or by the nearest deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum SortOrder {
    /// Newest first, the default.
    #[default]
    NewestFirst,
    OldestFirst,
    /// Open requests by their nearest deadline (the law's clock or the policy window, whichever
    /// ends first), then the ended ones, newest first.
    DueFirst,
}

/// Which requests to list.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RequestFilter {
    pub state: Option<RequestState>,
    pub right: Option<Right>,
    /// Only open requests (not closed, rejected or withdrawn).
    #[serde(default)]
    pub open_only: bool,
    /// Text that must occur in the number or the requester's name (case-insensitive).
    pub text: Option<String>,
    #[serde(default)]
    pub sort: SortOrder,
}
