//! A verification code e-mailed from the real window: the mail server set in Settings against a
//! real SMTP server started by the test (aiosmtpd with STARTTLS and a login, as the CLI tests
//! use), a wrong password said plainly, a test e-mail that arrives, then a code sent from the
//! request's verification section that arrives at the requester's address, typed back in, and
//! the gate open. On the way, "Tutup sebagai tidak terverifikasi" is disabled with the day it
//! becomes possible.

use crate::common;

use common::smtp::{server, Server, PASSWORD, USER};
use common::*;
use fantoccini::{Client, Locator};
use std::path::{Path, PathBuf};

/// Imports one of the generator's e-mails, searches and confirms its strong hits (CLI): the
/// request's contact is then on file, and its identity is what is left to verify.
fn request_with_contact_on_file(data: &Path, exports: &Path, mail: &str) -> String {
    let imported = cli_json(
        data,
        &["intake", exports.join("email").join(mail).to_str().unwrap()],
    );
    let id = imported[0]["request_id"].as_str().unwrap().to_string();
    cli_json(data, &["search", "--request", &id]);
    cli_json(data, &["hit", "confirm", "--request", &id, "--strong"]);
    id
}

/// The messages in the test server's inbox, oldest first.
fn inbox(srv: &Server) -> Vec<String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(&srv.inbox)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort_by_key(|p| {
        p.file_stem()
            .and_then(|s| s.to_str()?.parse::<u32>().ok())
            .unwrap_or(0)
    });
    files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

async fn type_into(c: &Client, id: &str, text: &str) -> Result<(), fantoccini::error::CmdError> {
    let input = el(c, id).await;
    input.clear().await?;
    input.send_keys(text).await
}

async fn disabled(c: &Client, id: &str) -> bool {
    el(c, id)
        .await
        .attr("disabled")
        .await
        .expect("read the attribute")
        .is_some()
}

