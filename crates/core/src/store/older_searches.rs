//! Searches kept by older versions stored their explanations and identifiers as English
//! sentences (`"e-mail X matches Y"`, `"phone: 812… (national number)"`). They are read into the
//! typed values of today when loaded; the database is left as it was. Two still older forms
//! quoted a third person ("but the record names X", "but it carries another e-mail, X"): they
//! become [`Why::AnotherPerson`] and [`Why::AnotherEmail`], and the quoted name or address is
//! dropped, never shown again.

use crate::identifiers::keys::{email_folds, PhoneNote};
use crate::search::why::{ChatLink, Identifier, Why};

/// The explanation column: typed values, or the sentences of an older version.
pub(super) fn explanation(json: &str) -> serde_json::Result<Vec<Why>> {
    serde_json::from_str(json).or_else(|typed| {
        serde_json::from_str::<Vec<String>>(json)
            .map(|old| old.iter().map(|s| why(s)).collect())
            .map_err(|_| typed)
    })
}

/// The identifiers column: typed values, or the lines of an older version.
pub(super) fn identifiers(json: &str) -> serde_json::Result<Vec<Identifier>> {
    serde_json::from_str(json).or_else(|typed| {
        serde_json::from_str::<Vec<String>>(json)
            .map(|old| old.iter().filter_map(|s| identifier(s)).collect())
            .map_err(|_| typed)
    })
}

/// An older version's phone note, at the end of a sentence.
fn phone_note(rest: &str) -> (&str, Option<PhoneNote>) {
    match rest.strip_suffix(" (leading 0 restored (lost in Excel))") {
        Some(r) => (r, Some(PhoneNote::LeadingZeroRestored)),
        None => (rest, None),
    }
}

fn why(sentence: &str) -> Why {
    let s = sentence;
    if s == "NIK matches" {
        return Why::NikMatches;
    }
    if s.starts_with("but the record names ") {
        return Why::AnotherPerson;
    }
    if s.starts_with("but it carries another e-mail") {
        return Why::AnotherEmail;
    }
    if let Some(rest) = s.strip_prefix("1:1 chat with the subject: ") {
        let because = if rest.contains("saved under") {
            ChatLink::SavedUnderName
        } else {
            ChatLink::IdentifierInChat
        };
        return Why::WholeChat { because };
    }
    if let Some((written, key)) = s
        .strip_prefix("e-mail ")
        .and_then(|r| r.split_once(" matches "))
    {
        return Why::EmailMatches {
            written: written.into(),
            key: key.into(),
            folds: email_folds(written),
        };
    }
    if let Some(rest) = s.strip_prefix("phone ") {
        let (rest, note) = phone_note(rest);
        if let Some(written) =
            rest.strip_suffix(" matches, but the sources show it used by several people")
        {
            return Why::PhoneShared {
                written: written.into(),
                note,
            };
        }
        if let Some((written, key)) = rest.split_once(" matches national number ") {
            return Why::PhoneMatches {
                written: written.into(),
                key: key.into(),
                note,
            };
        }
    }
    if let Some(name) = s
        .strip_prefix("name ")
        .and_then(|r| r.strip_suffix(" is the subject's name"))
    {
        return Why::NameSame { name: name.into() };
    }
    // "name X is similar to Y (not proof)" named the record's name too; only the subject's stays.
    let similar = s
        .strip_prefix("a name similar to ")
        .or_else(|| {
            s.strip_prefix("name ")
                .and_then(|r| r.split_once(" is similar to ").map(|(_, y)| y))
        })
        .and_then(|r| r.strip_suffix(" (not proof)"));
    if let Some(subject) = similar {
        return Why::NameSimilar {
            subject: subject.into(),
        };
    }
    if let Some(name) = s.strip_prefix("the text mentions ") {
        return Why::TextMentions { name: name.into() };
    }
    Why::OlderWording
}

