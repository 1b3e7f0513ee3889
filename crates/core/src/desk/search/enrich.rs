//! Enrichment: the e-mails and phone numbers on records staff confirmed as the subject's that the
//! request does not have yet. Staff may add them to the request (their choice, logged) and run the
//! search again, which then finds the records that carry only those.

use super::read_again::read_records;
use crate::identifiers::keys::{email_key, phone_key};
use crate::identifiers::{email, phone};
use crate::search::stored::Decision;
use crate::search::SubjectQuery;
use crate::sources::Locator;
use crate::sources::ReadControl;
use crate::vocabulary::FieldRole;
use crate::{Result, Store};
use serde::Serialize;
use std::collections::BTreeMap;
use ts_rs::TS;

/// An identifier found on confirmed records and not yet on the request.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct FoundIdentifier {
    /// `email` or `phone`, as the request's contacts are kept.
    pub kind: String,
    /// Normalised: a lower-case e-mail, an E.164 phone number.
    pub value: String,
    /// Where it was found: the file and the place in it.
    pub found_in: Vec<String>,
}

fn place(file: &str, locator: &Locator) -> String {
    match locator {
        Locator::Line { line } => format!("{file}, line {line}"),
        Locator::Cell { sheet, row } => format!("{file}, {sheet} row {row}"),
        Locator::Message { index, .. } => format!("{file}, message {index}"),
        Locator::Mail { .. } => file.to_string(),
    }
}

/// The identifiers on the confirmed hits of the request's latest search that it lacks.
pub fn found_identifiers(
    store: &Store,
    request_id: &str,
    control: &ReadControl,
) -> Result<Vec<FoundIdentifier>> {
    let request = store.request(request_id)?;
    let Some(search) = store.latest_search(&request.id)? else {
        return Ok(Vec::new());
    };
    // The request's identifiers as search keys, made as a search makes them.
    let known = SubjectQuery {
        emails: request.requester.emails.clone(),
        phones: request.requester.phones.clone(),
        ..SubjectQuery::default()
    }
    .keys();
    let mut found: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    let confirmed = search
        .hits
        .iter()
        .filter(|h| h.decision == Some(Decision::Confirmed))
        .map(|h| &h.hit);
    // Only the e-mail and phone fields count: a message or a note mentions other people's
    // addresses (the office's own privacy address, a colleague's number) as often as the
    // subject's.
    read_records(store, confirmed, control, &mut |_, file, r| {
        let at = place(file, &r.locator);
        for field in r.fields.iter().filter(|f| !f.value.is_empty()) {
            let (kind, value) = match field.role {
                FieldRole::Email => match email::find_in_text(&field.value).next() {
                    Some(e) if email_key(e).is_some_and(|k| !known.emails.contains(&k)) => {
                        ("email", email::normalise(e).ok())
                    }
                    _ => continue,
                },
                FieldRole::Phone => match phone_key(&field.value) {
                    Some(k) if !known.phones.contains(&k.digits) => {
                        ("phone", phone::to_e164(&field.value).ok())
                    }
                    _ => continue,
                },
                _ => continue,
            };
            if let Some(value) = value {
                found
                    .entry((kind.to_string(), value))
                    .or_default()
                    .push(at.clone());
            }
        }
    })?;
    Ok(found
        .into_iter()
        .map(|((kind, value), mut found_in)| {
            found_in.dedup();
            FoundIdentifier {
                kind,
                value,
                found_in,
            }
        })
        .collect())
}

/// Adds some of the found identifiers to the request, as staff chose them, noting in the history
/// where each was found. Only identifiers found on confirmed records can be added this way.
pub fn add_found(
    store: &mut Store,
    request_id: &str,
    chosen: &[String],
    actor: &str,
    now: chrono::DateTime<chrono::Utc>,
    control: &ReadControl,
) -> Result<crate::register::Request> {
    let found = found_identifiers(store, request_id, control)?;
    let (mut emails, mut phones, mut places) = (Vec::new(), Vec::new(), Vec::new());
    for c in chosen {
        let value = if c.contains('@') {
            email::normalise(c)?
        } else {
            phone::to_e164(c)?
        };
        let Some(f) = found.iter().find(|f| f.value == value) else {
            return Err(crate::CoreError::invalid(
                "identifier",
                "not-found",
                format!("{c} is not on a record confirmed for {request_id}"),
            ));
        };
        places.push(format!("{} — {}", f.value, f.found_in.join(", ")));
        if f.kind == "email" {
            emails.push(value);
        } else {
            phones.push(value);
        }
    }
    add_identifiers(
        store,
        request_id,
        &emails,
        &phones,
        &format!(
            "ditemukan pada catatan yang dikonfirmasi: {}",
            places.join("; ")
        ),
        actor,
        now,
    )
}

/// Adds e-mails and phone numbers to the request's contacts (normalised; ones it has are left
/// alone). `from` says where staff found them. The history keeps who added what and why.
pub fn add_identifiers(
    store: &mut Store,
    request_id: &str,
    emails: &[String],
    phones: &[String],
    from: &str,
    actor: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<crate::register::Request> {
    let request = store.request(request_id)?;
    let fresh = |values: Vec<String>, have: &[String]| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for v in values {
            if !have.contains(&v) && !out.contains(&v) {
                out.push(v);
            }
        }
        out
    };
    let emails = fresh(
        emails
            .iter()
            .map(|e| email::normalise(e))
            .collect::<Result<_>>()?,
        &request.requester.emails,
    );
    let phones = fresh(
        phones
            .iter()
            .map(|p| phone::to_e164(p))
            .collect::<Result<_>>()?,
        &request.requester.phones,
    );
    if emails.is_empty() && phones.is_empty() {
        return Err(crate::CoreError::invalid(
            "identifiers",
            "required",
            "give at least one e-mail or phone number the request does not have yet",
        ));
    }
    let listed = emails
        .iter()
        .chain(&phones)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    let from = from.trim();
    let text = if from.is_empty() {
        listed
    } else {
        format!("{listed} ({from})")
    };
    store.add_contacts(&request, &emails, &phones, &text, actor, now)
}
