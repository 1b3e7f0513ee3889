//! Mekari Jurnal sales invoices in the import template's layout, one row per invoice line: the
//! workbook (`.xlsx`, real date cells, some dates as text) and the same sheet saved as CSV (CRLF,
//! the last header `#currency code(example: IDR, USD, CAD)` unquoted so it splits in three).

use super::jurnal_line::{Line, HEADER};
use super::{company_name, Office};
use crate::cast::Key;
use crate::people::{mixed_case_email, slug, AddressStyle, FORMAL_OR_SHORT};
use crate::phone::{format, PhoneStyle, FREE_STYLES};
use crate::pools::PRODUCTS;
use crate::rng::Rng;
use crate::timeline::{frac_time, placements};
use crate::unit::{Fields, InvoiceLine, Unit};
use crate::write::{Charset, RecordWriter};
use crate::xlsx::{Cell, XlsxWriter};
use chrono::Duration;
use serde_json::json;
use std::io;

pub const XLSX_FILE: &str = "jurnal_sales_invoices.xlsx";
pub const CSV_FILE: &str = "jurnal_sales_invoices.csv";

fn invoice(customer: String, email: String, billing: String, lines: &[InvoiceLine]) -> Fields {
    Fields::Invoice {
        customer,
        email,
        billing,
        lines: lines.to_vec(),
        memo: String::new(),
        message: String::new(),
        tags: String::new(),
    }
}

fn with(mut f: Fields, field: &str, value: String) -> Fields {
    if let Fields::Invoice {
        memo,
        message,
        tags,
        ..
    } = &mut f
    {
        match field {
            "memo" => *memo = value,
            "message" => *message = value,
            _ => *tags = value,
        }
    }
    f
}

/// The invoices planted in both files (the CSV gets a copy).
pub fn planted(o: &Office) -> Vec<Unit> {
    let c = o.cast;
    let (s1, n1b, s2, s3, s4f) = (
        c.get(Key::S1),
        c.get(Key::N1b),
        c.get(Key::S2),
        c.get(Key::S3),
        c.get(Key::S4F),
    );
    let (s5, n5, s6, n6) = (
        c.get(Key::S5),
        c.get(Key::N5),
        c.get(Key::S6),
        c.get(Key::N6),
    );
    let formal = |p: &crate::people::Person| p.address.line(AddressStyle::Formal);
    let short = |p: &crate::people::Person| p.address.line(AddressStyle::Short);
    let company = &c.planted(Key::N1b).company;
    let s1_mail = mixed_case_email(s1.email());
    let s2_wa = format(s2.nsn(), PhoneStyle::Intl62);
    let s2_mail = s2.email().to_uppercase();
    let s4f_cp = format(s4f.nsn(), PhoneStyle::LocalDash);
    let s5_mail =
        s5.email()
            .replace('@', "+invoice@")
            .replacen(&s5.first.to_lowercase(), &s5.first, 1);
    let s6_mail = mixed_case_email(s6.email());
    let s2_listed = format!("{}, {} {}.", s2.last, s2.first, &s2.middle[..1]);
    vec![
        Unit::matching(
            Key::S1,
            "honorific_prefix_mixed_case_email",
            with(
                invoice(
                    format!("Ibu {}", s1.full()),
                    s1_mail.clone(),
                    formal(s1),
                    &[(2, 4), (0, 2)],
                ),
                "message",
                "Terima kasih atas kepercayaan Anda.".into(),
            ),
            &[&s1_mail, &format!("Ibu {}", s1.full())],
        ),
        Unit::not_matching(
            Key::N1b,
            "exact_namesake_other_company",
            "same_name_different_person",
            with(
                invoice(
                    s1.full(),
                    n1b.email().into(),
                    format!("{company}, {}", short(n1b)),
                    &[(8, 1)],
                ),
                "memo",
                format!("PO dari {company}"),
            ),
            &[n1b.email()],
        ),
        Unit::matching(
            Key::S2,
            "last_comma_first_initial_upper_email",
            with(
                invoice(s2_listed, s2_mail.clone(), short(s2), &[(9, 3)]),
                "memo",
                format!("WA {s2_wa}"),
            ),
            &[&s2_mail, &s2_wa],
        ),
        Unit::not_matching(
            Key::S4F,
            "invoice_paid_by_father_shared_phone",
            "shared_phone_different_person",
            with(
                invoice(
                    format!("Bpk. {}", s4f.first_last()),
                    s4f.email().into(),
                    formal(s4f),
                    &[(5, 200)],
                ),
                "memo",
                format!("CP: {s4f_cp}"),
            ),
            &[s4f.email(), &s4f_cp],
        ),
        Unit::matching(
            Key::S5,
            "gmail_plus_addressing",
            invoice(s5.full(), s5_mail.clone(), short(s5), &[(1, 3)]),
            &[&s5_mail],
        ),
        Unit::not_matching(
            Key::N5,
            "sundanese_spelling_near_namesake",
            "near_namesake_spelling_variant",
            invoice(n5.full(), n5.email().into(), short(n5), &[(6, 2)]),
            &[n5.email()],
        ),
        Unit::matching(
            Key::S6,
            "full_balinese_name_mixed_case_email",
            with(
                invoice(
                    s6.full(),
                    s6_mail.clone(),
                    formal(s6),
                    &[(3, 300), (2, 1), (12, 1)],
                ),
                "tags",
                "Bali;Online".into(),
            ),
            &[&s6_mail],
        ),
        Unit::not_matching(
            Key::N6,
            "balinese_near_namesake",
            "near_namesake_different_birth_order_name",
            with(
                invoice(n6.full(), n6.email().into(), formal(n6), &[(7, 50)]),
                "tags",
                "Bali".into(),
            ),
            &[n6.email()],
        ),
        Unit::matching(
            Key::S3,
            "company_customer_with_contact_name_in_parentheses",
            invoice(
                format!("PT {} Sukses Makmur (u.p. {})", s3.last, s3.first),
                s3.email().into(),
                formal(s3),
                &[(4, 1), (10, 2)],
            ),
            &[s3.email()],
        ),
    ]
}

