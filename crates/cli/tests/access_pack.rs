//! `pdpdesk office processing` and `pdpdesk access-pack` on the real binary: a profile starts
//! the register and an edited one is not overwritten without --replace; the access pack of a
//! verified request carries the processing record of exactly the bundle's sources, with the
//! register's purposes, legal bases and retention, an unregistered source kind flagged (and
//! warned about); `bundle verify` passes on it; the gate refuses before verification; the access
//! letter cites the pack.

use crate::support;

use serde_json::Value;
use std::collections::BTreeSet;
use std::process::Command;
use support::Desk;

const CHATWOOT: &str = "id,name,email,phone_number,labels\n\
11,Budi Santoso,budi@example.com,+6281200002222,pelanggan\n\
12,Ani Lestari,ani@example.com,+6281200001111,\n";

const KONTAK: &str = "nama,email,telepon,catatan\n\
Budi Santoso,budi@example.com,0812-0000-2222,pesan printer\n\
Citra Dewi,citra@example.com,0812-0000-3333,\n";

fn office(desk: &Desk) -> String {
    desk.json(&[
        "office",
        "set",
        "--name",
        "CV Cetak Ceria",
        "--city",
        "Denpasar",
        "--signatory-name",
        "Kadek Wirawan",
        "--signatory-position",
        "Petugas PDP",
    ]);
    for (name, text) in [("contacts.csv", CHATWOOT), ("kontak.csv", KONTAK)] {
        let csv = desk.write(name, text);
        desk.json(&["source", "add", &csv]);
    }
    let id = desk.json(&[
        "request",
        "new",
        "--name",
        "Budi Santoso",
        "--email",
        "budi@example.com",
        "--right",
        "access",
        "--channel",
        "email",
    ])["id"]
        .as_str()
        .unwrap()
        .to_string();
    desk.json(&["search", "--request", &id]);
    id
}

fn read(zip: &str, entry: &str) -> String {
    let out = Command::new("python3")
        .arg("-c")
        .arg("import sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(z.read(sys.argv[2]).decode() if sys.argv[2] else '\\n'.join(z.namelist()))")
        .args([zip, entry])
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "python: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_access_pack_carries_the_processing_record_of_exactly_its_sources() {
    let desk = Desk::new();
    let id = office(&desk);
    let kept = desk.json(&["office", "processing", "--profile", "print-studio"]);
    assert_eq!(kept["origin"]["profile"], "print-studio", "{kept}");
    let out = desk.dir.path().join("akses.zip");
    let out_s = out.to_str().unwrap();
    let err = desk.refused(&["access-pack", "--request", &id, "--out", out_s], 4);
    assert_eq!(err["code"], "verification_refused", "the gate first: {err}");
    assert!(!out.exists());

    desk.json(&["hit", "confirm", "--request", &id, "--strong"]);
    let code = desk.json(&["verify", "code", "--request", &id])["code"]
        .as_str()
        .unwrap()
        .to_string();
    desk.json(&["verify", "check", "--request", &id, &code]);
    let made = desk.json(&["access-pack", "--request", &id, "--out", out_s]);
    assert_eq!(made["record"]["kind"], "access-pack", "{made}");
    assert_eq!(made["record"]["records"], 2, "Budi in both files: {made}");
    let flagged = made["not_in_register"].as_array().unwrap();
    assert_eq!(flagged.len(), 1, "{made}");
    assert!(
        flagged[0].as_str().unwrap().starts_with("generic-csv "),
        "{flagged:?}"
    );

    // The record lists exactly the bundle's data files.
    let names = read(out_s, "");
    let data: BTreeSet<String> = names
        .lines()
        .filter(|n| n.starts_with("data/") && n.ends_with(".json"))
        .map(|n| n.trim_end_matches(".json").to_string())
        .collect();
    assert_eq!(data.len(), 2, "{names}");
    for want in [
        "processing-record.json",
        "processing-record.html",
        "index.html",
    ] {
        assert!(names.lines().any(|n| n == want), "{want} in {names}");
    }
    let record: Value = serde_json::from_str(&read(out_s, "processing-record.json")).unwrap();
    let files = record["files"].as_array().unwrap();
    let listed: BTreeSet<String> = files
        .iter()
        .map(|f| f["entry"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(listed, data, "exactly the bundle's sources");

    // Purposes, legal basis and retention come from the register.
    let register = &kept["register"]["entries"];
    let chatwoot_entry = register
        .as_array()
        .unwrap()
        .iter()
        .find(|e| {
            e["source_kinds"]
                .as_array()
                .unwrap()
                .contains(&"chatwoot-contacts".into())
        })
        .unwrap();
    let chat = files
        .iter()
        .find(|f| f["source_kind"] == "chatwoot-contacts")
        .unwrap();
    assert_eq!(chat["in_register"], true);
    assert_eq!(chat["records"], 1);
    let p = &chat["processing"];
    assert_eq!(p["purposes"], chatwoot_entry["purposes"]);
    assert_eq!(p["retention"]["months"], 24);
    assert_eq!(p["retention"], chatwoot_entry["retention"]);
    assert!(p["purposes"][0]["legal_basis"]
        .as_array()
        .unwrap()
        .contains(&"consent".into()));
    let generic = files
        .iter()
        .find(|f| f["source_kind"] == "generic-csv")
        .unwrap();
    assert_eq!(generic["in_register"], false);
    assert!(generic["processing"].is_null());

    let index = read(out_s, "index.html");
    assert!(index.contains("Rekam jejak pemrosesan") && index.contains("Record of processing"));
    assert!(
        index.contains("Tidak tercatat dalam daftar pemrosesan"),
        "the unregistered kind"
    );
    assert!(index.contains("Chatwoot") && index.contains("Pasal 20 ayat (2) huruf a"));
    let readme = read(out_s, "README.txt");
    assert!(readme.contains("processing-record.json"), "{readme}");

    // The hashes check out, and the manifest lists the record.
    let ok = desk.json(&["bundle", "verify", out_s]);
    assert!(ok["files"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["path"] == "processing-record.json"));

    // Made without --json, the unregistered kind is a warning on stderr.
    let again = desk.dir.path().join("akses-2.zip");
    let run = desk.run(&[
        "access-pack",
        "--request",
        &id,
        "--out",
        again.to_str().unwrap(),
    ]);
    assert!(run.status.success());
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("not in the processing register") && stderr.contains("kontak.csv"),
        "{stderr}"
    );

    // The history, and the access letter citing the latest pack.
    let latest = desk.json(&["request", "show", &id])["events"].clone();
    assert!(latest
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["kind"] == "bundle" && e["text"].as_str().unwrap().contains("Paket akses")));
    let text = desk.json(&["letter", "text", "access", "--request", &id])["text"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        text.contains("akses-2.zip") && text.contains("SHA-256"),
        "{text}"
    );
}

