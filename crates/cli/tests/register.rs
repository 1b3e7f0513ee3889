//! Runs the real `pdpdesk` binary on a temporary data directory, as a script or a person would.

use crate::support;

use serde_json::Value;
use std::path::Path;
use support::{pdpdesk, Desk};

const NEW: &[&str] = &[
    "request",
    "new",
    "--name",
    "Siti Rahma",
    "--email",
    "Siti.Rahma@Example.com",
    "--phone",
    "0812-3456-7890",
    "--right",
    "access",
    "--right",
    "deletion",
    "--channel",
    "email",
    "--received",
    "2026-03-02T10:15:00+07:00",
];

#[test]
fn a_new_request_is_numbered_and_listed() {
    let d = Desk::new();
    let created = d.json(NEW);
    assert_eq!(
        created["id"], "REQ-2026-0001",
        "first request of the year of receipt"
    );
    assert_eq!(
        created["requester"]["emails"][0], "siti.rahma@example.com",
        "e-mail is normalised"
    );
    assert_eq!(
        created["requester"]["phones"][0], "+6281234567890",
        "phone is stored as E.164"
    );
    assert_eq!(created["rights"], serde_json::json!(["access", "deletion"]));
    assert_eq!(created["state"], "received");
    let second = d.json(NEW);
    assert_eq!(
        second["id"], "REQ-2026-0002",
        "numbers run on within a year"
    );
    let list = d.list();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0]["id"], "REQ-2026-0002", "newest first by default");
    let filtered = d.json(&["request", "list", "--right", "correction"]);
    assert_eq!(
        filtered.as_array().unwrap().len(),
        0,
        "the right filter must exclude requests without it"
    );
}

#[test]
fn state_changes_and_notes_are_kept_as_history() {
    let d = Desk::new();
    d.json(NEW);
    d.json(&[
        "request",
        "state",
        "REQ-2026-0001",
        "verifying",
        "--reason",
        "Kode dikirim ke e-mail",
    ]);
    d.json(&["request", "note", "req-2026-0001", "Pemohon menelepon"]);
    let shown = d.json(&["request", "show", "REQ-2026-0001"]);
    let events = shown["events"].as_array().unwrap();
    let kinds: Vec<&str> = events.iter().map(|e| e["kind"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        ["created", "state", "note"],
        "every change is an event, oldest first"
    );
    assert_eq!(events[1]["from_state"], "received");
    assert_eq!(events[1]["to_state"], "verifying");
    assert_eq!(events[1]["text"], "Kode dikirim ke e-mail");
    assert_eq!(events[1]["actor"], "Tester", "who acted is recorded");
    assert_eq!(shown["state"], "verifying");

    let back = d.run(&[
        "request",
        "state",
        "REQ-2026-0001",
        "received",
        "--reason",
        "x",
    ]);
    assert_eq!(
        back.status.code(),
        Some(4),
        "going back to received is refused"
    );
    let after = d.json(&["request", "show", "REQ-2026-0001"]);
    assert_eq!(
        after["events"].as_array().unwrap().len(),
        3,
        "a refused change adds no event"
    );
}

#[test]
fn bad_input_is_explained_and_changes_nothing() {
    let d = Desk::new();
    let cases: &[(&[&str], &str)] = &[
        (&["--right", "erasure"], "erasure"),
        (&["--received", "2026-02-30T10:00:00+07:00"], "not a date"),
        (&["--received", "kemarin"], "not a date"),
        (&["--email", "siti(at)example.com"], "not an e-mail"),
        (&["--phone", "12345"], "not a phone"),
        (&["--nik", "1234567890"], "NIK"),
    ];
    for (extra, needle) in cases {
        let mut args: Vec<&str> = vec![
            "request",
            "new",
            "--name",
            "X",
            "--email",
            "x@example.com",
            "--channel",
            "email",
        ];
        if !extra.contains(&"--right") {
            args.extend(["--right", "access"]);
        }
        args.extend_from_slice(extra);
        let out = d.run(&args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{extra:?} must fail as bad input: {err}"
        );
        assert!(
            err.contains(needle),
            "{extra:?}: message should mention {needle:?}: {err}"
        );
    }
    assert!(
        d.list().is_empty(),
        "no failed command may register anything"
    );

    let missing = d.run(&["request", "show", "REQ-2026-0099"]);
    assert_eq!(missing.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("REQ-2026-0099 not found"));
}

#[test]
fn json_errors_carry_code_and_field() {
    let d = Desk::new();
    let out = d.run(&[
        "request",
        "new",
        "--name",
        "X",
        "--right",
        "access",
        "--channel",
        "phone",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err: Value = serde_json::from_slice(&out.stderr).expect("--json errors are JSON on stderr");
    assert_eq!(err["error"]["code"], "invalid_input");
    assert_eq!(
        err["error"]["field"], "contact",
        "a request needs a way to reach the requester"
    );
}

#[test]
fn unusable_data_dir_is_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("not-a-dir");
    std::fs::write(&file, b"x").unwrap();
    let out = pdpdesk(&file.join("data"), &["request", "list"]);
    assert_eq!(out.status.code(), Some(5));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("not usable") && err.contains("not-a-dir"),
        "message names the folder: {err}"
    );
}

#[test]
fn a_database_from_a_newer_version_is_refused_untouched() {
    let d = Desk::new();
    d.json(NEW);
    let db = d.data().join("pdpdesk.db");
    {
        let c = rusqlite::Connection::open(&db).unwrap();
        c.execute(
            "INSERT INTO schema_migrations VALUES (99, 'future', 'x', '2030-01-01T00:00:00Z')",
            [],
        )
        .unwrap();
    }
    let before = std::fs::read(&db).unwrap();
    let out = d.run(&["request", "list"]);
    assert_eq!(out.status.code(), Some(5));
    assert!(String::from_utf8_lossy(&out.stderr).contains("newer PDP Desk"));
    assert_eq!(
        std::fs::read(&db).unwrap(),
        before,
        "the newer database is not modified"
    );
}

#[cfg(unix)]
#[test]
fn data_is_private_on_disk() {
    use std::os::unix::fs::PermissionsExt;
    let d = Desk::new();
    d.json(NEW);
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&d.data()), 0o700);
    assert_eq!(mode(&d.data().join("pdpdesk.db")), 0o600);
}