/// A background invoice: a company or a person, sometimes with a contact phone in the memo.
fn background(o: &Office, rng: &mut Rng, n_lines: usize) -> Fields {
    let (customer, email, billing, memo);
    if rng.chance(0.35) {
        customer = company_name(rng);
        let name = customer
            .split_once(' ')
            .map_or(customer.as_str(), |(_, n)| n);
        email = if rng.chance(0.5) {
            format!("finance@{}.co.id", slug(name))
        } else {
            String::new()
        };
        let p = o.someone(rng);
        billing = p.address.line(*rng.pick(&FORMAL_OR_SHORT));
        memo = if rng.chance(0.3) {
            format!(
                "u.p. {} ({})",
                p.first,
                format(p.nsn(), PhoneStyle::LocalDash)
            )
        } else {
            String::new()
        };
    } else {
        let p = o.someone(rng);
        customer = if rng.chance(0.8) {
            p.full()
        } else {
            format!("{}{}", rng.pick(&["Bpk. ", "Ibu ", "Sdr. "]), p.full())
        };
        let mut e = if rng.chance(0.55) {
            p.email().to_string()
        } else {
            String::new()
        };
        if !e.is_empty() && rng.chance(0.1) {
            e = e.to_uppercase();
        }
        email = e;
        let styles = [
            AddressStyle::Formal,
            AddressStyle::Short,
            AddressStyle::Short,
            AddressStyle::Casual,
        ];
        billing = if rng.chance(0.7) {
            p.address.line(*rng.pick(&styles))
        } else {
            String::new()
        };
        memo = if rng.chance(0.25) {
            format!("WA {}", format(p.nsn(), rng.weighted(FREE_STYLES)))
        } else {
            String::new()
        };
    }
    let lines: Vec<InvoiceLine> = (0..n_lines)
        .map(|_| {
            (
                rng.below(PRODUCTS.len()),
                *rng.pick(&[1, 1, 2, 5, 10, 50, 100, 500]),
            )
        })
        .collect();
    let message = *rng.pick(&[
        "",
        "",
        "Terima kasih atas kepercayaan Anda.",
        "Pembayaran via BCA 1234567890 a.n. CV Maju Jaya Kreatif",
    ]);
    let tags = *rng.pick(&["", "", "Bandung", "Online", "Offline;Bandung"]);
    Fields::Invoice {
        customer,
        email,
        billing,
        lines,
        memo,
        message: message.into(),
        tags: tags.into(),
    }
}

