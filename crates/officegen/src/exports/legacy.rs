//! An old customer list saved as "CSV (Comma delimited)" by Excel on an English-locale PC:
//! Windows-1252, CRLF, typographic quotes and dashes in the notes.

use super::Office;
use crate::cast::Key;
use crate::people::AddressStyle;
use crate::phone::{format, PhoneStyle};
use crate::timeline::{Interleave, Slot};
use crate::unit::{Fields, Unit};
use crate::write::{csv_row, Charset, CsvStyle, RecordWriter};
use serde_json::json;
use std::io;

pub const FILE: &str = "kontak_lama_cp1252.csv";

const HEADER: [&str; 6] = ["No", "Nama", "Telepon", "Email", "Alamat", "Catatan"];
const NOTES: [&str; 9] = [
    "",
    "",
    "",
    "Pelanggan tetap",
    "Sering pesan undangan – minta diskon",
    "Bayar tunai • ambil sendiri",
    "Referensi dari Bu Rina",
    "Café & resto, pesan menu tiap bulan",
    "Jangan telp siang (’istirahat’)",
];
const STYLE: CsvStyle = CsvStyle::plain(',', "\r\n");

pub fn planted(o: &Office) -> Vec<Unit> {
    let c = o.cast;
    let (s5, s4f) = (c.get(Key::S5), c.get(Key::S4F));
    let s5_phone = format(s5.nsn(), PhoneStyle::LocalDash);
    let s4f_phone = format(s4f.nsn(), PhoneStyle::LocalDash);
    vec![
        Unit::matching(
            Key::S5,
            "cp1252_file_mixed_case_email",
            Fields::Legacy {
                name: s5.full(),
                phone: s5_phone.clone(),
                email: s5.email().replacen(&s5.first.to_lowercase(), &s5.first, 1),
                address: s5.address.line(AddressStyle::Short),
                note: "Pelanggan lama – sering pesan kartu nama (’VIP’)".into(),
            },
            &[&s5_phone],
        ),
        Unit::not_matching(
            Key::S4F,
            "father_on_family_phone",
            "shared_phone_different_person",
            Fields::Legacy {
                name: format!("Bpk. {}", s4f.first_last()),
                phone: s4f_phone.clone(),
                email: s4f.email().into(),
                address: s4f.address.line(AddressStyle::Short),
                note: "Bayar tunai • ambil sendiri".into(),
            },
            &[&s4f_phone],
        ),
    ]
}

pub fn write(o: &Office, units: &mut [Unit], rows: usize) -> io::Result<u64> {
    let mut rng = o.rng("legacy");
    let mut w = RecordWriter::create(&o.path(FILE), Charset::Cp1252)?;
    w.raw(&csv_row(&HEADER, STYLE))?;
    for (no, slot) in Interleave::new(&mut rng, rows, units.len()).enumerate() {
        let no = (no + 1).to_string();
        let [name, phone, email, address, note] = match slot {
            Slot::Planted(i) => match &units[i].fields {
                Fields::Legacy {
                    name,
                    phone,
                    email,
                    address,
                    note,
                } => [name, phone, email, address, note].map(|s| s.clone()),
                _ => continue,
            },
            Slot::Background => {
                let p = o.someone(&mut rng);
                let style = [
                    (PhoneStyle::LocalDash, 50),
                    (PhoneStyle::Local, 30),
                    (PhoneStyle::LocalSpace, 20),
                ];
                let mut phone = format(p.nsn(), rng.weighted(&style));
                if rng.chance(0.1) {
                    let area = rng.pick(&["21", "22", "31", "274"]);
                    phone = format!("(0{area}) {}", rng.between(2_000_000, 8_999_999));
                }
                let email = if rng.chance(0.5) {
                    p.email().to_string()
                } else {
                    String::new()
                };
                let note = rng.pick(&NOTES).to_string();
                [
                    p.full(),
                    phone,
                    email,
                    p.address.line(AddressStyle::Short),
                    note,
                ]
            }
        };
        let start = w.record(&csv_row(
            &[no.clone(), name, phone, email, address, note],
            STYLE,
        ))?;
        if let Slot::Planted(i) = slot {
            units[i]
                .locators
                .push(json!({"record": start.record, "line": start.line, "record_id": no}));
        }
    }
    w.finish()
}
