//! The action plan of a request, the use cases: each confirmed record of the latest search read
//! again (its kind, its id in the source system, its date), the default action the rights ask
//! for it, and staff's change where there is one; changing a line needs a reason and is logged.
//! `checklist`: the plan per source system, ticked by staff, and the closing that waits for it.

pub mod certificate;
mod checklist;
mod redact;
mod redact_chat;
mod redact_file;
mod research;

pub use crate::fulfil::deletion::line::PlanLine;
pub use checklist::{change_state, checklist, tick, Checklist, ChecklistItem};
pub use redact::{redact, RedactOrder, RedactReport, RedactedCopy};
pub use research::ResearchHit;

use crate::desk::search::read_again::read_records;
use crate::fulfil::deletion::plan::{self, Action, Because, RecordFacts};
use crate::processing::Register;
use crate::search::Hit;
use crate::sources::{ReadControl, SourceKind};
use crate::store::plans::Change;
use crate::text::check_text;
use crate::vocabulary::{FieldRole, Right};
use crate::{CoreError, Result, Store};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::collections::BTreeMap;
use ts_rs::TS;

/// The plan of a request.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Plan {
    pub request_id: String,
    pub rights: Vec<Right>,
    pub lines: Vec<PlanLine>,
    /// Lines that need staff's input before they can be carried out (a correction without its
    /// new value).
    pub incomplete: u64,
}

/// Whether a right asked acts on records, so that the request has a plan.
pub(crate) fn rights_acting(rights: &[Right]) -> bool {
    rights.iter().any(|r| {
        matches!(
            r,
            Right::Deletion
                | Right::Correction
                | Right::WithdrawConsent
                | Right::Restriction
                | Right::Objection
        )
    })
}

/// The request's plan as it stands: defaults, with staff's changes over them.
pub fn plan(
    store: &Store,
    request_id: &str,
    control: &ReadControl,
    now: DateTime<Utc>,
) -> Result<Plan> {
    let request = store.request(request_id)?;
    if !rights_acting(&request.rights) {
        return Err(CoreError::invalid(
            "request",
            "no_plan",
            format!(
                "request {} asks for no right that acts on records (deletion, correction, consent withdrawal, restriction, objection), so it has no action plan",
                request.id
            ),
        ));
    }
    let confirmed = store.confirmed_hits(&request.id)?;
    if confirmed.is_empty() {
        return Err(CoreError::NothingConfirmed {
            request_id: request.id.clone(),
        });
    }
    let register: Option<Register> = store.processing_register()?.map(|k| k.register);
    let kinds = store.file_kinds()?;
    let changes: BTreeMap<(String, String, String), Change> = store
        .plan_changes(&request.id)?
        .into_iter()
        .map(|c| ((c.source.clone(), c.file.clone(), c.fingerprint.clone()), c))
        .collect();
    let today = store.office()?.time_zone.local(now).date_naive();
    let by_place: BTreeMap<(String, String, u64), (i64, &Hit)> = confirmed
        .iter()
        .map(|(id, h)| ((h.source.clone(), h.file.clone(), h.record), (*id, h)))
        .collect();
    let replaced = redact::replaced_lines(store, &request.id)?;
    let replaced_files: std::collections::BTreeSet<(&str, &str)> = replaced
        .iter()
        .map(|l| (l.source.as_str(), l.file.as_str()))
        .collect();
    let mut lines = Vec::with_capacity(confirmed.len());
    let hits = confirmed
        .iter()
        .map(|(_, h)| h)
        .filter(|h| !replaced_files.contains(&(h.source.as_str(), h.file.as_str())));
    read_records(store, hits, control, &mut |source, file, r| {
        let Some((id, hit)) = by_place.get(&(source.to_string(), file.to_string(), r.number))
        else {
            return;
        };
        let kind = kinds
            .get(&(source.to_string(), file.to_string()))
            .copied()
            .unwrap_or(SourceKind::GenericCsv);
        let dated = plan::record_date(
            r.fields
                .iter()
                .filter(|f| f.role == FieldRole::Date)
                .map(|f| f.value.as_str()),
        );
        let facts = RecordFacts {
            kind,
            entry: register.as_ref().and_then(|reg| reg.entry_for(kind)),
            dated,
        };
        let Some(proposal) = plan::propose(&request.rights, &facts, today) else {
            return;
        };
        let change = changes.get(&(
            source.to_string(),
            file.to_string(),
            hit.fingerprint.clone(),
        ));
        let (action, because, default, default_because) = match change {
            Some(c) => (
                c.action.clone(),
                Because::ChangedByStaff {
                    reason: c.reason.clone(),
                },
                Some(proposal.action),
                Some(proposal.because),
            ),
            None => (proposal.action, proposal.because, None, None),
        };
        lines.push(PlanLine {
            hit: *id,
            source: source.to_string(),
            file: file.to_string(),
            kind,
            record: r.number,
            locator: r.locator.clone(),
            record_id: r.record_id.clone(),
            dated,
            action,
            because,
            default,
            default_because,
            changed_by: change.map(|c| c.changed_by.clone()),
            changed_at: change.map(|c| c.changed_at),
        });
    })?;
    let still_confirmed: std::collections::BTreeSet<i64> =
        confirmed.iter().map(|(id, _)| *id).collect();
    lines.extend(
        replaced
            .iter()
            .filter(|l| still_confirmed.contains(&l.hit))
            .cloned(),
    );
    let incomplete = lines
        .iter()
        .filter(|l| {
            matches!(
                &l.action,
                Action::Correct {
                    new_value: None,
                    ..
                }
            )
        })
        .count() as u64;
    Ok(Plan {
        request_id: request.id,
        rights: request.rights,
        lines,
        incomplete,
    })
}

