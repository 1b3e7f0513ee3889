//! Letters in the real window, on the demo office: a request's letters offered, the
//! acknowledgement opened in the editor with its text filled in and the draft drawn as page
//! images by pdf.js, issued after the confirmation, and its number in the issued list (and in
//! the CLI's list of the same data folder).

use crate::common;

use common::*;
use fantoccini::{Client, Locator};

/// Scrolls the first element matching `css` to the middle of the window and clicks it there.
async fn press_css(c: &Client, css: &str) {
    let e = wait_text(c, css, "").await;
    c.execute(
        "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
        vec![serde_json::to_value(&e).expect("element as JSON")],
    )
    .await
    .expect("click");
}

/// Waits until the draft's first page image is drawn (decoded, with a width).
async fn page_drawn(c: &Client) -> u64 {
    let start = std::time::Instant::now();
    loop {
        let width = c
            .execute(
                "const img = document.querySelector('[data-testid=\"letter-page\"]');
                 return img && img.complete ? img.naturalWidth : 0;",
                vec![],
            )
            .await
            .ok()
            .and_then(|v| v.as_u64())
            .unwrap_or(0);
        if width > 0 {
            return width;
        }
        if start.elapsed() > std::time::Duration::from_secs(20) {
            screenshot(c, "failure").await;
            panic!("the draft's page image was not drawn (screenshot: failure.png)");
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display: run scripts/e2e"]
async fn the_acknowledgement_is_previewed_issued_and_listed() {
    let tmp = std::env::temp_dir().join(format!("pdpdesk-e2e-letters-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let data = tmp.join("data");
    let seeded = cli_json(&data, &["demo"]);
    let id = seeded["requests"][0].as_str().unwrap().to_string();

    let (_driver, c) = open_window(&data, 4510).await;
    let result = async {
        el(&c, "nav-requests").await.click().await?;
        let row = wait_text(&c, &testid("request-row"), &id).await;
        row.find(Locator::Css("td")).await?.click().await?;
        el(&c, "letters-section").await;
        wait_text(&c, &testid("letter-offer"), "Tanda terima permintaan").await;
        scroll_to(&c, "letters-section").await;
        screenshot(&c, "letters-offers").await;

        press_css(
            &c,
            "[data-testid=\"letter-offer\"][data-kind=\"acknowledgement\"]",
        )
        .await;
        el(&c, "letter-editor").await;
        let text = el(&c, "letter-text").await;
        let start = std::time::Instant::now();
        while !text.prop("value").await?.unwrap_or_default().contains(&id) {
            assert!(
                start.elapsed().as_secs() < 15,
                "the letter's text names the request"
            );
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
        let width = page_drawn(&c).await;
        assert!(
            width > 300,
            "the page image is a real page ({width} px wide)"
        );
        scroll_to(&c, "letter-editor").await;
        screenshot(&c, "letters-editor").await;

        press(&c, "letter-issue").await;
        el(&c, "letter-issue-dialog").await;
        screenshot(&c, "letters-issue-confirm").await;
        press(&c, "letter-issue-ok").await;
        let number = wait_text(&c, &testid("issued-number"), "/")
            .await
            .text()
            .await?;
        scroll_to(&c, "letters-section").await;
        screenshot(&c, "letters-issued").await;

        press(&c, "lang-switch").await;
        wait_text(&c, "#letters-title", "Letters").await;
        scroll_to(&c, "letters-section").await;
        screenshot(&c, "letters-issued-en").await;
        press(&c, "lang-switch").await;
        Ok::<_, fantoccini::error::CmdError>(number)
    }
    .await;
    c.close().await.ok();
    let number = result.expect("window steps");

    // Window → CLI: the same data folder keeps the letter under that number, its PDF written.
    let issued = cli_json(&data, &["letter", "issued", "--request", &id]);
    let letter = &issued.as_array().expect("a list")[0];
    assert_eq!(letter["number"], number.trim());
    assert_eq!(letter["kind"], "acknowledgement");
    assert!(letter["file"].is_string(), "the PDF is kept: {letter}");
}
