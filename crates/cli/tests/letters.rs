//! `pdpdesk letter …` on the real binary, read back as a person and a machine would: every kind
//! in both languages through poppler (`pdftotext`, `pdffonts`, `pdftoppm`) and `qpdf --check`;
//! numbers that never repeat, even after a refused print; the kept PDF private and unchanged;
//! the gate before a letter that releases data; placeholders that are unknown or unfilled named.
//! Page images go to `artefacts/letters/` to be looked at.

mod support;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use support::Desk;

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name).args(args).output().unwrap_or_else(|e| {
        panic!("{name} runs (scripts/setup installs poppler-utils and qpdf): {e}")
    });
    assert!(
        out.status.success(),
        "{name} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The words of a PDF, with the line breaks of the layout folded into spaces.
fn words(pdf: &Path) -> String {
    tool("pdftotext", &[pdf.to_str().unwrap(), "-"])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Checks the file as a PDF tool would: well formed, every font embedded and subset.
fn well_formed(pdf: &Path) {
    tool("qpdf", &["--check", pdf.to_str().unwrap()]);
    let fonts = tool("pdffonts", &[pdf.to_str().unwrap()]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "the letter has fonts: {fonts}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert!(
            cols[0].contains('+') && cols[n - 5] == "yes" && cols[n - 4] == "yes",
            "every font is embedded and subset: {row}"
        );
    }
}

fn artefacts() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../artefacts/letters");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Saves the pages as images to look at.
fn page_images(pdf: &Path, name: &str) {
    let prefix = artefacts().join(name);
    tool(
        "pdftoppm",
        &[
            "-r",
            "50",
            "-png",
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
}

/// An office with its letterhead, two people in its contacts, Budi's request for every right,
/// searched, his record confirmed, and Budi verified by a code.
fn office(desk: &Desk) -> String {
    desk.json(&[
        "office",
        "set",
        "--name",
        "CV Cetak Ceria",
        "--address",
        "Jl. Teuku Umar No. 8, Denpasar",
        "--letterhead",
        "Telp. 0361-000000 · privasi@cetakceria.example",
        "--city",
        "Denpasar",
        "--signatory-name",
        "Kadek Wirawan",
        "--signatory-position",
        "Petugas Pelindungan Data Pribadi",
        "--letter-number-pattern",
        "{seq}/PDP/{roman_month}/{year}",
    ]);
    let csv = desk.write(
        "kontak.csv",
        "nama,email,telepon\nAni Lestari,ani@example.com,0812-0000-1111\nBudi Santoso,budi@example.com,0812-0000-2222\n",
    );
    desk.json(&["source", "add", &csv]);
    let mut args = vec![
        "request",
        "new",
        "--name",
        "Budi Santoso",
        "--email",
        "budi@example.com",
        "--channel",
        "email",
    ];
    for right in [
        "access",
        "portability",
        "correction",
        "deletion",
        "withdraw-consent",
        "restriction",
        "objection",
    ] {
        args.extend(["--right", right]);
    }
    let id = desk.json(&args)["id"].as_str().unwrap().to_string();
    desk.json(&["search", "--request", &id]);
    desk.json(&["hit", "confirm", "--request", &id, "--strong"]);
    id
}

fn verify(desk: &Desk, id: &str) {
    let code = desk.json(&["verify", "code", "--request", id])["code"]
        .as_str()
        .unwrap()
        .to_string();
    desk.json(&["verify", "check", "--request", id, &code]);
}

fn draft(desk: &Desk, id: &str, kind: &str, lang: &str, extra: &[&str]) -> PathBuf {
    let out = desk.dir.path().join(format!("{kind}-{lang}.pdf"));
    let mut args = vec![
        "letter",
        kind,
        "--request",
        id,
        "--lang",
        lang,
        "--draft",
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend(extra);
    desk.json(&args);
    out
}

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
fn numbers_run_and_are_never_given_twice_and_the_kept_pdf_is_private_and_unchanged() {
    let desk = Desk::new();
    let id = office(&desk);
    let first = desk.json(&["letter", "acknowledgement", "--request", &id]);
    let year = chrono::Utc::now().format("%Y").to_string();
    assert!(
        first["number"].as_str().unwrap().starts_with("001/PDP/")
            && first["number"].as_str().unwrap().ends_with(&year),
        "the first letter of the year is 001: {first}"
    );
    // A refused print (a character the font lacks) is refused before a number is taken.
    let text = desk.json(&["letter", "text", "acknowledgement", "--request", &id])["text"]
        .as_str()
        .unwrap()
        .replace("Dengan hormat,", "Dengan hormat, 漢");
    let edited = desk.write("edited.txt", &text);
    let err = desk.refused(
        &[
            "letter",
            "acknowledgement",
            "--request",
            &id,
            "--text",
            &edited,
        ],
        2,
    );
    assert!(
        err["message"].as_str().unwrap().contains("U+6F22"),
        "the character is named: {err}"
    );
    let second = desk.json(&[
        "letter",
        "acknowledgement",
        "--request",
        &id,
        "--lang",
        "en",
    ]);
    assert!(
        second["number"].as_str().unwrap().starts_with("002/"),
        "{second}"
    );
    let issued = desk.json(&["letter", "issued", "--request", &id]);
    assert_eq!(issued.as_array().unwrap().len(), 2, "{issued}");

    // Kept private, whole, with its line in the history.
    let file = desk.data().join(first["file"].as_str().unwrap());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(
            mode, 0o600,
            "an issued letter is readable by its owner only"
        );
    }
    well_formed(&file);
    assert!(
        words(&file).contains(first["number"].as_str().unwrap()),
        "the number is printed"
    );
    let history = desk.json(&["request", "show", &id])["events"].clone();
    let letters: Vec<&Value> = history
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "letter")
        .collect();
    assert_eq!(
        letters.len(),
        2,
        "each issued letter is in the history: {history}"
    );

    // A copy out for printing; the e-mail text of the same answer.
    let copy = desk.dir.path().join("print.pdf");
    desk.json(&[
        "letter",
        "pdf",
        first["number"].as_str().unwrap(),
        "--out",
        copy.to_str().unwrap(),
    ]);
    assert_eq!(std::fs::read(&copy).unwrap(), std::fs::read(&file).unwrap());
    let mail = desk.json(&["letter", "email", first["number"].as_str().unwrap()]);
    assert!(
        mail["subject"]
            .as_str()
            .unwrap()
            .contains(first["number"].as_str().unwrap()),
        "{mail}"
    );
    assert!(
        mail["body"].as_str().unwrap().contains("Budi Santoso"),
        "{mail}"
    );

    // A kept letter changed on disk is refused, not handed out.
    let mut bytes = std::fs::read(&file).unwrap();
    let n = bytes.len();
    bytes[n / 2] ^= 1;
    std::fs::write(&file, bytes).unwrap();
    let err = desk.refused(
        &[
            "letter",
            "pdf",
            first["number"].as_str().unwrap(),
            "--out",
            copy.to_str().unwrap(),
        ],
        2,
    );
    assert!(
        err["message"].as_str().unwrap().contains("changed"),
        "{err}"
    );
}

#[test]
fn a_letter_that_releases_data_waits_for_the_gate_and_a_refusal_names_its_ground() {
    let desk = Desk::new();
    let id = office(&desk);
    let err = desk.refused(&["letter", "access", "--request", &id], 4);
    assert_eq!(err["code"], "verification_refused", "{err}");
    assert!(
        desk.json(&["letter", "issued", "--request", &id])
            .as_array()
            .unwrap()
            .is_empty(),
        "no number is taken by a refused letter"
    );
    let err = desk.refused(&["letter", "refusal", "--request", &id, "--draft"], 2);
    assert_eq!(err["field"], "ground", "{err}");
    let pdf = draft(&desk, &id, "refusal", "id", &["--ground", "identity"]);
    let text = words(&pdf);
    assert!(
        text.contains("belum dapat kami verifikasi") && text.contains("kode verifikasi"),
        "the identity ground says what is missing: {text}"
    );
    assert!(
        !text.contains("Pasal 33"),
        "only the grounds given are printed"
    );
    verify(&desk, &id);
    let access = desk.json(&["letter", "access", "--request", &id]);
    assert_eq!(access["kind"], "access", "{access}");
}

#[test]
fn edited_text_and_the_offices_own_template_are_used_and_bad_placeholders_named() {
    let desk = Desk::new();
    let id = office(&desk);
    let own = desk.data().join("letters/templates/id/acknowledgement.txt");
    std::fs::create_dir_all(own.parent().unwrap()).unwrap();
    std::fs::write(
        &own,
        "subject: Tanda terima {request_id}\n---\nYth. {addressee}, permohonan Anda kami catat.\n",
    )
    .unwrap();
    let text = desk.json(&["letter", "text", "acknowledgement", "--request", &id])["text"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        text.contains(&format!("Tanda terima {id}")),
        "the office's template is used: {text}"
    );
    std::fs::write(&own, "subject: x\n---\nHalo {nama_lengkap}\n").unwrap();
    let err = desk.refused(
        &["letter", "acknowledgement", "--request", &id, "--draft"],
        2,
    );
    assert!(
        err["message"].as_str().unwrap().contains("{nama_lengkap}"),
        "{err}"
    );
    std::fs::remove_file(&own).unwrap();
    let edited = desk.write(
        "edited.txt",
        "subject: Tanda terima\n---\nDengan hormat,\n\nSurat ini diubah oleh petugas.\n",
    );
    let pdf = desk.dir.path().join("edited.pdf");
    desk.json(&[
        "letter",
        "acknowledgement",
        "--request",
        &id,
        "--text",
        &edited,
        "--out",
        pdf.to_str().unwrap(),
    ]);
    assert!(
        words(&pdf).contains("Surat ini diubah oleh petugas."),
        "the edited text is printed"
    );
    let kept = desk.json(&["letter", "issued", "--request", &id]);
    assert!(
        kept[0]["text"]
            .as_str()
            .unwrap()
            .contains("diubah oleh petugas"),
        "the issued text is kept: {kept}"
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
