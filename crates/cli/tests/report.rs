//! `pdpdesk register export` and `pdpdesk metrics` on the real binary: a small register of
//! invented requests, exported as CSV and PDF for a period, read back (the columns, the masking:
//! no requester's full name, e-mail or phone in either file), logged in the audit chain; and the
//! figures of the same register.

use crate::support;

use serde_json::Value;
use std::process::Command;
use support::Desk;

const PEOPLE: [(&str, &str, &str); 4] = [
    (
        "Siti Rahmawati",
        "siti.rahmawati@contoh.example",
        "0812-3456-7890",
    ),
    (
        "Budi Santoso",
        "budi.santoso@contoh.example",
        "0813-2222-4444",
    ),
    (
        "Dewi Lestari",
        "dewi.lestari@contoh.example",
        "0857-1111-9999",
    ),
    (
        "Agus Wibowo",
        "agus.wibowo@contoh.example",
        "0811-5555-6666",
    ),
];

/// Four requests: three received in the first half of 2026 (one closed, one refused, one open)
/// and one in December 2025, outside the period.
fn office() -> Desk {
    let d = Desk::new();
    let received = [
        "2026-03-02T10:15:00+07:00",
        "2026-04-10T09:00:00+07:00",
        "2026-05-05T14:30:00+07:00",
        "2025-12-30T08:00:00+07:00",
    ];
    let rights: [&[&str]; 4] = [
        &["access", "deletion"],
        &["deletion"],
        &["correction"],
        &["access"],
    ];
    for (i, (name, email, phone)) in PEOPLE.iter().enumerate() {
        let mut args = vec![
            "--name",
            name,
            "--email",
            email,
            "--phone",
            phone,
            "--channel",
            "email",
            "--received",
            received[i],
        ];
        for r in rights[i] {
            args.extend(["--right", r]);
        }
        d.new_request(&args);
    }
    d.json(&[
        "request",
        "state",
        "REQ-2026-0001",
        "closed",
        "--reason",
        "data sent",
    ]);
    d.json(&[
        "request",
        "state",
        "REQ-2026-0002",
        "rejected",
        "--reason",
        "identity not proven",
    ]);
    d
}

fn export(d: &Desk, format: &str, lang: &str) -> (Value, String) {
    let out = d
        .dir
        .path()
        .join(format!("register-{lang}.{format}"))
        .display()
        .to_string();
    let done = d.json(&[
        "register",
        "export",
        "--from",
        "2026-01-01",
        "--to",
        "2026-06-30",
        "--format",
        format,
        "--out",
        &out,
        "--lang",
        lang,
    ]);
    (done, out)
}

/// No requester's full name, e-mail or phone (in any spelling) is in `text`.
fn assert_masked(text: &str, what: &str) {
    for (name, email, phone) in PEOPLE {
        let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
        let e164 = format!("+62{}", &digits[1..]);
        for whole in
            name.split(' ')
                .chain([email, phone, digits.as_str(), e164.as_str(), &digits[1..]])
        {
            assert!(
                !text.contains(whole),
                "{what} must not hold {whole:?}:\n{text}"
            );
        }
    }
}

