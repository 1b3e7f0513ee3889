//! What a processing register must hold, checked before it is kept: every error names the entry
//! (its number and category) and the field, so staff know what to fix.

use super::{Bilingual, Entry, Register};
use crate::text::{check_typed, quoted};
use crate::{CoreError, Result};

/// The field every register error is reported under; the message names the path inside it.
const FIELD: &str = "processing_register";
/// Long enough for a sentence or two; a register is read by people.
const MAX_TEXT: usize = 600;
const MAX_ENTRIES: usize = 200;
/// A hundred years.
const MAX_MONTHS: u32 = 1200;

fn fail(reason: &'static str, message: String) -> CoreError {
    CoreError::invalid(FIELD, reason, message)
}

/// Reads a register from JSON and checks it.
pub fn parse(json: &str) -> Result<Register> {
    let register: Register = serde_json::from_str(json).map_err(|e| {
        fail(
            "format",
            format!(
                "the register is not valid JSON for a processing register (line {}, column {}): {e}",
                e.line(),
                e.column()
            ),
        )
    })?;
    validate(&register)?;
    Ok(register)
}

fn text(path: &str, value: &str, required: bool) -> Result<()> {
    if required && value.trim().is_empty() {
        return Err(fail("required", format!("{path} is required")));
    }
    if value.chars().count() > MAX_TEXT {
        return Err(fail(
            "too_long",
            format!("{path} is longer than {MAX_TEXT} characters"),
        ));
    }
    check_typed(FIELD, value).map_err(|_| {
        fail(
            "control_characters",
            format!("{path} holds control or text-direction characters"),
        )
    })?;
    Ok(())
}

fn both(path: &str, value: &Bilingual) -> Result<()> {
    text(&format!("{path}.id"), &value.id, true)?;
    text(&format!("{path}.en"), &value.en, true)
}

fn entry(at: &str, e: &Entry) -> Result<()> {
    if e.purposes.is_empty() {
        return Err(fail(
            "required",
            format!("{at}.purposes: give at least one purpose with its legal basis"),
        ));
    }
    for (j, p) in e.purposes.iter().enumerate() {
        let path = format!("{at}.purposes[{}]", j + 1);
        text(&format!("{path}.id"), &p.id, true)?;
        text(&format!("{path}.en"), &p.en, true)?;
        if p.legal_basis.is_empty() {
            return Err(fail(
                "required",
                format!("{path}.legal_basis: give at least one basis of Pasal 20(2) (consent, contract, legal-obligation, vital-interest, public-task, legitimate-interest)"),
            ));
        }
    }
    for (j, r) in e.recipients.iter().enumerate() {
        let path = format!("{at}.recipients[{}]", j + 1);
        text(&format!("{path}.name"), &r.name, true)?;
        both(&format!("{path}.role"), &r.role)?;
    }
    text(&format!("{at}.retention.id"), &e.retention.id, true)?;
    text(&format!("{at}.retention.en"), &e.retention.en, true)?;
    if let Some(m) = e.retention.months {
        if m == 0 || m > MAX_MONTHS {
            return Err(fail(
                "out_of_range",
                format!("{at}.retention.months: {m} is not a retention period; give 1 to {MAX_MONTHS} months, or leave it out when the period is not a number"),
            ));
        }
    }
    if e.leaves_indonesia {
        both(&format!("{at}.destinations"), &e.destinations)?;
    } else if !e.destinations.is_empty() {
        return Err(fail(
            "inconsistent",
            format!("{at}.destinations: destinations are given but leaves_indonesia is false; set it to true or remove them"),
        ));
    }
    for (j, k) in e.source_kinds.iter().enumerate() {
        if e.source_kinds[..j].contains(k) {
            return Err(fail(
                "duplicate",
                format!("{at}.source_kinds: {} is listed twice", kind_name(*k)),
            ));
        }
    }
    Ok(())
}

