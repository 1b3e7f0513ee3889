//! The office's register of letters: every number given, across all requests, and the letters
//! the register can tell are still to be written.

use super::ground::Proof;
use super::{IssuedLetter, LetterKind, Standing};
use crate::language::Language;
use crate::register::Request;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One number given, as the register lists it: no text, with the requester's name.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct LetterEntry {
    pub id: i64,
    pub number: String,
    pub dated: NaiveDate,
    pub kind: LetterKind,
    pub language: Language,
    pub request_id: String,
    pub requester_name: String,
    /// Who issued it.
    pub actor: String,
    /// When its PDF was kept; null for a number taken whose print failed (`void_reason`) or has
    /// not finished.
    pub issued_at: Option<DateTime<Utc>>,
    pub void_reason: Option<String>,
    pub sent_to: Option<String>,
    pub sent_at: Option<DateTime<Utc>>,
}

/// Which letters to list: a year of numbering, a kind; null for all.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LetterFilter {
    pub year: Option<i32>,
    pub kind: Option<LetterKind>,
}

/// The letters the filter lets through, newest number first, and the years with letters.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct LetterRegister {
    pub letters: Vec<LetterEntry>,
    /// Every year some number was given in, newest first (for the filter).
    pub years: Vec<i32>,
}

/// A letter an open request still waits for.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct DueLetter {
    pub request_id: String,
    pub requester_name: String,
    pub kind: LetterKind,
    /// Since when it is due: the receipt of the request, or for an extension notice the
    /// extension.
    pub since: DateTime<Utc>,
}

/// The kinds the register can tell are due from the request and its letters alone: the
/// receipt, the forwarding of a processor's request (to the controller, and the notice to the
/// requester) and the notice of an extension. The others wait on a search, a decision or the
/// verification, which staff weigh on the request itself.
pub const DUE_KINDS: [LetterKind; 4] = [
    LetterKind::Acknowledgement,
    LetterKind::ForwardToController,
    LetterKind::ForwardedNotice,
    LetterKind::Extension,
];

/// The letters an open `request` is due and has not had: each of `DUE_KINDS` that fits it
/// now and was not issued (printed; a void number does not count), an extension notice not
/// issued since the latest extension (`extended_at`).
pub fn due(
    request: &Request,
    extended_at: Option<DateTime<Utc>>,
    issued: &[IssuedLetter],
) -> Vec<DueLetter> {
    if !request.state.is_open() {
        return Vec::new();
    }
    // Neither the search nor the proof of identity decides any of `DUE_KINDS`.
    let standing = Standing {
        extended: extended_at.is_some(),
        confirmed: None,
        proof: Proof::Outstanding,
    };
    let received = request.received_at.with_timezone(&Utc);
    DUE_KINDS
        .iter()
        .copied()
        .filter(|kind| kind.why_not(request, &standing).is_none())
        .filter_map(|kind| {
            let since = match kind {
                LetterKind::Extension => extended_at?,
                _ => received,
            };
            let had = issued.iter().any(|l| {
                l.kind == kind
                    && l.issued_at
                        .is_some_and(|at| kind != LetterKind::Extension || at >= since)
            });
            (!had).then(|| DueLetter {
                request_id: request.id.clone(),
                requester_name: request.requester.name.clone(),
                kind,
                since,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::{Controller, RequestState, Requester};
    use crate::vocabulary::{Channel, RequesterRole, Right};
    use chrono::{Duration, TimeZone};

    fn at(day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, day, 2, 0, 0).unwrap()
    }

    fn request(state: RequestState, controller: bool) -> Request {
        Request {
            id: "REQ-2026-0007".into(),
            received_at: at(1).fixed_offset(),
            channel: Channel::Email,
            rights: vec![Right::Access],
            requester: Requester {
                name: "Rina Kusuma".into(),
                emails: vec!["rina@example.com".into()],
                phones: vec![],
                postal_address: None,
                nik_masked: None,
                role: RequesterRole::Subject,
                on_behalf_of: None,
            },
            state,
            controller: controller.then(|| Controller {
                name: "Klinik Contoh".into(),
                contact: None,
            }),
            is_demo: false,
            created_at: at(1),
            updated_at: at(1),
            purged_at: None,
        }
    }

    fn letter(kind: LetterKind, issued_at: Option<DateTime<Utc>>) -> IssuedLetter {
        IssuedLetter {
            id: 1,
            request_id: "REQ-2026-0007".into(),
            kind,
            language: Language::Id,
            number: "001/PDP/XII/2026".into(),
            dated: at(2).date_naive(),
            numbered_at: at(2),
            actor: "Wayan".into(),
            text: String::new(),
            email_subject: None,
            email_body: None,
            file: None,
            sha256: None,
            bytes: None,
            pages: None,
            issued_at,
            void_reason: issued_at.is_none().then(|| "print failed".into()),
            sent_to: None,
            sent_at: None,
        }
    }

    fn kinds(due: Vec<DueLetter>) -> Vec<LetterKind> {
        due.into_iter().map(|d| d.kind).collect()
    }

    #[test]
    fn an_open_request_waits_for_its_receipt_until_one_is_printed() {
        let open = request(RequestState::Received, false);
        let due = due(&open, None, &[]);
        assert_eq!(
            (kinds(due.clone()), due[0].since),
            (vec![LetterKind::Acknowledgement], at(1)),
            "a new request is due its receipt since it was received"
        );
        assert_eq!(
            kinds(super::due(
                &open,
                None,
                &[letter(LetterKind::Acknowledgement, None)]
            )),
            vec![LetterKind::Acknowledgement],
            "a void number is not a receipt sent"
        );
        assert!(
            super::due(
                &open,
                None,
                &[letter(LetterKind::Acknowledgement, Some(at(2)))]
            )
            .is_empty(),
            "a printed receipt answers it"
        );
        assert!(
            super::due(&request(RequestState::Closed, false), None, &[]).is_empty(),
            "a closed request waits for nothing"
        );
    }

    #[test]
    fn a_processor_forwards_and_an_extension_is_told_after_each_extension() {
        let processed = request(RequestState::Searching, true);
        let acknowledged = [letter(LetterKind::Acknowledgement, Some(at(2)))];
        assert_eq!(
            kinds(due(&processed, None, &acknowledged)),
            vec![LetterKind::ForwardToController, LetterKind::ForwardedNotice],
            "a processor's request goes to the controller, and the requester is told"
        );
        let own = request(RequestState::Searching, false);
        let extended = at(5);
        let old_notice = letter(LetterKind::Extension, Some(extended - Duration::days(1)));
        let told = due(&own, Some(extended), &[acknowledged[0].clone(), old_notice]);
        assert_eq!(
            (kinds(told.clone()), told[0].since),
            (vec![LetterKind::Extension], extended),
            "a notice written before the latest extension does not tell of it"
        );
        let new_notice = letter(LetterKind::Extension, Some(extended + Duration::hours(1)));
        assert!(
            due(&own, Some(extended), &[acknowledged[0].clone(), new_notice]).is_empty(),
            "the notice issued after the extension answers it"
        );
    }
}
