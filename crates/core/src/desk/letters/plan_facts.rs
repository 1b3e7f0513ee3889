//! What the done letters (deletion, correction, consent withdrawn, restriction, objection) say of
//! the request's plan as carried out: per source system what was done and to how many records,
//! the records kept by law with their ground and the day they will be deleted, the corrections
//! with the field and the new value, the purposes processing stopped for.

use crate::desk::deletion::{plan, rights_acting};
use crate::fulfil::deletion::summary::{summarise, Done, Summary};
use crate::fulfil::deletion::tables;
use crate::language::Language;
use crate::letters::{words, Facts, LetterKind};
use crate::pdf::Table;
use crate::register::Request;
use crate::sources::ReadControl;
use crate::{CoreError, Result, Store};
use chrono::{DateTime, Utc};

/// The letters that say what was done with the records.
const DONE: [LetterKind; 5] = [
    LetterKind::DeletionDone,
    LetterKind::CorrectionDone,
    LetterKind::ConsentWithdrawn,
    LetterKind::RestrictionDone,
    LetterKind::ObjectionAnswered,
];

const COUNTS: [(&str, Done); 5] = [
    ("plan_deleted", Done::Delete),
    ("plan_retained", Done::Retain),
    ("plan_restricted", Done::Restrict),
    ("plan_corrected", Done::Correct),
    ("plan_stopped", Done::StopProcessing),
];
const VALUES: [&str; 3] = ["retained_until", "nothing_retained", "stopped_purposes"];
const TABLES: [&str; 3] = ["plan_by_system", "retained_records", "corrections"];

fn none(f: &mut Facts, why: &str) {
    for (name, _) in COUNTS {
        f.missing(name, why);
    }
    for name in VALUES {
        f.missing(name, why);
    }
    for name in TABLES {
        f.missing_table(name, why);
    }
}

fn records(n: u64, lang: Language) -> String {
    words::count(n, lang, "catatan", "record", "records")
}

fn corrections(s: &Summary, lang: Language) -> Table {
    Table {
        columns: vec![
            ("No.".into(), 0.07),
            (lang.pick("Catatan", "Record").into(), 0.33),
            (lang.pick("Data", "Field").into(), 0.2),
            (lang.pick("Nilai baru", "New value").into(), 0.4),
        ],
        rows: s
            .corrections
            .iter()
            .enumerate()
            .map(|(i, c)| {
                vec![
                    (i + 1).to_string(),
                    format!("{} ({}, {})", c.reference, c.system.label(lang), c.file),
                    c.field.clone(),
                    c.new_value.clone(),
                ]
            })
            .collect(),
    }
}

/// The purposes in the letter's language: the register's English name where it has one.
fn purposes(store: &Store, names: &[String], lang: Language) -> Result<String> {
    let register = store.processing_register()?.map(|k| k.register);
    let named: Vec<String> = names
        .iter()
        .map(|name| {
            let en = register.as_ref().and_then(|r| {
                r.entries
                    .iter()
                    .flat_map(|e| &e.purposes)
                    .find(|p| &p.id == name && !p.en.trim().is_empty())
                    .map(|p| p.en.clone())
            });
            match lang {
                Language::En => en.unwrap_or_else(|| name.clone()),
                Language::Id => name.clone(),
            }
        })
        .collect();
    Ok(named.join("; "))
}

/// Adds the plan's facts to a done letter's; other kinds say why they have none.
pub(super) fn add(
    store: &Store,
    request: &Request,
    kind: LetterKind,
    lang: Language,
    control: &ReadControl,
    now: DateTime<Utc>,
    f: &mut Facts,
) -> Result<()> {
    if !DONE.contains(&kind) {
        none(
            f,
            "only the done letters say what was done with the records",
        );
        return Ok(());
    }
    if !rights_acting(&request.rights) {
        none(f, "the request asks for no right that acts on records");
        return Ok(());
    }
    let plan = match plan(store, &request.id, control, now) {
        Ok(plan) => plan,
        Err(CoreError::NothingConfirmed { .. }) => {
            none(f, "no record is confirmed as the requester's");
            return Ok(());
        }
        Err(e) => return Err(e),
    };
    let s = summarise(&plan.lines);
    for (name, action) in COUNTS {
        let n = match action {
            Done::Correct => s.corrections.len() as u64,
            other => s.count(other),
        };
        if n == 0 {
            f.missing(name, "the plan has no such record");
        } else {
            f.set(name, records(n, lang));
        }
    }
    f.table("plan_by_system", tables::by_system(&s.sources, lang));
    match s.kept_until() {
        Some(until) => {
            f.set("retained_until", words::date(until, lang));
            f.missing("nothing_retained", "records are kept on a legal ground");
            f.table("retained_records", tables::retained(&s.retained, lang));
        }
        None => {
            let why = "the plan keeps no record on a legal ground";
            f.missing("retained_until", why);
            f.set("nothing_retained", lang.pick("ya", "yes"));
            f.missing_table("retained_records", why);
        }
    }
    if s.corrections.is_empty() {
        f.missing_table("corrections", "the plan corrects no record");
    } else {
        f.table("corrections", corrections(&s, lang));
    }
    if s.purposes.is_empty() {
        f.missing(
            "stopped_purposes",
            "the plan stops no purpose the processing register names",
        );
    } else {
        f.set("stopped_purposes", purposes(store, &s.purposes, lang)?);
    }
    Ok(())
}
