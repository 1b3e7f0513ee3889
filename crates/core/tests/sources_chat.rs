//! The generator's WhatsApp exports (Android Indonesian 1:1, Android English 12-hour 1:1, iOS
//! Indonesian group with CRLF and LRM) read as messages at the index and line `expected.json` lists.

use crate::support;

use pdp_core::sources::ReadControl;
use pdp_core::sources::{whatsapp, Locator, Record};
use std::collections::HashMap;
use support::generate;

#[test]
fn generator_chats_are_read_message_by_message() {
    for seed in [1, 23] {
        let tmp = tempfile::tempdir().unwrap();
        let expected = generate(seed, 300, tmp.path());
        let chats: Vec<&String> = expected["files"]
            .as_object()
            .unwrap()
            .keys()
            .filter(|k| k.starts_with("whatsapp/"))
            .collect();
        assert_eq!(chats.len(), 3, "seed {seed}: three chats");
        for file in chats {
            let mut planted: Vec<(u64, u64)> = Vec::new();
            for s in expected["subjects"].as_array().unwrap() {
                for list in ["matches", "must_not_match"] {
                    for m in s[list]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter(|m| m["file"] == file.as_str())
                    {
                        for r in m["records"].as_array().into_iter().flatten() {
                            planted
                                .push((r["record"].as_u64().unwrap(), r["line"].as_u64().unwrap()));
                        }
                    }
                }
            }
            let mut seen: HashMap<u64, Record> = HashMap::new();
            let (report, chat) = whatsapp::read(
                &tmp.path().join(file),
                file,
                &ReadControl::default(),
                &mut |r| {
                    seen.insert(r.number, r);
                },
            )
            .unwrap_or_else(|e| panic!("seed {seed} {file}: {e}"));
            assert_eq!(
                report.records,
                expected["files"][file]["records"].as_u64().unwrap(),
                "seed {seed} {file}: messages"
            );
            assert!(report.rejected.is_empty(), "{:?}", report.rejected);
            assert_eq!(
                chat.is_group,
                file.contains("Grup"),
                "seed {seed} {file}: group or 1:1"
            );
            for (index, line) in planted {
                let r = &seen[&index];
                assert_eq!(
                    r.locator,
                    Locator::Message { index, line },
                    "seed {seed} {file} message {index}"
                );
            }
            let first_text = seen[&1]
                .values(pdp_core::vocabulary::FieldRole::Text)
                .next()
                .unwrap()
                .to_string();
            assert!(
                !first_text.starts_with('\u{200e}'),
                "invisible marks are cleaned from values"
            );
        }
    }
}

#[test]
fn broken_chats_are_refused_or_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let empty = tmp.path().join("WhatsApp Chat with X.txt");
    std::fs::write(&empty, "").unwrap();
    let err = whatsapp::read(
        &empty,
        "WhatsApp Chat with X.txt",
        &ReadControl::default(),
        &mut |_| {},
    )
    .unwrap_err();
    assert!(
        err.to_string().contains("empty") && err.to_string().contains("Chat with X"),
        "{err}"
    );
    let csv = tmp.path().join("notes.txt");
    std::fs::write(&csv, "Nama,Email\nBudi,b@x.com\n").unwrap();
    let err = whatsapp::read(&csv, "notes.txt", &ReadControl::default(), &mut |_| {}).unwrap_err();
    assert!(err.to_string().contains("not a WhatsApp chat"), "{err}");
    let cut = tmp.path().join("cut.txt");
    std::fs::write(
        &cut,
        "12/03/24 14.05 - Budi: Halo kak\n12/03/24 14.06 - Siti: mau pes",
    )
    .unwrap();
    let mut n = 0;
    let (report, _) =
        whatsapp::read(&cut, "cut.txt", &ReadControl::default(), &mut |_| n += 1).unwrap();
    assert_eq!(
        (report.records, n),
        (2, 2),
        "a truncated last message is still read"
    );
}

#[test]
fn an_ios_export_zip_is_read_like_its_folder() {
    use std::io::Write;
    let tmp = tempfile::tempdir().unwrap();
    let expected = generate(1, 300, tmp.path());
    let folder = "whatsapp/WhatsApp Chat - Grup Pelanggan Maju Jaya";
    let chat = std::fs::read(tmp.path().join(folder).join("_chat.txt")).unwrap();
    let zipped = tmp
        .path()
        .join("WhatsApp Chat - Grup Pelanggan Maju Jaya.zip");
    let mut w = zip::ZipWriter::new(std::fs::File::create(&zipped).unwrap());
    let opts = zip::write::SimpleFileOptions::default();
    w.start_file("_chat.txt", opts).unwrap();
    w.write_all(&chat).unwrap();
    w.start_file("00000001-PHOTO-2023-01-03-16-15-41.jpg", opts)
        .unwrap();
    w.write_all(b"\xff\xd8 not opened").unwrap();
    w.finish().unwrap();
    let mut n = 0;
    let read = pdp_core::sources::read::read_file(
        &zipped,
        "grup.zip",
        None,
        &ReadControl::default(),
        &mut |_| n += 1,
    )
    .unwrap();
    let file = format!("{folder}/_chat.txt");
    assert_eq!(
        read.report.records,
        expected["files"][&file]["records"].as_u64().unwrap(),
        "the same messages as the folder"
    );
    assert_eq!(n, read.report.records);
    let chat = read.chat.unwrap();
    assert!(chat.is_group);
    assert_eq!(
        chat.title.as_deref(),
        Some("Grup Pelanggan Maju Jaya"),
        "the chat is named after the zip"
    );
    let other = tmp.path().join("lain.zip");
    let mut w = zip::ZipWriter::new(std::fs::File::create(&other).unwrap());
    w.start_file("foto.jpg", opts).unwrap();
    w.finish().unwrap();
    let err = pdp_core::sources::read::read_file(
        &other,
        "lain.zip",
        None,
        &ReadControl::default(),
        &mut |_| {},
    )
    .unwrap_err();
    assert!(err.to_string().contains("no _chat.txt"), "{err}");
}
