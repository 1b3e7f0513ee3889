//! `pdpdesk letter KIND --draft` on the real binary, read back as a person and a machine would:
//! every kind in both languages through poppler (`pdftotext`, `pdffonts`, `pdftoppm`) and
//! `qpdf --check`, and a long search record broken over pages with its header repeated. Page
//! images go to `artefacts/letters/` to be looked at.

use crate::support;

use support::letters::{draft, office, page_images, tool, verify, well_formed, words};
use support::Desk;

#[test]
fn every_kind_prints_in_both_languages_as_an_office_letter() {
    let desk = Desk::new();
    let id = office(&desk);
    verify(&desk, &id);
    let until = desk.json(&["request", "show", &id])["clocks"]["policy_due"]
        .as_str()
        .unwrap()
        .to_string();
    // Ten days later than due is a working day or the next one is: try until one is accepted.
    let due = chrono::NaiveDate::parse_from_str(&until, "%Y-%m-%d").unwrap();
    let extended = (10..20).any(|d| {
        let day = (due + chrono::Duration::days(d)).to_string();
        desk.run(&[
            "request",
            "extend",
            &id,
            "--until",
            &day,
            "--reason",
            "Arsip cetak perlu ditelusuri di gudang",
        ])
        .status
        .success()
    });
    assert!(extended, "the window can be extended");
    // A processor's request, and a request of someone the office holds nothing about.
    let forwarded = desk.json(&[
        "request",
        "new",
        "--name",
        "Citra Dewi",
        "--email",
        "citra@example.com",
        "--right",
        "access",
        "--channel",
        "email",
        "--controller",
        "Klinik Sehat Sentosa",
        "--controller-contact",
        "dpo@kliniksehat.example",
    ])["id"]
        .as_str()
        .unwrap()
        .to_string();
    let nobody = desk.json(&[
        "request",
        "new",
        "--name",
        "Dodi Prasetyo",
        "--email",
        "dodi@example.com",
        "--right",
        "access",
        "--channel",
        "email",
    ])["id"]
        .as_str()
        .unwrap()
        .to_string();
    desk.json(&["search", "--request", &nobody]);
    verify(&desk, &nobody);

    // Each kind, the request it is for, and a phrase each language must say.
    let cases: &[(&str, &str, &[&str], &str, &str)] = &[
        (
            "acknowledgement",
            &id,
            &[],
            "Tanda Terima Permohonan",
            "Acknowledgement of your personal data request",
        ),
        (
            "verification-request",
            &nobody,
            &[],
            "Permintaan Verifikasi Identitas",
            "Request for identity verification",
        ),
        (
            "access",
            &id,
            &[],
            "Catatan penelusuran",
            "Record of the search",
        ),
        (
            "correction-done",
            &id,
            &[],
            "Pasal 6 dan Pasal 30",
            "Articles 6 and 30",
        ),
        (
            "consent-withdrawn",
            &id,
            &[],
            "menghentikan pemrosesan",
            "stopped all processing",
        ),
        (
            "restriction-done",
            &id,
            &[],
            "tunda dan/atau batasi",
            "suspended and/or restricted",
        ),
        (
            "objection-answered",
            &id,
            &[],
            "pemrosesan otomatis",
            "automated processing",
        ),
        (
            "deletion-done",
            &id,
            &[],
            "Data yang tetap disimpan",
            "What we keep",
        ),
        (
            "refusal",
            &id,
            &["--ground", "third-party"],
            "Pasal 33",
            "Article 33",
        ),
        (
            "extension",
            &id,
            &[],
            "Arsip cetak perlu ditelusuri di gudang",
            "Arsip cetak perlu ditelusuri di gudang",
        ),
        (
            "no-data",
            &nobody,
            &[],
            "tidak menemukan data pribadi",
            "we found no personal data",
        ),
        (
            "forward-to-controller",
            &forwarded,
            &[],
            "Klinik Sehat Sentosa",
            "Klinik Sehat Sentosa",
        ),
        (
            "forwarded-notice",
            &forwarded,
            &[],
            "dpo@kliniksehat.example",
            "dpo@kliniksehat.example",
        ),
    ];
    for (kind, request, extra, id_phrase, en_phrase) in cases {
        for (lang, phrase) in [("id", id_phrase), ("en", en_phrase)] {
            let pdf = draft(&desk, request, kind, lang, extra);
            well_formed(&pdf);
            let text = words(&pdf);
            assert!(
                text.contains(phrase),
                "{kind} ({lang}) says {phrase:?}:\n{text}"
            );
            assert!(text.contains("DRAFT"), "a draft says so: {kind} ({lang})");
            assert!(
                !text.contains('{'),
                "no placeholder is left in print: {kind} ({lang}):\n{text}"
            );
            let (place, closing) = if lang == "id" {
                ("Denpasar, ", "Hormat kami,")
            } else {
                ("Denpasar, ", "Yours sincerely,")
            };
            assert!(
                text.contains(place) && text.contains(closing) && text.contains("Kadek Wirawan"),
                "{kind} ({lang}) has the place and date, the closing and the signatory:\n{text}"
            );
            page_images(&pdf, &format!("{kind}-{lang}"));
        }
    }
    // The portability letter waits for its ZIP: it names what fills it rather than print a blank.
    let err = desk.refused(&["letter", "portability", "--request", &id, "--draft"], 2);
    assert!(
        err["message"].as_str().unwrap().contains("{bundle_file}"),
        "the missing value is named: {err}"
    );
}

#[test]
fn a_long_search_record_breaks_over_pages_with_its_header_repeated() {
    let desk = Desk::new();
    let id = office(&desk);
    let folder = desk.dir.path().join("arsip");
    std::fs::create_dir_all(&folder).unwrap();
    for i in 0..300 {
        std::fs::write(
            folder.join(format!("pelanggan_{i:03}.csv")),
            "nama,email\nSeseorang Lain,lain@example.com\n",
        )
        .unwrap();
    }
    desk.json(&["source", "add", folder.to_str().unwrap()]);
    desk.json(&["search", "--request", &id]);
    desk.json(&["hit", "confirm", "--request", &id, "--strong"]);
    verify(&desk, &id);
    let pdf = draft(&desk, &id, "access", "id", &[]);
    well_formed(&pdf);
    let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!(pages >= 5, "301 rows take several pages: {pages}");
    for page in 1..=pages {
        let p = page.to_string();
        let text = tool(
            "pdftotext",
            &["-f", &p, "-l", &p, pdf.to_str().unwrap(), "-"],
        );
        assert!(
            text.contains(&format!("Halaman {page} dari {pages}")),
            "page {page} is numbered"
        );
        if page > 1 && page < pages {
            assert!(
                text.contains("Berkas yang diperiksa"),
                "the header row is repeated on page {page}"
            );
        }
    }
    let all = words(&pdf);
    assert!(
        all.contains("pelanggan_000.csv") && all.contains("pelanggan_299.csv"),
        "no row is lost"
    );
    page_images(&pdf, "access-long");
}
