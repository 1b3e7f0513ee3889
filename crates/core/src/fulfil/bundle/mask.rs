//! Other people's e-mail addresses and phone numbers inside the subject's records (a relative's
//! number on an invoice, a colleague's address in a message) are masked before anything leaves
//! (UU PDP Pasal 33): every address or number that is not one of the subject's own identifiers.

use crate::identifiers::email;
use crate::identifiers::keys::{email_key, phone_key};
use crate::identifiers::phone;
use serde::Serialize;
use std::collections::BTreeSet;
use ts_rs::TS;

/// What is put in place of a third party's address or number.
pub const MASK: &str = "[disamarkan]";

/// One masking, for the internal record: where, what kind, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Masked {
    /// The bundle's entry and record, e.g. `data/Ekspor/kontak.csv` record 12.
    pub entry: String,
    pub record: u64,
    pub field: String,
    /// `email` or `phone`.
    pub kind: String,
    /// The first and last characters only (`ad…@example.com` / `+62…7890`), so staff can tell
    /// what was masked without the record keeping it in clear.
    pub hint: String,
}

/// The subject's own addresses and numbers, as keys.
#[derive(Debug, Clone, Default)]
pub struct Masker {
    emails: BTreeSet<String>,
    phones: BTreeSet<String>,
}

fn hint(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= 6 {
        return "…".into();
    }
    let head: String = chars[..2].iter().collect();
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{head}…{tail}")
}

/// The subject's own address as a certificate names it: the first two characters of the name
/// and the domain (`bu…@example.com`), enough for the subject to know it, not to write to it.
pub fn masked_email(address: &str) -> String {
    match address.rsplit_once('@') {
        Some((name, domain)) => {
            let head: String = name.chars().take(2).collect();
            format!("{head}…@{domain}")
        }
        None => hint(address),
    }
}

/// The subject's own number as a certificate names it: the first five and the last four
/// characters (`+6281…2222`).
pub fn masked_phone(number: &str) -> String {
    let chars: Vec<char> = number.chars().collect();
    if chars.len() <= 9 {
        return hint(number);
    }
    let head: String = chars[..5].iter().collect();
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{head}…{tail}")
}

impl Masker {
    pub fn new<'a>(
        emails: impl IntoIterator<Item = &'a str>,
        phones: impl IntoIterator<Item = &'a str>,
    ) -> Masker {
        Masker {
            emails: emails.into_iter().filter_map(email_key).collect(),
            phones: phones
                .into_iter()
                .filter_map(|p| phone_key(p).map(|k| k.digits))
                .collect(),
        }
    }

    fn theirs_email(&self, text: &str) -> bool {
        email_key(text).is_some_and(|k| !self.emails.contains(&k))
    }

    fn theirs_phone(&self, text: &str) -> bool {
        phone_key(text).is_some_and(|k| !self.phones.contains(&k.digits))
    }

    /// The value with every third party's address and number masked, and what was masked.
    pub fn mask(&self, value: &str) -> (String, Vec<(&'static str, String)>) {
        let mut out = value.to_string();
        let mut masked = Vec::new();
        let found: Vec<String> = email::find_in_text(value).map(str::to_string).collect();
        for e in found {
            if self.theirs_email(&e) {
                out = out.replace(&e, MASK);
                masked.push(("email", hint(&e)));
            }
        }
        // Phones found in what is left, from the end so the positions stay right.
        let mut phones = phone::find_in_text(&out);
        phones.sort_by_key(|p| std::cmp::Reverse(p.start));
        for p in phones {
            let written = out[p.start..p.end].to_string();
            if self.theirs_phone(&written) {
                out.replace_range(p.start..p.end, MASK);
                masked.push(("phone", hint(&p.e164)));
            }
        }
        (out, masked)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_subjects_own_contacts_are_shown_masked_on_a_certificate() {
        assert_eq!(masked_email("budi.santoso@example.com"), "bu…@example.com");
        assert_eq!(masked_phone("+6281200002222"), "+6281…2222");
        assert_eq!(masked_phone("12345"), "…", "too short to show any of it");
    }

    #[test]
    fn only_other_peoples_addresses_and_numbers_are_masked() {
        let m = Masker::new(["budi@example.com"], ["0812-0000-2222"]);
        let (out, masked) = m.mask(
            "Budi (budi@example.com, +62 812-0000-2222); istri: ani@example.com 0813-1111-3333",
        );
        assert_eq!(
            out,
            "Budi (budi@example.com, +62 812-0000-2222); istri: [disamarkan] [disamarkan]"
        );
        assert_eq!(masked.len(), 2, "{masked:?}");
        assert_eq!(masked[0].0, "email");
        assert!(
            !masked[0].1.contains("ani@"),
            "the hint does not carry the address: {masked:?}"
        );
        assert_eq!(
            m.mask("Invoice 11676, total 250000"),
            ("Invoice 11676, total 250000".into(), vec![])
        );
    }
}
