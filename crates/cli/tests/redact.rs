//! `pdpdesk redact` on the real binary and a generated office (every export kind, planted
//! subjects, near-namesakes, a shared family phone): a deletion request's confirmed records
//! leave the copies — invoices stay masked for the books — every other record reads back as it
//! was, the re-search of the copies finds nothing unexplained, and only `--replace` touches the
//! originals, after which the plan still shows what was done. Refusals: an unverified request,
//! a copy folder inside a source, an export edited since the search.

use crate::support;

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use support::redact::{office, records, sha256_hex, CHAT_TXT, GROUP};
use support::Desk;

#[test]
fn a_deletion_leaves_the_copies_and_nothing_else_changes() {
    let desk = Desk::new();
    let (fx, id, theirs) = office(&desk, "S6", true, false);
    let plan = desk.json(&["plan", "show", "--request", &id]);
    let mut by_file: BTreeMap<String, BTreeMap<u64, String>> = BTreeMap::new();
    for l in plan["lines"].as_array().unwrap() {
        by_file
            .entry(l["file"].as_str().unwrap().to_string())
            .or_default()
            .insert(
                l["record"].as_u64().unwrap(),
                l["action"]["action"].as_str().unwrap().to_string(),
            );
    }
    let planned: BTreeSet<(String, u64)> = by_file
        .iter()
        .flat_map(|(f, rs)| rs.keys().map(move |r| (f.clone(), *r)))
        .collect();
    assert_eq!(
        planned, theirs,
        "the plan holds exactly the subject's records: every kind of export, the group chat too"
    );
    let out = desk.dir.path().join("disamarkan");
    let report = desk.json(&["redact", "--request", &id, "--out", out.to_str().unwrap()]);
    assert_eq!(
        report["unexplained"],
        serde_json::json!([]),
        "the re-search of the copies finds nothing of the subject's: {report}"
    );
    let files = report["redaction"]["files"].as_array().unwrap();
    let copies = report["copies"].as_array().unwrap();
    for (f, c) in files.iter().zip(copies) {
        let file = f["file"].as_str().unwrap();
        let original = fx.join(file);
        let actions = &by_file[file];
        assert_ne!(f["before_sha256"], f["after_sha256"], "{file} changed");
        assert_eq!(f["replaced"], false, "originals stay without --replace");
        let Some(copy) = c["copy"].as_str() else {
            assert!(
                file.contains("WhatsApp") || file.ends_with(".eml"),
                "only a 1:1 chat or a mail goes whole: {file}"
            );
            continue;
        };
        let (before, after) = (records(&original), records(Path::new(copy)));
        let removed = actions.values().filter(|a| *a == "delete").count();
        assert_eq!(
            f["removed"].as_u64().unwrap() as usize,
            removed,
            "{file}: every deleted record of the plan is counted"
        );
        // The copy is the original without the deleted records; retained ones are masked.
        let mut expected = Vec::new();
        for (i, cells) in before.iter().enumerate() {
            match actions.get(&(i as u64 + 1)).map(String::as_str) {
                Some("delete") => {}
                Some("retain") | Some("restrict") => {
                    let got = &after[expected.len()];
                    assert!(
                        got.iter().any(|c| c == "[disamarkan]"),
                        "{file} record {}: a retained record is masked: {got:?}",
                        i + 1
                    );
                    expected.push(got.clone());
                }
                _ => expected.push(cells.clone()),
            }
        }
        assert_eq!(
            after, expected,
            "{file}: every record not the subject's reads back exactly as before, in order"
        );
    }
    for f in files {
        let file = f["file"].as_str().unwrap();
        assert_eq!(
            f["before_sha256"].as_str().unwrap(),
            sha256_hex(&fx.join(file)),
            "{file}: the original is untouched without --replace"
        );
    }

    let replaced = desk.json(&[
        "redact",
        "--request",
        &id,
        "--out",
        out.to_str().unwrap(),
        "--replace",
    ]);
    for (f, c) in replaced["redaction"]["files"]
        .as_array()
        .unwrap()
        .iter()
        .zip(replaced["copies"].as_array().unwrap())
    {
        let original = fx.join(f["file"].as_str().unwrap());
        assert_eq!(f["replaced"], true, "{f}");
        match c["copy"].as_str() {
            Some(copy) => assert_eq!(
                std::fs::read(&original).unwrap(),
                std::fs::read(copy).unwrap(),
                "the original is now its redacted copy"
            ),
            None => assert!(!original.exists(), "a file that goes whole is gone"),
        }
    }
    let after = desk.json(&["plan", "show", "--request", &id]);
    assert_eq!(
        after["lines"].as_array().unwrap().len(),
        plan["lines"].as_array().unwrap().len(),
        "after the originals were replaced the plan still shows what was done: {after}"
    );
    let again = desk.refused(
        &["redact", "--request", &id, "--out", out.to_str().unwrap()],
        2,
    );
    assert_eq!(
        again["reason"], "nothing_to_redact",
        "once replaced there is nothing left to redact: {again}"
    );
    let runs = desk.json(&["redact", "list", "--request", &id]);
    assert_eq!(
        runs.as_array().unwrap().len(),
        2,
        "both runs are kept: {runs}"
    );
    let history = desk.json(&["request", "show", &id]).to_string();
    assert!(
        history.contains("Ekspor lokal disamarkan"),
        "the run is in the history"
    );
}

