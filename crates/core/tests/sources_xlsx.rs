//! The generator's Jurnal workbook read row by row at the sheet and Excel row `expected.json`
//! lists, with the same record ids as the same sheet saved as CSV; broken workbooks are refused
//! with the file's name.

use crate::support;

use pdp_core::sources::ReadControl;
use pdp_core::sources::{xlsx, Locator, Record, SourceKind};
use std::collections::HashMap;
use support::generate;

#[test]
fn generator_workbook_rows_agree_with_expected_json() {
    for seed in [1, 31] {
        let tmp = tempfile::tempdir().unwrap();
        let expected = generate(seed, 500, tmp.path());
        let file = "jurnal_sales_invoices.xlsx";
        let mut all: HashMap<u64, Record> = HashMap::new();
        let report = xlsx::read(
            &tmp.path().join(file),
            file,
            None,
            &ReadControl::default(),
            None,
            false,
            &mut |r: Record| {
                all.insert(r.number, r);
            },
        )
        .unwrap()
        .0;
        assert_eq!(report.kind, SourceKind::JurnalInvoices);
        assert_eq!(
            report.records,
            expected["files"][file]["records"].as_u64().unwrap()
        );
        let mut checked = 0;
        for s in expected["subjects"].as_array().unwrap() {
            for list in ["matches", "must_not_match"] {
                for m in s[list]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter(|m| m["file"] == file)
                {
                    for r in m["records"].as_array().into_iter().flatten() {
                        let got = &all[&r["record"].as_u64().unwrap()];
                        let want = Locator::Cell {
                            sheet: r["sheet"].as_str().unwrap().into(),
                            row: r["excel_row"].as_u64().unwrap(),
                        };
                        assert_eq!(got.locator, want, "seed {seed}");
                        assert_eq!(
                            got.record_id.as_deref(),
                            r["record_id"].as_str(),
                            "seed {seed}"
                        );
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 0, "planted rows were checked");
        let dates: Vec<&str> = all
            .values()
            .flat_map(|r| r.values(pdp_core::vocabulary::FieldRole::Date))
            .collect();
        assert!(
            dates
                .iter()
                .any(|d| d.len() == 10 && d.as_bytes()[4] == b'-'),
            "date cells read as ISO dates"
        );
    }
}

#[test]
fn broken_workbooks_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let fake = tmp.path().join("faktur.xlsx");
    std::fs::write(&fake, "Nama,Email\nBudi,b@x.com\n").unwrap();
    let err = xlsx::read(
        &fake,
        "faktur.xlsx",
        None,
        &ReadControl::default(),
        None,
        false,
        &mut |_| {},
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("faktur.xlsx") && err.contains("not a readable spreadsheet"),
        "{err}"
    );
    let expected = generate(2, 500, &tmp.path().join("fx"));
    assert!(expected.is_object());
    let whole = std::fs::read(tmp.path().join("fx/jurnal_sales_invoices.xlsx")).unwrap();
    let cut = tmp.path().join("cut.xlsx");
    std::fs::write(&cut, &whole[..whole.len() / 2]).unwrap();
    let err = xlsx::read(
        &cut,
        "cut.xlsx",
        None,
        &ReadControl::default(),
        None,
        false,
        &mut |_| {},
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("cut.xlsx"), "{err}");
    let empty = tmp.path().join("empty.xlsx");
    std::fs::write(&empty, "").unwrap();
    assert!(xlsx::read(
        &empty,
        "empty.xlsx",
        None,
        &ReadControl::default(),
        None,
        false,
        &mut |_| {}
    )
    .unwrap_err()
    .to_string()
    .contains("empty"));
}
