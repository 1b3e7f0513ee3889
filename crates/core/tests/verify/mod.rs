//! Verification end to end in the core, with the clock and the random draw pinned: the gate
//! follows what was shown, codes expire and lock, a new code replaces the old, the database never
//! holds a code in clear, a NIK is kept masked and compared with the confirmed records.

mod office;

use chrono::Duration;
use office::{draw_424242, missing, now, office};
use pdp_core::desk::verify::{
    check_code, issue_code, override_gate, require_verified, sight_authority, sight_nik, status,
    Delivery,
};
use pdp_core::register::RequestState;
use pdp_core::sources::ReadControl;
use pdp_core::verify::code::Answer;
use pdp_core::verify::Requirement;
use pdp_core::vocabulary::{RequesterRole, Right};
use pdp_core::{CoreError, Store};

#[test]
fn the_gate_opens_with_contact_on_file_and_a_code() {
    let o = office(vec![Right::Access], RequesterRole::Subject, false);
    assert_eq!(
        missing(&o),
        [Requirement::ContactOnFile, Requirement::Identity],
        "an unconfirmed hit proves nothing"
    );
    let refused = require_verified(&o.store, &o.id, &ReadControl::default(), now())
        .expect_err("nothing may leave before verification");
    assert!(
        matches!(refused, CoreError::Verification { .. }),
        "{refused}"
    );
    assert!(refused.to_string().contains("one-time code"), "{refused}");

    let o2 = office(vec![Right::Access], RequesterRole::Subject, true);
    let s = status(&o2.store, &o2.id, &ReadControl::default(), now()).unwrap();
    let contact = s.gate.checks[0]
        .met
        .as_ref()
        .expect("the contact is on file");
    assert_eq!(
        contact.by, "Rina",
        "who confirmed the record that carries it"
    );
    assert!(contact.detail.contains("kontak.csv"), "{contact:?}");
    assert_eq!(missing(&o2), [Requirement::Identity]);
    drop(o);

    let mut o = o2;
    let issued = issue_code(
        &mut o.store,
        &o.id,
        &Delivery::ByHand,
        "Rina",
        now(),
        &mut draw_424242(),
    )
    .unwrap();
    assert_eq!(issued.code.as_deref(), Some("424242"));
    assert!(issued.message_id.contains("424242") && issued.message_en.contains("424242"));
    let answer = check_code(
        &mut o.store,
        &o.id,
        "424 242",
        "Rina",
        now() + Duration::minutes(5),
    )
    .unwrap();
    assert_eq!(answer, Answer::Right);
    assert!(
        require_verified(&o.store, &o.id, &ReadControl::default(), now()).is_ok(),
        "contact on file and the code open the gate"
    );
}

#[test]
fn codes_expire_lock_and_are_replaced() {
    let mut o = office(vec![Right::Deletion], RequesterRole::Subject, true);
    issue_code(
        &mut o.store,
        &o.id,
        &Delivery::ByHand,
        "Rina",
        now(),
        &mut draw_424242(),
    )
    .unwrap();
    let late = check_code(
        &mut o.store,
        &o.id,
        "424242",
        "Rina",
        now() + Duration::minutes(30),
    )
    .expect_err("a code after its 30 minutes");
    assert!(late.to_string().contains("expired"), "{late}");

    issue_code(
        &mut o.store,
        &o.id,
        &Delivery::ByHand,
        "Rina",
        now(),
        &mut draw_424242(),
    )
    .unwrap();
    for left in (1..5).rev() {
        assert_eq!(
            check_code(&mut o.store, &o.id, "000000", "Rina", now()).unwrap(),
            Answer::Wrong { left }
        );
    }
    let locked = check_code(&mut o.store, &o.id, "000000", "Rina", now()).expect_err("fifth wrong");
    assert!(locked.to_string().contains("locked"), "{locked}");
    let still = check_code(&mut o.store, &o.id, "424242", "Rina", now())
        .expect_err("the right code on a locked code");
    assert!(still.to_string().contains("locked"), "{still}");

    // A new code replaces the locked one; the old digits no longer count.
    let mut other = {
        let mut d = vec![123_456u32].into_iter();
        move || Ok(d.next().unwrap_or(1))
    };
    issue_code(
        &mut o.store,
        &o.id,
        &Delivery::ByHand,
        "Rina",
        now(),
        &mut other,
    )
    .unwrap();
    assert_eq!(
        check_code(&mut o.store, &o.id, "424242", "Rina", now()).unwrap(),
        Answer::Wrong { left: 4 },
        "the replaced code is wrong now, and the count starts again"
    );
    assert_eq!(
        check_code(&mut o.store, &o.id, "123456", "Rina", now()).unwrap(),
        Answer::Right
    );
    let history: Vec<String> = pdp_core::desk::request::detail(&o.store, &o.id, now())
        .unwrap()
        .events
        .iter()
        .filter(|e| e.kind.as_str() == "verification")
        .map(|e| e.text.clone())
        .collect();
    for said in ["dibuat", "kedaluwarsa", "salah", "terkunci", "benar"] {
        assert!(
            history.iter().any(|t| t.contains(said)),
            "the history tells every send, failure, expiry, lock and success ({said}): {history:#?}"
        );
    }
}

