//! What the certificate tests share: an invented office (CV Cetak Ceria) with a Chatwoot contact
//! export and a Jurnal invoice export, Budi's deletion request searched, confirmed and verified;
//! the checklist ticked; and redaction runs kept in the store the way `pdpdesk redact` keeps them
//! (the runs are the store's; these tests do not redact files).

use super::Desk;
use chrono::Utc;
use pdp_core::desk::deletion::PlanLine;
use pdp_core::store::redactions::{RedactedFile, Redaction};
use pdp_core::Store;
use serde_json::Value;
use sha2::{Digest, Sha256};

pub const CONTACTS: &str = "id,name,email,phone_number,labels\n\
101,Budi Santoso,budi.santoso@example.com,+6281200002222,pelanggan\n\
102,Ani Lestari,ani@example.com,+6281200001111,pelanggan\n";

pub const INVOICES: &str =
    "*Customer,Email,BillingAddress,*InvoiceDate,*DueDate,*InvoiceNumber,*ProductName\n\
Budi Santoso,budi.santoso@example.com,Jl. Melati 3,17/05/2024,31/05/2024,INV-2024-0042,Cetak undangan\n\
Ani Lestari,ani@example.com,Jl. Mawar 9,18/05/2024,01/06/2024,INV-2024-0043,Stiker\n";

/// The office, its two exports, and Budi's deletion request searched and confirmed (not yet
/// verified).
pub fn office(desk: &Desk) -> String {
    office_for(desk, "deletion")
}

/// The office, its two exports, and Budi's request for `right` searched and confirmed.
pub fn office_for(desk: &Desk, right: &str) -> String {
    super::letters::letterhead(desk);
    let contacts = desk.write("chatwoot-contacts.csv", CONTACTS);
    let invoices = desk.write("jurnal-faktur.csv", INVOICES);
    desk.json(&["source", "add", &contacts]);
    desk.json(&["source", "add", &invoices]);
    let id = desk.new_request(&[
        "--name",
        "Budi Santoso",
        "--email",
        "budi.santoso@example.com",
        "--phone",
        "+6281200002222",
        "--right",
        right,
        "--channel",
        "email",
    ]);
    desk.json(&["search", "--request", &id]);
    desk.json(&["hit", "confirm", "--request", &id, "--strong"]);
    id
}

/// Budi answers a one-time code.
pub fn verify(desk: &Desk, id: &str) {
    let code = desk.json(&["verify", "code", "--request", id])["code"]
        .as_str()
        .unwrap()
        .to_string();
    desk.json(&["verify", "check", "--request", id, &code]);
}

/// Ticks every system of the checklist.
pub fn tick_all(desk: &Desk, id: &str) {
    let list = desk.json(&["checklist", "show", "--request", id]);
    for item in list["items"].as_array().unwrap() {
        let system = item["system"].as_str().unwrap();
        desk.json(&[
            "checklist",
            "tick",
            "--request",
            id,
            "--system",
            system,
            "--note",
            "dihapus",
        ]);
    }
}

/// Keeps a redaction run of every export of the plan, as `pdpdesk redact` would after writing
/// the redacted copies (not replacing the originals).
pub fn redact(desk: &Desk, id: &str) {
    let plan: Value = desk.json(&["plan", "show", "--request", id]);
    let lines: Vec<PlanLine> = serde_json::from_value(plan["lines"].clone()).unwrap();
    let mut files: Vec<RedactedFile> = Vec::new();
    for l in &lines {
        if files
            .iter()
            .any(|f| f.source == l.source && f.file == l.file)
        {
            continue;
        }
        let bytes = std::fs::read(&l.source).unwrap();
        files.push(RedactedFile {
            source: l.source.clone(),
            file: l.file.clone(),
            kind: l.kind,
            before_sha256: format!("{:x}", Sha256::digest(&bytes)),
            after_sha256: Some(format!("{:x}", Sha256::digest(b"redacted copy"))),
            removed: 1,
            masked: 0,
            corrected: 0,
            replaced: false,
        });
    }
    let mut store = Store::open(&desk.data()).unwrap();
    store
        .record_redaction(
            &Redaction {
                id: 0,
                request_id: id.to_string(),
                made_at: Utc::now(),
                actor: "Tester".into(),
                out_dir: desk.dir.path().join("bersih").display().to_string(),
                plan: lines,
                files,
                research_hits: 0,
            },
            "Ekspor lokal dibersihkan",
        )
        .unwrap();
}

/// A request ready for its certificate: verified, ticked, redacted.
pub fn ready(desk: &Desk) -> String {
    let id = office(desk);
    verify(desk, &id);
    tick_all(desk, &id);
    redact(desk, &id);
    id
}

/// Issues the certificate in `lang`, a copy written to `name` beside the data folder.
pub fn issue(desk: &Desk, id: &str, lang: &str, name: &str) -> (Value, std::path::PathBuf) {
    let out = desk.dir.path().join(name);
    let issued = desk.json(&[
        "certificate",
        "issue",
        "--request",
        id,
        "--lang",
        lang,
        "--out",
        out.to_str().unwrap(),
    ]);
    (issued, out)
}

/// `certificate verify FILE --json`: the report on stdout and the exit code.
pub fn verify_file(desk: &Desk, file: &std::path::Path) -> (Value, Option<i32>) {
    let out = desk.run(&["certificate", "verify", file.to_str().unwrap(), "--json"]);
    let report = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "verify prints its report as JSON ({e}): {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (report, out.status.code())
}
