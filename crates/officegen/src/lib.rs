//! An invented Indonesian office's data exports, and the truth about whose records are where.
//!
//! `generate(seed, rows, out)` writes the exports of "CV Maju Jaya Kreatif", a print and design
//! shop: Chatwoot contacts, Jurnal invoices (XLSX and CSV) and customers (Excel id-ID), Wix and
//! Google Forms and Flamingo form entries, an old cp1252 contact list, WhatsApp chats (an iOS
//! group, Android 1:1 chats in Indonesian and English) and request e-mails. Thousands of invented
//! background customers surround six planted data subjects, their near-namesakes and a father who
//! shares his daughter's phone; `expected.json` says which records are whose. The same seed and
//! rows always give the same files. Rows are written as they are made, so a million-row office
//! takes no more memory than a small one (beyond its background population, at most 200,000
//! people).
//!
//! Every person is invented; names, streets and numbers only look Indonesian.

mod cast;
mod exports;
mod mime;
mod names;
mod people;
mod phone;
mod pools;
mod rng;
mod timeline;
mod truth;
mod unit;
mod universe;
mod write;
pub mod xlsx;

use exports::{
    chatwoot, customers, email, flamingo, forms, jurnal, legacy, whatsapp, whatsapp_chats, wix,
    Office,
};
use serde_json::{Map, Value};
use std::io;
use std::path::Path;
use truth::{format_of, Placed, Truth};
use unit::Unit;

/// The most background rows: the workbook must stay within Excel's 1,048,576 rows.
pub const MAX_ROWS: usize = 1_048_575 - 64;

/// The truth file's name inside the output folder.
pub const EXPECTED_FILE: &str = "expected.json";

/// How many background records each export gets for `rows`.
struct Sizes {
    chatwoot: usize,
    jurnal: usize,
    customers: usize,
    wix: usize,
    gforms: usize,
    gsheet: usize,
    flamingo: usize,
    legacy: usize,
    whatsapp: usize,
}

impl Sizes {
    fn for_rows(rows: usize) -> Sizes {
        Sizes {
            chatwoot: rows,
            jurnal: rows,
            customers: (rows / 4).max(50),
            wix: (rows / 2).max(50),
            gforms: (rows / 2).max(50),
            gsheet: (rows / 10).max(30),
            flamingo: (rows / 4).max(30),
            legacy: (rows / 10).max(30),
            whatsapp: (rows / 2).max(300),
        }
    }
}

/// Writes office `seed` with `rows` background records in the largest exports into `out` (created
/// when missing), with its `expected.json`; returns the truth file.
pub fn generate(seed: u64, rows: usize, out: &Path) -> io::Result<Value> {
    if rows == 0 || rows > MAX_ROWS {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("rows must be between 1 and {MAX_ROWS} (the workbook's row limit)"),
        ));
    }
    std::fs::create_dir_all(out)?;
    let cast = cast::Cast::build(seed);
    let universe = universe::build(seed, (rows / 2).clamp(600, 200_000), &cast);
    let o = Office {
        seed,
        out,
        cast: &cast,
        universe: &universe,
    };
    let n = Sizes::for_rows(rows);
    let mut files = Map::new();
    let mut placed = Vec::new();
    let mut done = |file: &str, kind: &str, records: u64, units: Vec<Unit>| {
        let mut info = format_of(kind);
        info["records"] = records.into();
        files.insert(file.to_string(), info);
        placed.extend(units.into_iter().map(|unit| Placed {
            file: file.to_string(),
            unit,
            text: None,
        }));
    };

    let mut units = chatwoot::planted(&o);
    let count = chatwoot::write(&o, &mut units, n.chatwoot)?;
    done(chatwoot::FILE, "chatwoot", count, units);

    let mut invoices = jurnal::planted(&o);
    let mut csv_invoices = invoices.clone();
    let count = jurnal::write(&o, &mut invoices, &mut csv_invoices, n.jurnal)?;
    let n1b_invoice = csv_invoices
        .iter()
        .find(|u| u.person == cast::Key::N1b)
        .and_then(|u| u.locators.first())
        .and_then(|l| l["record_id"].as_str())
        .and_then(|id| id.split('#').next())
        .unwrap_or_default()
        .to_string();
    done(jurnal::XLSX_FILE, "jurnal_xlsx", count, invoices);
    done(jurnal::CSV_FILE, "jurnal_csv", count, csv_invoices);

    let mut units = customers::planted(&o);
    let count = customers::write(&o, &mut units, n.customers)?;
    done(customers::FILE, "jurnal_customers", count, units);

    let mut units = wix::planted(&o);
    let count = wix::write(&o, &mut units, n.wix)?;
    done(wix::FILE, "wix", count, units);

    let mut units = forms::planted_download(&o);
    let count = forms::write(&o, forms::Export::Download, &mut units, n.gforms)?;
    done(forms::DOWNLOAD_FILE, "gforms", count, units);

    let mut units = forms::planted_sheet(&o);
    let count = forms::write(&o, forms::Export::Sheet, &mut units, n.gsheet)?;
    done(forms::SHEET_FILE, "gsheet", count, units);

    let mut units = flamingo::planted(&o);
    let count = flamingo::write(&o, &mut units, n.flamingo)?;
    done(flamingo::FILE, "flamingo", count, units);

    let mut units = legacy::planted(&o);
    let count = legacy::write(&o, &mut units, n.legacy)?;
    done(legacy::FILE, "legacy", count, units);

    let mut units = whatsapp::planted(&o);
    let count = whatsapp::write(&o, &mut units, n.whatsapp)?;
    done(whatsapp::FILE, "wa_ios", count, units);

    let s1_chat = whatsapp_chats::write_s1(&o)?;
    let s5_chat = whatsapp_chats::write_s5(&o)?;
    let s5_file = s5_chat.file.clone();
    for (chat, kind) in [(s1_chat, "wa_android"), (s5_chat, "wa_en")] {
        let mut info = format_of(kind);
        info["records"] = chat.records.into();
        files.insert(chat.file.clone(), info);
        placed.push(Placed {
            file: chat.file,
            unit: chat.unit,
            text: Some(chat.text),
        });
    }
    for mail in email::write(&o, &n1b_invoice)? {
        let mut info = format_of("eml");
        info["records"] = 1.into();
        files.insert(mail.file.to_string(), info);
        placed.push(Placed {
            file: mail.file.to_string(),
            unit: mail.unit,
            text: Some(mail.text),
        });
    }

    let expected = Truth {
        seed,
        rows,
        cast: &cast,
        placed,
        files,
        flamingo_file: flamingo::FILE,
        s5_chat_file: &s5_file,
    }
    .to_json();
    let mut text = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(
        &mut text,
        serde_json::ser::PrettyFormatter::with_indent(b" "),
    );
    serde::Serialize::serialize(&expected, &mut ser).map_err(io::Error::other)?;
    text.push(b'\n');
    std::fs::write(out.join(EXPECTED_FILE), text)?;
    Ok(expected)
}
