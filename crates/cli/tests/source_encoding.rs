//! A UTF-8 CSV with one stray byte near its top, searched through the index (read back from a
//! checkpoint) and by a scan: both find the accented name on the same line, as written.

use crate::support;

use serde_json::Value;
use support::Desk;

#[test]
fn a_stray_byte_keeps_accented_names_findable_by_index_and_scan_alike() {
    let desk = Desk::new();
    let dir = desk.dir.path().join("exports");
    std::fs::create_dir_all(&dir).unwrap();
    let mut csv = "Nama,Email\nRenée Wijaya,renee@example.com\n"
        .as_bytes()
        .to_vec();
    csv.extend_from_slice(b"Budi Sant\xFFoso,budi@example.com\n");
    for i in 0..1500 {
        csv.extend_from_slice(format!("Pelanggan {i},pelanggan{i}@example.com\n").as_bytes());
    }
    csv.extend_from_slice("Dédé Rukmana,dede@example.com\n".as_bytes());
    std::fs::write(dir.join("kontak.csv"), csv).unwrap();
    let added = desk.json(&["source", "add", dir.to_str().unwrap()]);
    assert_eq!(
        added[0]["report"]["encoding"], "utf-8",
        "one stray byte keeps the file UTF-8: {added}"
    );

    let found = |scan: bool| -> Vec<Value> {
        let mut args = vec![
            "search",
            "--name",
            "Dédé Rukmana",
            "--email",
            "dede@example.com",
        ];
        if scan {
            args.push("--scan");
        }
        desk.json(&args)["hits"].as_array().unwrap().clone()
    };
    let (indexed, scanned) = (found(false), found(true));
    assert_eq!(indexed.len(), 1, "the index finds the record: {indexed:?}");
    assert_eq!(
        indexed[0]["line"], 1504,
        "on its line (read back from a checkpoint)"
    );
    assert_eq!(
        indexed[0]["class"], "strong",
        "name and e-mail both agree: {indexed:?}"
    );
    assert_eq!(indexed, scanned, "the index and the scan agree");
}
