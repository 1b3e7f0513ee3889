//! The truth file, `expected.json`: every file with its format and record count, and for each
//! subject which records are theirs (`matches`), which only look like theirs (`must_not_match`),
//! how their identifiers are written, and where their request came from.

use crate::cast::{Cast, Key};
use crate::exports::STAFF;
use crate::phone::forms_in;
use crate::unit::{Relation, Unit};
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;

pub const GENERATOR_VERSION: &str = "2.0";

/// A planted unit with the file it is in and, for whole files, their text.
pub struct Placed {
    pub file: String,
    pub unit: Unit,
    pub text: Option<String>,
}

/// What the truth file is built from.
pub struct Truth<'a> {
    pub seed: u64,
    pub rows: usize,
    pub cast: &'a Cast,
    pub placed: Vec<Placed>,
    /// File name → format description (with `records`).
    pub files: Map<String, Value>,
    pub flamingo_file: &'a str,
    pub s5_chat_file: &'a str,
}

fn describe(key: Key) -> &'static str {
    match key {
        Key::S1 => "Common Javanese/Muslim female name; appears with honorific, case-varied email, local/E.164 phones; has an exact namesake (N1b) and a spelling-variant namesake (N1a); requester of 01_*.eml; whole 1:1 WhatsApp chat.",
        Key::S2 => "Batak name with marga; appears as 'First Last', 'Last, First M.', initials only; Excel-stripped leading zero; requests deletion from a new work e-mail; near-namesake N2 with phone differing in the last digit.",
        Key::S3 => "Chinese-Indonesian name; record in the semicolon/BOM Excel CSV with a multi-line quoted address, double space in name and trailing space in e-mail; Flamingo record with Security Alert prefix; near-namesake N3.",
        Key::S4 => "Uses her father's (S4F) phone. Records with her own name/e-mail on that phone are hers; records of S4F on the same phone are NOT hers.",
        Key::S5 => "Gmail address written with plus-tag, without dots, upper case; 14-digit E.164 phone (csv-safe apostrophe in Chatwoot); cp1252 legacy file; English-locale WhatsApp chat; near-namesake N5.",
        _ => "Balinese name; WhatsApp push name with emoji, nickname only in forms, English e-mail request; near-namesake N6 differs only in the birth-order name.",
    }
}

impl Truth<'_> {
    fn subject(&self, key: Key) -> Value {
        let p = self.cast.get(key);
        let matches: Vec<&Placed> = self
            .placed
            .iter()
            .filter(|x| x.unit.relation == Relation::Match && x.unit.person == key)
            .collect();
        let mut names = BTreeSet::from([p.full()]);
        let mut emails: BTreeSet<String> = p.emails.iter().cloned().collect();
        let mut phones = BTreeSet::new();
        for x in &matches {
            let w = x.unit.fields.written();
            names.extend(
                w.names
                    .into_iter()
                    .filter(|n| !n.starts_with("+62") && !n.starts_with(STAFF[0])),
            );
            emails.extend(w.emails);
            phones.extend(w.phones);
            for text in w.texts.iter().chain(x.text.as_ref()) {
                for nsn in &p.nsns {
                    phones.extend(forms_in(text, nsn));
                }
            }
        }
        let request = matches
            .iter()
            .find(|x| x.file.starts_with("email/"))
            .map(|x| json!({"file": x.file, "record_id": x.unit.locators[0]["record_id"]}));
        let request = match key {
            Key::S3 => self.request_in(&matches, self.flamingo_file, "website form", false),
            Key::S5 => self.request_in(&matches, self.s5_chat_file, "whatsapp", true),
            _ => request,
        };
        let unit_json = |x: &&Placed| x.unit.to_json(&x.file);
        let not_matching: Vec<Value> = self
            .placed
            .iter()
            .filter(|x| x.unit.relation == Relation::NotMatch && x.unit.subject() == Some(key))
            .map(|x| unit_json(&x))
            .collect();
        json!({
            "id": key.id(),
            "description": describe(key),
            "canonical": {
                "name": p.full(),
                "emails": p.emails,
                "phones_e164": p.nsns.iter().map(|n| format!("+62{n}")).collect::<Vec<_>>(),
                "address": p.address.line(crate::people::AddressStyle::Formal),
                "city": p.address.city().name,
            },
            "identifiers_as_written": {"names": names, "emails": emails, "phones": phones},
            "request": request,
            "matches": matches.iter().map(unit_json).collect::<Vec<_>>(),
            "must_not_match": not_matching,
        })
    }

    /// A request that came in as a record of an export (a form entry, a chat's last message).
    fn request_in(
        &self,
        matches: &[&Placed],
        file: &str,
        channel: &str,
        last: bool,
    ) -> Option<Value> {
        let unit = &matches.iter().find(|x| x.file == file)?.unit;
        let loc = if last {
            unit.locators.last()
        } else {
            unit.locators.first()
        }?;
        Some(json!({"file": file, "record": loc["record"], "channel": channel}))
    }

    pub fn to_json(&self) -> Value {
        let near: Vec<Value> = Key::NEAR_MISSES
            .iter()
            .map(|k| {
                let pl = self.cast.planted(*k);
                let p = &pl.person;
                json!({
                    "id": k.id(), "note": pl.note, "name": p.full(), "emails": p.emails,
                    "phones_e164": p.nsns.iter().map(|n| format!("+62{n}")).collect::<Vec<_>>(),
                    "city": p.address.city().name,
                })
            })
            .collect();
        json!({
            "generator": "pdp-officegen",
            "generator_version": GENERATOR_VERSION,
            "seed": self.seed,
            "rows": self.rows,
            "business": crate::exports::BUSINESS,
            "record_addressing": {
                "csv": "record = 1-based data record after the header, as a CSV parser yields them (multi-line quoted cells belong to one record); line = 1-based physical line where the record starts (header is line 1, BOM ignored)",
                "xlsx": "record = 1-based data row; excel_row = worksheet row number (header is row 1)",
                "whatsapp-txt": "record = 1-based message index in file order, counting system messages; line = physical line where the message starts",
                "eml": "record = 1 (the whole message); record_id = Message-ID",
                "record_id": "Chatwoot contact id; Jurnal '<*InvoiceNumber>#<line within invoice>'; Wix Submission ID; Google Forms Timestamp text; legacy 'No' column",
            },
            "files": self.files,
            "subjects": Key::SUBJECTS.iter().map(|k| self.subject(*k)).collect::<Vec<_>>(),
            "near_miss_persons": near,
            "guarantees": [
                "Background records never contain a subject's or near-miss person's e-mail (after lower-casing, Gmail dot/plus folding) or phone number, and no background person shares two or more name tokens with them.",
                "Only records listed under a subject's 'matches' contain that subject's identifiers, except records listed under 'must_not_match' with reason shared_phone_different_person.",
            ],
        })
    }
}

