//! What must be done before a deletion certificate is issued (after the verification gate): a
//! deletion asked, every line of the plan complete, every system of the checklist ticked (or
//! staff's word on why one stays open), and every export with records to delete, retain or
//! restrict redacted after the latest change to its lines.

use super::super::checklist::open_systems;
use super::super::checklist::OPEN_MARK;
use super::super::Plan;
use crate::fulfil::deletion::certificate::{OpenSystem, RedactionHash};
use crate::fulfil::deletion::plan::Action;
use crate::register::{EventKind, Request, RequestState};
use crate::store::redactions::Redaction;
use crate::vocabulary::Right;
use crate::{CoreError, Result, Store};
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;

/// Per export (source, file), the latest redaction run that wrote it.
fn latest_runs(runs: &[Redaction]) -> BTreeMap<(String, String), &Redaction> {
    let mut latest = BTreeMap::new();
    for run in runs {
        for f in &run.files {
            latest.insert((f.source.clone(), f.file.clone()), run);
        }
    }
    latest
}

/// Of one export in the plan: whether it has records to delete, retain or restrict, and when
/// its lines last changed.
type Export = (bool, Option<DateTime<Utc>>);

/// What the certificate states of the checklist and the redactions once the gate is passed.
pub(super) struct Cleared {
    pub open: Vec<OpenSystem>,
    pub redactions: Vec<RedactionHash>,
}

fn refuse(request: &Request, reason: &'static str, why: String) -> CoreError {
    refuse_naming(request, reason, why, Vec::new())
}

fn refuse_naming(
    request: &Request,
    reason: &'static str,
    why: String,
    names: Vec<String>,
) -> CoreError {
    CoreError::CertificateRefused {
        request_id: request.id.clone(),
        reason,
        why,
        names,
    }
}

/// Staff's word on why systems stayed open, when the request was closed with one
/// (`desk::deletion::change_state` writes it into the closing's reason as
/// `… (daftar periksa terbuka: a, b; WHY)`).
fn closed_open_why(store: &Store, request: &Request) -> Result<Option<String>> {
    if request.state != RequestState::Closed {
        return Ok(None);
    }
    let detail = crate::desk::request::detail(store, &request.id, Utc::now())?;
    let closing = detail
        .events
        .iter()
        .rev()
        .find(|e| e.kind == EventKind::State && e.to_state == Some(RequestState::Closed));
    Ok(closing.and_then(|e| {
        let (_, rest) = e.text.rsplit_once(OPEN_MARK)?;
        let (_, why) = rest.strip_suffix(')')?.split_once("; ")?;
        Some(why.trim().to_string()).filter(|w| !w.is_empty())
    }))
}

/// Checks the gate; `open_why` is staff's word on why systems of the checklist stay open (else
/// the one recorded when the request was closed).
pub(super) fn check(
    store: &Store,
    request: &Request,
    plan: &Plan,
    runs: &[Redaction],
    open_why: Option<&str>,
) -> Result<Cleared> {
    let id = &request.id;
    if !request.rights.contains(&Right::Deletion) {
        return Err(refuse(
            request,
            "no_deletion",
            "the request does not ask for deletion: answer it with its done letter instead".into(),
        ));
    }
    if plan.incomplete > 0 {
        return Err(refuse(
            request,
            "plan_incomplete",
            format!(
                "{} line(s) of the plan need staff's input first (a correction's new value): pdpdesk plan show --request {id}",
                plan.incomplete
            ),
        ));
    }
    if matches!(
        request.state,
        RequestState::Rejected | RequestState::Withdrawn
    ) {
        return Err(refuse(
            request,
            "request_ended",
            format!(
                "the request was {}: nothing was deleted on it",
                request.state
            ),
        ));
    }
    let open = open_systems(store, id)?;
    let recorded = if open.is_empty() {
        None
    } else {
        closed_open_why(store, request)?
    };
    let why = open_why
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .or(recorded.as_deref());
    let open = match (open.is_empty(), why) {
        (true, _) => Vec::new(),
        (false, Some(why)) => {
            let why = crate::text::check_text("checklist_open", why)?;
            open.into_iter()
                .map(|system| OpenSystem {
                    system,
                    why: why.clone(),
                })
                .collect()
        }
        (false, None) => {
            let names: Vec<String> = open.iter().map(|s| s.as_str().to_string()).collect();
            return Err(refuse_naming(
                request,
                "checklist_open",
                format!(
                    "checklist systems are not done: {}; tick them (pdpdesk checklist tick) or say why they stay open (--checklist-open)",
                    names.join(", ")
                ),
                names,
            ));
        }
    };
    // Per export: whether it has records to delete, retain or restrict, and its lines' latest
    // change. Times are kept to the second: a run in the same second as the change counts as
    // after it (two commands of staff's are never that close).
    let mut exports: BTreeMap<(String, String), Export> = BTreeMap::new();
    for l in &plan.lines {
        let e = exports
            .entry((l.source.clone(), l.file.clone()))
            .or_default();
        e.0 |= matches!(
            l.action,
            Action::Delete | Action::Retain { .. } | Action::Restrict
        );
        e.1 = e.1.max(l.changed_at);
    }
    let latest = latest_runs(runs);
    let mut missing = Vec::new();
    let mut redactions = Vec::new();
    for ((source, file), (needs, changed)) in &exports {
        let run = latest
            .get(&(source.clone(), file.clone()))
            .filter(|run| changed.is_none_or(|at| run.made_at >= at));
        match run.and_then(|r| {
            r.files
                .iter()
                .find(|f| &f.source == source && &f.file == file)
                .map(|f| (r, f))
        }) {
            Some((run, f)) => redactions.push(RedactionHash {
                file: f.file.clone(),
                made_at: run.made_at,
                before_sha256: f.before_sha256.clone(),
                after_sha256: f.after_sha256.clone(),
                replaced: f.replaced,
            }),
            None if *needs => missing.push(file.as_str()),
            None => {}
        }
    }
    if !missing.is_empty() {
        return Err(refuse_naming(
            request,
            "not_redacted",
            format!(
                "these exports have records to delete, retain or restrict but no redaction after the latest change of their plan: {}; redact them first (pdpdesk redact --request {id} --out DIR)",
                missing.join(", ")
            ),
            missing.iter().map(|f| f.to_string()).collect(),
        ));
    }
    Ok(Cleared { open, redactions })
}
