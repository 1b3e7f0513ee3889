//! An original is kept as evidence only together with the row that names it: a message or record
//! whose request is refused leaves no file behind.

use crate::support;

use support::Desk;

fn evidence_files(desk: &Desk) -> Vec<String> {
    match std::fs::read_dir(desk.data().join("evidence")) {
        Ok(dir) => dir
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect(),
        Err(_) => Vec::new(),
    }
}

#[test]
fn a_refused_message_leaves_no_evidence_file() {
    let desk = Desk::new();
    // No right is asked, so registering it anyway is refused at validation ("rights: required").
    let mail = desk.write(
        "faktur.eml",
        "From: Ani Lestari <ani.lestari@example.com>\r\nTo: admin@office.example\r\nDate: Mon, 23 Nov 2026 10:00:00 +0700\r\nMessage-ID: <faktur-1@example.com>\r\nSubject: Faktur bulan ini\r\n\r\nHalo, apakah faktur bulan ini sudah dikirim?\r\n",
    );
    let out = desk.run(&["intake", "--register-anyway", &mail]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "the message cannot become a request: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(desk.list().is_empty(), "nothing is registered");
    assert!(
        evidence_files(&desk).is_empty(),
        "no request, no row: its original must not stay in evidence/: {:?}",
        evidence_files(&desk)
    );
}

#[test]
fn a_refused_record_leaves_no_evidence_file() {
    let desk = Desk::new();
    let folder = desk.dir.path().join("ekspor");
    std::fs::create_dir(&folder).unwrap();
    let csv = folder.join("formulir.csv");
    std::fs::write(
        &csv,
        "Nama,Email,Telepon,Pesan\nAni Lestari,ani.lestari@example.com,0812-0000-1111,Halo apa kabar\n",
    )
    .unwrap();
    desk.json(&["source", "add", folder.to_str().unwrap()]);
    let error = desk.refused(
        &[
            "intake-record",
            csv.to_str().unwrap(),
            "--record",
            "1",
            "--register",
        ],
        2,
    );
    assert_eq!(error["field"], "rights", "refused for its rights: {error}");
    assert!(desk.list().is_empty(), "nothing is registered");
    assert!(
        evidence_files(&desk).is_empty(),
        "no request, no row: the record must not stay in evidence/: {:?}",
        evidence_files(&desk)
    );
}

#[test]
fn a_photo_of_an_id_card_is_never_kept_and_the_history_says_so() {
    let desk = Desk::new();
    let image = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHR8eHR0a";
    let mail = desk.write(
        "akses.eml",
        &format!(
            "From: Budi Santoso <budi@example.com>\r\nTo: privasi@office.example\r\nDate: Mon, 23 Nov 2026 10:00:00 +0700\r\nMessage-ID: <akses-ktp@example.com>\r\nSubject: Permohonan akses data pribadi\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSaya meminta salinan data pribadi saya. Terlampir foto KTP.\r\n--b1\r\nContent-Type: image/jpeg; name=\"ktp.jpg\"\r\nContent-Disposition: attachment; filename=\"ktp.jpg\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{image}\r\n--b1--\r\n"
        ),
    );
    let preview = desk.json(&["intake", "--preview", &mail]);
    assert_eq!(
        preview[0]["status"]["kind"], "new-request",
        "the preview proposes it: {preview}"
    );
    assert!(desk.list().is_empty(), "a preview registers nothing");
    desk.json(&["intake", &mail]);
    let list = desk.list();
    assert_eq!(list.len(), 1, "the request is registered");
    let id = list[0]["id"].as_str().unwrap();
    let kept = desk.json(&["request", "evidence", id]);
    assert_eq!(
        kept[0]["relation"], "request",
        "the evidence is listed: {kept}"
    );
    let files = evidence_files(&desk);
    assert_eq!(files.len(), 1, "{files:?}");
    let kept = std::fs::read_to_string(desk.data().join("evidence").join(&files[0])).unwrap();
    assert!(
        kept.contains("Terlampir foto KTP."),
        "the message itself is kept"
    );
    assert!(!kept.contains(image), "the image of the ID card is not");
    let events = desk.json(&["request", "show", id])["events"].clone();
    assert!(
        events
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["text"].as_str().unwrap().contains("ktp.jpg")),
        "the history says what was left out: {events}"
    );
}
