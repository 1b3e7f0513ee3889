//! `pdpdesk bundle …` on the real binary: refused until verified and when nothing is confirmed;
//! exactly the confirmed records, each value as the export holds it, other people's numbers
//! masked, formulas defused in CSV only; opened by Python's zipfile, bsdtar and 7z; `bundle
//! verify` passes and names a changed entry; the encrypted bundle opens with its passcode only;
//! the portability letter carries the bundle's SHA-256; `bundle list` is the delivery record.

use crate::support;

use serde_json::Value;
use std::process::Command;
use support::Desk;

const KONTAK: &str = "nama,email,telepon,kontak_darurat,catatan\n\
Ani Lestari,ani@example.com,0812-0000-1111,,pelanggan lama\n\
Budi Santoso,budi@example.com,0812-0000-2222,istri 0813-1111-3333,=HYPERLINK(\"http://x\")\n\
Budi Santoso,budi.lain@example.org,0899-9999-0000,,namesake di Medan\n";

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
    let csv = desk.write("kontak.csv", KONTAK);
    desk.json(&["source", "add", &csv]);
    let id = desk.json(&[
        "request",
        "new",
        "--name",
        "Budi Santoso",
        "--email",
        "budi@example.com",
        "--phone",
        "0812-0000-2222",
        "--right",
        "portability",
        "--channel",
        "email",
    ])["id"]
        .as_str()
        .unwrap()
        .to_string();
    desk.json(&["search", "--request", &id]);
    id
}

fn verify(desk: &Desk, id: &str) {
    let code = desk.json(&["verify", "code", "--request", id])["code"]
        .as_str()
        .unwrap()
        .to_string();
    desk.json(&["verify", "check", "--request", id, &code]);
}

