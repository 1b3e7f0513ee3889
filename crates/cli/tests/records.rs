//! The office's own records on the real binary: the purge after retention run years later (the
//! clock moved with `faketime`), what it leaves in the register export and the audit chain; the
//! backup of the data folder restored into a new folder and refused over one in use.

use crate::support;

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};
use support::Desk;

/// Runs `pdpdesk` on `desk` with the clock `offset` ahead (`+800d`), as libfaketime allows.
fn later(desk: &Desk, offset: &str, args: &[&str]) -> Output {
    Command::new("faketime")
        .args(["-f", offset, env!("CARGO_BIN_EXE_pdpdesk")])
        .args(args)
        .env("PDPDESK_DATA_DIR", desk.data())
        .env("PDPDESK_ACTOR", "Tester")
        .output()
        .expect("faketime is installed (scripts/setup)")
}

fn later_json(desk: &Desk, offset: &str, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.push("--json");
    let out = later(desk, offset, &all);
    assert!(
        out.status.success(),
        "pdpdesk {args:?} at {offset}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

/// Whether any file under `dir` holds `needle` (any case).
fn folder_holds(dir: &Path, needle: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(at) = stack.pop() {
        for entry in std::fs::read_dir(&at).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if std::fs::read(&path).is_ok_and(|b| {
                b.windows(needle.len())
                    .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
            }) {
                found.push(path.display().to_string());
            }
        }
    }
    found
}

/// Two requests: one closed today, one left open.
fn office() -> (Desk, String, String) {
    let d = Desk::new();
    let closed = d.new_request(&[
        "--name",
        "Sekar Ayuningtyas",
        "--email",
        "sekar.ayuningtyas@example.com",
        "--phone",
        "0812-4455-6677",
        "--right",
        "deletion",
        "--channel",
        "email",
    ]);
    d.json(&[
        "request",
        "note",
        &closed,
        "Bu Sekar Ayuningtyas menelepon lagi",
    ]);
    d.json(&["request", "state", &closed, "closed", "--reason", "selesai"]);
    let open = d.new_request(&[
        "--name",
        "Gilang Pramudya",
        "--email",
        "gilang.pramudya@example.com",
        "--right",
        "access",
        "--channel",
        "email",
    ]);
    (d, closed, open)
}

#[test]
fn purge_waits_for_the_retention_then_leaves_only_the_stub() {
    let (d, closed, open) = office();
    let now = d.json(&["purge", "--dry-run"]);
    assert_eq!(
        now["retention_months"], 24,
        "two years unless the office sets otherwise"
    );
    assert_eq!(
        now["due"].as_array().unwrap().len(),
        0,
        "nothing is due on the day it closed"
    );
    assert_eq!(now["next"]["id"], closed.as_str(), "the next one is named");

    // 800 days on: past two years.
    let plan = later_json(&d, "+800d", &["purge", "--dry-run"]);
    let due: Vec<&str> = plan["due"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        due,
        [closed.as_str()],
        "only the closed request is due: {plan}"
    );
    assert!(
        !folder_holds(&d.data(), "ayuningtyas").is_empty(),
        "a dry run changes nothing"
    );

    let done = later_json(&d, "+800d", &["purge"]);
    assert_eq!(done["purged"][0]["id"], closed.as_str(), "{done}");
    assert!(
        folder_holds(&d.data(), "ayuningtyas").is_empty()
            // The phone as written and as stored: four digits turn up by chance in a hash.
            && folder_holds(&d.data(), "4455-6677").is_empty()
            && folder_holds(&d.data(), "44556677").is_empty(),
        "the name, e-mail and phone are gone from every byte of the data folder"
    );
    let stub = d.json(&["request", "show", &closed]);
    assert!(stub["purged_at"].is_string(), "{stub}");
    assert_eq!(stub["rights"][0], "deletion", "the stub keeps its rights");
    assert_eq!(stub["state"], "closed");
    let kept = d.json(&["request", "show", &open]);
    assert_eq!(
        kept["requester"]["name"], "Gilang Pramudya",
        "the open request is untouched"
    );

    let chain = d.json(&["audit", "verify"]);
    assert_eq!(
        chain["ok"], true,
        "the purge is logged in the chain, not a break of it: {chain}"
    );
    let entries = d.json(&["audit", "list", "--request", &closed]);
    assert!(
        entries
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "request.purged"),
        "the purge is an entry of the request's chain"
    );

    let csv = d.dir.path().join("register.csv").display().to_string();
    d.json(&[
        "register",
        "export",
        "--from",
        "2026-01-01",
        "--to",
        "2030-12-31",
        "--format",
        "csv",
        "--out",
        &csv,
        "--lang",
        "id",
    ]);
    let text = std::fs::read_to_string(&csv).unwrap();
    let line = text.lines().find(|l| l.contains(&closed)).unwrap();
    assert!(
        line.contains("(dianonimkan)"),
        "the register says the requester was purged: {line}"
    );
}

#[test]
fn retention_is_the_offices_setting_within_bounds() {
    let (d, closed, _) = office();
    let plan = d.json(&["purge", "--set-retention", "6"]);
    assert_eq!(plan["retention_months"], 6);
    let due = later_json(&d, "+190d", &["purge", "--dry-run"]);
    assert_eq!(
        due["due"][0]["id"],
        closed.as_str(),
        "six months on, it is due"
    );
    let err = d.refused(&["purge", "--set-retention", "0"], 2);
    assert_eq!(err["field"], "retention_months", "{err}");
}

#[test]
fn a_backup_restores_into_a_new_folder_and_never_over_one_in_use() {
    let (d, closed, _) = office();
    let file = d.dir.path().join("cadangan.zip");
    let made = d.json(&["backup", "--out", file.to_str().unwrap()]);
    assert_eq!(made["requests"], 2);
    let into = d.dir.path().join("pulih");
    let restored = support::json(
        &d.data(),
        &[
            "restore",
            file.to_str().unwrap(),
            "--into",
            into.to_str().unwrap(),
        ],
    );
    assert_eq!(restored["audit_ok"], true, "{restored}");
    let back = support::json(&into, &["request", "show", &closed]);
    assert_eq!(back["requester"]["name"], "Sekar Ayuningtyas");

    let err = d.refused(
        &[
            "restore",
            file.to_str().unwrap(),
            "--into",
            d.data().to_str().unwrap(),
        ],
        2,
    );
    assert_eq!(
        err["reason"], "holds_register",
        "a folder in use is refused: {err}"
    );
}
