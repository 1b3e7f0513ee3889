//! `pdpdesk verify …` on the real binary: the gate refuses with exit 4 until the requester is
//! verified, codes come from the OS and are checked, bad input is exit 2, a closed request and a
//! locked code are exit 4, and every step is in the history.

use crate::support;

use serde_json::Value;
use support::Desk;

/// Budi's record in an export, his access request, searched, his hit confirmed.
fn verified_contact(desk: &Desk) -> String {
    let csv = desk.dir.path().join("kontak.csv");
    std::fs::write(
        &csv,
        "nama,email,telepon\nAni Lestari,ani@example.com,0812-0000-1111\nBudi Santoso,budi@example.com,0812-0000-2222\n",
    )
    .unwrap();
    desk.json(&["source", "add", csv.to_str().unwrap()]);
    let request = desk.json(&[
        "request",
        "new",
        "--name",
        "Budi Santoso",
        "--email",
        "budi@example.com",
        "--right",
        "access",
        "--channel",
        "email",
    ]);
    let id = request["id"].as_str().unwrap().to_string();
    let gate = desk.refused(&["verify", "gate", "--request", &id], 4);
    assert_eq!(gate["code"], "verification_refused", "{gate}");
    assert!(
        gate["message"].as_str().unwrap().contains("confirmed"),
        "the refusal names what is missing: {gate}"
    );
    desk.json(&["search", "--request", &id]);
    desk.json(&["hit", "confirm", "--request", &id, "--strong"]);
    id
}

#[test]
fn a_code_opens_the_gate_and_every_step_is_in_the_history() {
    let desk = Desk::new();
    let id = verified_contact(&desk);
    let status = desk.json(&["verify", "status", "--request", &id]);
    assert_eq!(status["gate"]["open"], false, "{status}");
    assert_eq!(
        status["gate"]["checks"][0]["met"]["by"], "Tester",
        "contact on file is met by the confirmed record: {status}"
    );
    let issued = desk.json(&["verify", "code", "--request", &id]);
    let code = issued["code"].as_str().unwrap().to_string();
    assert!(
        code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()),
        "six digits: {issued}"
    );
    let waiting = desk.json(&["verify", "waiting"]);
    assert_eq!(waiting[0]["request_id"], id.as_str(), "{waiting}");
    assert_eq!(waiting[0]["waiting"]["kind"], "recent", "{waiting}");
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let err = desk.refused(&["verify", "check", "--request", &id, wrong], 4);
    assert!(
        err["message"].as_str().unwrap().contains("4 more tries"),
        "{err}"
    );
    for bad in ["12345", "abcdef"] {
        let err = desk.refused(&["verify", "check", "--request", &id, bad], 2);
        assert_eq!(err["field"], "code", "{err}");
    }
    desk.json(&["verify", "check", "--request", &id, &code]);
    assert_eq!(
        desk.json(&["verify", "waiting"]),
        serde_json::json!([]),
        "an answered code waits for nothing"
    );
    let gate = desk.json(&["verify", "gate", "--request", &id]);
    assert_eq!(gate["open"], true, "{gate}");
    let detail = desk.json(&["request", "show", &id]);
    let texts: Vec<&str> = detail["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "verification")
        .map(|e| e["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts.len(), 3, "made, wrong, right: {texts:?}");
    assert!(
        texts.iter().all(|t| !t.contains(&code)),
        "the history never repeats the code"
    );
}

#[test]
fn five_wrong_answers_lock_the_code_until_a_new_one_is_sent() {
    let desk = Desk::new();
    let id = verified_contact(&desk);
    let code = desk.json(&["verify", "code", "--request", &id])["code"]
        .as_str()
        .unwrap()
        .to_string();
    let wrong = if code == "000000" { "111111" } else { "000000" };
    for _ in 0..5 {
        desk.refused(&["verify", "check", "--request", &id, wrong], 4);
    }
    let locked = desk.refused(&["verify", "check", "--request", &id, &code], 4);
    assert!(
        locked["message"].as_str().unwrap().contains("locked"),
        "a sixth attempt, even right, is refused: {locked}"
    );
    let fresh = desk.json(&["verify", "code", "--request", &id])["code"]
        .as_str()
        .unwrap()
        .to_string();
    desk.json(&["verify", "check", "--request", &id, &fresh]);
}

#[test]
fn a_nik_and_bad_input_and_a_closed_request() {
    let desk = Desk::new();
    let id = verified_contact(&desk);
    for bad in [
        "317101050890000",
        "31710105089000123",
        "3171O10508900001",
        "3171013102900001",
        "3171017202900001",
        "2071010508900001",
    ] {
        let err = desk.refused(&["verify", "nik", "--request", &id, bad], 2);
        assert_eq!(err["field"], "nik", "{bad}: {err}");
    }
    let ok = desk.json(&["verify", "nik", "--request", &id, "3171010508900001"]);
    assert_eq!(ok["nik_masked"], "317101******0001");
    desk.json(&["verify", "gate", "--request", &id]);
    let refused = desk.refused(&["verify", "agent", "--request", &id, "surat kuasa"], 4);
    assert!(
        refused["message"].as_str().unwrap().contains("themself"),
        "{refused}"
    );
    desk.json(&[
        "request",
        "state",
        &id,
        "withdrawn",
        "--reason",
        "ditarik pemohon",
    ]);
    let closed = desk.refused(&["verify", "code", "--request", &id], 4);
    assert_eq!(closed["code"], "verification_refused", "{closed}");
}

#[test]
fn an_override_needs_a_reason_and_levels_can_be_set() {
    let desk = Desk::new();
    let id = verified_contact(&desk);
    let err = desk.refused(
        &["verify", "override", "--request", &id, "--reason", " "],
        2,
    );
    assert_eq!(err["field"], "reason");
    let s: Value = desk.json(&[
        "verify",
        "override",
        "--request",
        &id,
        "--reason",
        "Dikenal langsung",
    ]);
    assert_eq!(s["gate"]["open"], true);
    assert_eq!(s["gate"]["overridden"]["reason"], "Dikenal langsung");

    let levels = desk.json(&[
        "verify",
        "levels",
        "--set",
        "access=contact-on-file",
        "--code-minutes",
        "15",
    ]);
    assert_eq!(levels["levels"]["per_right"]["access"], "contact-on-file");
    assert_eq!(levels["code_minutes"], 15);
    desk.refused(&["verify", "levels", "--set", "access=sometimes"], 2);
    desk.refused(&["verify", "levels", "--code-minutes", "0"], 2);
}
