//! An access request walked from the dropped e-mail to the sent answer in the real window, using
//! the primary button the guide offers at each step and the buttons of the section it leads to;
//! every click, drop and typed field is counted and the count printed (target: ≤ 15 actions for
//! an access request). The office's one-time set-up (letterhead, signatory, mail server, sources,
//! processing register) is done beforehand with the CLI and not counted. Each step is
//! photographed in Indonesian and in English.

use crate::common;

use common::smtp::{server, Server, PASSWORD, USER};
use common::*;
use fantoccini::Client;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The actions staff take, counted as they are taken.
struct Walk<'a> {
    c: &'a Client,
    actions: Vec<String>,
    shots: u32,
}

impl<'a> Walk<'a> {
    async fn click(&mut self, id: &str) {
        press(self.c, id).await;
        self.actions.push(format!("click {id}"));
    }

    /// Clicks the guide's primary button, after checking it offers `action`.
    async fn next(&mut self, action: &str) {
        let css = format!("[data-testid=\"next-action\"][data-action=\"{action}\"]");
        wait_text(self.c, &css, "").await;
        self.click("next-action").await;
    }

    async fn type_in(&mut self, id: &str, text: &str) {
        let input = el(self.c, id).await;
        input.clear().await.expect("clear the field");
        input.send_keys(text).await.expect("type");
        self.actions.push(format!("type {id}"));
    }

    async fn drop(&mut self, file: &Path) {
        drop_files(self.c, &[file.display().to_string()]).await;
        self.actions.push(format!("drop {}", file.display()));
    }

    /// The window as it is, in Indonesian and again in English (the switch is not counted).
    async fn shot(&mut self, name: &str) {
        self.shots += 1;
        screenshot(self.c, &format!("walk-{:02}-{name}", self.shots)).await;
        press(self.c, "lang-switch").await;
        wait_text(self.c, "html[lang=\"en\"]", "").await;
        tokio::time::sleep(std::time::Duration::from_millis(150)).await;
        screenshot(self.c, &format!("walk-{:02}-{name}-en", self.shots)).await;
        press(self.c, "lang-switch").await;
        wait_text(self.c, "html[lang=\"id\"]", "").await;
        tokio::time::sleep(std::time::Duration::from_millis(150)).await;
    }
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

/// The office set up once (CLI): letterhead and signatory, the mail server, the exports as
/// sources, a processing register from the agency's profile.
fn set_up_office(data: &Path, exports: &Path, srv: &Server) {
    cli_json(
        data,
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
    let port = srv.port.to_string();
    let mut mail = Command::new(root().join("target/debug/pdpdesk"))
        .args([
            "office",
            "mail-server",
            "--host",
            "127.0.0.1",
            "--port",
            &port,
            "--user",
            USER,
            "--sender",
            "privasi@example.com",
            "--ca-file",
            srv.cert.to_str().unwrap(),
            "--password-stdin",
        ])
        .env("PDPDESK_DATA_DIR", data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run pdpdesk");
    writeln!(mail.stdin.take().unwrap(), "{PASSWORD}").unwrap();
    let out = mail.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "the mail server is kept: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    cli_json(data, &["source", "add", exports.to_str().unwrap()]);
    cli_json(data, &["office", "processing", "--profile", "agency"]);
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display: run scripts/e2e"]
async fn an_access_request_goes_from_the_dropped_email_to_the_sent_answer() {
    let tmp = std::env::temp_dir().join(format!("pdpdesk-e2e-walk-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let exports = tmp.join("Ekspor");
    pdp_officegen::generate(1, 100, &exports).expect("the office generator writes");
    std::fs::remove_file(exports.join("expected.json")).unwrap();
    // The generator's request e-mail, received this week.
    let mail = tmp.join("permohonan-akses.eml");
    let message = std::fs::read_to_string(
        exports
            .join("email")
            .join("01_permohonan_akses_data_pribadi.eml"),
    )
    .unwrap();
    let today = Command::new("date")
        .arg("+%a, %d %b %Y")
        .env("LC_ALL", "C")
        .output()
        .expect("date");
    let received = format!(
        "{} 08:00:00 +0800",
        String::from_utf8_lossy(&today.stdout).trim()
    );
    let message: Vec<String> = message
        .split_inclusive('\n')
        .map(|line| {
            if line.starts_with("Date:") {
                format!("Date: {received}\r\n")
            } else {
                line.to_string()
            }
        })
        .collect();
    std::fs::write(&mail, message.concat()).unwrap();
    std::fs::remove_dir_all(exports.join("email")).unwrap();
    let data = tmp.join("data");
    let srv = server(&tmp);
    set_up_office(&data, &exports, &srv);
    // The pack is proposed in the user's documents folder: the test's own.
    let documents = tmp.join("Dokumen");
    std::fs::create_dir_all(&documents).unwrap();
    let config = tmp.join("config");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("user-dirs.dirs"),
        format!("XDG_DOCUMENTS_DIR=\"{}\"\n", documents.display()),
    )
    .unwrap();

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
