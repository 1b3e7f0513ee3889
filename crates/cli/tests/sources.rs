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
    let expected = pdp_officegen::generate(4, 150, &fx).expect("the office generator writes");
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

fn json(data: &Path, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.push("--json");
    let out = pdpdesk(data, &all);
    assert!(
        out.status.success(),
        "pdpdesk {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn statuses(outcomes: &Value) -> Vec<(String, String)> {
    outcomes
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["file"].as_str().unwrap().to_string(),
                o["status"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn added_sources_are_read_again_only_where_they_changed() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let dir = tmp.path().join("exports");
    std::fs::create_dir_all(dir.join("crm")).unwrap();
    std::fs::write(
        dir.join("crm/kontak.csv"),
        "Nama,Email,Telepon\nBudi,budi@example.com,0812-1111-2222\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("aneh.csv"),
        "k1;k2;k3\nSiti;0813-2222-3333;Jl. B\n",
    )
    .unwrap();
    std::fs::write(dir.join("catatan.docx"), "not read").unwrap();

    let added = json(&data, &["source", "add", dir.to_str().unwrap()]);
    assert_eq!(
        statuses(&added),
        [
            ("aneh.csv".into(), "read".into()),
            ("crm/kontak.csv".into(), "read".into())
        ],
        "folders are read recursively; other files are left out"
    );
    assert_eq!(
        added[0]["report"]["needs_mapping"], true,
        "an unknown layout asks for a mapping"
    );

    let again = json(&data, &["index"]);
    assert!(
        statuses(&again).iter().all(|(_, s)| s == "unchanged"),
        "nothing changed: {again}"
    );

    std::fs::write(
        dir.join("crm/kontak.csv"),
        "Nama,Email,Telepon\nBudi,budi@example.com,0812-1111-2222\nSari,sari@example.com,0813\n",
    )
    .unwrap();
    let changed = json(&data, &["index"]);
    let s = statuses(&changed);
    assert!(
        s.contains(&("crm/kontak.csv".into(), "read".into()))
            && s.contains(&("aneh.csv".into(), "unchanged".into())),
        "{s:?}"
    );
    assert_eq!(
        changed
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["file"] == "crm/kontak.csv")
            .unwrap()["report"]["records"],
        2
    );

    let bad_map = pdpdesk(
        &data,
        &[
            "source",
            "map",
            dir.join("aneh.csv").to_str().unwrap(),
            "--roles",
            "name,phone",
        ],
    );
    assert_eq!(
        bad_map.status.code(),
        Some(2),
        "the roles must match the columns"
    );
    let mapped = json(
        &data,
        &[
            "source",
            "map",
            dir.join("aneh.csv").to_str().unwrap(),
            "--roles",
            "name,phone,address",
        ],
    );
    let aneh = mapped
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["file"] == "aneh.csv")
        .unwrap()
        .clone();
    assert_eq!(
        aneh["status"], "read",
        "a mapped file is read again with its roles"
    );
    assert_eq!(aneh["report"]["needs_mapping"], false);
    assert_eq!(aneh["report"]["columns"][1]["role"], "phone");

    std::fs::remove_file(dir.join("aneh.csv")).unwrap();
    let gone = json(&data, &["index"]);
    assert!(statuses(&gone).contains(&("aneh.csv".into(), "gone".into())));
    let listed = json(&data, &["source", "list"]);
    assert_eq!(listed[0]["files"].as_array().unwrap().len(), 1);

    let missing = pdpdesk(
        &data,
        &["source", "add", tmp.path().join("nope").to_str().unwrap()],
    );
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("nope"));
}
