//! `pdpdesk intake` on the real binary: the generator's e-mails, a big mailbox, threads,
//! duplicates, forwarded and HTML-only mail, and files that are not (whole) e-mails.

use crate::support;

use serde_json::Value;
use std::path::{Path, PathBuf};
use support::{generate, pdpdesk};

fn intake(data: &Path, files: &[&Path]) -> (Option<i32>, Vec<Value>, String) {
    let mut args = vec!["intake", "--json"];
    let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    args.extend(names.iter().map(String::as_str));
    let out = pdpdesk(data, &args);
    let results: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is a JSON array ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    });
    (
        out.status.code(),
        results,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn list(data: &Path) -> Vec<Value> {
    let out = pdpdesk(data, &["request", "list", "--json"]);
    serde_json::from_slice::<Value>(&out.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text.replace('\n', "\r\n")).unwrap();
    p
}

#[test]
fn generator_emails_register_with_the_subjects_identifiers_and_never_twice() {
    for seed in [1, 5] {
        let tmp = tempfile::tempdir().unwrap();
        let fx = tmp.path().join("fx");
        generate(seed, 100, &fx);
        let data = tmp.path().join("data");
        let expected: Value =
            serde_json::from_slice(&std::fs::read(fx.join("expected.json")).unwrap()).unwrap();
        let mut files: Vec<PathBuf> = std::fs::read_dir(fx.join("email"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        let refs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
        let (code, results, err) = intake(&data, &refs);
        assert_eq!(code, Some(0), "seed {seed}: {err}");
        assert_eq!(results.len(), 5);
        for subject in expected["subjects"].as_array().unwrap() {
            let Some(file) = subject["request"]["file"]
                .as_str()
                .filter(|f| f.ends_with(".eml"))
            else {
                continue;
            };
            let r = results
                .iter()
                .find(|r| r["file"].as_str().unwrap().ends_with(file))
                .expect("each request e-mail is reported");
            assert_eq!(r["class"], "request", "seed {seed} {file}");
            assert!(
                r["request_id"]
                    .as_str()
                    .is_some_and(|id| id.starts_with("REQ-2024-")),
                "seed {seed} {file} registered: {r}"
            );
            let emails: Vec<&str> = r["requester"]["emails"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e.as_str().unwrap())
                .collect();
            let canonical = &subject["canonical"];
            assert!(
                canonical["emails"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|e| emails.contains(&e.as_str().unwrap())),
                "seed {seed} {file}: one of the subject's e-mails {} is extracted, got {emails:?}",
                canonical["emails"]
            );
            for phone in r["requester"]["phones"].as_array().unwrap() {
                assert!(
                    canonical["phones_e164"].as_array().unwrap().contains(phone),
                    "seed {seed} {file}: phone {phone} is the subject's ({})",
                    canonical["phones_e164"]
                );
            }
            let name = r["requester"]["name"].as_str().unwrap();
            let written = subject["identifiers_as_written"]["names"]
                .as_array()
                .unwrap();
            assert!(
                name == canonical["name"] || written.iter().any(|w| w == name),
                "seed {seed} {file}: name {name:?} is one the subject uses"
            );
        }
        let unrelated = results
            .iter()
            .find(|r| {
                r["file"]
                    .as_str()
                    .unwrap()
                    .ends_with("05_pertanyaan_faktur.eml")
            })
            .unwrap();
        assert_eq!(
            unrelated["class"], "not-request",
            "the invoice question is clearly not a request"
        );
        assert_eq!(
            unrelated["reasons"][0]["code"], "transaction",
            "and says why"
        );
        assert!(unrelated["request_id"].is_null(), "and is not registered");
        assert_eq!(list(&data).len(), 4);

        let (code, again, _) = intake(&data, &refs);
        assert_eq!(code, Some(0));
        assert!(
            again.iter().all(|r| r["action"] != "registered"),
            "importing again registers nothing"
        );
        assert_eq!(list(&data).len(), 4, "nothing is registered twice");
        let evidence: Vec<_> = std::fs::read_dir(data.join("evidence")).unwrap().collect();
        assert_eq!(
            evidence.len(),
            4,
            "one original per registered request is kept"
        );
    }
}

#[test]
fn originals_are_kept_byte_for_byte_and_private() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let mail = write(tmp.path(), "req.eml", "From: Sari <sari@example.com>\nTo: privasi@office.example\nDate: Mon, 23 Nov 2026 10:00:00 +0700\nMessage-ID: <keep@example.com>\nSubject: Hapus data saya\n\nMohon hapus data pribadi saya.\n");
    let (_, results, _) = intake(&data, &[&mail]);
    assert_eq!(results[0]["action"], "registered");
    let original = std::fs::read(&mail).unwrap();
    let kept: Vec<PathBuf> = std::fs::read_dir(data.join("evidence"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(
        std::fs::read(&kept[0]).unwrap(),
        original,
        "the evidence is the original, byte for byte"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&kept[0]).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let shown = pdpdesk(
        &data,
        &[
            "request",
            "show",
            results[0]["request_id"].as_str().unwrap(),
            "--json",
        ],
    );
    let shown: Value = serde_json::from_slice(&shown.stdout).unwrap();
    assert_eq!(
        shown["received_at"], "2026-11-23T10:00:00+07:00",
        "receipt time comes from the message"
    );
}

#[test]
fn replies_link_and_duplicates_are_flagged() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let first = write(tmp.path(), "1.eml", "From: Budi <budi@example.com>\nTo: privasi@office.example\nDate: Mon, 23 Nov 2026 10:00:00 +0700\nMessage-ID: <first@example.com>\nSubject: Permintaan salinan data\n\nSaya minta salinan data pribadi saya.\n");
    let reply = write(tmp.path(), "2.eml", "From: Budi <budi@example.com>\nTo: privasi@office.example\nDate: Mon, 23 Nov 2026 15:00:00 +0700\nMessage-ID: <second@example.com>\nIn-Reply-To: <first@example.com>\nReferences: <first@example.com>\nSubject: Re: Permintaan salinan data\n\nBerikut foto KTP saya. Mohon salinan data pribadi saya.\n");
    let again = write(tmp.path(), "3.eml", "From: Budi <budi@example.com>\nTo: privasi@office.example\nDate: Tue, 24 Nov 2026 09:00:00 +0700\nMessage-ID: <third@example.com>\nSubject: Akses data pribadi\n\nSaya ingin akses ke data pribadi saya, belum ada jawaban.\n");
    let (code, r, err) = intake(&data, &[&first, &reply, &again]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(r[0]["action"], "registered");
    let id = r[0]["request_id"].as_str().unwrap();
    assert_eq!(
        r[1]["action"], "linked-as-reply",
        "In-Reply-To ties the reply to its request"
    );
    assert_eq!(r[1]["request_id"], id);
    assert_eq!(
        r[2]["status"]["kind"], "duplicate",
        "same requester, same right, open request"
    );
    assert_eq!(r[2]["status"]["request_id"], id);
    assert!(
        r[2]["request_id"].is_null(),
        "a likely duplicate is not registered on its own"
    );
    assert_eq!(list(&data).len(), 1);
    let shown: Value =
        serde_json::from_slice(&pdpdesk(&data, &["request", "show", id, "--json"]).stdout).unwrap();
    let notes: Vec<&str> = shown["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["text"].as_str().unwrap())
        .collect();
    assert!(
        notes
            .iter()
            .any(|t| t.contains("Re: Permintaan salinan data")),
        "the reply is in the history: {notes:?}"
    );
}

#[test]
fn forwarded_html_only_and_encoded_mail() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let fwd = write(tmp.path(), "fwd.eml", "From: Rina Admin <rina@office.example>\nTo: privasi@office.example\nDate: Mon, 23 Nov 2026 10:00:00 +0700\nMessage-ID: <fwd@office.example>\nSubject: Fwd: Hapus data\n\nTolong diproses ya.\n\n---------- Forwarded message ---------\nFrom: Dewi Lestari <dewi.lestari@example.com>\nDate: Sun, 22 Nov 2026\nSubject: Hapus data\n\nMohon hapus data pribadi saya. HP 0812-7777-8888.\n");
    let html = write(tmp.path(), "html.eml", "From: =?UTF-8?Q?Andr=C3=A9_Wijaya?= <andre@example.com>\nTo: privasi@office.example\nDate: Mon, 23 Nov 2026 11:00:00 +0700\nMessage-ID: <html@example.com>\nSubject: =?UTF-8?B?UGVybW9ob25hbiBzYWxpbmFuIGRhdGEgcHJpYmFkaQ==?=\nContent-Type: text/html; charset=utf-8\n\n<html><body><p>Saya minta <b>salinan data pribadi</b> saya.</p></body></html>\n");
    let (code, r, err) = intake(&data, &[&fwd, &html]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        r[0]["requester"]["emails"],
        serde_json::json!(["dewi.lestari@example.com"]),
        "the forwarded sender asks, not staff"
    );
    assert_eq!(
        r[0]["requester"]["phones"],
        serde_json::json!(["+6281277778888"])
    );
    assert_eq!(r[0]["rights"], serde_json::json!(["deletion"]));
    assert_eq!(
        r[1]["subject"], "Permohonan salinan data pribadi",
        "encoded subject decoded"
    );
    assert_eq!(r[1]["requester"]["name"], "André Wijaya");
    assert_eq!(
        r[1]["rights"],
        serde_json::json!(["access"]),
        "HTML-only text is read"
    );
}

#[test]
fn broken_files_are_reported_and_the_rest_goes_on() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let good = write(tmp.path(), "good.eml", "From: Sari <sari@example.com>\nDate: Mon, 23 Nov 2026 10:00:00 +0700\nMessage-ID: <good@example.com>\nSubject: Hapus data\n\nMohon hapus data pribadi saya.\n");
    let truncated = write(tmp.path(), "truncated.eml", "From: a@example.com\nMessage-ID: <t@x>\nSubject: hapus\nContent-Type: multipart/mixed; boundary=\"q\"\n\n--q\nContent-Type: text/plain\n\nMohon hapus da");
    let csv = write(
        tmp.path(),
        "kontak.eml",
        "Nama;Email;Telepon\nBudi;budi@example.com;0812\n",
    );
    let empty = write(tmp.path(), "empty.eml", "");
    let missing = tmp.path().join("missing.eml");
    let (code, r, err) = intake(&data, &[&truncated, &csv, &good, &empty, &missing]);
    assert_eq!(code, Some(2), "a run with unreadable input exits 2");
    for name in ["truncated.eml", "kontak.eml", "empty.eml", "missing.eml"] {
        assert!(err.contains(name), "stderr names {name}: {err}");
    }
    assert!(err.contains("truncated"), "{err}");
    assert_eq!(
        r.iter().filter(|x| x["action"] == "registered").count(),
        1,
        "the good file is registered despite the others"
    );
    assert_eq!(list(&data).len(), 1);
}

#[test]
fn a_mailbox_of_a_thousand_messages() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let mut mbox = String::new();
    for i in 0..1000 {
        let (subject, body) = if i % 100 == 0 {
            (
                "Permohonan penghapusan data",
                format!("Saya Pelanggan Nomor{i} mohon hapus data pribadi saya."),
            )
        } else {
            (
                "Pesanan",
                format!("Halo, pesanan nomor {i} sudah bisa diambil?"),
            )
        };
        mbox.push_str(&format!(
            "From sender{i}@example.com Mon Nov 23 10:00:00 2026\nFrom: Sender {i} <sender{i}@example.com>\nTo: admin@office.example\nDate: Mon, 23 Nov 2026 10:00:00 +0700\nMessage-ID: <m{i}@example.com>\nSubject: {subject}\n\n{body}\n\n"
        ));
    }
    let path = tmp.path().join("inbox.mbox");
    std::fs::write(&path, mbox).unwrap();
    let start = std::time::Instant::now();
    let (code, r, err) = intake(&data, &[&path]);
    println!("1,000-message mailbox imported in {:.2?}", start.elapsed());
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(r.len(), 1000, "every message is reported");
    assert_eq!(
        r.iter().filter(|x| x["action"] == "registered").count(),
        10,
        "the ten requests are registered"
    );
    assert_eq!(
        r[500]["index"], 501,
        "messages keep their position in the mailbox"
    );
    let (_, again, _) = intake(&data, &[&path]);
    assert_eq!(
        again.iter().filter(|x| x["action"] == "registered").count(),
        0
    );
}
