//! The first start of an installed copy in the real window: a brand-new data folder opens on the
//! setup of the office (not the demo), the nearest sample processing profile is chosen, the
//! office's name is typed and saved, and the register opens; the CLI then reads the office and
//! the processing register the window saved. Screenshots `first-start.png`,
//! `first-start-done.png`.

use crate::common;

use common::*;

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display: run scripts/e2e"]
async fn a_new_install_sets_up_its_office_before_the_register() {
    let tmp = std::env::temp_dir().join(format!("pdpdesk-e2e-setup-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let data = tmp.join("data");

    let (_driver, c) = open_window_as(&data, 4650, "setup").await;
    let result = async {
        wait_text(&c, "h1", "Selamat datang di PDP Desk").await;
        let days = el(&c, "settings-policy-days").await;
        assert_eq!(
            days.prop("value").await?.as_deref(),
            Some("30"),
            "the policy window comes filled in"
        );
        screenshot(&c, "first-start").await;
        press(&c, "proc-profile-print-studio").await;
        press(&c, "proc-start").await;
        el(&c, "setup-proc-done").await;
        let name = el(&c, "settings-office-name").await;
        name.send_keys("Klinik Pratama Sehat Sentosa").await?;
        press(&c, "settings-save").await;
        wait_text(
            &c,
            &testid("office-name-display"),
            "Klinik Pratama Sehat Sentosa",
        )
        .await;
        el(&c, "nav-requests").await;
        screenshot(&c, "first-start-done").await;
        Ok::<_, fantoccini::error::CmdError>(())
    }
    .await;
    c.close().await.ok();
    result.expect("window steps");

    let office = cli_json(&data, &["office", "show"]);
    assert_eq!(
        office["name"], "Klinik Pratama Sehat Sentosa",
        "the office the window saved: {office}"
    );
    assert_eq!(office["is_demo"], false, "no demo was seeded: {office}");
    let processing = cli_json(&data, &["office", "processing"]);
    assert_eq!(
        processing["origin"]["profile"], "print-studio",
        "the processing register starts from the profile chosen at setup: {processing}"
    );
    let requests = cli_json(&data, &["request", "list"]);
    assert_eq!(requests.as_array().map(Vec::len), Some(0), "{requests}");
    let _ = std::fs::remove_dir_all(&tmp);
}
