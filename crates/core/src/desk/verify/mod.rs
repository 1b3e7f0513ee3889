//! Verifying the requester, the use cases: what is met and missing (`status`), the gate every
//! output asks (`require_verified`) and the office's levels; codes (`code`), what staff saw
//! (`sighted`) and unanswered codes (`waiting`) have their own files. They read the clock's `now`
//! and the OS random source given by the front door, call the rules in `verify/`, then the store.

mod codes;
mod sighted;
mod waiting;

pub use codes::{check_code, issue_code, os_draw, Delivery, IssuedCode};
pub use sighted::{override_gate, sight_authority, sight_nik};
pub use waiting::{awaiting_answer, close_after_days, set_close_after_days, AwaitingAnswer};

use crate::audit::Action;
use crate::desk::search::read_again::read_records;
use crate::identifiers::keys::{email_key, phone_key};
use crate::register::Request;
use crate::search::stored::Decision;
use crate::search::why::Why;
use crate::sources::Locator;
use crate::sources::ReadControl;
use crate::store::verification::StepKind;
use crate::verify::code;
use crate::verify::{gate, Facts, Gate, Levels, Met, Override};
use crate::vocabulary::FieldRole;
use crate::{CoreError, Result, Store};
use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

const LEVELS_SETTING: &str = "verify.levels";
const MINUTES_SETTING: &str = "verify.code_minutes";

/// The office's levels per right (the defaults until it sets its own).
pub fn levels(store: &Store) -> Result<Levels> {
    Ok(store
        .setting(LEVELS_SETTING)?
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default())
}

/// Sets the office's levels.
pub fn set_levels(
    store: &mut Store,
    levels: &Levels,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let json = serde_json::to_string(levels).unwrap_or_default();
    let action = Action::SettingsVerificationLevels;
    store.set_setting(LEVELS_SETTING, &json, action, actor, now)
}

/// How long a code is valid, in minutes (office setting, 30 unless set).
pub fn code_minutes(store: &Store) -> Result<u32> {
    Ok(store
        .setting(MINUTES_SETTING)?
        .and_then(|m| m.parse().ok())
        .filter(|m| (1..=1440).contains(m))
        .unwrap_or(code::DEFAULT_MINUTES))
}

/// Sets how long a code is valid (1 minute to a day).
pub fn set_code_minutes(
    store: &mut Store,
    minutes: u32,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    if !(1..=1440).contains(&minutes) {
        return Err(CoreError::invalid(
            "code_minutes",
            "out_of_range",
            "a code is valid between 1 minute and a day (1440 minutes)",
        ));
    }
    let minutes = minutes.to_string();
    let action = Action::SettingsCodeMinutes;
    store.set_setting(MINUTES_SETTING, &minutes, action, actor, now)
}

/// The live code as staff see it (never the digits).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct CodeState {
    pub issued_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub wrong: u32,
    pub answered: bool,
    pub expired: bool,
    pub locked: bool,
}

/// A request's verification: the gate with each requirement met or missing, and its code.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct VerificationStatus {
    pub request_id: String,
    pub gate: Gate,
    pub code: Option<CodeState>,
    /// Why the contact could not be looked for on the confirmed records (a file changed since
    /// the search), if it could not.
    pub contact_note: Option<String>,
    /// The requester was asked to prove who they are and has not answered: since when, the day
    /// of the reminder and the day from which the request may be closed as unverified.
    pub waiting: Option<AwaitingAnswer>,
}

