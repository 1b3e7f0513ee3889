//! Intake in the real window: an .eml dropped onto the window becomes a proposal with its trigger
//! phrases highlighted and the requester's identifiers filled in, and accepting it registers the
//! request with the original kept as evidence.

use crate::common;

use common::*;
use fantoccini::Locator;

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display: run scripts/e2e"]
async fn a_dropped_email_becomes_a_registered_request() {
    let tmp = std::env::temp_dir().join(format!("pdpdesk-e2e-intake-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).unwrap();
    let data = tmp.join("data");
    let eml = tmp.join("permohonan.eml");
    std::fs::write(
        &eml,
        "From: Sari Wulandari <sari.wulandari@example.com>\r\nTo: privasi@majujayakreatif.example\r\n\
Date: Mon, 23 Nov 2026 10:15:00 +0800\r\nMessage-ID: <e2e-intake@example.com>\r\n\
Subject: Permohonan penghapusan data pribadi\r\n\r\n\
Selamat pagi,\r\n\r\nSaya Sari Wulandari mohon agar seluruh data pribadi saya dihapus dari sistem Bapak/Ibu.\r\n\
Nomor HP saya 0812-7000-1234.\r\n\r\nHormat saya,\r\nSari Wulandari\r\n",
    )
    .unwrap();

    let (_driver, c) = open_window(&data, 4460).await;
    let result = async {
        el(&c, "nav-requests").await.click().await?;
        el(&c, "import-mail").await.click().await?;
        el(&c, "intake-view").await;
        drop_files(&c, &[eml.display().to_string()]).await;
        wait_text(&c, &testid("intake-status"), "").await;
        let card = el(&c, "intake-item").await;
        assert_eq!(
            card.attr("data-status").await?.as_deref(),
            Some("new-request"),
            "a new request is proposed"
        );
        let highlights = c
            .find_all(Locator::Css(
                "[data-testid=\"intake-highlight\"][data-right=\"deletion\"]",
            ))
            .await?;
        assert!(!highlights.is_empty(), "the deletion phrase is highlighted");
        let name = el(&c, "intake-name").await.prop("value").await?;
        assert_eq!(
            name.as_deref(),
            Some("Sari Wulandari"),
            "the requester's name is read from the message"
        );
        let phone = el(&c, "intake-phone").await.prop("value").await?;
        assert!(
            phone.is_some_and(|p| p.contains("812")),
            "the phone in the body is extracted"
        );
        screenshot(&c, "intake").await;
        el(&c, "intake-register").await.click().await?;
        let done = wait_text(&c, &testid("intake-registered"), "REQ-").await;
        let text = done.text().await?;
        screenshot(&c, "intake-registered").await;
        Ok::<_, fantoccini::error::CmdError>(text)
    }
    .await;
    c.close().await.ok();
    let text = result.expect("window steps");

    let list = cli_json(&data, &["request", "list", "--search", "Sari Wulandari"]);
    let r = &list.as_array().unwrap()[0];
    let id = r["id"].as_str().unwrap();
    assert!(
        text.contains(id),
        "the card names the registered request {id}: {text}"
    );
    assert_eq!(r["rights"], serde_json::json!(["deletion"]));
    assert_eq!(
        r["received_at"], "2026-11-23T10:15:00+08:00",
        "received when the message says"
    );
    assert_eq!(
        r["requester"]["phones"],
        serde_json::json!(["+6281270001234"])
    );
    let kept: Vec<_> = std::fs::read_dir(data.join("evidence")).unwrap().collect();
    assert_eq!(kept.len(), 1, "the original is kept as evidence");
}
