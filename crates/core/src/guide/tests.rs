//! Tests of the parent module.
use super::*;
use crate::register::{Controller, Requester};
use crate::vocabulary::{Channel, RequesterRole};
use chrono::{TimeZone, Utc};

fn request(rights: Vec<Right>) -> Request {
    Request {
        id: "REQ-2026-0001".into(),
        received_at: Utc
            .with_ymd_and_hms(2026, 3, 2, 2, 0, 0)
            .unwrap()
            .fixed_offset(),
        channel: Channel::Email,
        rights,
        requester: Requester {
            name: "Made Wirawan".into(),
            emails: vec!["made@example.com".into()],
            phones: vec![],
            postal_address: None,
            nik_masked: None,
            role: RequesterRole::Subject,
            on_behalf_of: None,
        },
        state: RequestState::Received,
        controller: None,
        is_demo: false,
        created_at: Utc.with_ymd_and_hms(2026, 3, 2, 2, 0, 0).unwrap(),
        updated_at: Utc.with_ymd_and_hms(2026, 3, 2, 2, 0, 0).unwrap(),
        purged_at: None,
    }
}

fn facts() -> Facts {
    Facts {
        proof: Proof::Outstanding,
        identity_missing: false,
        code_by_mail: false,
        searched: None,
        access_pack: false,
        bundle: false,
        redacted: false,
        letters: vec![],
    }
}

fn letter(kind: LetterKind) -> Option<NextAction> {
    Some(NextAction::IssueLetter { kind })
}

fn status(g: &Guide, step: Step) -> StepStatus {
    g.steps.iter().find(|s| s.step == step).unwrap().status
}

#[test]
fn an_access_request_walks_receipt_search_hits_verification_pack_letter_close() {
    let r = request(vec![Right::Access]);
    let mut f = facts();
    let walk = |f: &Facts| guide(&r, f).next;
    assert_eq!(
        walk(&f),
        letter(LetterKind::Acknowledgement),
        "the receipt comes first"
    );
    f.letters.push(LetterKind::Acknowledgement);
    assert_eq!(
        walk(&f),
        Some(NextAction::Search),
        "contact on file needs the records found"
    );
    f.searched = Some(Searched {
        confirmed: 2,
        undecided: 3,
    });
    assert_eq!(walk(&f), Some(NextAction::ConfirmHits));
    f.searched = Some(Searched {
        confirmed: 4,
        undecided: 0,
    });
    assert_eq!(
        walk(&f),
        Some(NextAction::Verify),
        "the gate is still shut: verify before anything leaves"
    );
    assert!(guide(&r, &f).unverified);
    f.proof = Proof::Complete;
    assert_eq!(walk(&f), Some(NextAction::MakeAccessPack));
    f.access_pack = true;
    assert_eq!(walk(&f), letter(LetterKind::Access));
    f.letters.push(LetterKind::Access);
    assert_eq!(walk(&f), Some(NextAction::Close));
    let g = guide(&r, &f);
    assert!(
        g.steps.iter().all(|s| s.status == StepStatus::Done),
        "every step is done before closing: {:?}",
        g.steps
    );
}

#[test]
fn an_identity_level_asks_the_code_or_nik_before_the_search() {
    let r = request(vec![Right::Deletion]);
    let mut f = facts();
    f.letters.push(LetterKind::Acknowledgement);
    f.identity_missing = true;
    assert_eq!(guide(&r, &f).next, Some(NextAction::Verify));
}

#[test]
fn the_last_answer_letter_is_marked_so_it_can_close_the_request() {
    let r = request(vec![Right::Access, Right::Portability]);
    let mut f = facts();
    f.letters.push(LetterKind::Acknowledgement);
    f.proof = Proof::Complete;
    f.searched = Some(Searched {
        confirmed: 2,
        undecided: 0,
    });
    f.access_pack = true;
    f.bundle = true;
    let g = guide(&r, &f);
    assert_eq!(g.next, letter(LetterKind::Access));
    assert_eq!(
        g.last_letter, None,
        "the portability letter is still to come after the access letter"
    );
    f.letters.push(LetterKind::Access);
    let g = guide(&r, &f);
    assert_eq!(g.next, letter(LetterKind::Portability));
    assert_eq!(
        g.last_letter,
        Some(LetterKind::Portability),
        "issuing the last answer leaves only the closing"
    );
    f.letters.clear();
    assert_eq!(
        guide(&r, &f).last_letter,
        None,
        "the acknowledgement never closes a request"
    );
}

