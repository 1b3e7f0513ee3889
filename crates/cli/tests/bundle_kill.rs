//! A bundle killed (SIGKILL) at any moment while it is written leaves no file under the name it
//! was to have, no work folder after the next bundle, and the next bundle is whole.

use crate::support;

use std::process::{Command, Stdio};
use std::time::Instant;
use support::Desk;

const ROWS: usize = 20_000;

#[test]
fn a_killed_bundle_leaves_nothing_under_its_name() {
    let desk = Desk::new();
    desk.json(&["office", "set", "--name", "CV Cetak Ceria"]);
    // Budi's many orders: every row is his.
    let mut csv = String::from("nama,email,telepon,pesanan\n");
    for i in 0..ROWS {
        csv.push_str(&format!(
            "Budi Santoso,budi@example.com,0812-0000-2222,Cetak brosur nomor {i}\n"
        ));
    }
    let file = desk.write("pesanan.csv", &csv);
    desk.json(&["source", "add", &file]);
    let id = desk.json(&[
        "request",
        "new",
        "--name",
        "Budi Santoso",
        "--email",
        "budi@example.com",
        "--right",
        "portability",
        "--channel",
        "email",
    ])["id"]
        .as_str()
        .unwrap()
        .to_string();
    desk.json(&["search", "--request", &id]);
    desk.json(&["hit", "confirm", "--request", &id, "--strong"]);
    let code = desk.json(&["verify", "code", "--request", &id])["code"]
        .as_str()
        .unwrap()
        .to_string();
    desk.json(&["verify", "check", "--request", &id, &code]);

    let out = desk.dir.path().join("budi.zip");
    let started = Instant::now();
    desk.json(&["bundle", "--request", &id, "--out", out.to_str().unwrap()]);
    let whole = started.elapsed();
    std::fs::remove_file(&out).unwrap();

    for fraction in [0.2, 0.5, 0.8] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_pdpdesk"))
            .args([
                "bundle",
                "--request",
                &id,
                "--out",
                out.to_str().unwrap(),
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
        if out.exists() {
            // It got as far as the rename (the kill may still have come before it exited): the
            // file under the final name is whole.
            let verified = desk.json(&["bundle", "verify", out.to_str().unwrap()]);
            assert_eq!(
                verified["request_id"], id.as_str(),
                "killed at {fraction} of the time (exit {status}): a file under the final name is whole"
            );
            std::fs::remove_file(&out).unwrap();
        } else {
            assert!(
                !status.success(),
                "a bundle that finished is under its final name"
            );
        }
    }
    let made = desk.json(&["bundle", "--request", &id, "--out", out.to_str().unwrap()]);
    assert_eq!(made["record"]["records"], ROWS as u64, "{made}");
    desk.json(&["bundle", "verify", out.to_str().unwrap()]);
    let work: Vec<_> = std::fs::read_dir(desk.data().join("tmp"))
        .unwrap()
        .collect();
    assert!(
        work.is_empty(),
        "the killed bundles' work folders are swept: {work:?}"
    );
}