#[test]
fn a_one_to_one_chat_with_the_subject_goes_whole() {
    let desk = Desk::new();
    let (fx, id, theirs) = office(&desk, "S1", true, false);
    assert!(
        theirs
            .iter()
            .any(|(f, _)| f.contains("Chat WhatsApp dengan")),
        "S1 is the subject of a 1:1 chat: {theirs:?}"
    );
    let out = desk.dir.path().join("disamarkan");
    let report = desk.json(&[
        "redact",
        "--request",
        &id,
        "--out",
        out.to_str().unwrap(),
        "--replace",
    ]);
    assert_eq!(report["unexplained"], serde_json::json!([]), "{report}");
    let chat = report["redaction"]["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["file"].as_str().unwrap().contains("Chat WhatsApp dengan"))
        .expect("the 1:1 chat is redacted");
    assert_eq!(
        chat["after_sha256"],
        Value::Null,
        "the whole chat goes: {chat}"
    );
    assert!(
        !fx.join(chat["file"].as_str().unwrap()).exists(),
        "with --replace the chat file is removed"
    );
    let after = desk.json(&["verify", "status", "--request", &id]);
    assert_eq!(
        after["gate"]["open"], true,
        "the gate stays open after the evidence of the contact was redacted: {after}"
    );
}

#[test]
fn a_chat_zip_loses_the_subjects_messages_and_the_media_they_sent() {
    let desk = Desk::new();
    let (fx, id, theirs) = office(&desk, "S6", true, true);
    let zip_name = format!("{GROUP}.zip");
    assert!(
        theirs.iter().any(|(f, _)| *f == zip_name),
        "S6 wrote in the group chat: {theirs:?}"
    );
    let out = desk.dir.path().join("disamarkan");
    let report = desk.json(&["redact", "--request", &id, "--out", out.to_str().unwrap()]);
    assert_eq!(report["unexplained"], serde_json::json!([]), "{report}");
    let read = |path: &Path| {
        let mut z = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
        let names: BTreeSet<String> = z.file_names().map(|n| n.unwrap().into_owned()).collect();
        let mut text = String::new();
        std::io::Read::read_to_string(&mut z.by_name(CHAT_TXT).unwrap(), &mut text).unwrap();
        (names, text)
    };
    let (names_before, text_before) = read(&fx.join(&zip_name));
    let copy = report["copies"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["file"] == zip_name.as_str())
        .expect("the chat zip has a copy");
    let (names_after, text_after) = read(Path::new(copy["copy"].as_str().unwrap()));
    let gone: Vec<&String> = names_before.difference(&names_after).collect();
    assert_eq!(
        gone.len(),
        1,
        "exactly the photo the subject sent leaves: {gone:?}"
    );
    assert!(text_before.contains(gone[0].as_str()) && !text_after.contains(gone[0].as_str()));
    assert!(
        !text_after.contains("0816-2995-322"),
        "the message with the subject's number is gone"
    );
    assert_eq!(
        text_before.lines().count() - text_after.lines().count(),
        2,
        "two one-line messages leave, every other line stays"
    );
}

#[test]
fn redaction_waits_for_verification_and_refuses_a_changed_export_or_a_folder_inside_a_source() {
    let desk = Desk::new();
    let (fx, id, _) = office(&desk, "S6", false, false);
    let out = desk.dir.path().join("disamarkan");
    let err = desk.refused(
        &["redact", "--request", &id, "--out", out.to_str().unwrap()],
        4,
    );
    assert_eq!(
        err["code"], "verification_refused",
        "nothing is redacted before the gate: {err}"
    );
    assert!(!out.exists(), "and nothing is written");

    let code = desk.json(&["verify", "code", "--request", &id])["code"]
        .as_str()
        .unwrap()
        .to_string();
    desk.json(&["verify", "check", "--request", &id, &code]);
    let inside = fx.join("salinan");
    let err = desk.refused(
        &[
            "redact",
            "--request",
            &id,
            "--out",
            inside.to_str().unwrap(),
        ],
        2,
    );
    assert_eq!(err["reason"], "inside_source", "{err}");

    let plan = desk.json(&["plan", "show", "--request", &id]);
    let file = plan["lines"][0]["file"].as_str().unwrap().to_string();
    let path = fx.join(&file);
    let mut bytes = std::fs::read(&path).unwrap();
    let before = bytes.clone();
    let at = bytes.len() / 2;
    bytes[at] = if bytes[at] == b'x' { b'y' } else { b'x' };
    std::fs::write(&path, &bytes).unwrap();
    let err = desk.refused(
        &["redact", "--request", &id, "--out", out.to_str().unwrap()],
        2,
    );
    let text = err.to_string();
    assert!(
        text.contains("search again"),
        "an export edited since the search is refused, asking for a new search: {err}"
    );
    assert_eq!(
        (err["code"].as_str(), err["reason"].as_str()),
        (Some("file_error"), Some("changed")),
        "the window words it from its reason: {err}"
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "the original is untouched"
    );
    assert_ne!(before, bytes);
}
