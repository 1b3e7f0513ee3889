//! Weighing one record against the subject: which identifiers match (after normalisation),
//! which only resemble, and what on the record says it is someone else.

use super::why::Why;
use super::HitClass;
use crate::identifiers::keys::{
    compare_names, email_folds, name_starts, name_words, starts_agree, NameMatch,
};
use crate::identifiers::subject::{Facts, Subject};
use std::collections::HashSet;

/// Whether the text mentions every word (two or more) of the subject's name.
fn mentions_name(text: &str, name: &str) -> bool {
    let words = name_words(name);
    let in_text: HashSet<String> = name_words(text).into_iter().collect();
    words.len() >= 2 && words.iter().all(|w| in_text.contains(w))
}

/// What one record says about the subject.
#[derive(Debug, Clone, Default)]
pub(crate) struct Verdict {
    pub strong: Vec<Why>,
    pub weak: Vec<Why>,
    pub against: Vec<Why>,
    pub phone_only: bool,
}

impl Verdict {
    pub fn is_hit(&self) -> bool {
        !self.strong.is_empty() || !self.weak.is_empty()
    }

    /// Strong only with a strong identifier and nothing against it.
    pub fn class(&self) -> HitClass {
        if !self.strong.is_empty() && self.against.is_empty() {
            HitClass::Strong
        } else {
            HitClass::Possible
        }
    }

    pub fn score(&self) -> u32 {
        let base: u32 = match self.class() {
            HitClass::Strong => 80,
            HitClass::Possible => 30,
        };
        (base + 10 * self.strong.len() as u32 + 5 * self.weak.len() as u32)
            .saturating_sub(10 * self.against.len() as u32)
            .min(100)
    }

    pub fn explanation(&self) -> Vec<Why> {
        self.strong
            .iter()
            .chain(&self.weak)
            .chain(&self.against)
            .cloned()
            .collect()
    }
}

