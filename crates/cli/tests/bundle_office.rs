//! The bundle on a generated office (every export kind, planted subjects, near-namesakes): it
//! holds exactly the records staff confirmed — no undecided or rejected hit — and every value
//! of a text export is in the bundle as the export's cell holds it (a chat's text as written).

use crate::support;

use serde_json::Value;
use std::collections::BTreeSet;
use support::{generate, Desk};

#[test]
fn a_generated_offices_bundle_holds_exactly_the_confirmed_records_as_written() {
    let desk = Desk::new();
    let fx = desk.dir.path().join("fx");
    generate(3, 200, &fx);
    std::fs::remove_file(fx.join("expected.json")).unwrap();
    desk.json(&["source", "add", fx.to_str().unwrap()]);
    let eml = fx.join("email/01_permohonan_akses_data_pribadi.eml");
    let imported = desk.json(&["intake", eml.to_str().unwrap()]);
    let id = imported[0]["request_id"].as_str().unwrap().to_string();
    desk.json(&["search", "--request", &id]);
    desk.json(&["hit", "confirm", "--request", &id, "--strong"]);
    let code = desk.json(&["verify", "code", "--request", &id])["code"]
        .as_str()
        .unwrap()
        .to_string();
    desk.json(&["verify", "check", "--request", &id, &code]);

    let list = desk.json(&["hit", "list", "--request", &id]);
    let hits = list["hits"].as_array().expect("hits");
    let confirmed: BTreeSet<(String, u64)> = hits
        .iter()
        .filter(|h| h["decision"] == "confirmed")
        .map(|h| {
            (
                h["file"].as_str().unwrap().to_string(),
                h["record"].as_u64().unwrap(),
            )
        })
        .collect();
    assert!(
        confirmed.len() >= 5 && confirmed.len() < hits.len(),
        "some hits confirmed, the possible ones left undecided: {} of {}",
        confirmed.len(),
        hits.len()
    );

    let out = desk.dir.path().join("bundle.zip");
    desk.json(&["bundle", "--request", &id, "--out", out.to_str().unwrap()]);
    let script = r#"
import sys, json, zipfile, os, csv, io
z = zipfile.ZipFile(sys.argv[1]); fx = sys.argv[2]
seen = []; missing = []

def cells(path):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if path.endswith(".txt"):
        return None, text
    head = text.split("\n", 1)[0]
    delim = ";" if head.count(";") > head.count(",") else ","
    return {c for row in csv.reader(io.StringIO(text, newline=""), delimiter=delim) for c in row}, text

for n in z.namelist():
    if not (n.startswith("data/") and n.endswith(".json")):
        continue
    part = json.loads(z.read(n))
    path = os.path.join(fx, part["file"])
    known, text = cells(path) if part["file"].endswith((".csv", ".txt")) else (None, None)
    for r in part["records"]:
        seen.append([part["file"], r["record"]])
        if text is None:
            continue
        for f in r["fields"]:
            v = f["value"]
            if not v or "[disamarkan]" in v:
                continue
            if not (v in known if known is not None else v in text):
                missing.append([part["file"], r["record"], f["field"], v])
print(json.dumps({"seen": seen, "missing": missing}))
"#;
    let run = std::process::Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(&out)
        .arg(&fx)
        .output()
        .expect("python3 runs");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let found: Value = serde_json::from_slice(&run.stdout).unwrap();
    let seen: BTreeSet<(String, u64)> = found["seen"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p[0].as_str().unwrap().to_string(), p[1].as_u64().unwrap()))
        .collect();
    assert_eq!(
        seen, confirmed,
        "the bundle holds exactly the confirmed records, nothing undecided"
    );
    assert_eq!(
        found["missing"],
        serde_json::json!([]),
        "every value of a text export is in the bundle exactly as the export writes it"
    );
}
