//! Processor routing on the real binary: a request concerning a client's end users names the
//! client as controller and gets the note that forwards it.

use crate::support;

use support::{json, pdpdesk};

const NEW: &[&str] = &[
    "request",
    "new",
    "--name",
    "Siti Rahma",
    "--email",
    "Siti.Rahma@Example.com",
    "--right",
    "access",
    "--channel",
    "email",
    "--received",
    "2026-03-02T10:15:00+07:00",
];

#[test]
fn a_processor_gets_a_forwarding_note_for_its_client() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let mut args = NEW.to_vec();
    args.extend([
        "--controller",
        "Klinik Sehat Sentosa",
        "--controller-contact",
        "dpo@klinik.example",
    ]);
    let created = json(&data, &args);
    assert_eq!(created["controller"]["name"], "Klinik Sehat Sentosa");
    let note = json(
        &data,
        &["request", "forward-note", "REQ-2026-0001", "--lang", "en"],
    );
    let text = note["text"].as_str().unwrap();
    assert!(
        text.starts_with("To: Klinik Sehat Sentosa (dpo@klinik.example)"),
        "{text}"
    );
    assert!(
        text.contains("siti.rahma@example.com"),
        "the controller needs the requester's contact: {text}"
    );
    let plain = json(&data, NEW);
    let refused = pdpdesk(
        &data,
        &["request", "forward-note", plain["id"].as_str().unwrap()],
    );
    assert_eq!(
        refused.status.code(),
        Some(2),
        "a request without a controller has nothing to forward"
    );
}