/// Writes both files with `rows` background invoice lines; `units` are planted in the workbook
/// and `csv_units` (the same invoices) in the CSV. Returns the line count of each file.
pub fn write(
    o: &Office,
    units: &mut [Unit],
    csv_units: &mut [Unit],
    rows: usize,
) -> io::Result<u64> {
    let mut rng = o.rng("jurnal");
    let mut x = XlsxWriter::create(&o.path(XLSX_FILE), "Sheet1", rows > 200_000)?;
    x.row(&HEADER.map(Cell::Text), true)?;
    let mut c = RecordWriter::create(&o.path(CSV_FILE), Charset::Utf8)?;
    c.raw(&format!("{}\r\n", HEADER.join(",")))?;
    let planted_lines: usize = units
        .iter()
        .map(|u| match &u.fields {
            Fields::Invoice { lines, .. } => lines.len(),
            _ => 0,
        })
        .sum();
    let total = (rows + planted_lines).max(1) as f64;
    let mut plan = placements(&mut rng, rows, units.len())
        .into_iter()
        .peekable();
    let mut number = 10_000 + u64::from(rng.between(1, 400));
    let (mut emitted, mut records) = (0usize, 0u64);
    loop {
        let unit = plan.next_if(|(at, _)| *at <= emitted).map(|(_, u)| u);
        if unit.is_none() && emitted >= rows {
            break;
        }
        let fields = match unit {
            Some(u) => units[u].fields.clone(),
            None => {
                let n = rng
                    .weighted(&[(1usize, 45), (2, 30), (3, 15), (4, 10)])
                    .min(rows - emitted);
                background(o, &mut rng, n)
            }
        };
        number += u64::from(rng.between(1, 2));
        let date = frac_time(emitted as f64 / total).date_naive();
        let due = date + Duration::days(*rng.pick(&[14, 30, 30, 30, 45]));
        let paid = rng.chance(0.55);
        let Fields::Invoice { lines, .. } = &fields else {
            continue;
        };
        for (i, (product, quantity)) in lines.iter().enumerate() {
            let p = &PRODUCTS[product % PRODUCTS.len()];
            let line = Line {
                inv: &fields,
                number,
                first: i == 0,
                date,
                due,
                product: *product,
                quantity: *quantity,
                price: u64::from(rng.between(p.low, p.high) / 500 * 500),
                price_as_text: rng.chance(0.05),
                date_as_text: rng.chance(0.15),
                tax: rng.chance(0.7),
                paid,
                method: rng.pick::<&str>(&["Transfer Bank", "Transfer Bank", "Cash", "QRIS"]),
            };
            let row = line.xlsx(&mut x)?;
            records += 1;
            let start = c.record(&line.csv())?;
            if let Some(u) = unit {
                let id = format!("{number}#{}", i + 1);
                units[u].locators.push(json!({
                    "record": records, "excel_row": row, "sheet": "Sheet1", "record_id": id,
                }));
                csv_units[u].locators.push(json!({
                    "record": start.record, "line": start.line, "record_id": id,
                }));
            }
        }
        if unit.is_none() {
            emitted += lines.len();
        }
    }
    x.finish()?;
    c.finish()?;
    Ok(records)
}