/// A staff's action as it may be kept: a correction names its field and new value, stopping
/// processing names at least one purpose; the typed texts are trimmed and checked.
fn complete(action: Action) -> Result<Action> {
    Ok(match action {
        Action::Correct { field, new_value } => {
            let given = |name: &'static str, v: Option<String>, what: &str| match v
                .filter(|v| !v.trim().is_empty())
            {
                Some(v) => check_text(name, &v),
                None => Err(CoreError::invalid(name, "required", what)),
            };
            Action::Correct {
                field: Some(given(
                    "field",
                    field,
                    "a correction names the field that changes (--field)",
                )?),
                new_value: Some(given(
                    "new_value",
                    new_value,
                    "a correction gives the field's new value (--new-value)",
                )?),
            }
        }
        Action::StopProcessing { purposes } => {
            let mut kept: Vec<String> = Vec::with_capacity(purposes.len());
            for p in purposes.iter().filter(|p| !p.trim().is_empty()) {
                let p = check_text("purpose", p)?;
                if !kept.contains(&p) {
                    kept.push(p);
                }
            }
            if kept.is_empty() {
                return Err(CoreError::invalid(
                    "purpose",
                    "required",
                    "name at least one purpose whose processing stops (--purpose)",
                ));
            }
            Action::StopProcessing { purposes: kept }
        }
        other => other,
    })
}

/// Changes lines of the plan (by the hits' numbers in the latest search) to one action, with one
/// reason: all or none, with one line in the history. The changed lines come back in the order
/// asked. A correction names one record's new value, so it changes one line at a time.
#[allow(clippy::too_many_arguments)]
pub fn change(
    store: &mut Store,
    request_id: &str,
    hits: &[i64],
    action: Action,
    reason: &str,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Vec<PlanLine>> {
    let action = complete(action)?;
    let mut wanted: Vec<i64> = Vec::with_capacity(hits.len());
    for &h in hits {
        if !wanted.contains(&h) {
            wanted.push(h);
        }
    }
    if wanted.is_empty() {
        return Err(CoreError::invalid(
            "hits",
            "required",
            "name at least one line of the plan to change (--hit)",
        ));
    }
    if wanted.len() > 1 && matches!(action, Action::Correct { .. }) {
        return Err(CoreError::invalid(
            "action",
            "one_at_a_time",
            "a correction gives one record's new value: change those lines one at a time",
        ));
    }
    if let Action::Retain { until, .. } = &action {
        if *until <= store.office()?.time_zone.local(now).date_naive() {
            return Err(CoreError::invalid(
                "until",
                "past",
                "a record is retained until a date after today; past that date it is deleted",
            ));
        }
    }
    let current = plan(store, request_id, &ReadControl::default(), now)?;
    let fingerprints: Vec<(i64, String)> = store
        .confirmed_hits(request_id)?
        .into_iter()
        .map(|(id, h)| (id, h.fingerprint))
        .collect();
    let mut changes = Vec::with_capacity(wanted.len());
    let mut described = Vec::with_capacity(wanted.len());
    for &hit in &wanted {
        let line = current.lines.iter().find(|l| l.hit == hit).ok_or_else(|| {
            CoreError::invalid(
                "hit",
                "not_in_plan",
                format!("hit {hit} is not a confirmed record of request {request_id}'s latest search; see pdpdesk plan show --request {request_id}"),
            )
        })?;
        described.push(format!(
            "{} baris {} ({}) dari {}",
            line.file,
            line.record,
            line.record_id.as_deref().unwrap_or("-"),
            line.action.name(),
        ));
        changes.push(Change {
            source: line.source.clone(),
            file: line.file.clone(),
            fingerprint: fingerprints
                .iter()
                .find(|(id, _)| *id == hit)
                .map(|(_, f)| f.clone())
                .unwrap_or_default(),
            action: action.clone(),
            reason: reason.to_string(),
            changed_by: actor.to_string(),
            changed_at: now,
        });
    }
    let history = match described.as_slice() {
        [one] => format!(
            "Rencana tindakan: {one} menjadi {}; alasan: {}",
            action.name(),
            reason.trim()
        ),
        many => format!(
            "Rencana tindakan: {} catatan menjadi {} ({}); alasan: {}",
            many.len(),
            action.name(),
            many.join("; "),
            reason.trim()
        ),
    };
    store.change_plan(request_id, &changes, &history)?;
    let after = plan(store, request_id, &ReadControl::default(), now)?;
    wanted
        .iter()
        .map(|hit| {
            after
                .lines
                .iter()
                .find(|l| l.hit == *hit)
                .cloned()
                .ok_or_else(|| CoreError::Internal("a changed line is gone from the plan".into()))
        })
        .collect()
}
