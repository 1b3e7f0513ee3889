//! A time of receipt lies between UU PDP coming into force (17 October 2022) and now: a typo such
//! as `0001-01-01` is refused on every path (a new request, a correction, an imported e-mail)
//! instead of numbering a request `REQ-1-0001`.

use crate::support;

use support::Desk;

fn new_request(received: &str) -> Vec<String> {
    [
        "request",
        "new",
        "--name",
        "Ani Lestari",
        "--email",
        "ani.lestari@example.com",
        "--right",
        "access",
        "--channel",
        "email",
        "--received",
        received,
    ]
    .map(String::from)
    .to_vec()
}

fn args(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

#[test]
fn a_new_request_received_before_the_law_or_in_the_future_is_refused() {
    let d = Desk::new();
    let tomorrow = (chrono::Utc::now() + chrono::Duration::days(2)).to_rfc3339();
    for received in [
        "0001-01-01T00:00:00+07:00",
        "2022-10-16T23:59:00+07:00",
        tomorrow.as_str(),
    ] {
        let error = d.refused(&args(&new_request(received)), 2);
        assert_eq!(error["field"], "received_at", "{received}: {error}");
        assert!(
            error["reason"] == "out_of_range" || error["reason"] == "future",
            "{received}: refused as out of range: {error}"
        );
    }
    assert_eq!(
        d.refused(&args(&new_request("0001-01-01T00:00:00+07:00")), 2)["reason"],
        "out_of_range",
        "a receipt before UU PDP came into force is out of range"
    );
    assert!(d.list().is_empty(), "nothing was registered");
    let first_day = d.json(&args(&new_request("2022-10-17T08:00:00+07:00")));
    assert_eq!(
        first_day["id"], "REQ-2022-0001",
        "the day the law came into force is accepted"
    );
}

#[test]
fn a_correction_to_before_the_law_is_refused() {
    let d = Desk::new();
    let created = d.json(&args(&new_request("2026-03-02T10:15:00+07:00")));
    let id = created["id"].as_str().unwrap();
    let error = d.refused(
        &[
            "request",
            "received",
            id,
            "0001-01-01T00:00:00+07:00",
            "--reason",
            "Salah ketik",
        ],
        2,
    );
    assert_eq!(error["field"], "received_at", "{error}");
    assert_eq!(error["reason"], "out_of_range", "{error}");
    let shown = d.json(&["request", "show", id]);
    assert_eq!(
        shown["received_at"], "2026-03-02T10:15:00+07:00",
        "the time of receipt is unchanged"
    );
}

#[test]
fn an_e_mail_dated_before_the_law_is_not_registered() {
    let d = Desk::new();
    let mail = d.write(
        "lama.eml",
        "From: Budi Santoso <budi.santoso@example.com>\r\nTo: privasi@office.example\r\nDate: Mon, 01 Jan 2001 10:00:00 +0700\r\nMessage-ID: <lama-1@example.com>\r\nSubject: Hapus data saya\r\n\r\nMohon hapus data pribadi saya.\r\n",
    );
    let out = d.run(&["intake", "--json", &mail]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "a message that cannot be registered makes the run exit 2"
    );
    let results: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let error = results[0]["error"].as_str().unwrap_or_default();
    assert!(
        error.contains("received_at"),
        "the message's error names the time of receipt: {}",
        results[0]
    );
    assert!(d.list().is_empty(), "nothing was registered");
}
