//! Encryption at rest from the command line: `pdpdesk encryption on|status|change|off`, the
//! passphrase from PDPDESK_PASSPHRASE, a clear refusal without it or with a wrong one, and the
//! database file that neither the `sqlite3` tool nor a byte search can read.

use crate::support::Desk;
use std::path::Path;
use std::process::{Command, Output};

const PASS: &str = "kata sandi kantor 2026";
const NEW: &str = "kata sandi baru 2027!";

fn with(desk: &Desk, env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pdpdesk"));
    cmd.args(args)
        .env("PDPDESK_DATA_DIR", desk.data())
        .env("PDPDESK_ACTOR", "Tester")
        .env_remove("PDPDESK_PASSPHRASE")
        .env_remove("PDPDESK_NEW_PASSPHRASE");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run pdpdesk")
}

fn ok(out: Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "pdpdesk failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

fn error(out: &Output) -> serde_json::Value {
    let report: serde_json::Value =
        serde_json::from_slice(&out.stderr).expect("stderr is only the JSON error");
    report["error"].clone()
}

fn holds(dir: &Path, needle: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(at) = stack.pop() {
        for e in std::fs::read_dir(&at).unwrap().flatten() {
            if e.path().is_dir() {
                stack.push(e.path());
            } else if std::fs::read(e.path())
                .unwrap_or_default()
                .windows(needle.len())
                .any(|w| w == needle.as_bytes())
            {
                found.push(e.path().display().to_string());
            }
        }
    }
    found
}

#[test]
fn an_encrypted_register_opens_only_with_its_passphrase_and_the_file_says_nothing() {
    let desk = Desk::new();
    let id = desk.new_request(&[
        "--name",
        "Sekar Ayuningtyas",
        "--email",
        "sekar.ayuningtyas@example.com",
        "--right",
        "access",
        "--channel",
        "email",
    ]);
    let status = ok(with(
        &desk,
        &[("PDPDESK_NEW_PASSPHRASE", PASS)],
        &["encryption", "on", "--json"],
    ));
    assert_eq!(status["encrypted"], true, "{status}");

    // Without the passphrase: a clear refusal (exit 5), and no SQLCipher noise on stderr.
    let locked = with(&desk, &[], &["request", "list", "--json"]);
    assert_eq!(locked.status.code(), Some(5));
    assert_eq!(error(&locked)["code"], "locked");
    let wrong = with(
        &desk,
        &[("PDPDESK_PASSPHRASE", "bukan kata sandinya")],
        &["request", "list", "--json"],
    );
    assert_eq!(error(&wrong)["code"], "wrong_passphrase");

    let list = ok(with(
        &desk,
        &[("PDPDESK_PASSPHRASE", PASS)],
        &["request", "list", "--json"],
    ));
    assert_eq!(
        list[0]["id"],
        id.as_str(),
        "the register reads with the passphrase"
    );

    let db = desk.data().join("pdpdesk.db");
    let sqlite = Command::new("sqlite3")
        .arg(&db)
        .arg("SELECT count(*) FROM requests")
        .output()
        .expect("the sqlite3 tool is installed (scripts/setup)");
    assert!(
        !sqlite.status.success(),
        "sqlite3 must not read an encrypted database: {}",
        String::from_utf8_lossy(&sqlite.stdout)
    );
    assert!(
        String::from_utf8_lossy(&sqlite.stderr).contains("not a database"),
        "{}",
        String::from_utf8_lossy(&sqlite.stderr)
    );
    for needle in ["sekar.ayuningtyas", "Ayuningtyas"] {
        assert_eq!(
            holds(&desk.data(), needle),
            Vec::<String>::new(),
            "nothing in the data folder may hold {needle} in clear"
        );
    }

    // A new passphrase; the old one no longer opens it. Then off: plain for sqlite3 again.
    ok(with(
        &desk,
        &[
            ("PDPDESK_PASSPHRASE", PASS),
            ("PDPDESK_NEW_PASSPHRASE", NEW),
        ],
        &["encryption", "change", "--json"],
    ));
    let old = with(
        &desk,
        &[("PDPDESK_PASSPHRASE", PASS)],
        &["request", "list", "--json"],
    );
    assert_eq!(error(&old)["code"], "wrong_passphrase");
    let off = ok(with(
        &desk,
        &[("PDPDESK_PASSPHRASE", NEW)],
        &["encryption", "off", "--json"],
    ));
    assert_eq!(off["encrypted"], false);
    assert!(!desk.data().join("keyring.json").exists());
    let sqlite = Command::new("sqlite3")
        .arg(&db)
        .arg("SELECT count(*) FROM requests")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&sqlite.stdout).trim(), "1");
    let audit = ok(with(&desk, &[], &["audit", "verify", "--json"]));
    assert_eq!(
        audit["ok"], true,
        "the chain holds through on, change and off: {audit}"
    );
}

#[test]
fn a_short_or_missing_new_passphrase_changes_nothing() {
    let desk = Desk::new();
    desk.new_request(&[
        "--name",
        "Sekar",
        "--email",
        "sekar@example.com",
        "--right",
        "access",
        "--channel",
        "email",
    ]);
    let short = with(
        &desk,
        &[("PDPDESK_NEW_PASSPHRASE", "pendek")],
        &["encryption", "on", "--json"],
    );
    assert_eq!(short.status.code(), Some(2));
    assert_eq!(error(&short)["reason"], "too_short");
    let none = with(&desk, &[], &["encryption", "on", "--json"]);
    assert_eq!(error(&none)["reason"], "required", "no terminal to ask at");
    assert!(
        !desk.data().join("keyring.json").exists(),
        "nothing changed"
    );
}
