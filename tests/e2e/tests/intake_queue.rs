//! The needs-a-look queue in the real window: a message intake could not be sure of is queued by
//! `pdpdesk intake` with its clock running from receipt; the board counts it, the intake screen
//! shows why it needs a look, and staff record it as a request with the right they choose. The
//! request keeps the message's time of receipt.

use crate::common;

use common::*;
use fantoccini::Locator;

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display: run scripts/e2e"]
async fn a_queued_message_is_decided_as_a_request_in_the_window() {
    let tmp = std::env::temp_dir().join(format!("pdpdesk-e2e-queue-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).unwrap();
    let data = tmp.join("data");
    let eml = tmp.join("pertanyaan.eml");
    std::fs::write(
        &eml,
        "From: Dewi Anggraini <dewi.anggraini@example.com>\r\nTo: admin@majujayakreatif.example\r\n\
Date: Tue, 24 Nov 2026 09:40:00 +0800\r\nMessage-ID: <e2e-antrean@example.com>\r\n\
Subject: Data saya di aplikasi\r\n\r\n\
Selamat siang kak,\r\n\r\nsy mau tanya soal data saya di aplikasi pemesanan kalian ya. Makasih.\r\n\r\nDewi\r\n",
    )
    .unwrap();
    let imported = cli_json(&data, &["intake", &eml.display().to_string()]);
    assert_eq!(imported[0]["class"], "needs-look", "{imported}");
    assert_eq!(
        imported[0]["action"], "queued",
        "the message is queued, not dropped"
    );
    let queue_id = imported[0]["queue_id"].as_i64().unwrap();

    let (_driver, c) = open_window(&data, 4580).await;
    let result = async {
        el(&c, "nav-dashboard").await.click().await?;
        let board = wait_text(&c, &testid("board-needs-look"), "1").await;
        screenshot(&c, "queue-board").await;
        board.click().await?;
        let item = el(&c, "queue-item").await;
        assert_eq!(
            item.attr("data-queue-id").await?,
            Some(queue_id.to_string()),
            "the queued message is on the intake screen"
        );
        let reasons = item.find(Locator::Css(&testid("queue-reason"))).await?;
        assert_eq!(
            reasons.attr("data-code").await?.as_deref(),
            Some("mentions-data"),
            "it says why it needs a look"
        );
        screenshot(&c, "queue").await;
        item.find(Locator::Css(&testid("queue-open")))
            .await?
            .click()
            .await?;
        let access = item
            .find(Locator::Css(&testid("intake-right-access")))
            .await?;
        access.click().await?;
        screenshot(&c, "queue-decide").await;
        press(&c, "queue-register").await;
        el(&c, "queue-empty").await;
        el(&c, "queue-decided-toggle").await.click().await?;
        let decided = wait_text(&c, &testid("queue-decision"), "REQ-").await;
        let text = decided.text().await?;
        screenshot(&c, "queue-decided").await;
        Ok::<_, fantoccini::error::CmdError>(text)
    }
    .await;
    c.close().await.ok();
    let text = result.expect("window steps");

    // The window seeds the demo office on first start: the request is found through the queue.
    let all = cli_json(&data, &["intake-queue", "list", "--all"]);
    let id = all[0]["decision"]["request_id"]
        .as_str()
        .expect("decided as a request");
    assert_eq!(
        all[0]["decided_by"].as_str().map(str::is_empty),
        Some(false)
    );
    assert!(
        text.contains(id),
        "the queue names the request {id}: {text}"
    );
    let r = cli_json(&data, &["request", "show", id]);
    assert_eq!(
        r["rights"],
        serde_json::json!(["access"]),
        "the right staff chose"
    );
    assert_eq!(
        r["received_at"], "2026-11-24T09:40:00+08:00",
        "the clock ran from the message's receipt, not from the decision"
    );
    assert_eq!(
        r["requester"]["emails"],
        serde_json::json!(["dewi.anggraini@example.com"])
    );
}