#[test]
fn a_code_is_the_next_action_when_it_can_be_emailed() {
    let r = request(vec![Right::Access]);
    let mut f = facts();
    f.letters.push(LetterKind::Acknowledgement);
    f.identity_missing = true;
    f.code_by_mail = true;
    assert_eq!(
        guide(&r, &f).next,
        Some(NextAction::SendCode),
        "with a mail server and an address the button sends the code itself"
    );
    f.identity_missing = false;
    f.searched = Some(Searched {
        confirmed: 2,
        undecided: 0,
    });
    assert_eq!(
        guide(&r, &f).next,
        Some(NextAction::Verify),
        "a code does not prove what is still missing once identity is met"
    );
}

#[test]
fn a_deletion_redacts_then_certifies_then_answers() {
    let r = request(vec![Right::Deletion]);
    let mut f = facts();
    f.letters.push(LetterKind::Acknowledgement);
    f.proof = Proof::Complete;
    f.searched = Some(Searched {
        confirmed: 3,
        undecided: 0,
    });
    assert_eq!(guide(&r, &f).next, Some(NextAction::Redact));
    f.redacted = true;
    assert_eq!(guide(&r, &f).next, Some(NextAction::IssueCertificate));
    f.letters.push(LetterKind::DeletionCertificate);
    assert_eq!(guide(&r, &f).next, letter(LetterKind::DeletionDone));
}

#[test]
fn nothing_found_answers_no_data_and_skips_the_outputs() {
    let r = request(vec![Right::Access, Right::Portability]);
    let mut f = facts();
    f.letters.push(LetterKind::Acknowledgement);
    f.proof = Proof::Complete;
    f.searched = Some(Searched::default());
    let g = guide(&r, &f);
    assert_eq!(
        g.next,
        letter(LetterKind::NoData),
        "one no-data letter answers both"
    );
    assert_eq!(status(&g, Step::Fulfil), StepStatus::NotNeeded);
    f.letters.push(LetterKind::NoData);
    assert_eq!(guide(&r, &f).next, Some(NextAction::Close));
}

#[test]
fn a_processor_forwards_and_needs_no_search_or_verification() {
    let mut r = request(vec![Right::Access]);
    r.controller = Some(Controller {
        name: "Klinik Sehat".into(),
        contact: None,
    });
    let mut f = facts();
    f.letters.push(LetterKind::Acknowledgement);
    let g = guide(&r, &f);
    assert_eq!(g.next, letter(LetterKind::ForwardToController));
    assert!(!g.unverified, "nothing of the subject's leaves a processor");
    for step in [Step::Verify, Step::Search, Step::Fulfil] {
        assert_eq!(status(&g, step), StepStatus::NotNeeded, "{step:?}");
    }
    f.letters.push(LetterKind::ForwardToController);
    assert_eq!(guide(&r, &f).next, letter(LetterKind::ForwardedNotice));
}

#[test]
fn an_ended_request_has_no_next_action_and_nothing_needed() {
    let mut r = request(vec![Right::Access]);
    r.state = RequestState::Withdrawn;
    let g = guide(&r, &facts());
    assert_eq!(g.next, None);
    assert!(
        g.steps.iter().all(|s| s.status != StepStatus::Needed),
        "{:?}",
        g.steps
    );
}

#[test]
fn an_objection_needs_no_search() {
    let r = request(vec![Right::Objection]);
    let mut f = facts();
    f.letters.push(LetterKind::Acknowledgement);
    f.proof = Proof::Complete;
    let g = guide(&r, &f);
    assert_eq!(g.next, letter(LetterKind::ObjectionAnswered));
    assert_eq!(status(&g, Step::Search), StepStatus::NotNeeded);
}

#[test]
fn a_search_moves_a_new_request_to_searching_only_forward() {
    assert_eq!(
        state_after_search(RequestState::Received),
        Some(RequestState::Searching)
    );
    assert_eq!(state_after_search(RequestState::Fulfilling), None);
    assert_eq!(state_after_search(RequestState::Closed), None);
}
