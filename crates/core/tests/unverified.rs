//! Closing as unverified, with the clock pinned: refused while the requester still has time,
//! allowed after the office's working days, with the refusal letter on the identity ground and
//! the request rejected; the verification-request letter starts the wait as a code does.

use chrono::{DateTime, Duration, Utc};
use pdp_core::desk::letters::{close_unverified, issue, LetterAsk};
use pdp_core::desk::verify::{awaiting_answer, issue_code, Delivery};
use pdp_core::language::Language;
use pdp_core::letters::LetterKind;
use pdp_core::office::OfficeUpdate;
use pdp_core::register::{NewRequest, RequestState};
use pdp_core::sources::ReadControl;
use pdp_core::vocabulary::{Channel, RequesterRole, Right};
use pdp_core::{CoreError, Store};

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-12-01T03:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

fn office() -> (tempfile::TempDir, Store, String) {
    let tmp = tempfile::tempdir().unwrap();
    let mut store = Store::open(&tmp.path().join("data")).unwrap();
    store
        .update_office(
            &OfficeUpdate {
                name: Some("CV Cetak Ceria".into()),
                city: Some("Denpasar".into()),
                signatory_name: Some("Kadek Wirawan".into()),
                signatory_position: Some("Petugas PDP".into()),
                ..OfficeUpdate::default()
            },
            now(),
        )
        .unwrap();
    let form = NewRequest {
        received_at: Some("2026-12-01T09:00:00+07:00".into()),
        channel: Channel::Email,
        rights: vec![Right::Access],
        name: "Budi Santoso".into(),
        emails: vec!["budi@example.com".into()],
        phones: vec![],
        postal_address: None,
        nik: None,
        role: RequesterRole::Subject,
        on_behalf_of: None,
        notes: None,
        controller: None,
    };
    let id = store.create_request(&form, "Rina", now()).unwrap().id;
    (tmp, store, id)
}

#[test]
fn an_unanswered_code_allows_closing_only_after_the_offices_working_days() {
    let (_tmp, mut store, id) = office();
    let control = ReadControl::default();
    issue_code(
        &mut store,
        &id,
        &Delivery::ByHand,
        "Rina",
        now(),
        &mut || Ok(123_456),
    )
    .unwrap();
    let early = close_unverified(
        &mut store,
        &id,
        Language::Id,
        "Rina",
        &control,
        now() + Duration::days(3),
    );
    assert!(
        matches!(&early, Err(CoreError::StateChange { why, .. }) if why.contains("working day")),
        "three days are too early: {early:?}"
    );
    assert!(
        store.request_letters(&id).unwrap().is_empty(),
        "no number taken by a refusal to close"
    );
    let later = now() + Duration::days(20);
    let closed = close_unverified(&mut store, &id, Language::Id, "Rina", &control, later).unwrap();
    assert_eq!(closed.request.state, RequestState::Rejected);
    assert_eq!(closed.letter.kind, LetterKind::Refusal);
    assert!(
        closed.letter.text.contains("belum dapat kami verifikasi")
            && !closed.letter.text.contains("Pasal 33"),
        "the refusal is on the identity ground only: {}",
        closed.letter.text
    );
    let events = store.request_detail(&id, later).unwrap().events;
    assert!(
        events
            .iter()
            .any(|e| e.to_state == Some(RequestState::Rejected)
                && e.text.contains(&closed.letter.number)),
        "the rejection names the letter"
    );
    assert!(
        awaiting_answer(&store, later).unwrap().is_empty(),
        "a closed request waits for nothing"
    );
}

#[test]
fn the_verification_request_letter_starts_the_wait() {
    let (_tmp, mut store, id) = office();
    let control = ReadControl::default();
    assert!(awaiting_answer(&store, now()).unwrap().is_empty());
    issue(
        &mut store,
        &LetterAsk {
            request_id: &id,
            kind: LetterKind::VerificationRequest,
            lang: Language::En,
            text: None,
            grounds: &[],
        },
        "Rina",
        &control,
        now(),
    )
    .unwrap();
    let waiting = awaiting_answer(&store, now() + Duration::days(4)).unwrap();
    assert_eq!(waiting.len(), 1, "the letter is an ask: {waiting:?}");
    assert_eq!(waiting[0].request_id, id);
}