#[test]
fn the_register_is_checked_and_an_edited_one_is_not_overwritten() {
    let desk = Desk::new();
    assert!(desk.json(&["office", "processing"]).is_null(), "none yet");
    let listed = desk.json(&["office", "processing", "--profiles"]);
    let ids: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["agency", "ai-builder", "print-studio"]);
    let mut register =
        desk.json(&["office", "processing", "--profile", "agency"])["register"].clone();

    // A bad file is refused, naming the field.
    register["entries"][1]["retention"]["en"] = "".into();
    let bad = desk.write("bad.json", &register.to_string());
    let err = desk.refused(&["office", "processing", "--set", &bad], 2);
    assert_eq!(err["field"], "processing_register", "{err}");
    assert!(
        err["message"].as_str().unwrap().contains("entries[2]"),
        "{err}"
    );

    register["entries"][1]["retention"]["en"] = "5 years".into();
    let good = desk.write("good.json", &register.to_string());
    let kept = desk.json(&["office", "processing", "--set", &good]);
    assert_eq!(kept["origin"]["kind"], "edited");
    assert_eq!(kept["updated_by"], "Tester");
    let err = desk.refused(&["office", "processing", "--profile", "print-studio"], 2);
    assert!(
        err["message"].as_str().unwrap().contains("--replace"),
        "{err}"
    );
    assert_eq!(
        desk.json(&["office", "processing"])["register"],
        register,
        "kept"
    );
    let kept = desk.json(&[
        "office",
        "processing",
        "--profile",
        "print-studio",
        "--replace",
    ]);
    assert_eq!(kept["origin"]["profile"], "print-studio");

    // A readable table without --json.
    let out = desk.run(&["office", "processing"]);
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(
        table.contains("chatwoot-contacts") && table.contains("print-studio"),
        "{table}"
    );
}

#[test]
fn the_access_pack_needs_a_register() {
    let desk = Desk::new();
    let id = office(&desk);
    desk.json(&["hit", "confirm", "--request", &id, "--strong"]);
    let code = desk.json(&["verify", "code", "--request", &id])["code"]
        .as_str()
        .unwrap()
        .to_string();
    desk.json(&["verify", "check", "--request", &id, &code]);
    let out = desk.dir.path().join("akses.zip");
    let err = desk.refused(
        &[
            "access-pack",
            "--request",
            &id,
            "--out",
            out.to_str().unwrap(),
        ],
        2,
    );
    assert_eq!(err["field"], "processing_register", "{err}");
    assert!(
        err["message"].as_str().unwrap().contains("--profile"),
        "{err}"
    );
    assert!(!out.exists());
}
