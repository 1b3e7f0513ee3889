//! The search index keeps no identifier in clear, and a file changed since it was indexed is
//! read whole instead, so the indexed search still finds what is in it now.

use crate::support;

use pdp_core::desk::refresh::refresh;
use pdp_core::desk::search::{search, Method};
use pdp_core::search::{HitClass, SubjectQuery};
use pdp_core::sources::ReadControl;
use pdp_core::Store;
use std::io::Write;
use support::generate;

fn index(store: &mut Store) {
    refresh(
        store,
        None,
        &ReadControl::default(),
        &mut |_| {},
        chrono::Utc::now(),
    )
    .unwrap();
}

#[test]
fn the_database_holds_no_identifier_in_clear() {
    let tmp = tempfile::tempdir().unwrap();
    let fx = tmp.path().join("fx");
    let expected = generate(3, 300, &fx);
    std::fs::remove_file(fx.join("expected.json")).unwrap();
    let data = tmp.path().join("data");
    let mut store = Store::open(&data).unwrap();
    store.add_source(&fx, "test", chrono::Utc::now()).unwrap();
    index(&mut store);
    // A database with no index would hold nothing in clear either: prove the index is there and
    // finds each subject, so the grep below looks at a real one.
    for s in expected["subjects"].as_array().unwrap() {
        let query = SubjectQuery {
            emails: vec![s["canonical"]["emails"][0].as_str().unwrap().to_string()],
            ..SubjectQuery::default()
        };
        let found = search(&store, &query, Method::Indexed, &ReadControl::default()).unwrap();
        assert!(
            !found.hits.is_empty(),
            "the index finds {} before the database is grepped",
            s["canonical"]["name"]
        );
    }
    let keys: i64 = rusqlite::Connection::open(data.join("pdpdesk.db"))
        .unwrap()
        .query_row("SELECT count(*) FROM index_keys", [], |r| r.get(0))
        .unwrap();
    assert!(keys > 1000, "the index holds keys to grep: {keys}");
    drop(store);
    let mut bytes = Vec::new();
    for name in ["pdpdesk.db", "pdpdesk.db-wal"] {
        if let Ok(b) = std::fs::read(data.join(name)) {
            bytes.extend(b);
        }
    }
    // File names are where records are (a WhatsApp export is named after the chat): they are
    // kept, as on the disk beside the database; the content is not.
    let mut text = String::from_utf8_lossy(&bytes).to_lowercase();
    for file in expected["files"].as_object().unwrap().keys() {
        text = text.replace(&file.to_lowercase(), "");
    }
    for s in expected["subjects"].as_array().unwrap() {
        let c = &s["canonical"];
        let mut clear: Vec<String> = c["emails"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e.as_str().unwrap().to_lowercase())
            .collect();
        clear.extend(
            c["phones_e164"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p.as_str().unwrap().trim_start_matches("+62").to_string()),
        );
        clear.push(c["name"].as_str().unwrap().to_lowercase());
        for value in clear {
            assert!(
                !text.contains(&value),
                "{value} is in the database in clear after indexing"
            );
        }
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(data.join(pdp_core::index::SECRET_FILE))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "the index secret is private");
    }
}

