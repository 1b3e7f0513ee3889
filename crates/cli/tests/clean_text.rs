//! Text from people and from outside on the real binary: names with control or text-direction
//! characters are refused, a stored Subject with an encoded CR LF is shown escaped, and error
//! messages speak plain words and quote long input cut short.

use crate::support;

use support::Desk;

fn new_request(name: &str, email: &str, phone: &str) -> Vec<String> {
    let mut args: Vec<String> = [
        "request",
        "new",
        "--name",
        name,
        "--right",
        "access",
        "--channel",
        "email",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    if !email.is_empty() {
        args.extend(["--email".to_string(), email.to_string()]);
    }
    if !phone.is_empty() {
        args.extend(["--phone".to_string(), phone.to_string()]);
    }
    args
}

fn refused(d: &Desk, args: &[String]) -> serde_json::Value {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    d.refused(&args, 2)
}

#[test]
fn a_name_with_a_bidi_override_or_only_invisible_characters_is_refused() {
    let d = Desk::new();
    for (name, reason) in [
        ("Ani\u{202E}Lestari", "control_characters"),
        ("\u{200B}", "invisible"),
        ("Ani\nBcc: x@example.com", "control_characters"),
    ] {
        let err = refused(&d, &new_request(name, "ani@example.com", ""));
        assert_eq!(err["field"], "name", "{name:?}: the error names the field");
        assert_eq!(err["reason"], reason, "{name:?}: {err}");
    }
    assert!(d.list().is_empty(), "nothing was registered");
}

#[test]
fn an_encoded_crlf_in_a_subject_is_shown_escaped_in_the_history() {
    let d = Desk::new();
    // "Hapus data\r\nBcc: x@example.com" as a base64 encoded-word.
    let mail = "From: Ani Lestari <ani@example.com>\r\n\
        To: privasi@example.com\r\n\
        Date: Mon, 23 Nov 2026 09:00:00 +0700\r\n\
        Subject: =?UTF-8?B?SGFwdXMgZGF0YQ0KQmNjOiB4QGV4YW1wbGUuY29t?=\r\n\
        \r\n\
        Mohon hapus data pribadi saya.\r\n";
    let path = d.write("bcc.eml", mail);
    let out = d.run(&["intake", &path]);
    assert!(
        out.status.success(),
        "the message is registered: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        assert!(
            !line.starts_with("Bcc:"),
            "intake table forged a line: {line}"
        );
    }
    let id = d.list()[0]["id"].as_str().unwrap().to_string();
    let out = d.run(&["request", "show", &id]);
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "request show: {shown}");
    assert!(
        shown.contains("Bcc: x@example.com"),
        "the subject is still shown: {shown}"
    );
    for line in shown.lines() {
        assert!(
            !line.trim_start().starts_with("Bcc:") && !line.contains('\r'),
            "a line of the history was forged by the subject: {line:?}"
        );
    }
}

#[test]
fn a_bad_phone_number_is_explained_in_plain_words() {
    let d = Desk::new();
    for phone in ["abc", "0812345678901234567890"] {
        let err = refused(&d, &new_request("Ani Lestari", "", phone));
        let message = err["message"].as_str().unwrap();
        assert_eq!(err["field"], "phone", "{phone}: {err}");
        assert!(
            !message.contains("NotANumber")
                && !message.contains("TooLong")
                && !message.contains('('),
            "{phone}: no parser internals in the message: {message}"
        );
    }
}

#[test]
fn a_long_input_is_quoted_cut_short() {
    let d = Desk::new();
    let long = "x".repeat(5000);
    let err = refused(&d, &new_request("Ani Lestari", &long, ""));
    let message = err["message"].as_str().unwrap();
    assert_eq!(err["field"], "email", "{err}");
    assert!(
        message.chars().count() < 200,
        "a 5,000-character input is not echoed in full ({} characters)",
        message.chars().count()
    );
}
