//! Why a kind of letter does not fit a request now, as a code the window words and as English.

use super::ground::Proof;
use crate::register::RequestState;
use crate::vocabulary::Right;
use serde::Serialize;
use ts_rs::TS;

/// Why a kind does not fit a request now; `Display` is the English of `Offer::not_now`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "code", content = "params", rename_all = "snake_case")]
#[ts(export)]
pub enum NotNow {
    /// A "done" letter for a right the request does not ask for.
    RightNotAsked {
        right: Right,
    },
    NotSearched,
    /// Searched, but no record is confirmed as the requester's.
    NothingConfirmed,
    /// Records are confirmed: not a no-data answer.
    RecordsConfirmed,
    /// A forwarding, but the office is the controller.
    OfficeIsController,
    NotExtended,
    /// A request for proof of identity on a request that has ended.
    RequestEnded {
        state: RequestState,
    },
    Withdrawn,
    /// A request for proof of identity when everything the level asks is met.
    AlreadyVerified,
    /// A request for proof of identity when the level for the rights asks none.
    NothingToVerify,
    /// The deletion certificate is issued as a certificate (`pdpdesk certificate issue`).
    Certificate,
}

impl NotNow {
    /// The code as it is in JSON (`Offer.why_not.code`, an error's `reason`).
    pub fn code(&self) -> &'static str {
        match self {
            NotNow::RightNotAsked { .. } => "right_not_asked",
            NotNow::NotSearched => "not_searched",
            NotNow::NothingConfirmed => "nothing_confirmed",
            NotNow::RecordsConfirmed => "records_confirmed",
            NotNow::OfficeIsController => "office_is_controller",
            NotNow::NotExtended => "not_extended",
            NotNow::RequestEnded { .. } => "request_ended",
            NotNow::Withdrawn => "withdrawn",
            NotNow::AlreadyVerified => "already_verified",
            NotNow::NothingToVerify => "nothing_to_verify",
            NotNow::Certificate => "certificate",
        }
    }

    /// Why proof of identity is not asked, if it is not.
    pub fn of_proof(proof: Proof) -> Option<NotNow> {
        match proof {
            Proof::Outstanding => None,
            Proof::Complete => Some(NotNow::AlreadyVerified),
            Proof::NotAsked => Some(NotNow::NothingToVerify),
        }
    }
}

impl std::fmt::Display for NotNow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotNow::RightNotAsked { right } => write!(f, "the request does not ask for {right}"),
            NotNow::NotSearched => {
                f.write_str("search the office's sources for this request first")
            }
            NotNow::NothingConfirmed => f.write_str(
                "no record is confirmed as the requester's: the no-data letter answers this",
            ),
            NotNow::RecordsConfirmed => f.write_str(
                "records are confirmed as the requester's: this is not a no-data answer",
            ),
            NotNow::OfficeIsController => {
                f.write_str("the office is the controller of this request's data")
            }
            NotNow::NotExtended => f.write_str("the policy window has not been extended"),
            NotNow::RequestEnded { state } => write!(f, "the request is {state}"),
            NotNow::Withdrawn => f.write_str("the requester withdrew the request"),
            NotNow::AlreadyVerified => f.write_str(
                "the requester is verified: everything the office asks for these rights is met",
            ),
            NotNow::NothingToVerify => {
                f.write_str("the office asks no proof of identity for the rights of this request")
            }
            NotNow::Certificate => f.write_str(
                "the deletion certificate is signed and issued with pdpdesk certificate issue",
            ),
        }
    }
}
