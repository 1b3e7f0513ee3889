use super::*;
use crate::desk::intake::mail;
use crate::register::RequestState;
use crate::store::test_store;
use crate::vocabulary::Right;
use chrono::TimeZone;
use std::path::Path;

const MAIL: &str = "From: Rina Kartikasari <rina.kartikasari@example.com>\r\nTo: admin@office.example\r\nDate: Mon, 23 Nov 2026 10:00:00 +0700\r\nMessage-ID: <hapus-rina@example.com>\r\nSubject: Permohonan penghapusan data pribadi\r\n\r\nSelamat siang, mohon hapus semua data saya. Nomor saya 0812-7788-9911.\r\n\r\nRina Kartikasari\r\n";

fn closed_at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 30, 3, 0, 0).unwrap()
}

fn months_later(n: u32) -> DateTime<Utc> {
    closed_at() + chrono::Months::new(n)
}

/// A request from an e-mail, with a note naming the requester, closed on 30 November 2026;
/// and a second request left open.
fn office(dir: &Path, store: &mut Store) -> (String, String) {
    let path = dir.join("hapus.eml");
    std::fs::write(&path, MAIL).unwrap();
    let item = mail::preview(store, &path).unwrap().remove(0);
    let form = item.proposal.as_ref().unwrap().to_form(&[Right::Deletion]);
    let at = Utc.with_ymd_and_hms(2026, 11, 23, 4, 0, 0).unwrap();
    let closed = mail::register(store, &path, None, &item.sha256, &form, "Tester", at).unwrap();
    store
        .add_note(
            &closed.id,
            "Bu Rina Kartikasari menelepon, 0812-7788-9911",
            "Tester",
            at,
        )
        .unwrap();
    crate::desk::request::change_state(
        store,
        &closed.id,
        RequestState::Closed,
        "dihapus",
        "Tester",
        closed_at(),
    )
    .unwrap();
    let mut other = form.clone();
    other.name = "Tono Wibisono".into();
    other.emails = vec!["tono.wibisono@example.com".into()];
    other.phones = vec![];
    other.channel = crate::vocabulary::Channel::Letter;
    let open = crate::desk::request::create(store, &other, "Tester", at).unwrap();
    (closed.id, open.id)
}

fn files_hold(dir: &Path, needle: &str) -> Vec<String> {
    let mut found = Vec::new();
    for entry in walk(dir) {
        let bytes = std::fs::read(&entry).unwrap_or_default();
        if bytes
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
        {
            found.push(entry.display().to_string());
        }
    }
    found
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn a_request_is_due_only_after_the_retention_and_the_open_one_never() {
    let (t, mut s) = test_store();
    let (closed, _open) = office(t.path(), &mut s);
    let early = plan(&s, months_later(23)).unwrap();
    assert!(
        early.due.is_empty(),
        "23 months after closing is within two years"
    );
    assert_eq!(
        early.next.as_ref().map(|c| c.id.as_str()),
        Some(closed.as_str()),
        "the next to become due is named, with its day"
    );
    assert_eq!(early.next.unwrap().purge_due, months_later(24));
    let due = plan(&s, months_later(24)).unwrap();
    assert_eq!(
        due.due.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
        [closed.as_str()],
        "only the ended request is due; an open request is never purged"
    );
    set_retention_months(&mut s, 6, "Tester", closed_at()).unwrap();
    assert_eq!(
        plan(&s, months_later(6)).unwrap().due.len(),
        1,
        "the office's setting counts"
    );
    assert!(set_retention_months(&mut s, 0, "Tester", closed_at()).is_err());
}

#[test]
fn the_purge_leaves_a_stub_and_no_byte_of_the_requester_in_the_data_folder() {
    let (t, mut s) = test_store();
    let (closed, open) = office(t.path(), &mut s);
    let data = s.dir().to_path_buf();
    assert!(
        !files_hold(&data, "kartikasari").is_empty(),
        "before the purge the name is in the data folder (else the test proves nothing)"
    );
    let lines = crate::desk::request::detail(&s, &closed, months_later(25))
        .unwrap()
        .events
        .len();
    let report = run(&mut s, "Tester", months_later(25)).unwrap();
    assert_eq!(report.purged.len(), 1);
    let removed = &report.purged[0].removed;
    assert_eq!(removed.evidence, 1, "the original e-mail went");
    assert!(
        removed.contacts >= 2,
        "the e-mail and the phone went: {removed:?}"
    );
    assert!(
        removed.history_lines >= 2,
        "the note and the receipt line were blanked"
    );

    let stub = s.request(&closed).unwrap();
    assert!(stub.purged_at.is_some());
    assert_eq!(stub.requester.name, "");
    assert!(stub.requester.emails.is_empty() && stub.requester.phones.is_empty());
    assert_eq!(stub.rights, [Right::Deletion], "the stub keeps the rights");
    assert_eq!(stub.state, RequestState::Closed, "and the state");
    let events = crate::desk::request::detail(&s, &closed, months_later(25))
        .unwrap()
        .events;
    assert_eq!(events.len(), lines, "every history line stays");
    assert!(events.iter().all(|e| e.text.is_empty()), "each one blank");
    assert!(s.request_evidence(&closed).unwrap().is_empty());
    let other = s.request(&open).unwrap();
    assert_eq!(
        other.requester.name, "Tono Wibisono",
        "the open request is untouched"
    );

    drop(s);
    // The phone as written and as stored (a shorter run of digits turns up by chance in the
    // hex of the database's hashes).
    for needle in ["kartikasari", "7788-9911", "77889911", "hapus-rina"] {
        assert_eq!(
            files_hold(&data, needle),
            Vec::<String>::new(),
            "{needle} must be gone from every file of the data folder (database, WAL, evidence)"
        );
    }
    let mut s = Store::open(&data).unwrap();
    let status = s.audit_status().unwrap();
    assert!(
        status.ok,
        "the purge is part of the chain, not a break of it: {status:?}"
    );
    assert!(
        run(&mut s, "Tester", months_later(26))
            .unwrap()
            .purged
            .is_empty(),
        "a purged request is not purged again"
    );
}

#[test]
fn history_stays_append_only_for_requests_not_purged() {
    let (t, mut s) = test_store();
    let (closed, _) = office(t.path(), &mut s);
    let edit = s.conn.execute(
        "UPDATE request_events SET text = '' WHERE request_id = ?1",
        [&closed],
    );
    assert!(edit.is_err(), "only the purge may blank a history line");
}

#[test]
fn a_blanked_line_without_the_purge_entry_is_reported_as_edited() {
    let (t, mut s) = test_store();
    let (closed, _) = office(t.path(), &mut s);
    // Marked purged and blanked by hand, without the chain's purge entry.
    s.conn
        .execute(
            "UPDATE requests SET purged_at = '2029-01-01T00:00:00Z' WHERE id = ?1",
            [&closed],
        )
        .unwrap();
    s.conn
        .execute(
            "UPDATE request_events SET text = '' WHERE request_id = ?1",
            [&closed],
        )
        .unwrap();
    let status = s.audit_status().unwrap();
    assert!(!status.ok, "blanking history by hand is detected");
    assert_eq!(
        status.problem.unwrap().code,
        crate::audit::check::ProblemCode::HistoryEdited
    );
}
