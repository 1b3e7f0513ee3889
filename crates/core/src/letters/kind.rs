//! The letters an office sends in answer to a request, and which of them fit a request now.

use crate::register::{Request, RequestState};
use crate::vocabulary::Right;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One kind of letter. Each has a template per language under `assets/letters/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum LetterKind {
    /// Receipt, with both clocks.
    Acknowledgement,
    /// What proof of identity is needed, why, how to answer, by when.
    VerificationRequest,
    /// The cover letter of an access pack, with the reasonable-search record.
    Access,
    /// The cover letter of a portability ZIP: its name, its SHA-256, how the passcode comes.
    Portability,
    CorrectionDone,
    ConsentWithdrawn,
    RestrictionDone,
    ObjectionAnswered,
    /// What was deleted, what is kept, on which ground and until when.
    DeletionDone,
    /// Identity not verified, third parties' rights (Pasal 33) or an exception (Pasal 15), with
    /// the right to complain.
    Refusal,
    /// The policy window's new date and the reason.
    Extension,
    /// Nothing held, with the search record that shows it.
    NoData,
    /// To the controller the office processes for, handing the request on.
    ForwardToController,
    /// To the requester: the request went to the controller.
    ForwardedNotice,
}

crate::vocabulary::names!(LetterKind {
    Acknowledgement => "acknowledgement",
    VerificationRequest => "verification-request",
    Access => "access",
    Portability => "portability",
    CorrectionDone => "correction-done",
    ConsentWithdrawn => "consent-withdrawn",
    RestrictionDone => "restriction-done",
    ObjectionAnswered => "objection-answered",
    DeletionDone => "deletion-done",
    Refusal => "refusal",
    Extension => "extension",
    NoData => "no-data",
    ForwardToController => "forward-to-controller",
    ForwardedNotice => "forwarded-notice",
}, "letter kind");

/// Whether a kind fits a request now, and if not, why.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Offer {
    pub kind: LetterKind,
    /// The letter releases data or says the request was done: the verification gate must be open.
    pub needs_verification: bool,
    /// Why it does not fit this request now; null when it does.
    pub not_now: Option<String>,
}

impl LetterKind {
    /// The letters that say data was released or a right was carried out: the verification
    /// gate guards them. A receipt, a request for proof, a refusal, an extension and a
    /// forwarding tell the requester nothing about their data.
    pub fn needs_verification(self) -> bool {
        !matches!(
            self,
            LetterKind::Acknowledgement
                | LetterKind::VerificationRequest
                | LetterKind::Refusal
                | LetterKind::Extension
                | LetterKind::ForwardToController
                | LetterKind::ForwardedNotice
        )
    }

    /// The right a "done" letter answers, if it answers one.
    fn right(self) -> Option<Right> {
        match self {
            LetterKind::Access => Some(Right::Access),
            LetterKind::Portability => Some(Right::Portability),
            LetterKind::CorrectionDone => Some(Right::Correction),
            LetterKind::ConsentWithdrawn => Some(Right::WithdrawConsent),
            LetterKind::RestrictionDone => Some(Right::Restriction),
            LetterKind::ObjectionAnswered => Some(Right::Objection),
            LetterKind::DeletionDone => Some(Right::Deletion),
            _ => None,
        }
    }

    /// Why this kind does not fit `request` now (`None` when it does). `extended` says whether
    /// the policy window was extended; `confirmed`, how many records staff confirmed on the
    /// latest search (`None` before any search).
    pub fn not_now(
        self,
        request: &Request,
        extended: bool,
        confirmed: Option<usize>,
    ) -> Option<String> {
        if let Some(right) = self.right() {
            let answers_it = request.rights.contains(&right)
                || (right == Right::Access && request.rights.contains(&Right::Information));
            if !answers_it {
                return Some(format!("the request does not ask for {right}"));
            }
        }
        let processor = request.controller.is_some();
        let releases_records = matches!(
            self,
            LetterKind::Access | LetterKind::Portability | LetterKind::DeletionDone
        );
        match self {
            _ if releases_records && confirmed.unwrap_or(0) == 0 => Some(match confirmed {
                None => "search the office's sources for this request first".into(),
                Some(_) => {
                    "no record is confirmed as the requester's: the no-data letter answers this"
                        .into()
                }
            }),
            LetterKind::NoData if confirmed.is_none() => {
                Some("search the office's sources for this request first".into())
            }
            LetterKind::NoData if confirmed.unwrap_or(0) > 0 => Some(
                "records are confirmed as the requester's: this is not a no-data answer".into(),
            ),
            LetterKind::ForwardToController | LetterKind::ForwardedNotice if !processor => {
                Some("the office is the controller of this request's data".into())
            }
            LetterKind::Extension if !extended => {
                Some("the policy window has not been extended".into())
            }
            LetterKind::VerificationRequest if !request.state.is_open() => {
                Some(format!("the request is {}", request.state))
            }
            _ if request.state == RequestState::Withdrawn
                && self != LetterKind::Acknowledgement =>
            {
                Some("the requester withdrew the request".into())
            }
            _ => None,
        }
    }

    /// Every kind with whether it fits `request`.
    pub fn offers(request: &Request, extended: bool, confirmed: Option<usize>) -> Vec<Offer> {
        LetterKind::ALL
            .iter()
            .map(|&kind| Offer {
                kind,
                needs_verification: kind.needs_verification(),
                not_now: kind.not_now(request, extended, confirmed),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::{Controller, Requester};
    use crate::vocabulary::{Channel, RequesterRole};
    use chrono::{TimeZone, Utc};

    fn request(rights: Vec<Right>, controller: bool) -> Request {
        let at = Utc.with_ymd_and_hms(2026, 12, 1, 2, 0, 0).unwrap();
        Request {
            id: "REQ-2026-0001".into(),
            received_at: at.fixed_offset(),
            channel: Channel::Email,
            rights,
            requester: Requester {
                name: "Budi".into(),
                emails: vec!["budi@example.com".into()],
                phones: vec![],
                postal_address: None,
                nik_masked: None,
                role: RequesterRole::Subject,
                on_behalf_of: None,
            },
            state: RequestState::Searching,
            controller: controller.then(|| Controller {
                name: "Klinik".into(),
                contact: None,
            }),
            is_demo: false,
            created_at: at,
            updated_at: at,
        }
    }

    #[test]
    fn a_letter_fits_the_rights_asked_and_what_the_search_found() {
        let access = request(vec![Right::Access], false);
        let why = |kind: LetterKind, confirmed| kind.not_now(&access, false, confirmed);
        assert!(why(LetterKind::Access, None).unwrap().contains("search"));
        assert!(why(LetterKind::Access, Some(0))
            .unwrap()
            .contains("no-data"));
        assert_eq!(why(LetterKind::Access, Some(2)), None);
        assert_eq!(why(LetterKind::NoData, Some(0)), None);
        assert!(
            why(LetterKind::NoData, Some(1)).is_some(),
            "records found: not a no-data answer"
        );
        assert!(why(LetterKind::DeletionDone, Some(2))
            .unwrap()
            .contains("deletion"));
        assert!(
            why(LetterKind::Extension, Some(2)).is_some(),
            "not extended"
        );
        assert!(
            why(LetterKind::ForwardToController, None).is_some(),
            "the office is the controller"
        );
        let processed = request(vec![Right::Access], true);
        assert_eq!(
            LetterKind::ForwardedNotice.not_now(&processed, false, None),
            None
        );
        assert!(
            LetterKind::Access.needs_verification() && !LetterKind::Refusal.needs_verification()
        );
    }
}
