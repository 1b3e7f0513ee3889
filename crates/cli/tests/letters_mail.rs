//! An issued letter e-mailed through a real SMTP server (STARTTLS, a login): the message carries
//! the letter's e-mail text and its PDF, byte for byte as kept, goes to the requester's address,
//! and the sending is in the history. Without a mail server the refusal says how to set one.

use crate::support;

use std::path::PathBuf;
use support::smtp::set_mail_server;
use support::smtp_server::{server, PASSWORD};
use support::Desk;

fn request(desk: &Desk) -> String {
    desk.json(&[
        "office",
        "set",
        "--name",
        "CV Cetak Ceria",
        "--city",
        "Denpasar",
        "--signatory-name",
        "Kadek Wirawan",
        "--signatory-position",
        "Petugas PDP",
    ]);
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

/// The base64 body of the message's PDF part, decoded.
fn attached_pdf(raw: &str) -> Vec<u8> {
    let part = raw
        .split("Content-Type: application/pdf")
        .nth(1)
        .expect("a PDF part");
    let body = part
        .split("\r\n\r\n")
        .nth(1)
        .or_else(|| part.split("\n\n").nth(1))
        .unwrap();
    let b64: String = body
        .lines()
        .take_while(|l| !l.starts_with("--"))
        .collect::<Vec<_>>()
        .concat();
    decode(&b64)
}

fn decode(text: &str) -> Vec<u8> {
    const ABC: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in text
        .bytes()
        .filter(|c| !c.is_ascii_whitespace() && *c != b'=')
    {
        let v = ABC.iter().position(|&a| a == c).expect("base64") as u32;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

#[test]
fn an_issued_letter_arrives_with_its_pdf_and_the_sending_is_logged() {
    let desk = Desk::new();
    let id = request(&desk);
    let letter = desk.json(&["letter", "acknowledgement", "--request", &id]);
    let number = letter["number"].as_str().unwrap().to_string();

    let err = desk.refused(&["letter", "send", &number], 1);
    assert_eq!(err["code"], "smtp_failed", "{err}");
    assert!(
        err["message"].as_str().unwrap().contains("mail-server"),
        "says how to set one: {err}"
    );

    let srv = server(desk.dir.path());
    set_mail_server(&desk, srv.port, Some(&srv.cert), PASSWORD);
    let sent = desk.json(&["letter", "send", &number]);
    assert_eq!(sent["sent_to"], "budi@example.com", "{sent}");

    let mails: Vec<PathBuf> = std::fs::read_dir(&srv.inbox)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(mails.len(), 1, "one message arrived");
    let raw = std::fs::read_to_string(&mails[0]).unwrap();
    assert!(raw.contains("To: budi@example.com"), "{raw}");
    assert!(
        raw.contains(&number),
        "the subject carries the letter's number: {raw}"
    );
    let kept = std::fs::read(desk.data().join(letter["file"].as_str().unwrap())).unwrap();
    assert_eq!(
        attached_pdf(&raw),
        kept,
        "the attachment is the kept PDF, byte for byte"
    );

    let events = desk.json(&["request", "show", &id])["events"].clone();
    assert!(
        events
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["kind"] == "letter"
                && e["text"]
                    .as_str()
                    .unwrap()
                    .contains("dikirim lewat e-mail ke budi@example.com")),
        "the sending is in the history: {events}"
    );
    let err = desk.refused(&["letter", "send", &number, "--to", "bukan alamat"], 2);
    assert_eq!(err["field"], "to", "{err}");
}
