//! The board's figures and the register export in the real window. The demo office gets eight
//! more requests received 2 to 120 days ago, most of them answered now, so every chart has bars.
//! The board shows the figures `pdpdesk metrics` gives; the register view exports the register
//! as PDF with the save path typed, and the file is read back (no requester's full e-mail in it)
//! and found in the audit chain. Screenshots `metrics-board.png`, `register-export.png`,
//! `register-export-done.png`; the PDF's pages as `register-pdf-N.png`.

use crate::common;

use common::*;
use std::process::Command;
use std::time::{SystemTime, UNIX_EPOCH};

/// The civil date `days_ago` days before today (UTC), as YYYY-MM-DD.
fn date_before(days_ago: u64) -> String {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
        / 86_400;
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = (now - days_ago) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Eight invented requests: (days ago, right, what happened).
const MORE: [(u64, &str, &str); 8] = [
    (2, "access", "closed"),
    (5, "deletion", "closed"),
    (9, "correction", "closed"),
    (16, "deletion", "rejected"),
    (25, "withdraw-consent", "closed"),
    (40, "deletion", "open"),
    (70, "access", "closed"),
    (120, "objection", "open"),
];

fn office(data: &std::path::Path) {
    cli_json(data, &["demo"]);
    for (i, (ago, right, end)) in MORE.iter().enumerate() {
        let name = format!("Pemohon Contoh {}", i + 1);
        let email = format!("pemohon.contoh{}@contoh.example", i + 1);
        let received = format!("{}T09:00:00+07:00", date_before(*ago));
        let made = cli_json(
            data,
            &[
                "request",
                "new",
                "--name",
                &name,
                "--email",
                &email,
                "--right",
                right,
                "--channel",
                "email",
                "--received",
                &received,
            ],
        );
        let id = made["id"].as_str().unwrap();
        if *end != "open" {
            cli_json(data, &["request", "state", id, end, "--reason", "dijawab"]);
        }
    }
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display: run scripts/e2e"]
async fn the_board_shows_the_cores_figures_and_the_register_is_exported_as_pdf() {
    let tmp = std::env::temp_dir().join(format!("pdpdesk-e2e-report-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let data = tmp.join("data");
    office(&data);
    let metrics = cli_json(&data, &["metrics"]);
    let median = metrics["median_days"]
        .as_f64()
        .expect("answered requests give a median");
    let folder = tmp.join("Dokumen");
    std::fs::create_dir_all(&folder).unwrap();
    let pdf = folder.join("register-permintaan.pdf");

    let (_driver, c) = open_window(&data, 4590).await;
    let result = async {
        // The board: the same median as `pdpdesk metrics`, written the Indonesian way.
        let shown = format!("{median:.1}").replace(".0", "").replace('.', ",");
        wait_text(&c, &testid("metrics-median"), &format!("{shown} hari")).await;
        let answered = metrics["answered"].as_u64().unwrap();
        wait_text(
            &c,
            &testid("metrics-median"),
            &format!("dari {answered} permintaan"),
        )
        .await;
        el(&c, "chart-per-right").await;
        scroll_to(&c, "metrics").await;
        // Chart.js draws on the next frames.
        tokio::time::sleep(std::time::Duration::from_millis(600)).await;
        screenshot(&c, "metrics-board").await;

        el(&c, "nav-requests").await.click().await?;
        press(&c, "register-export").await;
        let out = el(&c, "export-out").await;
        let start = std::time::Instant::now();
        while out.prop("value").await?.unwrap_or_default().is_empty() {
            assert!(start.elapsed().as_secs() < 10, "a default place is offered");
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        out.clear().await?;
        out.send_keys(pdf.to_str().unwrap()).await?;
        screenshot(&c, "register-export").await;
        press(&c, "export-submit").await;
        wait_text(&c, &testid("export-done"), "permintaan diekspor").await;
        wait_text(&c, &testid("export-path"), "register-permintaan.pdf").await;
        screenshot(&c, "register-export-done").await;
        Ok::<_, fantoccini::error::CmdError>(())
    }
    .await;
    c.close().await.ok();
    result.expect("window steps");

    let text = Command::new("pdftotext")
        .args(["-layout", pdf.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout).into_owned();
    assert!(
        text.contains("REGISTER PERMINTAAN HAK SUBJEK DATA PRIBADI"),
        "{text}"
    );
    assert!(text.contains("Halaman 1 dari"), "{text}");
    for i in 1..=MORE.len() {
        let email = format!("pemohon.contoh{i}@contoh.example");
        assert!(
            !text.contains(&email) && !text.contains(&format!("Contoh {i}")),
            "{email} is masked:\n{text}"
        );
    }
    let entries = cli_json(&data, &["audit", "list"]);
    assert!(
        entries
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "register.exported"),
        "the window's export is in the audit chain"
    );
    let pages = root().join("artefacts/e2e/register-pdf");
    let drawn = Command::new("pdftoppm")
        .args(["-r", "70", "-png", pdf.to_str().unwrap()])
        .arg(&pages)
        .status();
    assert!(
        drawn.is_ok_and(|s| s.success()),
        "pdftoppm draws the register's pages"
    );
    let _ = std::fs::remove_dir_all(&tmp);
}