#[test]
fn a_file_changed_since_indexing_is_read_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let fx = tmp.path().join("fx");
    generate(4, 200, &fx);
    std::fs::remove_file(fx.join("expected.json")).unwrap();
    let mut store = Store::open(&tmp.path().join("data")).unwrap();
    store.add_source(&fx, "test", chrono::Utc::now()).unwrap();
    index(&mut store);
    let query = SubjectQuery {
        name: Some("Kartika Anggraeni".into()),
        emails: vec!["kartika.anggraeni.test@example.org".into()],
        ..SubjectQuery::default()
    };
    let before = search(&store, &query, Method::Indexed, &ReadControl::default()).unwrap();
    assert!(before.hits.is_empty(), "an invented subject is nowhere yet");
    // Someone adds a row to the contacts export after it was indexed.
    let contacts = fx.join("chatwoot_contacts.csv");
    let header = std::fs::read_to_string(&contacts).unwrap();
    let width = header.lines().next().unwrap().split(',').count();
    let mut cells = vec![String::new(); width];
    cells[0] = "99999".into();
    cells[1] = "Kartika Anggraeni".into();
    cells[2] = "Kartika.Anggraeni.Test@example.org".into();
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(&contacts)
        .unwrap();
    writeln!(f, "{}", cells.join(",")).unwrap();
    drop(f);
    let indexed = search(&store, &query, Method::Indexed, &ReadControl::default()).unwrap();
    let scanned = search(&store, &query, Method::Scan, &ReadControl::default()).unwrap();
    assert_eq!(
        indexed.hits, scanned.hits,
        "the changed file is read whole, so both paths agree"
    );
    assert!(
        indexed
            .hits
            .iter()
            .any(|h| h.file == "chatwoot_contacts.csv" && h.class == HitClass::Strong),
        "the new row is found although the index predates it: {:?}",
        indexed.hits
    );
}

#[test]
fn removing_a_source_removes_its_index() {
    let tmp = tempfile::tempdir().unwrap();
    let fx = tmp.path().join("fx");
    generate(5, 100, &fx);
    std::fs::remove_file(fx.join("expected.json")).unwrap();
    let data = tmp.path().join("data");
    let mut store = Store::open(&data).unwrap();
    store.add_source(&fx, "test", chrono::Utc::now()).unwrap();
    index(&mut store);
    let count = |table: &str| -> i64 {
        let db = rusqlite::Connection::open(data.join("pdpdesk.db")).unwrap();
        db.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    };
    assert!(count("index_keys") > 0, "reading a source indexes it");
    store
        .remove_source(&fx, "Tester", chrono::Utc::now())
        .unwrap();
    assert_eq!(count("index_files"), 0, "a removed source leaves no index");
    assert_eq!(count("index_keys"), 0, "a removed source leaves no keys");
}

