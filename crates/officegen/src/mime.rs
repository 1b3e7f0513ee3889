//! Just enough MIME to write request e-mails as mail programs send them: encoded-word subjects,
//! quoted-printable, base64 and 7bit bodies, multipart/alternative, CRLF everywhere.

use chrono::{DateTime, FixedOffset};

/// How a body part is encoded.
#[derive(Clone, Copy)]
pub enum Transfer {
    QuotedPrintable,
    Base64,
    SevenBit,
}

/// A message to write.
pub struct Mail<'a> {
    pub from: &'a str,
    pub to: &'a str,
    pub subject: &'a str,
    pub date: DateTime<FixedOffset>,
    pub message_id: &'a str,
    pub text: &'a str,
    /// An HTML alternative, with the boundary to use.
    pub html: Option<(&'a str, &'a str)>,
    pub transfer: Transfer,
}

/// A header value: as is when ASCII, else an RFC 2047 `Q` encoded word.
fn header(value: &str) -> String {
    if value.is_ascii() {
        return value.to_string();
    }
    let mut out = String::from("=?utf-8?q?");
    for b in value.bytes() {
        match b {
            b' ' => out.push('_'),
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b',' | b'-' => out.push(char::from(b)),
            _ => out.push_str(&format!("={b:02X}")),
        }
    }
    out.push_str("?=");
    out
}

fn quoted_printable(text: &str) -> String {
    let mut out = String::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str("\r\n");
        }
        let mut width = 0;
        let bytes = line.as_bytes();
        for (j, &b) in bytes.iter().enumerate() {
            let last = j + 1 == bytes.len();
            let plain = (b == b' ' && !last) || (b.is_ascii_graphic() && b != b'=');
            let piece = if plain {
                char::from(b).to_string()
            } else {
                format!("={b:02X}")
            };
            if width + piece.len() > 75 {
                out.push_str("=\r\n");
                width = 0;
            }
            width += piece.len();
            out.push_str(&piece);
        }
    }
    out
}

fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut flat = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                flat.push(char::from(ABC[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                flat.push('=');
            }
        }
    }
    let lines: Vec<&str> = flat
        .as_bytes()
        .chunks(76)
        .map(|c| std::str::from_utf8(c).unwrap_or(""))
        .collect();
    lines.join("\r\n")
}

fn part(content_type: &str, body: &str, transfer: Transfer) -> String {
    let (name, encoded) = match transfer {
        Transfer::QuotedPrintable => ("quoted-printable", quoted_printable(body)),
        Transfer::Base64 => ("base64", base64(body.as_bytes())),
        Transfer::SevenBit => ("7bit", body.replace('\n', "\r\n")),
    };
    let encoded = encoded.trim_end_matches("\r\n");
    format!(
        "Content-Type: {content_type}; charset=\"utf-8\"\r\nContent-Transfer-Encoding: {name}\r\n\r\n{encoded}\r\n"
    )
}

impl Mail<'_> {
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = format!(
            "From: {}\r\nTo: {}\r\nSubject: {}\r\nDate: {}\r\nMessage-ID: {}\r\nMIME-Version: 1.0\r\n",
            header(self.from),
            header(self.to),
            header(self.subject),
            self.date.format("%a, %d %b %Y %H:%M:%S %z"),
            self.message_id
        );
        match self.html {
            None => out.push_str(&part("text/plain", self.text, self.transfer)),
            Some((html, boundary)) => {
                out.push_str(&format!(
                    "Content-Type: multipart/alternative; boundary=\"{boundary}\"\r\n\r\n--{boundary}\r\n"
                ));
                out.push_str(&part("text/plain", self.text, self.transfer));
                out.push_str(&format!("\r\n--{boundary}\r\n"));
                out.push_str(&part("text/html", html, self.transfer));
                out.push_str(&format!("\r\n--{boundary}--\r\n"));
            }
        }
        out.into_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_are_encoded_as_mail_programs_do() {
        assert_eq!(base64(b"Ma"), "TWE=");
        assert_eq!(base64(b"Man"), "TWFu");
        assert_eq!(quoted_printable("a = b – c "), "a =3D b =E2=80=93 c=20");
        let long = quoted_printable(&"x".repeat(100));
        assert!(
            long.split("\r\n").all(|l| l.len() <= 76),
            "lines stay short"
        );
        assert_eq!(header("Data – UU"), "=?utf-8?q?Data_=E2=80=93_UU?=");
    }
}
