//! The office's letters in the real window, on the demo office: two letters issued from the CLI
//! and a number left void by a failed print, listed newest first with the requester, the
//! language and the void one marked with why; the letters still to write at the top; a row opens
//! its request's letters.

use crate::common;

use common::*;
use fantoccini::{Client, Locator};

/// The rows of the register as `(number, state)`, top to bottom.
async fn rows(c: &Client) -> Vec<(String, String)> {
    let value = c
        .execute(
            "return Array.from(document.querySelectorAll('[data-testid=\"letter-row\"]'))
                 .map(r => [r.dataset.number, r.dataset.state]);",
            vec![],
        )
        .await
        .expect("read the rows");
    serde_json::from_value(value).expect("rows as pairs")
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display: run scripts/e2e"]
async fn the_register_lists_the_offices_letters_and_what_is_still_to_write() {
    let tmp = std::env::temp_dir().join(format!("pdpdesk-e2e-lreg-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let data = tmp.join("data");
    let seeded = cli_json(&data, &["demo"]);
    let ids: Vec<String> = seeded["requests"]
        .as_array()
        .expect("the demo's requests")
        .iter()
        .map(|r| r.as_str().unwrap().to_string())
        .collect();
    let first = cli_json(&data, &["letter", "acknowledgement", "--request", &ids[0]]);
    // A number whose print fails stays taken: a file where the request's letters folder goes.
    let blocker = data.join("letters").join(&ids[1]);
    std::fs::write(&blocker, "not a folder").expect("block the letters folder");
    let failed = cli(&data, &["letter", "acknowledgement", "--request", &ids[1]]);
    assert!(!failed.status.success(), "the print fails");
    std::fs::remove_file(&blocker).expect("unblock");
    let second = cli_json(
        &data,
        &[
            "letter",
            "acknowledgement",
            "--request",
            &ids[1],
            "--lang",
            "en",
        ],
    );
    let void = cli_json(&data, &["letter", "register"])["letters"][1]["number"]
        .as_str()
        .expect("the void number")
        .to_string();
    let due = cli_json(&data, &["letter", "due"]);
    let due_count = due.as_array().expect("a list").len();
    assert!(
        due_count > 0,
        "the demo's other requests wait for their receipts: {due}"
    );

    let (_driver, c) = open_window(&data, 4520).await;
    let result = async {
        el(&c, "nav-letters").await.click().await?;
        el(&c, "letter-register").await;
        wait_text(&c, &testid("letter-due"), "Tanda terima permintaan").await;
        let listed = rows(&c).await;
        assert_eq!(
            listed,
            vec![
                (
                    second["number"].as_str().unwrap().to_string(),
                    "issued".to_string()
                ),
                (void.clone(), "void".to_string()),
                (
                    first["number"].as_str().unwrap().to_string(),
                    "issued".to_string()
                ),
            ],
            "newest number first, the void one marked"
        );
        // A void number says so, and why (the reason is clamped to two lines: read its DOM text).
        wait_text(&c, &testid("letter-row-void"), "BATAL").await;
        wait_text(&c, &testid("letter-row-void-reason"), "PDF gagal dibuat").await;
        let count = el(&c, "letters-due-count").await.text().await?;
        assert_eq!(
            count.trim(),
            due_count.to_string(),
            "the window lists what the core says is due"
        );
        screenshot(&c, "letters-register").await;

        press(&c, "lang-switch").await;
        wait_text(&c, &testid("letter-due"), "Acknowledgement of receipt").await;
        screenshot(&c, "letters-register-en").await;
        press(&c, "lang-switch").await;
        wait_text(&c, &testid("letter-due"), "Tanda terima permintaan").await;

        // A row opens its request's letters (its number is the row's button).
        let row = wait_text(&c, &testid("letter-row"), first["number"].as_str().unwrap()).await;
        row.find(Locator::Css(&testid("letter-row-number")))
            .await?
            .click()
            .await?;
        let detail = el(&c, "request-detail").await;
        assert_eq!(
            detail.attr("data-request-id").await?.as_deref(),
            Some(ids[0].as_str())
        );
        wait_text(
            &c,
            &testid("issued-number"),
            first["number"].as_str().unwrap(),
        )
        .await;
        let url = c.current_url().await?;
        assert!(
            url.fragment()
                .is_some_and(|f| f.ends_with(&format!("{}/letters", ids[0]))),
            "the address names the request's letters: {url}"
        );
        screenshot(&c, "letters-register-opened").await;
        Ok::<_, fantoccini::error::CmdError>(())
    }
    .await;
    c.close().await.ok();
    result.expect("window steps");
    let _ = std::fs::remove_dir_all(&tmp);
}
