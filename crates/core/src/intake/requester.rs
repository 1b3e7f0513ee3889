//! Who claims to ask: the requester's names, addresses, phone numbers and NIK as the message gives
//! them, and whether they write for someone else. Nothing here verifies identity: an e-mail only
//! says who claims to ask.

use super::rights::Highlight;
use crate::identifiers::{email, nik::Nik, phone};
use crate::sources::mail::{MailAddress, ParsedMail};
use crate::text::check_name;
use crate::vocabulary::RequesterRole;
use serde::Serialize;
use ts_rs::TS;

/// Where a name was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum NameSource {
    /// A "Nama: …" / "Name: …" line.
    NameLine,
    /// "Saya …" / "nama saya …" / "My name is …".
    Introduction,
    /// The display name of From (or of the forwarded message's From).
    Sender,
    /// The line under "Hormat saya," / "Regards,".
    Signature,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct NameCandidate {
    pub name: String,
    pub source: NameSource,
}

/// The requester as the message presents them.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ClaimedRequester {
    /// The best name: a name line, else the introduction, else the sender's display name, else the signature.
    pub name: Option<String>,
    pub names: Vec<NameCandidate>,
    /// Normalised; the sender's address first.
    pub emails: Vec<String>,
    /// E.164.
    pub phones: Vec<String>,
    pub nik_masked: Option<String>,
    pub role: RequesterRole,
    pub on_behalf_of: Option<String>,
    /// The words that made intake think the writer acts for someone else.
    pub role_phrases: Vec<Highlight>,
}

const HONORIFICS: &[&str] = &[
    "bapak", "bpk", "pak", "ibu", "bu", "sdr", "sdri", "saudara", "saudari", "kak", "mas", "mbak",
    "mr", "mrs", "ms",
];
const CLOSINGS: &[&str] = &[
    "hormat saya",
    "hormat kami",
    "salam",
    "terima kasih",
    "terimakasih",
    "best regards",
    "kind regards",
    "regards",
    "thanks",
    "thank you",
    "sincerely",
    "wassalam",
    "salam hangat",
];
const GUARDIAN_CUES: &[&str] = &[
    "anak saya",
    "putra saya",
    "putri saya",
    "my son",
    "my daughter",
    "my child",
    "orang tua dari",
    "parent of",
    "wali dari",
    "guardian of",
    "ayah dari",
    "ibu dari",
];
const AGENT_CUES: &[&str] = &[
    "atas nama",
    "on behalf of",
    "mewakili",
    "surat kuasa",
    "kuasa hukum",
    "representing",
];

/// Capitalised words from the start of `s` (1–5 of them), honorifics dropped: "Bapak Yusuf Efendi
/// berdasarkan" → "Yusuf Efendi". Initials such as "H." and single letters such as "I" count.
fn leading_name(s: &str) -> Option<String> {
    let mut words = Vec::new();
    for raw in s.split_whitespace() {
        // "I Gede Agus Wirawan (Gede)": a bracket closes the name.
        if raw.starts_with('(') && !words.is_empty() {
            break;
        }
        let w =
            raw.trim_matches(|c: char| matches!(c, ',' | '.' | ';' | ':' | '(' | ')' | '"' | '\''));
        let first = w.chars().next();
        let looks_like_name = first.is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.'));
        if !looks_like_name {
            break;
        }
        if words.is_empty() && HONORIFICS.contains(&w.to_lowercase().as_str()) {
            continue;
        }
        words.push(w.to_string());
        if words.len() == 5 || raw.ends_with([',', '.', ';', ')', '(']) && !is_initial(raw) {
            break;
        }
    }
    (!words.is_empty()).then(|| words.join(" "))
}

fn is_initial(w: &str) -> bool {
    let core = w.trim_end_matches('.');
    core.chars().count() == 1 && w.ends_with('.')
}

