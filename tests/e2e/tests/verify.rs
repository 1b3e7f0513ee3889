//! Verification in the real window: two requests imported from the generator's e-mails, their
//! strong hits confirmed (so the contact is on file); one verified by a one-time code shown once
//! and answered, the other by the NIK seen on the KTP. The gate opens for both.

use crate::common;

use common::*;
use fantoccini::{Client, Locator};
use std::path::Path;

/// Imports one of the generator's e-mails, searches and confirms its strong hits (CLI).
fn request_with_contact_on_file(data: &Path, exports: &Path, mail: &str) -> String {
    let imported = cli_json(
        data,
        &["intake", exports.join("email").join(mail).to_str().unwrap()],
    );
    let id = imported[0]["request_id"].as_str().unwrap().to_string();
    cli_json(data, &["search", "--request", &id]);
    cli_json(data, &["hit", "confirm", "--request", &id, "--strong"]);
    id
}

/// A NIK on the request's confirmed records (the one the KTP must show), else an invented valid
/// one (nothing on record to compare with).
fn nik_on_record(data: &Path, id: &str) -> String {
    let listed = cli_json(data, &["hit", "list", "--request", id]);
    for h in listed["hits"].as_array().unwrap() {
        if h["decision"] != "confirmed" {
            continue;
        }
        let shown = cli_json(data, &["hit", "show", &h["id"].to_string()]);
        let nik = shown["record"]["record"]["fields"]
            .as_array()
            .or_else(|| shown["record"]["fields"].as_array())
            .into_iter()
            .flatten()
            .find(|f| f["role"] == "nik" && f["value"].as_str().is_some_and(|v| !v.is_empty()));
        if let Some(f) = nik {
            return f["value"].as_str().unwrap().to_string();
        }
    }
    "3171014508900001".into()
}

async fn open_request(c: &Client, id: &str) -> Result<(), fantoccini::error::CmdError> {
    el(c, "nav-requests").await.click().await?;
    let row = wait_text(c, &testid("request-row"), id).await;
    row.find(Locator::Css("td")).await?.click().await?;
    el(c, "verify-section").await;
    Ok(())
}

async fn type_into(c: &Client, id: &str, text: &str) -> Result<(), fantoccini::error::CmdError> {
    let input = el(c, id).await;
    input.clear().await?;
    input.send_keys(text).await
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display: run scripts/e2e"]
async fn a_request_is_verified_by_code_and_another_by_nik() {
    let tmp = std::env::temp_dir().join(format!("pdpdesk-e2e-verify-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let exports = tmp.join("Ekspor");
    pdp_officegen::generate(1, 100, &exports).expect("the office generator writes");
    std::fs::remove_file(exports.join("expected.json")).unwrap();
    let data = tmp.join("data");
    cli_json(&data, &["source", "add", exports.to_str().unwrap()]);
    let by_code =
        request_with_contact_on_file(&data, &exports, "01_permohonan_akses_data_pribadi.eml");
    let by_nik = request_with_contact_on_file(&data, &exports, "04_permintaan_salinan_data.eml");
    let nik = nik_on_record(&data, &by_nik);

    let (_driver, c) = open_window(&data, 4500).await;
    let result = async {
        open_request(&c, &by_code).await?;
        wait_text(&c, "[data-testid=\"verify-gate\"][data-open=\"false\"]", "").await;
        screenshot(&c, "verify-closed").await;

        press(&c, "verify-code").await;
        let digits = el(&c, "verify-code-digits").await.text().await?;
        let code: String = digits.chars().filter(char::is_ascii_digit).collect();
        assert_eq!(code.len(), 6, "the dialog shows six digits: {digits:?}");
        screenshot(&c, "verify-code-dialog").await;
        press(&c, "verify-code-close").await;

        press(&c, "verify-answer").await;
        // The sixth digit checks the code.
        type_into(&c, "verify-answer-input", &code).await?;
        wait_text(&c, "[data-testid=\"verify-gate\"][data-open=\"true\"]", "").await;
        screenshot(&c, "verify-open-by-code").await;

        open_request(&c, &by_nik).await?;
        wait_text(&c, "[data-testid=\"verify-gate\"][data-open=\"false\"]", "").await;
        press(&c, "verify-nik").await;
        type_into(&c, "verify-nik-input", &nik).await?;
        press(&c, "verify-nik-submit").await;
        wait_text(&c, "[data-testid=\"verify-gate\"][data-open=\"true\"]", "").await;
        wait_text(&c, &testid("verify-check-detail"), "******").await;
        screenshot(&c, "verify-open-by-nik").await;
        Ok::<_, fantoccini::error::CmdError>(())
    }
    .await;
    c.close().await.ok();
    result.expect("window steps");
    for id in [&by_code, &by_nik] {
        let gate = cli_json(&data, &["verify", "gate", "--request", id]);
        assert_eq!(gate["open"], true, "{id}: the core agrees the gate is open");
    }
}