/// Settings → Mail server: the server, a wrong password first (said plainly on the test send),
/// then the right one; the test e-mail arrives.
async fn set_mail_server(c: &Client, srv: &Server) -> Result<(), fantoccini::error::CmdError> {
    el(c, "nav-settings").await.click().await?;
    el(c, "mail-form").await;
    type_into(c, "mail-host", "127.0.0.1").await?;
    type_into(c, "mail-port", &srv.port.to_string()).await?;
    type_into(c, "mail-user", USER).await?;
    type_into(c, "mail-sender", "privasi@example.com").await?;
    type_into(c, "mail-ca", srv.cert.to_str().unwrap()).await?;
    type_into(c, "mail-password", "salah-ketik").await?;
    press(c, "mail-save").await;
    wait_text(
        c,
        "[data-testid=\"mail-password-state\"][data-saved=\"true\"]",
        "tersimpan",
    )
    .await;

    type_into(c, "mail-test-to", "petugas@example.com").await?;
    press(c, "mail-test-send").await;
    let error = wait_text(c, &testid("mail-test-error"), "kata sandi").await;
    assert_eq!(
        error.attr("data-reason").await?.as_deref(),
        Some("login_refused"),
        "a wrong password is named as such"
    );
    assert!(
        inbox(srv).is_empty(),
        "nothing is delivered with a wrong password"
    );
    screenshot(c, "verify-mail-settings-error").await;

    type_into(c, "mail-password", PASSWORD).await?;
    press(c, "mail-save").await;
    // The typed password leaves the box once saved; the window only says one is kept.
    let start = std::time::Instant::now();
    while !el(c, "mail-password")
        .await
        .prop("value")
        .await?
        .unwrap_or_default()
        .is_empty()
    {
        assert!(
            start.elapsed().as_secs() < 15,
            "the password box empties after saving"
        );
        tokio::time::sleep(std::time::Duration::from_millis(150)).await;
    }
    press(c, "mail-test-send").await;
    wait_text(c, &testid("mail-test-sent"), "petugas@example.com").await;
    let test = inbox(srv);
    assert_eq!(test.len(), 1, "the test e-mail arrived");
    assert!(test[0].contains("To: petugas@example.com"), "{}", test[0]);
    assert!(
        test[0].contains("Subject: Uji server surel PDP Desk"),
        "{}",
        test[0]
    );
    scroll_to(c, "settings-mail").await;
    screenshot(c, "verify-mail-settings").await;
    Ok(())
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display: run scripts/e2e"]
async fn a_code_is_emailed_from_the_window_and_answered() {
    let tmp = std::env::temp_dir().join(format!("pdpdesk-e2e-verify-mail-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let exports = tmp.join("Ekspor");
    pdp_officegen::generate(1, 100, &exports).expect("the office generator writes");
    std::fs::remove_file(exports.join("expected.json")).unwrap();
    let data = tmp.join("data");
    cli_json(&data, &["source", "add", exports.to_str().unwrap()]);
    let id = request_with_contact_on_file(&data, &exports, "01_permohonan_akses_data_pribadi.eml");
    let email = cli_json(&data, &["request", "show", &id])["requester"]["emails"][0]
        .as_str()
        .expect("the imported request has an e-mail address")
        .to_string();
    let srv = server(&tmp);

    let (_driver, c) = open_window(&data, 4530).await;
    let result = async {
        set_mail_server(&c, &srv).await?;

        el(&c, "nav-requests").await.click().await?;
        let row = wait_text(&c, &testid("request-row"), &id).await;
        row.find(Locator::Css("td")).await?.click().await?;
        wait_text(&c, "[data-testid=\"verify-gate\"][data-open=\"false\"]", "").await;
        assert!(
            !disabled(&c, "verify-code-email").await,
            "a mail server is set and the request has an address"
        );
        press(&c, "verify-code-email").await;
        wait_text(&c, &testid("verify-code-mailed"), &email).await;

        let mails = inbox(&srv);
        assert_eq!(
            mails.len(),
            2,
            "the code's message arrived after the test e-mail"
        );
        let mail = &mails[1];
        assert!(mail.contains(&format!("To: {email}")), "{mail}");
        assert!(
            mail.contains(&format!(
                "Subject: Kode verifikasi / Verification code {id}"
            )),
            "{mail}"
        );
        let code = mail
            .split(|ch: char| !ch.is_ascii_digit())
            .find(|w| w.len() == 6)
            .expect("six digits in the message")
            .to_string();
        let page = c.source().await?;
        assert!(!page.contains(&code), "staff never see an e-mailed code");

        // The wait has begun: closing as unverified is not possible yet, and says from when.
        wait_text(
            &c,
            &testid("verify-waiting-next"),
            "Bisa ditutup sebagai tidak terverifikasi mulai",
        )
        .await;
        assert!(
            disabled(&c, "verify-close-open").await,
            "closing is disabled before its day"
        );
        el(&c, "verify-answer-input").await;
        screenshot(&c, "verify-code-mailed").await;
        press(&c, "lang-switch").await;
        wait_text(
            &c,
            &testid("verify-waiting-next"),
            "It may be closed as unverified from",
        )
        .await;
        screenshot(&c, "verify-code-mailed-en").await;
        press(&c, "lang-switch").await;
        wait_text(&c, &testid("verify-waiting-next"), "Bisa ditutup").await;

        // The sixth digit checks the code.
        type_into(&c, "verify-answer-input", &code).await?;
        wait_text(&c, "[data-testid=\"verify-gate\"][data-open=\"true\"]", "").await;
        wait_text(
            &c,
            "[data-testid=\"event-item\"][data-kind=\"verification\"]",
            &format!("Kode verifikasi dikirim lewat e-mail ke {email}"),
        )
        .await;
        assert!(
            c.find_all(Locator::Css(&testid("verify-waiting")))
                .await?
                .is_empty(),
            "an answered request waits for nothing"
        );
        Ok::<_, fantoccini::error::CmdError>(())
    }
    .await;
    c.close().await.ok();
    drop(srv);
    result.expect("window steps");
    let gate = cli_json(&data, &["verify", "gate", "--request", &id]);
    assert_eq!(gate["open"], true, "the core agrees the gate is open");
    let mut db = std::fs::read(data.join("pdpdesk.db")).unwrap();
    db.extend(std::fs::read(data.join("pdpdesk.db-wal")).unwrap_or_default());
    assert!(
        !db.windows(PASSWORD.len()).any(|w| w == PASSWORD.as_bytes()),
        "the password typed in the window is not in the database in clear"
    );
    let _ = std::fs::remove_dir_all(&tmp);
}
