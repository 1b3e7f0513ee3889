//! The Jurnal customer list re-saved by Excel with Indonesian regional settings: BOM, `;`, CRLF
//! rows with LF inside multi-line cells, balances like `1.750.000,00`, phones that lost their
//! leading 0 or turned into scientific notation.

use super::{company_name, Office};
use crate::cast::Key;
use crate::people::{AddressStyle, Person};
use crate::phone::{excel_scientific, format, PhoneStyle};
use crate::rng::Rng;
use crate::timeline::{Interleave, Slot};
use crate::unit::{Fields, Unit};
use crate::write::{csv_row, rupiah, Charset, CsvStyle, RecordWriter};
use serde_json::json;
use std::io;

pub const FILE: &str = "jurnal_customers_excel_id.csv";

const HEADER: [&str; 25] = [
    "*Display Name",
    "Company Name",
    "Title",
    "First Name",
    "Middle Name",
    "Last Name",
    "Billing Address",
    "BillingAddressNo",
    "BillingAddressRT",
    "BillingAddressRW",
    "BillingAddressPostCode",
    "BillingAddressKelurahan",
    "BillingAddressKecamatan",
    "BillingAddressKabupaten",
    "BillingAddressProvinsi",
    "Shipping Address",
    "Email",
    "Phone",
    "Mobile",
    "Fax",
    "NPWP",
    "Identity Type",
    "Identity Number",
    "Other Details",
    "Balance",
];

const STYLE: CsvStyle = CsvStyle::plain(';', "\r\n");

/// A customer row.
#[derive(Debug, Clone, Default)]
pub struct CustomerRow {
    pub display: String,
    pub company: String,
    pub title: String,
    pub first: String,
    pub middle: String,
    pub last: String,
    pub billing: String,
    pub address: [String; 8],
    pub email: String,
    pub phone: String,
    pub mobile: String,
    pub npwp: String,
    pub id_type: String,
    pub id_number: String,
    pub other: String,
    pub balance: u64,
}

impl CustomerRow {
    /// A person's row: their names and the address split into Jurnal's columns.
    fn of(p: &Person, display: String) -> CustomerRow {
        let a = &p.address;
        let city = a.city();
        let (kelurahan, kecamatan, postcode) = city.areas[a.area];
        CustomerRow {
            display,
            first: p.first.clone(),
            middle: p.middle.clone(),
            last: p.last.clone(),
            billing: format!("{} No. {}", a.street, a.number),
            address: [
                a.number.to_string(),
                format!("{:03}", a.rt),
                format!("{:03}", a.rw),
                postcode.into(),
                kelurahan.into(),
                kecamatan.into(),
                city.name.into(),
                city.province.into(),
            ],
            email: p.email().into(),
            ..CustomerRow::default()
        }
    }

    pub fn cells(&self) -> Vec<String> {
        let mut c = vec![
            self.display.clone(),
            self.company.clone(),
            self.title.clone(),
            self.first.clone(),
            self.middle.clone(),
            self.last.clone(),
            self.billing.clone(),
        ];
        c.extend(self.address.iter().cloned());
        c.extend([
            String::new(),
            self.email.clone(),
            self.phone.clone(),
            self.mobile.clone(),
            String::new(),
            self.npwp.clone(),
            self.id_type.clone(),
            self.id_number.clone(),
            self.other.clone(),
            if self.balance > 0 {
                rupiah(self.balance, true)
            } else {
                "0,00".into()
            },
        ]);
        c
    }
}

pub fn planted(o: &Office) -> Vec<Unit> {
    let c = o.cast;
    let (s2, s3, n3, s4f) = (
        c.get(Key::S2),
        c.get(Key::S3),
        c.get(Key::N3),
        c.get(Key::S4F),
    );
    let s3_mobile = format(s3.nsn(), PhoneStyle::LocalSpace);
    let s4f_mobile = format(s4f.nsn(), PhoneStyle::LocalDash);
    let row = |r: CustomerRow| Fields::Customer(Box::new(r));
    vec![
        Unit::matching(
            Key::S3,
            "semicolon_bom_multiline_address_double_space_trailing_space_email",
            row(CustomerRow {
                billing: s3.address.line(AddressStyle::MultiLine),
                email: format!("{} ", s3.email()),
                mobile: s3_mobile.clone(),
                title: "Ibu".into(),
                balance: 1_750_000,
                ..CustomerRow::of(s3, format!("{}  {}", s3.first, s3.last))
            }),
            &[s3.email(), &s3_mobile],
        ),
        Unit::not_matching(
            Key::N3,
            "near_namesake",
            "near_namesake_spelling_variant",
            row(CustomerRow {
                mobile: format(n3.nsn(), PhoneStyle::Local),
                ..CustomerRow::of(n3, n3.full())
            }),
            &[n3.email()],
        ),
        Unit::matching(
            Key::S2,
            "excel_stripped_leading_zero_last_comma_first",
            row(CustomerRow {
                mobile: format(s2.nsn(), PhoneStyle::ExcelLostZero),
                title: "Bpk.".into(),
                balance: 2_970_000,
                ..CustomerRow::of(
                    s2,
                    format!("{}, {} {}.", s2.last, s2.first, &s2.middle[..1]),
                )
            }),
            &[s2.email(), s2.nsn()],
        ),
        Unit::not_matching(
            Key::S4F,
            "father_with_family_phone",
            "shared_phone_different_person",
            row(CustomerRow {
                mobile: s4f_mobile.clone(),
                title: "Bpk.".into(),
                ..CustomerRow::of(s4f, s4f.first_last())
            }),
            &[&s4f_mobile],
        ),
    ]
}

