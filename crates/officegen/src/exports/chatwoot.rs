//! Chatwoot contacts export (v4.19+): BOM, `id,name,email,phone_number,labels`, LF, Ruby's CSV
//! through csv-safe (a leading `'` before `+ - = @ % |` unless the value is a 9–13 digit phone).

use super::Office;
use crate::cast::Key;
use crate::names::NICK_EMOJI;
use crate::people::slug;
use crate::phone::{format, PhoneStyle};
use crate::pools::CHATWOOT_LABELS;
use crate::timeline::{Interleave, Slot};
use crate::unit::{Fields, Unit};
use crate::write::{csv_line, Charset, CsvStyle, RecordWriter};
use serde_json::json;
use std::io;

pub const FILE: &str = "chatwoot_contacts.csv";

const STYLE: CsvStyle = CsvStyle {
    quote_empty: true,
    ..CsvStyle::plain(',', "\n")
};

/// What csv-safe writes for a value.
fn csv_safe(v: Option<&str>) -> Option<String> {
    let s = v?;
    if s.starts_with('+') && looks_like_phone(s) {
        return Some(s.to_string());
    }
    if s.starts_with(['-', '=', '+', '@', '%', '|', '\r', '\t']) {
        return Some(format!("'{s}"));
    }
    Some(s.to_string())
}

/// csv-safe's phone pattern: `+` and 9 to 13 digits with optional separators.
fn looks_like_phone(s: &str) -> bool {
    let rest = &s[1..];
    let digits = rest.chars().filter(char::is_ascii_digit).count();
    rest.chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '(' | ')' | '-' | ' ' | '.'))
        && (9..=13).contains(&digits)
}

fn contact(name: String, email: Option<&str>, phone: Option<String>, labels: &str) -> Fields {
    Fields::Contact {
        name,
        email: email.map(String::from),
        phone,
        labels: labels.into(),
    }
}

pub fn planted(o: &Office) -> Vec<Unit> {
    let c = o.cast;
    let e164 = |k: Key| format(c.get(k).nsn(), PhoneStyle::E164);
    let (s1, n1a, s2, n2, s4) = (
        c.get(Key::S1),
        c.get(Key::N1a),
        c.get(Key::S2),
        c.get(Key::N2),
        c.get(Key::S4),
    );
    let (s4f, s5, s6, n6) = (
        c.get(Key::S4F),
        c.get(Key::S5),
        c.get(Key::S6),
        c.get(Key::N6),
    );
    let s6_family = s6.last.split(' ').next_back().unwrap_or_default();
    vec![
        Unit::matching(
            Key::S1,
            "canonical_e164",
            contact(
                s1.full(),
                Some(s1.email()),
                Some(e164(Key::S1)),
                "pelanggan",
            ),
            &[s1.email(), &e164(Key::S1)],
        ),
        Unit::not_matching(
            Key::N1a,
            "spelling_variant_namesake",
            "near_namesake_spelling_variant",
            contact(n1a.full(), Some(n1a.email()), Some(e164(Key::N1a)), ""),
            &[n1a.email()],
        ),
        Unit::matching(
            Key::S2,
            "name_without_middle_name",
            contact(
                s2.first_last(),
                Some(s2.email()),
                Some(e164(Key::S2)),
                "pelanggan,b2b",
            ),
            &[s2.email()],
        ),
        Unit::not_matching(
            Key::N2,
            "first_middle_as_other_person",
            "near_namesake_and_phone_differs_in_last_digit",
            contact(
                n2.first_last(),
                Some(n2.email()),
                Some(e164(Key::N2)),
                "prospek",
            ),
            &[n2.email()],
        ),
        Unit::matching(
            Key::S4,
            "email_only_contact",
            contact(s4.full(), Some(s4.email()), None, ""),
            &[s4.email()],
        ),
        Unit::not_matching(
            Key::S4F,
            "whatsapp_contact_on_shared_family_phone",
            "shared_phone_different_person",
            contact(s4f.first_last(), None, Some(e164(Key::S4F)), "pelanggan"),
            &[&e164(Key::S4F)],
        ),
        Unit::matching(
            Key::S5,
            "csvsafe_apostrophe_before_14_digit_e164",
            contact(
                s5.full(),
                Some(s5.email()),
                Some(e164(Key::S5)),
                "pelanggan,vip",
            ),
            &[s5.email(), &format!("'{}", e164(Key::S5))],
        ),
        Unit::matching(
            Key::S6,
            "whatsapp_push_name_with_emoji_no_email",
            contact(
                format!("{} {s6_family} 🌺", c.planted(Key::S6).nick),
                None,
                Some(e164(Key::S6)),
                "",
            ),
            &[&e164(Key::S6)],
        ),
        Unit::not_matching(
            Key::N6,
            "balinese_near_namesake",
            "near_namesake_different_birth_order_name",
            contact(
                n6.full(),
                Some(n6.email()),
                Some(e164(Key::N6)),
                "pelanggan",
            ),
            &[n6.email()],
        ),
    ]
}

