//! Google Forms responses, as "Download responses (.csv)" gives them (every cell quoted, CRLF,
//! `YYYY/MM/DD h:mm:ss AM GMT+7`) and as the linked sheet's CSV in the Indonesia locale
//! (`d/m/yyyy H:mm:ss`).

use super::{form_message, Office};
use crate::cast::Key;
use crate::people::{capitalize, AddressStyle, Person};
use crate::phone::{format, PhoneStyle, FREE_STYLES};
use crate::rng::Rng;
use crate::timeline::{frac_time, Interleave, Slot};
use crate::unit::{Fields, Unit};
use crate::write::{csv_row, Charset, CsvStyle, RecordWriter};
use chrono::{DateTime, FixedOffset, Timelike};
use serde_json::json;
use std::io;

pub const DOWNLOAD_FILE: &str = "google_forms.csv";
pub const SHEET_FILE: &str = "google_forms_sheet_export.csv";

const CONSENT: &str = "Ya, saya setuju";
const STYLE: CsvStyle = CsvStyle {
    quote_all: true,
    ..CsvStyle::plain(',', "\r\n")
};

/// Which of the two exports.
#[derive(Clone, Copy)]
pub enum Export {
    Download,
    Sheet,
}

impl Export {
    fn header(self) -> [&'static str; 7] {
        let email = match self {
            Export::Download => "Email Address",
            Export::Sheet => "Email address",
        };
        [
            "Timestamp",
            email,
            "Nama Lengkap",
            "Nomor WhatsApp",
            "Alamat Pengiriman",
            "Pesan / Pertanyaan",
            "Saya menyetujui data saya diproses sesuai UU PDP",
        ]
    }

    fn timestamp(self, t: DateTime<FixedOffset>) -> String {
        match self {
            Export::Download => {
                let h12 = if t.hour().is_multiple_of(12) {
                    12
                } else {
                    t.hour() % 12
                };
                let half = if t.hour() >= 12 { "PM" } else { "AM" };
                format!(
                    "{} {h12}:{} {half} GMT+7",
                    t.format("%Y/%m/%d"),
                    t.format("%M:%S")
                )
            }
            Export::Sheet => t.format("%-d/%-m/%Y %-H:%M:%S").to_string(),
        }
    }
}

fn form(
    p: &Person,
    name: String,
    email: String,
    style: PhoneStyle,
    address: AddressStyle,
    message: &str,
) -> Fields {
    Fields::Form {
        email,
        name,
        whatsapp: format(p.nsn(), style),
        address: p.address.line(address),
        message: message.into(),
    }
}

pub fn planted_download(o: &Office) -> Vec<Unit> {
    let c = o.cast;
    let (s2, n2, s4, s5) = (
        c.get(Key::S2),
        c.get(Key::N2),
        c.get(Key::S4),
        c.get(Key::S5),
    );
    let initials = format!("{}. {}. {}", &s2.first[..1], &s2.middle[..1], s2.last);
    let s2_wa = format(s2.nsn(), PhoneStyle::WhatsApp);
    let (local, domain) = s5.email().split_once('@').unwrap_or((s5.email(), ""));
    let s5_mail = format!("{}@{domain}", local.replace('.', ""));
    let short = AddressStyle::Short;
    let mut s5_unit = Unit::matching(
        Key::S5,
        "gmail_dots_removed_lowercase_name_62_phone",
        form(
            s5,
            s5.full().to_lowercase(),
            s5_mail,
            PhoneStyle::Intl62,
            AddressStyle::Casual,
            "Pesan stempel flash 2 buah.",
        ),
        &[&format(s5.nsn(), PhoneStyle::Intl62)],
    );
    s5_unit.hard = true;
    vec![
        Unit::matching(
            Key::S2,
            "initials_only_wa_formatted_phone",
            form(
                s2,
                initials,
                s2.email().into(),
                PhoneStyle::WhatsApp,
                short,
                "Apakah bisa cetak kalender meja untuk kantor?",
            ),
            &[s2.email(), &s2_wa],
        ),
        Unit::not_matching(
            Key::N2,
            "near_namesake_phone_off_by_one",
            "near_namesake_and_phone_differs_in_last_digit",
            form(
                n2,
                n2.first_last(),
                n2.email().into(),
                PhoneStyle::WhatsApp,
                short,
                "Info harga banner 3x1 meter.",
            ),
            &[n2.email()],
        ),
        s5_unit,
        Unit::matching(
            Key::S4,
            "own_identity_on_shared_family_phone",
            form(
                s4,
                s4.full(),
                s4.email().into(),
                PhoneStyle::E164,
                short,
                "Saya mau revisi desain undangan, hubungi ke WA papa saya.",
            ),
            &[s4.email()],
        ),
    ]
}

