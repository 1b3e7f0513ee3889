//! `pdpdesk search --json` on a generated office: the output shape, a request's
//! identifiers as the query, and the reasonable-search list with zero-hit files.

use crate::support;

use serde_json::Value;
use std::path::{Path, PathBuf};
use support::{generate, pdpdesk};

/// A generated office in `tmp/fx`, added as a source to the data folder `tmp/data`; its
/// `expected.json` is taken out of the folder and returned.
fn office(tmp: &Path, seed: u32, rows: u32) -> (PathBuf, PathBuf, Value) {
    let fx = tmp.join("fx");
    let expected = generate(seed, rows, &fx);
    std::fs::remove_file(fx.join("expected.json")).unwrap();
    let data = tmp.join("data");
    assert!(pdpdesk(&data, &["source", "add", fx.to_str().unwrap()])
        .status
        .success());
    (fx, data, expected)
}

#[test]
fn a_requests_identifiers_find_its_records() {
    let tmp = tempfile::tempdir().unwrap();
    let (fx, data, _) = office(tmp.path(), 1, 200);
    let intake = pdpdesk(
        &data,
        &[
            "intake",
            fx.join("email/01_permohonan_akses_data_pribadi.eml")
                .to_str()
                .unwrap(),
            "--json",
        ],
    );
    let imported: Value = serde_json::from_slice(&intake.stdout).unwrap();
    let id = imported[0]["request_id"].as_str().unwrap();
    let out = pdpdesk(&data, &["search", "--request", id, "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    let hits = r["hits"].as_array().unwrap();
    let strong: Vec<&Value> = hits.iter().filter(|h| h["class"] == "strong").collect();
    assert!(
        strong.len() >= 5,
        "the subject's records are found strongly: {}",
        strong.len()
    );
    for h in hits {
        for key in [
            "file",
            "line",
            "sheet",
            "row",
            "message",
            "record_id",
            "class",
            "score",
            "explanation",
        ] {
            assert!(h.get(key).is_some(), "every hit has {key}: {h}");
        }
    }
    let xlsx = hits
        .iter()
        .find(|h| h["file"] == "jurnal_sales_invoices.xlsx" && h["class"] == "strong")
        .expect("an invoice row");
    assert!(
        xlsx["sheet"] == "Sheet1" && xlsx["row"].is_u64() && xlsx["line"].is_null(),
        "spreadsheet hits have sheet and row: {xlsx}"
    );
    let searched = r["searched"].as_array().unwrap();
    assert_eq!(
        searched.len(),
        17,
        "every file searched is listed, zero-hit files included"
    );
    assert!(
        searched
            .iter()
            .any(|s| s["strong"] == 0 && s["possible"] == 0),
        "some files have no hit and are still listed"
    );
    let none = pdpdesk(&data, &["search", "--json"]);
    assert_eq!(none.status.code(), Some(2), "a search needs identifiers");

    // The search is kept with the request, and staff decide on its hits.
    assert!(r["search_id"].is_i64(), "a request's search is kept");
    let confirmed = pdpdesk(
        &data,
        &["hit", "confirm", "--request", id, "--strong", "--json"],
    );
    let confirmed: Value = serde_json::from_slice(&confirmed.stdout).unwrap();
    assert_eq!(
        confirmed["confirmed"].as_u64().unwrap() as usize,
        strong.len(),
        "bulk confirm takes the strong hits only"
    );
    let possible = hits
        .iter()
        .find(|h| h["class"] == "possible")
        .expect("a possible hit");
    let pid = possible["id"].as_i64().unwrap().to_string();
    // A hit's record is read again from its file to be shown beside the subject's identifiers.
    let sid = strong[0]["id"].as_i64().unwrap().to_string();
    let shown: Value =
        serde_json::from_slice(&pdpdesk(&data, &["hit", "show", &sid, "--json"]).stdout).unwrap();
    let fields = shown["record"]["fields"].as_array().unwrap();
    assert!(
        fields
            .iter()
            .any(|f| f["role"] == "email" || f["role"] == "phone"),
        "the record's identifiers are shown with their roles: {shown}"
    );
    assert_eq!(
        shown["record"]["locator"], shown["hit"]["locator"],
        "the record read again is the hit's record"
    );
    assert_eq!(shown["hit"]["file"], strong[0]["file"]);
    let no_reason = pdpdesk(&data, &["hit", "reject", &pid, "--reason", " "]);
    assert_eq!(
        no_reason.status.code(),
        Some(2),
        "a rejection needs a reason"
    );
    assert!(pdpdesk(
        &data,
        &[
            "hit",
            "reject",
            &pid,
            "--reason",
            "orang lain dengan nama sama"
        ]
    )
    .status
    .success());
    let listed: Value =
        serde_json::from_slice(&pdpdesk(&data, &["hit", "list", "--request", id, "--json"]).stdout)
            .unwrap();
    let decided: Vec<&Value> = listed["hits"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| !h["decision"].is_null())
        .collect();
    assert_eq!(decided.len(), strong.len() + 1);
    let rejected = decided
        .iter()
        .find(|h| h["decision"] == "rejected")
        .unwrap();
    assert_eq!(rejected["decided_by"], "Tester", "who decided is kept");
    assert_eq!(rejected["reason"], "orang lain dengan nama sama");
    assert_eq!(
        listed["searched"].as_array().unwrap().len(),
        17,
        "the reasonable-search record is kept"
    );
    let shown: Value =
        serde_json::from_slice(&pdpdesk(&data, &["request", "show", id, "--json"]).stdout).unwrap();
    assert!(
        shown["events"].as_array().unwrap().iter().any(|e| e["text"]
            .as_str()
            .unwrap()
            .starts_with("Pencarian: 17 file")),
        "the search is in the history"
    );
}

#[test]
fn the_index_and_scan_give_the_same_answer() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, data, expected) = office(tmp.path(), 7, 200);
    let again: Value =
        serde_json::from_slice(&pdpdesk(&data, &["index", "--json"]).stdout).unwrap();
    assert!(
        again
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["status"] == "unchanged"),
        "indexing again reads nothing that did not change"
    );
    let c = &expected["subjects"][0]["canonical"];
    let mut args = vec![
        "search".to_string(),
        "--json".into(),
        "--name".into(),
        c["name"].as_str().unwrap().into(),
    ];
    for e in c["emails"].as_array().unwrap() {
        args.extend(["--email".into(), e.as_str().unwrap().into()]);
    }
    for p in c["phones_e164"].as_array().unwrap() {
        args.extend(["--phone".into(), p.as_str().unwrap().into()]);
    }
    let run = |extra: &[&str]| -> Value {
        let mut a: Vec<&str> = args.iter().map(String::as_str).collect();
        a.extend(extra);
        let out = pdpdesk(&data, &a);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let indexed = run(&[]);
    let scanned = run(&["--scan"]);
    assert!(
        !indexed["hits"].as_array().unwrap().is_empty(),
        "the planted subject is found"
    );
    assert_eq!(
        indexed["hits"], scanned["hits"],
        "the index and the scan give the same hits"
    );
    assert_eq!(indexed["searched"], scanned["searched"]);
}

