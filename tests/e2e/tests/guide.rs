//! The guide in the real window: a new request's next step in the register and on the board's
//! "Perlu tindakan", the board's button opening the acknowledgement's editor, and once the
//! acknowledgement is issued (by the CLI on the same data folder) the stepper marking the summary
//! done and offering the verification (access asks a code or the NIK sighted), in both languages.

use crate::common;

use common::*;

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display: run scripts/e2e"]
async fn the_next_step_is_shown_everywhere_and_leads_to_where_it_is_done() {
    let tmp = std::env::temp_dir().join(format!("pdpdesk-e2e-guide-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).unwrap();
    let data = tmp.join("data");
    cli_json(
        &data,
        &[
            "office",
            "set",
            "--name",
            "Studio Cetak Uji",
            "--address",
            "Jl. Contoh No. 1, Denpasar",
            "--time-zone",
            "WITA",
            "--city",
            "Denpasar",
            "--signatory-name",
            "Ni Luh Ayu",
            "--signatory-position",
            "Admin",
        ],
    );
    let made = cli_json(
        &data,
        &[
            "request",
            "new",
            "--name",
            "Wayan Pemandu",
            "--email",
            "wayan.pemandu@example.com",
            "--right",
            "access",
            "--channel",
            "email",
        ],
    );
    let id = made["id"].as_str().unwrap().to_string();

    let (_driver, c) = open_window(&data, 4660).await;
    let result = async {
        // The board: the new request waits for its acknowledgement.
        let todo = wait_text(&c, &testid("dash-todo"), &id).await;
        let action = wait_text(&c, &testid("todo-action"), "")
            .await
            .text()
            .await?;
        assert_eq!(
            action, "Kirim surat tanda terima",
            "the board's to-do list names the next action"
        );
        screenshot(&c, "guide-board").await;
        // textContent: WebKit's text of a truncated cell is empty.
        let line = todo.prop("textContent").await?.unwrap_or_default();
        assert!(
            line.contains("Wayan Pemandu"),
            "the to-do line names the requester: {line}"
        );

        // The register: the same next step in its column.
        el(&c, "nav-requests").await.click().await?;
        let step = wait_text(&c, &testid("next-step"), "Kirim")
            .await
            .text()
            .await?;
        assert_eq!(step, "Kirim surat tanda terima");
        screenshot(&c, "guide-register").await;

        // The board's button opens the acknowledgement's editor on the request.
        el(&c, "nav-dashboard").await.click().await?;
        el(&c, "todo-action").await.click().await?;
        let editor = el(&c, "letter-editor").await;
        assert_eq!(
            editor.attr("data-kind").await?.as_deref(),
            Some("acknowledgement"),
            "one click from the board to the letter to write"
        );
        Ok::<_, fantoccini::error::CmdError>(())
    }
    .await;
    c.close().await.ok();
    result.expect("window steps");

    // The acknowledgement issued; the window opened again shows the next step: the search.
    let out = tmp.join("tanda-terima.pdf");
    let issued = cli(
        &data,
        &[
            "letter",
            "acknowledgement",
            "--request",
            &id,
            "--out",
            &out.display().to_string(),
        ],
    );
    assert!(
        issued.status.success(),
        "the acknowledgement is issued: {}",
        String::from_utf8_lossy(&issued.stderr)
    );
    let (_driver, c) = open_window(&data, 4662).await;
    let result = async {
        el(&c, "nav-requests").await.click().await?;
        // Access asks a code or the NIK sighted: that can be done before any search.
        wait_text(&c, &testid("next-step"), "Verifikasi identitas").await;
        press(&c, "request-row").await;
        let next = wait_text(&c, &testid("next-action"), "Verifikasi identitas").await;
        assert_eq!(
            el(&c, "step-summary")
                .await
                .attr("data-status")
                .await?
                .as_deref(),
            Some("done"),
            "the acknowledgement done, the summary step is ticked"
        );
        assert_eq!(
            el(&c, "step-verify")
                .await
                .attr("data-status")
                .await?
                .as_deref(),
            Some("needed")
        );
        el(&c, "guide-unverified").await;
        screenshot(&c, "guide-detail").await;
        drop(next);
        press(&c, "next-action").await;
        screenshot(&c, "guide-detail-verify").await;

        press(&c, "lang-switch").await;
        wait_text(&c, &testid("next-action"), "Verify identity").await;
        wait_text(&c, &testid("step-fulfil"), "Fulfilment").await;
        c.execute("window.scrollTo(0, 0)", vec![]).await?;
        screenshot(&c, "guide-detail-en").await;
        press(&c, "lang-switch").await;
        Ok::<_, fantoccini::error::CmdError>(())
    }
    .await;
    c.close().await.ok();
    result.expect("window steps, second opening");
    let _ = std::fs::remove_dir_all(&tmp);
}