fn python(script: &str, zip: &str) -> String {
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(zip)
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
fn the_bundle_holds_exactly_the_confirmed_records_as_written_and_checks_out() {
    let desk = Desk::new();
    let id = office(&desk);
    let out = desk.dir.path().join("budi.zip");
    let out_s = out.to_str().unwrap();
    let err = desk.refused(&["bundle", "--request", &id, "--out", out_s], 4);
    assert_eq!(err["code"], "verification_refused", "the gate first: {err}");
    // Confirm the strong hit (Budi's own record); the namesake stays undecided.
    desk.json(&["hit", "confirm", "--request", &id, "--strong"]);
    verify(&desk, &id);
    let preview = desk.json(&["bundle", "preview", "--request", &id]);
    assert_eq!(
        preview["files"][0]["fields"],
        serde_json::json!(["nama", "email", "telepon", "kontak_darurat", "catatan"]),
        "the preview names the fields the records carry: {preview}"
    );
    let made = desk.json(&["bundle", "--request", &id, "--out", out_s]);
    assert_eq!(made["record"]["records"], 1, "one confirmed record: {made}");
    assert!(!out.with_file_name(".budi.zip.tmp").exists());

    let listing = python(
        "import sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint('\\n'.join(z.namelist()))",
        out_s,
    );
    let names: Vec<&str> = listing.lines().collect();
    for want in [
        "README.txt",
        "SHA256SUMS.txt",
        "data/kontak.csv/kontak.csv.json",
        "index.html",
        "manifest.json",
    ] {
        assert!(
            names
                .iter()
                .any(|n| n.ends_with(want.rsplit('/').next().unwrap())),
            "{want} in {names:?}"
        );
    }
    let json_name = names
        .iter()
        .find(|n| n.ends_with(".json") && n.starts_with("data/"))
        .unwrap();
    let data: Value = serde_json::from_str(&python(
        &format!(
            "import sys,zipfile\nprint(zipfile.ZipFile(sys.argv[1]).read('{json_name}').decode())"
        ),
        out_s,
    ))
    .unwrap();
    let records = data["records"].as_array().unwrap();
    assert_eq!(records.len(), 1, "exactly the confirmed record: {data}");
    let value = |field: &str| {
        records[0]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["field"] == field)
            .unwrap()["value"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(value("email"), "budi@example.com");
    assert_eq!(
        value("telepon"),
        "0812-0000-2222",
        "the subject's own number as written"
    );
    assert_eq!(
        value("kontak_darurat"),
        "istri [disamarkan]",
        "a relative's number is masked"
    );
    assert_eq!(
        value("catatan"),
        "=HYPERLINK(\"http://x\")",
        "the JSON keeps the value raw"
    );
    assert!(
        !data.to_string().contains("Medan") && !data.to_string().contains("Ani"),
        "nothing unconfirmed"
    );
    let csv_name = json_name.replace(".json", ".csv");
    let csv = python(
        &format!(
            "import sys,zipfile\nprint(zipfile.ZipFile(sys.argv[1]).read('{csv_name}').decode())"
        ),
        out_s,
    );
    assert!(
        csv.contains("'=HYPERLINK"),
        "the CSV defuses the formula: {csv}"
    );
    assert_eq!(made["masked"].as_array().unwrap().len(), 1, "{made}");

    // Other tools open it; the hashes check out, and a changed byte is named.
    let t = Command::new("bsdtar")
        .args(["-tf", out_s])
        .output()
        .unwrap();
    assert!(t.status.success(), "bsdtar lists it");
    let t = Command::new("7z").args(["t", out_s]).output().unwrap();
    assert!(
        t.status.success(),
        "7z tests it: {}",
        String::from_utf8_lossy(&t.stdout)
    );
    let ok = desk.json(&["bundle", "verify", out_s]);
    assert_eq!(ok["request_id"], id.as_str());
    let tampered = desk.dir.path().join("tampered.zip");
    python(
        &format!(
            "import sys,zipfile\nsrc=zipfile.ZipFile(sys.argv[1])\ndst=zipfile.ZipFile('{}','w')\n\
for i in src.infolist():\n    b=src.read(i.filename)\n    if i.filename=='{csv_name}': b=b.replace(b'Budi',b'Badi')\n    dst.writestr(i,b)\ndst.close()",
            tampered.display()
        ),
        out_s,
    );
    let err = desk.refused(&["bundle", "verify", tampered.to_str().unwrap()], 2);
    assert!(
        err["message"].as_str().unwrap().contains(&csv_name),
        "names the changed entry: {err}"
    );

    // The delivery record, and the portability letter that cites the bundle.
    let events = desk.json(&["request", "show", &id])["events"].clone();
    assert!(
        events
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["kind"] == "bundle"
                && e["text"]
                    .as_str()
                    .unwrap()
                    .contains(made["record"]["sha256"].as_str().unwrap())),
        "{events}"
    );
    let text = desk.json(&["letter", "text", "portability", "--request", &id])["text"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        text.contains(made["record"]["sha256"].as_str().unwrap()),
        "{text}"
    );
}

#[test]
fn an_encrypted_bundle_opens_with_its_passcode_only_and_nothing_confirmed_is_refused() {
    let desk = Desk::new();
    let id = office(&desk);
    // Nothing confirmed yet, so the contact cannot be on file: a supervisor lets it through.
    desk.json(&[
        "verify",
        "override",
        "--request",
        &id,
        "--reason",
        "Pemohon datang dengan KTP, dicek kepala kantor",
    ]);
    let out = desk.dir.path().join("rahasia.zip");
    let out_s = out.to_str().unwrap();
    let err = desk.refused(&["bundle", "--request", &id, "--out", out_s], 4);
    assert_eq!(err["code"], "nothing_confirmed", "{err}");
    assert!(
        err["message"].as_str().unwrap().contains("no-data"),
        "points to the no-data letter: {err}"
    );
    assert!(!out.exists(), "nothing written");
    desk.json(&["hit", "confirm", "--request", &id, "--strong"]);
    let made = desk.json(&["bundle", "--request", &id, "--out", out_s, "--new-passcode"]);
    let passcode = made["new_passcode"].as_str().unwrap().to_string();
    assert_eq!(passcode.len(), 19, "four groups of four: {passcode}");
    let with = Command::new("7z")
        .args(["t", &format!("-p{passcode}"), out_s])
        .output()
        .unwrap();
    assert!(
        with.status.success(),
        "7z opens it with the passcode: {}",
        String::from_utf8_lossy(&with.stdout)
    );
    let without = Command::new("7z")
        .args(["t", "-pSALAH-SALAH", out_s])
        .output()
        .unwrap();
    assert!(!without.status.success(), "and not with another");
    let listed = desk.json(&["bundle", "list", "--request", &id]);
    let listed = listed.as_array().unwrap();
    assert_eq!(listed.len(), 1, "the delivery record lists it: {listed:?}");
    assert_eq!(listed[0]["sha256"], made["record"]["sha256"]);
    assert_eq!(listed[0]["passcode_used"], true);
    let err = desk.refused(&["bundle", "list", "--request", "REQ-1999-0001"], 3);
    assert_eq!(err["code"], "request_not_found", "{err}");
    let err = desk.refused(&["bundle", "verify", out_s], 2);
    assert!(
        err["message"].as_str().unwrap().contains("passcode"),
        "{err}"
    );
    desk.json(&["bundle", "verify", out_s, "--passcode", &passcode]);
    let text = desk.json(&["letter", "text", "portability", "--request", &id])["text"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        text.contains("kata sandi"),
        "the letter says the passcode comes separately: {text}"
    );
}
