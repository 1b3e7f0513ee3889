//! `pdpdesk plan show|set` on the real binary: a deletion request's confirmed records each get an
//! action — a contact deleted, an invoice retained until ten years after its book year — with
//! the reason as data; staff change a line only with a reason, the change is in the history and
//! survives a new search; bad input is refused with the field named.

use crate::support;

use support::plan::{line, office};
use support::Desk;

#[test]
fn deletion_deletes_the_contact_and_retains_the_invoice_for_ten_years() {
    let desk = Desk::new();
    let id = office(&desk, "deletion");
    let plan = desk.json(&["plan", "show", "--request", &id]);
    assert_eq!(
        plan["lines"].as_array().unwrap().len(),
        2,
        "one line per confirmed record: {plan}"
    );
    let contact = line(&plan, "chatwoot");
    assert_eq!(contact["action"]["action"], "delete", "{contact}");
    assert_eq!(
        contact["record_id"], "101",
        "the contact id to act on in Chatwoot: {contact}"
    );
    assert_eq!(contact["because"]["code"], "deletion_asked");
    let invoice = line(&plan, "jurnal");
    assert_eq!(
        invoice["action"],
        serde_json::json!({"action": "retain", "ground": "bookkeeping", "until": "2034-12-31"}),
        "an invoice of 2024 is kept to the end of 2034 (UU KUP Pasal 28(11)): {invoice}"
    );
    assert_eq!(invoice["because"]["code"], "must_be_kept");
    assert_eq!(invoice["dated"], "2024-05-17");
    let table = desk.run(&["plan", "show", "--request", &id]);
    let text = String::from_utf8_lossy(&table.stdout);
    assert!(
        text.contains("retain until 2034-12-31") && text.contains("INV-2024-0042"),
        "the table names the invoice and its date: {text}"
    );
}

#[test]
fn a_changed_line_needs_a_reason_is_logged_and_survives_a_new_search() {
    let desk = Desk::new();
    let id = office(&desk, "deletion");
    let plan = desk.json(&["plan", "show", "--request", &id]);
    let hit = line(&plan, "chatwoot")["hit"].to_string();

    let err = desk.refused(
        &[
            "plan",
            "set",
            "--request",
            &id,
            "--hit",
            &hit,
            "--action",
            "restrict",
            "--reason",
            "  ",
        ],
        2,
    );
    assert_eq!(
        err["field"], "reason",
        "a change without a reason is refused: {err}"
    );
    let err = desk.refused(
        &[
            "plan",
            "set",
            "--request",
            &id,
            "--hit",
            &hit,
            "--action",
            "retain",
            "--ground",
            "bookkeeping",
            "--until",
            "31-12-2030",
            "--reason",
            "x",
        ],
        2,
    );
    assert_eq!(err["field"], "until", "{err}");
    let err = desk.refused(
        &[
            "plan",
            "set",
            "--request",
            &id,
            "--hit",
            "99999",
            "--action",
            "delete",
            "--reason",
            "x",
        ],
        2,
    );
    assert_eq!(err["reason"], "not_in_plan", "{err}");

    let changed = desk.json(&[
        "plan",
        "set",
        "--request",
        &id,
        "--hit",
        &hit,
        "--action",
        "restrict",
        "--reason",
        "sengketa pembayaran masih berjalan",
    ]);
    assert_eq!(changed["action"]["action"], "restrict", "{changed}");
    assert_eq!(
        changed["default"]["action"], "delete",
        "the default stays visible: {changed}"
    );
    assert_eq!(changed["because"]["code"], "changed_by_staff");
    assert_eq!(
        changed["default_because"]["code"], "deletion_asked",
        "why the default was proposed stays beside staff's reason: {changed}"
    );

    let history = desk.json(&["request", "show", &id]);
    assert!(
        history.to_string().contains("sengketa pembayaran"),
        "the change and its reason are in the request's history"
    );

    desk.json(&["search", "--request", &id]);
    desk.json(&["hit", "confirm", "--request", &id, "--strong"]);
    let again = desk.json(&["plan", "show", "--request", &id]);
    assert_eq!(
        line(&again, "chatwoot")["action"]["action"],
        "restrict",
        "a new search finding the same record keeps staff's change: {again}"
    );
}