/// Checks a register: each entry complete, each source kind in one entry at most.
pub fn validate(register: &Register) -> Result<()> {
    if register.entries.is_empty() {
        return Err(fail(
            "required",
            "entries: the register needs at least one data category".into(),
        ));
    }
    if register.entries.len() > MAX_ENTRIES {
        return Err(fail(
            "too_long",
            format!("entries: at most {MAX_ENTRIES} data categories"),
        ));
    }
    for (i, e) in register.entries.iter().enumerate() {
        let at = format!("entries[{}]", i + 1);
        both(&format!("{at}.category"), &e.category)?;
        let at = format!("{at} ({})", quoted(&e.category.id));
        entry(&at, e)?;
        for k in &e.source_kinds {
            if let Some(other) = register.entries[..i]
                .iter()
                .position(|o| o.source_kinds.contains(k))
            {
                return Err(fail(
                    "duplicate",
                    format!(
                        "{at}.source_kinds: records of kind {} are already covered by entries[{}]; a source kind belongs to one data category",
                        kind_name(*k),
                        other + 1
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// The kind as it is written in JSON (`chatwoot-contacts`).
pub fn kind_name(kind: crate::sources::SourceKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::parse;
    use serde_json::json;

    fn entry() -> serde_json::Value {
        json!({
            "category": {"id": "Kontak WhatsApp", "en": "WhatsApp contacts"},
            "source_kinds": ["chatwoot-contacts"],
            "purposes": [{"id": "Menjawab", "en": "Answering", "legal_basis": ["consent"]}],
            "recipients": [{"name": "Chatwoot", "role": {"id": "CRM", "en": "CRM"}}],
            "retention": {"id": "2 tahun", "en": "2 years", "months": 24},
            "leaves_indonesia": false
        })
    }

    fn with(change: impl FnOnce(&mut serde_json::Value)) -> String {
        let mut e = entry();
        change(&mut e);
        let second = json!({
            "category": {"id": "Faktur", "en": "Invoices"},
            "source_kinds": ["jurnal-invoices"],
            "purposes": [{"id": "Pajak", "en": "Tax", "legal_basis": ["legal-obligation"]}],
            "retention": {"id": "10 tahun", "en": "10 years", "months": 120},
            "leaves_indonesia": false
        });
        match parse(&json!({ "entries": [second, e] }).to_string()) {
            Ok(_) => String::new(),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn a_complete_register_is_accepted() {
        assert_eq!(with(|_| {}), "");
    }

    type Change = Box<dyn FnOnce(&mut serde_json::Value)>;

    #[test]
    fn errors_name_the_entry_and_the_field() {
        let cases: Vec<(Change, &str)> = vec![
            (
                Box::new(|e| e["purposes"] = json!([])),
                "entries[2] (\"Kontak WhatsApp\").purposes",
            ),
            (
                Box::new(|e| e["purposes"][0]["legal_basis"] = json!([])),
                "purposes[1].legal_basis",
            ),
            (
                Box::new(|e| e["purposes"][0]["legal_basis"] = json!(["because"])),
                "unknown variant `because`",
            ),
            (
                Box::new(|e| e["category"]["en"] = json!("  ")),
                "entries[2].category.en is required",
            ),
            (
                Box::new(|e| e["retention"]["months"] = json!(0)),
                "retention.months",
            ),
            (
                Box::new(|e| e["retention"]["id"] = json!("")),
                "retention.id is required",
            ),
            (
                Box::new(|e| e["leaves_indonesia"] = json!(true)),
                "destinations.id is required",
            ),
            (
                Box::new(|e| e["destinations"] = json!({"id": "Singapura", "en": "Singapore"})),
                "leaves_indonesia is false",
            ),
            (
                Box::new(|e| e["source_kinds"] = json!(["jurnal-invoices"])),
                "jurnal-invoices are already covered by entries[1]",
            ),
            (
                Box::new(|e| e["source_kinds"] = json!(["mail", "mail"])),
                "mail is listed twice",
            ),
            (
                Box::new(|e| e["recipients"][0]["name"] = json!("")),
                "recipients[1].name is required",
            ),
            (
                Box::new(|e| e["purposes"][0]["id"] = json!("a\u{202E}b")),
                "purposes[1].id holds control",
            ),
            (
                Box::new(|e| e["purpose"] = json!([])),
                "unknown field `purpose`",
            ),
            (
                Box::new(|e| e["source_kinds"] = json!(["excel"])),
                "unknown variant `excel`",
            ),
        ];
        for (change, want) in cases {
            let got = with(change);
            assert!(got.contains(want), "{want:?} in {got:?}");
            assert!(got.starts_with("processing_register: "), "{got}");
        }
    }

    #[test]
    fn an_empty_register_or_garbage_is_refused() {
        assert!(parse("{\"entries\": []}")
            .unwrap_err()
            .to_string()
            .contains("at least one"));
        assert!(parse("not json")
            .unwrap_err()
            .to_string()
            .contains("line 1"));
        assert!(parse("").is_err());
    }
}
