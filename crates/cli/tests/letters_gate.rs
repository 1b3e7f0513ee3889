//! Letters and the verification gate on the real binary: a letter that releases data waits for
//! the gate, a refusal names its ground, and once the requester is verified the request for
//! proof is no longer offered and a refusal cannot say the identity was not verified.

use crate::support;

use serde_json::{json, Value};
use support::letters::{draft, office, verify, words};
use support::Desk;

#[test]
fn a_letter_that_releases_data_waits_for_the_gate_and_a_refusal_names_its_ground() {
    let desk = Desk::new();
    let id = office(&desk);
    let err = desk.refused(&["letter", "access", "--request", &id], 4);
    assert_eq!(err["code"], "verification_refused", "{err}");
    assert!(
        desk.json(&["letter", "issued", "--request", &id])
            .as_array()
            .unwrap()
            .is_empty(),
        "no number is taken by a refused letter"
    );
    let err = desk.refused(&["letter", "refusal", "--request", &id, "--draft"], 2);
    assert_eq!(err["field"], "ground", "{err}");
    let pdf = draft(&desk, &id, "refusal", "id", &["--ground", "identity"]);
    let text = words(&pdf);
    assert!(
        text.contains("belum dapat kami verifikasi") && text.contains("kode verifikasi"),
        "the identity ground says what is missing: {text}"
    );
    assert!(
        !text.contains("Pasal 33"),
        "only the grounds given are printed"
    );
    verify(&desk, &id);
    let access = desk.json(&["letter", "access", "--request", &id]);
    assert_eq!(access["kind"], "access", "{access}");
}

/// The offer of `kind` in `letter list --json`.
fn offer(desk: &Desk, id: &str, kind: &str) -> Value {
    desk.json(&["letter", "list", "--request", id])["offers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["kind"] == kind)
        .unwrap_or_else(|| panic!("{kind} is offered or folded"))
        .clone()
}

#[test]
fn once_verified_no_proof_is_asked_and_no_refusal_says_the_identity_was_not_verified() {
    let desk = Desk::new();
    let id = office(&desk);
    assert_eq!(
        offer(&desk, &id, "verification-request")["why_not"],
        Value::Null,
        "unverified: proof may be asked"
    );
    assert_eq!(
        offer(&desk, &id, "refusal")["grounds"],
        json!(["identity", "third-party", "exception"]),
        "unverified: a refusal may say so"
    );

    verify(&desk, &id);
    assert_eq!(
        offer(&desk, &id, "verification-request")["why_not"],
        json!({"code": "already_verified"}),
        "verified: the request for proof is folded, with why"
    );
    assert_eq!(
        offer(&desk, &id, "refusal")["grounds"],
        json!(["third-party", "exception"]),
        "verified: only the grounds of Pasal 33 and Pasal 15 remain"
    );
    let asks: [&[&str]; 5] = [
        &["letter", "verification-request", "--request", &id],
        &[
            "letter",
            "verification-request",
            "--request",
            &id,
            "--draft",
        ],
        &["letter", "text", "verification-request", "--request", &id],
        &[
            "letter",
            "refusal",
            "--request",
            &id,
            "--ground",
            "identity",
        ],
        &[
            "letter",
            "refusal",
            "--request",
            &id,
            "--ground",
            "third-party",
            "--ground",
            "identity",
        ],
    ];
    for args in asks {
        let err = desk.refused(args, 4);
        assert_eq!(
            (&err["code"], &err["reason"]),
            (&json!("letter_not_now"), &json!("already_verified")),
            "{args:?} is refused by the rules, with a code the window words: {err}"
        );
        assert!(
            !err["message"]
                .as_str()
                .unwrap()
                .contains("{verification_needed}"),
            "the refusal says why, not which placeholder could not be filled: {err}"
        );
    }
    assert!(
        desk.json(&["letter", "issued", "--request", &id])
            .as_array()
            .unwrap()
            .is_empty(),
        "no number is taken by a refused letter"
    );
    let pdf = draft(&desk, &id, "refusal", "id", &["--ground", "third-party"]);
    let text = words(&pdf);
    assert!(
        text.contains("Pasal 33") && !text.contains("belum dapat kami verifikasi"),
        "a verified requester may still be refused on Pasal 33: {text}"
    );

    // A request for information only: the office asks no proof, so none is asked for.
    let info = desk.json(&[
        "request",
        "new",
        "--name",
        "Sari Wulandari",
        "--email",
        "sari@example.com",
        "--right",
        "information",
        "--channel",
        "email",
    ])["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        offer(&desk, &info, "verification-request")["why_not"],
        json!({"code": "nothing_to_verify"}),
        "no level, nothing to verify"
    );
    let err = desk.refused(&["letter", "verification-request", "--request", &info], 4);
    assert_eq!(err["reason"], "nothing_to_verify", "{err}");
}
