//! What the redaction tests share: a generated office with a subject's deletion request decided
//! as staff who know would, the group chat as an iOS ZIP, and a file's records as its cells read.

use super::{generate, Desk};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The records the generator planted for a subject: (file, record number).
pub fn truth(expected: &Value, subject: &str) -> BTreeSet<(String, u64)> {
    let s = expected["subjects"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == subject)
        .unwrap_or_else(|| panic!("subject {subject} in the truth file"));
    s["matches"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|m| {
            let file = m["file"].as_str().unwrap().to_string();
            m["records"]
                .as_array()
                .unwrap()
                .iter()
                .map(move |r| (file.clone(), r["record"].as_u64().unwrap()))
        })
        .collect()
}

/// A generated office with a deletion request by `subject` (from its e-mail, or typed in with
/// the subject's identifiers when its e-mail asks for something else), searched, every hit
/// decided as staff who know would (the subject's records confirmed, namesakes rejected).
pub fn office(
    desk: &Desk,
    subject: &str,
    verify: bool,
    zip_group: bool,
) -> (PathBuf, String, BTreeSet<(String, u64)>) {
    let fx = desk.dir.path().join("fx");
    let expected = generate(5, 150, &fx);
    std::fs::remove_file(fx.join("expected.json")).unwrap();
    let mut theirs = truth(&expected, subject);
    if zip_group {
        theirs = theirs
            .into_iter()
            .map(|(f, r)| (f.replace(&format!("/{CHAT_TXT}"), ".zip"), r))
            .collect();
        zip_group_chat(&fx);
    }
    desk.json(&["source", "add", fx.to_str().unwrap()]);
    let id = match subject {
        "S6" => {
            let eml = fx.join("email/03_request_to_delete_my_data.eml");
            let imported = desk.json(&["intake", eml.to_str().unwrap()]);
            imported[0]["request_id"].as_str().unwrap().to_string()
        }
        _ => {
            let s = expected["subjects"]
                .as_array()
                .unwrap()
                .iter()
                .find(|s| s["id"] == subject)
                .unwrap();
            let c = &s["canonical"];
            desk.new_request(&[
                "--name",
                c["name"].as_str().unwrap(),
                "--email",
                c["emails"][0].as_str().unwrap(),
                "--phone",
                c["phones_e164"][0].as_str().unwrap(),
                "--right",
                "deletion",
                "--channel",
                "email",
            ])
        }
    };
    desk.json(&["search", "--request", &id]);
    let hits = desk.json(&["hit", "list", "--request", &id]);
    let (mine, others): (Vec<&Value>, Vec<&Value>) =
        hits["hits"].as_array().unwrap().iter().partition(|h| {
            theirs.contains(&(
                h["file"].as_str().unwrap().to_string(),
                h["record"].as_u64().unwrap(),
            ))
        });
    for (ids, verb) in [(mine, "confirm"), (others, "reject")] {
        let ids: Vec<String> = ids.iter().map(|h| h["id"].to_string()).collect();
        if ids.is_empty() {
            continue;
        }
        let mut args = vec!["hit", verb];
        args.extend(ids.iter().map(String::as_str));
        if verb == "reject" {
            args.extend(["--reason", "orang lain dengan nama serupa"]);
        }
        desk.json(&args);
    }
    if verify {
        let code = desk.json(&["verify", "code", "--request", &id])["code"]
            .as_str()
            .unwrap()
            .to_string();
        desk.json(&["verify", "check", "--request", &id, &code]);
    }
    (fx, id, theirs)
}

pub const GROUP: &str = "whatsapp/WhatsApp Chat - Grup Pelanggan Maju Jaya";
pub const CHAT_TXT: &str = "_chat.txt";

/// The group chat as an iOS export ZIP: its text and a file for every attachment it names.
pub fn zip_group_chat(fx: &Path) {
    use std::io::Write;
    let folder = fx.join(GROUP);
    let text = std::fs::read_to_string(folder.join(CHAT_TXT)).unwrap();
    let mut w =
        zip::ZipWriter::new(std::fs::File::create(fx.join(format!("{GROUP}.zip"))).unwrap());
    let opts = zip::write::SimpleFileOptions::default();
    w.start_file(CHAT_TXT, opts).unwrap();
    w.write_all(text.as_bytes()).unwrap();
    for (at, _) in text.match_indices("<terlampir: ") {
        let rest = &text[at + 12..];
        let name = &rest[..rest.find('>').unwrap()];
        w.start_file(name, opts).unwrap();
        w.write_all(b"\xff\xd8 media").unwrap();
    }
    w.finish().unwrap();
    std::fs::remove_dir_all(folder).unwrap();
}

/// Every record of a file as its cells read.
pub fn records(path: &Path) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    pdp_core::sources::read::read_file(
        path,
        "x",
        None,
        &pdp_core::sources::ReadControl::default(),
        &mut |r| found.push(r.fields.iter().map(|f| f.raw.clone()).collect()),
    )
    .unwrap_or_else(|e| panic!("{} reads back: {e}", path.display()));
    found
}

/// A file's SHA-256 in hex.
pub fn sha256_hex(path: &Path) -> String {
    let file = std::fs::File::open(path).unwrap();
    pdp_core::fulfil::bundle::digest::copy_hashed(file, std::io::sink())
        .unwrap()
        .0
}
