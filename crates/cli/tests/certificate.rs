//! `pdpdesk certificate issue|verify|key` on the real binary: the gate (identity first, then the
//! checklist, then the local redactions), the issued Berita Acara as poppler reads it in both
//! languages, its place in the register of letters and the history, the office's key (0600,
//! its fingerprint on the certificate), and verify on and off the office's machine, with a plan
//! change after issue reported.

use crate::support;

use support::certificate::{issue, office, ready, redact, tick_all, verify, verify_file};
use support::letters::{tool, words};
use support::Desk;

#[test]
fn nothing_is_certified_before_identity_checklist_and_redaction_are_done() {
    let desk = Desk::new();
    let id = office(&desk);
    let certify = ["certificate", "issue", "--request", id.as_str()];
    let err = desk.refused(&certify, 4);
    assert_eq!(
        err["code"], "verification_refused",
        "the identity gate comes first: {err}"
    );
    verify(&desk, &id);
    let err = desk.refused(&["letter", "deletion-certificate", "--request", &id], 4);
    assert_eq!(
        err["reason"], "certificate",
        "the certificate is not a template letter: {err}"
    );
    let offers = desk.json(&["letter", "list", "--request", &id]).to_string();
    assert!(
        !offers.contains("deletion-certificate"),
        "nor offered as one: {offers}"
    );
    let err = desk.refused(&certify, 4);
    assert_eq!(
        (err["code"].as_str(), err["reason"].as_str()),
        (Some("certificate_refused"), Some("checklist_open")),
        "{err}"
    );
    assert!(
        err["message"].as_str().unwrap().contains("chatwoot"),
        "the open systems are named: {err}"
    );
    assert!(
        err["names"]
            .as_array()
            .is_some_and(|n| n.iter().any(|s| s == "chatwoot")),
        "and listed as codes for the window: {err}"
    );
    tick_all(&desk, &id);
    let err = desk.refused(&certify, 4);
    assert_eq!(err["reason"], "not_redacted", "{err}");
    let message = err["message"].as_str().unwrap();
    assert!(
        message.contains("chatwoot-contacts.csv") && message.contains("jurnal-faktur.csv"),
        "the exports still to redact are named: {err}"
    );
    let names: Vec<&str> = err["names"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|n| n.as_str())
        .collect();
    assert!(
        names.iter().any(|n| n.ends_with("chatwoot-contacts.csv"))
            && names.iter().any(|n| n.ends_with("jurnal-faktur.csv")),
        "and listed for the window: {err}"
    );
    redact(&desk, &id);
    // A change to a line after the redaction asks for that export to be redacted again. The
    // store keeps times to the second, and a run in the same second as a change counts as after
    // it: staff's change comes a second later here.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let plan = desk.json(&["plan", "show", "--request", &id]);
    let contact = plan["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["file"].as_str().unwrap().contains("chatwoot"))
        .unwrap()["hit"]
        .to_string();
    desk.json(&[
        "plan",
        "set",
        "--request",
        &id,
        "--hit",
        &contact,
        "--action",
        "restrict",
        "--reason",
        "sengketa pembayaran",
    ]);
    let err = desk.refused(&certify, 4);
    let message = err["message"].as_str().unwrap();
    assert!(
        err["reason"] == "not_redacted"
            && message.contains("chatwoot-contacts.csv")
            && !message.contains("jurnal-faktur.csv"),
        "only the export whose plan changed since its redaction: {err}"
    );
    redact(&desk, &id);
    let issued = desk.json(&certify);
    assert!(
        issued["letter"]["number"]
            .as_str()
            .unwrap()
            .contains("/PDP/"),
        "numbered in the office's pattern: {issued}"
    );
}

#[test]
fn the_certificate_prints_its_facts_is_registered_logged_and_signed_by_the_office_key() {
    let desk = Desk::new();
    let id = ready(&desk);
    let (issued, pdf) = issue(&desk, &id, "id", "ba-id.pdf");
    let number = issued["letter"]["number"].as_str().unwrap().to_string();
    assert_eq!(issued["letter"]["kind"], "deletion-certificate");
    assert_eq!(
        std::fs::read(&pdf).unwrap(),
        std::fs::read(issued["path"].as_str().unwrap()).unwrap(),
        "the copy is the kept PDF"
    );

    let text = words(&pdf);
    for phrase in [
        "BERITA ACARA PENGHAPUSAN DATA PRIBADI",
        number.as_str(),
        "Budi Santoso",
        "bu…@example.com",
        "+6281…2222",
        id.as_str(),
        "Chatwoot",
        "chatwoot-contacts.csv",
        "Jurnal",
        "INV-2024-0042",
        "UU KUP Pasal 28 ayat (11)",
        "31 Desember 2034",
        "Kadek Wirawan",
        "Demikian Berita Acara ini dibuat",
        issued["verification_code"].as_str().unwrap(),
    ] {
        assert!(
            text.contains(phrase),
            "the certificate says {phrase:?}:\n{text}"
        );
    }
    assert!(
        !text.contains("budi.santoso@example.com") && !text.contains("+6281200002222"),
        "the subject's contacts are masked: {text}"
    );
    let key = desk.json(&["certificate", "key"]);
    let print = key["fingerprint"].as_str().unwrap();
    assert_eq!(issued["key_fingerprint"], print);
    assert!(
        text.contains(&print[..19]),
        "the key's fingerprint is printed: {text}"
    );
    tool("qpdf", &["--check", pdf.to_str().unwrap()]);
    let attached = tool("pdfdetach", &["-list", pdf.to_str().unwrap()]);
    assert!(
        attached.contains("statement.json"),
        "the statement is attached: {attached}"
    );
    let images = support::letters::artefacts().join("../certificate");
    std::fs::create_dir_all(&images).unwrap();
    tool(
        "pdftoppm",
        &[
            "-png",
            "-r",
            "60",
            pdf.to_str().unwrap(),
            images.join("ba-id").to_str().unwrap(),
        ],
    );

    // The office's key: a file of 32 bytes, private, never printed.
    let key_file = desk.data().join("certificate.key");
    let meta = std::fs::metadata(&key_file).unwrap();
    assert_eq!(meta.len(), 32, "the private seed");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            meta.permissions().mode() & 0o777,
            0o600,
            "only the office's user reads it"
        );
    }
    let seed = std::fs::read(&key_file).unwrap();
    let seed_hex: String = seed.iter().map(|b| format!("{b:02x}")).collect();
    assert!(
        !issued.to_string().contains(&seed_hex) && !key.to_string().contains(&seed_hex),
        "the private key is never printed"
    );

    let register = desk.json(&["letter", "register", "--kind", "deletion-certificate"]);
    assert!(
        register.to_string().contains(&number),
        "the certificate stands in the register of letters: {register}"
    );
    let history = desk.json(&["request", "show", &id]).to_string();
    assert!(
        history.contains(&format!("Berita acara penghapusan {number} diterbitkan")),
        "the issue is in the request's history: {history}"
    );

    let (en, pdf_en) = issue(&desk, &id, "en", "ba-en.pdf");
    let text = words(&pdf_en);
    for phrase in [
        "CERTIFICATE OF DELETION OF PERSONAL DATA",
        en["letter"]["number"].as_str().unwrap(),
        "31 December 2034",
        "Kept until",
        "Bookkeeping records",
    ] {
        assert!(
            text.contains(phrase),
            "the English certificate says {phrase:?}:\n{text}"
        );
    }
    tool(
        "pdftoppm",
        &[
            "-png",
            "-r",
            "60",
            pdf_en.to_str().unwrap(),
            images.join("ba-en").to_str().unwrap(),
        ],
    );
}

