//! Old data and backup in the real window. The demo office gets one request that was received and
//! closed 800 days ago (the CLI run under `faketime`), so it is past the two-year retention.
//! Settings lists it, purges it after the confirmation, and the register's stub is read back
//! through the CLI; then a backup is written to the path typed and restored by the CLI into a new
//! folder, its chain whole. Screenshots `records-due.png`, `records-purged.png`.

use crate::common;

use common::*;
use std::path::Path;
use std::process::Command;

/// Runs the CLI with the clock 800 days back.
fn long_ago(data: &Path, args: &[&str]) -> serde_json::Value {
    let bin = root().join("target/debug/pdpdesk");
    let out = Command::new("faketime")
        .args(["-f", "-800d"])
        .arg(bin)
        .args(args)
        .arg("--json")
        .env("PDPDESK_DATA_DIR", data)
        .env("PDPDESK_ACTOR", "CLI")
        .output()
        .expect("faketime is installed (scripts/setup)");
    assert!(
        out.status.success(),
        "pdpdesk {args:?} 800 days ago: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display: run scripts/e2e"]
async fn an_old_request_is_purged_in_settings_and_a_backup_restores() {
    let tmp = std::env::temp_dir().join(format!("pdpdesk-e2e-records-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let data = tmp.join("data");
    cli_json(&data, &["demo"]);
    let made = long_ago(
        &data,
        &[
            "request",
            "new",
            "--name",
            "Larasati Wicaksono",
            "--email",
            "larasati.wicaksono@contoh.example",
            "--right",
            "deletion",
            "--channel",
            "email",
        ],
    );
    let old = made["id"].as_str().unwrap().to_string();
    long_ago(
        &data,
        &["request", "state", &old, "closed", "--reason", "dihapus"],
    );
    let backup = tmp.join("Dokumen").join("cadangan-uji.zip");
    std::fs::create_dir_all(backup.parent().unwrap()).unwrap();

    let (_driver, c) = open_window(&data, 4640).await;
    let result = async {
        el(&c, "nav-settings").await.click().await?;
        wait_text(&c, &testid("records-due"), &old).await;
        scroll_to(&c, "settings-records").await;
        screenshot(&c, "records-due").await;
        press(&c, "records-purge").await;
        wait_text(&c, &testid("records-confirm"), "tidak bisa dikembalikan").await;
        press(&c, "records-confirm-ok").await;
        wait_text(&c, &testid("records-purged"), "1 permintaan dibersihkan").await;
        el(&c, "records-due-none").await;

        let out = el(&c, "records-backup-out").await;
        out.clear().await?;
        out.send_keys(backup.to_str().unwrap()).await?;
        press(&c, "records-backup").await;
        el(&c, "records-backup-sha").await;
        scroll_to(&c, "settings-records").await;
        screenshot(&c, "records-purged").await;
        Ok::<_, fantoccini::error::CmdError>(())
    }
    .await;
    c.close().await.ok();
    result.expect("window steps");

    let stub = cli_json(&data, &["request", "show", &old]);
    assert!(stub["purged_at"].is_string(), "{stub}");
    assert_eq!(stub["requester"]["name"], "", "the name is gone: {stub}");
    let chain = cli_json(&data, &["audit", "verify"]);
    assert_eq!(chain["ok"], true, "{chain}");

    let into = tmp.join("pulih");
    let restored = cli_json(
        &data,
        &[
            "restore",
            backup.to_str().unwrap(),
            "--into",
            into.to_str().unwrap(),
        ],
    );
    assert_eq!(restored["audit_ok"], true, "{restored}");
    let here = cli_json(&data, &["request", "list"]);
    let there = cli_json(&into, &["request", "list"]);
    assert_eq!(here, there, "the restored register is the register");
    let _ = std::fs::remove_dir_all(&tmp);
}
