use super::*;
use crate::intake::item::IntakeStatus;
use crate::intake::queue::QueueDecision;
use crate::store::test_store;
use chrono::TimeZone;

const UNSURE: &str = "From: Rina <rina@example.com>\r\nTo: admin@office.example\r\nDate: Mon, 23 Nov 2026 10:00:00 +0700\r\nMessage-ID: <ragu@example.com>\r\nSubject: Data saya\r\n\r\nSaya mau tanya soal data saya di aplikasi kalian.\r\n";
const OTHER: &str = "From: Tono <tono@example.com>\r\nTo: admin@office.example\r\nDate: Tue, 24 Nov 2026 09:00:00 +0700\r\nMessage-ID: <akun@example.com>\r\nSubject: Akun\r\n\r\nAkun saya tidak bisa dibuka sejak kemarin.\r\n";

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 3, 0, 0).unwrap()
}

fn queued(store: &mut Store, dir: &Path, name: &str, mail: &str) -> i64 {
    let path = dir.join(name);
    std::fs::write(&path, mail).unwrap();
    let item = super::super::mail::preview(store, &path).unwrap().remove(0);
    assert_eq!(
        item.status,
        Some(IntakeStatus::NeedsLook),
        "{name} needs a look"
    );
    enqueue(store, &path, None, &item.sha256, "Tester", now())
        .unwrap()
        .id
}

#[test]
fn a_queued_message_waits_with_its_clock_and_becomes_a_request_received_when_it_was() {
    let (t, mut s) = test_store();
    let id = queued(&mut s, t.path(), "ragu.eml", UNSURE);
    let again = queued_again(&mut s, t.path(), "ragu.eml");
    assert_eq!(
        again,
        IntakeStatus::Queued { queue_id: id },
        "a preview names the entry"
    );
    let list = list(&s, false, now()).unwrap();
    assert_eq!(list.len(), 1);
    let clocks = list[0]
        .clocks
        .as_ref()
        .expect("a waiting message has its clock");
    assert_eq!(
        clocks.received_at.to_rfc3339(),
        "2026-11-23T10:00:00+07:00",
        "the clock runs from receipt, not from queueing"
    );
    assert!(
        list[0].proposal.is_some(),
        "the kept original is read again"
    );

    let request = decide_rights(&mut s, id, &[Right::Access], "Tester", now()).unwrap();
    assert_eq!(request.rights, [Right::Access]);
    assert_eq!(
        request.received_at.to_rfc3339(),
        "2026-11-23T10:00:00+07:00"
    );
    assert_eq!(request.requester.emails, ["rina@example.com"]);
    assert_eq!(
        s.request_evidence(&request.id).unwrap().len(),
        1,
        "the message is its evidence"
    );
    let decided = s.queue_entry(id).unwrap();
    assert_eq!(
        decided.decision,
        Some(QueueDecision::Request {
            request_id: request.id.clone()
        })
    );
    assert!(list_waiting(&s).is_empty(), "nothing waits any more");
    let twice = decide_rights(&mut s, id, &[Right::Deletion], "Tester", now());
    assert!(
        matches!(twice, Err(CoreError::AlreadyDecided { .. })),
        "a decided message is not decided again: {twice:?}"
    );
    assert_eq!(
        queued_again(&mut s, t.path(), "ragu.eml"),
        IntakeStatus::AlreadyImported {
            request_id: request.id
        }
    );
}

#[test]
fn not_a_request_needs_a_reason_and_removes_the_original_but_not_the_record() {
    let (t, mut s) = test_store();
    let id = queued(&mut s, t.path(), "akun.eml", OTHER);
    let entry = s.queue_entry(id).unwrap();
    let kept = s
        .dir()
        .join("evidence")
        .join(format!("{}.eml", entry.sha256));
    assert!(kept.exists(), "the original is kept while it waits");
    let blank = dismiss(&mut s, id, "  ", "Tester", now());
    assert!(
        matches!(
            &blank,
            Err(CoreError::Invalid {
                field: "reason",
                ..
            })
        ),
        "{blank:?}"
    );
    let done = dismiss(
        &mut s,
        id,
        "Masalah login, diteruskan ke tim IT",
        "Tester",
        now(),
    )
    .unwrap();
    assert_eq!(
        done.decision,
        Some(QueueDecision::NotRequest {
            reason: "Masalah login, diteruskan ke tim IT".into()
        })
    );
    assert_eq!(done.decided_by.as_deref(), Some("Tester"));
    assert!(!kept.exists(), "an original nothing stands on is not kept");
    assert_eq!(
        s.count_requests().unwrap(),
        0,
        "nothing entered the register"
    );
    assert_eq!(
        queued_again(&mut s, t.path(), "akun.eml"),
        IntakeStatus::Dismissed { queue_id: id },
        "importing it again says it was decided"
    );
    assert_eq!(
        list(&s, true, now()).unwrap().len(),
        1,
        "the decision stays on record"
    );
}

#[test]
fn registering_a_queued_message_from_its_card_decides_the_entry() {
    let (t, mut s) = test_store();
    let id = queued(&mut s, t.path(), "ragu.eml", UNSURE);
    let path = t.path().join("ragu.eml");
    let item = super::super::mail::preview(&s, &path).unwrap().remove(0);
    let form = item
        .proposal
        .as_ref()
        .unwrap()
        .to_form(&[Right::Information]);
    let r = super::super::mail::register(&mut s, &path, None, &item.sha256, &form, "Tester", now())
        .unwrap();
    assert_eq!(
        s.queue_entry(id).unwrap().decision,
        Some(QueueDecision::Request { request_id: r.id }),
        "the queue does not keep a message the register has"
    );
}

fn queued_again(s: &mut Store, dir: &Path, name: &str) -> IntakeStatus {
    let item = super::super::mail::preview(s, &dir.join(name))
        .unwrap()
        .remove(0);
    item.status.unwrap()
}

fn list_waiting(s: &Store) -> Vec<QueueItem> {
    list(s, false, now()).unwrap()
}
