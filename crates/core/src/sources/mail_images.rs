//! Image attachments of a message (a photo of a KTP sent with a request or in answer to a
//! verification request) are left out of the original PDP Desk keeps as evidence: their bodies
//! are emptied, everything else stays byte for byte, and what was left out (name, type, size,
//! SHA-256 of the image) is said in the request's history. PDP Desk never stores an image of an
//! ID card.

use mail_parser::{MessageParser, MimeHeaders};
use sha2::{Digest, Sha256};

/// An image attachment left out of the kept original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    pub name: Option<String>,
    pub content_type: String,
    pub size: usize,
    pub sha256: String,
}

/// The message with its image attachments emptied, and what was left out. A message without
/// images comes back unchanged.
pub fn without_images(raw: &[u8]) -> (Vec<u8>, Vec<LeftOut>) {
    let Some(msg) = MessageParser::default().parse(raw) else {
        return (raw.to_vec(), Vec::new());
    };
    let mut ranges = Vec::new();
    let mut left_out = Vec::new();
    for part in msg.attachments() {
        let Some(ct) = part.content_type() else {
            continue;
        };
        if !ct.ctype().eq_ignore_ascii_case("image") {
            continue;
        }
        let (start, end) = (part.offset_body as usize, part.offset_end as usize);
        if start >= end || end > raw.len() {
            continue;
        }
        ranges.push((start, end));
        left_out.push(LeftOut {
            name: part.attachment_name().map(String::from),
            content_type: match ct.subtype() {
                Some(sub) => format!("{}/{sub}", ct.ctype()),
                None => ct.ctype().to_string(),
            },
            size: part.contents().len(),
            sha256: format!("{:x}", Sha256::digest(part.contents())),
        });
    }
    if ranges.is_empty() {
        return (raw.to_vec(), left_out);
    }
    ranges.sort_unstable();
    let mut out = Vec::with_capacity(raw.len());
    let mut at = 0;
    for (start, end) in ranges {
        if start < at {
            continue;
        }
        out.extend_from_slice(&raw[at..start]);
        out.extend_from_slice(b"\r\n");
        at = end;
    }
    out.extend_from_slice(&raw[at..]);
    (out, left_out)
}

/// The history's line for what was left out, or `None` when nothing was.
pub fn left_out_note(left: &[LeftOut]) -> Option<String> {
    if left.is_empty() {
        return None;
    }
    let items: Vec<String> = left
        .iter()
        .map(|l| {
            format!(
                "{} ({}, {} byte, SHA-256 {})",
                l.name.as_deref().unwrap_or("tanpa nama"),
                l.content_type,
                l.size,
                &l.sha256[..16]
            )
        })
        .collect();
    Some(format!(
        "Lampiran gambar tidak disimpan sebagai bukti (bisa jadi foto kartu identitas; PDP Desk tidak menyimpan gambar KTP): {}. Bila perlu, petugas melihatnya di kotak surat kantor.",
        items.join("; ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAIL: &[u8] = b"From: Budi <budi@example.com>\r\nTo: privasi@kantor.example\r\nSubject: Re: Verifikasi\r\nMessage-ID: <a@b>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBerikut KTP saya.\r\n--b1\r\nContent-Type: image/jpeg; name=\"ktp.jpg\"\r\nContent-Disposition: attachment; filename=\"ktp.jpg\"\r\nContent-Transfer-Encoding: base64\r\n\r\n/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHR8eHR0a\r\n--b1\r\nContent-Type: application/pdf; name=\"kuasa.pdf\"\r\nContent-Disposition: attachment; filename=\"kuasa.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--b1--\r\n";

    #[test]
    fn the_image_is_left_out_and_the_rest_kept() {
        let (kept, left) = without_images(MAIL);
        assert_eq!(left.len(), 1, "{left:?}");
        assert_eq!(left[0].name.as_deref(), Some("ktp.jpg"));
        assert_eq!(left[0].content_type, "image/jpeg");
        let text = String::from_utf8(kept.clone()).unwrap();
        assert!(
            !text.contains("/9j/4AAQ"),
            "the image's bytes are gone: {text}"
        );
        assert!(
            text.contains("Berikut KTP saya.") && text.contains("JVBERi0xLjQK"),
            "the rest stays"
        );
        let again = crate::sources::mail::parse(&kept, std::path::Path::new("kept.eml"))
            .expect("the kept message still parses");
        assert_eq!(again.subject, "Re: Verifikasi");
        assert!(left_out_note(&left).unwrap().contains("ktp.jpg"));
        let plain = b"From: a@b.c\r\nSubject: x\r\n\r\nhalo\r\n";
        assert_eq!(
            without_images(plain),
            (plain.to_vec(), vec![]),
            "no image, no change"
        );
    }
}