#[test]
fn the_database_never_holds_a_code_in_clear() {
    let mut o = office(vec![Right::Access], RequesterRole::Subject, true);
    issue_code(
        &mut o.store,
        &o.id,
        &Delivery::ByHand,
        "Rina",
        now(),
        &mut draw_424242(),
    )
    .unwrap();
    let mut bytes = Vec::new();
    for name in ["pdpdesk.db", "pdpdesk.db-wal"] {
        if let Ok(b) = std::fs::read(o.data.join(name)) {
            bytes.extend(b);
        }
    }
    assert!(
        !bytes.windows(6).any(|w| w == b"424242"),
        "only the keyed hash of a code is kept"
    );
}

#[test]
fn a_nik_is_checked_masked_and_compared_with_the_records() {
    let mut o = office(vec![Right::Portability], RequesterRole::Subject, true);
    for (bad, reason) in [
        ("317101050890000", "length"),
        ("31710105089000AB", "format"),
        ("2071010508900002", "province"),
        ("3171013102900002", "birth_date"),
    ] {
        let err = sight_nik(
            &mut o.store,
            &o.id,
            bad,
            "Rina",
            now(),
            &ReadControl::default(),
        )
        .expect_err(bad);
        assert_eq!(err.reason(), Some(reason), "{bad}: {err}");
    }
    let other = sight_nik(
        &mut o.store,
        &o.id,
        "3171014508900001",
        "Rina",
        now(),
        &ReadControl::default(),
    )
    .expect_err("Ani's NIK for Budi's request");
    assert_eq!(other.reason(), Some("mismatch"), "{other}");
    let masked = sight_nik(
        &mut o.store,
        &o.id,
        "3171 0105 0890 0002",
        "Rina",
        now(),
        &ReadControl::default(),
    )
    .unwrap();
    assert_eq!(masked, "317101******0002");
    assert!(require_verified(&o.store, &o.id, &ReadControl::default(), now()).is_ok());
    let mut bytes = std::fs::read(o.data.join("pdpdesk.db")).unwrap();
    bytes.extend(std::fs::read(o.data.join("pdpdesk.db-wal")).unwrap_or_default());
    assert!(
        !bytes.windows(16).any(|w| w == b"3171010508900002"),
        "the NIK sighted is kept masked only"
    );
}

#[test]
fn an_agent_shows_authority_and_an_override_is_logged() {
    let mut o = office(vec![Right::Access], RequesterRole::Agent, true);
    issue_code(
        &mut o.store,
        &o.id,
        &Delivery::ByHand,
        "Rina",
        now(),
        &mut draw_424242(),
    )
    .unwrap();
    check_code(&mut o.store, &o.id, "424242", "Rina", now()).unwrap();
    assert_eq!(missing(&o), [Requirement::Authority]);
    sight_authority(
        &mut o.store,
        &o.id,
        "Surat kuasa bermeterai, 30 Nov 2026",
        "Rina",
        now(),
    )
    .unwrap();
    assert!(missing(&o).is_empty());

    let mut o = office(vec![Right::Access], RequesterRole::Subject, false);
    let no_reason =
        override_gate(&mut o.store, &o.id, "  ", "Kepala", now()).expect_err("no reason");
    assert_eq!(no_reason.reason(), Some("required"));
    override_gate(
        &mut o.store,
        &o.id,
        "Dikenal langsung oleh kepala kantor",
        "Kepala",
        now(),
    )
    .unwrap();
    let gate = require_verified(&o.store, &o.id, &ReadControl::default(), now()).unwrap();
    let by = gate
        .overridden
        .clone()
        .expect("the override is on the gate");
    assert_eq!(by.by, "Kepala");
    assert_eq!(
        gate.missing().len(),
        2,
        "what was not verified stays listed"
    );
}

#[test]
fn a_closed_request_cannot_be_verified() {
    let mut o = office(vec![Right::Access], RequesterRole::Subject, true);
    pdp_core::desk::request::change_state(
        &mut o.store,
        &o.id,
        RequestState::Withdrawn,
        "ditarik pemohon",
        "Rina",
        now(),
    )
    .unwrap();
    let err = issue_code(
        &mut o.store,
        &o.id,
        &Delivery::ByHand,
        "Rina",
        now(),
        &mut draw_424242(),
    )
    .expect_err("a withdrawn request");
    assert!(matches!(err, CoreError::Verification { .. }), "{err}");
}

#[test]
fn an_unanswered_code_is_reminded_then_may_be_closed() {
    use pdp_core::desk::verify::awaiting_answer;
    use pdp_core::verify::Waiting;
    let mut o = office(vec![Right::Access], RequesterRole::Subject, true);
    // Sent on Tuesday 1 December 2026, 10:00 WIB.
    issue_code(
        &mut o.store,
        &o.id,
        &Delivery::ByHand,
        "Rina",
        now(),
        &mut draw_424242(),
    )
    .unwrap();
    let at =
        |store: &Store, days: i64| awaiting_answer(store, now() + Duration::days(days)).unwrap();
    assert_eq!(
        at(&o.store, 1)[0].waiting,
        Waiting::Recent { working_days: 1 }
    );
    assert_eq!(
        at(&o.store, 2)[0].waiting,
        Waiting::Remind { working_days: 2 },
        "two working days without an answer: remind"
    );
    assert_eq!(
        at(&o.store, 14)[0].waiting,
        Waiting::MayClose { working_days: 10 },
        "ten working days (two weekends skipped): may close as unverified"
    );
    check_code(&mut o.store, &o.id, "424242", "Rina", now()).unwrap();
    assert!(
        at(&o.store, 14).is_empty(),
        "an answered code waits for nothing"
    );
}