/// A background customer: a person or a business, some with a KTP number or an NPWP.
fn background(o: &Office, rng: &mut Rng) -> CustomerRow {
    let p = o.someone(rng);
    let is_company = rng.chance(0.25);
    let display = if is_company {
        company_name(rng)
    } else if rng.chance(0.85) {
        p.full()
    } else {
        format!("{}, {}", p.last, p.first)
            .trim_matches([',', ' '])
            .to_string()
    };
    let style = rng.weighted(&[(0, 45), (1, 20), (2, 15), (3, 10), (4, 5), (5, 5)]);
    let mobile = match style {
        0 => format(p.nsn(), PhoneStyle::Local),
        1 => format(p.nsn(), PhoneStyle::LocalDash),
        2 => format(p.nsn(), PhoneStyle::ExcelLostZero),
        3 => format(p.nsn(), PhoneStyle::Intl62),
        4 => format(p.nsn(), PhoneStyle::E164),
        _ => excel_scientific(&format!("62{}", p.nsn())),
    };
    let mut row = CustomerRow::of(p, display.clone());
    if rng.chance(0.2) {
        let region = rng.pick(&["31", "32", "33", "35", "36", "51", "12", "73"]);
        let day = rng.between(1, 28) + if p.female { 40 } else { 0 };
        let nik = format!(
            "{region}{:02}{:02}{day:02}{:02}{:02}{:04}",
            rng.between(1, 79),
            rng.between(1, 40),
            rng.between(1, 12),
            rng.between(60, 99),
            rng.between(1, 9999)
        );
        row.id_type = "KTP".into();
        row.id_number = if rng.chance(0.5) {
            nik
        } else {
            excel_scientific(&nik)
        };
    }
    if is_company && rng.chance(0.6) {
        let d = rng.digits(15);
        row.npwp = format!(
            "{}.{}.{}.{}-{}.{}",
            &d[0..2],
            &d[2..5],
            &d[5..8],
            &d[8..9],
            &d[9..12],
            &d[12..15]
        );
    }
    if rng.chance(0.08) {
        row.billing = p.address.line(AddressStyle::MultiLine);
    }
    if is_company {
        row.company = display;
        row.first.clear();
        row.middle.clear();
        row.last.clear();
    } else {
        let titles = if p.female {
            ["", "", "Ibu", "Sdr."]
        } else {
            ["", "", "Bpk.", "Sdr."]
        };
        row.title = rng.pick(&titles).to_string();
    }
    if !rng.chance(0.6) {
        row.email.clear();
    }
    if rng.chance(0.15) {
        let area = rng.pick(&["21", "22", "31", "274", "24"]);
        row.phone = format!("(0{area}) {}", rng.between(2_000_000, 8_999_999));
    }
    row.mobile = mobile;
    if rng.chance(0.1) {
        row.other = "Langganan sejak 2019; bayar tempo 30 hari".into();
    }
    if rng.chance(0.4) {
        row.balance = u64::from(rng.between(1, 400)) * 25_000;
    }
    row
}

pub fn write(o: &Office, units: &mut [Unit], rows: usize) -> io::Result<u64> {
    let mut rng = o.rng("jurnal-customers");
    let mut w = RecordWriter::create(&o.path(FILE), Charset::Utf8Bom)?;
    w.raw(&csv_row(&HEADER, STYLE))?;
    for slot in Interleave::new(&mut rng, rows, units.len()) {
        let row = match slot {
            Slot::Planted(i) => match &units[i].fields {
                Fields::Customer(c) => (**c).clone(),
                _ => continue,
            },
            Slot::Background => background(o, &mut rng),
        };
        let start = w.record(&csv_row(&row.cells(), STYLE))?;
        if let Slot::Planted(i) = slot {
            units[i]
                .locators
                .push(json!({"record": start.record, "line": start.line}));
        }
    }
    w.finish()
}
