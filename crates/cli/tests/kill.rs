//! A power cut or a killed process (SIGKILL) at any moment of reading sources, indexing or intake
//! leaves a data folder that opens, indexes, finds and imports as if nothing had happened.

use crate::support;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;
use support::Desk;

const ROUNDS: u64 = 6;
const FILES: usize = 3;
const ROWS: usize = 3000;
const MESSAGES: usize = 50;
/// The record every round must find again.
const PLANTED: (&str, &str, &str) = ("Ani Lestari", "ani.lestari@example.com", "0812-0000-7777");

/// Seeded xorshift: the same delays on every run, so a failure can be replayed.
struct Delays(u64);

impl Delays {
    fn next_ms(&mut self, max: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % (max + 1)
    }
}

/// A folder of customer CSVs with a few thousand invented rows; the planted record sits in the
/// middle of the last file.
fn write_exports(dir: &Path) -> PathBuf {
    let folder = dir.join("ekspor");
    std::fs::create_dir(&folder).unwrap();
    for f in 0..FILES {
        let mut csv = String::from("Nama,Email,Telepon,Kota\n");
        for i in 0..ROWS {
            if f == FILES - 1 && i == ROWS / 2 {
                let (name, email, phone) = PLANTED;
                csv.push_str(&format!("{name},{email},{phone},Makassar\n"));
            }
            let n = f * ROWS + i;
            csv.push_str(&format!(
                "Pelanggan Nomor{n},pelanggan{n}@example.com,0813-{:04}-{:04},Kota {}\n",
                n / 10_000,
                n % 10_000,
                n % 37
            ));
        }
        std::fs::write(folder.join(format!("pelanggan_{f}.csv")), csv).unwrap();
    }
    folder
}

/// A mailbox of invented requests, one sender each.
fn write_mailbox(dir: &Path) -> PathBuf {
    let mut mbox = String::new();
    for i in 0..MESSAGES {
        let body = if i % 2 == 0 {
            "Mohon hapus data pribadi saya."
        } else {
            "Saya minta salinan data pribadi saya."
        };
        mbox.push_str(&format!(
            "From pemohon{i}@example.com Mon Nov 23 10:00:00 2026\nFrom: Pemohon Nomor{i} <pemohon{i}@example.com>\nTo: privasi@office.example\nDate: Mon, 23 Nov 2026 10:{:02}:00 +0700\nMessage-ID: <kill-{i}@example.com>\nSubject: Permohonan data pribadi\n\n{body}\n\n",
            i % 60
        ));
    }
    let path = dir.join("masuk.mbox");
    std::fs::write(&path, mbox).unwrap();
    path
}

/// Starts `pdpdesk args`, kills it (SIGKILL) after `delay_ms`, and reaps it. Says whether it was
/// still at work when killed.
fn kill_after(data: &Path, args: &[&str], delay_ms: u64) -> bool {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pdpdesk"))
        .args(args)
        .env("PDPDESK_DATA_DIR", data)
        .env("PDPDESK_ACTOR", "Tester")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start pdpdesk");
    std::thread::sleep(Duration::from_millis(delay_ms));
    let running = child.try_wait().unwrap().is_none();
    let _ = child.kill();
    child.wait().unwrap();
    running
}

fn temporaries(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .map(|d| {
            d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".tmp"))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn a_kill_at_any_moment_leaves_a_usable_data_folder() {
    let mut delays = Delays(0x5eed_2026);
    let mut interrupted = 0;
    for round in 0..ROUNDS {
        let desk = Desk::new();
        let folder = write_exports(desk.dir.path());
        let mbox = write_mailbox(desk.dir.path());
        let (folder, mbox) = (folder.to_str().unwrap(), mbox.to_str().unwrap());
        let data = desk.data();
        // Reading the folder takes about 300 ms in a debug build, the mailbox about 100 ms.
        let (a, b, c) = (
            delays.next_ms(300),
            delays.next_ms(300),
            delays.next_ms(120),
        );
        let when = format!("round {round} (kills after {a}, {b}, {c} ms)");
        for (args, delay) in [
            (&["source", "add", folder][..], a),
            (&["index"], b),
            (&["intake", mbox], c),
        ] {
            interrupted += usize::from(kill_after(&data, args, delay));
        }

        let listed = desk.run(&["request", "list", "--json"]);
        assert_eq!(
            listed.status.code(),
            Some(0),
            "{when}: the database opens: {}",
            String::from_utf8_lossy(&listed.stderr)
        );
        for args in [&["index"][..], &["source", "add", folder]] {
            let out = desk.run(args);
            assert_eq!(
                out.status.code(),
                Some(0),
                "{when}: {args:?} completes: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let (name, email, phone) = PLANTED;
        let found = desk.json(&["search", "--name", name, "--email", email, "--phone", phone]);
        let hits = found["hits"].as_array().expect("hits");
        assert!(
            hits.iter().any(|h| h["file"]
                .as_str()
                .is_some_and(|f| f.ends_with(&format!("pelanggan_{}.csv", FILES - 1)))
                && h["class"] == "strong"),
            "{when}: the planted record is found: {found}"
        );

        let out = desk.run(&["intake", "--json", mbox]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{when}: intake after the kill completes: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let results: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
        assert!(
            results.iter().all(|r| r["request_id"].is_string()),
            "{when}: every message has its request, registered now or before the kill"
        );
        assert_eq!(
            desk.list().len(),
            MESSAGES,
            "{when}: each message registered exactly once"
        );
        let db = rusqlite::Connection::open(data.join("pdpdesk.db")).unwrap();
        let kept: Vec<String> = db
            .prepare("SELECT sha256 FROM intake_messages")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(kept.len(), MESSAGES, "{when}: one row per message");
        for sha in &kept {
            assert!(
                data.join("evidence").join(format!("{sha}.eml")).exists(),
                "{when}: the evidence of {sha} is there"
            );
        }
        for dir in [data.clone(), data.join("evidence")] {
            assert!(
                temporaries(&dir).is_empty(),
                "{when}: the killed processes' temporary files were swept: {:?}",
                temporaries(&dir)
            );
        }
    }
    println!(
        "{interrupted} of {} processes were killed at work",
        ROUNDS * 3
    );
    assert!(
        interrupted >= ROUNDS as usize,
        "the kills must catch processes at work to prove anything: {interrupted} did"
    );
}
