//! One e-mail as intake needs it: who wrote, when it arrived, what it says, how it threads, and
//! which attachments it carries (listed, never opened). Parsing is mail-parser's; this module only
//! picks the fields and refuses what is not an e-mail.

use crate::{CoreError, Result};
use chrono::{DateTime, FixedOffset};
use mail_parser::{Address, HeaderValue, MessageParser, MimeHeaders};
use serde::Serialize;
use std::path::Path;
use ts_rs::TS;

/// An address with its display name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct MailAddress {
    pub name: Option<String>,
    pub address: String,
}

/// An attachment as listed in the message; its contents are never opened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct AttachmentInfo {
    pub name: Option<String>,
    pub content_type: String,
    pub size: usize,
}

/// The fields of an e-mail that intake works with.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ParsedMail {
    pub message_id: Option<String>,
    pub in_reply_to: Vec<String>,
    pub references: Vec<String>,
    pub subject: String,
    pub from: Option<MailAddress>,
    pub reply_to: Option<MailAddress>,
    pub to: Vec<MailAddress>,
    /// The `Date` header: when the sender says it was written.
    pub date: Option<DateTime<FixedOffset>>,
    /// The newest `Received` header: when the office's mail server took it in.
    pub received: Option<DateTime<FixedOffset>>,
    /// The decoded text of the message (HTML-only mail converted to text).
    pub body: String,
    pub attachments: Vec<AttachmentInfo>,
}

fn addresses(a: Option<&Address>) -> Vec<MailAddress> {
    a.map(|a| {
        a.iter()
            .filter_map(|x| {
                Some(MailAddress {
                    name: x
                        .name()
                        .map(|n| n.trim().to_string())
                        .filter(|n| !n.is_empty()),
                    address: x.address()?.trim().to_string(),
                })
            })
            .collect()
    })
    .unwrap_or_default()
}

fn ids(v: &HeaderValue) -> Vec<String> {
    match v {
        HeaderValue::Text(t) => vec![t.to_string()],
        HeaderValue::TextList(l) => l.iter().map(|t| t.to_string()).collect(),
        _ => Vec::new(),
    }
}

fn to_chrono(d: &mail_parser::DateTime) -> Option<DateTime<FixedOffset>> {
    DateTime::parse_from_rfc3339(&d.to_rfc3339()).ok()
}

