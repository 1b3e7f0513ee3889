//! Two windows, or a window and the CLI, import the same mail at once: every process finishes,
//! each message makes one request and one row, and the data folder is created race-free.

use crate::support;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

const PROCESSES: usize = 4;
const ROUNDS: usize = 10;

/// Four requests from four invented requesters.
fn write_mails(dir: &Path) -> Vec<PathBuf> {
    let people = [
        (
            "Ani Lestari",
            "ani.lestari",
            "Mohon hapus data pribadi saya.",
        ),
        (
            "Budi Santoso",
            "budi.santoso",
            "Saya minta salinan data pribadi saya.",
        ),
        (
            "Citra Dewi",
            "citra.dewi",
            "Please delete my personal data.",
        ),
        (
            "Dedi Kurnia",
            "dedi.kurnia",
            "Mohon hapus data pribadi saya dan nomor 0812-0000-1234.",
        ),
    ];
    people
        .iter()
        .enumerate()
        .map(|(i, (name, local, body))| {
            let path = dir.join(format!("{local}.eml"));
            let text = format!(
                "From: {name} <{local}@example.com>\r\nTo: privasi@office.example\r\nDate: Mon, 23 Nov 2026 1{i}:00:00 +0700\r\nMessage-ID: <race-{i}@example.com>\r\nSubject: Permohonan data pribadi\r\n\r\n{body}\r\n"
            );
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect()
}

fn start_intake(data: &Path, mails: &[PathBuf]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_pdpdesk"))
        .arg("intake")
        .arg("--json")
        .args(mails)
        .env("PDPDESK_DATA_DIR", data)
        .env("PDPDESK_ACTOR", "Tester")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start pdpdesk intake")
}

#[test]
fn simultaneous_intakes_register_each_message_once() {
    for round in 0..ROUNDS {
        let tmp = tempfile::tempdir().unwrap();
        let mails = write_mails(tmp.path());
        let data = tmp.path().join("data");
        let children: Vec<Child> = (0..PROCESSES)
            .map(|_| start_intake(&data, &mails))
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert_eq!(
                out.status.code(),
                Some(0),
                "round {round}: every intake finishes cleanly, a message the other process took is no error: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let results: Vec<Value> = serde_json::from_slice(&out.stdout).expect("JSON results");
            for r in &results {
                assert!(
                    r["request_id"].as_str().is_some_and(|id| id.starts_with("REQ-2026-")),
                    "round {round}: each message names its request, registered here or by the other process: {r}"
                );
            }
        }
        let list = support::json(&data, &["request", "list"]);
        assert_eq!(
            list.as_array().unwrap().len(),
            mails.len(),
            "round {round}: exactly one request per message: {list}"
        );
        let db = rusqlite::Connection::open(data.join("pdpdesk.db")).unwrap();
        let rows: i64 = db
            .query_row(
                "SELECT COUNT(*) FROM intake_messages WHERE message_id LIKE 'race-%'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(
            rows,
            mails.len() as i64,
            "round {round}: each message row exists once"
        );
        let kept = std::fs::read_dir(data.join("evidence")).unwrap().count();
        assert_eq!(
            kept,
            mails.len(),
            "round {round}: one original per message, no stray file"
        );
    }
}
