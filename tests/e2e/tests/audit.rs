//! The audit chain in the real window: the demo office's history has one line edited with the
//! `sqlite3` tool behind PDP Desk's back; on start the window warns, and Settings names the
//! first bad entry and what is wrong there. "Periksa sekarang" walks the chain again.

use crate::common;

use common::*;
use std::process::Command;

fn sqlite(data: &std::path::Path, sql: &str) -> String {
    let out = Command::new("sqlite3")
        .arg(data.join("pdpdesk.db"))
        .arg(sql)
        .output()
        .expect("the sqlite3 tool is installed (scripts/setup)");
    assert!(
        out.status.success(),
        "sqlite3: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display: run scripts/e2e"]
async fn a_history_line_edited_behind_the_apps_back_is_warned_of_on_start() {
    let tmp = std::env::temp_dir().join(format!("pdpdesk-e2e-audit-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let data = tmp.join("data");
    cli_json(&data, &["demo"]);
    let status = cli_json(&data, &["audit", "verify"]);
    assert_eq!(
        status["ok"], true,
        "the seeded demo's chain holds: {status}"
    );
    // The first note of REQ-2026-0001 made to say something else.
    let event = sqlite(
        &data,
        "SELECT id FROM request_events WHERE request_id = 'REQ-2026-0001' AND kind = 'note' ORDER BY id LIMIT 1",
    );
    sqlite(
        &data,
        &format!(
            "DROP TRIGGER request_events_no_update;
             UPDATE request_events SET text = 'Pemohon membatalkan permintaannya.' WHERE id = {event}"
        ),
    );
    let seq = sqlite(
        &data,
        &format!("SELECT seq FROM audit_log WHERE event_id = {event}"),
    );

    let (_driver, c) = open_window(&data, 4570).await;
    let result = async {
        wait_text(&c, &testid("audit-warning"), "Jejak audit rusak").await;
        screenshot(&c, "audit-warning").await;
        el(&c, "audit-warning-open").await.click().await?;
        let state = wait_text(&c, &testid("audit-state"), &format!("catatan ke-{seq}")).await;
        assert_eq!(state.attr("data-ok").await?.as_deref(), Some("false"));
        wait_text(
            &c,
            &testid("audit-problem"),
            "Baris riwayat permintaan yang dicatat di sini telah diubah.",
        )
        .await;
        wait_text(&c, &testid("settings-audit"), "REQ-2026-0001").await;
        press(&c, "audit-check").await;
        wait_text(&c, &testid("audit-check"), "Periksa sekarang").await;
        wait_text(&c, &testid("audit-state"), &format!("catatan ke-{seq}")).await;
        scroll_to(&c, "settings-audit").await;
        screenshot(&c, "audit-settings-broken").await;
        Ok::<_, fantoccini::error::CmdError>(())
    }
    .await;
    c.close().await.ok();
    result.expect("window steps");
    let _ = std::fs::remove_dir_all(&tmp);
}
