//! An office moving to a new PC, in the real window: its encrypted data folder backed up by the
//! CLI; a brand-new installation's first start restores that backup ("Pulihkan ke komputer
//! ini"), asks its passphrase because the core says it is encrypted, and opens the office's
//! register, which the CLI then reads with the same passphrase. Screenshots `restore-here.png`,
//! `restore-here-done.png`.

use crate::common;

use common::*;
use std::process::Command;

const PASS: &str = "kopi pagi di kantor";

fn cli_pass(data: &std::path::Path, args: &[&str]) -> serde_json::Value {
    let out = Command::new(
        std::env::var("PDPDESK_BIN")
            .unwrap_or_else(|_| root().join("target/debug/pdpdesk").display().to_string()),
    )
    .args(args)
    .arg("--json")
    .env("PDPDESK_DATA_DIR", data)
    .env("PDPDESK_PASSPHRASE", PASS)
    .env("PDPDESK_NEW_PASSPHRASE", PASS)
    .output()
    .expect("run pdpdesk");
    assert!(
        out.status.success(),
        "pdpdesk {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON")
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display: run scripts/e2e"]
async fn a_new_install_restores_the_offices_encrypted_backup_at_its_first_start() {
    let tmp = std::env::temp_dir().join(format!("pdpdesk-e2e-restore-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let old = tmp.join("lama");
    cli_json(&old, &["demo"]);
    cli_pass(&old, &["encryption", "on"]);
    let backup = tmp.join("cadangan-kantor.zip");
    cli_pass(&old, &["backup", "--out", backup.to_str().unwrap()]);
    let before = cli_pass(&old, &["request", "list"]);

    let data = tmp.join("baru");
    let (_driver, c) = open_window_as(&data, 4676, "setup").await;
    let result = async {
        el(&c, "setup-restore").await;
        el(&c, "restore-file")
            .await
            .send_keys(backup.to_str().unwrap())
            .await?;
        press(&c, "restore-run").await;
        let pass = el(&c, "restore-passphrase").await;
        wait_text(&c, &testid("setup-restore"), "Cadangan ini dienkripsi").await;
        scroll_to(&c, "setup-restore").await;
        screenshot(&c, "restore-here").await;
        pass.send_keys(PASS).await?;
        press(&c, "restore-run").await;
        el(&c, "nav-requests").await;
        wait_text(&c, "body", "CV Maju Jaya Kreatif").await;
        screenshot(&c, "restore-here-done").await;
        Ok::<_, fantoccini::error::CmdError>(())
    }
    .await;
    c.close().await.ok();
    result.expect("window steps");

    let after = cli_pass(&data, &["request", "list"]);
    // The clocks' remaining hours move on while the test runs: the requests themselves compare.
    let requests = |list: &serde_json::Value| -> Vec<(String, String, String)> {
        list.as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["id"].to_string(),
                    r["state"].to_string(),
                    r["requester"]["name"].to_string(),
                )
            })
            .collect()
    };
    assert_eq!(
        requests(&after),
        requests(&before),
        "the new PC holds the office's register"
    );
    let chain = cli_pass(&data, &["audit", "verify"]);
    assert_eq!(chain["ok"], true, "{chain}");
    let _ = std::fs::remove_dir_all(&tmp);
}
