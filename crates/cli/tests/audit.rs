//! The audit chain against edits made with the `sqlite3` tool directly on the database file (the
//! append-only triggers dropped first, as anyone with the file can): each kind of edit is found,
//! and `audit verify` names the first bad entry with what is wrong, exit 6.

use crate::support;

use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;
use support::Desk;

/// An office with one request and five notes: entry 1 starts the chain, 2 is the request's
/// registration, 3 to 7 are the notes.
fn office() -> (Desk, String) {
    let desk = Desk::new();
    let id = desk.new_request(&[
        "--name",
        "Ani Lestari",
        "--email",
        "ani@example.com",
        "--right",
        "access",
        "--channel",
        "email",
    ]);
    for n in 1..=5 {
        desk.json(&["request", "note", &id, &format!("catatan {n}")]);
    }
    let status = desk.json(&["audit", "verify"]);
    assert_eq!(status["ok"], true, "an untouched chain holds: {status}");
    assert_eq!(status["entries"], 7, "start, created, five notes: {status}");
    (desk, id)
}

fn db(desk: &Desk) -> PathBuf {
    desk.data().join("pdpdesk.db")
}

/// Runs SQL on the database file with the sqlite3 tool.
fn sqlite(desk: &Desk, sql: &str) -> String {
    let out = Command::new("sqlite3")
        .arg(db(desk))
        .arg(sql)
        .output()
        .expect("the sqlite3 tool is installed (scripts/setup)");
    assert!(
        out.status.success(),
        "sqlite3 {sql}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// `audit verify --json` on a broken chain: exit 6, the status on stdout; its problem.
fn broken(desk: &Desk) -> Value {
    let out = desk.run(&["audit", "verify", "--json"]);
    assert_eq!(
        out.status.code(),
        Some(6),
        "a broken chain exits 6: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    let status: Value = serde_json::from_slice(&out.stdout).expect("the status is JSON");
    assert_eq!(status["ok"], false);
    let err: Value = serde_json::from_slice(&out.stderr).expect("the error is JSON");
    assert_eq!(err["error"]["code"], "audit_broken");
    assert_eq!(
        err["error"]["reason"], status["problem"]["code"],
        "the error's reason is the problem's code"
    );
    status["problem"].clone()
}

fn assert_first_bad(problem: &Value, seq: Option<i64>, code: &str, why: &str) {
    assert_eq!(problem["code"], code, "{why}: {problem}");
    assert_eq!(problem["seq"].as_i64(), seq, "{why}: {problem}");
}

const UNLOCK: &str = "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;";

#[test]
fn an_edited_field_is_found_at_its_entry() {
    let (desk, _) = office();
    sqlite(
        &desk,
        &format!("{UNLOCK} UPDATE audit_log SET actor = 'Orang Lain' WHERE seq = 4"),
    );
    assert_first_bad(
        &broken(&desk),
        Some(4),
        "edited",
        "the actor of entry 4 changed",
    );

    let (desk, _) = office();
    sqlite(
        &desk,
        &format!("{UNLOCK} UPDATE audit_log SET at = '2020-01-01T00:00:00Z' WHERE seq = 6"),
    );
    assert_first_bad(
        &broken(&desk),
        Some(6),
        "edited",
        "the time of entry 6 changed",
    );
}

#[test]
fn a_deleted_entry_is_found_by_its_number() {
    let (desk, _) = office();
    sqlite(
        &desk,
        &format!("{UNLOCK} DELETE FROM audit_log WHERE seq = 5"),
    );
    assert_first_bad(&broken(&desk), Some(5), "missing", "entry 5 deleted");
}

#[test]
fn a_deleted_entry_with_the_rest_renumbered_breaks_the_link() {
    let (desk, _) = office();
    sqlite(
        &desk,
        &format!(
            "{UNLOCK} DELETE FROM audit_log WHERE seq = 5;
             UPDATE audit_log SET seq = seq + 1000 WHERE seq > 5;
             UPDATE audit_log SET seq = seq - 1001 WHERE seq > 1000;"
        ),
    );
    assert_first_bad(
        &broken(&desk),
        Some(5),
        "broken_link",
        "entry 6 moved down to 5 does not follow entry 4",
    );
}

#[test]
fn an_inserted_entry_is_found() {
    // At the end, linked to the last one: its hash cannot be made without index.key.
    let (desk, _) = office();
    sqlite(
        &desk,
        &format!(
            "{UNLOCK} INSERT INTO audit_log (seq, at, actor, action, target, digest, prev, hash)
             SELECT 8, at, actor, 'request.note', target, digest, hash, hash FROM audit_log WHERE seq = 7"
        ),
    );
    assert_first_bad(&broken(&desk), Some(8), "edited", "a forged entry 8");

    // In the middle, the rest renumbered to make room: a copy of entry 3 put in as entry 4.
    let (desk, _) = office();
    sqlite(
        &desk,
        &format!(
            "{UNLOCK} UPDATE audit_log SET seq = seq + 1000 WHERE seq >= 4;
             UPDATE audit_log SET seq = seq - 999 WHERE seq > 1000;
             INSERT INTO audit_log SELECT 4, at, actor, action, target, NULL, digest, prev, hash
                 FROM audit_log WHERE seq = 3;"
        ),
    );
    assert_first_bad(
        &broken(&desk),
        Some(4),
        "broken_link",
        "a copy of entry 3 inserted as entry 4",
    );
}

#[test]
fn two_swapped_entries_are_found_at_the_first() {
    let (desk, _) = office();
    sqlite(
        &desk,
        &format!(
            "{UNLOCK} UPDATE audit_log SET seq = -1 WHERE seq = 5;
             UPDATE audit_log SET seq = 5 WHERE seq = 6;
             UPDATE audit_log SET seq = 6 WHERE seq = -1;"
        ),
    );
    assert_first_bad(
        &broken(&desk),
        Some(5),
        "broken_link",
        "entries 5 and 6 swapped",
    );
}

#[test]
fn an_edited_history_line_is_found_through_its_entry() {
    let (desk, id) = office();
    let event = sqlite(&desk, "SELECT event_id FROM audit_log WHERE seq = 6");
    sqlite(
        &desk,
        &format!(
            "DROP TRIGGER request_events_no_update;
             UPDATE request_events SET text = 'catatan yang diubah' WHERE id = {event}"
        ),
    );
    let problem = broken(&desk);
    assert_first_bad(
        &problem,
        Some(6),
        "history_edited",
        "the note entry 6 records",
    );
    assert_eq!(problem["request_id"], id.as_str(), "{problem}");
    assert_eq!(problem["event_id"].to_string(), event, "{problem}");
}

#[test]
fn a_deleted_or_added_history_line_is_found() {
    let (desk, id) = office();
    let event = sqlite(&desk, "SELECT event_id FROM audit_log WHERE seq = 7");
    sqlite(
        &desk,
        &format!("DELETE FROM request_events WHERE id = {event}"),
    );
    assert_first_bad(
        &broken(&desk),
        Some(7),
        "history_missing",
        "the note entry 7 records was deleted",
    );

    let (desk, _) = office();
    sqlite(
        &desk,
        &format!(
            "INSERT INTO request_events (request_id, at, actor, kind, text)
             VALUES ('{id}', '2026-12-01T01:00:00Z', 'Tester', 'note', 'ditambahkan diam-diam')"
        ),
    );
    let problem = broken(&desk);
    assert_first_bad(
        &problem,
        None,
        "history_unrecorded",
        "a history line no entry records",
    );
    assert_eq!(problem["request_id"], id.as_str(), "{problem}");
}

#[test]
fn a_cut_tail_is_found_through_the_head_file() {
    let (desk, _) = office();
    sqlite(
        &desk,
        &format!("{UNLOCK} DELETE FROM audit_log WHERE seq >= 6"),
    );
    assert_first_bad(
        &broken(&desk),
        Some(6),
        "truncated",
        "entries 6 and 7 cut off; the head file still names 7",
    );
}

#[test]
fn a_cut_tail_with_the_last_hash_written_anew_is_found() {
    // The head file rewritten by hand to name the new last entry (its tag cannot be made).
    let (desk, _) = office();
    let head = desk.data().join("audit.head");
    let tag = std::fs::read_to_string(&head).unwrap();
    let tag = tag.split_whitespace().nth(2).unwrap().to_string();
    sqlite(
        &desk,
        &format!("{UNLOCK} DELETE FROM audit_log WHERE seq >= 6"),
    );
    let hash = sqlite(&desk, "SELECT hash FROM audit_log WHERE seq = 5");
    std::fs::write(&head, format!("5 {hash} {tag}\n")).unwrap();
    assert_first_bad(
        &broken(&desk),
        Some(5),
        "head_mismatch",
        "a head file not written by PDP Desk",
    );

    // The new last entry given the head's hash instead: it no longer matches its content.
    let (desk, _) = office();
    let hash = sqlite(&desk, "SELECT hash FROM audit_log WHERE seq = 7");
    sqlite(
        &desk,
        &format!(
            "{UNLOCK} DELETE FROM audit_log WHERE seq >= 6;
             UPDATE audit_log SET hash = '{hash}', seq = 7 WHERE seq = 5;"
        ),
    );
    assert_first_bad(
        &broken(&desk),
        Some(5),
        "missing",
        "entry 5 renumbered as 7 (with the head's hash) leaves 5 and 6 missing",
    );

    // Or kept as entry 5 with the head's hash: it no longer matches its content.
    let (desk, _) = office();
    let hash = sqlite(&desk, "SELECT hash FROM audit_log WHERE seq = 7");
    sqlite(
        &desk,
        &format!(
            "{UNLOCK} DELETE FROM audit_log WHERE seq >= 6;
             UPDATE audit_log SET hash = '{hash}' WHERE seq = 5;"
        ),
    );
    assert_first_bad(
        &broken(&desk),
        Some(5),
        "edited",
        "entry 5 carrying the cut entry 7's hash",
    );
}

#[test]
fn writing_on_after_a_cut_keeps_the_cut_in_the_chain() {
    let (desk, id) = office();
    sqlite(
        &desk,
        &format!("{UNLOCK} DELETE FROM audit_log WHERE seq >= 6"),
    );
    desk.json(&["request", "note", &id, "ditulis sesudahnya"]);
    let problem = broken(&desk);
    assert_first_bad(
        &problem,
        Some(6),
        "head_mismatch_recorded",
        "the next change wrote down that the head named entry 7",
    );
    let entries = desk.json(&["audit", "list"]);
    let recorded = &entries.as_array().unwrap()[5];
    assert_eq!(recorded["action"], "chain.head-mismatch", "{recorded}");
    assert_eq!(recorded["target"], "head@7", "{recorded}");
}

#[test]
fn a_missing_head_file_is_said() {
    let (desk, _) = office();
    std::fs::remove_file(desk.data().join("audit.head")).unwrap();
    assert_first_bad(&broken(&desk), None, "head_missing", "audit.head deleted");
}

#[test]
fn a_replaced_key_is_said_at_the_first_entry() {
    let (desk, _) = office();
    std::fs::write(desk.data().join("index.key"), [9u8; 32]).unwrap();
    assert_first_bad(
        &broken(&desk),
        Some(1),
        "key_changed",
        "every link was made with the old index.key",
    );
}
