//! What comes next on a request: its steps in the flow's order (summary, verification, search,
//! fulfilment, letters), each done, needed or not needed for the rights asked, and the one next
//! action staff see as the primary button. Pure: the facts are gathered by `desk::guide`.

mod views;

pub use views::{RegisterEntry, RequestDetail};

use crate::letters::{LetterKind, Proof};
use crate::register::{Request, RequestState};
use crate::vocabulary::Right;
use serde::Serialize;
use ts_rs::TS;

/// A step of a request, in the flow's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum Step {
    /// The request registered and its receipt acknowledged.
    Summary,
    Verify,
    Search,
    /// The outputs the rights ask: the access pack, the portability ZIP, the redaction and the
    /// deletion certificate.
    Fulfil,
    /// The answers: one letter per right (or "no data held"), or the forwarding letters.
    Letters,
}

/// Where a step stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum StepStatus {
    Done,
    Needed,
    /// The rights asked (or what the search found, or the request's end) make it unnecessary.
    NotNeeded,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct StepState {
    pub step: Step,
    pub status: StepStatus,
}

/// The one next action on a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "action", rename_all = "kebab-case")]
#[ts(export)]
pub enum NextAction {
    /// Write and issue a letter of this kind (the receipt first, the answers last).
    IssueLetter {
        kind: LetterKind,
    },
    /// Verify the requester (a code, the NIK sighted, the agent's authority).
    Verify,
    /// E-mail the requester a one-time code: identity is still to prove, a mail server is set,
    /// the requester gave an address and no code is waiting for its answer.
    SendCode,
    /// Search the office's exports for the requester.
    Search,
    /// Decide the hits of the latest search staff have not decided.
    ConfirmHits,
    MakeAccessPack,
    MakeBundle,
    /// Carry out the deletion plan on the exports (redacted copies, then the originals replaced).
    Redact,
    IssueCertificate,
    /// Everything the rights ask is done: close the request.
    Close,
}

/// A request's steps and its next action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Guide {
    pub steps: Vec<StepState>,
    /// `null` once the request has ended.
    pub next: Option<NextAction>,
    /// The requester is not verified yet: searching may go on, but nothing may leave the office.
    pub unverified: bool,
    /// The next action is this answer letter and issuing it leaves only the closing: the window
    /// offers to close the request with it.
    pub last_letter: Option<LetterKind>,
}

/// How far the latest search was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Searched {
    pub confirmed: usize,
    pub undecided: usize,
}

/// What is known of a request beyond the request itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    /// Where the requester's proof of identity stands.
    pub proof: Proof,
    /// The level asks a code answered or the NIK sighted, and neither is: it can be done before
    /// any search.
    pub identity_missing: bool,
    /// A code can be e-mailed now: a mail server is set, the requester gave an address, and no
    /// code sent earlier is still waiting for its answer.
    pub code_by_mail: bool,
    /// `None` before any search.
    pub searched: Option<Searched>,
    pub access_pack: bool,
    pub bundle: bool,
    /// A redaction replaced the original exports.
    pub redacted: bool,
    /// Letters issued (void numbers left out), the certificate included.
    pub letters: Vec<LetterKind>,
}

/// The rights whose answer is about the requester's own records: they need a search.
fn needs_records(right: Right) -> bool {
    !matches!(right, Right::Objection | Right::Compensation)
}

/// The letter that answers a right once it is carried out (`None`: no letter of its own).
fn answer(right: Right) -> Option<LetterKind> {
    match right {
        Right::Information | Right::Access => Some(LetterKind::Access),
        Right::Portability => Some(LetterKind::Portability),
        Right::Correction => Some(LetterKind::CorrectionDone),
        Right::Deletion => Some(LetterKind::DeletionDone),
        Right::WithdrawConsent => Some(LetterKind::ConsentWithdrawn),
        Right::Restriction => Some(LetterKind::RestrictionDone),
        Right::Objection => Some(LetterKind::ObjectionAnswered),
        Right::Compensation => None,
    }
}

/// The outputs still to make, in the order staff make them.
fn outputs_due(request: &Request, facts: &Facts) -> Vec<NextAction> {
    let found = facts.searched.is_some_and(|s| s.confirmed > 0);
    if !found {
        return Vec::new();
    }
    let asks = |r: Right| request.rights.contains(&r);
    let mut due = Vec::new();
    if (asks(Right::Access) || asks(Right::Information)) && !facts.access_pack {
        due.push(NextAction::MakeAccessPack);
    }
    if asks(Right::Portability) && !facts.bundle {
        due.push(NextAction::MakeBundle);
    }
    if asks(Right::Deletion) {
        if !facts.redacted {
            due.push(NextAction::Redact);
        }
        if !facts.letters.contains(&LetterKind::DeletionCertificate) {
            due.push(NextAction::IssueCertificate);
        }
    }
    due
}