/// A minimal workbook with one sheet per `(name, rows)`, cells as inline strings.
fn workbook(path: &std::path::Path, sheets: &[(&str, Vec<Vec<String>>)]) {
    use zip::write::SimpleFileOptions;
    let mut z = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let mut put = |name: &str, text: String| {
        z.start_file(name, SimpleFileOptions::default()).unwrap();
        z.write_all(text.as_bytes()).unwrap();
    };
    let ns = "http://schemas.openxmlformats.org";
    let types: String = (1..=sheets.len())
        .map(|i| format!(r#"<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#))
        .collect();
    put(
        "[Content_Types].xml",
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>{types}</Types>"#
        ),
    );
    put(
        "_rels/.rels",
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{ns}/package/2006/relationships"><Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
        ),
    );
    let listed: String = sheets
        .iter()
        .enumerate()
        .map(|(i, (name, _))| {
            format!(
                r#"<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>"#,
                n = i + 1
            )
        })
        .collect();
    put(
        "xl/workbook.xml",
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{ns}/spreadsheetml/2006/main" xmlns:r="{ns}/officeDocument/2006/relationships"><sheets>{listed}</sheets></workbook>"#
        ),
    );
    let rels: String = (1..=sheets.len())
        .map(|n| format!(r#"<Relationship Id="rId{n}" Type="{ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>"#))
        .collect();
    put(
        "xl/_rels/workbook.xml.rels",
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{ns}/package/2006/relationships">{rels}</Relationships>"#
        ),
    );
    for (i, (_, rows)) in sheets.iter().enumerate() {
        let mut xml = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{ns}/spreadsheetml/2006/main"><sheetData>"#
        );
        for (r, row) in rows.iter().enumerate() {
            xml.push_str(&format!(r#"<row r="{}">"#, r + 1));
            for (c, v) in row.iter().enumerate() {
                let col = (b'A' + c as u8) as char;
                xml.push_str(&format!(
                    r#"<c r="{col}{}" t="inlineStr"><is><t>{v}</t></is></c>"#,
                    r + 1
                ));
            }
            xml.push_str("</row>");
        }
        xml.push_str("</sheetData></worksheet>");
        put(&format!("xl/worksheets/sheet{}.xml", i + 1), xml);
    }
    z.finish().unwrap();
}

#[test]
fn a_record_on_the_second_sheet_is_found_on_both_paths() {
    let tmp = tempfile::tempdir().unwrap();
    let header = || vec!["Nama".to_string(), "Email".into(), "Telepon".into()];
    let customer = |n: u32| {
        vec![
            format!("Pelanggan {n}"),
            format!("p{n}@contoh.co.id"),
            String::new(),
        ]
    };
    let mut first = vec![header()];
    first.extend((1..=30).map(customer));
    let mut second = vec![header()];
    second.extend((31..=40).map(customer));
    second.push(vec![
        "Rina Kartika".into(),
        "rina.kartika@contoh.co.id".into(),
        "0812-7000-1234".into(),
    ]);
    let book = tmp.path().join("pelanggan.xlsx");
    workbook(&book, &[("2023", first), ("2024", second)]);
    let mut store = Store::open(&tmp.path().join("data")).unwrap();
    store.add_source(&book, "test", chrono::Utc::now()).unwrap();
    index(&mut store);
    let query = SubjectQuery {
        emails: vec!["rina.kartika@contoh.co.id".into()],
        ..SubjectQuery::default()
    };
    let indexed = search(&store, &query, Method::Indexed, &ReadControl::default()).unwrap();
    let scanned = search(&store, &query, Method::Scan, &ReadControl::default()).unwrap();
    assert_eq!(
        indexed.hits, scanned.hits,
        "records are numbered through the workbook"
    );
    assert_eq!(indexed.hits.len(), 1, "{:?}", indexed.hits);
    assert_eq!(
        indexed.hits[0].locator,
        pdp_core::sources::Locator::Cell {
            sheet: "2024".into(),
            row: 12
        },
        "the hit is on the second sheet, where the record is"
    );
}

#[test]
fn a_lost_index_secret_drops_the_index_instead_of_finding_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let fx = tmp.path().join("fx");
    let expected = generate(2, 100, &fx);
    std::fs::remove_file(fx.join("expected.json")).unwrap();
    let data = tmp.path().join("data");
    let mut store = Store::open(&data).unwrap();
    store.add_source(&fx, "test", chrono::Utc::now()).unwrap();
    index(&mut store);
    let c = &expected["subjects"][0]["canonical"];
    let query = SubjectQuery {
        emails: vec![c["emails"][0].as_str().unwrap().to_string()],
        ..SubjectQuery::default()
    };
    let before = search(&store, &query, Method::Indexed, &ReadControl::default()).unwrap();
    assert!(!before.hits.is_empty());
    std::fs::remove_file(data.join(pdp_core::index::SECRET_FILE)).unwrap();
    // The fingerprints are keyed with the secret too: compare the hits without them.
    let unkeyed = |mut hits: Vec<pdp_core::search::Hit>| {
        hits.iter_mut().for_each(|h| h.fingerprint.clear());
        hits
    };
    let after = search(&store, &query, Method::Indexed, &ReadControl::default()).unwrap();
    assert_eq!(
        unkeyed(after.hits),
        unkeyed(before.hits.clone()),
        "with a new secret the old index is dropped and the files are read"
    );
    index(&mut store);
    let rebuilt = search(&store, &query, Method::Indexed, &ReadControl::default()).unwrap();
    assert_eq!(
        unkeyed(rebuilt.hits),
        unkeyed(before.hits),
        "the next reading builds the index again"
    );
}
