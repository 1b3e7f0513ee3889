//! The letters an office sends in answer to a request, and which of them fit a request now.

use super::ground::{Proof, RefusalGround};
use super::not_now::NotNow;
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
    /// The Berita Acara Penghapusan Data Pribadi: numbered in the same series and kept in the
    /// same register, but made by `pdpdesk certificate issue` (signed, not from a template).
    DeletionCertificate,
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
    DeletionCertificate => "deletion-certificate",
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
    /// The same reason as a code the window words in its own language.
    pub why_not: Option<NotNow>,
    /// The grounds a refusal may give now (empty for the other kinds).
    pub grounds: Vec<RefusalGround>,
}

/// What is known of a request, beyond the request itself, that decides which letters fit it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    /// The policy window was extended.
    pub extended: bool,
    /// How many records staff confirmed on the latest search (`None` before any search).
    pub confirmed: Option<usize>,
    /// Where the requester's proof of identity stands.
    pub proof: Proof,
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
            LetterKind::DeletionDone | LetterKind::DeletionCertificate => Some(Right::Deletion),
            _ => None,
        }
    }

    /// Why this kind does not fit `request` now (`None` when it does), in English.
    pub fn not_now(self, request: &Request, standing: &Standing) -> Option<String> {
        self.why_not(request, standing).map(|why| why.to_string())
    }

    /// Why this kind does not fit `request` now, as a code (`None` when it does).
    pub fn why_not(self, request: &Request, standing: &Standing) -> Option<NotNow> {
        let Standing {
            extended,
            confirmed,
            proof,
        } = *standing;
        if self == LetterKind::DeletionCertificate {
            return Some(NotNow::Certificate);
        }
        if let Some(right) = self.right() {
            let answers_it = request.rights.contains(&right)
                || (right == Right::Access && request.rights.contains(&Right::Information));
            if !answers_it {
                return Some(NotNow::RightNotAsked { right });
            }
        }
        let processor = request.controller.is_some();
        let releases_records = matches!(
            self,
            LetterKind::Access | LetterKind::Portability | LetterKind::DeletionDone
        );
        match self {
            _ if releases_records && confirmed.unwrap_or(0) == 0 => Some(match confirmed {
                None => NotNow::NotSearched,
                Some(_) => NotNow::NothingConfirmed,
            }),
            LetterKind::NoData if confirmed.is_none() => Some(NotNow::NotSearched),
            LetterKind::NoData if confirmed.unwrap_or(0) > 0 => Some(NotNow::RecordsConfirmed),
            LetterKind::ForwardToController | LetterKind::ForwardedNotice if !processor => {
                Some(NotNow::OfficeIsController)
            }
            LetterKind::Extension if !extended => Some(NotNow::NotExtended),
            LetterKind::VerificationRequest if !request.state.is_open() => {
                Some(NotNow::RequestEnded {
                    state: request.state,
                })
            }
            LetterKind::VerificationRequest if proof != Proof::Outstanding => {
                NotNow::of_proof(proof)
            }
            _ if request.state == RequestState::Withdrawn
                && self != LetterKind::Acknowledgement =>
            {
                Some(NotNow::Withdrawn)
            }
            _ => None,
        }
    }

    /// Whether staff write this kind from a template (every kind but the certificate).
    pub fn from_template(self) -> bool {
        self != LetterKind::DeletionCertificate
    }

    /// Every kind written from a template with whether it fits `request`.
    pub fn offers(request: &Request, standing: &Standing) -> Vec<Offer> {
        LetterKind::ALL
            .iter()
            .filter(|k| k.from_template())
            .map(|&kind| Offer {
                kind,
                needs_verification: kind.needs_verification(),
                not_now: kind.not_now(request, standing),
                why_not: kind.why_not(request, standing),
                grounds: if kind == LetterKind::Refusal {
                    standing.proof.grounds()
                } else {
                    Vec::new()
                },
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
            purged_at: None,
        }
    }

    fn standing(confirmed: Option<usize>, proof: Proof) -> Standing {
        Standing {
            extended: false,
            confirmed,
            proof,
        }
    }

    #[test]
    fn a_letter_fits_the_rights_asked_and_what_the_search_found() {
        let access = request(vec![Right::Access], false);
        let why = |kind: LetterKind, confirmed| {
            kind.not_now(&access, &standing(confirmed, Proof::Outstanding))
        };
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
            LetterKind::ForwardedNotice.not_now(&processed, &standing(None, Proof::Outstanding)),
            None
        );
        assert!(
            LetterKind::Access.needs_verification() && !LetterKind::Refusal.needs_verification()
        );
    }

    #[test]
    fn once_verified_no_proof_is_asked_and_no_refusal_is_on_the_identity_ground() {
        let access = request(vec![Right::Access], false);
        let offer = |proof| {
            LetterKind::offers(&access, &standing(Some(1), proof))
                .into_iter()
                .filter(|o| {
                    matches!(
                        o.kind,
                        LetterKind::VerificationRequest | LetterKind::Refusal
                    )
                })
                .map(|o| (o.why_not, o.grounds))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            offer(Proof::Outstanding),
            vec![(None, vec![]), (None, RefusalGround::ALL.to_vec())],
            "unverified: proof may be asked, and a refusal may say the identity was not verified"
        );
        let pasal = vec![RefusalGround::ThirdParty, RefusalGround::Exception];
        assert_eq!(
            offer(Proof::Complete),
            vec![
                (Some(NotNow::AlreadyVerified), vec![]),
                (None, pasal.clone())
            ],
            "verified: the request for proof is folded, the refusal keeps Pasal 33 and 15 only"
        );
        assert_eq!(
            offer(Proof::NotAsked),
            vec![(Some(NotNow::NothingToVerify), vec![]), (None, pasal)],
            "nothing asked for these rights: nothing to ask for either"
        );
    }

    #[test]
    fn each_reason_code_is_its_json_code() {
        for why in [
            NotNow::RightNotAsked {
                right: Right::Access,
            },
            NotNow::NotSearched,
            NotNow::NothingConfirmed,
            NotNow::RecordsConfirmed,
            NotNow::OfficeIsController,
            NotNow::NotExtended,
            NotNow::RequestEnded {
                state: RequestState::Closed,
            },
            NotNow::Withdrawn,
            NotNow::AlreadyVerified,
            NotNow::NothingToVerify,
            NotNow::Certificate,
        ] {
            let json = serde_json::to_value(&why).unwrap();
            assert_eq!(
                json["code"],
                why.code(),
                "an error's reason and the offer's code must agree"
            );
        }
    }
}