/// Whether the request has outputs at all (before or after they are made).
fn has_outputs(request: &Request) -> bool {
    request.rights.iter().any(|r| {
        matches!(
            r,
            Right::Access | Right::Information | Right::Portability | Right::Deletion
        )
    })
}

/// The answering letters still to issue, in the order of the rights asked; "no data held" in
/// place of the answers that would release or act on records when the search found none.
fn letters_due(request: &Request, facts: &Facts) -> Vec<LetterKind> {
    let issued = |k: LetterKind| facts.letters.contains(&k);
    if request.controller.is_some() {
        return [LetterKind::ForwardToController, LetterKind::ForwardedNotice]
            .into_iter()
            .filter(|k| !issued(*k))
            .collect();
    }
    let nothing_found = facts.searched.is_some_and(|s| s.confirmed == 0);
    let mut due: Vec<LetterKind> = Vec::new();
    for &right in &request.rights {
        let kind = if nothing_found && needs_records(right) {
            Some(LetterKind::NoData)
        } else {
            answer(right)
        };
        if let Some(k) = kind {
            if !issued(k) && !due.contains(&k) {
                due.push(k);
            }
        }
    }
    due
}

/// The steps of `request` and its next action.
pub fn guide(request: &Request, facts: &Facts) -> Guide {
    let mut g = work_out(request, facts);
    if let Some(NextAction::IssueLetter { kind }) = g.next {
        if kind != LetterKind::Acknowledgement {
            let mut after = facts.clone();
            after.letters.push(kind);
            if work_out(request, &after).next == Some(NextAction::Close) {
                g.last_letter = Some(kind);
            }
        }
    }
    g
}

/// The steps and the next action, without looking past it.
fn work_out(request: &Request, facts: &Facts) -> Guide {
    let open = request.state.is_open();
    let processor = request.controller.is_some();
    let acknowledged = facts.letters.contains(&LetterKind::Acknowledgement);
    let verified = facts.proof != Proof::Outstanding;
    let records = !processor && request.rights.iter().any(|r| needs_records(*r));
    let searched_all = facts.searched.is_some_and(|s| s.undecided == 0);
    let outputs = outputs_due(request, facts);
    let letters = letters_due(request, facts);
    let nothing_found = facts.searched.is_some_and(|s| s.confirmed == 0);

    let status = |done: bool, needed: bool| match (done, needed) {
        (true, _) => StepStatus::Done,
        (false, true) if open => StepStatus::Needed,
        _ => StepStatus::NotNeeded,
    };
    let steps = vec![
        StepState {
            step: Step::Summary,
            status: status(acknowledged, true),
        },
        StepState {
            step: Step::Verify,
            status: match facts.proof {
                Proof::NotAsked => StepStatus::NotNeeded,
                _ if processor => StepStatus::NotNeeded,
                p => status(p == Proof::Complete, true),
            },
        },
        StepState {
            step: Step::Search,
            status: status(records && searched_all, records),
        },
        StepState {
            step: Step::Fulfil,
            status: if processor || !has_outputs(request) || nothing_found {
                StepStatus::NotNeeded
            } else {
                status(facts.searched.is_some() && outputs.is_empty(), true)
            },
        },
        StepState {
            step: Step::Letters,
            status: status(letters.is_empty() && acknowledged, true),
        },
    ];

    let next = if !open {
        None
    } else if !acknowledged {
        Some(NextAction::IssueLetter {
            kind: LetterKind::Acknowledgement,
        })
    } else if processor {
        Some(match letters.first() {
            Some(&kind) => NextAction::IssueLetter { kind },
            None => NextAction::Close,
        })
    } else if facts.identity_missing && !verified {
        Some(if facts.code_by_mail {
            NextAction::SendCode
        } else {
            NextAction::Verify
        })
    } else if records && facts.searched.is_none() {
        Some(NextAction::Search)
    } else if facts.searched.is_some_and(|s| s.undecided > 0) {
        Some(NextAction::ConfirmHits)
    } else if !verified {
        Some(NextAction::Verify)
    } else if let Some(&action) = outputs.first() {
        Some(action)
    } else if let Some(&kind) = letters.first() {
        Some(NextAction::IssueLetter { kind })
    } else {
        Some(NextAction::Close)
    };
    Guide {
        steps,
        next,
        unverified: open && !verified && !processor,
        last_letter: None,
    }
}

/// The state a request moves to when a search is kept for it: searching, unless it is past that.
pub fn state_after_search(state: RequestState) -> Option<RequestState> {
    matches!(state, RequestState::Received | RequestState::Verifying)
        .then_some(RequestState::Searching)
}

#[cfg(test)]
mod tests;
