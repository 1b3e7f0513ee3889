//! Tests of the parent module.
use super::{record_message, sha256_hex, IntakeStatus, Message};
use crate::intake::mail;
use crate::store::test_store;
use crate::CoreError;
use chrono::{TimeZone, Utc};
use std::path::Path;

const MAIL: &str = "From: Ani Lestari <ani.lestari@example.com>\r\nTo: privasi@office.example\r\nDate: Mon, 23 Nov 2026 10:00:00 +0700\r\nMessage-ID: <sekali@example.com>\r\nSubject: Hapus data saya\r\n\r\nMohon hapus data pribadi saya.\r\n";

#[test]
fn a_message_registered_twice_is_already_imported_never_a_second_request() {
    let (t, mut s) = test_store();
    let path = t.path().join("hapus.eml");
    std::fs::write(&path, MAIL).unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 24, 3, 0, 0).unwrap();
    let item = s.intake_preview(&path).unwrap().remove(0);
    assert_eq!(item.status, Some(IntakeStatus::NewRequest));
    let form = item.proposal.as_ref().unwrap().to_form(&[]);
    let first = s
        .register_message(&path, None, &item.raw, &form, "Tester", now)
        .unwrap();
    // A second window that previewed the message before the first registered it.
    let again = s.register_message(&path, None, &item.raw, &form, "Tester", now);
    assert!(
        matches!(&again, Err(CoreError::AlreadyImported { request_id, .. }) if *request_id == first.id),
        "the second registration names the first request: {again:?}"
    );
    assert_eq!(s.count_requests().unwrap(), 1, "no second request");

    // Should a row appear between the check and the insert, the UNIQUE index answers the same.
    let parsed = mail::parse(MAIL.as_bytes(), Path::new("hapus.eml")).unwrap();
    let sha256 = sha256_hex(MAIL.as_bytes());
    let message = Message {
        path: &path,
        index: None,
        sha256: &sha256,
        parsed: &parsed,
        received_source: "date-header",
    };
    let late = record_message(&s.conn, &message, now, "request", &first.id, "Tester", now);
    assert!(
        matches!(&late, Err(CoreError::AlreadyImported { request_id, .. }) if *request_id == first.id),
        "a late UNIQUE violation is the already-imported outcome: {late:?}"
    );
    let rows: i64 = s
        .conn
        .query_row("SELECT COUNT(*) FROM intake_messages", [], |r| r.get(0))
        .unwrap();
    assert_eq!(rows, 1, "the message's row exists once");
}
