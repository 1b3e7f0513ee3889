//! Symbolic links inside an added folder, on the real binary: a loop reads each file once, two
//! loops still finish, a link out of the folder is not followed; every skipped link is named.
#![cfg(unix)]

use crate::support;

use serde_json::Value;
use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use support::Desk;

const PEOPLE: &str = "Nama,Email\nAni Lestari,ani@example.com\n";

/// A folder with `a.csv` and `sub/b.csv`.
fn office(desk: &Desk) -> std::path::PathBuf {
    let dir = desk.dir.path().join("exports");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("a.csv"), PEOPLE).unwrap();
    std::fs::write(dir.join("sub/b.csv"), PEOPLE).unwrap();
    dir
}

/// Runs `source add --json` and fails the test when it does not end within 20 s.
fn add_within_20_s(desk: &Desk, dir: &Path) -> Value {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pdpdesk"))
        .args(["source", "add", dir.to_str().unwrap(), "--json"])
        .env("PDPDESK_DATA_DIR", desk.data())
        .env("PDPDESK_ACTOR", "Tester")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("run pdpdesk");
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(20) {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("source add did not finish within 20 s: the link loops are followed");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "source add failed: {out:?}");
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

/// Each outcome as (file, status, error).
fn outcomes(added: &Value) -> Vec<(String, String, String)> {
    added
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["file"].as_str().unwrap().to_string(),
                o["status"].as_str().unwrap().to_string(),
                o["error"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn read_files(added: &Value) -> Vec<String> {
    outcomes(added)
        .into_iter()
        .filter(|(_, status, _)| status == "read")
        .map(|(file, _, _)| file)
        .collect()
}

#[test]
fn a_link_loop_reads_each_file_once_and_names_the_link() {
    let desk = Desk::new();
    let dir = office(&desk);
    symlink("..", dir.join("sub/up")).unwrap();

    let added = add_within_20_s(&desk, &dir);
    assert_eq!(
        read_files(&added),
        ["a.csv", "sub/b.csv"],
        "each real file is read once, not again through the loop"
    );
    let skipped: Vec<_> = outcomes(&added)
        .into_iter()
        .filter(|(_, status, _)| status == "skipped")
        .collect();
    assert_eq!(skipped.len(), 1, "the loop is reported once: {skipped:?}");
    assert_eq!(skipped[0].0, "sub/up", "the skipped link is named");
    assert!(
        skipped[0].2.contains("link loop"),
        "the reason says it is a loop: {}",
        skipped[0].2
    );

    let listed = desk.json(&["source", "list"]);
    let files = listed[0]["files"].as_array().unwrap();
    assert_eq!(files.len(), 2, "the source keeps one row per real file");
}

#[test]
fn two_link_loops_finish_and_a_search_afterwards_too() {
    let desk = Desk::new();
    let dir = office(&desk);
    symlink("..", dir.join("sub/up")).unwrap();
    symlink(".", dir.join("sub/here")).unwrap();
    symlink("../sub", dir.join("sub/again")).unwrap();

    let added = add_within_20_s(&desk, &dir);
    assert_eq!(
        read_files(&added),
        ["a.csv", "sub/b.csv"],
        "every file once, whatever the loops"
    );
    let skipped: Vec<String> = outcomes(&added)
        .into_iter()
        .filter(|(_, status, _)| status == "skipped")
        .map(|(file, _, _)| file)
        .collect();
    assert_eq!(
        skipped,
        ["sub/again", "sub/here", "sub/up"],
        "every loop is named"
    );
    let search = desk.json(&[
        "search",
        "--name",
        "Ani Lestari",
        "--email",
        "ani@example.com",
    ]);
    assert_eq!(
        search["searched"].as_array().unwrap().len(),
        2,
        "a search walks the folder once per file too: {search}"
    );
}

#[test]
fn a_link_out_of_the_folder_is_not_followed_and_is_reported() {
    let desk = Desk::new();
    let dir = office(&desk);
    let elsewhere = desk.dir.path().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::write(elsewhere.join("private.csv"), PEOPLE).unwrap();
    symlink(&elsewhere, dir.join("out")).unwrap();
    symlink(elsewhere.join("private.csv"), dir.join("private.csv")).unwrap();
    symlink("a.csv", dir.join("same.csv")).unwrap();

    let added = add_within_20_s(&desk, &dir);
    assert_eq!(
        read_files(&added),
        ["a.csv", "sub/b.csv"],
        "nothing outside the folder is read, and a link to a file inside counts once"
    );
    let skipped: Vec<(String, String)> = outcomes(&added)
        .into_iter()
        .filter(|(_, status, _)| status == "skipped")
        .map(|(file, _, error)| (file, error))
        .collect();
    assert_eq!(
        skipped.len(),
        2,
        "both outside links are named: {skipped:?}"
    );
    assert!(
        skipped
            .iter()
            .all(|(_, why)| why.contains("outside the added folder")),
        "the reason says where they point: {skipped:?}"
    );
}
