//! A data folder written by an earlier release (the fixture `register-0.1.0`, schema 16) opens
//! with this build: the migrations carry it forward and nothing of the office is lost (issue #18:
//! installing a newer .deb over an older one migrates the database on first start).

use crate::support::json;
use serde_json::Value;
use std::path::Path;

fn copy_folder(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("make the folder");
    for entry in std::fs::read_dir(from).expect("read the fixture") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_folder(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

fn schema_of(db: &Path) -> i64 {
    assert!(
        db.is_file(),
        "{} is missing: the fixture's database must be committed (see .gitignore's exception)",
        db.display()
    );
    let conn = rusqlite::Connection::open(db).expect("open the database");
    conn.query_row("SELECT MAX(version) FROM schema_migrations", [], |r| {
        r.get(0)
    })
    .expect("the schema's version")
}

#[test]
fn a_register_written_by_release_0_1_0_opens_migrated_with_everything_in_it() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("office");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/register-0.1.0");
    copy_folder(&fixture, &data);
    assert_eq!(
        schema_of(&data.join("pdpdesk.db")),
        16,
        "the fixture is 0.1.0's schema"
    );

    let version = json(&data, &["--version"]);
    let newest = version["schema"].as_i64().expect("the build's schema");

    let list = json(&data, &["request", "list"]);
    let mut ids: Vec<&str> = list
        .as_array()
        .expect("a list")
        .iter()
        .map(|r| r["id"].as_str().expect("an id"))
        .collect();
    ids.sort_unstable();
    assert_eq!(
        ids,
        [
            "REQ-2024-0001",
            "REQ-2026-0001",
            "REQ-2026-0002",
            "REQ-2026-0003",
            "REQ-2026-0004"
        ],
        "every request of the older register is still there"
    );
    assert_eq!(
        schema_of(&data.join("pdpdesk.db")),
        newest,
        "the first open brought the database to this build's schema"
    );

    let shown = json(&data, &["request", "show", "REQ-2024-0001"]);
    assert_eq!(shown["requester"]["name"], "Tri Wulandari", "{shown}");
    let hits = json(&data, &["hit", "list", "--request", "REQ-2024-0001"]);
    let confirmed = hits_with(&hits, "confirmed");
    assert_eq!(confirmed, 103, "the staff's decisions on the hits are kept");

    let audit = json(&data, &["audit", "verify"]);
    assert_eq!(
        audit["ok"], true,
        "the audit chain is whole after the migration: {audit}"
    );
    assert!(
        audit["entries"].as_u64().unwrap_or_default() >= 27,
        "no entry of the chain was lost: {audit}"
    );
}

fn hits_with(list: &Value, decision: &str) -> usize {
    list["hits"]
        .as_array()
        .expect("the search's hits")
        .iter()
        .filter(|h| h["decision"].as_str() == Some(decision))
        .count()
}