/// Where and by whom a confirmed record carries one of the request's own addresses or numbers.
fn contact_on_file(store: &Store, request: &Request, control: &ReadControl) -> Result<Option<Met>> {
    let Some(search) = store.latest_search(&request.id)? else {
        return Ok(None);
    };
    let emails: Vec<String> = request
        .requester
        .emails
        .iter()
        .filter_map(|e| email_key(e))
        .collect();
    let phones: Vec<String> = request
        .requester
        .phones
        .iter()
        .filter_map(|p| phone_key(p).map(|k| k.digits))
        .collect();
    let confirmed: Vec<_> = search
        .hits
        .iter()
        .filter(|h| h.decision == Some(Decision::Confirmed))
        .collect();
    // One reading per file (its confirmed records together), files in the order of the hits,
    // until a record carries the request's contact.
    let mut files: Vec<(&str, &str)> = Vec::new();
    for h in &confirmed {
        if !files.contains(&(h.hit.source.as_str(), h.hit.file.as_str())) {
            files.push((&h.hit.source, &h.hit.file));
        }
    }
    for (source, file) in files {
        let in_file: Vec<_> = confirmed
            .iter()
            .filter(|h| h.hit.source == source && h.hit.file == file)
            .collect();
        let mut carrying: Vec<u64> = Vec::new();
        read_records(
            store,
            in_file.iter().map(|h| &h.hit),
            control,
            &mut |_, _, r| {
                let carries = r.fields.iter().any(|f| match f.role {
                    FieldRole::Email => email_key(&f.value).is_some_and(|k| emails.contains(&k)),
                    FieldRole::Phone => {
                        phone_key(&f.value).is_some_and(|k| phones.contains(&k.digits))
                    }
                    _ => false,
                });
                if carries {
                    carrying.push(r.number);
                }
            },
        )?;
        if let Some(h) = in_file.iter().find(|h| carrying.contains(&h.hit.record)) {
            let place = match &h.hit.locator {
                Locator::Line { line } => format!("{}, baris {line}", h.hit.file),
                Locator::Cell { sheet, row } => format!("{}, {sheet} baris {row}", h.hit.file),
                Locator::Message { index, .. } => format!("{}, pesan {index}", h.hit.file),
                Locator::Mail { .. } => h.hit.file.clone(),
            };
            return Ok(Some(Met {
                by: h.decided_by.clone().unwrap_or_default(),
                at: h.decided_at.unwrap_or(search.at),
                detail: place,
            }));
        }
    }
    Ok(None)
}

/// Everything known of a request's verification, with the contact looked for on its confirmed
/// records (`None` as the note when that could be done).
fn facts(
    store: &Store,
    request: &Request,
    control: &ReadControl,
) -> Result<(Facts, Option<String>)> {
    facts_with(store, request, contact_on_file(store, request, control))
}

/// The gate as the stored facts show it, without reading any source file: the contact counts as
/// on file when a confirmed hit was found by one of the request's own addresses or numbers. The
/// board and the guide use it to say what comes next; every output still asks
/// [`require_verified`], which reads the records again.
pub fn quick_gate(store: &Store, request: &Request) -> Result<Gate> {
    let level = levels(store)?.for_rights(&request.rights);
    let (facts, _) = facts_with(store, request, contact_in_hits(store, request))?;
    Ok(gate(level, &facts))
}

/// A confirmed hit of the latest search that matched one of the request's own addresses or
/// numbers, by its explanation.
fn contact_in_hits(store: &Store, request: &Request) -> Result<Option<Met>> {
    let Some(search) = store.latest_search(&request.id)? else {
        return Ok(None);
    };
    let emails: Vec<String> = request
        .requester
        .emails
        .iter()
        .filter_map(|e| email_key(e))
        .collect();
    let phones: Vec<String> = request
        .requester
        .phones
        .iter()
        .filter_map(|p| phone_key(p).map(|k| k.digits))
        .collect();
    Ok(search
        .hits
        .iter()
        .filter(|h| h.decision == Some(Decision::Confirmed))
        .find(|h| {
            h.hit.explanation.iter().any(|w| match w {
                Why::EmailMatches { key, .. } => emails.contains(key),
                Why::PhoneMatches { key, .. } => phones.contains(key),
                _ => false,
            })
        })
        .map(|h| Met {
            by: h.decided_by.clone().unwrap_or_default(),
            at: h.decided_at.unwrap_or(search.at),
            detail: h.hit.file.clone(),
        }))
}

