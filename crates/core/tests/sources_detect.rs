//! Every file the generator writes is detected as its kind from its content by the one entry
//! point, with the record count `expected.json` states.

use crate::support;

use pdp_core::sources::read::read_file;
use pdp_core::sources::ReadControl;
use pdp_core::sources::SourceKind;
use serde_json::Value;
use support::generate;

fn kind_of(file: &str) -> SourceKind {
    match file {
        f if f.starts_with("whatsapp/") => SourceKind::WhatsappChat,
        f if f.ends_with(".eml") => SourceKind::Mail,
        "chatwoot_contacts.csv" => SourceKind::ChatwootContacts,
        "jurnal_sales_invoices.csv" | "jurnal_sales_invoices.xlsx" => SourceKind::JurnalInvoices,
        "jurnal_customers_excel_id.csv" => SourceKind::JurnalCustomers,
        "wix_form_submissions.csv" => SourceKind::WixForms,
        "google_forms.csv" | "google_forms_sheet_export.csv" => SourceKind::GoogleForms,
        "kontak_lama_cp1252.csv" => SourceKind::GenericCsv,
        f if f.contains("flamingo") => SourceKind::Flamingo,
        other => panic!("the generator wrote a file this test does not know: {other}"),
    }
}

#[test]
fn every_generated_file_is_detected_by_content() {
    for seed in [3, 8] {
        let tmp = tempfile::tempdir().unwrap();
        generate(seed, 200, tmp.path());
        let expected: Value =
            serde_json::from_slice(&std::fs::read(tmp.path().join("expected.json")).unwrap())
                .unwrap();
        for (file, info) in expected["files"].as_object().unwrap() {
            let read = read_file(
                &tmp.path().join(file),
                file,
                None,
                &ReadControl::default(),
                &mut |_| {},
            )
            .unwrap_or_else(|e| panic!("seed {seed} {file}: {e}"));
            assert_eq!(read.report.kind, kind_of(file), "seed {seed} {file}");
            assert_eq!(
                read.report.records,
                info["records"].as_u64().unwrap(),
                "seed {seed} {file}: records"
            );
        }
        // A CSV renamed .txt and a chat renamed .csv are still told by their content.
        std::fs::copy(
            tmp.path().join("wix_form_submissions.csv"),
            tmp.path().join("export.txt"),
        )
        .unwrap();
        let r = read_file(
            &tmp.path().join("export.txt"),
            "export.txt",
            None,
            &ReadControl::default(),
            &mut |_| {},
        )
        .unwrap();
        assert_eq!(r.report.kind, SourceKind::WixForms);
        let chat = expected["files"]
            .as_object()
            .unwrap()
            .keys()
            .find(|k| k.ends_with(".txt") && !k.ends_with("_chat.txt"))
            .unwrap();
        std::fs::copy(tmp.path().join(chat), tmp.path().join("chat.csv")).unwrap();
        let r = read_file(
            &tmp.path().join("chat.csv"),
            "chat.csv",
            None,
            &ReadControl::default(),
            &mut |_| {},
        )
        .unwrap();
        assert_eq!(r.report.kind, SourceKind::WhatsappChat);
    }
}
