//! A verification code e-mailed through a real SMTP server on 127.0.0.1 with STARTTLS and a login
//! (aiosmtpd from Debian's python3-aiosmtpd, which scripts/setup installs): the message that
//! arrives, and a wrong password, a refused connection and an untrusted certificate, each a clear
//! message with the code unsent and the failure in the history.

mod support;

use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use support::Desk;

const USER: &str = "kantor";
const PASSWORD: &str = "rahasia-123";

/// The test's SMTP server; stopped (its stdin closed, then killed) when dropped.
struct Server {
    child: Child,
    port: u16,
    inbox: PathBuf,
    cert: PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        drop(self.child.stdin.take());
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn server(dir: &Path) -> Server {
    let (cert, key) = (dir.join("cert.pem"), dir.join("key.pem"));
    let made = Command::new("openssl")
        .args([
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
        ])
        .args([
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ])
        .arg("-keyout")
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .stderr(Stdio::null())
        .status()
        .expect("openssl makes the test server's certificate");
    assert!(made.success(), "openssl req failed");
    let inbox = dir.join("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    let port = free_port();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/smtp_server.py");
    let mut child = Command::new("/usr/bin/python3")
        .arg(script)
        .arg(port.to_string())
        .arg(&cert)
        .arg(&key)
        .args([USER, PASSWORD])
        .arg(&inbox)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("/usr/bin/python3 runs the test SMTP server (apt-get install python3-aiosmtpd; scripts/setup does)");
    let mut ready = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut ready)
        .unwrap();
    assert_eq!(
        ready.trim(),
        "READY",
        "the test SMTP server starts (python3-aiosmtpd installed?)"
    );
    Server {
        child,
        port,
        inbox,
        cert,
    }
}

/// Sets the office's mail server, the password through stdin.
fn set_mail_server(desk: &Desk, port: u16, ca: Option<&Path>, password: &str) {
    let port = port.to_string();
    let mut args = vec![
        "office",
        "mail-server",
        "--host",
        "127.0.0.1",
        "--port",
        &port,
        "--security",
        "starttls",
        "--user",
        USER,
        "--sender",
        "privasi@example.com",
        "--password-stdin",
        "--json",
    ];
    let ca = ca.map(|c| c.to_str().unwrap().to_string());
    if let Some(ca) = &ca {
        args.extend(["--ca-file", ca.as_str()]);
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_pdpdesk"))
        .args(&args)
        .env("PDPDESK_DATA_DIR", desk.data())
        .env("PDPDESK_ACTOR", "Tester")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{password}").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "office mail-server: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let shown: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(shown["has_password"], true, "{shown}");
}

fn request(desk: &Desk) -> String {
    desk.json(&[
        "request",
        "new",
        "--name",
        "Budi Santoso",
        "--email",
        "budi@example.com",
        "--right",
        "access",
        "--channel",
        "email",
    ])["id"]
        .as_str()
        .unwrap()
        .to_string()
}

fn verification_history(desk: &Desk, id: &str) -> Vec<String> {
    desk.json(&["request", "show", id])["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "verification")
        .map(|e| e["text"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_code_arrives_by_mail_and_nothing_else_of_the_requester() {
    let desk = Desk::new();
    let srv = server(desk.dir.path());
    set_mail_server(&desk, srv.port, Some(&srv.cert), PASSWORD);
    let id = request(&desk);
    let issued = desk.json(&["verify", "code", "--request", &id, "--email"]);
    assert_eq!(issued["sent_to"], "budi@example.com", "{issued}");
    assert!(
        issued["code"].is_null(),
        "staff never see an e-mailed code: {issued}"
    );

    let mails: Vec<PathBuf> = std::fs::read_dir(&srv.inbox)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(mails.len(), 1, "one message arrived");
    let raw = std::fs::read_to_string(&mails[0]).unwrap();
    assert!(raw.contains("To: budi@example.com"), "{raw}");
    assert!(
        raw.contains(&format!(
            "Subject: Kode verifikasi / Verification code {id}"
        )),
        "{raw}"
    );
    let code = raw
        .split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 6)
        .expect("six digits in the body")
        .to_string();
    assert!(
        !raw.contains("Budi") && !raw.contains("Santoso"),
        "the message carries the code, not the requester's other data: {raw}"
    );
    desk.json(&["verify", "check", "--request", &id, &code]);
    let history = verification_history(&desk, &id);
    assert!(
        history
            .iter()
            .any(|t| t.contains("dikirim lewat e-mail ke budi@example.com")),
        "{history:?}"
    );
    let mut db = std::fs::read(desk.data().join("pdpdesk.db")).unwrap();
    db.extend(std::fs::read(desk.data().join("pdpdesk.db-wal")).unwrap_or_default());
    assert!(
        !db.windows(PASSWORD.len()).any(|w| w == PASSWORD.as_bytes()),
        "the mail server's password is never in the database in clear"
    );
}

/// `verify code --email` fails with exit 1 and `smtp_failed`; no code is live; the history says so.
fn fails(desk: &Desk, id: &str, words: &str) {
    let err = desk.refused(&["verify", "code", "--request", id, "--email"], 1);
    assert_eq!(err["code"], "smtp_failed", "{err}");
    let message = err["message"].as_str().unwrap();
    assert!(message.contains(words), "{words:?} in {message:?}");
    let status = desk.json(&["verify", "status", "--request", id]);
    assert!(
        status["code"].is_null(),
        "an unsent code is not kept: {status}"
    );
    assert!(
        verification_history(desk, id)
            .iter()
            .any(|t| t.contains("tidak terkirim")),
        "the failure is in the history"
    );
}

#[test]
fn a_wrong_password_a_refused_connection_and_an_untrusted_certificate_are_said_plainly() {
    let desk = Desk::new();
    let srv = server(desk.dir.path());
    let id = request(&desk);

    set_mail_server(&desk, srv.port, Some(&srv.cert), "salah");
    fails(&desk, &id, "refused the user name or password");

    set_mail_server(&desk, free_port(), Some(&srv.cert), PASSWORD);
    fails(&desk, &id, "could not be reached");

    set_mail_server(&desk, srv.port, None, PASSWORD);
    fails(&desk, &id, "secure connection");

    assert_eq!(
        std::fs::read_dir(&srv.inbox).unwrap().count(),
        0,
        "nothing was delivered"
    );
}