fn facts_with(
    store: &Store,
    request: &Request,
    contact: Result<Option<Met>>,
) -> Result<(Facts, Option<String>)> {
    let (contact, note) = match contact {
        Ok(met) => (met, None),
        Err(CoreError::Cancelled) => return Err(CoreError::Cancelled),
        Err(e) => (None, Some(e.to_string())),
    };
    let mut f = Facts {
        role: Some(request.requester.role),
        contact_on_file: contact,
        ..Facts::default()
    };
    let mut contact_kept = false;
    for step in store.steps(&request.id)? {
        let met = Met {
            by: step.actor.clone(),
            at: step.at,
            detail: step.detail.clone(),
        };
        match step.kind {
            StepKind::Code => f.code = Some(met),
            StepKind::Nik => {
                f.subject_is_minor = step.detail.contains(MINOR_MARK);
                f.nik = Some(met);
            }
            StepKind::Authority => f.authority = Some(met),
            StepKind::Contact => {
                if f.contact_on_file.is_none() {
                    f.contact_on_file = Some(met);
                    contact_kept = true;
                }
            }
            StepKind::Override => {
                f.override_ = Some(Override {
                    by: step.actor,
                    at: step.at,
                    reason: step.detail,
                })
            }
        }
    }
    Ok((f, if contact_kept { None } else { note }))
}

/// Said of a NIK sighted whose holder is under 18.
const MINOR_MARK: &str = "(di bawah 18 tahun)";

/// What is met and missing for a request, and its code.
pub fn status(
    store: &Store,
    request_id: &str,
    control: &ReadControl,
    now: DateTime<Utc>,
) -> Result<VerificationStatus> {
    let request = store.request(request_id)?;
    let level = levels(store)?.for_rights(&request.rights);
    let (facts, contact_note) = facts(store, &request, control)?;
    let code = store.live_code(&request.id)?.map(|c| CodeState {
        issued_at: c.issued_at,
        expires_at: c.expires_at,
        wrong: c.wrong,
        answered: c.answered,
        expired: now >= c.expires_at,
        locked: c.wrong >= code::MAX_ATTEMPTS,
    });
    let waiting = awaiting_answer(store, now)?
        .into_iter()
        .find(|a| a.request_id == request.id);
    Ok(VerificationStatus {
        request_id: request.id,
        gate: gate(level, &facts),
        code,
        contact_note,
        waiting,
    })
}

/// The gate: `Ok` when the request's data may leave the office, else a refusal (exit code 4)
/// naming what is missing. Every output calls it before it writes anything.
pub fn require_verified(
    store: &Store,
    request_id: &str,
    control: &ReadControl,
    now: DateTime<Utc>,
) -> Result<Gate> {
    let s = status(store, request_id, control, now)?;
    if s.gate.open {
        return Ok(s.gate);
    }
    let missing: Vec<&str> = s
        .gate
        .missing()
        .into_iter()
        .map(|r| match r {
            crate::verify::Requirement::ContactOnFile => {
                "the request's e-mail or phone on a record staff confirmed"
            }
            crate::verify::Requirement::Identity => "a one-time code answered or the NIK sighted",
            crate::verify::Requirement::Authority => "the agent's or guardian's authority sighted",
            crate::verify::Requirement::Guardian => "a parent or guardian for a subject under 18",
        })
        .collect();
    Err(CoreError::Verification {
        request_id: s.request_id,
        why: format!(
            "the requester is not verified, so nothing may leave the office; missing: {}",
            missing.join("; ")
        ),
    })
}

/// An open request, or a refusal: verification of a closed request changes nothing.
fn open_request(store: &Store, request_id: &str) -> Result<Request> {
    let request = store.request(request_id)?;
    if !request.state.is_open() {
        return Err(CoreError::Verification {
            request_id: request.id,
            why: format!(
                "the request is {}; its verification cannot change",
                request.state
            ),
        });
    }
    Ok(request)
}
