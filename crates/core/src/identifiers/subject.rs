//! The subject's search keys and the identifiers a record carries, as the search and the index
//! both read them: one reading, so that what the index files a record under is what a search
//! looks it up by.

use super::email;
use super::keys::{email_key, name_starts, nik_key, phone_key, PhoneNote};
use super::phone::find_in_text;
use crate::vocabulary::FieldRole;

/// The query's identifiers as search keys.
#[derive(Debug, Clone, Default)]
pub struct Subject {
    pub name: Option<String>,
    /// The starts of the name's words: the index keys a name is looked up by.
    pub starts: Vec<String>,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub niks: Vec<String>,
}

impl Subject {
    /// The keys of a subject as staff or the request give them: blanks and spellings that are no
    /// identifier are left out, each key once.
    pub fn of(
        name: Option<&str>,
        emails: &[String],
        phones: &[String],
        niks: &[String],
    ) -> Subject {
        let mut s = Subject {
            name: name.filter(|n| !n.trim().is_empty()).map(str::to_string),
            starts: name.map(name_starts).unwrap_or_default(),
            emails: emails.iter().filter_map(|e| email_key(e)).collect(),
            phones: phones
                .iter()
                .filter_map(|p| phone_key(p))
                .map(|k| k.digits)
                .collect(),
            niks: niks.iter().filter_map(|n| nik_key(n)).collect(),
        };
        for v in [&mut s.emails, &mut s.phones, &mut s.niks] {
            v.sort();
            v.dedup();
        }
        s
    }
}

/// The identifiers a record carries, as search keys with the spelling they were read from.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    pub emails: Vec<(String, String)>,
    pub phones: Vec<(String, String, Option<PhoneNote>)>,
    pub niks: Vec<String>,
    pub names: Vec<String>,
    pub text: String,
    /// The starts of the words of the names and the text ([`name_starts`]), sorted.
    pub starts: Vec<String>,
}

fn emails_in(text: &str) -> impl Iterator<Item = (String, String)> + '_ {
    email::find_in_text(text).filter_map(|t| email_key(t).map(|k| (k, t.to_string())))
}

/// Reads the identifiers off a record.
pub fn facts<'a>(fields: impl IntoIterator<Item = (FieldRole, &'a str)>) -> Facts {
    let mut f = Facts::default();
    for (role, v) in fields {
        if v.is_empty() {
            continue;
        }
        match role {
            FieldRole::Email => f.emails.extend(emails_in(v)),
            FieldRole::Phone => {
                if let Some(k) = phone_key(v) {
                    f.phones.push((k.digits, v.to_string(), k.note));
                }
            }
            FieldRole::Nik => f.niks.extend(nik_key(v)),
            FieldRole::Name => f.names.push(v.to_string()),
            FieldRole::Text | FieldRole::Address | FieldRole::Other => {
                if role == FieldRole::Text {
                    f.text.push_str(v);
                    f.text.push('\n');
                }
                if v.contains('@') {
                    f.emails.extend(emails_in(v));
                }
                // The phone finder is costly; a phone number has at least 8 digits.
                let digits = v.bytes().filter(u8::is_ascii_digit).count();
                let numbers = if digits >= 8 {
                    find_in_text(v)
                } else {
                    Vec::new()
                };
                for p in numbers {
                    if let Some(k) = phone_key(&p.e164) {
                        f.phones
                            .push((k.digits, v[p.start..p.end].to_string(), None));
                    }
                }
                if digits >= 16 {
                    f.niks.extend(
                        v.split(|c: char| !c.is_ascii_digit())
                            .filter(|d| d.len() == 16)
                            .filter_map(nik_key),
                    );
                }
            }
            FieldRole::Date | FieldRole::Id => {}
        }
    }
    f.emails.dedup();
    f.phones.dedup();
    f.starts = f
        .names
        .iter()
        .chain(std::iter::once(&f.text))
        .flat_map(|n| name_starts(n))
        .collect();
    f.starts.sort();
    f.starts.dedup();
    f
}
