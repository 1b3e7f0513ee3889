//! An access request walked from the dropped e-mail to the sent answer in the real window, using
//! the primary button the guide offers at each step and the buttons of the section it leads to;
//! every click, drop and typed field is counted and the count printed (target: ≤ 15 actions for
//! an access request). The office's one-time set-up (letterhead, signatory, mail server, sources,
//! processing register) is done beforehand with the CLI and not counted. Each step is
//! photographed in Indonesian and in English.

use crate::common;

use common::walk::{inbox, office, Walk};
use common::*;

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display: run scripts/e2e"]
async fn an_access_request_goes_from_the_dropped_email_to_the_sent_answer() {
    let o = office("walk", "01_permohonan_akses_data_pribadi.eml");
    let (tmp, data, mail, srv, config) = (o.tmp, o.data, o.mail, o.srv, o.config);
    let (_driver, c) = open_window_env(
        &data,
        4670,
        "demo",
        &[("XDG_CONFIG_HOME", config.to_str().unwrap())],
    )
    .await;
    let mut walk = Walk {
        c: &c,
        actions: Vec::new(),
        shots: 0,
    };
    let result = async {
        wait_text(&c, "[data-testid=\"shell\"][data-drop=\"ready\"]", "").await;
        // Intake: the e-mail dropped onto the window, recorded and opened in one click.
        walk.drop(&mail).await;
        el(&c, "intake-item").await;
        walk.shot("intake").await;
        walk.click("intake-register-open").await;
        el(&c, "summary").await;
        walk.shot("registered").await;

        // The receipt acknowledged: its editor, issued, sent.
        walk.next("issue-letter").await;
        el(&c, "letter-editor").await;
        wait_text(&c, &testid("letter-page"), "").await;
        walk.shot("acknowledgement").await;
        walk.click("letter-issue").await;
        wait_text(&c, &testid("letter-issue-send-to"), "@").await;
        walk.shot("acknowledgement-confirm").await;
        walk.click("letter-issue-send").await;
        wait_text(&c, &testid("issued-state"), "Dikirim").await;
        walk.shot("acknowledgement-sent").await;

        // Identity: the guide's button e-mails a code; the requester's answer is typed back and
        // checked on its sixth digit.
        walk.next("send-code").await;
        el(&c, "verify-code-mailed").await;
        walk.shot("code-sent").await;
        let code = inbox(&srv)
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
        walk.shot("identity").await;

        // The search, its strong hits (ticked already) confirmed, the namesakes rejected.
        walk.next("search").await;
        el(&c, "search-hits").await;
        walk.shot("search").await;
        walk.click("search-confirm").await;
        wait_text(
            &c,
            "[data-testid=\"search-hit\"][data-decision=\"confirmed\"]",
            "",
        )
        .await;
        walk.shot("confirmed").await;
        // The namesakes left (only the name is similar) rejected with the reason the button names.
        walk.click("search-reject-rest").await;
        wait_text(
            &c,
            "[data-testid=\"search-hit\"][data-decision=\"rejected\"]",
            "",
        )
        .await;
        walk.shot("namesakes").await;
        // The e-mail on confirmed records completes the verification: the gate opens.
        wait_text(&c, "[data-testid=\"verify-gate\"][data-open=\"true\"]", "").await;

        // The access pack.
        walk.next("make-access-pack").await;
        el(&c, "fulfil-make").await;
        walk.shot("pack").await;
        walk.click("fulfil-make").await;
        el(&c, "fulfil-done").await;
        walk.shot("pack-made").await;

        // The answer issued and sent; the last answer closes the request with it.
        walk.next("issue-letter").await;
        wait_text(&c, &testid("letter-page"), "").await;
        walk.shot("answer").await;
        walk.click("letter-issue").await;
        let closes = el(&c, "letter-issue-close").await;
        assert_eq!(
            closes.prop("checked").await?.as_deref(),
            Some("true"),
            "the last answer offers to close the request, ticked"
        );
        walk.shot("answer-confirm").await;
        walk.click("letter-issue-send").await;
        wait_text(&c, "[data-testid=\"issued-state\"]", "Dikirim").await;
        wait_text(&c, &testid("summary"), "Selesai").await;
        scroll_to(&c, "summary").await;
        walk.shot("closed").await;
        Ok::<_, fantoccini::error::CmdError>(())
    }
    .await;
    let actions = walk.actions.clone();
    c.close().await.ok();
    result.expect("window steps");
    println!(
        "access request, dropped e-mail to sent answer: {} actions",
        actions.len()
    );
    for (n, a) in actions.iter().enumerate() {
        println!("  {:>2}. {a}", n + 1);
    }

    let list = cli_json(&data, &["request", "list"]);
    let r = &list.as_array().unwrap()[0];
    assert_eq!(
        r["state"], "closed",
        "the walk ends with the request closed"
    );
    let sent = inbox(&srv);
    assert!(
        sent.iter().filter(|m| m.contains(".pdf")).count() >= 2,
        "the acknowledgement and the answer reached the requester"
    );
    drop(srv);
    let _ = std::fs::remove_dir_all(&tmp);
}
