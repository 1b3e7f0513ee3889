//! `pdpdesk source inspect` on the real binary: a whole generated office folder, and a folder
//! with a file that cannot be read.

use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn pdpdesk(data: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_pdpdesk"))
        .args(args)
        .env("PDPDESK_DATA_DIR", data)
        .output()
        .expect("run pdpdesk")
}

#[test]
fn a_generated_office_folder_is_inspected_file_by_file() {
    let tmp = tempfile::tempdir().unwrap();
    let fx = tmp.path().join("fx");
    let gen =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/gen_fixtures.py");
    let ok = Command::new("python3")
        .arg(&gen)
        .args(["--seed", "4", "--rows", "150", "--out"])
        .arg(&fx)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(ok.success());
    let expected: Value =
        serde_json::from_slice(&std::fs::read(fx.join("expected.json")).unwrap()).unwrap();
    let out = pdpdesk(
        &tmp.path().join("data"),
        &["source", "inspect", fx.to_str().unwrap(), "--json"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let files: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let listed = expected["files"].as_object().unwrap();
    assert_eq!(
        files.len(),
        listed.len(),
        "every export is inspected; expected.json itself is not a source"
    );
    for f in &files {
        let name = f["file"].as_str().unwrap();
        assert_eq!(
            f["records"], listed[name]["records"],
            "{name}: record count"
        );
        assert!(
            f["kind"].is_string() && f["columns"].is_array(),
            "{name}: kind and columns are reported"
        );
    }
    let one = pdpdesk(
        &tmp.path().join("data"),
        &[
            "source",
            "inspect",
            fx.join("chatwoot_contacts.csv").to_str().unwrap(),
            "--json",
        ],
    );
    let one: Value = serde_json::from_slice(&one.stdout).unwrap();
    assert_eq!(
        one["kind"], "chatwoot-contacts",
        "a single file gives one object"
    );
    assert_eq!(one["encoding"], "utf-8-bom");
    assert_eq!(one["delimiter"], ",");
    assert_eq!(
        one["columns"][3],
        serde_json::json!({"name": "phone_number", "role": "phone"})
    );
}

#[test]
fn an_unreadable_file_is_reported_and_the_rest_goes_on() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("exports");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("kosong.csv"), "").unwrap();
    std::fs::write(
        dir.join("kontak.csv"),
        "Nama;Telepon\nBudi;0812-1111-2222\n",
    )
    .unwrap();
    let out = pdpdesk(
        &tmp.path().join("data"),
        &["source", "inspect", dir.to_str().unwrap(), "--json"],
    );
    assert_eq!(
        out.status.code(),
        Some(2),
        "a run with an unreadable file exits 2"
    );
    let files: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(files.len(), 2);
    let bad = files.iter().find(|f| f["path"] == "kosong.csv").unwrap();
    assert!(
        bad["error"]
            .as_str()
            .unwrap()
            .contains("kosong.csv: the file is empty"),
        "{bad}"
    );
    let good = files.iter().find(|f| f["file"] == "kontak.csv").unwrap();
    assert_eq!(good["records"], 1);
    assert_eq!(good["delimiter"], ";");
}
