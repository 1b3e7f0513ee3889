//! Encryption at rest in the real window: Settings turns it on for the demo office, the
//! database file then refuses the CLI without the passphrase and the `sqlite3` tool altogether;
//! the window started again shows only its lock, refuses a wrong passphrase under the field and
//! opens the board with the right one. Screenshots `encryption-on.png`, `unlock.png`,
//! `unlock-en.png`, `unlock-wrong.png`.

use crate::common;

use common::*;
use std::process::Command;

const PASS: &str = "kopi pagi di kantor";

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display: run scripts/e2e"]
async fn settings_encrypt_the_office_and_the_window_opens_only_with_the_passphrase() {
    let tmp = std::env::temp_dir().join(format!("pdpdesk-e2e-encryption-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let data = tmp.join("data");
    cli_json(&data, &["demo"]);
    let before = cli_json(&data, &["request", "list"]);

    let (driver, c) = open_window(&data, 4672).await;
    let result = async {
        el(&c, "nav-settings").await.click().await?;
        press(&c, "encryption-on").await;
        el(&c, "encryption-new").await.send_keys(PASS).await?;
        el(&c, "encryption-repeat").await.send_keys(PASS).await?;
        press(&c, "encryption-understood").await;
        press(&c, "encryption-submit").await;
        wait_text(&c, &testid("encryption-state"), "Data dienkripsi").await;
        scroll_to(&c, "settings-encryption").await;
        screenshot(&c, "encryption-on").await;
        // The window goes on working under the new keys.
        el(&c, "nav-requests").await.click().await?;
        el(&c, "register-count").await;
        Ok::<_, fantoccini::error::CmdError>(())
    }
    .await;
    c.close().await.ok();
    drop(driver);
    result.expect("window steps");

    let locked = cli(&data, &["request", "list", "--json"]);
    assert_eq!(
        locked.status.code(),
        Some(5),
        "locked without the passphrase"
    );
    let sqlite = Command::new("sqlite3")
        .arg(data.join("pdpdesk.db"))
        .arg("SELECT count(*) FROM requests")
        .output()
        .expect("sqlite3 (scripts/setup)");
    assert!(!sqlite.status.success(), "sqlite3 cannot read it");

    let (_driver, c) = open_window(&data, 4674).await;
    let result = async {
        el(&c, "unlock").await;
        screenshot(&c, "unlock").await;
        press(&c, "unlock-lang").await;
        wait_text(&c, "h1", "The office's data is locked").await;
        screenshot(&c, "unlock-en").await;
        press(&c, "unlock-lang").await;
        el(&c, "unlock-passphrase")
            .await
            .send_keys("teh sore di rumah")
            .await?;
        press(&c, "unlock-open").await;
        wait_text(&c, &testid("unlock"), "Kata sandi salah").await;
        screenshot(&c, "unlock-wrong").await;
        el(&c, "unlock-passphrase").await.send_keys(PASS).await?;
        press(&c, "unlock-open").await;
        el(&c, "nav-requests").await;
        Ok::<_, fantoccini::error::CmdError>(())
    }
    .await;
    c.close().await.ok();
    result.expect("window steps after the restart");

    let out = Command::new(
        std::env::var("PDPDESK_BIN")
            .unwrap_or_else(|_| root().join("target/debug/pdpdesk").display().to_string()),
    )
    .args(["request", "list", "--json"])
    .env("PDPDESK_DATA_DIR", &data)
    .env("PDPDESK_PASSPHRASE", PASS)
    .output()
    .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let after: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        after.as_array().map(Vec::len),
        before.as_array().map(Vec::len),
        "the register is whole under encryption"
    );
    let _ = std::fs::remove_dir_all(&tmp);
}