pub fn planted_sheet(o: &Office) -> Vec<Unit> {
    let c = o.cast;
    let (s5, n5) = (c.get(Key::S5), c.get(Key::N5));
    let s5_mail = s5.email().to_uppercase();
    let s5_wa = format(s5.nsn(), PhoneStyle::LocalDash);
    let short = AddressStyle::Short;
    vec![
        Unit::matching(
            Key::S5,
            "abbreviated_last_name_uppercase_email",
            form(
                s5,
                format!("{} {}.", s5.first, &s5.last[..1]),
                s5_mail.clone(),
                PhoneStyle::LocalDash,
                short,
                "Konfirmasi pembayaran sudah transfer.",
            ),
            &[&s5_mail, &s5_wa],
        ),
        Unit::not_matching(
            Key::N5,
            "near_namesake",
            "near_namesake_spelling_variant",
            form(
                n5,
                n5.full(),
                n5.email().into(),
                PhoneStyle::LocalDash,
                short,
                "Minta katalog produk.",
            ),
            &[n5.email()],
        ),
    ]
}

fn background(o: &Office, rng: &mut Rng) -> [String; 5] {
    let p = o.someone(rng);
    let name = if rng.chance(0.85) {
        p.full()
    } else {
        p.full().to_uppercase()
    };
    let whatsapp = format(p.nsn(), rng.weighted(FREE_STYLES));
    let message = form_message(rng);
    let styles = [
        AddressStyle::Formal,
        AddressStyle::Short,
        AddressStyle::Casual,
    ];
    let address = p.address.line(*rng.pick(&styles));
    let email = if rng.chance(0.9) {
        p.email().to_string()
    } else {
        capitalize(p.email())
    };
    [email, name, whatsapp, address, message]
}

pub fn write(o: &Office, export: Export, units: &mut [Unit], rows: usize) -> io::Result<u64> {
    let (label, file) = match export {
        Export::Download => ("google-forms", DOWNLOAD_FILE),
        Export::Sheet => ("google-sheet", SHEET_FILE),
    };
    let mut rng = o.rng(label);
    let mut w = RecordWriter::create(&o.path(file), Charset::Utf8)?;
    w.raw(&csv_row(&export.header(), STYLE))?;
    let total = (rows + units.len()).max(1) as f64;
    for (k, slot) in Interleave::new(&mut rng, rows, units.len()).enumerate() {
        let stamp = export.timestamp(frac_time(k as f64 / total));
        let [email, name, whatsapp, address, message] = match slot {
            Slot::Planted(i) => match &units[i].fields {
                Fields::Form {
                    email,
                    name,
                    whatsapp,
                    address,
                    message,
                } => [email, name, whatsapp, address, message].map(|s| s.clone()),
                _ => continue,
            },
            Slot::Background => background(o, &mut rng),
        };
        let row = [
            stamp.clone(),
            email,
            name,
            whatsapp,
            address,
            message,
            CONSENT.into(),
        ];
        let start = w.record(&csv_row(&row, STYLE))?;
        if let Slot::Planted(i) = slot {
            units[i]
                .locators
                .push(json!({"record": start.record, "line": start.line, "record_id": stamp}));
        }
    }
    w.finish()
}
