//! `pdpdesk redact` on a mailbox: the subject's messages leave the copy whole, every other
//! message stays byte for byte; a retained mail stays as it is (a mail has no cells to mask).

use crate::support;

use support::Desk;

const OTHER_1: &str = "From ani@example.com Mon Jan  1 09:00:00 2024\nFrom: Ani Lestari <ani@example.com>\nTo: admin@cetakceria.id\nSubject: Cetak stiker\nMessage-ID: <ani-1@example.com>\nDate: Mon, 1 Jan 2024 09:00:00 +0700\n\nHalo, saya mau cetak stiker 100 lembar.\n>From the first page please.\n\n";
const BUDI: &str = "From budi@example.com Tue Jan  2 10:00:00 2024\nFrom: Budi Santoso <budi@example.com>\nTo: admin@cetakceria.id\nSubject: Undangan\nMessage-ID:\n <budi-1@example.com>\nDate: Tue, 2 Jan 2024 10:00:00 +0700\n\nSaya pesan undangan, hubungi 0812-0000-2222.\n\n";
const OTHER_2: &str = "From dewi@example.com Wed Jan  3 11:00:00 2024\nFrom: Dewi <dewi@example.com>\nTo: admin@cetakceria.id\nSubject: Brosur\nMessage-ID: <dewi-1@example.com>\nDate: Wed, 3 Jan 2024 11:00:00 +0700\n\nBrosur A5 ya kak.\n";

#[test]
fn the_subjects_mail_leaves_the_mailbox_copy_and_the_others_stay() {
    let desk = Desk::new();
    desk.json(&["office", "set", "--name", "CV Cetak Ceria"]);
    let folder = desk.dir.path().join("surel");
    std::fs::create_dir(&folder).unwrap();
    let mbox = format!("{OTHER_1}{BUDI}{OTHER_2}");
    std::fs::write(folder.join("Kotak Masuk.mbox"), &mbox).unwrap();
    desk.json(&["source", "add", folder.to_str().unwrap()]);
    let id = desk.new_request(&[
        "--name",
        "Budi Santoso",
        "--email",
        "budi@example.com",
        "--right",
        "deletion",
        "--channel",
        "email",
    ]);
    desk.json(&["search", "--request", &id]);
    desk.json(&["hit", "confirm", "--request", &id, "--strong"]);
    let code = desk.json(&["verify", "code", "--request", &id])["code"]
        .as_str()
        .unwrap()
        .to_string();
    desk.json(&["verify", "check", "--request", &id, &code]);
    let out = desk.dir.path().join("salinan");
    let report = desk.json(&["redact", "--request", &id, "--out", out.to_str().unwrap()]);
    assert_eq!(report["unexplained"], serde_json::json!([]), "{report}");
    assert_eq!(report["redaction"]["files"][0]["removed"], 1, "{report}");
    let copy = std::fs::read_to_string(out.join("surel").join("Kotak Masuk.mbox")).unwrap();
    assert_eq!(
        copy,
        format!("{OTHER_1}{OTHER_2}"),
        "Budi's message leaves whole, the others stay byte for byte"
    );
}
