//! How long each letter takes to lay out and print, and how big its PDF is: every kind in both
//! languages without a logo, the acknowledgement with a logo, and an access letter whose search
//! record has 300 rows. Targets: ≤ 100 ms and ≤ 100 KB per letter without a logo. No other PDF
//! writer is on the machine to compare with in the same run; the figures stand against the
//! targets.
//!
//! `cargo run --release -p pdp-core --example bench_letters`

use chrono::NaiveDate;
use pdp_core::language::Language;
use pdp_core::letters::{self, Facts, Frame, LetterKind, PLACEHOLDERS, TABLES};
use pdp_core::pdf::{self, Letterhead, Table};
use std::time::Instant;

fn facts(rows: usize) -> Facts {
    let mut f = Facts::default();
    for (name, _) in PLACEHOLDERS {
        f.set(name, format!("contoh {name}"));
    }
    f.set("addressee", "Bapak/Ibu Ayu Lestari");
    let table = |columns: &[&str]| Table {
        columns: columns.iter().map(|c| (c.to_string(), 1.0)).collect(),
        rows: (1..=rows)
            .map(|i| {
                columns
                    .iter()
                    .enumerate()
                    .map(|(c, _)| {
                        if c == 0 {
                            i.to_string()
                        } else {
                            format!("pelanggan_{i:03}.csv")
                        }
                    })
                    .collect()
            })
            .collect(),
    };
    for (name, _) in TABLES {
        f.table(
            name,
            table(&["No.", "Berkas", "Catatan", "Data", "Keterangan"]),
        );
    }
    f
}

fn frame(lang: Language, logo: Option<Vec<u8>>) -> Frame {
    Frame {
        lang,
        letterhead: Letterhead {
            name: "CV Maju Jaya Kreatif".into(),
            lines: vec![
                "Jl. Teuku Umar No. 88, Denpasar, Bali 80114".into(),
                "Telp/WA 0812-0000-1234 · privasi@majujaya.example".into(),
            ],
            logo,
        },
        office_name: "CV Maju Jaya Kreatif".into(),
        city: "Denpasar".into(),
        date: NaiveDate::from_ymd_opt(2026, 12, 3).expect("a date"),
        number: Some("012/PDP/XII/2026".into()),
        to: vec!["Bapak/Ibu Ayu Lestari".into(), "ayu@example.com".into()],
        signatory: "Ni Made Contoh".into(),
        position: "Petugas Pelindungan Data Pribadi".into(),
    }
}

/// The median of `runs` renders, in ms, and the PDF's size and pages.
fn measure(
    kind: LetterKind,
    lang: Language,
    rows: usize,
    logo: Option<Vec<u8>>,
) -> (f64, usize, usize) {
    let facts = facts(rows);
    let frame = frame(lang, logo);
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..15 {
        let started = Instant::now();
        let text = letters::fill(
            letters::builtin(kind, lang).expect("a kind written from a template"),
            &facts,
        )
        .expect("the template fills");
        let filled = letters::read(&text).expect("the text reads");
        let doc = letters::document(&frame, &filled, &facts).expect("the letter lays out");
        let rendered = pdf::render(&doc).expect("the letter prints");
        times.push(started.elapsed().as_secs_f64() * 1000.0);
        last = Some(rendered);
    }
    times.sort_by(f64::total_cmp);
    let rendered = last.expect("rendered at least once");
    (times[times.len() / 2], rendered.bytes.len(), rendered.pages)
}

/// The app's own icon as the office's logo.
fn logo() -> Vec<u8> {
    include_bytes!("../../../src-tauri/icons/icon.png").to_vec()
}

fn main() {
    println!(
        "{:<24} {:<4} {:>9} {:>9} {:>6}",
        "letter", "lang", "ms", "KB", "pages"
    );
    let mut worst = (0.0_f64, 0_usize);
    for &kind in LetterKind::ALL.iter().filter(|k| k.from_template()) {
        for lang in [Language::Id, Language::En] {
            let (ms, bytes, pages) = measure(kind, lang, 3, None);
            worst = (worst.0.max(ms), worst.1.max(bytes));
            println!(
                "{:<24} {:<4} {ms:>9.1} {:>9.1} {pages:>6}",
                kind.as_str(),
                if lang == Language::Id { "id" } else { "en" },
                bytes as f64 / 1024.0
            );
        }
    }
    let (ms, bytes, pages) = measure(LetterKind::Acknowledgement, Language::Id, 3, Some(logo()));
    println!(
        "{:<24} {:<4} {ms:>9.1} {:>9.1} {pages:>6}",
        "acknowledgement + logo",
        "id",
        bytes as f64 / 1024.0
    );
    let (ms, bytes, pages) = measure(LetterKind::Access, Language::Id, 300, None);
    println!(
        "{:<24} {:<4} {ms:>9.1} {:>9.1} {pages:>6}",
        "access, 300-row record",
        "id",
        bytes as f64 / 1024.0
    );
    println!(
        "\nslowest letter without a logo: {:.1} ms (target ≤ 100 ms); largest: {:.1} KB (target ≤ 100 KB)",
        worst.0,
        worst.1 as f64 / 1024.0
    );
}
