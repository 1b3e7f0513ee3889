//! No input may panic (issue #20): every identifier and parser over arbitrary Unicode, arbitrary
//! bytes and near-misses of the real formats. `scripts/test` runs a few thousand cases in all;
//! `scripts/fuzz` runs the same properties for minutes with `PROPTEST_CASES` raised.
//!
//! The strategies lean on the characters that break text code: multi-byte letters next to the
//! ASCII a parser looks for (`ä@`, `ß.`), combining marks, bidi controls, zero-width characters,
//! CR/LF, NUL, quotes and separators.

mod strategies;

use chrono::{FixedOffset, TimeZone};
use pdp_core::desk::search::{search, Method};
use pdp_core::identifiers::{email, keys, nik, phone};
use pdp_core::intake::{proposal, requester, rights};
use pdp_core::search::literals::spellings;
use pdp_core::search::SubjectQuery;
use pdp_core::sources::mail;
use pdp_core::sources::read::read_file;
use pdp_core::sources::sniff;
use pdp_core::sources::ReadControl;
use pdp_core::vocabulary::FieldRole;
use pdp_core::Store;
use proptest::prelude::*;
use std::cell::RefCell;
use std::path::Path;
use strategies::*;

/// One office for the search properties: a folder with a CSV and a chat full of tricky values,
/// read and indexed once.
struct TestDesk {
    _dir: tempfile::TempDir,
    store: RefCell<Store>,
}

thread_local! {
    static DESK: TestDesk = {
        let dir = tempfile::tempdir().unwrap();
        let exports = dir.path().join("exports");
        std::fs::create_dir_all(&exports).unwrap();
        std::fs::write(
            exports.join("kontak.csv"),
            "name,email,phone,nik\n\
             Ani Lestari,ani@exämple.com,0812-0000-1111,3174012345670001\n\
             Dédé Rukmana,dede.r@gmail.com,+62 812 0000 2222,\n\
             \u{202E}Budi\u{200B},＠budi@example.com,٠٨١٢,31.74.01.234567.0001\n\
             İbrahim ßeta,ß@ß.ß,8,12346E+11,\n",
        )
        .unwrap();
        std::fs::write(
            exports.join("WhatsApp Chat with Ani.txt"),
            "12/01/26 09.15 - Ani Lestari: email saya ani@exämple.com\n\
             12/01/26 09.16 - Toko: baik kak 😀\n",
        )
        .unwrap();
        let mut store = Store::open(&dir.path().join("data")).unwrap();
        let now = chrono::Utc::now();
        store.add_source(&exports, "Tester", now).unwrap();
        pdp_core::desk::refresh::refresh(&mut store, None, &ReadControl::default(), &mut |_| {}, now)
            .unwrap();
        TestDesk { _dir: dir, store: RefCell::new(store) }
    };
}

proptest! {
    #![proptest_config(config(1500))]

    #[test]
    fn identifiers_never_panic(text in any_text()) {
        let _ = email::normalise(&text);
        let _ = email::find_in_text(&text).count();
        let _ = keys::email_key(&text);
        let _ = keys::phone_key(&text);
        let _ = keys::nik_key(&text);
        let _ = keys::name_words(&text);
        let starts = keys::name_starts(&text);
        let _ = keys::starts_agree(&starts, &starts);
        let _ = phone::to_e164(&text);
        let _ = phone::find_in_text(&text);
        if let Ok(n) = nik::Nik::parse(&text) {
            let _ = n.masked();
        }
    }

    #[test]
    fn shown_text_holds_no_control_and_quotes_stay_short(text in any_text()) {
        let shown = pdp_core::text::shown(&text);
        prop_assert!(
            !shown.chars().any(|c| c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')),
            "shown text can forge no line and turn no text around: {shown:?}"
        );
        prop_assert!(pdp_core::text::quoted(&text).chars().count() <= 2 + 60 * 10 + 1, "a quote is cut");
        let _ = pdp_core::text::check_name("name", &text);
        let _ = pdp_core::text::check_typed("note", &text);
    }

    #[test]
    fn a_normalised_email_keeps_its_key(text in any_text()) {
        if let Ok(e) = email::normalise(&text) {
            prop_assert!(keys::email_key(&e).is_some(), "a normalised address {e:?} has a key");
            prop_assert_eq!(email::normalise(&e).ok(), Some(e.clone()), "normalising twice changes nothing");
        }
    }

    #[test]
    fn names_compare_without_panic(a in any_text(), b in any_text()) {
        let _ = keys::compare_names(&a, &b);
        let same = keys::compare_names(&a, &a);
        let _ = same;
    }

    #[test]
    fn literals_of_any_subject_never_panic(name in any_text(), e in any_text(), p in any_text(), n in any_text()) {
        let query = SubjectQuery {
            name: Some(name),
            emails: vec![e],
            phones: vec![p],
            niks: vec![n],
        };
        let _ = query.normalised();
        let _ = spellings(&query);
        DESK.with(|d| {
            let store = d.store.borrow();
            for method in [Method::Indexed, Method::Scan] {
                search(&store, &query, method, &ReadControl::default()).expect("a search of the test office");
            }
        });
    }

    #[test]
    fn rights_and_requester_never_panic(subject in any_text(), body in any_text()) {
        let _ = rights::classify(&body);
        let _ = requester::forwarded_sender(&body);
        let _ = proposal::subject_key(&subject);
    }

    #[test]
    fn sniffing_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = sniff::encoding(&bytes);
        let _ = sniff::delimiter(&String::from_utf8_lossy(&bytes));
    }
}

