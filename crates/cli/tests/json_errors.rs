//! `--json` kept everywhere on the real binary: argument errors, progress and failures leave only
//! one JSON error object on stderr, and each failure has its exit code (2 bad input, 3 not found,
//! 5 database unusable).

use crate::support;

use serde_json::Value;
use support::Desk;

/// Runs with `args` as given (`--json` among them), expects exit `code` and stderr that is one
/// JSON error object; returns it.
fn json_failure(d: &Desk, args: &[&str], code: i32) -> Value {
    let out = d.run(args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "pdpdesk {args:?}: {stderr}");
    let report: Value = serde_json::from_str(&stderr)
        .unwrap_or_else(|e| panic!("pdpdesk {args:?}: stderr must be JSON only ({e}): {stderr}"));
    report["error"].clone()
}

#[test]
fn argument_errors_under_json_are_a_json_error() {
    let d = Desk::new();
    for args in [
        &["request", "new", "--json"][..],
        &["--json", "no-such-verb"],
        &["hit", "show", "--json", "not-a-number"],
    ] {
        let err = json_failure(&d, args, 2);
        assert_eq!(err["code"], "invalid_arguments", "{args:?}: {err}");
        assert!(
            err["message"].as_str().is_some_and(|m| !m.is_empty()),
            "{args:?}: the message says what is wrong: {err}"
        );
    }
    let help = d.run(&["--help", "--json"]);
    assert_eq!(help.status.code(), Some(0), "--help still prints help");
}

#[test]
fn reading_sources_under_json_prints_no_progress() {
    let d = Desk::new();
    let folder = d.dir.path().join("exports");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(
        folder.join("kontak.csv"),
        "nama,email\nAni Lestari,ani@example.com\n",
    )
    .unwrap();
    let out = d.run(&["source", "add", folder.to_str().unwrap(), "--json"]);
    assert!(out.status.success(), "the source is added");
    assert!(
        out.stderr.is_empty(),
        "no progress lines under --json: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::write(folder.join("rusak.xlsx"), b"PK\x03\x04not a workbook").unwrap();
    let err = json_failure(&d, &["index", "--json"], 2);
    assert_eq!(
        err["field"], "file",
        "the unreadable file is the failure: {err}"
    );
}

#[test]
fn an_intake_with_broken_files_under_json_names_them_in_one_error() {
    let d = Desk::new();
    let empty = d.write("kosong.eml", "");
    let missing = d.dir.path().join("hilang.eml");
    let err = json_failure(
        &d,
        &["intake", "--json", &empty, missing.to_str().unwrap()],
        2,
    );
    let message = err["message"].as_str().unwrap();
    for name in ["kosong.eml", "hilang.eml"] {
        assert!(message.contains(name), "the error names {name}: {message}");
    }
}

#[test]
fn a_garbage_database_is_unusable_not_an_internal_error() {
    let d = Desk::new();
    std::fs::create_dir_all(d.data()).unwrap();
    let db = d.data().join("pdpdesk.db");
    std::fs::write(&db, "garbage, not SQLite").unwrap();
    let err = json_failure(&d, &["request", "list", "--json"], 5);
    assert_eq!(err["code"], "database_damaged", "{err}");
    let message = err["message"].as_str().unwrap();
    assert!(
        message.contains("damaged") && message.contains("nothing was changed"),
        "the message says what is wrong in plain words: {message}"
    );
    assert_eq!(
        std::fs::read(&db).unwrap(),
        b"garbage, not SQLite",
        "the file is left as it was"
    );
    let out = d.run(&["request", "list"]);
    assert_eq!(out.status.code(), Some(5), "without --json too");
}

#[test]
fn an_unknown_hit_is_not_found() {
    let d = Desk::new();
    for args in [
        &["hit", "show", "999999", "--json"][..],
        &["hit", "confirm", "999999", "--json"],
    ] {
        let err = json_failure(&d, args, 3);
        assert_eq!(err["code"], "not_found", "{args:?}: {err}");
        assert!(
            err["message"].as_str().unwrap().contains("999999"),
            "{args:?}: the message names the id: {err}"
        );
    }
}

#[test]
fn the_version_names_the_database_schema_in_words_and_in_json() {
    let d = Desk::new();
    let out = d.run(&["--version"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("pdpdesk ") && text.contains("(database schema "),
        "which build and which schema: {text}"
    );
    let json = d.json(&["--version"]);
    assert_eq!(json["version"], env!("CARGO_PKG_VERSION"));
    let schema = json["schema"].as_i64().expect("the schema is a number");
    assert!(
        text.contains(&format!("schema {schema})")),
        "both say the same schema: {text} / {json}"
    );
    assert!(
        !d.data().exists(),
        "asking the version touches no data folder"
    );
}
