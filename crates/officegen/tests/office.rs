//! The generated office as a whole: the same seed gives the same bytes, and the truth file points
//! at records that really hold what it says they hold.

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

/// Every file of a folder, by relative path.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                todo.push(path);
            } else {
                let rel = path
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    out
}

#[test]
fn the_same_seed_writes_the_same_office_and_another_seed_another() {
    let (a, b, c) = (
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
    );
    pdp_officegen::generate(5, 400, a.path()).unwrap();
    pdp_officegen::generate(5, 400, b.path()).unwrap();
    pdp_officegen::generate(6, 400, c.path()).unwrap();
    let (fa, fb) = (files(a.path()), files(b.path()));
    assert_eq!(
        fa.len(),
        18,
        "17 exports and expected.json: {:?}",
        fa.keys()
    );
    assert!(fa == fb, "seed 5 twice gives byte-identical files");
    assert_ne!(
        fa["chatwoot_contacts.csv"],
        files(c.path())["chatwoot_contacts.csv"],
        "seed 6 is another office"
    );
}

#[test]
fn rows_outside_the_workbook_limit_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    for rows in [0, pdp_officegen::MAX_ROWS + 1] {
        let err = pdp_officegen::generate(1, rows, dir.path()).unwrap_err();
        assert_eq!(
            err.kind(),
            std::io::ErrorKind::InvalidInput,
            "{rows}: {err}"
        );
    }
}

/// The text of a generated file (the legacy list is Windows-1252).
fn text(dir: &Path, file: &str) -> String {
    let bytes = std::fs::read(dir.join(file)).unwrap();
    if file.ends_with("cp1252.csv") {
        encoding_rs::WINDOWS_1252.decode(&bytes).0.into_owned()
    } else {
        String::from_utf8(bytes).unwrap()
    }
}

#[test]
fn every_planted_record_holds_its_checks_at_the_line_the_truth_file_gives() {
    let dir = tempfile::tempdir().unwrap();
    let expected: Value = pdp_officegen::generate(2, 700, dir.path()).unwrap();
    let mut checked = 0;
    for subject in expected["subjects"].as_array().unwrap() {
        for kind in ["matches", "must_not_match"] {
            for unit in subject[kind].as_array().unwrap() {
                let file = unit["file"].as_str().unwrap();
                if unit["scope"] == "whole_file"
                    || !file.ends_with(".csv") && !file.ends_with(".txt")
                {
                    continue;
                }
                let text = text(dir.path(), file);
                let lines: Vec<&str> = text.split('\n').collect();
                for at in unit["records"].as_array().unwrap() {
                    let line = at["line"].as_u64().unwrap() as usize;
                    // A record spans at most a few physical lines (quoted multi-line cells).
                    let record = lines[line - 1..(line + 5).min(lines.len())].join("\n");
                    for check in unit["checks"].as_array().unwrap() {
                        let check = check.as_str().unwrap();
                        assert!(
                            record.contains(check),
                            "{} {kind} {file} line {line}: {check:?} not in {record:?}",
                            subject["id"]
                        );
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 60, "the planted records were checked ({checked})");
}
