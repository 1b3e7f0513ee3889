//! A changed certificate is detected by `pdpdesk certificate verify`: a flipped byte at the
//! start, in the middle, inside the embedded statement and inside the signature line; a re-save
//! by a PDF tool (qpdf), with and without the old signature line put back; an incremental save
//! appended; a certificate signed by another office's key. Poppler still opens the original.

use crate::support;

use std::path::Path;
use std::process::Command;
use support::certificate::{issue, ready, verify_file};
use support::letters::{tool, words};
use support::Desk;

fn find(haystack: &[u8], needle: &[u8]) -> usize {
    haystack
        .windows(needle.len())
        .position(|w| w == needle)
        .unwrap_or_else(|| panic!("{:?} is in the file", String::from_utf8_lossy(needle)))
}

/// Verifies a changed copy: it must be reported as not valid, with a non-zero exit.
fn rejected(desk: &Desk, bytes: &[u8], name: &str, what: &str) -> serde_json::Value {
    let path = desk.dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let (report, code) = verify_file(desk, &path);
    assert_eq!(report["valid"], false, "{what} is detected: {report}");
    assert_ne!(code, Some(0), "{what}: verify exits non-zero");
    report
}

#[test]
fn any_flipped_byte_is_detected() {
    let desk = Desk::new();
    let id = ready(&desk);
    let (_, pdf) = issue(&desk, &id, "id", "ba.pdf");
    let bytes = std::fs::read(&pdf).unwrap();
    let (report, code) = verify_file(&desk, &pdf);
    assert_eq!((report["valid"].as_bool(), code), (Some(true), Some(0)));

    let statement = find(&bytes, b"{\"format\":\"pdpdesk/");
    let number = find(&bytes[statement..], b"\"number\":\"") + statement + 12;
    let seal = find(&bytes, b"%PDPDESK-SIGNATURE v1");
    let cases = [
        (10, "a byte at the start"),
        (bytes.len() / 2, "a byte in the middle"),
        (statement + 3, "a byte in the statement's key"),
        (number, "a digit of the number in the statement"),
        (seal + 40, "a byte of the key in the signature line"),
        (bytes.len() - 10, "a byte of the signature"),
        (bytes.len() - 1, "the last line's end"),
    ];
    for (at, what) in cases {
        let mut changed = bytes.clone();
        changed[at] ^= 0x04;
        let report = rejected(&desk, &changed, "flipped.pdf", what);
        assert!(
            report["problem"].as_str().is_some_and(|p| !p.is_empty()),
            "{what}: the report says why: {report}"
        );
    }
    let mut text_edit = bytes.clone();
    let budi = find(&text_edit, b"Budi Santoso");
    text_edit[budi..budi + 4].copy_from_slice(b"Bodi");
    let report = rejected(
        &desk,
        &text_edit,
        "renamed.pdf",
        "the statement's name edited",
    );
    assert_eq!(report["seal"], "mismatch", "{report}");
}

fn qpdf(args: &[&str]) -> bool {
    Command::new("qpdf")
        .args(args)
        .status()
        .map(|s| s.code() == Some(0) || s.code() == Some(3))
        .unwrap_or(false)
}

#[test]
fn a_resave_or_edit_by_a_pdf_tool_is_detected() {
    if Command::new("qpdf").arg("--version").output().is_err() {
        eprintln!("SKIPPED: no qpdf on this machine (scripts/setup installs it), so no PDF tool can re-save the certificate");
        return;
    }
    let desk = Desk::new();
    let id = ready(&desk);
    let (_, pdf) = issue(&desk, &id, "id", "ba.pdf");
    let original = std::fs::read(&pdf).unwrap();
    // Poppler opens the certificate, the signature line after %%EOF notwithstanding.
    assert!(words(&pdf).contains("BERITA ACARA"));
    tool("pdfinfo", &[pdf.to_str().unwrap()]);

    let dir = desk.dir.path();
    let resaved = dir.join("resaved.pdf");
    assert!(qpdf(&[pdf.to_str().unwrap(), resaved.to_str().unwrap()]));
    let report = rejected(
        &desk,
        &std::fs::read(&resaved).unwrap(),
        "resaved-copy.pdf",
        "a re-save by qpdf",
    );
    assert_eq!(report["seal"], "missing", "{report}");

    // The content streams opened up, one drawn text edited, saved again, and the old signature
    // line put back at the end.
    let open = dir.join("open.pdf");
    assert!(qpdf(&[
        "--qdf",
        "--object-streams=disable",
        pdf.to_str().unwrap(),
        open.to_str().unwrap()
    ]));
    let mut edited = std::fs::read(&open).unwrap();
    // The last hex digit of a glyph of the first drawn text: `<…0007> Tj`.
    let tj = find(&edited, b"> Tj") - 1;
    edited[tj] = if edited[tj] == b'0' { b'1' } else { b'0' };
    let seal = find(&original, b"%PDPDESK-SIGNATURE");
    if !edited.ends_with(b"\n") {
        edited.push(b'\n');
    }
    edited.extend_from_slice(&original[seal..]);
    let report = rejected(
        &desk,
        &edited,
        "edited.pdf",
        "a content stream edited, the seal put back",
    );
    assert_eq!(report["seal"], "mismatch", "{report}");

    // An incremental save appends its changes after the signature.
    let mut appended = original.clone();
    appended.extend_from_slice(b"1 0 obj\n<< /Title (Diubah) >>\nendobj\n%%EOF\n");
    let report = rejected(&desk, &appended, "appended.pdf", "an incremental save");
    assert_eq!(report["seal"], "appended", "{report}");
}

#[test]
fn a_certificate_of_another_key_is_not_the_offices() {
    let desk = Desk::new();
    let id = ready(&desk);
    let (_, pdf) = issue(&desk, &id, "id", "ours.pdf");
    // Another machine with the same office and request, but its own key.
    let other = Desk::new();
    let other_id = ready(&other);
    assert_eq!(id, other_id);
    let (_, theirs) = issue(&other, &other_id, "id", "theirs.pdf");
    let (report, code) = verify_file(&desk, &theirs);
    assert_eq!(
        (report["valid"].as_bool(), report["seal"].as_str()),
        (Some(false), Some("not_own_key")),
        "on this office's machine a certificate of its request signed by another key is refused: {report}"
    );
    assert_ne!(code, Some(0));
    assert_eq!(report["register"]["own_key"], false);
    let (report, _) = verify_file(&desk, &pdf);
    assert_eq!(report["valid"], true, "{report}");
    let ours = Path::new(&pdf);
    assert!(ours.exists());
}
