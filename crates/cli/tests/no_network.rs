//! PDP Desk opens no network connection of its own: the office's work (the demo office seeded,
//! its sample exports read and indexed, intake, a search, the letters' register, the board's
//! figures, the register as PDF, the audit chain walked, a backup, the purge) runs under
//! `strace` and no socket of an internet family is ever made. The one exception, an explicit
//! e-mail through the office's SMTP server, is tested against a local server in
//! `verify_mail.rs`.

use crate::support;

use std::path::Path;
use std::process::Command;
use support::Desk;

/// Runs `pdpdesk args` under strace, the network calls of it and its threads logged to `log`.
fn traced(desk: &Desk, log: &Path, args: &[&str]) -> String {
    let out = trace(desk, log, args);
    assert!(
        out.status.success(),
        "pdpdesk {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn trace(desk: &Desk, log: &Path, args: &[&str]) -> std::process::Output {
    Command::new("strace")
        .args([
            "-f",
            "-qq",
            "-e",
            "trace=socket,connect,sendto,sendmsg",
            "-o",
        ])
        .arg(log)
        .arg(env!("CARGO_BIN_EXE_pdpdesk"))
        .args(args)
        .arg("--json")
        .env("PDPDESK_DATA_DIR", desk.data())
        .env("PDPDESK_ACTOR", "Tester")
        .output()
        .expect("strace is installed (scripts/setup)")
}

#[test]
fn the_offices_work_opens_no_network_connection() {
    let desk = Desk::new();
    let log_dir = tempfile::tempdir().unwrap();
    let seeded: serde_json::Value =
        serde_json::from_str(&traced(&desk, &log_dir.path().join("demo.log"), &["demo"])).unwrap();
    let exports = seeded["exports"]
        .as_str()
        .expect("the demo's exports")
        .to_string();
    let request = seeded["requests"][0].as_str().unwrap().to_string();
    let pdf = desk.dir.path().join("register.pdf").display().to_string();
    let backup = desk.dir.path().join("cadangan.zip").display().to_string();
    let mail = format!("{exports}/email/01_permohonan_akses_data_pribadi.eml");
    let steps: Vec<Vec<&str>> = vec![
        vec!["source", "add", &exports],
        vec!["index"],
        vec!["intake", "--dry-run", &mail],
        vec!["search", "--request", &request],
        vec!["request", "list"],
        vec!["letter", "register"],
        vec!["metrics"],
        vec![
            "register",
            "export",
            "--from",
            "2025-01-01",
            "--to",
            "2027-12-31",
            "--format",
            "pdf",
            "--out",
            &pdf,
        ],
        vec!["audit", "verify"],
        vec!["backup", "--out", &backup],
        vec!["purge", "--dry-run"],
    ];
    for (i, args) in steps.iter().enumerate() {
        traced(&desk, &log_dir.path().join(format!("{i}.log")), args);
    }
    let mut calls = 0;
    for entry in std::fs::read_dir(log_dir.path()).unwrap().flatten() {
        let log = std::fs::read_to_string(entry.path()).unwrap();
        for line in log.lines() {
            calls += 1;
            assert!(
                !(line.contains("AF_INET")
                    || line.contains("AF_INET6")
                    || line.contains("AF_PACKET")),
                "{}: a network socket was made or used: {line}",
                entry.file_name().to_string_lossy()
            );
        }
    }
    // Local sockets (the C library asking nscd for the login name) are no network; their count
    // is printed so a change shows in the test's output.
    println!("local socket calls across the steps: {calls}");

    // The control: the one connection PDP Desk makes on purpose (a test e-mail through the
    // office's SMTP server, here a closed local port) is seen by the same trace.
    desk.json(&[
        "office",
        "mail-server",
        "--host",
        "127.0.0.1",
        "--port",
        "9",
        "--security",
        "tls",
        "--sender",
        "privasi@example.com",
    ]);
    let control = log_dir.path().join("smtp.log");
    let refused = trace(
        &desk,
        &control,
        &[
            "office",
            "mail-server",
            "--send-test",
            "petugas@example.com",
        ],
    );
    assert!(!refused.status.success(), "nothing listens on port 9");
    let log = std::fs::read_to_string(&control).unwrap();
    assert!(
        log.contains("AF_INET"),
        "the trace sees an explicit SMTP connection, so its silence above means something: {log}"
    );
}
