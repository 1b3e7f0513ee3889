//! A hit's record beside the search's identifiers: per field, the stretches that are one of the
//! subject's identifiers under its search key (e-mail key with Gmail's dots folded, national
//! phone number, NIK, the words of the name), each with how it weighs; per identifier, how
//! strongly the record carries it. The window only draws these marks.

use super::why::{Identifier, Why};
use crate::identifiers::keys::{
    compare_names, email_key, fold_char, name_starts, name_words, nik_key, phone_key, starts_agree,
    NameMatch,
};
use crate::identifiers::nik::Nik;
use crate::identifiers::{email, phone};
use crate::sources::Record;
use crate::vocabulary::FieldRole;
use serde::Serialize;
use ts_rs::TS;

/// How what a record carries weighs, for marking it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Tone {
    /// A sign, not proof: a name, a mention.
    Weak,
    /// The subject's e-mail, phone or NIK.
    Strong,
    /// Something that says the record may be someone else's.
    Against,
}

/// A record read again for a hit, with what of the subject it carries.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct HitRecord {
    pub record: Record,
    /// One per field of `record`, in the same order.
    pub fields: Vec<FieldMarks>,
    /// One per identifier of the search, in the same order: how the record carries it, if at all.
    pub identifiers: Vec<Option<Tone>>,
}

/// What one field carries of the subject: the strongest tone of its marks, and the marks.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct FieldMarks {
    pub tone: Option<Tone>,
    pub marks: Vec<Mark>,
}

/// A stretch of a field's value, counted in UTF-16 code units as JavaScript counts a string
/// (`value.slice(start, end)`), and how it weighs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Mark {
    pub start: u32,
    pub end: u32,
    pub tone: Tone,
}

/// A stretch found in bytes, with the identifier (its index in the search's list) it is.
struct Found {
    start: usize,
    end: usize,
    tone: Tone,
    identifier: Option<usize>,
}

/// The search's identifiers, and what the hit's explanation says of the record.
struct Subject<'a> {
    identifiers: &'a [Identifier],
    name: Option<(usize, &'a str)>,
    words: Vec<String>,
    /// The subject's phone is used by several people: not proof, marked against.
    phone_shared: bool,
    /// The record names another person: a different name is marked against.
    another_person: bool,
}