/// Parses one message. `name` is used in error messages (the file, or the file and the message's
/// position in a mailbox).
pub fn parse(raw: &[u8], name: &Path) -> Result<ParsedMail> {
    let bad = |message: &str| CoreError::File {
        path: name.to_path_buf(),
        message: message.to_string(),
    };
    if raw.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(bad("the file is empty"));
    }
    let msg = MessageParser::default()
        .parse(raw)
        .ok_or_else(|| bad("not an e-mail message"))?;
    let has_mail_headers =
        msg.from().is_some() || msg.message_id().is_some() || msg.date().is_some();
    if !has_mail_headers {
        return Err(bad(
            "not an e-mail message: no From, Message-ID or Date header",
        ));
    }
    let boundary = msg
        .content_type()
        .filter(|c| c.ctype() == "multipart")
        .and_then(|c| c.attribute("boundary"));
    if let Some(boundary) = boundary {
        let closing = format!("--{boundary}--");
        if !raw.windows(closing.len()).any(|w| w == closing.as_bytes()) {
            return Err(bad(
                "the message is truncated: its multipart body has no closing boundary",
            ));
        }
    }
    let body = (0..msg.text_body_count().max(1))
        .filter_map(|i| msg.body_text(i))
        .map(|t| t.replace("\r\n", "\n"))
        .collect::<Vec<_>>()
        .join("\n\n");
    let attachments = msg
        .attachments()
        .map(|a| AttachmentInfo {
            name: a.attachment_name().map(String::from),
            content_type: a
                .content_type()
                .map(|c| match c.subtype() {
                    Some(sub) => format!("{}/{sub}", c.ctype()),
                    None => c.ctype().to_string(),
                })
                .unwrap_or_else(|| "application/octet-stream".into()),
            size: a.contents().len(),
        })
        .collect();
    Ok(ParsedMail {
        message_id: msg.message_id().map(String::from),
        in_reply_to: ids(msg.in_reply_to()),
        references: ids(msg.references()),
        subject: msg.subject().unwrap_or_default().trim().to_string(),
        from: addresses(msg.from()).into_iter().next(),
        reply_to: addresses(msg.reply_to()).into_iter().next(),
        to: addresses(msg.to()),
        date: msg.date().and_then(to_chrono),
        received: msg
            .received()
            .and_then(|r| r.date.as_ref())
            .and_then(to_chrono),
        body,
        attachments,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(raw: &str) -> Result<ParsedMail> {
        parse(raw.as_bytes(), Path::new("test.eml"))
    }

    #[test]
    fn multipart_with_attachment_and_encoded_headers() {
        let raw = "From: =?UTF-8?Q?Ren=C3=A9e_Siti?= <renee@example.co.id>\r\n\
To: Privasi <privasi@example.com>\r\n\
Subject: =?UTF-8?B?UGVybW9ob25hbiBoYXB1cyBkYXRh?=\r\n\
Date: Tue, 10 Nov 2026 09:15:00 +0700\r\n\
Received: from mx.example.com by mail.example.com; Tue, 10 Nov 2026 09:16:02 +0700\r\n\
Message-ID: <abc@example.co.id>\r\n\
MIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n\
--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
Mohon hapus data saya, Ren=C3=A9e.\r\n\
--b1\r\nContent-Type: image/jpeg; name=\"ktp.jpg\"\r\nContent-Disposition: attachment; filename=\"ktp.jpg\"\r\nContent-Transfer-Encoding: base64\r\n\r\n/9j/4AAQ\r\n\
--b1--\r\n";
        let m = p(raw).unwrap();
        assert_eq!(m.subject, "Permohonan hapus data");
        assert_eq!(m.from.as_ref().unwrap().name.as_deref(), Some("Renée Siti"));
        assert_eq!(m.message_id.as_deref(), Some("abc@example.co.id"));
        assert!(
            m.body.contains("Mohon hapus data saya, Renée."),
            "QP decoded: {:?}",
            m.body
        );
        assert_eq!(m.attachments.len(), 1, "the attachment is listed");
        assert_eq!(m.attachments[0].name.as_deref(), Some("ktp.jpg"));
        assert_eq!(m.attachments[0].content_type, "image/jpeg");
        assert_eq!(
            m.received.unwrap().to_rfc3339(),
            "2026-11-10T09:16:02+07:00"
        );
    }

    #[test]
    fn html_only_latin1_mail_becomes_text() {
        let raw = "From: andre@example.com\r\nDate: Wed, 11 Nov 2026 10:00:00 +0800\r\nSubject: =?ISO-8859-1?Q?Andr=E9?=\r\n\
Content-Type: text/html; charset=windows-1252\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
<html><body><p>Saya minta salinan data saya =93segera=94.</p></body></html>\r\n";
        let m = p(raw).unwrap();
        assert_eq!(m.subject, "André");
        assert!(
            m.body.contains("Saya minta salinan data saya “segera”."),
            "cp1252 quotes decoded: {:?}",
            m.body
        );
        assert_eq!(
            m.from.unwrap().name,
            None,
            "a bare address has no display name"
        );
    }

    #[test]
    fn replies_carry_their_thread() {
        let raw = "From: a@example.com\r\nMessage-ID: <r2@x>\r\nIn-Reply-To: <r1@x>\r\nReferences: <r0@x> <r1@x>\r\nSubject: Re: hapus data\r\n\r\nSudah saya kirim KTP.\r\n";
        let m = p(raw).unwrap();
        assert_eq!(m.in_reply_to, ["r1@x"]);
        assert_eq!(m.references, ["r0@x", "r1@x"]);
    }

    #[test]
    fn a_truncated_multipart_is_refused() {
        let raw = "From: a@example.com\r\nMessage-ID: <t@x>\r\nContent-Type: multipart/mixed; boundary=\"q\"\r\n\r\n--q\r\nContent-Type: text/plain\r\n\r\nMohon hapus da";
        let err = p(raw).unwrap_err().to_string();
        assert!(
            err.contains("truncated") && err.contains("test.eml"),
            "{err}"
        );
    }

    #[test]
    fn what_is_not_mail_is_refused_with_the_file_name() {
        for raw in [
            "",
            "   \n",
            "Nama;Email;Telepon\nBudi;budi@example.com;0812\n",
            "%PDF-1.7 binary",
        ] {
            let err = p(raw)
                .err()
                .unwrap_or_else(|| panic!("{raw:?} must be refused"));
            assert!(err.to_string().contains("test.eml"), "{err}");
        }
    }
}