#[test]
fn other_rights_get_their_actions_and_access_has_no_plan() {
    let desk = Desk::new();
    let id = office(&desk, "restriction");
    let plan = desk.json(&["plan", "show", "--request", &id]);
    for l in plan["lines"].as_array().unwrap() {
        assert_eq!(
            l["action"]["action"], "restrict",
            "restriction keeps every record, unused: {l}"
        );
    }
    let desk = Desk::new();
    let id = office(&desk, "correction");
    let plan = desk.json(&["plan", "show", "--request", &id]);
    assert_eq!(
        plan["incomplete"], 2,
        "each correction waits for its new value: {plan}"
    );
    let hit = line(&plan, "chatwoot")["hit"].to_string();
    let err = desk.refused(
        &[
            "plan",
            "set",
            "--request",
            &id,
            "--hit",
            &hit,
            "--action",
            "correct",
            "--field",
            "email",
            "--new-value",
            " ",
            "--reason",
            "x",
        ],
        2,
    );
    assert_eq!(
        (err["field"].as_str(), err["reason"].as_str()),
        (Some("new_value"), Some("required")),
        "a correction is kept only with its new value: {err}"
    );
    let err = desk.refused(
        &[
            "plan",
            "set",
            "--request",
            &id,
            "--hit",
            &hit,
            "--action",
            "stop-processing",
            "--reason",
            "x",
        ],
        2,
    );
    assert_eq!(err["field"], "purpose", "stopping names a purpose: {err}");
    desk.json(&[
        "plan",
        "set",
        "--request",
        &id,
        "--hit",
        &hit,
        "--action",
        "correct",
        "--field",
        "email",
        "--new-value",
        "budi.baru@example.com",
        "--reason",
        "permintaan pemohon",
    ]);
    assert_eq!(
        desk.json(&["plan", "show", "--request", &id])["incomplete"],
        1
    );

    let desk = Desk::new();
    let id = office(&desk, "access");
    let err = desk.refused(&["plan", "show", "--request", &id], 2);
    assert_eq!(err["reason"], "no_plan", "access acts on no record: {err}");
}

#[test]
fn the_checklist_names_what_to_do_in_each_system_and_closing_waits_for_it() {
    let desk = Desk::new();
    let id = office(&desk, "deletion");
    let list = desk.json(&["checklist", "show", "--request", &id]);
    let systems: Vec<&str> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["system"].as_str().unwrap())
        .collect();
    assert_eq!(
        systems,
        vec!["chatwoot", "jurnal"],
        "one line per system the plan touches: {list}"
    );
    let chatwoot = &list["items"][0];
    assert_eq!(
        chatwoot["records"][0]["reference"], "101",
        "Chatwoot's contact id: {chatwoot}"
    );
    assert!(
        chatwoot["instructions"]["id"]
            .as_str()
            .unwrap()
            .contains("Contacts"),
        "instructions in Indonesian for that system: {chatwoot}"
    );
    assert_eq!(list["open"], serde_json::json!(["chatwoot", "jurnal"]));

    let err = desk.refused(
        &["request", "state", &id, "closed", "--reason", "selesai"],
        2,
    );
    assert_eq!(
        err["field"], "checklist",
        "closing waits for the checklist: {err}"
    );
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("chatwoot, jurnal"),
        "{err}"
    );

    let err = desk.refused(
        &["checklist", "tick", "--request", &id, "--system", "wix"],
        2,
    );
    assert_eq!(err["reason"], "not_in_checklist", "{err}");
    let after = desk.json(&[
        "checklist",
        "tick",
        "--request",
        &id,
        "--system",
        "chatwoot",
        "--note",
        "kontak 101 dihapus di Chatwoot",
    ]);
    assert_eq!(after["open"], serde_json::json!(["jurnal"]));
    assert_eq!(after["items"][0]["tick"]["done"], true);
    let undone = desk.json(&[
        "checklist",
        "tick",
        "--request",
        &id,
        "--system",
        "jurnal",
        "--undo",
    ]);
    assert_eq!(
        undone["items"][1]["tick"]["note"], "",
        "a tick's note is optional: {undone}"
    );

    let closed = desk.json(&[
        "request",
        "state",
        &id,
        "closed",
        "--reason",
        "selesai",
        "--checklist-open",
        "faktur ditahan sampai 2034, kontak Jurnal menunggu admin keuangan",
    ]);
    assert_eq!(
        closed["state"], "closed",
        "closed with the reason why a line stays open"
    );
    let shown = desk.json(&["request", "show", &id]).to_string();
    assert!(
        shown.contains("kontak 101 dihapus") && shown.contains("daftar periksa terbuka: jurnal"),
        "the tick's note and the open line's reason are in the history"
    );
}