/// Writes `rows` background contacts with `units` among them; returns the record count.
pub fn write(o: &Office, units: &mut [Unit], rows: usize) -> io::Result<u64> {
    let mut rng = o.rng("chatwoot");
    let mut w = RecordWriter::create(&o.path(FILE), Charset::Utf8Bom)?;
    w.raw("id,name,email,phone_number,labels\n")?;
    let mut id = rng.between(3, 40);
    for slot in Interleave::new(&mut rng, rows, units.len()) {
        id += *rng.pick(&[1, 1, 1, 1, 2, 3, 7]);
        let (name, email, phone, labels) = match slot {
            Slot::Planted(i) => match &units[i].fields {
                Fields::Contact {
                    name,
                    email,
                    phone,
                    labels,
                } => (name.clone(), email.clone(), phone.clone(), labels.clone()),
                _ => continue,
            },
            Slot::Background => background(o, &mut rng),
        };
        let cells = [
            Some(id.to_string()),
            csv_safe(Some(&name)),
            csv_safe(email.as_deref()),
            csv_safe(phone.as_deref()),
            csv_safe(Some(&labels)),
        ];
        let start = w.record(&csv_line(&cells, STYLE))?;
        if let Slot::Planted(i) = slot {
            units[i].locators.push(json!({
                "record": start.record, "line": start.line, "record_id": id.to_string(),
            }));
        }
    }
    w.finish()
}

type Row = (String, Option<String>, Option<String>, String);

/// A background contact: mostly WhatsApp inbox contacts (push name and phone).
fn background(o: &Office, rng: &mut crate::rng::Rng) -> Row {
    let p = o.someone(rng);
    let e164 = Some(format!("+62{}", p.nsn()));
    let x = rng.unit();
    let (name, email, phone) = if x < 0.68 {
        let y = rng.unit();
        let name = if y < 0.35 {
            p.first.clone()
        } else if y < 0.6 {
            p.first_last()
        } else if y < 0.72 {
            format!("{} {}", p.first, rng.pick(NICK_EMOJI))
        } else if y < 0.8 {
            let honorific = rng.pick(&["Mas ", "Mbak ", "Kak ", "Bunda ", "Pak ", "Bu "]);
            format!("{honorific}{}", p.first)
        } else if y < 0.84 {
            let lead = rng.pick(&["@", "-", "~"]);
            let sep = rng.pick(&["", "_", "."]);
            let last: String = slug(&p.last).chars().take(3).collect();
            format!("{lead}{}{sep}{last}", slug(&p.first))
        } else if y < 0.9 {
            String::new()
        } else {
            p.full()
        };
        (name, None, e164)
    } else if x < 0.9 {
        let phone = if rng.chance(0.3) { e164 } else { None };
        (p.full(), Some(p.email().to_lowercase()), phone)
    } else {
        (p.full(), Some(p.email().to_lowercase()), e164)
    };
    let k = rng.unit();
    let labels = if k < 0.6 {
        String::new()
    } else {
        let mut picked = vec![*rng.pick(CHATWOOT_LABELS)];
        if k >= 0.9 {
            let other = *rng.pick(CHATWOOT_LABELS);
            if other != picked[0] {
                picked.push(other);
            }
        }
        picked.sort_unstable();
        picked.join(",")
    };
    (name, email, phone, labels)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_safe_quotes_formulas_but_not_phones() {
        assert_eq!(csv_safe(Some("+6281234567890")).unwrap(), "+6281234567890");
        assert_eq!(
            csv_safe(Some("+62812345678901")).unwrap(),
            "'+62812345678901",
            "14 digits are not a phone to csv-safe"
        );
        assert_eq!(csv_safe(Some("@budi")).unwrap(), "'@budi");
        assert_eq!(csv_safe(None), None);
    }
}