/// Finds `cue` case-insensitively at a word start; returns the byte offset after it.
fn after_cue(text: &str, lower: &str, cue: &str) -> Vec<(usize, usize)> {
    lower
        .match_indices(cue)
        .filter(|(i, _)| {
            *i == 0
                || !lower[..*i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
        })
        .filter(|(i, _)| text.is_char_boundary(*i) && text.is_char_boundary(i + cue.len()))
        .map(|(i, _)| (i, i + cue.len()))
        .collect()
}

fn names_in_body(body: &str) -> Vec<NameCandidate> {
    let mut out = Vec::new();
    let lines: Vec<&str> = body.lines().map(str::trim).collect();
    for line in &lines {
        let lower = line.to_lowercase();
        for label in ["nama lengkap", "nama", "name", "full name"] {
            if let Some(rest) = lower.strip_prefix(label) {
                let rest_trim = rest.trim_start();
                if let Some(value) = rest_trim.strip_prefix(':') {
                    let start = line.len() - value.len();
                    if let Some(n) = leading_name(&line[start..]) {
                        out.push(NameCandidate {
                            name: n,
                            source: NameSource::NameLine,
                        });
                    }
                    break;
                }
            }
        }
    }
    let lower = body.to_lowercase();
    for cue in ["nama saya ", "my name is ", "saya ", "i am ", "i'm "] {
        for (_, end) in after_cue(body, &lower, cue) {
            if let Some(n) = leading_name(&body[end..]) {
                out.push(NameCandidate {
                    name: n,
                    source: NameSource::Introduction,
                });
            }
        }
    }
    for (i, line) in lines.iter().enumerate() {
        let l = line.to_lowercase();
        let l = l.trim_end_matches([',', '.', '!']);
        if CLOSINGS.contains(&l) {
            if let Some(next) = lines[i + 1..].iter().find(|x| !x.is_empty()) {
                if let Some(n) = leading_name(next).filter(|n| n.len() + 2 >= next.len()) {
                    out.push(NameCandidate {
                        name: n,
                        source: NameSource::Signature,
                    });
                }
            }
        }
    }
    out
}

/// The sender shown in a forwarded message (`From:` / `Dari:` after a forward marker).
pub fn forwarded_sender(body: &str) -> Option<MailAddress> {
    let lower = body.to_lowercase();
    let marker = [
        "forwarded message",
        "pesan yang diteruskan",
        "begin forwarded message",
        "original message",
        "pesan asli",
    ]
    .iter()
    .filter_map(|m| lower.find(m))
    .min()?;
    body[marker..].lines().find_map(|line| {
        let t = line.trim().trim_start_matches('*');
        let value = ["From:", "Dari:", "from:", "dari:"]
            .iter()
            .find_map(|p| t.strip_prefix(p))?;
        let value = value.trim().trim_matches('*').trim();
        let (name, addr) = match (value.rfind('<'), value.rfind('>')) {
            (Some(a), Some(b)) if a < b => (value[..a].trim().trim_matches('"'), &value[a + 1..b]),
            _ => ("", value),
        };
        let address = email::normalise(addr).ok()?;
        Some(MailAddress {
            name: (!name.is_empty()).then(|| name.to_string()),
            address,
        })
    })
}

/// Reads the requester from a message. `office` lists the office's own addresses (the To of a
/// request), which are never taken as the requester's.
pub fn claimed_requester(mail: &ParsedMail, office: &[String]) -> ClaimedRequester {
    let forwarded = forwarded_sender(&mail.body);
    let sender = forwarded.as_ref().or(mail.from.as_ref());
    let mut names = names_in_body(&mail.body);
    if let Some(n) = sender.and_then(|s| s.name.clone()) {
        names.push(NameCandidate {
            name: n,
            source: NameSource::Sender,
        });
    }
    // A decoded header or a body line can hold controls or bidi overrides: such a name is not
    // proposed (the message itself stays in the evidence as it came).
    names.retain(|n| check_name("name", &n.name).is_ok());
    names.dedup();
    let best = [
        NameSource::NameLine,
        NameSource::Introduction,
        NameSource::Sender,
        NameSource::Signature,
    ]
    .iter()
    .find_map(|src| names.iter().find(|n| n.source == *src))
    .map(|n| n.name.clone());

    let is_office = |a: &str| office.iter().any(|o| o.eq_ignore_ascii_case(a));
    let mut emails: Vec<String> = Vec::new();
    let forwarder = forwarded
        .as_ref()
        .and(mail.from.as_ref())
        .map(|f| f.address.to_lowercase());
    let header_addrs = [sender, mail.reply_to.as_ref()]
        .into_iter()
        .flatten()
        .map(|a| a.address.clone());
    let body_addrs = email::find_in_text(&mail.body).map(String::from);
    for candidate in header_addrs.chain(body_addrs) {
        if let Ok(e) = email::normalise(&candidate) {
            if !is_office(&e) && Some(&e) != forwarder.as_ref() && !emails.contains(&e) {
                emails.push(e);
            }
        }
    }
    let mut phones: Vec<String> = Vec::new();
    for f in phone::find_in_text(&mail.body) {
        if !phones.contains(&f.e164) {
            phones.push(f.e164);
        }
    }
    let nik_masked = mail
        .body
        .split(|c: char| !c.is_ascii_digit())
        .filter(|d| d.len() == 16)
        .find_map(|d| Nik::parse(d).ok())
        .map(|n| n.masked());

    let (role, on_behalf_of, role_phrases) = role_of(&mail.body);
    let on_behalf_of = on_behalf_of.filter(|n| check_name("on_behalf_of", n).is_ok());
    ClaimedRequester {
        name: best,
        names,
        emails,
        phones,
        nik_masked,
        role,
        on_behalf_of,
        role_phrases,
    }
}

/// Whether the writer acts for someone else, for whom, and the words that say so.
fn role_of(body: &str) -> (RequesterRole, Option<String>, Vec<Highlight>) {
    let lower = body.to_lowercase();
    let mut phrases = Vec::new();
    let mut role = RequesterRole::Subject;
    let mut on_behalf_of = None;
    for (cues, cue_role) in [
        (GUARDIAN_CUES, RequesterRole::Guardian),
        (AGENT_CUES, RequesterRole::Agent),
    ] {
        for cue in cues {
            for (start, end) in after_cue(body, &lower, cue) {
                let rest = body[end..].trim_start_matches([' ', ',', ':']);
                let named = leading_name(rest);
                // "atas nama ayah saya" names nobody; "atas nama Bapak Yusuf" does.
                if *cue == "atas nama" && named.is_none() {
                    continue;
                }
                phrases.push(Highlight {
                    start,
                    end,
                    text: body[start..end].to_string(),
                });
                if role == RequesterRole::Subject
                    || (role == RequesterRole::Agent && cue_role == RequesterRole::Guardian)
                {
                    role = cue_role;
                }
                if on_behalf_of.is_none() {
                    on_behalf_of = named;
                }
            }
        }
    }
    phrases.sort_by_key(|h| h.start);
    (role, on_behalf_of, phrases)
}

#[cfg(test)]
#[path = "requester_tests.rs"]
mod tests;
