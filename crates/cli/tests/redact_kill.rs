//! A redaction killed (SIGKILL) at any moment leaves the original export either as it was or
//! wholly replaced by its redacted copy, and a copy under its final name only when it is whole.

use crate::support;

use std::process::{Command, Stdio};
use std::time::Instant;
use support::Desk;

const ROWS: usize = 150_000;

fn sha(path: &std::path::Path) -> String {
    let f = std::fs::File::open(path).unwrap();
    pdp_core::fulfil::bundle::digest::copy_hashed(f, std::io::sink())
        .unwrap()
        .0
}

#[test]
fn a_killed_redaction_leaves_the_original_whole_or_wholly_replaced() {
    let desk = Desk::new();
    desk.json(&["office", "set", "--name", "CV Cetak Ceria"]);
    let mut csv = String::from("nama,email,telepon,pesanan\n");
    for i in 0..ROWS {
        if i % 50_000 == 7 {
            csv.push_str("Budi Santoso,budi@example.com,0812-0000-2222,Cetak brosur\n");
        }
        csv.push_str(&format!(
            "Pelanggan {i},pelanggan{i}@example.com,0813-{:04}-{:04},Cetak stiker {i}\n",
            i / 10_000,
            i % 10_000
        ));
    }
    let folder = desk.dir.path().join("ekspor");
    std::fs::create_dir(&folder).unwrap();
    let original = folder.join("pesanan.csv");
    std::fs::write(&original, &csv).unwrap();
    desk.json(&["source", "add", folder.to_str().unwrap()]);
    let id = desk.new_request(&[
        "--name",
        "Budi Santoso",
        "--email",
        "budi@example.com",
        "--right",
        "deletion",
        "--channel",
        "email",
    ]);
    desk.json(&["search", "--request", &id]);
    desk.json(&["hit", "confirm", "--request", &id, "--strong"]);
    let code = desk.json(&["verify", "code", "--request", &id])["code"]
        .as_str()
        .unwrap()
        .to_string();
    desk.json(&["verify", "check", "--request", &id, &code]);
    let before = sha(&original);

    let out = desk.dir.path().join("salinan");
    let copy = out.join("ekspor").join("pesanan.csv");
    let started = Instant::now();
    let report = desk.json(&["redact", "--request", &id, "--out", out.to_str().unwrap()]);
    let whole = started.elapsed();
    let redacted = report["redaction"]["files"][0]["after_sha256"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(report["redaction"]["files"][0]["removed"], 3, "{report}");
    std::fs::remove_dir_all(&out).unwrap();

    for fraction in [0.1, 0.3, 0.5, 0.7, 0.9] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_pdpdesk"))
            .args([
                "redact",
                "--request",
                &id,
                "--out",
                out.to_str().unwrap(),
                "--replace",
                "--json",
            ])
            .env("PDPDESK_DATA_DIR", desk.data())
            .env("PDPDESK_ACTOR", "Tester")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(whole.mul_f64(fraction));
        let _ = child.kill();
        let status = child.wait().unwrap();
        let now = sha(&original);
        assert!(
            now == before || now == redacted,
            "killed at {fraction}: the original is as it was or wholly the redacted copy"
        );
        if copy.exists() {
            assert_eq!(
                sha(&copy),
                redacted,
                "killed at {fraction}: a copy under its name is whole"
            );
        }
        if status.success() || now == redacted {
            // It got as far as replacing: put the original back for the next round.
            std::fs::write(&original, &csv).unwrap();
            desk.json(&["search", "--request", &id]);
            desk.json(&["hit", "confirm", "--request", &id, "--strong"]);
        }
        let _ = std::fs::remove_dir_all(&out);
    }
}