/// The format description of each export kind, as the truth file lists it.
pub fn format_of(kind: &str) -> Value {
    match kind {
        "chatwoot" => {
            json!({"source": "Chatwoot contacts export (DataExports::ContactsJob, v4.19+)", "format": "csv", "encoding": "utf-8", "bom": true, "delimiter": ",", "line_ending": "LF", "header_rows": 1, "notes": "Ruby CSV via csv-safe: nil -> empty, empty string -> \"\"; values starting with - = + @ % | get a leading ' unless a 9-13 digit phone"})
        }
        "jurnal_xlsx" => {
            json!({"source": "Mekari Jurnal sales-invoice import template layout", "format": "xlsx", "sheet": "Sheet1", "header_rows": 1, "notes": "dates mostly real date cells (dd/mm/yyyy), some text; one row per invoice line"})
        }
        "jurnal_csv" => {
            json!({"source": "same sheet saved as CSV", "format": "csv", "encoding": "utf-8", "bom": false, "delimiter": ",", "line_ending": "CRLF", "header_rows": 1, "notes": "last header '#currency code(example: IDR, USD, CAD)' is unquoted, so the header has 33 fields; data rows have 33 fields too"})
        }
        "jurnal_customers" => {
            json!({"source": "Jurnal customer list re-saved by Excel with Indonesian regional settings", "format": "csv", "encoding": "utf-8", "bom": true, "delimiter": ";", "line_ending": "CRLF (LF inside quoted cells)", "header_rows": 1, "notes": "amounts like 1.750.000,00; some phones lost their leading 0 or are in scientific notation"})
        }
        "wix" => {
            json!({"source": "Wix Forms submissions export (column layout not confirmed)", "format": "csv", "encoding": "utf-8", "bom": false, "delimiter": ",", "line_ending": "LF", "header_rows": 1, "notes": "newest first; multi-line quoted messages"})
        }
        "gforms" => {
            json!({"source": "Google Forms 'Download responses (.csv)'", "format": "csv", "encoding": "utf-8", "bom": false, "delimiter": ",", "line_ending": "CRLF", "header_rows": 1, "notes": "all fields quoted; Timestamp 'YYYY/MM/DD h:mm:ss AM/PM GMT+7'"})
        }
        "gsheet" => {
            json!({"source": "Google Sheet linked to the form, File > Download > CSV, locale Indonesia", "format": "csv", "encoding": "utf-8", "bom": false, "delimiter": ",", "line_ending": "CRLF", "header_rows": 1, "notes": "all fields quoted; Timestamp 'd/m/yyyy H:mm:ss'"})
        }
        "flamingo" => {
            json!({"source": "WordPress Contact Form 7 + Flamingo inbound messages export", "format": "csv", "encoding": "utf-8", "bom": false, "delimiter": ",", "line_ending": "CRLF between rows, none after the last row", "header_rows": 1, "notes": "every cell quoted; cells starting with = + - @ get a Security Alert text prefix; newest first"})
        }
        "legacy" => {
            json!({"source": "old customer list saved as 'CSV (Comma delimited)' by Excel on an English-locale PC", "format": "csv", "encoding": "cp1252", "bom": false, "delimiter": ",", "line_ending": "CRLF", "header_rows": 1})
        }
        "wa_ios" => {
            json!({"source": "WhatsApp iOS 'Export Chat' (group, Indonesian locale, media attached)", "format": "whatsapp-txt", "encoding": "utf-8", "line_ending": "CRLF", "notes": "'[dd/mm/yy, HH.MM.SS] Sender: text'; U+200E marks; record = message"})
        }
        "wa_android" => {
            json!({"source": "WhatsApp Android 'Export chat' (1:1, Indonesian locale)", "format": "whatsapp-txt", "encoding": "utf-8", "line_ending": "LF", "notes": "'dd/mm/yy HH.MM - Sender: text'; record = message"})
        }
        "wa_en" => {
            json!({"source": "WhatsApp Android 'Export chat' (1:1, English-US locale, 12-hour clock)", "format": "whatsapp-txt", "encoding": "utf-8", "line_ending": "LF", "notes": "'M/D/YY, h:mm<U+202F>PM - Sender: text'; record = message"})
        }
        _ => json!({"source": "RFC 5322 e-mail message", "format": "eml", "line_ending": "CRLF"}),
    }
}
