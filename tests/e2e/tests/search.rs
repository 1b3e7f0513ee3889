//! Search in the real window: for a request imported from the generator's e-mail, the search over
//! the office's exports pre-ticks only strong hits, confirming them is kept with who did it, and
//! an opened hit shows its record beside the requester's identifiers.

use crate::common;

use common::*;
use fantoccini::Locator;

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display: run scripts/e2e"]
async fn a_search_is_run_and_its_strong_hits_confirmed() {
    let tmp = std::env::temp_dir().join(format!("pdpdesk-e2e-search-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let exports = tmp.join("Ekspor");
    pdp_officegen::generate(1, 100, &exports).expect("the office generator writes");
    std::fs::remove_file(exports.join("expected.json")).unwrap();
    let data = tmp.join("data");
    cli_json(&data, &["source", "add", exports.to_str().unwrap()]);
    let imported = cli_json(
        &data,
        &[
            "intake",
            exports
                .join("email/01_permohonan_akses_data_pribadi.eml")
                .to_str()
                .unwrap(),
        ],
    );
    let id = imported[0]["request_id"].as_str().unwrap().to_string();

    let (_driver, c) = open_window(&data, 4490).await;
    let result = async {
        el(&c, "nav-requests").await.click().await?;
        let row = wait_text(&c, &testid("request-row"), &id).await;
        row.find(Locator::Css("td")).await?.click().await?;
        el(&c, "search-section").await;
        el(&c, "search-run").await.click().await?;
        wait_text(&c, &testid("search-summary"), "").await;
        let hits = c.find_all(Locator::Css(&testid("search-hit"))).await?;
        assert!(!hits.is_empty(), "the search finds the requester's records");
        let mut strong = 0;
        for h in &hits {
            let class = h.attr("data-class").await?.unwrap_or_default();
            let ticked = h
                .find(Locator::Css(&testid("search-hit-check")))
                .await?
                .prop("checked")
                .await?;
            assert_eq!(
                ticked.as_deref() == Some("true"),
                class == "strong",
                "only strong hits are pre-ticked"
            );
            strong += usize::from(class == "strong");
        }
        screenshot(&c, "search").await;
        press(&c, "search-confirm").await;
        wait_text(
            &c,
            "[data-testid=\"search-hit\"][data-decision=\"confirmed\"]",
            "",
        )
        .await;
        // A strong hit opened shows its record, read again from the file, with the requester's
        // identifier marked where the record carries it.
        c.find(Locator::Css(
            "[data-testid=\"search-hit\"][data-class=\"strong\"]",
        ))
        .await?
        .find(Locator::Css(&testid("search-hit-expand")))
        .await?
        .click()
        .await?;
        wait_text(
            &c,
            "[data-testid=\"hit-record-field\"][data-tone=\"strong\"]",
            "",
        )
        .await;
        screenshot(&c, "search-record").await;
        Ok::<_, fantoccini::error::CmdError>(strong)
    }
    .await;
    c.close().await.ok();
    let strong = result.expect("window steps");
    assert!(
        strong >= 5,
        "the subject's e-mail finds several records strongly: {strong}"
    );
    let listed = cli_json(&data, &["hit", "list", "--request", &id]);
    let confirmed = listed["hits"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["decision"] == "confirmed")
        .count();
    assert_eq!(
        confirmed, strong,
        "the confirmed hits are the ones staff saw ticked"
    );
    assert!(
        listed["hits"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|h| h["class"] == "possible")
            .all(|h| h["decision"].is_null()),
        "nothing possible was confirmed"
    );
}
