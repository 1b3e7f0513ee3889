//! The register in the real window: a request typed into the form reaches the CLI, and one made
//! with the CLI reaches the window; the demo office greets a brand-new install.

use crate::common;

use common::*;
use fantoccini::Locator;

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display: run scripts/e2e"]
async fn form_request_reaches_cli_and_cli_request_reaches_window() {
    let tmp = tempfile_dir("form");
    let data = tmp.join("data");
    // Made before the window opens: the window must list it (CLI → window).
    cli_json(
        &data,
        &[
            "office",
            "set",
            "--name",
            "Klinik Uji Sehat",
            "--time-zone",
            "WIB",
        ],
    );
    let from_cli = cli_json(
        &data,
        &[
            "request",
            "new",
            "--name",
            "Agus Dari CLI",
            "--email",
            "agus@example.com",
            "--right",
            "access",
            "--channel",
            "email",
        ],
    );
    let cli_id = from_cli["id"].as_str().unwrap().to_string();

    let (_driver, c) = open_window(&data, 4444).await;
    let result = async {
        el(&c, "nav-requests").await.click().await?;
        wait_text(&c, &testid("request-row"), "Agus Dari CLI").await;

        el(&c, "new-request").await.click().await?;
        el(&c, "form-name")
            .await
            .send_keys("Ani Lewat Formulir")
            .await?;
        el(&c, "form-email")
            .await
            .send_keys("ani.formulir@example.co.id")
            .await?;
        el(&c, "form-phone")
            .await
            .send_keys("0813-2222-3333")
            .await?;
        el(&c, "form-right-deletion").await.click().await?;
        el(&c, "form-right-access").await.click().await?;
        el(&c, "form-notes")
            .await
            .send_keys("Datang ke kantor membawa KTP")
            .await?;
        el(&c, "form-submit").await.click().await?;

        // The form leads to the new request's detail with its history.
        let id = el(&c, "detail-id").await.text().await?;
        assert!(
            id.starts_with("REQ-") && id != cli_id,
            "a new number was given: {id}"
        );
        wait_text(&c, &testid("detail-requester"), "Ani Lewat Formulir").await;
        assert!(
            !c.find_all(Locator::Css(&testid("event-item")))
                .await?
                .is_empty(),
            "history shows the creation"
        );

        // Move it on with a reason, as staff would.
        el(&c, "state-action").await.click().await?;
        el(&c, "state-option-verifying").await.click().await?;
        el(&c, "state-reason")
            .await
            .send_keys("Kode verifikasi dikirim")
            .await?;
        el(&c, "state-submit").await.click().await?;
        wait_text(&c, &testid("event-item"), "Kode verifikasi dikirim").await;
        screenshot(&c, "request-detail").await;

        // Back in the register, both requests are listed.
        el(&c, "nav-requests").await.click().await?;
        wait_text(&c, &testid("request-row"), "Ani Lewat Formulir").await;
        screenshot(&c, "register").await;
        Ok::<_, fantoccini::error::CmdError>(id)
    }
    .await;
    c.close().await.ok();
    let id = result.expect("window steps");

    // Window → CLI: the same data directory sees the request, its state and who acted.
    let shown = cli_json(&data, &["request", "show", &id]);
    assert_eq!(shown["requester"]["name"], "Ani Lewat Formulir");
    assert_eq!(
        shown["requester"]["phones"][0], "+6281322223333",
        "the form's phone is stored as E.164"
    );
    assert_eq!(shown["rights"], serde_json::json!(["access", "deletion"]));
    assert_eq!(shown["state"], "verifying");
    let listed = cli_json(&data, &["request", "list"]);
    assert_eq!(
        listed.as_array().unwrap().len(),
        2,
        "the CLI lists both requests"
    );
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display: run scripts/e2e"]
async fn a_new_install_opens_on_the_demo_office() {
    let tmp = tempfile_dir("demo");
    let data = tmp.join("data");
    let (_driver, c) = open_window(&data, 4450).await;
    let result = async {
        el(&c, "demo-badge").await;
        wait_text(&c, &testid("office-name-display"), "DEMO").await;
        screenshot(&c, "dashboard").await;
        el(&c, "nav-requests").await.click().await?;
        wait_text(&c, &testid("request-row"), "Yohanes Pratama").await;
        let rows = c.find_all(Locator::Css(&testid("request-row"))).await?;
        assert_eq!(rows.len(), 4, "the demo office comes with four requests");
        screenshot(&c, "register-demo").await;
        press(&c, "lang-switch").await;
        wait_text(&c, &testid("nav-requests"), "Requests").await;
        screenshot(&c, "register-en").await;
        press(&c, "lang-switch").await;
        Ok::<_, fantoccini::error::CmdError>(())
    }
    .await;
    c.close().await.ok();
    result.expect("window steps");
    assert_eq!(cli_json(&data, &["office", "show"])["is_demo"], true);
}

/// A fresh directory under the system temp dir, removed at the start of each run.
fn tempfile_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("pdpdesk-e2e-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
