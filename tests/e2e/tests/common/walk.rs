//! The guided walks' shared parts (walkthrough.rs, walkthrough_deletion.rs): the actions staff
//! take, counted as they are taken and photographed in both languages; the test mail server's
//! inbox; and the office set up once with the CLI (not counted) from the office generator, with
//! one of its request e-mails re-dated to this week.

use super::smtp::{server, Server, PASSWORD, USER};
use super::*;
use fantoccini::Client;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The actions staff take, counted as they are taken.
pub struct Walk<'a> {
    pub c: &'a Client,
    pub actions: Vec<String>,
    pub shots: u32,
}

impl<'a> Walk<'a> {
    pub async fn click(&mut self, id: &str) {
        press(self.c, id).await;
        self.actions.push(format!("click {id}"));
    }

    /// Clicks the guide's primary button, after checking it offers `action`.
    pub async fn next(&mut self, action: &str) {
        let css = format!("[data-testid=\"next-action\"][data-action=\"{action}\"]");
        wait_text(self.c, &css, "").await;
        self.click("next-action").await;
    }

    pub async fn type_in(&mut self, id: &str, text: &str) {
        let input = el(self.c, id).await;
        input.clear().await.expect("clear the field");
        input.send_keys(text).await.expect("type");
        self.actions.push(format!("type {id}"));
    }

    pub async fn drop(&mut self, file: &Path) {
        drop_files(self.c, &[file.display().to_string()]).await;
        self.actions.push(format!("drop {}", file.display()));
    }

    /// The window as it is, in Indonesian and again in English (the switch is not counted).
    pub async fn shot(&mut self, name: &str) {
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
pub fn inbox(srv: &Server) -> Vec<String> {
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
pub fn set_up_office(data: &Path, exports: &Path, srv: &Server) {
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

/// A walk's office: the data folder, the test mail server, the request e-mail (the generator's
/// `mail`, dated this week), and the XDG config that names the documents folder.
pub struct Office {
    pub tmp: PathBuf,
    pub data: PathBuf,
    pub mail: PathBuf,
    pub srv: Server,
    pub config: PathBuf,
}

/// Sets up the office in a new folder `name` under the temporary directory.
pub fn office(name: &str, mail_file: &str) -> Office {
    let tmp = std::env::temp_dir().join(format!("pdpdesk-e2e-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let exports = tmp.join("Ekspor");
    pdp_officegen::generate(1, 100, &exports).expect("the office generator writes");
    std::fs::remove_file(exports.join("expected.json")).unwrap();
    // The generator's request e-mail, received this week.
    let mail = tmp.join(mail_file);
    let message = std::fs::read_to_string(exports.join("email").join(mail_file)).unwrap();
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

    Office {
        tmp,
        data,
        mail,
        srv,
        config,
    }
}