impl Subject<'_> {
    fn find(&self, wanted: impl Fn(&Identifier) -> bool) -> Option<usize> {
        self.identifiers.iter().position(wanted)
    }

    fn email(&self, text: &str) -> Option<usize> {
        let key = email_key(text)?;
        self.find(|i| matches!(i, Identifier::Email { key: k } if *k == key))
    }

    fn phone(&self, text: &str) -> Option<usize> {
        let key = phone_key(text)?.digits;
        self.find(|i| matches!(i, Identifier::Phone { national } if *national == key))
    }

    fn phone_tone(&self) -> Tone {
        if self.phone_shared {
            Tone::Against
        } else {
            Tone::Strong
        }
    }

    fn nik(&self, text: &str) -> Option<usize> {
        let masked = Nik::parse(&nik_key(text)?).ok()?.masked();
        self.find(|i| matches!(i, Identifier::Nik { masked: m } if *m == masked))
    }

    /// A name field as a whole: the subject's, like it, or another person's.
    fn name_field(&self, value: &str) -> Option<Found> {
        let (index, name) = self.name?;
        let whole = |tone, identifier| Found {
            start: 0,
            end: value.len(),
            tone,
            identifier,
        };
        match compare_names(value, name) {
            NameMatch::Same => Some(whole(Tone::Weak, Some(index))),
            NameMatch::Similar if starts_agree(&name_starts(name), &name_starts(value)) => {
                Some(whole(Tone::Weak, Some(index)))
            }
            NameMatch::Different if self.another_person => Some(whole(Tone::Against, None)),
            _ => None,
        }
    }

    /// The field as a whole when its role's key is one of the subject's.
    fn whole(&self, role: FieldRole, value: &str) -> Option<Found> {
        let (tone, identifier) = match role {
            FieldRole::Email => (Tone::Strong, self.email(value)?),
            FieldRole::Phone => (self.phone_tone(), self.phone(value)?),
            FieldRole::Nik => (Tone::Strong, self.nik(value)?),
            FieldRole::Name => return self.name_field(value),
            _ => return None,
        };
        Some(Found {
            start: 0,
            end: value.len(),
            tone,
            identifier: Some(identifier),
        })
    }

    /// The subject's identifiers written inside a longer text.
    fn inside(&self, text: &str) -> Vec<Found> {
        let mut found = Vec::new();
        let at = |t: &str| t.as_ptr() as usize - text.as_ptr() as usize;
        for t in email::find_in_text(text) {
            if let Some(i) = self.email(t) {
                found.push(Found {
                    start: at(t),
                    end: at(t) + t.len(),
                    tone: Tone::Strong,
                    identifier: Some(i),
                });
            }
        }
        if text.bytes().filter(u8::is_ascii_digit).count() >= 8 {
            for p in phone::find_in_text(text) {
                if let Some(i) = self.phone(&p.e164) {
                    found.push(Found {
                        start: p.start,
                        end: p.end,
                        tone: self.phone_tone(),
                        identifier: Some(i),
                    });
                }
            }
        }
        for (start, run) in runs(text, |c| c.is_ascii_digit()) {
            if let Some(i) = self.nik(run).filter(|_| run.len() == 16) {
                found.push(Found {
                    start,
                    end: start + run.len(),
                    tone: Tone::Strong,
                    identifier: Some(i),
                });
            }
        }
        if let Some((index, _)) = self.name {
            for (start, word) in runs(text, char::is_alphanumeric) {
                let folded: String = word.to_lowercase().chars().map(fold_char).collect();
                if self.words.contains(&folded) {
                    found.push(Found {
                        start,
                        end: start + word.len(),
                        tone: Tone::Weak,
                        identifier: Some(index),
                    });
                }
            }
        }
        found
    }
}

/// The runs of characters that `keep`, with their byte offsets.
fn runs(text: &str, keep: impl Fn(char) -> bool) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (keep(c) && i < text.len(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// The record's fields marked against the search's identifiers and the hit's explanation.
pub fn compare(record: Record, identifiers: &[Identifier], explanation: &[Why]) -> HitRecord {
    let name = identifiers.iter().enumerate().find_map(|(i, id)| match id {
        Identifier::Name { name } => Some((i, name.as_str())),
        _ => None,
    });
    let subject = Subject {
        identifiers,
        name,
        words: name
            .map(|(_, n)| name_words(n))
            .unwrap_or_default()
            .into_iter()
            .filter(|w| w.chars().count() >= 3)
            .collect(),
        phone_shared: explanation
            .iter()
            .any(|w| matches!(w, Why::PhoneShared { .. })),
        another_person: explanation.contains(&Why::AnotherPerson),
    };
    let mut carried: Vec<Option<Tone>> = vec![None; identifiers.len()];
    let fields = record
        .fields
        .iter()
        .map(|f| {
            let v = f.value.as_str();
            let mut found = match subject.whole(f.role, v) {
                Some(whole) => vec![whole],
                None if v.is_empty() => Vec::new(),
                None => subject.inside(v),
            };
            // Earlier first, the longer of two starting together; overlaps are dropped.
            found.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
            let mut end = 0;
            found.retain(|m| {
                let keep = m.start >= end;
                end = end.max(m.end);
                keep
            });
            for m in &found {
                if let Some(i) = m.identifier {
                    carried[i] = carried[i].max(Some(m.tone));
                }
            }
            let utf16 = |byte: usize| v[..byte].encode_utf16().count() as u32;
            FieldMarks {
                tone: found.iter().map(|m| m.tone).max(),
                marks: found
                    .iter()
                    .map(|m| Mark {
                        start: utf16(m.start),
                        end: utf16(m.end),
                        tone: m.tone,
                    })
                    .collect(),
            }
        })
        .collect();
    HitRecord {
        record,
        fields,
        identifiers: carried,
    }
}

#[cfg(test)]
#[path = "marks_tests.rs"]
mod tests;
