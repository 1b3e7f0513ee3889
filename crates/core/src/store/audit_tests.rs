use super::super::test_store;
use crate::register::NewRequest;
use crate::vocabulary::{Channel, RequesterRole, Right};
use chrono::{TimeZone, Utc};

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 3, 2, 0, 0).unwrap()
}

fn request(s: &mut crate::Store) -> String {
    let form = NewRequest {
        received_at: None,
        channel: Channel::Email,
        rights: vec![Right::Access],
        name: "Sari Dewi".into(),
        emails: vec!["sari@example.com".into()],
        phones: vec![],
        postal_address: None,
        nik: None,
        role: RequesterRole::Subject,
        on_behalf_of: None,
        notes: None,
        controller: None,
    };
    let zone = s.office().unwrap().time_zone;
    let valid = form.validate(zone, now()).unwrap();
    s.insert_valid_request(&valid, zone, "Tester", now())
        .unwrap()
        .id
}

#[test]
fn a_new_store_starts_its_chain_and_keeps_its_head_private() {
    let (_t, mut s) = test_store();
    let status = s.audit_status().unwrap();
    assert!(status.ok, "{status:?}");
    assert_eq!(status.entries, 1, "the chain's start only");
    let head = s.dir().join(crate::audit::HEAD_FILE);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&head).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the head file is the office's alone");
    }
    let id = request(&mut s);
    s.add_note(&id, "catatan", "Tester", now()).unwrap();
    let text = std::fs::read_to_string(&head).unwrap();
    assert!(
        text.starts_with("3 "),
        "the head names the last entry: {text}"
    );
}

#[test]
fn a_change_that_fails_leaves_neither_entry_nor_head() {
    let (_t, mut s) = test_store();
    let id = request(&mut s);
    let head = std::fs::read_to_string(s.dir().join(crate::audit::HEAD_FILE)).unwrap();
    let err = s.add_note(&id, "", "Tester", now());
    assert!(err.is_err(), "an empty note is refused");
    let current = s.request(&id).unwrap();
    let moved = s.set_state(
        &current,
        crate::register::RequestState::Closed,
        "",
        "Tester",
        now(),
    );
    assert!(moved.is_err(), "a state change without a reason is refused");
    assert_eq!(s.audit_status().unwrap().entries, 2);
    assert_eq!(
        std::fs::read_to_string(s.dir().join(crate::audit::HEAD_FILE)).unwrap(),
        head,
        "nothing written, the head unchanged"
    );
}

/// What the chain costs a write: 1,000 notes through `add_note` (its entry, its keyed hashes,
/// the head file) against the same 1,000 history lines written as before the chain. Prints the
/// figures; run with `cargo test -p pdp-core --lib audit_cost -- --ignored --nocapture`.
#[test]
#[ignore = "a measurement, not a check"]
fn audit_cost_of_a_thousand_notes() {
    let (_t, mut s) = test_store();
    let id = request(&mut s);
    let n = 1000;
    let started = std::time::Instant::now();
    for i in 0..n {
        let tx = s.conn.transaction().unwrap();
        tx.execute(
            "INSERT INTO request_events (request_id, at, actor, kind, text) VALUES (?1, ?2, 'Tester', 'note', ?3)",
            rusqlite::params![id, super::ts(now()), format!("catatan {i}")],
        )
        .unwrap();
        tx.execute(
            "UPDATE requests SET updated_at = ?1 WHERE id = ?2",
            rusqlite::params![super::ts(now()), id],
        )
        .unwrap();
        tx.commit().unwrap();
    }
    let without = started.elapsed();
    let started = std::time::Instant::now();
    for i in 0..n {
        s.add_note(&id, &format!("catatan {i}"), "Tester", now())
            .unwrap();
    }
    let with = started.elapsed();
    // The head file alone: read, then written anew under a temporary name and renamed.
    let started = std::time::Instant::now();
    for _ in 0..n {
        let crate::audit::HeadFound::Valid(head) = s.chain.read_head().unwrap() else {
            panic!("the head file reads back");
        };
        s.chain.write_head(Some(&head)).unwrap();
    }
    let head = started.elapsed();
    let started = std::time::Instant::now();
    let status = s.audit_status().unwrap();
    let verify = started.elapsed();
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1e3;
    println!(
        "{n} notes: {:.0} ms without the chain, {:.0} ms with it ({:.2} ms a write more), of which \
         the head file {:.0} ms; audit verify over {} entries: {:.0} ms",
        ms(without),
        ms(with),
        (ms(with) - ms(without)) / f64::from(n),
        ms(head),
        status.entries,
        ms(verify)
    );
}
