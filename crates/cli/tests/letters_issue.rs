//! Issuing letters on the real binary: numbers that never repeat, even after a refused print; the
//! kept PDF private and unchanged; the office's own template and staff's edited text used, and
//! placeholders that are unknown or unfilled named.

use crate::support;

use serde_json::Value;
use support::letters::{office, well_formed, words};
use support::Desk;

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
