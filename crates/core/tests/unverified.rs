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
    pdp_core::desk::office::update(
        &mut store,
        &OfficeUpdate {
            name: Some("CV Cetak Ceria".into()),
            city: Some("Denpasar".into()),
            signatory_name: Some("Kadek Wirawan".into()),
            signatory_position: Some("Petugas PDP".into()),
            ..OfficeUpdate::default()
        },
        "Tester",
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
    let id = pdp_core::desk::request::create(&mut store, &form, "Rina", now())
        .unwrap()
        .id;
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
    let events = pdp_core::desk::request::detail(&store, &id, later)
        .unwrap()
        .events;
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

fn day(text: &str) -> chrono::NaiveDate {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

#[test]
fn the_wait_names_the_day_of_the_reminder_and_the_day_closing_becomes_possible() {
    use pdp_core::deadline::calendar::{CalendarEntry, EntryKind};
    use pdp_core::desk::verify::{check_code, set_close_after_days, status};
    use pdp_core::verify::Waiting;
    let (_tmp, mut store, id) = office();
    let control = ReadControl::default();
    let waiting = |store: &Store, at| awaiting_answer(store, at).unwrap();
    // Asked on Tuesday 1 December 2026 (WIB): the 2nd working day after is Thursday the 3rd, the
    // 10th is Tuesday the 15th.
    issue_code(
        &mut store,
        &id,
        &Delivery::ByHand,
        "Rina",
        now(),
        &mut || Ok(123_456),
    )
    .unwrap();
    let w = &waiting(&store, now() + Duration::days(3))[0];
    assert_eq!(
        w.waiting,
        Waiting::Remind { working_days: 3 },
        "Wed, Thu, Fri"
    );
    assert_eq!(
        (w.remind_on, w.close_on),
        (day("2026-12-03"), day("2026-12-15"))
    );
    assert_eq!(
        status(&store, &id, &control, now())
            .unwrap()
            .waiting
            .as_ref(),
        Some(&waiting(&store, now())[0]),
        "the request's status carries its wait"
    );

    // An office closure on Wednesday moves both days by one working day.
    store
        .add_calendar_entry(
            &CalendarEntry::new(day("2026-12-02"), EntryKind::Closure, "Kantor tutup").unwrap(),
            "Tester",
            now(),
        )
        .unwrap();
    let w = &waiting(&store, now())[0];
    assert_eq!(
        (w.remind_on, w.close_on),
        (day("2026-12-04"), day("2026-12-16"))
    );

    // The office's own number: five working days.
    set_close_after_days(&mut store, 5, "Tester", now()).unwrap();
    let w = &waiting(&store, day_start("2026-12-09"))[0];
    assert_eq!(w.close_on, day("2026-12-09"));
    assert_eq!(
        w.waiting,
        Waiting::MayClose { working_days: 5 },
        "closable on its close_on day"
    );
    let w = &waiting(&store, day_start("2026-12-08"))[0];
    assert_eq!(
        w.waiting,
        Waiting::Remind { working_days: 4 },
        "not the day before"
    );

    check_code(&mut store, &id, "123456", "Rina", now()).unwrap();
    assert!(
        status(&store, &id, &control, now())
            .unwrap()
            .waiting
            .is_none(),
        "an answered code waits for nothing"
    );
}

/// 10:00 WIB on an office day.
fn day_start(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(&format!("{text}T10:00:00+07:00"))
        .unwrap()
        .with_timezone(&Utc)
}