#[test]
fn identifiers_on_confirmed_records_can_be_added_and_searched_again() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, data, expected) = office(tmp.path(), 1, 200);
    // S2 has a private and a work e-mail; the request gives the private one and no phone.
    let s2 = &expected["subjects"][1]["canonical"];
    let text = |v: &Value| v.as_str().unwrap().to_string();
    let (name, private, work) = (
        text(&s2["name"]),
        text(&s2["emails"][0]),
        text(&s2["emails"][1]),
    );
    let phone_e164 = text(&s2["phones_e164"][0]);
    let national = phone_e164.trim_start_matches("+62").to_string();
    // As staff would type them: the local form, the work address in mixed case.
    let phone_local = format!("0{national}");
    let work_typed = work
        .replacen(
            |c: char| c.is_ascii_lowercase(),
            &work[..1].to_uppercase(),
            1,
        )
        .replace("ptsinarjayalogistik", "PTSinarJayaLogistik");
    let created = pdpdesk(
        &data,
        &[
            "request",
            "new",
            "--name",
            &name,
            "--email",
            &private,
            "--right",
            "access",
            "--channel",
            "email",
            "--json",
        ],
    );
    let created: Value = serde_json::from_slice(&created.stdout).unwrap();
    let id = created["id"].as_str().unwrap();
    let first: Value =
        serde_json::from_slice(&pdpdesk(&data, &["search", "--request", id, "--json"]).stdout)
            .unwrap();
    let strong_before = first["hits"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["class"] == "strong")
        .count();
    let nothing: Value = serde_json::from_slice(
        &pdpdesk(&data, &["hit", "found", "--request", id, "--json"]).stdout,
    )
    .unwrap();
    assert_eq!(
        nothing.as_array().unwrap().len(),
        0,
        "nothing is proposed from hits nobody confirmed"
    );
    assert!(
        pdpdesk(&data, &["hit", "confirm", "--request", id, "--strong"])
            .status
            .success()
    );
    let found: Value = serde_json::from_slice(
        &pdpdesk(&data, &["hit", "found", "--request", id, "--json"]).stdout,
    )
    .unwrap();
    let phone = found
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["value"] == phone_e164.as_str())
        .unwrap_or_else(|| panic!("the subject's phone is on a confirmed record: {found}"));
    assert!(
        !phone["found_in"].as_array().unwrap().is_empty(),
        "where it was found is shown"
    );
    let refused = pdpdesk(&data, &["hit", "add", "--request", id, "+6281111111111"]);
    assert_eq!(
        refused.status.code(),
        Some(2),
        "only identifiers found on confirmed records are added this way"
    );
    assert!(pdpdesk(
        &data,
        &["hit", "add", "--request", id, &phone_local, &work_typed]
    )
    .status
    .success());
    let shown: Value =
        serde_json::from_slice(&pdpdesk(&data, &["request", "show", id, "--json"]).stdout).unwrap();
    assert!(
        shown["events"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["kind"] == "identifiers-added"
                && e["text"].as_str().unwrap().contains(&phone_e164)),
        "the addition is in the history: {}",
        shown["events"]
    );
    let second: Value =
        serde_json::from_slice(&pdpdesk(&data, &["search", "--request", id, "--json"]).stdout)
            .unwrap();
    let identifiers = second["identifiers"].to_string();
    assert!(
        identifiers.contains(&national) && identifiers.contains(&work),
        "the search runs with the added identifiers: {identifiers}"
    );
    let hits = second["hits"].as_array().unwrap();
    assert!(
        hits.iter().filter(|h| h["class"] == "strong").count() >= strong_before,
        "nothing found before is lost"
    );
    assert!(
        hits.iter().any(|h| h["explanation"]
            .as_str()
            .unwrap()
            .contains(&format!("{work} matches"))),
        "the work address added from the confirmed e-mail now matches"
    );
}