/// Weighs a record's facts against the subject. `shared` holds the subject's phone keys that the
/// sources show in use by several people.
pub(crate) fn weigh(subject: &Subject, f: &Facts, shared: &HashSet<String>) -> Verdict {
    let mut v = Verdict::default();
    for (k, written) in &f.emails {
        if subject.emails.contains(k) {
            v.strong.push(Why::EmailMatches {
                written: written.clone(),
                key: k.clone(),
                folds: email_folds(written),
            });
        }
    }
    for k in &f.niks {
        if subject.niks.contains(k) {
            v.strong.push(Why::NikMatches);
        }
    }
    let mut phone_strong = false;
    for (k, written, note) in &f.phones {
        if subject.phones.contains(k) {
            let (written, note) = (written.clone(), *note);
            if shared.contains(k) {
                v.weak.push(Why::PhoneShared { written, note });
            } else {
                v.strong.push(Why::PhoneMatches {
                    written,
                    key: k.clone(),
                    note,
                });
                phone_strong = true;
            }
        }
    }
    let other_emails: Vec<&String> = f
        .emails
        .iter()
        .map(|(k, _)| k)
        .filter(|k| !subject.emails.contains(k))
        .collect();
    if let Some(name) = &subject.name {
        let best = f
            .names
            .iter()
            .map(|n| (compare_names(n, name), n))
            .max_by_key(|(m, _)| *m);
        match best {
            // Too unlike the subject's name to say anything (see `starts_agree`).
            Some((m, n))
                if m >= NameMatch::Similar && !starts_agree(&subject.starts, &name_starts(n)) => {}
            Some((NameMatch::Same, n)) => v.weak.push(Why::NameSame { name: n.clone() }),
            // A lone word ("Putri", a push name) is too common to point at anyone by itself.
            Some((NameMatch::Similar, n))
                if name_words(n).len() == 1 && name_words(name).len() > 1 => {}
            // What is said of a name that may be someone else's does not repeat it: explanations
            // are kept with the search, and a third person's name or address has no place there
            // (the opened hit shows the record itself, read from its file).
            Some((NameMatch::Similar, _)) => v.weak.push(Why::NameSimilar {
                subject: name.clone(),
            }),
            Some((NameMatch::Different, _)) => v.against.push(Why::AnotherPerson),
            None => {}
        }
        if mentions_name(&f.text, name) {
            v.weak.push(Why::TextMentions { name: name.clone() });
        }
    }
    // An e-mail or NIK is the subject's own; a phone can be shared, so another person's e-mail
    // next to it says the record may be theirs.
    v.phone_only = phone_strong
        && v.strong
            .iter()
            .all(|s| matches!(s, Why::PhoneMatches { .. }));
    if v.phone_only {
        if !other_emails.is_empty() {
            v.against.push(Why::AnotherEmail);
        }
    } else if !v.strong.is_empty() {
        v.against.retain(|a| *a != Why::AnotherPerson);
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sources::{Field, Locator, Record};
    use crate::vocabulary::FieldRole;

    fn facts(r: &Record) -> Facts {
        r.facts()
    }
    use std::sync::Arc;

    fn record(fields: &[(FieldRole, &str)]) -> Record {
        Record {
            number: 1,
            locator: Locator::Line { line: 2 },
            record_id: None,
            fields: fields
                .iter()
                .map(|(r, v)| Field::new(Arc::from("c"), *r, v.to_string()))
                .collect(),
            warnings: vec![],
        }
    }

    fn subject() -> Subject {
        super::super::SubjectQuery {
            name: Some("Putri Maharani".into()),
            emails: vec!["putri.maharani@gmail.com".into()],
            phones: vec!["0813-3963-2097".into()],
            niks: vec![],
        }
        .keys()
    }

    #[test]
    fn an_email_makes_a_strong_hit_and_a_name_alone_only_possible() {
        let s = subject();
        let none = HashSet::new();
        let v = weigh(
            &s,
            &facts(&record(&[
                (FieldRole::Name, "Putri M."),
                (FieldRole::Email, "Putri.Maharani@Gmail.com"),
            ])),
            &none,
        );
        assert_eq!(v.class(), HitClass::Strong, "{v:?}");
        let v = weigh(
            &s,
            &facts(&record(&[
                (FieldRole::Name, "Putri Maharani"),
                (FieldRole::Email, "putri.m@yahoo.com"),
            ])),
            &none,
        );
        assert_eq!(v.class(), HitClass::Possible, "a namesake is never strong");
    }

    #[test]
    fn a_shared_phone_or_another_persons_email_keeps_a_hit_possible() {
        let s = subject();
        let shared: HashSet<String> = ["81339632097".to_string()].into();
        let father = facts(&record(&[
            (FieldRole::Name, "Slamet Riyadi"),
            (FieldRole::Phone, "0813-3963-2097"),
        ]));
        assert_eq!(weigh(&s, &father, &shared).class(), HitClass::Possible);
        let unshared = HashSet::new();
        let v = weigh(&s, &father, &unshared);
        assert_eq!(
            v.class(),
            HitClass::Possible,
            "another person's name on the phone disagrees: {v:?}"
        );
        let v = weigh(
            &s,
            &facts(&record(&[
                (FieldRole::Phone, "+6281339632097"),
                (FieldRole::Email, "slamet@yahoo.com"),
            ])),
            &unshared,
        );
        assert_eq!(
            v.class(),
            HitClass::Possible,
            "another e-mail next to the phone: {v:?}"
        );
        let kept = |v: &Verdict| serde_json::to_string(&v.explanation()).unwrap();
        assert!(
            !kept(&v).contains("slamet"),
            "the other person's address is not repeated in what is kept: {v:?}"
        );
        let v = weigh(&s, &father, &unshared);
        assert!(!kept(&v).contains("Slamet"), "nor their name: {v:?}");
        let v = weigh(
            &s,
            &facts(&record(&[(
                FieldRole::Text,
                "nomor saya 0813 3963 2097 ya kak",
            )])),
            &unshared,
        );
        assert_eq!(
            v.class(),
            HitClass::Strong,
            "the number in a message, nothing against it"
        );
    }
}
