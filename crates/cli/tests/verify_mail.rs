//! A verification code e-mailed through a real SMTP server on 127.0.0.1 with STARTTLS and a login
//! (aiosmtpd from Debian's python3-aiosmtpd, which scripts/setup installs): the message that
//! arrives, and a wrong password, a refused connection and an untrusted certificate, each a clear
//! message with the code unsent and the failure in the history.

use crate::support;

use std::path::PathBuf;
use support::smtp::set_mail_server;
use support::smtp_server::{free_port, server, PASSWORD};
use support::Desk;

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

/// `verify code --email` fails with exit 1, `smtp_failed` and the reason's code; no code is live;
/// the history says so.
fn fails(desk: &Desk, id: &str, reason: &str, words: &str) {
    let err = desk.refused(&["verify", "code", "--request", id, "--email"], 1);
    assert_eq!(err["code"], "smtp_failed", "{err}");
    assert_eq!(
        err["reason"], reason,
        "the window words the failure by it: {err}"
    );
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
    fails(
        &desk,
        &id,
        "login_refused",
        "refused the user name or password",
    );

    set_mail_server(&desk, free_port(), Some(&srv.cert), PASSWORD);
    fails(&desk, &id, "unreachable", "could not be reached");

    set_mail_server(&desk, srv.port, None, PASSWORD);
    fails(&desk, &id, "tls", "secure connection");

    assert_eq!(
        std::fs::read_dir(&srv.inbox).unwrap().count(),
        0,
        "nothing was delivered"
    );
}

/// `office mail-server --send-test`: the test message arrives (To, Subject, the office's name, no
/// request); a wrong password and no server at all each fail with their reason; a certificate
/// file that is not PEM is refused when the settings are saved.
#[test]
fn a_test_message_arrives_and_each_failure_has_its_reason() {
    let desk = Desk::new();
    let srv = server(desk.dir.path());
    let none = desk.refused(
        &[
            "office",
            "mail-server",
            "--send-test",
            "petugas@example.com",
        ],
        1,
    );
    assert_eq!(
        (none["code"].as_str(), none["reason"].as_str()),
        (Some("smtp_failed"), Some("not_set")),
        "{none}"
    );

    set_mail_server(&desk, srv.port, Some(&srv.cert), PASSWORD);
    let bad = desk.refused(&["office", "mail-server", "--send-test", "bukan-alamat"], 2);
    assert_eq!(bad["field"], "to", "{bad}");
    let sent = desk.json(&[
        "office",
        "mail-server",
        "--send-test",
        "Petugas@Example.com",
    ]);
    assert_eq!(sent["sent_to"], "petugas@example.com", "{sent}");
    let mails: Vec<PathBuf> = std::fs::read_dir(&srv.inbox)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(mails.len(), 1, "the test message arrived");
    let raw = std::fs::read_to_string(&mails[0]).unwrap();
    assert!(raw.contains("To: petugas@example.com"), "{raw}");
    assert!(
        raw.contains("Subject: Uji server surel PDP Desk / PDP Desk mail server test"),
        "{raw}"
    );
    assert!(!raw.contains("REQ-"), "a test names no request: {raw}");

    set_mail_server(&desk, srv.port, Some(&srv.cert), "salah");
    let refused = desk.refused(
        &[
            "office",
            "mail-server",
            "--send-test",
            "petugas@example.com",
        ],
        1,
    );
    assert_eq!(refused["reason"], "login_refused", "{refused}");

    let not_pem = desk.dir.path().join("bukan.pem");
    std::fs::write(&not_pem, "bukan sertifikat").unwrap();
    let port = srv.port.to_string();
    let err = desk.refused(
        &[
            "office",
            "mail-server",
            "--host",
            "127.0.0.1",
            "--port",
            &port,
            "--sender",
            "privasi@example.com",
            "--ca-file",
            not_pem.to_str().unwrap(),
        ],
        2,
    );
    assert_eq!(
        (err["field"].as_str(), err["reason"].as_str()),
        (Some("ca_file"), Some("format")),
        "{err}"
    );
    let kept = desk.json(&["office", "mail-server"]);
    assert_eq!(
        kept["settings"]["ca_file"],
        srv.cert.to_str().unwrap(),
        "a refused certificate changes nothing: {kept}"
    );
}
