//! A file deleted from a folder source after it was read: the search record lists it as
//! missing, and `source list` shows it.

use crate::support;

use serde_json::Value;
use support::Desk;

#[test]
fn a_deleted_file_is_listed_as_missing_in_the_search_and_the_source_list() {
    let desk = Desk::new();
    let dir = desk.dir.path().join("exports");
    std::fs::create_dir_all(&dir).unwrap();
    let people = "Nama,Email\nAni Lestari,ani@example.com\n";
    std::fs::write(dir.join("kontak.csv"), people).unwrap();
    std::fs::write(dir.join("pelanggan.csv"), people).unwrap();
    desk.json(&["source", "add", dir.to_str().unwrap()]);
    std::fs::remove_file(dir.join("pelanggan.csv")).unwrap();

    for scan in [false, true] {
        let mut args = vec!["search", "--email", "ani@example.com"];
        if scan {
            args.push("--scan");
        }
        let result = desk.json(&args);
        let searched = result["searched"].as_array().unwrap();
        let missing: Vec<&Value> = searched
            .iter()
            .filter(|s| s["file"] == "pelanggan.csv")
            .collect();
        assert_eq!(
            missing.len(),
            1,
            "the deleted file stays in the search record (scan: {scan}): {searched:?}"
        );
        let error = missing[0]["error"].as_str().unwrap_or_default();
        assert!(
            error.starts_with("missing: the file was in the source when it was read on")
                && error.ends_with("and is no longer there"),
            "the record says the file is missing and since when: {error}"
        );
        assert_eq!(
            missing[0]["records"], 0,
            "nothing is counted as searched in it"
        );
        assert_eq!(
            result["hits"].as_array().unwrap().len(),
            1,
            "the other file still hits"
        );
    }

    let listed = desk.json(&["source", "list"]);
    let files = listed[0]["files"].as_array().unwrap();
    let gone: Vec<&Value> = files.iter().filter(|f| f["missing"].is_string()).collect();
    assert_eq!(
        gone.len(),
        1,
        "source list shows the missing file: {files:?}"
    );
    assert_eq!(gone[0]["rel_path"], "pelanggan.csv", "and names it");
    assert!(
        files
            .iter()
            .any(|f| f["rel_path"] == "kontak.csv" && f.get("missing").is_none()),
        "a file still there is not marked missing: {files:?}"
    );

    let table = desk.run(&["source", "list"]);
    let text = String::from_utf8_lossy(&table.stdout);
    assert!(
        text.lines()
            .any(|l| l.contains("pelanggan.csv") && l.contains("missing")),
        "the table says the file is missing:\n{text}"
    );
}