#[test]
fn the_csv_lists_the_period_with_the_requester_masked() {
    let d = office();
    let (done, out) = export(&d, "csv", "id");
    assert_eq!(
        done["requests"],
        serde_json::json!(["REQ-2026-0001", "REQ-2026-0002", "REQ-2026-0003"]),
        "the request of December 2025 is outside the period"
    );
    assert_eq!(
        (
            &done["totals"]["received"],
            &done["totals"]["answered"],
            &done["totals"]["open"]
        ),
        (&Value::from(3), &Value::from(2), &Value::from(1))
    );
    let bytes = std::fs::read(&out).unwrap();
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "UTF-8 with a byte-order mark, for Excel"
    );
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(text.contains("\r\n"), "CRLF line ends");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header.len(), 16, "{header:?}");
    assert_eq!(
        (
            &header[0][..],
            &header[1][..],
            &header[3][..],
            &header[15][..]
        ),
        (
            "No. permintaan",
            "Diterima (WIB)",
            "Pemohon (inisial)",
            "Hasil"
        ),
        "Indonesian headers, separated by ';' as Excel's Indonesian settings expect"
    );
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0][0], "REQ-2026-0001");
    assert_eq!(
        rows[0][1], "2026-03-02 10:15",
        "the receipt on the office's clock"
    );
    assert_eq!(rows[0][2], "Akses (Ps. 7); Penghapusan (Ps. 8)");
    assert_eq!(
        (&rows[0][3][..], &rows[0][4][..], &rows[0][5][..]),
        ("S. R.", "si…@contoh.example", "0812…7890"),
        "initials and masked contacts"
    );
    assert_eq!(
        rows[0][9], "2026-03-05 10:15",
        "access carries 3 × 24 hours"
    );
    assert_eq!(
        (
            &rows[0][6][..],
            &rows[0][12][..],
            &rows[0][14][..],
            &rows[0][15][..]
        ),
        ("Selesai", "Terlambat", "ya", "Dipenuhi"),
        "closed months after the 3 × 24 hours: late by the law"
    );
    assert!(
        rows[0][11].contains(','),
        "days with a decimal comma: {}",
        rows[0][11]
    );
    assert_eq!((&rows[1][6][..], &rows[1][15][..]), ("Ditolak", "Ditolak"));
    assert_eq!(rows[1][9], "", "deletion has no statutory clock");
    assert_eq!(
        (&rows[2][6][..], &rows[2][10][..], &rows[2][15][..]),
        ("Diterima", "", "–"),
        "still open"
    );
    assert_masked(&text, "the CSV");
}

#[test]
fn the_pdf_has_the_period_the_totals_and_page_numbers_and_no_full_identifier() {
    let d = office();
    for lang in ["id", "en"] {
        let (done, out) = export(&d, "pdf", lang);
        assert!(done["pages"].as_u64().unwrap() >= 1);
        let text = Command::new("pdftotext")
            .args(["-layout", &out, "-"])
            .output()
            .expect("pdftotext (poppler-utils)");
        let text = String::from_utf8(text.stdout).unwrap();
        let expect: &[&str] = if lang == "id" {
            &[
                "REGISTER PERMINTAAN HAK SUBJEK DATA PRIBADI",
                "Periode 1 Januari 2026 – 30 Juni 2026",
                "Halaman 1 dari",
                "Ringkasan",
                "Terlambat",
                "S. R.",
            ]
        } else {
            &[
                "REGISTER OF DATA SUBJECT REQUESTS",
                "Period 1 January 2026 – 30 June 2026",
                "Page 1 of",
                "Totals",
                "Refused",
                "B. S.",
            ]
        };
        for e in expect {
            assert!(text.contains(e), "{lang} PDF must show {e:?}:\n{text}");
        }
        assert!(!text.contains("REQ-2026-0004"), "outside the period");
        assert_masked(&text, "the PDF's text");
        let raw = String::from_utf8_lossy(&std::fs::read(&out).unwrap()).into_owned();
        assert_masked(&raw, "the PDF's bytes");
        let info = Command::new("pdfinfo").arg(&out).output().unwrap();
        let info = String::from_utf8_lossy(&info.stdout).into_owned();
        assert!(
            info.contains("841.891 x 595.28 pts (A4)"),
            "A4 on its side: {info}"
        );
    }
}

#[test]
fn an_export_is_logged_in_the_audit_chain() {
    let d = office();
    let (done, _) = export(&d, "csv", "en");
    let entries = d.json(&["audit", "list"]);
    let last = entries.as_array().unwrap().last().unwrap().clone();
    assert_eq!(
        (&last["action"], &last["target"], &last["actor"]),
        (
            &Value::from("register.exported"),
            &Value::from("register"),
            &Value::from("Tester")
        )
    );
    assert_eq!(
        d.json(&["audit", "verify"])["ok"],
        true,
        "the chain holds the export"
    );
    assert_eq!(done["sha256"].as_str().unwrap().len(), 64);
}

