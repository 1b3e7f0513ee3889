//! WordPress Contact Form 7 + Flamingo inbound messages: every cell quoted, rows joined by CRLF
//! with none after the last, newest first, and a "Security Alert" text before any cell that
//! starts with `= + - @`.

use super::{form_message, Office};
use crate::cast::Key;
use crate::phone::{format, PhoneStyle, FREE_STYLES};
use crate::timeline::{frac_time, Interleave, Slot};
use crate::unit::{Fields, Unit};
use crate::write::{Charset, RecordWriter};
use chrono::Utc;
use serde_json::json;
use std::io;

pub const FILE: &str = "cvmajujayakreatif-flamingo-inbound-2024-06-30.csv";

pub const ALERT: &str = "(Security Alert: Suspicious content is detected. See https://contactform7.com/heads-up-about-spreadsheet-vulnerabilities for details.)";

const HEADER: [&str; 6] = [
    "your-name",
    "your-email",
    "your-phone",
    "your-subject",
    "your-message",
    "Date",
];
const SUBJECTS: [&str; 5] = [
    "Tanya harga",
    "Pesanan",
    "Konsultasi desain",
    "Komplain",
    "Kerja sama",
];

fn cell(v: &str) -> String {
    let v = if v.starts_with(['=', '+', '-', '@']) {
        format!("{ALERT} {v}")
    } else {
        v.to_string()
    };
    format!("\"{}\"", v.trim().replace('"', "\"\""))
}

fn row(cells: &[&str]) -> String {
    cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(",")
}

fn entry(name: String, email: &str, phone: String, subject: &str, message: String) -> Fields {
    Fields::Flamingo {
        name,
        email: email.into(),
        phone,
        subject: subject.into(),
        message,
    }
}

pub fn planted(o: &Office) -> Vec<Unit> {
    let c = o.cast;
    let (s3, s6, n6) = (c.get(Key::S3), c.get(Key::S6), c.get(Key::N6));
    let s3_wa = format(s3.nsn(), PhoneStyle::WhatsApp);
    let erase = format!(
        "Halo, saya {}. Mohon hapus semua data pribadi saya\n(nama, email, nomor HP, alamat) dari sistem CV Maju Jaya Kreatif sesuai UU PDP.\nTerima kasih.",
        s3.full()
    );
    let n6_first = n6.first.split(' ').next_back().unwrap_or_default();
    vec![
        Unit::matching(
            Key::S3,
            "flamingo_security_alert_prefix_on_plus_phone",
            entry(s3.full(), s3.email(), s3_wa.clone(), "Permintaan penghapusan data", erase),
            &[s3.email(), ALERT, &s3_wa],
        ),
        Unit::matching(
            Key::S6,
            "first_name_only_plus_email_english",
            entry(
                c.planted(Key::S6).nick.clone(),
                s6.email(),
                String::new(),
                "Question about my data",
                "Hi, could you tell me what personal data you keep about me? I ordered wedding invitations last year.".into(),
            ),
            &[s6.email()],
        ),
        Unit::not_matching(
            Key::N6,
            "balinese_near_namesake",
            "near_namesake_different_birth_order_name",
            entry(
                format!("{n6_first} {}", n6.last),
                n6.email(),
                format(n6.nsn(), PhoneStyle::Local),
                "Harga undangan",
                "Om swastiastu, minta info harga undangan 300 pcs.".into(),
            ),
            &[n6.email()],
        ),
    ]
}

pub fn write(o: &Office, units: &mut [Unit], rows: usize) -> io::Result<u64> {
    let mut rng = o.rng("flamingo");
    let mut w = RecordWriter::create(&o.path(FILE), Charset::Utf8)?;
    w.raw(&row(&HEADER))?;
    let total = (rows + units.len()).max(1) as f64;
    for (k, slot) in Interleave::new(&mut rng, rows, units.len()).enumerate() {
        let date = frac_time(1.0 - k as f64 / total).with_timezone(&Utc);
        let date = date.format("%Y-%m-%dT%H:%M:%S+00:00").to_string();
        let [name, email, phone, subject, message] = match slot {
            Slot::Planted(i) => match &units[i].fields {
                Fields::Flamingo {
                    name,
                    email,
                    phone,
                    subject,
                    message,
                } => [name, email, phone, subject, message].map(|s| s.clone()),
                _ => continue,
            },
            Slot::Background => {
                let p = o.someone(&mut rng);
                let phone = if rng.chance(0.8) {
                    format(p.nsn(), rng.weighted(FREE_STYLES))
                } else {
                    String::new()
                };
                let subject = rng.pick(&SUBJECTS).to_string();
                [
                    p.full(),
                    p.email().into(),
                    phone,
                    subject,
                    form_message(&mut rng),
                ]
            }
        };
        w.raw("\r\n")?;
        let start = w.record(&row(&[&name, &email, &phone, &subject, &message, &date]))?;
        if let Slot::Planted(i) = slot {
            units[i]
                .locators
                .push(json!({"record": start.record, "line": start.line}));
        }
    }
    w.finish()
}
