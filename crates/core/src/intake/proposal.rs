//! A proposed register entry for one message: the rights with their trigger phrases, the claimed
//! requester, and the time of receipt with where it was read. Pure: the store decides whether the
//! message is new, a reply or a duplicate.

use super::requester::{claimed_requester, ClaimedRequester};
use super::rights::{classify, Classification, Highlight};
use crate::identifiers::nik::Nik;
use crate::register::NewRequest;
use crate::sources::mail::ParsedMail;
use crate::text::shown;
use crate::vocabulary::{Channel, Right};
use chrono::{DateTime, FixedOffset};
use serde::Serialize;
use ts_rs::TS;

/// Where the time of receipt was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum ReceivedSource {
    /// The newest `Received` header: the office's server took the message in then.
    ReceivedHeader,
    /// The sender's `Date` header.
    DateHeader,
    /// Neither header: the file's modification time (staff should check it).
    FileTime,
}

/// What intake proposes for one message.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Proposal {
    pub mail: ParsedMail,
    /// The text that was analysed, `subject`, a blank line, then the body; every highlight
    /// (rights, context, role) points into it.
    pub text: String,
    pub classification: Classification,
    pub requester: ClaimedRequester,
    pub received_at: DateTime<FixedOffset>,
    pub received_source: ReceivedSource,
    /// The register entry proposed (rights found, the claimed requester, the full NIK read from
    /// the body for the register to mask), which staff edit before registering.
    pub form: NewRequest,
}

/// Builds the proposal. `file_time` is used only when the message has neither a Received nor a
/// Date header.
pub fn propose(mail: ParsedMail, file_time: DateTime<FixedOffset>) -> Proposal {
    let text = format!("{}\n\n{}", mail.subject, mail.body);
    let classification = classify(&text);
    let office: Vec<String> = mail.to.iter().map(|a| a.address.to_lowercase()).collect();
    let mut requester = claimed_requester(&mail, &office);
    let shift = mail.subject.len() + 2;
    requester.role_phrases = requester
        .role_phrases
        .into_iter()
        .map(|h| Highlight {
            start: h.start + shift,
            end: h.end + shift,
            text: h.text,
        })
        .collect();
    let (received_at, received_source) = match (mail.received, mail.date) {
        (Some(r), _) => (r, ReceivedSource::ReceivedHeader),
        (None, Some(d)) => (d, ReceivedSource::DateHeader),
        (None, None) => (file_time, ReceivedSource::FileTime),
    };
    let form = proposed_form(&mail, &requester, &classification, received_at);
    Proposal {
        mail,
        text,
        classification,
        requester,
        received_at,
        received_source,
        form,
    }
}

impl Proposal {
    /// The register entry this proposal suggests, with `rights` when staff chose them.
    pub fn to_form(&self, rights: &[Right]) -> NewRequest {
        let mut form = self.form.clone();
        if !rights.is_empty() {
            form.rights = rights.to_vec();
        }
        form
    }
}

/// The register entry a message suggests: the rights found, the claimed requester (the sender's
/// address standing in for a missing name), the time of receipt, and a note naming the message.
fn proposed_form(
    mail: &ParsedMail,
    r: &ClaimedRequester,
    classification: &Classification,
    received_at: DateTime<FixedOffset>,
) -> NewRequest {
    let attachments: Vec<String> = mail
        .attachments
        .iter()
        .map(|a| a.name.clone().unwrap_or_else(|| a.content_type.clone()))
        .collect();
    let mut notes = format!("Diterima lewat e-mail: \"{}\"", shown(&mail.subject));
    if !attachments.is_empty() {
        notes.push_str(&format!(
            " (lampiran, tidak dibuka: {})",
            attachments.join(", ")
        ));
    }
    NewRequest {
        received_at: Some(received_at.to_rfc3339()),
        channel: Channel::Email,
        rights: classification.rights.iter().map(|f| f.right).collect(),
        name: r
            .name
            .clone()
            .or_else(|| r.emails.first().cloned())
            .unwrap_or_default(),
        emails: r.emails.clone(),
        phones: r.phones.clone(),
        postal_address: None,
        // The full number is read again from the body: the register masks it when storing.
        nik: r.nik_masked.as_ref().and_then(|_| first_nik(&mail.body)),
        role: r.role,
        on_behalf_of: r.on_behalf_of.clone(),
        notes: Some(notes),
        controller: None,
    }
}

fn first_nik(body: &str) -> Option<String> {
    body.split(|c: char| !c.is_ascii_digit())
        .find(|d| d.len() == 16 && Nik::parse(d).is_ok())
        .map(String::from)
}

/// The subject without reply and forward prefixes, lower-cased, to thread replies that lost their
/// In-Reply-To header.
pub fn subject_key(subject: &str) -> String {
    let mut s = subject.trim();
    loop {
        let lower = s.to_lowercase();
        let prefix = ["re:", "fw:", "fwd:", "balas:", "bls:", "aw:", "tr:", "r:"]
            .iter()
            .find(|p| lower.starts_with(*p));
        match prefix {
            Some(p) => s = s[p.len()..].trim_start(),
            None => break,
        }
    }
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sources::mail::parse;
    use std::path::Path;

    #[test]
    fn highlights_point_into_the_analysed_text() {
        let raw = "From: Wati <wati@example.com>\r\nTo: privasi@office.co.id\r\nDate: Mon, 23 Nov 2026 20:05:00 +0800\r\nSubject: Hapus data\r\n\r\nSaya orang tua dari Sinta Dewi. Mohon hapus data pribadi anak saya.\r\n";
        let mail = parse(raw.as_bytes(), Path::new("x.eml")).unwrap();
        let p = propose(
            mail,
            DateTime::parse_from_rfc3339("2026-11-24T00:00:00+07:00").unwrap(),
        );
        for h in p
            .classification
            .rights
            .iter()
            .flat_map(|f| &f.phrases)
            .chain(&p.requester.role_phrases)
        {
            assert_eq!(
                &p.text[h.start..h.end],
                h.text,
                "offsets must point at the phrase in `text`"
            );
        }
        assert_eq!(p.received_source, ReceivedSource::DateHeader);
        assert_eq!(p.received_at.to_rfc3339(), "2026-11-23T20:05:00+08:00");
        assert!(p
            .requester
            .emails
            .iter()
            .all(|e| e != "privasi@office.co.id"));
    }

    #[test]
    fn reply_prefixes_are_folded() {
        assert_eq!(
            subject_key("Re: Balas: FWD:  Permohonan  Hapus Data"),
            "permohonan hapus data"
        );
    }
}
