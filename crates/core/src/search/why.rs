//! What a search says, as data: why a record is a hit ([`Why`]) and which identifiers it was
//! searched for ([`Identifier`]). Both cross to the window as `{code, params}` and are kept with
//! the search in that form; front ends word them in their own language by the code. The English
//! wording (`Display`) is for the command line only, and nothing reads it back.

use crate::identifiers::keys::{EmailFold, PhoneNote};
use serde::{Deserialize, Serialize};
use std::fmt;
use ts_rs::TS;

/// One reason a record is (or may not be) the subject's. An explanation repeats only the
/// subject's own identifiers and the spellings the record wrote them in, never another person's
/// name or address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "code", content = "params", rename_all = "snake_case")]
#[ts(export)]
pub enum Why {
    /// The record's e-mail, as `written`, has the subject's e-mail key; `folds` say how the
    /// spelling was folded to reach it (none when it is the key).
    EmailMatches {
        written: String,
        key: String,
        #[serde(default)]
        folds: Vec<EmailFold>,
    },
    /// The record carries the subject's NIK.
    NikMatches,
    /// The record's phone, as `written`, is the subject's national number `key`.
    PhoneMatches {
        written: String,
        key: String,
        note: Option<PhoneNote>,
    },
    /// The subject's phone, but the sources show several people using it: not proof.
    PhoneShared {
        written: String,
        note: Option<PhoneNote>,
    },
    /// A name on the record is the subject's name (word order, case, titles aside).
    NameSame { name: String },
    /// A name on the record resembles the subject's name; it is not repeated, it may be another
    /// person's.
    NameSimilar { subject: String },
    /// The record's text mentions every word of the subject's name.
    TextMentions { name: String },
    /// Against: the record names another person.
    AnotherPerson,
    /// Against: next to the subject's phone, the record carries another e-mail.
    AnotherEmail,
    /// The record is a message of a 1:1 chat with the subject, taken as a whole.
    WholeChat { because: ChatLink },
    /// An explanation kept by an older version in words this one does not know.
    OlderWording,
}

/// Why a 1:1 chat is the subject's conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ChatLink {
    /// One of the subject's identifiers is in the chat (a strong hit in it).
    IdentifierInChat,
    /// The chat is saved under the subject's name.
    SavedUnderName,
}

fn note_words(note: &Option<PhoneNote>) -> &'static str {
    match note {
        Some(PhoneNote::LeadingZeroRestored) => " (leading 0 restored, lost in Excel)",
        None => "",
    }
}

/// English for the command line.
impl fmt::Display for Why {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Why::EmailMatches { written, key, .. } => write!(f, "e-mail {written} matches {key}"),
            Why::NikMatches => f.write_str("NIK matches"),
            Why::PhoneMatches { written, key, note } => write!(
                f,
                "phone {written} matches national number {key}{}",
                note_words(note)
            ),
            Why::PhoneShared { written, note } => write!(
                f,
                "phone {written} matches, but the sources show it used by several people{}",
                note_words(note)
            ),
            Why::NameSame { name } => write!(f, "name {name} is the subject's name"),
            Why::NameSimilar { subject } => write!(f, "a name similar to {subject} (not proof)"),
            Why::TextMentions { name } => write!(f, "the text mentions {name}"),
            Why::AnotherPerson => f.write_str("but the record names another person"),
            Why::AnotherEmail => f.write_str("but it carries another e-mail"),
            Why::WholeChat {
                because: ChatLink::IdentifierInChat,
            } => f.write_str("1:1 chat with the subject: their identifier is in it"),
            Why::WholeChat {
                because: ChatLink::SavedUnderName,
            } => f.write_str("1:1 chat with the subject: saved under their name"),
            Why::OlderWording => f.write_str("explained in the words of an older version"),
        }
    }
}

/// One identifier a search was made with, as a search key: what the reasonable-search record
/// lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "code", content = "params", rename_all = "snake_case")]
#[ts(export)]
pub enum Identifier {
    Name {
        name: String,
    },
    /// The e-mail key (case folded, Gmail's dots and `+tags` dropped).
    Email {
        key: String,
    },
    /// The national significant number (Indonesian numbers without `+62`/`0`).
    Phone {
        national: String,
    },
    /// Masked as everywhere: `317101******0001`.
    Nik {
        masked: String,
    },
}

/// English for the command line.
impl fmt::Display for Identifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Identifier::Name { name } => write!(f, "name: {name}"),
            Identifier::Email { key } => write!(f, "e-mail: {key}"),
            Identifier::Phone { national } => write!(f, "phone: {national} (national number)"),
            Identifier::Nik { masked } => write!(f, "NIK: {masked}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every reason and identifier, with each of its parameters set to `X`.
    fn every_value() -> Vec<serde_json::Value> {
        let x = || "X".to_string();
        let mut all: Vec<serde_json::Value> = [
            Why::EmailMatches {
                written: x(),
                key: x(),
                folds: vec![EmailFold::GmailDots],
            },
            Why::NikMatches,
            Why::PhoneMatches {
                written: x(),
                key: x(),
                note: Some(PhoneNote::LeadingZeroRestored),
            },
            Why::PhoneShared {
                written: x(),
                note: None,
            },
            Why::NameSame { name: x() },
            Why::NameSimilar { subject: x() },
            Why::TextMentions { name: x() },
            Why::AnotherPerson,
            Why::AnotherEmail,
            Why::WholeChat {
                because: ChatLink::IdentifierInChat,
            },
            Why::WholeChat {
                because: ChatLink::SavedUnderName,
            },
            Why::OlderWording,
        ]
        .iter()
        .map(|w| serde_json::to_value(w).unwrap())
        .collect();
        all.extend(
            [
                Identifier::Name { name: x() },
                Identifier::Email { key: x() },
                Identifier::Phone { national: x() },
                Identifier::Nik { masked: x() },
            ]
            .iter()
            .map(|i| serde_json::to_value(i).unwrap()),
        );
        all
    }

    fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
            serde_json::Value::Object(o) => o.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }

    #[test]
    fn what_crosses_to_the_window_is_codes_and_the_identifiers_themselves_never_a_sentence() {
        for v in every_value() {
            let mut texts = Vec::new();
            strings(&v, &mut texts);
            for t in texts {
                assert!(
                    t == "X" || t.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                    "a value holds only codes and the data it names, so rewording the English cannot change the window: {t:?} in {v}"
                );
            }
            assert!(v.get("code").is_some(), "every value has a code: {v}");
        }
    }
}
