//! `pdpdesk intake-record`: a request started from a record an added source holds, the record
//! kept as evidence.

use crate::support;

use serde_json::Value;
use support::{generate, pdpdesk};

#[test]
fn a_request_is_started_from_a_record_a_source_holds() {
    let tmp = tempfile::tempdir().unwrap();
    let fx = tmp.path().join("fx");
    generate(2, 100, &fx);
    let data = tmp.path().join("data");
    let expected: Value =
        serde_json::from_slice(&std::fs::read(fx.join("expected.json")).unwrap()).unwrap();
    let added = pdpdesk(&data, &["source", "add", fx.to_str().unwrap(), "--json"]);
    assert!(
        added.status.success(),
        "{}",
        String::from_utf8_lossy(&added.stderr)
    );
    let mut registered = 0;
    for subject in expected["subjects"].as_array().unwrap() {
        let request = &subject["request"];
        let file = request["file"].as_str().unwrap();
        if file.ends_with(".eml") {
            continue;
        }
        let record = request["record"].as_u64().unwrap().to_string();
        let path = fx.join(file);
        let out = pdpdesk(
            &data,
            &[
                "intake-record",
                path.to_str().unwrap(),
                "--record",
                &record,
                "--register",
                "--json",
            ],
        );
        assert!(
            out.status.success(),
            "{file}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let r: Value = serde_json::from_slice(&out.stdout).unwrap();
        let canonical = &subject["canonical"];
        assert!(
            r["rights"]
                .as_array()
                .unwrap()
                .iter()
                .any(|x| x == "deletion"),
            "{file}: the record asks for deletion: {r}"
        );
        for phone in r["requester"]["phones"].as_array().unwrap() {
            assert!(
                canonical["phones_e164"].as_array().unwrap().contains(phone),
                "{file}: {phone} is the subject's"
            );
        }
        let channel = if file.starts_with("whatsapp/") {
            "chat"
        } else {
            "web-form"
        };
        assert_eq!(r["channel"], channel, "{file}");
        let id = r["id"].as_str().unwrap();
        let evidence: Vec<_> = std::fs::read_dir(data.join("evidence"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        assert!(!evidence.is_empty(), "{id}: the record is kept as evidence");
        let again = pdpdesk(
            &data,
            &[
                "intake-record",
                path.to_str().unwrap(),
                "--record",
                &record,
                "--register",
            ],
        );
        assert_eq!(
            again.status.code(),
            Some(4),
            "{file}: the same record does not start a second request"
        );
        registered += 1;
    }
    assert_eq!(
        registered, 2,
        "the generator plants a web-form and a WhatsApp request"
    );
    let not_added = tmp.path().join("lain.csv");
    std::fs::write(&not_added, "Nama,Pesan\nBudi,hapus data saya\n").unwrap();
    let refused = pdpdesk(
        &data,
        &[
            "intake-record",
            not_added.to_str().unwrap(),
            "--record",
            "1",
        ],
    );
    assert_eq!(
        refused.status.code(),
        Some(2),
        "a file outside the sources is refused"
    );
    assert!(String::from_utf8_lossy(&refused.stderr).contains("no added source"));
}
