//! Tests of the parent module.
use super::*;

fn mail(from: Option<(&str, &str)>, body: &str) -> ParsedMail {
    ParsedMail {
        message_id: None,
        in_reply_to: vec![],
        references: vec![],
        subject: String::new(),
        from: from.map(|(n, a)| MailAddress {
            name: (!n.is_empty()).then(|| n.to_string()),
            address: a.into(),
        }),
        reply_to: None,
        to: vec![],
        date: None,
        received: None,
        body: body.into(),
        attachments: vec![],
    }
}

#[test]
fn introduction_beats_the_display_name_and_body_identifiers_are_collected() {
    let m = mail(
        Some(("Rudi Siregar", "rudi@ptsinar.co.id")),
        "Selamat siang,\n\nSaya Rudi Hartono Siregar memohon agar data saya dihapus.\nDulu saya terdaftar dengan email rudi.siregar@yahoo.co.id dan nomor HP 0878-5172-4112.\n\nSalam,\nRudi Siregar\n",
    );
    let r = claimed_requester(&m, &["privasi@office.co.id".into()]);
    assert_eq!(r.name.as_deref(), Some("Rudi Hartono Siregar"));
    assert_eq!(
        r.emails,
        ["rudi@ptsinar.co.id", "rudi.siregar@yahoo.co.id"],
        "sender first, then the body"
    );
    assert_eq!(r.phones, ["+6287851724112"]);
    assert_eq!(r.role, RequesterRole::Subject);
    assert!(r
        .names
        .iter()
        .any(|n| n.source == NameSource::Signature && n.name == "Rudi Siregar"));
}

#[test]
fn a_nickname_in_brackets_is_not_part_of_the_name() {
    let m = mail(
        None,
        "Hello,\n\nMy name is I Gede Agus Wirawan (Gede). Please delete my data.",
    );
    assert_eq!(
        claimed_requester(&m, &[]).name.as_deref(),
        Some("I Gede Agus Wirawan")
    );
}

#[test]
fn name_line_nik_and_office_address_excluded() {
    let m = mail(
        Some(("", "eka@example.com")),
        "Nama   : Ibu Eka Puspitasari\nNIK: 3171014508900001\nEmail  : eka@example.com\nMohon kirim ke privasi@office.co.id\n",
    );
    let r = claimed_requester(&m, &["privasi@office.co.id".into()]);
    assert_eq!(
        r.name.as_deref(),
        Some("Eka Puspitasari"),
        "the honorific is set aside"
    );
    assert_eq!(
        r.emails,
        ["eka@example.com"],
        "the office's own address is not the requester's"
    );
    assert_eq!(
        r.nik_masked.as_deref(),
        Some("317101******0001"),
        "a NIK is kept masked only"
    );
}

#[test]
fn guardians_and_agents_are_recognised_but_a_father_mentioned_is_not_an_agent() {
    let g = claimed_requester(
        &mail(
            None,
            "Saya orang tua dari Clara Manurung, mohon hapus data anak saya.",
        ),
        &[],
    );
    assert_eq!(g.role, RequesterRole::Guardian);
    assert_eq!(g.on_behalf_of.as_deref(), Some("Clara Manurung"));
    let a = claimed_requester(
        &mail(
            None,
            "Saya bertindak atas nama Bapak Yusuf Efendi berdasarkan surat kuasa.",
        ),
        &[],
    );
    assert_eq!(a.role, RequesterRole::Agent);
    assert_eq!(a.on_behalf_of.as_deref(), Some("Yusuf Efendi"));
    let s = claimed_requester(
        &mail(
            None,
            "Nomor itu milik ayah saya. Data atas nama ayah saya bukan data saya.",
        ),
        &[],
    );
    assert_eq!(
        s.role,
        RequesterRole::Subject,
        "mentioning a father's data is not acting for him"
    );
}

#[test]
fn a_forwarded_request_names_the_original_sender() {
    let m = mail(
        Some(("Rina Admin", "rina@office.co.id")),
        "Tolong diproses.\n\n---------- Forwarded message ---------\nFrom: Dewi Lestari <dewi.lestari@example.com>\nDate: Mon, 23 Nov 2026\nSubject: Hapus data\n\nMohon hapus data saya.\n",
    );
    let r = claimed_requester(&m, &[]);
    assert_eq!(
        r.emails,
        ["dewi.lestari@example.com"],
        "the forwarding staff member is not the requester"
    );
    assert_eq!(r.name.as_deref(), Some("Dewi Lestari"));
}

#[test]
fn a_sender_name_with_controls_or_a_bidi_override_is_not_proposed() {
    for name in ["Ani\r\nBcc: x@example.com", "Ani\u{202E}Lestari"] {
        let m = mail(
            Some((name, "ani@example.com")),
            "Mohon hapus data pribadi saya.\n",
        );
        let r = claimed_requester(&m, &[]);
        assert_eq!(
            r.name, None,
            "{name:?} would be refused at registration, so it is not proposed"
        );
        assert!(r.names.is_empty(), "{name:?} is not a candidate either");
        assert_eq!(r.emails, vec!["ani@example.com"], "the address still is");
    }
}
