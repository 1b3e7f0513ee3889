//! `pdpdesk plan set` with `--hit` repeated: the records staff select change to one action in one
//! go, all or none, with one line in the history; a correction (one record's new value) is
//! refused for many.

use crate::support;

use support::plan::{line, office};
use support::Desk;

#[test]
fn many_records_change_together_or_not_at_all() {
    let desk = Desk::new();
    let id = office(&desk, "deletion");
    let plan = desk.json(&["plan", "show", "--request", &id]);
    let contact = line(&plan, "chatwoot")["hit"].to_string();
    let invoice = line(&plan, "jurnal")["hit"].to_string();
    let set = |extra: &[&str]| {
        let mut args = vec![
            "plan",
            "set",
            "--request",
            &id,
            "--hit",
            &contact,
            "--hit",
            &invoice,
        ];
        args.extend_from_slice(extra);
        args.iter().map(|a| a.to_string()).collect::<Vec<_>>()
    };
    let err = desk.refused(
        &set(&[
            "--action",
            "correct",
            "--field",
            "email",
            "--new-value",
            "budi.baru@example.com",
            "--reason",
            "x",
        ])
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>(),
        2,
    );
    assert_eq!(
        (err["field"].as_str(), err["reason"].as_str()),
        (Some("action"), Some("one_at_a_time")),
        "one new value is never written into many records: {err}"
    );
    let err = desk.refused(
        &[
            "plan",
            "set",
            "--request",
            &id,
            "--hit",
            &contact,
            "--hit",
            "999999",
            "--action",
            "restrict",
            "--reason",
            "x",
        ],
        2,
    );
    assert_eq!(
        err["reason"], "not_in_plan",
        "an unknown hit is named: {err}"
    );
    assert_eq!(
        line(&desk.json(&["plan", "show", "--request", &id]), "chatwoot")["action"]["action"],
        "delete",
        "all or none: the known line did not change when another was refused"
    );
    let changed = desk.json(
        &set(&[
            "--action",
            "restrict",
            "--reason",
            "sengketa tagihan masih berjalan",
        ])
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>(),
    );
    let lines = changed
        .as_array()
        .expect("the changed lines, in the order asked");
    assert_eq!(lines.len(), 2, "both lines come back: {changed}");
    assert!(
        lines.iter().all(|l| l["action"]["action"] == "restrict"),
        "both records are restricted: {changed}"
    );
    let history = desk.json(&["request", "show", &id]).to_string();
    assert_eq!(
        history.matches("sengketa tagihan masih berjalan").count(),
        1,
        "one line in the history for the change of many: {history}"
    );
}
