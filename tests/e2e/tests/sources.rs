//! Sources in the real window: a folder of exports dropped onto the window is read with each
//! file's kind and record count shown, and an unknown layout gets its column roles from staff.

use crate::common;

use common::*;
use fantoccini::Locator;

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display: run scripts/e2e"]
async fn a_dropped_folder_is_read_and_an_unknown_layout_mapped() {
    let tmp = std::env::temp_dir().join(format!("pdpdesk-e2e-sources-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let exports = tmp.join("Ekspor");
    pdp_officegen::generate(3, 100, &exports).expect("the office generator writes");
    std::fs::remove_file(exports.join("expected.json")).unwrap();
    std::fs::write(
        exports.join("aneh.csv"),
        "k1;k2;k3\nSiti Aminah;0813-2222-3333;Jl. Melati 5\n",
    )
    .unwrap();
    let data = tmp.join("data");

    let (_driver, c) = open_window(&data, 4480).await;
    let result = async {
        el(&c, "nav-sources").await.click().await?;
        el(&c, "sources-view").await;
        drop_files(&c, &[exports.display().to_string()]).await;
        let chatwoot = wait_text(
            &c,
            "[data-testid=\"source-file\"][data-file=\"chatwoot_contacts.csv\"]",
            "",
        )
        .await;
        assert_eq!(
            chatwoot.attr("data-kind").await?.as_deref(),
            Some("chatwoot-contacts")
        );
        // The rows appear as files are read: every look waits for its element.
        let records = wait_text(
            &c,
            "[data-file=\"chatwoot_contacts.csv\"] [data-testid=\"source-file-records\"]",
            "",
        )
        .await
        .text()
        .await?;
        assert_eq!(
            records.replace(['.', ','], ""),
            "109",
            "the record count is shown"
        );
        let chat = wait_text(
            &c,
            "[data-testid=\"source-file\"][data-kind=\"whatsapp-chat\"]",
            "",
        )
        .await;
        assert!(chat
            .attr("data-file")
            .await?
            .is_some_and(|f| f.starts_with("whatsapp/")));
        let odd = wait_text(
            &c,
            "[data-testid=\"source-file\"][data-file=\"aneh.csv\"]",
            "",
        )
        .await;
        wait_text(
            &c,
            "[data-file=\"aneh.csv\"] [data-testid=\"source-needs-mapping\"]",
            "",
        )
        .await;
        screenshot(&c, "sources").await;

        odd.find(Locator::Css(&testid("source-file-toggle")))
            .await?
            .click()
            .await?;
        for (i, role) in ["name", "phone", "address"].iter().enumerate() {
            let select = el(&c, &format!("mapping-role-{i}")).await;
            select.select_by_value(role).await?;
        }
        el(&c, "mapping-save").await.click().await?;
        let start = std::time::Instant::now();
        loop {
            // The list is painted anew when the file has been read again: a row found just
            // before that is stale, and is looked for once more.
            let badges = async {
                c.find(Locator::Css(
                    "[data-testid=\"source-file\"][data-file=\"aneh.csv\"]",
                ))
                .await?
                .find_all(Locator::Css(&testid("source-needs-mapping")))
                .await
            }
            .await;
            match badges {
                Ok(badges) if badges.is_empty() => break,
                Ok(_) => {}
                Err(fantoccini::error::CmdError::Standard(e))
                    if e.error == fantoccini::error::ErrorStatus::StaleElementReference => {}
                Err(e) => return Err(e),
            }
            assert!(
                start.elapsed().as_secs() < 15,
                "the mapping badge goes away once the file is mapped"
            );
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
        screenshot(&c, "sources-mapped").await;
        Ok::<_, fantoccini::error::CmdError>(())
    }
    .await;
    c.close().await.ok();
    result.expect("window steps");

    let listed = cli_json(&data, &["source", "list"]);
    let files = listed[0]["files"].as_array().unwrap();
    assert_eq!(files.len(), 18, "17 exports and the odd file");
    let odd = files.iter().find(|f| f["rel_path"] == "aneh.csv").unwrap();
    assert_eq!(odd["mapped"], true);
    assert_eq!(
        odd["report"]["columns"][1]["role"], "phone",
        "the roles staff chose are kept"
    );
}
