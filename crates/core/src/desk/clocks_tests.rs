//! Tests of the parent module.
use crate::office::{OfficeUpdate, OfficeZone};
use crate::register::{EventKind, NewRequest, RequestState};
use crate::store::test_store;
use crate::vocabulary::{Channel, RequesterRole, Right};
use crate::Store;
use chrono::{DateTime, TimeZone, Utc};

/// An instant read off a WITA wall clock (the demo office is in Bali).
fn wita(d: u32, h: u32, m: u32) -> DateTime<Utc> {
    OfficeZone::Makassar
        .offset()
        .with_ymd_and_hms(2026, 3, d, h, m, 0)
        .unwrap()
        .with_timezone(&Utc)
}

/// A Bali office with a 10-day window and one access request received Mon 2 Mar 2026 10:00.
fn desk() -> (tempfile::TempDir, Store, String) {
    let (t, mut s) = test_store();
    let office = OfficeUpdate {
        name: Some("3D Lab Bali".into()),
        time_zone: Some(OfficeZone::Makassar),
        policy_days: Some(10),
        ..Default::default()
    };
    crate::desk::office::update(&mut s, &office, "Tester", wita(1, 8, 0)).unwrap();
    let form = NewRequest {
        received_at: Some("2026-03-02T10:00:00+08:00".into()),
        channel: Channel::Email,
        rights: vec![Right::Access],
        name: "Made Wirawan".into(),
        emails: vec!["made@example.com".into()],
        phones: vec![],
        postal_address: None,
        nik: None,
        role: RequesterRole::Subject,
        on_behalf_of: None,
        notes: None,
        controller: None,
    };
    let id = crate::desk::request::create(&mut s, &form, "Ayu", wita(2, 10, 5))
        .unwrap()
        .id;
    (t, s, id)
}

#[test]
fn clocks_of_a_stored_request_follow_the_office_profile() {
    let (_t, s, id) = desk();
    let c = crate::desk::clocks::request_clocks(&s, &id, wita(2, 11, 0)).unwrap();
    // Tue 3–Fri 6 (4), Mon 9–Fri 13 (9), Mon 16 (10); Wed 18 is Nyepi CB but comes later.
    assert_eq!(c.policy_due.to_string(), "2026-03-16");
    assert_eq!(c.policy_ends_at.to_rfc3339(), "2026-03-16T23:59:59+08:00");
    assert_eq!(
        c.statutory_due.unwrap().to_rfc3339(),
        "2026-03-05T10:00:00+08:00"
    );
    assert!(!c.paused && !c.extended);
}

#[test]
fn pause_and_resume_move_the_window_and_enter_the_history() {
    let (_t, mut s, id) = desk();
    // Tue 3 counted (1); paused Wed 4 09:00, resumed Mon 9 14:00: Wed 4 to Mon 9 do not
    // count. 9 remain from Tue 10: 10–13 (5), Mon 16, Tue 17 (7), Wed 18 CB, Thu 19 LN Nyepi,
    // Fri 20 CB, Mon 23–Tue 24 CB, Wed 25 (8), Thu 26 (9), Fri 27 (10).
    let paused = crate::desk::clocks::pause(
        &mut s,
        &id,
        "waiting for a copy of the KTP",
        "Ayu",
        wita(4, 9, 0),
    )
    .unwrap();
    assert!(paused.paused);
    let again = crate::desk::clocks::pause(&mut s, &id, "twice", "Ayu", wita(4, 9, 5)).unwrap_err();
    assert_eq!(again.code(), crate::ErrorCode::ClockRefused, "{again}");
    let resumed =
        crate::desk::clocks::resume(&mut s, &id, "KTP received", "Ayu", wita(9, 14, 0)).unwrap();
    assert!(!resumed.paused);
    assert_eq!(resumed.policy_due.to_string(), "2026-03-27");
    let not_paused =
        crate::desk::clocks::resume(&mut s, &id, "again", "Ayu", wita(9, 15, 0)).unwrap_err();
    assert_eq!(
        not_paused.code(),
        crate::ErrorCode::ClockRefused,
        "{not_paused}"
    );
    let kinds: Vec<EventKind> = crate::desk::request::detail(&s, &id, wita(9, 16, 0))
        .unwrap()
        .events
        .iter()
        .map(|e| e.kind)
        .collect();
    assert_eq!(
        kinds,
        [EventKind::Created, EventKind::Pause, EventKind::Resume],
        "each clock change is kept in the history"
    );
}

