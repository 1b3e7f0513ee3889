//! Access points into a large workbook (issue #19): indexing notes them; a row near the end of a
//! multi-MB sheet read back through the nearest one is the very record a whole reading gives;
//! the search finds the subject through them; and the database keeps them sealed, so it holds
//! none of the sheet's text in clear.

use pdp_core::desk::refresh::refresh;
use pdp_core::desk::search::{search, Method};
use pdp_core::search::SubjectQuery;
use pdp_core::sources::read::{read_back, read_file, read_file_to_index};
use pdp_core::sources::xlsx::read_back_at_points;
use pdp_core::sources::{ReadControl, Record};
use pdp_core::Store;
use pdp_officegen::xlsx::{Cell, XlsxWriter};
use std::path::{Path, PathBuf};

/// Invoices as a spreadsheet program writes them (deflated at level 6, blocks of a few hundred
/// KB), about 14 MB of XML; row `planted` holds the subject.
fn workbook(dir: &Path, rows: usize, planted: usize) -> PathBuf {
    let path = dir.join("faktur_penjualan.xlsx");
    let mut w = XlsxWriter::create(&path, "Faktur", false).expect("create");
    let header = [
        "No Faktur",
        "Nama Pelanggan",
        "Email",
        "Telepon",
        "Total",
        "Catatan",
    ];
    let cells: Vec<Cell> = header.iter().map(|h| Cell::Text(h)).collect();
    w.row(&cells, true).expect("header");
    for i in 1..=rows {
        let (name, email, phone) = if i == planted {
            (
                "Larasati Wibisono".to_string(),
                "larasati.wibisono@contoh.co.id".to_string(),
                "081377001234".to_string(),
            )
        } else {
            (
                format!("Pelanggan Nomor {}", i % 977),
                format!("pelanggan{i}@contoh.co.id"),
                format!("0812{i:08}"),
            )
        };
        let number = format!("INV/2024/{i:06}");
        let note = format!("cetak spanduk {} lembar, ambil di toko", i % 40);
        w.row(
            &[
                Cell::Text(&number),
                Cell::Text(&name),
                Cell::Text(&email),
                Cell::Text(&phone),
                Cell::Number(i as u64 * 1500),
                Cell::Text(&note),
            ],
            false,
        )
        .expect("row");
    }
    w.finish().expect("finish");
    path
}

fn everything(path: &Path) -> Vec<Record> {
    let mut all = Vec::new();
    read_file(
        path,
        "faktur_penjualan.xlsx",
        None,
        &ReadControl::default(),
        &mut |r| all.push(r),
    )
    .expect("reads");
    all
}