#[test]
fn office_profile_is_validated_and_saved() {
    let d = Desk::new();
    let o = d.json(&[
        "office",
        "set",
        "--name",
        "Klinik Sehat",
        "--time-zone",
        "WIT",
        "--policy-days",
        "14",
    ]);
    assert_eq!(o["name"], "Klinik Sehat");
    assert_eq!(o["time_zone"], "Asia/Jayapura");
    assert_eq!(o["policy_days"], 14);
    let bad = d.run(&["office", "set", "--policy-days", "0", "--name", "Other"]);
    assert_eq!(bad.status.code(), Some(2), "a zero-day window is refused");
    let logo = d.dir.path().join("logo.png");
    std::fs::write(&logo, b"GIF89a not a png").unwrap();
    let bad_logo = d.run(&["office", "set", "--logo", logo.to_str().unwrap()]);
    assert_eq!(bad_logo.status.code(), Some(2), "a non-PNG logo is refused");
    assert!(
        String::from_utf8_lossy(&bad_logo.stderr).contains("logo.png"),
        "the file is named"
    );
    let o = d.json(&["office", "show"]);
    assert_eq!(
        o["name"], "Klinik Sehat",
        "refused changes leave the profile as it was"
    );
    assert_eq!(o["policy_days"], 14);
    assert_eq!(o["has_logo"], false);
}

#[test]
fn demo_office_is_seeded_once_and_leaves_cleanly() {
    let d = Desk::new();
    let seeded = d.json(&["demo"]);
    assert_eq!(seeded["requests"].as_array().unwrap().len(), 4);
    assert_eq!(d.json(&["office", "show"])["is_demo"], true);
    assert!(d.list().iter().all(|r| r["is_demo"] == true));
    let exports = seeded["exports"].as_str().unwrap().to_string();
    let added = d.json(&["source", "add", &exports]);
    assert!(
        added.to_string().contains("chatwoot_contacts.csv"),
        "the sample exports are readable as a source: {added}"
    );
    let again = d.run(&["demo"]);
    assert_eq!(
        again.status.code(),
        Some(4),
        "the demo never mixes into a used register"
    );
    d.json(NEW);
    let cleared = d.json(&["demo", "--clear"]);
    assert_eq!(cleared["removed_requests"], 4);
    assert!(
        !std::path::Path::new(&exports).exists(),
        "leaving the demo removes its sample exports"
    );
    let left = d.list();
    assert_eq!(
        left.len(),
        1,
        "staff's own request survives leaving the demo"
    );
    assert_eq!(left[0]["requester"]["name"], "Siti Rahma");
}

#[test]
fn the_demo_says_where_its_sample_exports_are_and_how_to_add_them() {
    let d = Desk::new();
    let out = d.run(&["demo"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let dir = d.data().join("demo-exports");
    assert!(
        text.contains(&format!("pdpdesk source add \"{}\"", dir.display())),
        "the folder and the verb that adds it are named: {text}"
    );
    assert!(
        dir.join("chatwoot_contacts.csv").is_file(),
        "and it is there"
    );
}

#[test]
fn the_time_of_receipt_is_corrected_with_a_reason() {
    let d = Desk::new();
    d.json(NEW);
    let no_reason = d.run(&[
        "request",
        "received",
        "REQ-2026-0001",
        "2026-03-01T16:00:00+07:00",
        "--reason",
        " ",
    ]);
    assert_eq!(
        no_reason.status.code(),
        Some(2),
        "a correction needs a reason"
    );
    let r = d.json(&[
        "request",
        "received",
        "REQ-2026-0001",
        "2026-03-01T16:00:00+07:00",
        "--reason",
        "E-mail masuk ke folder spam",
    ]);
    assert_eq!(r["received_at"], "2026-03-01T16:00:00+07:00");
    let shown = d.json(&["request", "show", "REQ-2026-0001"]);
    let last = shown["events"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["kind"], "receipt-corrected");
    assert_eq!(
        last["text"], "2026-03-02 10:15 → 2026-03-01 16:00: E-mail masuk ke folder spam",
        "from, to and why are kept"
    );
}