#[test]
fn verify_says_valid_here_and_away_and_reports_a_plan_change_after_issue() {
    let desk = Desk::new();
    let id = ready(&desk);
    let (issued, pdf) = issue(&desk, &id, "id", "ba.pdf");
    let (report, code) = verify_file(&desk, &pdf);
    assert_eq!(code, Some(0), "a valid certificate exits 0: {report}");
    assert_eq!(report["valid"], true);
    assert_eq!(report["key_fingerprint"], issued["key_fingerprint"]);
    assert_eq!(report["verification_code"], issued["verification_code"]);
    let reg = &report["register"];
    assert_eq!(reg["own_key"], true, "the office's own key: {report}");
    assert_eq!(reg["issued"], true);
    assert_eq!(reg["same_file"], true);
    assert_eq!(reg["plan_changed"], false);
    assert_eq!(reg["reopened"], false);
    assert_eq!(report["statement"]["request"]["id"], id.as_str());

    // Away from the office: no register, no data folder made.
    let away = tempfile::tempdir().unwrap();
    let data = away.path().join("data");
    let out = support::pdpdesk(
        &data,
        &["certificate", "verify", pdf.to_str().unwrap(), "--json"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["valid"], true);
    assert!(
        report["register"].is_null(),
        "no register away from the office"
    );
    assert!(
        !data.exists(),
        "checking a certificate makes no data folder"
    );

    // A plan change after issue is reported; the certificate stays authentic.
    let plan = desk.json(&["plan", "show", "--request", &id]);
    let hit = plan["lines"][0]["hit"].to_string();
    desk.json(&[
        "plan",
        "set",
        "--request",
        &id,
        "--hit",
        &hit,
        "--action",
        "restrict",
        "--reason",
        "pemohon meminta pembatasan saja",
    ]);
    let (report, code) = verify_file(&desk, &pdf);
    assert_eq!(code, Some(0), "{report}");
    assert_eq!(report["register"]["plan_changed"], true, "{report}");
    let after = report["register"]["after_issue"].to_string();
    assert!(
        after.contains("\"plan\"") && after.contains("restrict"),
        "the changed line is named: {after}"
    );
    let table = desk.run(&["certificate", "verify", pdf.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&table.stdout);
    assert!(
        text.contains("changed after issue") && text.contains("YES"),
        "the table says it too: {text}"
    );
}

#[test]
fn systems_left_open_are_printed_with_staffs_reason_given_now_or_when_closing() {
    let desk = Desk::new();
    let id = office(&desk);
    verify(&desk, &id);
    redact(&desk, &id);
    let issued = desk.json(&[
        "certificate",
        "issue",
        "--request",
        &id,
        "--checklist-open",
        "akses admin Jurnal belum diberikan",
    ]);
    let open = &issued["statement"]["open_systems"];
    assert_eq!(open.as_array().unwrap().len(), 2, "{issued}");
    assert_eq!(open[0]["why"], "akses admin Jurnal belum diberikan");
    let text = words(std::path::Path::new(issued["path"].as_str().unwrap()));
    assert!(
        text.contains("Sistem yang belum selesai") && text.contains("akses admin Jurnal"),
        "the open systems and why are printed: {text}"
    );

    desk.json(&[
        "request",
        "state",
        &id,
        "closed",
        "--reason",
        "selesai",
        "--checklist-open",
        "HP kantor hilang; cadangan tidak ada",
    ]);
    let issued = desk.json(&["certificate", "issue", "--request", &id]);
    assert_eq!(
        issued["statement"]["open_systems"][0]["why"], "HP kantor hilang; cadangan tidak ada",
        "the reason recorded when the request was closed: {issued}"
    );
}

#[test]
fn after_a_real_redaction_that_replaced_the_exports_the_certificate_carries_its_hashes() {
    let desk = Desk::new();
    let id = office(&desk);
    verify(&desk, &id);
    tick_all(&desk, &id);
    let out = desk.dir.path().join("bersih");
    desk.json(&[
        "redact",
        "--request",
        &id,
        "--out",
        out.to_str().unwrap(),
        "--replace",
    ]);
    let runs = desk.json(&["redact", "list", "--request", &id]);
    let files = runs[0]["files"].as_array().unwrap();
    assert!(
        files.iter().all(|f| f["replaced"] == true),
        "the originals were replaced: {runs}"
    );
    let (issued, pdf) = issue(&desk, &id, "id", "ba.pdf");
    let hashes = &issued["statement"]["redactions"];
    for f in files {
        let kept = hashes
            .as_array()
            .unwrap()
            .iter()
            .find(|h| h["file"] == f["file"])
            .unwrap_or_else(|| panic!("{} is on the certificate: {issued}", f["file"]));
        assert_eq!(kept["before_sha256"], f["before_sha256"]);
        assert_eq!(kept["after_sha256"], f["after_sha256"]);
        assert_eq!(kept["replaced"], true);
    }
    assert_eq!(
        issued["statement"]["retained"][0]["reference"], "INV-2024-0042#1",
        "the plan of a replaced export comes from the run that replaced it: {issued}"
    );
    let text = words(&pdf);
    let before = files[0]["before_sha256"].as_str().unwrap();
    assert!(
        text.contains(&before[..8]),
        "the hash is printed (in groups of eight): {text}"
    );
    let (report, code) = verify_file(&desk, &pdf);
    assert_eq!(
        (report["valid"].as_bool(), code),
        (Some(true), Some(0)),
        "{report}"
    );
}
