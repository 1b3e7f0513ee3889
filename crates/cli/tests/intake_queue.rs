//! The needs-a-look queue on the real binary: `pdpdesk intake` reports each message's class and
//! why, queues the unsure ones with their clock running from receipt, and `pdpdesk
//! intake-queue` lists and decides them (a request with its rights, or not a request with a
//! reason), each decision once.

use crate::support;

use serde_json::Value;
use std::path::{Path, PathBuf};
use support::{json, pdpdesk, refused};

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text.replace('\n', "\r\n")).unwrap();
    p
}

fn mail(id: &str, from: &str, subject: &str, body: &str) -> String {
    format!("From: {from}\nTo: admin@office.example\nDate: Mon, 23 Nov 2026 10:00:00 +0700\nMessage-ID: <{id}@example.com>\nSubject: {subject}\n\n{body}\n")
}

#[test]
fn each_message_is_a_request_needs_a_look_or_clearly_not_and_says_why() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let files = [
        write(
            tmp.path(),
            "1.eml",
            &mail(
                "hapus",
                "Dewi <dewi@example.com>",
                "hapus data",
                "kak tolong datanya sy diapus ya, soalnya udh ga mau dihubungi lg",
            ),
        ),
        write(
            tmp.path(),
            "2.eml",
            &mail(
                "ragu",
                "Rina <rina@example.com>",
                "Data saya",
                "Saya mau tanya soal data saya di aplikasi kalian.",
            ),
        ),
        write(
            tmp.path(),
            "3.eml",
            &mail(
                "ooo",
                "Budi <budi@example.com>",
                "Automatic reply: Penawaran",
                "I am out of the office until 5 January.",
            ),
        ),
    ];
    let mut args = vec!["intake"];
    let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    args.extend(names.iter().map(String::as_str));
    let r = json(&data, &args);
    let r = r.as_array().unwrap();
    assert_eq!(r[0]["class"], "request");
    assert_eq!(
        r[0]["rights"],
        serde_json::json!(["deletion"]),
        "the reason is not a second right"
    );
    assert_eq!(r[0]["action"], "registered");
    assert_eq!(r[1]["class"], "needs-look");
    assert_eq!(
        r[1]["action"], "queued",
        "a message that may be a request is never left out"
    );
    assert_eq!(
        r[1]["reasons"][0]["code"], "mentions-data",
        "and says why it is unsure"
    );
    let words = r[1]["reasons"][0]["words"][0]["text"].as_str().unwrap();
    assert!(
        words.to_lowercase().ends_with("data saya"),
        "the words that made it unsure: {words}"
    );
    assert!(r[1]["request_id"].is_null(), "it is not in the register");
    assert_eq!(r[2]["class"], "not-request");
    assert_eq!(r[2]["reasons"][0]["code"], "auto-reply");
    assert_eq!(r[2]["action"], "left");
    let queue_id = r[1]["queue_id"].as_i64().unwrap();

    let waiting = json(&data, &["intake-queue", "list"]);
    let waiting = waiting.as_array().unwrap();
    assert_eq!(waiting.len(), 1);
    assert_eq!(waiting[0]["id"], queue_id);
    assert_eq!(
        waiting[0]["clocks"]["received_at"], "2026-11-23T10:00:00+07:00",
        "the policy clock runs from receipt"
    );
    assert!(waiting[0]["clocks"]["policy_due"].is_string());

    let again = json(&data, &args);
    assert_eq!(
        again[1]["status"]["kind"], "queued",
        "importing again does not queue twice"
    );
    assert_eq!(
        json(&data, &["intake-queue", "list"])
            .as_array()
            .unwrap()
            .len(),
        1
    );

    let id = queue_id.to_string();
    let request = json(&data, &["intake-queue", "decide", &id, "--right", "access"]);
    assert_eq!(request["rights"], serde_json::json!(["access"]));
    assert_eq!(
        request["received_at"], "2026-11-23T10:00:00+07:00",
        "received when the message was"
    );
    assert_eq!(
        request["requester"]["emails"],
        serde_json::json!(["rina@example.com"])
    );
    let twice = refused(
        &data,
        &[
            "intake-queue",
            "decide",
            &id,
            "--not-request",
            "--reason",
            "x",
        ],
        4,
    );
    assert_eq!(twice["code"], "already_decided", "{twice}");
    assert!(json(&data, &["intake-queue", "list"])
        .as_array()
        .unwrap()
        .is_empty());
    let all = json(&data, &["intake-queue", "list", "--all"]);
    assert_eq!(all[0]["decision"]["kind"], "request");
    assert_eq!(all[0]["decision"]["request_id"], request["id"]);
}

#[test]
fn not_a_request_is_logged_with_its_reason_and_bad_decisions_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let file = write(
        tmp.path(),
        "akun.eml",
        &mail(
            "akun",
            "Tono <tono@example.com>",
            "Akun",
            "Akun saya tidak bisa dibuka sejak kemarin.",
        ),
    );
    let r = json(&data, &["intake", &file.display().to_string()]);
    let id = r[0]["queue_id"].as_i64().unwrap().to_string();
    let missing = refused(&data, &["intake-queue", "decide", &id], 2);
    assert_eq!(
        missing["code"], "invalid_arguments",
        "a right or --not-request is needed"
    );
    let unreasoned = refused(&data, &["intake-queue", "decide", &id, "--not-request"], 2);
    assert_eq!(
        unreasoned["code"], "invalid_arguments",
        "--not-request needs --reason"
    );
    let blank = refused(
        &data,
        &[
            "intake-queue",
            "decide",
            &id,
            "--not-request",
            "--reason",
            " ",
        ],
        2,
    );
    assert_eq!(blank["field"], "reason");
    let nobody = refused(
        &data,
        &["intake-queue", "decide", "999", "--right", "access"],
        3,
    );
    assert_eq!(nobody["code"], "not_found");
    let done = json(
        &data,
        &[
            "intake-queue",
            "decide",
            &id,
            "--not-request",
            "--reason",
            "Masalah login, ke tim IT",
        ],
    );
    assert_eq!(done["decision"]["kind"], "not-request");
    assert_eq!(done["decision"]["reason"], "Masalah login, ke tim IT");
    assert_eq!(done["decided_by"], "Tester");
    let register = json(&data, &["request", "list"]);
    assert!(
        register.as_array().unwrap().is_empty(),
        "nothing entered the register"
    );
    let out = pdpdesk(&data, &["intake-queue", "list", "--all"]);
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains("not a request: Masalah login"), "{table}");
    let again: Value = json(&data, &["intake", &file.display().to_string()]);
    assert_eq!(
        again[0]["status"]["kind"], "dismissed",
        "a decided message stays decided"
    );
    json(&data, &["audit", "verify"]);
    let entries = json(&data, &["audit", "list"]);
    let actions: Vec<&str> = entries
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["target"] == format!("queue:{id}"))
        .filter_map(|e| e["action"].as_str())
        .collect();
    assert_eq!(
        actions,
        ["intake.queued", "intake.decided"],
        "queueing and the decision are in the audit chain"
    );
}
