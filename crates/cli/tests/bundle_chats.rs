//! WhatsApp chats in the portability bundle (UU PDP Pasal 33), on the real binary: of a group
//! chat only the subject's own messages go in, and another member's message that quotes the
//! subject's number is left out and said so; a 1:1 chat goes in as the conversation staff
//! confirmed, and one confirmed only in part is named with how many messages are undecided.

use crate::support;

use serde_json::Value;
use support::Desk;

const GROUP: &str = "03/11/2026 09.00 - Toko Cetak Ceria: Selamat datang di grup pelanggan\n\
03/11/2026 09.05 - +62 812-0000-2222: Halo, saya mau cetak undangan 100 lembar\n\
03/11/2026 09.07 - +62 813-5555-6666: Saya juga kak, nomor Budi 0812-0000-2222 itu teman saya\n\
03/11/2026 09.10 - +62 812-0000-2222: Terima kasih\n\
03/11/2026 09.12 - +62 857-7777-8888: Ikut pesan stiker ya\n";

const ONE_TO_ONE: &str = "04/11/2026 10.00 - +62 812-0000-2222: Kak, undangan saya sudah jadi?\n\
04/11/2026 10.02 - Toko Cetak Ceria: Sudah kak, bisa diambil sore ini\n\
04/11/2026 10.03 - +62 812-0000-2222: Baik, terima kasih\n";

/// An office whose chats folder holds a group chat and a 1:1 chat with the subject; a verified
/// portability request of the subject, searched.
fn office(desk: &Desk) -> String {
    desk.json(&["office", "set", "--name", "CV Cetak Ceria"]);
    let chats = desk.dir.path().join("chats");
    std::fs::create_dir_all(&chats).unwrap();
    std::fs::write(
        chats.join("WhatsApp Chat with Grup Pelanggan Cetak.txt"),
        GROUP,
    )
    .unwrap();
    std::fs::write(
        chats.join("WhatsApp Chat with Budi Santoso.txt"),
        ONE_TO_ONE,
    )
    .unwrap();
    desk.json(&["source", "add", chats.to_str().unwrap()]);
    let id = desk.new_request(&[
        "--name",
        "Budi Santoso",
        "--phone",
        "0812-0000-2222",
        "--right",
        "portability",
        "--channel",
        "chat",
    ]);
    desk.json(&["search", "--request", &id]);
    let code = desk.json(&["verify", "code", "--request", &id])["code"]
        .as_str()
        .unwrap()
        .to_string();
    desk.json(&["verify", "check", "--request", &id, &code]);
    id
}

/// The hits of the request's latest search in files whose name contains `file`.
fn hits_in(desk: &Desk, id: &str, file: &str) -> Vec<Value> {
    let list = desk.json(&["hit", "list", "--request", id]);
    list["hits"]
        .as_array()
        .or_else(|| list.as_array())
        .expect("hit list is an array or has hits")
        .iter()
        .filter(|h| h["file"].as_str().is_some_and(|f| f.contains(file)))
        .cloned()
        .collect()
}

fn confirm(desk: &Desk, hits: &[Value]) {
    let ids: Vec<String> = hits.iter().map(|h| h["id"].to_string()).collect();
    let mut args = vec!["hit", "confirm"];
    args.extend(ids.iter().map(String::as_str));
    desk.json(&args);
}

#[test]
fn a_group_chat_gives_only_the_subjects_own_messages() {
    let desk = Desk::new();
    let id = office(&desk);
    let group = hits_in(&desk, &id, "Grup Pelanggan");
    assert!(
        group.len() >= 3,
        "the subject's two messages and the member quoting their number are hits: {group:?}"
    );
    // Staff confirm everything the search found in the group, the quoting member's message too.
    confirm(&desk, &group);
    let preview = desk.json(&["bundle", "preview", "--request", &id]);
    let left: Vec<u64> = preview["left_out"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            assert_eq!(l["reason"], "group_member", "{l}");
            l["record"].as_u64().unwrap()
        })
        .collect();
    assert_eq!(
        left,
        vec![3],
        "message 3 is another member's, even though it quotes the subject's number: {preview}"
    );
    let out = desk.dir.path().join("budi.zip");
    let made = desk.json(&["bundle", "--request", &id, "--out", out.to_str().unwrap()]);
    let records = made["record"]["records"].as_u64().unwrap();
    assert_eq!(
        records,
        group.len() as u64 - 1,
        "every confirmed group message but the other member's goes in: {made}"
    );
    let zip = std::fs::read(&out).unwrap();
    let text = String::from_utf8_lossy(&zip);
    assert!(
        !text.contains("teman saya"),
        "the other member's words are nowhere in the bundle (entries are deflated, so also check the plain listing)"
    );
    let listing = std::process::Command::new("python3")
        .arg("-c")
        .arg("import sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nprint(''.join(z.read(n).decode('utf-8','replace') for n in z.namelist()))")
        .arg(&out)
        .output()
        .expect("python3 runs");
    let all = String::from_utf8_lossy(&listing.stdout);
    assert!(
        all.contains("undangan 100 lembar"),
        "the subject's own group message is in the bundle"
    );
    assert!(
        !all.contains("teman saya") && !all.contains("stiker"),
        "no other member's group message is in the bundle"
    );
    let human = desk.run(&["bundle", "preview", "--request", &id]);
    let said = String::from_utf8_lossy(&human.stdout);
    assert!(
        said.contains("left out:") && said.contains("Pasal 33"),
        "the preview says what stays out and why: {said}"
    );
}

#[test]
fn a_one_to_one_chat_goes_in_whole_and_a_partly_confirmed_one_is_named() {
    let desk = Desk::new();
    let id = office(&desk);
    let chat = hits_in(&desk, &id, "Budi Santoso");
    assert_eq!(
        chat.len(),
        3,
        "every message of the 1:1 chat is a hit, the office's reply too: {chat:?}"
    );
    confirm(&desk, &chat[..1]);
    let preview = desk.json(&["bundle", "preview", "--request", &id]);
    let partial = preview["partial_chats"].as_array().unwrap();
    assert_eq!(
        partial.len(),
        1,
        "the half-decided conversation is named: {preview}"
    );
    assert_eq!(partial[0]["confirmed"], 1);
    assert_eq!(partial[0]["undecided"], 2);

    confirm(&desk, &chat[1..]);
    let preview = desk.json(&["bundle", "preview", "--request", &id]);
    assert_eq!(
        preview["partial_chats"].as_array().unwrap().len(),
        0,
        "a wholly confirmed conversation is not partial: {preview}"
    );
    assert_eq!(
        preview["left_out"].as_array().unwrap().len(),
        0,
        "nothing of a 1:1 chat is left out, the office's own replies included: {preview}"
    );
    let files = preview["files"].as_array().unwrap();
    assert_eq!(files.len(), 1, "{preview}");
    assert_eq!(
        files[0]["records"], 3,
        "the whole conversation goes in: {preview}"
    );
}