#[test]
fn a_wrong_period_or_file_is_refused_and_nothing_is_written() {
    let d = office();
    let out = d.dir.path().join("r.csv").display().to_string();
    let e = d.refused(
        &[
            "register",
            "export",
            "--from",
            "2026-06-30",
            "--to",
            "2026-01-01",
            "--format",
            "csv",
            "--out",
            &out,
        ],
        2,
    );
    assert_eq!(e["field"], "from", "{e}");
    let pdf = d.dir.path().join("r.pdf").display().to_string();
    let e = d.refused(
        &[
            "register",
            "export",
            "--from",
            "2026-01-01",
            "--to",
            "2026-06-30",
            "--format",
            "csv",
            "--out",
            &pdf,
        ],
        2,
    );
    assert_eq!(
        (&e["field"], &e["reason"]),
        (&Value::from("out"), &Value::from("extension")),
        "{e}"
    );
    let e = d.refused(
        &[
            "register",
            "export",
            "--from",
            "1 Jan",
            "--to",
            "2026-06-30",
            "--format",
            "csv",
            "--out",
            &out,
        ],
        2,
    );
    assert_eq!(e["field"], "from", "{e}");
    let nowhere = d
        .dir
        .path()
        .join("no/such/folder/r.csv")
        .display()
        .to_string();
    let e = d.refused(
        &[
            "register",
            "export",
            "--from",
            "2026-01-01",
            "--to",
            "2026-06-30",
            "--format",
            "csv",
            "--out",
            &nowhere,
        ],
        2,
    );
    assert_eq!(e["reason"], "no_folder", "{e}");
    assert!(
        !std::path::Path::new(&out).exists() && !std::path::Path::new(&pdf).exists(),
        "a refusal writes nothing"
    );
    let entries = d.json(&["audit", "list"]);
    assert!(
        entries
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["action"] != "register.exported"),
        "no export, no entry"
    );
}

#[test]
fn metrics_give_the_same_figures_as_the_register() {
    let d = office();
    let m = d.json(&["metrics", "--from", "2026-01-01", "--to", "2026-06-30"]);
    assert_eq!(
        (&m["received"], &m["answered"], &m["open"], &m["withdrawn"]),
        (
            &Value::from(3),
            &Value::from(2),
            &Value::from(1),
            &Value::from(0)
        )
    );
    let per_right: Vec<(String, u64)> = m["per_right"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["requests"].as_u64() != Some(0))
        .map(|r| {
            (
                r["right"].as_str().unwrap().to_string(),
                r["requests"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        per_right,
        [
            ("access".to_string(), 1),
            ("correction".to_string(), 1),
            ("deletion".to_string(), 2)
        ],
        "a request with two rights counts for each; December 2025 is outside"
    );
    let months: Vec<(&str, u64)> = m["per_month"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["month"].as_str().unwrap(),
                x["received"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        months,
        [
            ("2026-01", 0),
            ("2026-02", 0),
            ("2026-03", 1),
            ("2026-04", 1),
            ("2026-05", 1),
            ("2026-06", 0)
        ]
    );
    assert_eq!(
        (
            &m["on_time"]["answered"],
            &m["on_time"]["on_time"],
            &m["on_time"]["rate"]
        ),
        (&Value::from(2), &Value::from(0), &Value::from(0.0)),
        "both answered months late"
    );
    assert_eq!(
        m["statutory"]["answered"], 1,
        "only the access request carries 3 × 24 hours"
    );
    let (median, p90) = (
        m["median_days"].as_f64().unwrap(),
        m["p90_days"].as_f64().unwrap(),
    );
    assert!(
        median > 100.0 && p90 >= median,
        "answered today, received in March and April: {median} {p90}"
    );
    let open: u64 = m["open_by_age"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["requests"].as_u64().unwrap())
        .sum();
    assert_eq!(
        open, 2,
        "the open request of May and the one of December 2025: an old open request stays on the board"
    );
    let default = d.json(&["metrics"]);
    assert_eq!(
        default["per_month"].as_array().unwrap().len(),
        12,
        "twelve months up to today by default"
    );
    let text = d.run(&["metrics", "--from", "2026-01-01", "--to", "2026-06-30"]);
    let text = String::from_utf8_lossy(&text.stdout).into_owned();
    assert!(text.contains("3 received, 2 answered, 1 open"), "{text}");
}
