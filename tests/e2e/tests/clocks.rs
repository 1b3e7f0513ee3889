//! The clocks in the real window: the board shows the demo office's due and overdue requests,
//! the register colours each request's remaining time, and a request can be paused with a reason.

use crate::common;

use common::*;
use fantoccini::Locator;

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display: run scripts/e2e"]
async fn the_board_and_the_register_show_the_clocks() {
    let tmp = std::env::temp_dir().join(format!("pdpdesk-e2e-clocks-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let data = tmp.join("data");
    let (_driver, c) = open_window(&data, 4470).await;
    let result = async {
        // The window opens on the dashboard.
        // The counts fill in once the register has loaded.
        let overdue = wait_text(
            &c,
            "[data-testid=\"board-overdue\"][data-count]:not([data-count=\"0\"])",
            "",
        )
        .await;
        let count: u32 = overdue
            .attr("data-count")
            .await?
            .unwrap_or_default()
            .parse()
            .unwrap_or(0);
        assert!(
            count >= 1,
            "the demo office has requests past the law's 3×24 hours"
        );
        el(&c, "chart-per-month").await;
        screenshot(&c, "board").await;

        el(&c, "nav-requests").await.click().await?;
        let row = wait_text(&c, &testid("request-row"), "Dewi Anggraini").await;
        let cell = row.find(Locator::Css(&testid("due-cell"))).await?;
        assert_eq!(
            cell.attr("data-tone").await?.as_deref(),
            Some("overdue"),
            "a correction past 72 hours is red"
        );
        let closed = wait_text(&c, &testid("request-row"), "Ni Made Ayu Lestari").await;
        let ended = closed.find(Locator::Css(&testid("due-cell"))).await?;
        assert_eq!(
            ended.attr("data-tone").await?,
            None,
            "a closed request has no clock"
        );

        row.find(Locator::Css("td")).await?.click().await?;
        el(&c, "clock-statutory").await;
        el(&c, "clock-policy").await;
        el(&c, "clock-pause").await.click().await?;
        el(&c, "clock-reason")
            .await
            .send_keys("Menunggu foto KTP dari pemohon")
            .await?;
        el(&c, "clock-submit").await.click().await?;
        el(&c, "paused-badge").await;
        screenshot(&c, "clocks-paused").await;
        Ok::<_, fantoccini::error::CmdError>(())
    }
    .await;
    c.close().await.ok();
    result.expect("window steps");
    let shown = cli_json(&data, &["request", "show", "REQ-2026-0003"]);
    assert_eq!(shown["clocks"]["paused"], true, "the pause is stored");
    assert!(
        shown["events"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["kind"] == "pause"),
        "and in the history"
    );
}
