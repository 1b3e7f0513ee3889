//! The strategies of the properties: text with the characters that break text code, near-misses
//! of identifiers, and mails, tables and chats shaped like the real formats or not at all.

use proptest::prelude::*;
use proptest::test_runner::Config;

/// `PROPTEST_CASES` when set (scripts/fuzz), else `default`.
pub fn config(default: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(default);
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

/// One character, weighted towards the ones that break text code.
pub fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => proptest::char::range(' ', '~'),
        2 => proptest::sample::select(vec![
            '@', '.', '+', '-', '(', ')', ',', ';', '"', '\'', ':', '<', '>', '0', '6', '8', '1',
            '\r', '\n', '\t', '\0', 'ä', 'é', 'ß', 'İ', 'ı', 'ﬀ', '\u{301}', '\u{200B}', '\u{200D}',
            '\u{202E}', '\u{2066}', '\u{FEFF}', '\u{FFFD}', '\u{A0}', '\u{202F}', '\u{200E}',
            '٣', '０', '＠', '𝟘', '😀', 'ꦲ', 'Ⅻ', '\u{7F}', '\u{85}', '\u{2028}',
        ]),
        1 => any::<char>(),
    ]
}

pub fn tricky_string(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(tricky_char(), 0..max).prop_map(|v| v.into_iter().collect())
}

/// Something shaped like an identifier, with tricky characters spliced in.
pub fn near_identifier() -> impl Strategy<Value = String> {
    let base = proptest::sample::select(vec![
        "ani@example.com",
        "mailto:Ani.Lestari+x@Gmail.com",
        "<budi@example.co.id>",
        "0812-0000-1111",
        "+62 812 0000 1111",
        "(+62)812.0000.1111",
        "8,12346E+11",
        "3174012345670001",
        "31.74.01.234567.0001",
        "Ni Made Ayu Lestari",
        "H. Ahmad Santoso, S.Kom.",
        "dr. Siti Rahma",
    ]);
    (base, tricky_string(6), 0usize..40).prop_map(|(b, extra, at)| {
        let mut s = b.to_string();
        let mut at = at.min(s.len());
        while !s.is_char_boundary(at) {
            at -= 1;
        }
        s.insert_str(at, &extra);
        s
    })
}

pub fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![tricky_string(80), near_identifier(), any::<String>()]
}

/// A mail: headers with tricky values, an encoded-word subject, a body.
pub fn mail_bytes() -> impl Strategy<Value = Vec<u8>> {
    let arbitrary = proptest::collection::vec(any::<u8>(), 0..600);
    let shaped = (any_text(), any_text(), any_text(), any::<bool>()).prop_map(
        |(from, subject, body, encoded)| {
            let subject = if encoded {
                let b64 = base64_encode(subject.as_bytes());
                format!("=?UTF-8?B?{b64}?=")
            } else {
                subject.replace(['\r', '\n'], " ")
            };
            format!(
                "From: {} <{}>\r\nTo: privasi@example.com\r\nSubject: {subject}\r\n\
                 Message-ID: <{}@example.com>\r\nDate: Mon, 30 Nov 2026 09:00:00 +0700\r\n\
                 Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n",
                from.replace(['\r', '\n'], " "),
                from.replace(['\r', '\n', '<', '>'], ""),
                subject.len()
            )
            .into_bytes()
        },
    );
    prop_oneof![arbitrary, shaped]
}

/// Enough base64 for an encoded-word (no crate for four lines of test code).
pub fn base64_encode(bytes: &[u8]) -> String {
    const ABC: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ABC[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// A table file: a real header (Chatwoot, Jurnal, a plain list) and rows of tricky cells, or
/// arbitrary bytes.
pub fn table_bytes() -> impl Strategy<Value = Vec<u8>> {
    let header = proptest::sample::select(vec![
        "id,name,email,phone_number,identifier,company_name,city,country_code,last_activity_at,created_at\n",
        "Nama;Email;Telepon;Alamat\n",
        "name,email\n",
        "\u{FEFF}Timestamp,Nama Lengkap,Alamat Email,Nomor WhatsApp\n",
    ]);
    let rows = proptest::collection::vec(
        proptest::collection::vec(any_text(), 0..6).prop_map(|cells| cells.join(",")),
        0..8,
    );
    let shaped =
        (header, rows).prop_map(|(h, rows)| format!("{h}{}\n", rows.join("\n")).into_bytes());
    let arbitrary = proptest::collection::vec(any::<u8>(), 0..800);
    prop_oneof![shaped, arbitrary]
}

/// A WhatsApp export: message starts of both phones with tricky text, or arbitrary lines.
pub fn chat_bytes() -> impl Strategy<Value = Vec<u8>> {
    let start = proptest::sample::select(vec![
        "12/01/26 09.15 - Ani Lestari: ",
        "[12/01/26 09.15.02] Ani Lestari: ",
        "1/12/26, 9:15 PM - +62 812-0000-1111: ",
        "12/01/2026, 21:15 - ",
        "[1/12/26, 9:15:02\u{202F}PM] \u{200E}Budi: ",
    ]);
    proptest::collection::vec((start, any_text(), any::<bool>()), 1..10).prop_map(|lines| {
        lines
            .into_iter()
            .map(|(s, t, cont)| {
                if cont {
                    format!("{t}\n")
                } else {
                    format!("{s}{t}\n")
                }
            })
            .collect::<String>()
            .into_bytes()
    })
}