#[test]
fn a_reason_is_required_and_ended_requests_do_not_pause() {
    let (_t, mut s, id) = desk();
    let err = crate::desk::clocks::pause(&mut s, &id, "  ", "Ayu", wita(4, 9, 0)).unwrap_err();
    assert_eq!(err.field(), Some("reason"), "{err}");
    crate::desk::request::change_state(
        &mut s,
        &id,
        RequestState::Closed,
        "answered",
        "Ayu",
        wita(4, 10, 0),
    )
    .unwrap();
    let err =
        crate::desk::clocks::pause(&mut s, &id, "late proof", "Ayu", wita(4, 11, 0)).unwrap_err();
    assert_eq!(err.code(), crate::ErrorCode::ClockRefused, "{err}");
}

#[test]
fn an_extension_sets_a_later_working_day_as_the_due_date() {
    let (_t, mut s, id) = desk();
    let early = crate::desk::clocks::extend(
        &mut s,
        &id,
        date("2026-03-13"),
        "more time",
        "Ayu",
        wita(10, 9, 0),
    )
    .unwrap_err();
    assert_eq!(early.field(), Some("until"), "earlier than 16 Mar: {early}");
    let nyepi = crate::desk::clocks::extend(
        &mut s,
        &id,
        date("2026-03-19"),
        "more time",
        "Ayu",
        wita(10, 9, 0),
    )
    .unwrap_err();
    assert!(nyepi.to_string().contains("Nyepi"), "{nyepi}");
    let c = crate::desk::clocks::extend(
        &mut s,
        &id,
        date("2026-03-31"),
        "archive in storage",
        "Ayu",
        wita(10, 9, 0),
    )
    .unwrap();
    assert!(c.extended);
    assert_eq!(c.policy_due.to_string(), "2026-03-31");
    let last = crate::desk::request::detail(&s, &id, wita(10, 9, 5))
        .unwrap()
        .events
        .pop()
        .unwrap();
    assert_eq!(last.kind, EventKind::Extension);
    assert_eq!(
        last.text,
        "due 2026-03-31 (was 2026-03-16): archive in storage"
    );
}

fn date(s: &str) -> chrono::NaiveDate {
    crate::deadline::calendar::parse_date("until", s).unwrap()
}

#[test]
fn the_register_sorted_by_deadline_puts_the_nearest_first_and_ended_requests_last() {
    let (_t, mut s, access_mon) = desk();
    let form = |received: &str, rights: Vec<Right>, s: &mut Store| {
        let form = NewRequest {
            received_at: Some(received.into()),
            channel: Channel::Email,
            rights,
            name: "Komang Sari".into(),
            emails: vec!["komang@example.com".into()],
            phones: vec![],
            postal_address: None,
            nik: None,
            role: RequesterRole::Subject,
            on_behalf_of: None,
            notes: None,
            controller: None,
        };
        crate::desk::request::create(s, &form, "Ayu", wita(4, 12, 0))
            .unwrap()
            .id
    };
    // Deletion has no 3 × 24 h clock: its policy window (10 working days) ends last.
    let deletion_tue = form("2026-03-03T09:00:00+08:00", vec![Right::Deletion], &mut s);
    let access_wed = form("2026-03-04T09:00:00+08:00", vec![Right::Access], &mut s);
    let ended = form("2026-03-04T10:00:00+08:00", vec![Right::Access], &mut s);
    crate::desk::request::change_state(
        &mut s,
        &ended,
        RequestState::Withdrawn,
        "ditarik",
        "Ayu",
        wita(4, 12, 0),
    )
    .unwrap();
    let filter = crate::register::RequestFilter {
        sort: crate::register::SortOrder::DueFirst,
        ..Default::default()
    };
    let order: Vec<String> = crate::desk::clocks::register(&s, &filter, wita(4, 13, 0))
        .unwrap()
        .into_iter()
        .map(|e| e.request.id)
        .collect();
    assert_eq!(
        order,
        [access_mon, access_wed, deletion_tue, ended],
        "the law's clocks end Thu 5 and Sat 7, the deletion's window in two weeks; the withdrawn request last"
    );
}