#[test]
fn a_row_near_the_end_is_read_back_through_an_access_point_as_it_was_read() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let path = workbook(tmp.path(), 45_000, 44_990);
    let read = read_file_to_index(
        &path,
        "faktur_penjualan.xlsx",
        None,
        &ReadControl::default(),
        &mut |_| {},
    )
    .expect("indexes");
    assert_eq!(read.sheets.len(), 1, "the large sheet has access points");
    let (points, rows) = (&read.sheets[0].points, &read.sheets[0].rows);
    assert!(
        points.len() >= 2,
        "a point every MB of XML: {}",
        points.len()
    );
    assert!(
        rows.len() > 4 * points.len(),
        "a row marked every 128 KB of XML: {} for {} points",
        rows.len(),
        points.len()
    );
    let all = everything(&path);
    assert_eq!(all.len(), 45_000, "every row is a record");

    // The first marked rows lie before the first point: they are inflated from the start.
    let first = rows[0].records_before;
    let near_end = all.len() as u64 - 10;
    let wanted = vec![
        3,
        first,
        first + 1,
        rows[rows.len() / 2].records_before + 1,
        near_end,
        all.len() as u64,
    ];
    // Only the records before the first point are left for a reading from the start.
    let mut through_points = Vec::new();
    let rest = read_back_at_points(
        &path,
        "faktur_penjualan.xlsx",
        None,
        &read.sheets,
        &wanted,
        &ReadControl::default(),
        &mut |r| through_points.push(r),
    )
    .expect("reads back");
    assert_eq!(
        rest,
        vec![3, first],
        "the records at or before the first marked row"
    );
    assert_eq!(
        through_points.iter().map(|r| r.number).collect::<Vec<_>>(),
        wanted[2..],
        "each record after a marked row is read from there"
    );

    let mut back = Vec::new();
    read_back(
        &path,
        "faktur_penjualan.xlsx",
        None,
        &[],
        &read.sheets,
        &wanted,
        &ReadControl::default(),
        &mut |r| back.push(r),
    )
    .expect("reads back");
    back.sort_by_key(|r| r.number);
    assert_eq!(back.len(), wanted.len(), "every record wanted, once");
    for r in &back {
        let whole = &all[r.number as usize - 1];
        assert_eq!(
            r.locator, whole.locator,
            "record {}: the same row",
            r.number
        );
        assert_eq!(
            r.record_id, whole.record_id,
            "record {}: the same id",
            r.number
        );
        let values = |x: &Record| x.fields.iter().map(|f| f.value.clone()).collect::<Vec<_>>();
        assert_eq!(
            values(r),
            values(whole),
            "record {}: the same cells",
            r.number
        );
    }
    let planted = back
        .iter()
        .find(|r| r.number == near_end)
        .expect("near the end");
    assert!(
        planted
            .fields
            .iter()
            .any(|f| f.value == "larasati.wibisono@contoh.co.id"),
        "the row near the end is the planted one: {:?}",
        planted.fields
    );
}

#[test]
fn the_search_finds_the_subject_through_the_points_and_the_database_holds_no_text_of_them() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let exports = tmp.path().join("exports");
    std::fs::create_dir(&exports).expect("folder");
    workbook(&exports, 45_000, 44_990);
    let data = tmp.path().join("data");
    let mut store = Store::open(&data).expect("store");
    store
        .add_source(&exports, "test", chrono::Utc::now())
        .expect("source");
    refresh(
        &mut store,
        None,
        &ReadControl::default(),
        &mut |_| {},
        chrono::Utc::now(),
    )
    .expect("indexes");
    let sealed: Option<Vec<u8>> = rusqlite::Connection::open(data.join("pdpdesk.db"))
        .expect("db")
        .query_row("SELECT access_points FROM index_files", [], |r| r.get(0))
        .expect("the workbook's index");
    assert!(
        sealed.is_some_and(|s| s.len() > 1000),
        "the index keeps the workbook's points"
    );
    let query = SubjectQuery {
        emails: vec!["larasati.wibisono@contoh.co.id".into()],
        ..SubjectQuery::default()
    };
    let found = search(&store, &query, Method::Indexed, &ReadControl::default()).expect("search");
    let scanned = search(&store, &query, Method::Scan, &ReadControl::default()).expect("scan");
    assert_eq!(
        found.hits.len(),
        1,
        "the planted row is found: {:?}",
        found.hits
    );
    assert_eq!(
        found.hits[0].record, scanned.hits[0].record,
        "both paths find the same record"
    );
    assert_eq!(found.hits[0].fingerprint, scanned.hits[0].fingerprint);
    drop(store);
    let mut bytes = Vec::new();
    for name in ["pdpdesk.db", "pdpdesk.db-wal"] {
        if let Ok(b) = std::fs::read(data.join(name)) {
            bytes.extend(b);
        }
    }
    let text = String::from_utf8_lossy(&bytes).to_lowercase();
    for needle in [
        "contoh.co.id",
        "larasati",
        "pelanggan nomor",
        "inv/2024",
        "cetak spanduk",
    ] {
        assert!(
            !text.contains(needle),
            "the database holds {needle:?} in clear (a point's window unsealed?)"
        );
    }
}
