//! `pdpdesk letter register` and `pdpdesk letter due` on the real binary: every number the office
//! gave, across requests, newest first, filtered by year and kind, a void number marked with why;
//! and the letters open requests still wait for, gone once issued.

use crate::support;

use serde_json::{json, Value};
use support::letters::office;
use support::Desk;

fn numbers(register: &Value) -> Vec<String> {
    register["letters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["number"].as_str().unwrap().to_string())
        .collect()
}

fn due(desk: &Desk) -> Vec<(String, String)> {
    desk.json(&["letter", "due"])
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["request_id"].as_str().unwrap().to_string(),
                d["kind"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn the_register_lists_every_number_newest_first_and_what_is_still_to_write() {
    let desk = Desk::new();
    let empty = desk.json(&["letter", "register"]);
    assert_eq!(
        empty,
        json!({"letters": [], "years": []}),
        "a new office has no letters"
    );
    let said = desk.run(&["letter", "register"]);
    assert!(
        String::from_utf8_lossy(&said.stdout).contains("letter due"),
        "the empty register says what to do next"
    );

    let budi = office(&desk);
    let citra = desk.json(&[
        "request",
        "new",
        "--name",
        "Citra Dewi",
        "--email",
        "citra@example.com",
        "--right",
        "access",
        "--channel",
        "email",
        "--controller",
        "Klinik Sehat Sentosa",
        "--controller-contact",
        "dpo@kliniksehat.example",
    ])["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        due(&desk),
        vec![
            (budi.clone(), "acknowledgement".into()),
            (citra.clone(), "acknowledgement".into()),
            (citra.clone(), "forward-to-controller".into()),
            (citra.clone(), "forwarded-notice".into()),
        ],
        "each open request waits for its receipt; a processor's for its forwarding too"
    );

    let first = desk.json(&["letter", "acknowledgement", "--request", &budi]);
    // A number whose print fails stays taken, void: a file where the request's letters folder
    // should be makes the PDF unwritable.
    let blocker = desk.data().join("letters").join(&citra);
    std::fs::write(&blocker, "not a folder").unwrap();
    desk.refused(&["letter", "forwarded-notice", "--request", &citra], 2);
    std::fs::remove_file(&blocker).unwrap();
    let third = desk.json(&[
        "letter",
        "acknowledgement",
        "--request",
        &citra,
        "--lang",
        "en",
    ]);

    let all = desk.json(&["letter", "register"]);
    let year: i64 = chrono::Utc::now().format("%Y").to_string().parse().unwrap();
    let void_number = all["letters"][1]["number"].as_str().unwrap().to_string();
    assert_eq!(
        numbers(&all),
        vec![
            third["number"].as_str().unwrap().to_string(),
            void_number.clone(),
            first["number"].as_str().unwrap().to_string(),
        ],
        "newest number first, the void one included: {all}"
    );
    assert_eq!(all["years"], json!([year]), "{all}");
    let void = &all["letters"][1];
    assert!(
        void["issued_at"].is_null() && void["void_reason"].as_str().is_some_and(|r| !r.is_empty()),
        "a void number is marked, with why: {void}"
    );
    let en = &all["letters"][0];
    assert_eq!(
        (
            &en["request_id"],
            &en["requester_name"],
            &en["language"],
            &en["kind"]
        ),
        (
            &json!(citra),
            &json!("Citra Dewi"),
            &json!("en"),
            &json!("acknowledgement")
        ),
        "each row names its request and requester: {en}"
    );

    let kind = desk.json(&["letter", "register", "--kind", "forwarded-notice"]);
    assert_eq!(numbers(&kind), vec![void_number], "filtered by kind");
    let this_year = desk.json(&["letter", "register", "--year", &year.to_string()]);
    assert_eq!(numbers(&this_year).len(), 3, "filtered by year");
    let other_year = desk.json(&["letter", "register", "--year", "1999"]);
    assert_eq!(
        (numbers(&other_year).len(), &other_year["years"]),
        (0, &json!([year])),
        "no letter in 1999, and the years with letters are still listed"
    );
    let err = desk.refused(&["letter", "register", "--kind", "memo"], 2);
    assert_eq!(err["field"], "letter kind", "{err}");

    assert_eq!(
        due(&desk),
        vec![
            (citra.clone(), "forward-to-controller".into()),
            (citra.clone(), "forwarded-notice".into()),
        ],
        "issued receipts are no longer due; the void notice still is"
    );
    let table = desk.run(&["letter", "register"]);
    let text = String::from_utf8_lossy(&table.stdout);
    assert!(
        text.contains("VOID") && text.contains("Citra Dewi") && text.contains("issued"),
        "the table shows each letter's state and requester:\n{text}"
    );
}
