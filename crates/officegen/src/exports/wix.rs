//! Wix Forms submissions: newest first, LF, multi-line quoted messages, a UUID per submission.

use super::{form_message, Office};
use crate::cast::Key;
use crate::people::{AddressStyle, Person};
use crate::phone::{format, PhoneStyle, FREE_STYLES};
use crate::pools::CITIES;
use crate::rng::Rng;
use crate::timeline::{frac_time, Interleave, Slot};
use crate::unit::{Fields, Unit};
use crate::write::{csv_row, Charset, CsvStyle, RecordWriter};
use chrono::Utc;
use serde_json::json;
use std::io;

pub const FILE: &str = "wix_form_submissions.csv";

const HEADER: [&str; 8] = [
    "Submission time",
    "First name",
    "Last name",
    "Email",
    "Phone",
    "Address",
    "Message",
    "Submission ID",
];

fn entry(p: &Person, style: PhoneStyle, message: &str) -> Fields {
    Fields::Wix {
        first: p.first.clone(),
        last: p.last.clone(),
        email: p.email().into(),
        phone: format(p.nsn(), style),
        address: p.address.line(AddressStyle::Short),
        message: message.into(),
    }
}

pub fn planted(o: &Office) -> Vec<Unit> {
    let c = o.cast;
    let (s1, n1a, s3, n3, s4) = (
        c.get(Key::S1),
        c.get(Key::N1a),
        c.get(Key::S3),
        c.get(Key::N3),
        c.get(Key::S4),
    );
    let s1_phone = format(s1.nsn(), PhoneStyle::LocalDash);
    let s1_mail = s1.email().to_uppercase();
    let s1_message = format!(
        "Halo kak, saya mau tanya soal pesanan \"undangan pernikahan\" kemarin,\napakah bisa dikirim ke alamat saya di {}?\n\nTerima kasih, {}",
        CITIES[s1.address.city].name, s1.first
    );
    let s3_message = format!(
        "Dear team,\nSaya perlu revisi desain kartu nama, nama di kartu: {}.\nEmail: {}",
        s3.full(),
        s3.email()
    );
    vec![
        Unit::matching(
            Key::S1,
            "lowercase_name_uppercase_email_quoted_multiline_message",
            Fields::Wix {
                first: s1.first.to_lowercase(),
                last: s1.last.to_lowercase(),
                email: s1_mail.clone(),
                phone: s1_phone.clone(),
                address: s1.address.line(AddressStyle::Casual),
                message: s1_message,
            },
            &[&s1_mail, &s1_phone],
        ),
        Unit::not_matching(
            Key::N1a,
            "spelling_variant_namesake",
            "near_namesake_spelling_variant",
            entry(
                n1a,
                PhoneStyle::Local,
                "Mau tanya harga cetak kalender meja 100 pcs.",
            ),
            &[n1a.email()],
        ),
        Unit::matching(
            Key::S3,
            "intl_phone_multiline_message",
            entry(s3, PhoneStyle::IntlSpace, &s3_message),
            &[s3.email(), &format(s3.nsn(), PhoneStyle::IntlSpace)],
        ),
        Unit::not_matching(
            Key::N3,
            "near_namesake",
            "near_namesake_spelling_variant",
            entry(
                n3,
                PhoneStyle::LocalDash,
                "Minta pricelist stiker vinyl ya.",
            ),
            &[n3.email()],
        ),
        Unit::matching(
            Key::S4,
            "own_identity_on_shared_family_phone",
            entry(
                s4,
                PhoneStyle::LocalSpace,
                "Mau pesan 200 undangan wisuda, kontak WA nomor papa saya ya.",
            ),
            &[s4.email(), &format(s4.nsn(), PhoneStyle::LocalSpace)],
        ),
    ]
}

/// A random version-4 UUID.
fn uuid(rng: &mut Rng) -> String {
    let h = rng.hex(32);
    let variant = rng.pick(&["8", "9", "a", "b"]);
    format!(
        "{}-{}-4{}-{variant}{}-{}",
        &h[..8],
        &h[8..12],
        &h[13..16],
        &h[17..20],
        &h[20..32]
    )
}

fn background(o: &Office, rng: &mut Rng) -> [String; 6] {
    let p = o.someone(rng);
    let (mut first, mut last) = (
        p.first.clone(),
        format!("{} {}", p.middle, p.last).trim().to_string(),
    );
    if rng.chance(0.1) {
        first = first.to_lowercase();
        last = last.to_lowercase();
    }
    let email = if rng.chance(0.9) {
        p.email().to_string()
    } else {
        p.email().to_uppercase()
    };
    let phone = if rng.chance(0.85) {
        format(p.nsn(), rng.weighted(FREE_STYLES))
    } else {
        String::new()
    };
    let message = form_message(rng);
    let address = if rng.chance(0.5) {
        p.address
            .line(*rng.pick(&[AddressStyle::Short, AddressStyle::Casual]))
    } else {
        String::new()
    };
    [first, last, email, phone, address, message]
}

pub fn write(o: &Office, units: &mut [Unit], rows: usize) -> io::Result<u64> {
    let mut rng = o.rng("wix");
    let mut w = RecordWriter::create(&o.path(FILE), Charset::Utf8)?;
    let style = CsvStyle::plain(',', "\n");
    w.raw(&csv_row(&HEADER, style))?;
    let total = (rows + units.len()).max(1) as f64;
    for (k, slot) in Interleave::new(&mut rng, rows, units.len()).enumerate() {
        let when = frac_time(1.0 - k as f64 / total).with_timezone(&Utc);
        let when = when.format("%Y-%m-%dT%H:%M:%S.000Z").to_string();
        let cells = match slot {
            Slot::Planted(i) => match &units[i].fields {
                Fields::Wix {
                    first,
                    last,
                    email,
                    phone,
                    address,
                    message,
                } => [first, last, email, phone, address, message].map(|s| s.clone()),
                _ => continue,
            },
            Slot::Background => background(o, &mut rng),
        };
        let id = uuid(&mut rng);
        let [first, last, email, phone, address, message] = cells;
        let row = [
            when,
            first,
            last,
            email,
            phone,
            address,
            message,
            id.clone(),
        ];
        let start = w.record(&csv_row(&row, style))?;
        if let Slot::Planted(i) = slot {
            units[i]
                .locators
                .push(json!({"record": start.record, "line": start.line, "record_id": id}));
        }
    }
    w.finish()
}
