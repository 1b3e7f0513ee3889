//! A deletion request walked from the dropped e-mail to the sent answer in the real window, using
//! the primary button the guide offers at each step and the buttons of the section it leads to;
//! every click, drop and typed field is counted and the count printed (target: ≤ 20 actions for
//! a deletion). The office's one-time set-up is done beforehand with the CLI and not counted (see
//! `common::walk`). Each step is photographed in Indonesian and in English.

use crate::common;

use common::walk::{inbox, office, Walk};
use common::*;

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display: run scripts/e2e"]
async fn a_deletion_request_goes_from_the_dropped_email_to_the_sent_answer() {
    let o = office("walk-deletion", "02_permohonan_penghapusan_data.eml");
    let (_driver, c) = open_window_env(
        &o.data,
        4678,
        "demo",
        &[("XDG_CONFIG_HOME", o.config.to_str().unwrap())],
    )
    .await;
    let mut walk = Walk {
        c: &c,
        actions: Vec::new(),
        shots: 100,
    };
    let srv = &o.srv;
    let result = async {
        wait_text(&c, "[data-testid=\"shell\"][data-drop=\"ready\"]", "").await;
        walk.drop(&o.mail).await;
        el(&c, "intake-item").await;
        walk.click("intake-register-open").await;
        el(&c, "summary").await;
        walk.shot("del-registered").await;

        // The receipt acknowledged.
        walk.next("issue-letter").await;
        wait_text(&c, &testid("letter-page"), "").await;
        walk.click("letter-issue").await;
        wait_text(&c, &testid("letter-issue-send-to"), "@").await;
        walk.click("letter-issue-send").await;
        wait_text(&c, &testid("issued-state"), "Dikirim").await;

        // Identity by a code e-mailed from the guide's button.
        walk.next("send-code").await;
        el(&c, "verify-code-mailed").await;
        let code = inbox(srv)
            .iter()
            .rev()
            .find(|m| m.contains("Subject: Kode verifikasi"))
            .and_then(|m| {
                m.split(|ch: char| !ch.is_ascii_digit())
                    .find(|w| w.len() == 6)
                    .map(String::from)
            })
            .expect("the code's e-mail arrived");
        walk.type_in("verify-answer-input", &code).await;
        wait_text(&c, &testid("verify-section"), "Kode verifikasi benar").await;

        // The search: strong hits confirmed, the namesakes (if any) rejected.
        walk.next("search").await;
        el(&c, "search-hits").await;
        walk.click("search-confirm").await;
        wait_text(
            &c,
            "[data-testid=\"search-hit\"][data-decision=\"confirmed\"]",
            "",
        )
        .await;
        // The generator's subject has namesakes: only their name is alike.
        walk.click("search-reject-rest").await;
        wait_text(
            &c,
            "[data-testid=\"search-hit\"][data-decision=\"rejected\"]",
            "",
        )
        .await;
        wait_text(&c, "[data-testid=\"verify-gate\"][data-open=\"true\"]", "").await;
        walk.shot("del-confirmed").await;

        // The local exports redacted, the originals replaced after the confirmation.
        walk.next("redact").await;
        el(&c, "redact-form").await;
        let start = std::time::Instant::now();
        while el(&c, "redact-out")
            .await
            .prop("value")
            .await?
            .unwrap_or_default()
            .is_empty()
        {
            assert!(start.elapsed().as_secs() < 10, "a folder is proposed");
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        walk.click("redact-replace").await;
        walk.shot("del-redact").await;
        walk.click("redact-run").await;
        el(&c, "redact-confirm").await;
        walk.click("redact-confirm-ok").await;
        wait_text(
            &c,
            "[data-testid=\"redact-result\"][data-replaced=\"true\"]",
            "",
        )
        .await;
        scroll_to(&c, "redact").await;
        walk.shot("del-redacted").await;

        // The certificate: its confirmation lists the systems still open; staff say they were
        // handled, and it is issued.
        walk.next("issue-certificate").await;
        el(&c, "cert-issue-dialog").await;
        // Nothing was ticked on the checklist: its systems are listed, and staff say they were
        // handled.
        el(&c, "cert-issue-open").await;
        walk.shot("del-certificate-confirm").await;
        walk.click("cert-issue-handled").await;
        walk.click("cert-issue-ok").await;
        wait_text(
            &c,
            "[data-testid=\"cert-issued\"] [data-testid=\"letter-page\"]",
            "",
        )
        .await;
        scroll_to(&c, "certificate").await;
        walk.shot("del-certificate").await;

        // The answer, issued and sent, closes the request.
        walk.next("issue-letter").await;
        wait_text(&c, &testid("letter-page"), "").await;
        walk.shot("del-answer").await;
        walk.click("letter-issue").await;
        let closes = el(&c, "letter-issue-close").await;
        assert_eq!(
            closes.prop("checked").await?.as_deref(),
            Some("true"),
            "the last answer offers to close the request, ticked"
        );
        walk.click("letter-issue-send").await;
        wait_text(&c, "[data-testid=\"issued-state\"]", "Dikirim").await;
        wait_text(&c, &testid("summary"), "Selesai").await;
        scroll_to(&c, "summary").await;
        walk.shot("del-closed").await;
        Ok::<_, fantoccini::error::CmdError>(())
    }
    .await;
    let actions = walk.actions.clone();
    c.close().await.ok();
    result.expect("window steps");
    println!(
        "deletion request, dropped e-mail to sent answer: {} actions",
        actions.len()
    );
    for (n, a) in actions.iter().enumerate() {
        println!("  {:>2}. {a}", n + 1);
    }
    assert!(
        actions.len() <= 20,
        "a deletion takes at most 20 actions, took {}",
        actions.len()
    );

    let list = cli_json(&o.data, &["request", "list"]);
    let r = &list.as_array().unwrap()[0];
    assert_eq!(
        r["state"], "closed",
        "the walk ends with the request closed"
    );
    let letters = cli_json(
        &o.data,
        &["letter", "issued", "--request", r["id"].as_str().unwrap()],
    );
    assert!(
        letters.to_string().contains("certificate"),
        "the certificate was issued: {letters}"
    );
    let _ = std::fs::remove_dir_all(&o.tmp);
}
