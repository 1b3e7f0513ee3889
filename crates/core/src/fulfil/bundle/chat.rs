//! WhatsApp chats in a bundle (UU PDP Pasal 33): of a group chat only the subject's own
//! messages go in, since the other members' messages are their data; a 1:1 chat is the
//! subject's conversation as a whole, so staff are told when part of it is still undecided.

use crate::identifiers::keys::{compare_names, phone_key, NameMatch};
use crate::search::why::Identifier;
use crate::sources::Record;
use crate::vocabulary::FieldRole;
use serde::Serialize;
use std::collections::BTreeSet;
use ts_rs::TS;

/// A confirmed record that does not go into the bundle, and why.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct LeftOut {
    pub entry: String,
    pub record: u64,
    pub reason: LeftOutReason,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum LeftOutReason {
    /// A message another member wrote in a group chat: theirs, not the subject's.
    GroupMember,
}

/// A 1:1 chat of which some messages are confirmed and others still undecided: the bundle
/// holds only the confirmed ones until staff decide the rest.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PartialChat {
    pub entry: String,
    pub confirmed: u64,
    pub undecided: u64,
}

/// Who the subject is in a chat: the phones and the name the search looked for.
#[derive(Debug, Clone, Default)]
pub struct ChatAuthor {
    phones: BTreeSet<String>,
    name: Option<String>,
}

impl ChatAuthor {
    /// The subject as the search's identifiers name them.
    pub fn of(identifiers: &[Identifier]) -> ChatAuthor {
        let mut author = ChatAuthor::default();
        for i in identifiers {
            match i {
                Identifier::Phone { national } => {
                    author.phones.insert(national.clone());
                }
                Identifier::Name { name } => author.name = Some(name.clone()),
                Identifier::Email { .. } | Identifier::Nik { .. } => {}
            }
        }
        author
    }

    /// Whether the subject wrote this chat message: its author is one of their numbers, or
    /// their name (word order and titles aside). A message without an author (a group event)
    /// is nobody's own.
    pub fn wrote(&self, message: &Record) -> bool {
        message.fields.iter().any(|f| match f.role {
            FieldRole::Phone => {
                phone_key(&f.value).is_some_and(|k| self.phones.contains(&k.digits))
            }
            FieldRole::Name => self
                .name
                .as_deref()
                .is_some_and(|n| compare_names(&f.value, n) == NameMatch::Same),
            _ => false,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sources::{Field, Locator};
    use std::sync::Arc;

    fn message(author_role: FieldRole, author: &str, text: &str) -> Record {
        Record {
            number: 1,
            locator: Locator::Message { index: 1, line: 1 },
            record_id: None,
            fields: vec![
                Field::new(
                    Arc::from("date"),
                    FieldRole::Date,
                    "01/02/2026 10.00".into(),
                ),
                Field::new(Arc::from("author"), author_role, author.into()),
                Field::new(Arc::from("text"), FieldRole::Text, text.into()),
            ],
            warnings: Vec::new(),
        }
    }

    fn subject() -> ChatAuthor {
        ChatAuthor::of(&[
            Identifier::Name {
                name: "Ayu Lestari".into(),
            },
            Identifier::Phone {
                national: "81234567890".into(),
            },
        ])
    }

    #[test]
    fn the_subjects_number_or_name_as_author_is_their_own_message() {
        let s = subject();
        assert!(
            s.wrote(&message(FieldRole::Phone, "+62 812-3456-7890", "halo")),
            "the subject's number in any spelling is the subject writing"
        );
        assert!(
            s.wrote(&message(FieldRole::Name, "Lestari Ayu", "halo")),
            "the subject's name in another word order is the subject writing"
        );
    }

    #[test]
    fn another_member_mentioning_the_subject_is_not_their_message() {
        let s = subject();
        assert!(
            !s.wrote(&message(
                FieldRole::Phone,
                "+62 813-1111-2222",
                "nomor Ayu 0812-3456-7890"
            )),
            "another member quoting the subject's number wrote the message, not the subject"
        );
        assert!(
            !s.wrote(&message(FieldRole::Name, "Ayu", "halo")),
            "a first name alone is not the subject"
        );
        assert!(
            !ChatAuthor::default().wrote(&message(FieldRole::Name, "Ayu Lestari", "x")),
            "with no identifiers nobody is the subject"
        );
    }
}
