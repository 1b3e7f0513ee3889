//! A verification code e-mailed through a real SMTP server on 127.0.0.1 with STARTTLS and a login
//! (aiosmtpd from Debian's python3-aiosmtpd, which scripts/setup installs): the message that
//! arrives, and a wrong password, a refused connection and an untrusted certificate, each a clear
//! message with the code unsent and the failure in the history.

mod support;

use std::path::PathBuf;
use support::smtp::{free_port, server, set_mail_server, PASSWORD};
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