fn identifier(line: &str) -> Option<Identifier> {
    let (kind, value) = line.split_once(": ")?;
    let value = value.to_string();
    Some(match kind {
        "name" => Identifier::Name { name: value },
        "e-mail" => Identifier::Email { key: value },
        "phone" => Identifier::Phone {
            national: value
                .strip_suffix(" (national number)")
                .unwrap_or(&value)
                .to_string(),
        },
        "NIK" => Identifier::Nik { masked: value },
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sentence_an_older_version_wrote_is_read_as_its_reason() {
        let old = serde_json::json!([
            "e-mail Putri.Maharani@Gmail.com matches putrimaharani@gmail.com",
            "NIK matches",
            "phone 0813-3963-2097 matches national number 81339632097",
            "phone 8133963209 matches national number 8133963209 (leading 0 restored (lost in Excel))",
            "phone (0813) 3963 2097 matches, but the sources show it used by several people",
            "name Putri Maharani is the subject's name",
            "a name similar to Putri Maharani (not proof)",
            "name Putri M. is similar to Putri Maharani (not proof)",
            "the text mentions Putri Maharani",
            "but the record names another person",
            "but it carries another e-mail",
            "1:1 chat with the subject: the subject's identifier is in this 1:1 chat",
            "1:1 chat with the subject: this 1:1 chat is saved under the subject's name",
            "something a future version never wrote",
        ]);
        let read = explanation(&old.to_string()).expect("an older explanation is read");
        let s = String::from;
        assert_eq!(
            read,
            vec![
                Why::EmailMatches {
                    written: s("Putri.Maharani@Gmail.com"),
                    key: s("putrimaharani@gmail.com"),
                    folds: vec![
                        crate::identifiers::keys::EmailFold::Case,
                        crate::identifiers::keys::EmailFold::GmailDots
                    ],
                },
                Why::NikMatches,
                Why::PhoneMatches {
                    written: s("0813-3963-2097"),
                    key: s("81339632097"),
                    note: None
                },
                Why::PhoneMatches {
                    written: s("8133963209"),
                    key: s("8133963209"),
                    note: Some(PhoneNote::LeadingZeroRestored)
                },
                Why::PhoneShared {
                    written: s("(0813) 3963 2097"),
                    note: None
                },
                Why::NameSame {
                    name: s("Putri Maharani")
                },
                Why::NameSimilar {
                    subject: s("Putri Maharani")
                },
                Why::NameSimilar {
                    subject: s("Putri Maharani")
                },
                Why::TextMentions {
                    name: s("Putri Maharani")
                },
                Why::AnotherPerson,
                Why::AnotherEmail,
                Why::WholeChat {
                    because: ChatLink::IdentifierInChat
                },
                Why::WholeChat {
                    because: ChatLink::SavedUnderName
                },
                Why::OlderWording,
            ],
            "each older sentence becomes the reason it stated"
        );
    }

    #[test]
    fn the_oldest_forms_do_not_bring_a_third_persons_name_or_address_back() {
        let old = serde_json::json!([
            "but the record names Slamet Riyadi",
            "but it carries another e-mail, slamet@yahoo.com",
        ]);
        let read = explanation(&old.to_string()).unwrap();
        assert_eq!(
            read,
            vec![Why::AnotherPerson, Why::AnotherEmail],
            "the quoted person becomes 'another person' / 'another e-mail'"
        );
        let kept = serde_json::to_string(&read).unwrap();
        assert!(
            !kept.contains("Slamet") && !kept.contains("slamet@"),
            "nothing of the third person is left: {kept}"
        );
    }

    #[test]
    fn older_identifier_lines_and_todays_values_are_both_read() {
        let old = serde_json::json!([
            "name: Putri Maharani",
            "e-mail: putrimaharani@gmail.com",
            "phone: 81339632097 (national number)",
            "NIK: 317101******0001",
        ]);
        let read = identifiers(&old.to_string()).unwrap();
        let expected = vec![
            Identifier::Name {
                name: "Putri Maharani".into(),
            },
            Identifier::Email {
                key: "putrimaharani@gmail.com".into(),
            },
            Identifier::Phone {
                national: "81339632097".into(),
            },
            Identifier::Nik {
                masked: "317101******0001".into(),
            },
        ];
        assert_eq!(read, expected, "each line becomes its identifier");
        let today = serde_json::to_string(&expected).unwrap();
        assert_eq!(
            identifiers(&today).unwrap(),
            expected,
            "values kept today read back as they are"
        );
        let why_today = serde_json::to_string(&[Why::NikMatches, Why::AnotherPerson]).unwrap();
        assert_eq!(
            explanation(&why_today).unwrap(),
            vec![Why::NikMatches, Why::AnotherPerson],
            "typed explanations read back as they are"
        );
    }
}

#[cfg(test)]
mod stored {
    use crate::register::NewRequest;
    use crate::search::why::{Identifier, Why};
    use crate::store::test_store;
    use crate::vocabulary::{Channel, RequesterRole, Right};
    use chrono::{TimeZone, Utc};

    #[test]
    fn a_search_kept_by_an_older_version_loads_as_typed_values() {
        let (_t, mut s) = test_store();
        let now = Utc.with_ymd_and_hms(2026, 11, 24, 2, 0, 0).unwrap();
        let form = NewRequest {
            received_at: Some("2026-11-24T09:00".into()),
            channel: Channel::Email,
            rights: vec![Right::Access],
            name: "Sari Dewi".into(),
            emails: vec!["sari@example.com".into()],
            phones: vec![],
            postal_address: None,
            nik: None,
            role: RequesterRole::Subject,
            on_behalf_of: None,
            notes: None,
            controller: None,
        };
        let zone = s.office().unwrap().time_zone;
        let valid = form.validate(zone, now).unwrap();
        let r = s.insert_valid_request(&valid, zone, "Tester", now).unwrap();
        s.conn
            .execute(
                "INSERT INTO searches (request_id, at, actor, identifiers, searched) VALUES (?1, ?2, 'Tester', ?3, '[]')",
                rusqlite::params![
                    r.id,
                    "2026-11-24T02:00:00Z",
                    r#"["name: Sari Dewi","e-mail: sari@example.com"]"#
                ],
            )
            .unwrap();
        let search = s.conn.last_insert_rowid();
        s.conn
            .execute(
                "INSERT INTO hits (search_id, source, file, locator, record, class, score, explanation)
                 VALUES (?1, '/x', 'a.csv', '{\"kind\":\"line\",\"line\":2}', 1, 'possible', 40, ?2)",
                rusqlite::params![
                    search,
                    r#"["e-mail Sari@Example.com matches sari@example.com","but the record names Slamet Riyadi"]"#
                ],
            )
            .unwrap();
        let loaded = s.latest_search(&r.id).unwrap().expect("the older search");
        assert_eq!(
            loaded.identifiers,
            vec![
                Identifier::Name {
                    name: "Sari Dewi".into()
                },
                Identifier::Email {
                    key: "sari@example.com".into()
                }
            ],
            "the identifiers are read into values"
        );
        assert_eq!(
            loaded.hits[0].hit.explanation,
            vec![
                Why::EmailMatches {
                    written: "Sari@Example.com".into(),
                    key: "sari@example.com".into(),
                    folds: vec![crate::identifiers::keys::EmailFold::Case],
                },
                Why::AnotherPerson
            ],
            "the sentences are read into reasons, the third person's name left out"
        );
    }
}