fn read_as(name: &str, bytes: &[u8]) {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let mut n = 0u64;
    if let Ok(read) = read_file(&path, name, None, &ReadControl::default(), &mut |_| n += 1) {
        assert_eq!(
            read.report.records, n,
            "the report counts the records passed on"
        );
    }
    // A mapping longer or shorter than the file's columns, too.
    let mapping = [FieldRole::Name, FieldRole::Email, FieldRole::Phone];
    let _ = read_file(
        &path,
        name,
        Some(&mapping),
        &ReadControl::default(),
        &mut |_| {},
    );
}

proptest! {
    #![proptest_config(config(300))]

    #[test]
    fn mail_never_panics(raw in mail_bytes()) {
        if let Ok(parsed) = mail::parse(&raw, Path::new("m.eml")) {
            let zone = FixedOffset::east_opt(7 * 3600).unwrap();
            let at = zone.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap();
            let _ = requester::claimed_requester(&parsed, &["privasi@example.com".to_string()]);
            let _ = proposal::propose(parsed, at);
        }
    }

    #[test]
    fn mbox_never_panics(messages in proptest::collection::vec(mail_bytes(), 0..4), noise in proptest::collection::vec(any::<u8>(), 0..100)) {
        let mut raw = Vec::new();
        for m in &messages {
            raw.extend_from_slice(b"From sender@example.com Mon Nov 30 09:00:00 2026\n");
            raw.extend_from_slice(m);
            raw.push(b'\n');
        }
        raw.extend_from_slice(&noise);
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("inbox.mbox");
        std::fs::write(&path, &raw).unwrap();
        if let Ok(found) = pdp_core::sources::mbox::read(&path) {
            for m in found {
                let _ = mail::parse(&m.raw, Path::new("inbox.mbox"));
            }
        }
    }

    #[test]
    fn tables_never_panic(bytes in table_bytes()) {
        read_as("kontak.csv", &bytes);
    }

    #[test]
    fn chats_never_panic(bytes in chat_bytes()) {
        read_as("WhatsApp Chat with Ani.txt", &bytes);
    }

    #[test]
    fn spreadsheets_never_panic(cells in proptest::collection::vec(any_text(), 0..12), garbage in proptest::collection::vec(any::<u8>(), 0..300)) {
        read_as("buku.xlsx", &xlsx_with(&cells));
        read_as("rusak.xlsx", &garbage);
    }
}

/// A one-sheet workbook with `cells` as inline strings, four to a row.
fn xlsx_with(cells: &[String]) -> Vec<u8> {
    use std::io::Write;
    let escape = |s: &str| -> String {
        s.chars()
            .filter(|c| matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..))
            .collect::<String>()
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let mut rows = String::from(
        r#"<row r="1"><c r="A1" t="inlineStr"><is><t>Nama</t></is></c><c r="B1" t="inlineStr"><is><t>Email</t></is></c></row>"#,
    );
    for (i, row) in cells.chunks(4).enumerate() {
        rows.push_str(&format!(r#"<row r="{}">"#, i + 2));
        for (j, c) in row.iter().enumerate() {
            let col = (b'A' + j as u8) as char;
            rows.push_str(&format!(
                r#"<c r="{col}{}" t="inlineStr"><is><t xml:space="preserve">{}</t></is></c>"#,
                i + 2,
                escape(c)
            ));
        }
        rows.push_str("</row>");
    }
    let parts = [
        ("[Content_Types].xml", r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#.to_string()),
        ("_rels/.rels", r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_string()),
        ("xl/workbook.xml", r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#.to_string()),
        ("xl/_rels/workbook.xml.rels", r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#.to_string()),
        ("xl/worksheets/sheet1.xml", format!(r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>"#)),
    ];
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    for (name, body) in parts {
        zip.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(body.as_bytes()).unwrap();
    }
    zip.finish().unwrap();
    out.into_inner()
}
