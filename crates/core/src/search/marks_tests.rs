use super::*;
use crate::sources::{Field, Locator};
use std::sync::Arc;

fn identifiers() -> Vec<Identifier> {
    vec![
        Identifier::Name {
            name: "Yohanes Pratama".into(),
        },
        Identifier::Email {
            key: "yohanespratama@gmail.com".into(),
        },
        Identifier::Phone {
            national: "81234567801".into(),
        },
        Identifier::Nik {
            masked: "327301******0001".into(),
        },
    ]
}

fn record(cells: &[(&str, FieldRole, &str)]) -> Record {
    Record {
        number: 7,
        locator: Locator::Line { line: 8 },
        record_id: None,
        fields: cells
            .iter()
            .map(|(c, r, v)| Field::new(Arc::from(*c), *r, v.to_string()))
            .collect(),
        warnings: vec![],
    }
}

/// The marked stretches of a field, as text.
fn marked(r: &HitRecord, field: usize) -> Vec<(String, Tone)> {
    let units: Vec<u16> = r.record.fields[field].value.encode_utf16().collect();
    r.fields[field]
        .marks
        .iter()
        .map(|m| {
            let text = String::from_utf16(&units[m.start as usize..m.end as usize]).unwrap();
            (text, m.tone)
        })
        .collect()
}

#[test]
fn identifiers_are_compared_by_their_search_keys() {
    let r = compare(
        record(&[
            ("Nama", FieldRole::Name, "Yohanes  Pratama"),
            ("Email", FieldRole::Email, "Yohanes.Pratama+toko@Gmail.com"),
            ("HP", FieldRole::Phone, "+62 812-3456-7801"),
            ("KTP", FieldRole::Nik, "3273011203900001"),
            ("Catatan", FieldRole::Text, "pelanggan lama"),
        ]),
        &identifiers(),
        &[],
    );
    let tones: Vec<Option<Tone>> = r.fields.iter().map(|f| f.tone).collect();
    assert_eq!(
        tones,
        vec![
            Some(Tone::Weak),
            Some(Tone::Strong),
            Some(Tone::Strong),
            Some(Tone::Strong),
            None
        ],
        "a name is never proof; the Gmail address meets its key with dots and +tag folded; the phone its national number; the NIK its masked form"
    );
    assert_eq!(
        marked(&r, 1),
        vec![("Yohanes.Pratama+toko@Gmail.com".to_string(), Tone::Strong)],
        "the whole e-mail value is marked"
    );
    assert_eq!(
        r.identifiers,
        vec![
            Some(Tone::Weak),
            Some(Tone::Strong),
            Some(Tone::Strong),
            Some(Tone::Strong)
        ],
        "every identifier of the search is marked on the requester's side"
    );
}

#[test]
fn what_the_explanation_holds_against_the_record_is_marked_against() {
    let why = [
        Why::PhoneShared {
            written: "0812-3456-7801".into(),
            note: None,
        },
        Why::AnotherPerson,
    ];
    let r = compare(
        record(&[
            ("*Display Name", FieldRole::Name, "Maria Susanti"),
            ("Mobile", FieldRole::Phone, "0812-3456-7801"),
        ]),
        &identifiers(),
        &why,
    );
    assert_eq!(
        r.fields[0].tone,
        Some(Tone::Against),
        "another person's name on the record"
    );
    assert_eq!(
        r.fields[1].tone,
        Some(Tone::Against),
        "a phone several people use is not proof, though it is the subject's"
    );
    assert_eq!(
        r.identifiers[2],
        Some(Tone::Against),
        "the requester's phone shows the doubt too"
    );
    assert_eq!(r.identifiers[0], None, "the requester's name is not here");
}

#[test]
fn spellings_inside_a_message_are_marked_where_they_stand() {
    let text =
        "Halo, saya Yohanes. Nomor saya 081234567801, e-mail yohanes.pratama@gmail.com. Énfin";
    let r = compare(
        record(&[
            ("author", FieldRole::Name, "Yohanes P."),
            ("message", FieldRole::Text, text),
        ]),
        &identifiers(),
        &[Why::TextMentions {
            name: "Yohanes Pratama".into(),
        }],
    );
    assert_eq!(r.fields[0].tone, Some(Tone::Weak), "a similar name is weak");
    assert_eq!(
        marked(&r, 1),
        vec![
            ("Yohanes".to_string(), Tone::Weak),
            ("081234567801".to_string(), Tone::Strong),
            ("yohanes.pratama@gmail.com".to_string(), Tone::Strong),
        ],
        "the name's word, the phone as written and the e-mail are marked in place"
    );
}

#[test]
fn marks_count_as_javascript_counts() {
    let r = compare(
        record(&[("message", FieldRole::Text, "😀 Renée: 0812 3456 7801")]),
        &identifiers(),
        &[],
    );
    let m = r.fields[0].marks[0];
    assert_eq!(
        (m.start, m.end),
        (10, 24),
        "an emoji is two UTF-16 units and é one, so the window slices the same stretch"
    );
}
