//! The done letters say what the plan did: per source system the action and how many records,
//! the records kept by law with their ground and until-date (and that they are deleted then),
//! the corrections with the field and the new value, the purposes processing stopped for.
//! Read back from the issued (or drafted) PDF with poppler.

use crate::support;

use serde_json::Value;
use support::certificate::{office_for, verify};
use support::letters::words;
use support::Desk;

/// Issues `kind` for the request in `lang` and returns the PDF's words.
fn issued_words(desk: &Desk, id: &str, kind: &str, lang: &str) -> String {
    let out = desk.dir.path().join(format!("{kind}-{lang}.pdf"));
    desk.json(&[
        "letter",
        kind,
        "--request",
        id,
        "--lang",
        lang,
        "--out",
        out.to_str().unwrap(),
    ]);
    words(&out)
}

fn hit_of(plan: &Value, file: &str) -> String {
    plan["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["file"].as_str().unwrap().contains(file))
        .unwrap_or_else(|| panic!("a line for {file}: {plan}"))["hit"]
        .to_string()
}

fn says(text: &str, phrases: &[&str], what: &str) {
    for p in phrases {
        assert!(text.contains(p), "{what} says {p:?}:\n{text}");
    }
}

#[test]
fn the_deletion_letter_says_what_was_deleted_where_and_what_is_kept_until_when() {
    let desk = Desk::new();
    let id = office_for(&desk, "deletion");
    verify(&desk, &id);
    let text = issued_words(&desk, &id, "deletion-done", "id");
    says(
        &text,
        &[
            "Tindakan per sistem",
            "Chatwoot chatwoot-contacts.csv Dihapus 1",
            "Jurnal jurnal-faktur.csv Disimpan karena kewajiban hukum",
            "Sebanyak 1 (satu) catatan telah kami hapus",
            "INV-2024-0042",
            "UU KUP Pasal 28 ayat (11)",
            "31 Desember 2034",
            "paling lambat 31 Desember 2034",
        ],
        "the issued deletion letter",
    );
    let text = issued_words(&desk, &id, "deletion-done", "en");
    says(
        &text,
        &[
            "What was done in each system",
            "Deleted: 1 (one) record",
            "Kept because the law requires it: 1 (one) record",
            "31 December 2034",
            "Bookkeeping records",
        ],
        "the English deletion letter",
    );
}

#[test]
fn correction_restriction_and_consent_letters_carry_their_plan() {
    let desk = Desk::new();
    let id = office_for(&desk, "correction");
    verify(&desk, &id);
    let plan = desk.json(&["plan", "show", "--request", &id]);
    for file in ["chatwoot", "jurnal"] {
        desk.json(&[
            "plan",
            "set",
            "--request",
            &id,
            "--hit",
            &hit_of(&plan, file),
            "--action",
            "correct",
            "--field",
            "alamat",
            "--new-value",
            "Jl. Kenanga 5, Denpasar",
            "--reason",
            "permintaan pemohon",
        ]);
    }
    let text = issued_words(&desk, &id, "correction-done", "id");
    says(
        &text,
        &[
            "Sebanyak 2 (dua) catatan telah kami perbaiki",
            "alamat Jl. Kenanga 5, Denpasar",
            "Diperbaiki",
            "Pasal 6 dan Pasal 30",
        ],
        "the correction letter",
    );

    let desk = Desk::new();
    let id = office_for(&desk, "restriction");
    verify(&desk, &id);
    let text = issued_words(&desk, &id, "restriction-done", "en");
    says(
        &text,
        &[
            "Restricted: 2 (two) records",
            "Restricted: kept, not processed further",
            "Chatwoot",
            "Jurnal",
        ],
        "the restriction letter",
    );

    let desk = Desk::new();
    desk.json(&["office", "processing", "--profile", "print-studio"]);
    let id = office_for(&desk, "withdraw-consent");
    verify(&desk, &id);
    let plan = desk.json(&["plan", "show", "--request", &id]);
    let purposes: Vec<String> = plan["lines"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|l| {
            l["action"]["purposes"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        .map(|p| p.as_str().unwrap().to_string())
        .collect();
    assert!(
        !purposes.is_empty(),
        "the profile has purposes resting on consent: {plan}"
    );
    let text = issued_words(&desk, &id, "consent-withdrawn", "id");
    says(
        &text,
        &[
            "Pemrosesan untuk tujuan berikut telah kami hentikan",
            &purposes[0],
        ],
        "the consent letter",
    );
}
