//! What the audit chain covers: every kind of change appends its entry, two processes writing at
//! once leave one whole chain, leaving the demo keeps it whole, and a database from before the
//! chain gets one that takes in the history already there.

use crate::support;

use serde_json::Value;
use std::process::Command;
use support::Desk;

fn actions(desk: &Desk) -> Vec<String> {
    desk.json(&["audit", "list"])
        .as_array()
        .expect("a list")
        .iter()
        .map(|e| e["action"].as_str().unwrap_or_default().to_string())
        .collect()
}

fn assert_whole(desk: &Desk, why: &str) -> Value {
    let status = desk.json(&["audit", "verify"]);
    assert_eq!(status["ok"], true, "{why}: {status}");
    status
}

#[test]
fn changes_without_a_history_line_have_their_entry_too() {
    let desk = Desk::new();
    desk.json(&[
        "office",
        "set",
        "--name",
        "CV Cetak Ceria",
        "--city",
        "Denpasar",
    ]);
    desk.json(&[
        "calendar",
        "add",
        "2026-12-24",
        "--name",
        "Tutup akhir tahun",
    ]);
    desk.json(&["calendar", "remove", "2026-12-24"]);
    desk.json(&["verify", "levels", "--code-minutes", "45"]);
    let folder = desk.dir.path().join("ekspor");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(
        folder.join("kontak.csv"),
        "nama,email\nAni,ani@example.com\n",
    )
    .unwrap();
    let folder = folder.to_str().unwrap();
    desk.json(&["source", "add", folder]);
    desk.json(&["source", "remove", folder]);
    let done = actions(&desk);
    for action in [
        "chain.started",
        "office.profile",
        "calendar.added",
        "calendar.removed",
        "settings.code-minutes",
        "source.added",
        "source.removed",
    ] {
        assert!(done.iter().any(|a| a == action), "{action} in {done:?}");
    }
    let list = desk.json(&["audit", "list"]).to_string();
    assert!(
        !list.contains("ekspor") && !list.contains("Tutup akhir") && !list.contains("Cetak Ceria"),
        "details are digests, never in clear: {list}"
    );
    assert_whole(&desk, "every change appended in order");
}

#[test]
fn a_deletion_from_search_to_certificate_is_in_the_chain_step_by_step() {
    let desk = Desk::new();
    let id = support::certificate::ready(&desk);
    support::certificate::issue(&desk, &id, "id", "ba.pdf");
    let about: Vec<String> = desk
        .json(&["audit", "list", "--request", &id])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_string())
        .collect();
    for action in [
        "request.created",
        "search.kept",
        "hits.decided",
        "verification.code",
        "verification.answer",
        "checklist.ticked",
        "redaction.made",
        "letter.numbered",
        "certificate.issued",
    ] {
        assert!(about.iter().any(|a| a == action), "{action} in {about:?}");
    }
    assert!(
        actions(&desk).iter().any(|a| a == "source.added"),
        "adding the exports is in the chain"
    );
    assert_whole(&desk, "a whole deletion, step by step");
}

#[test]
fn two_processes_writing_at_once_leave_one_whole_chain() {
    let desk = Desk::new();
    let id = desk.new_request(&[
        "--name",
        "Budi Santoso",
        "--phone",
        "0812-0000-1111",
        "--right",
        "access",
        "--channel",
        "phone",
    ]);
    let before = assert_whole(&desk, "before")["entries"].as_i64().unwrap();
    let notes = 25;
    let workers: Vec<_> = ["A", "B"]
        .into_iter()
        .map(|who| {
            let (data, id) = (desk.data(), id.clone());
            std::thread::spawn(move || {
                for n in 0..notes {
                    let out = Command::new(env!("CARGO_BIN_EXE_pdpdesk"))
                        .args(["request", "note", &id, &format!("{who} {n}"), "--json"])
                        .env("PDPDESK_DATA_DIR", &data)
                        .env("PDPDESK_ACTOR", who)
                        .output()
                        .unwrap();
                    assert!(
                        out.status.success(),
                        "{who} {n}: {}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                }
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    let status = assert_whole(&desk, "the writers took turns under the lock");
    assert_eq!(
        status["entries"].as_i64().unwrap(),
        before + 2 * notes,
        "one entry per note, none lost: {status}"
    );
}

#[test]
fn leaving_the_demo_keeps_the_chain_whole() {
    let desk = Desk::new();
    desk.json(&["demo"]);
    assert_whole(&desk, "the seeded demo");
    desk.json(&["demo", "--clear"]);
    let done = actions(&desk);
    assert_eq!(
        done.iter().filter(|a| *a == "request.removed").count(),
        4,
        "each demo request's removal is an entry: {done:?}"
    );
    assert!(done.iter().any(|a| a == "demo.cleared"), "{done:?}");
    let kept = desk.json(&["audit", "list", "--request", "REQ-2026-0001"]);
    assert_eq!(
        kept.as_array().unwrap().last().unwrap()["action"],
        "request.removed",
        "a removed request's entries stay listed, its removal last: {kept}"
    );
    desk.refused(&["audit", "list", "--request", "REQ-2026-0099"], 3);
    assert_whole(
        &desk,
        "history lines gone with their requests are accounted for",
    );
}

#[test]
fn a_database_from_before_the_chain_gets_one_over_its_history() {
    let desk = Desk::new();
    let id = desk.new_request(&[
        "--name",
        "Citra Dewi",
        "--email",
        "citra@example.com",
        "--right",
        "deletion",
        "--channel",
        "email",
        "--notes",
        "lewat surel",
    ]);
    desk.json(&[
        "request",
        "state",
        &id,
        "verifying",
        "--reason",
        "cek identitas",
    ]);
    // Back to schema 13: no audit table, no head file, as a database from before the chain.
    let db = desk.data().join("pdpdesk.db");
    let out = Command::new("sqlite3")
        .arg(&db)
        .arg("DROP TABLE audit_log; DELETE FROM schema_migrations WHERE version = 14;")
        .output()
        .expect("the sqlite3 tool is installed (scripts/setup)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::remove_file(desk.data().join("audit.head")).unwrap();

    let entries = desk.json(&["audit", "list"]);
    let entries = entries.as_array().unwrap();
    let seen: Vec<(&str, &str)> = entries
        .iter()
        .map(|e| (e["action"].as_str().unwrap(), e["target"].as_str().unwrap()))
        .collect();
    assert_eq!(
        seen,
        [
            ("chain.started", "office"),
            ("request.created", id.as_str()),
            ("request.note", id.as_str()),
            ("request.state", id.as_str()),
        ],
        "the start, then one entry per history line already there, oldest first"
    );
    assert!(
        entries[1..].iter().all(|e| e["event_id"].is_i64()),
        "each stands for its line: {entries:?}"
    );
    assert_whole(&desk, "the history taken in");
}
