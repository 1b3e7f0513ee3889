//! A request's clocks: reading them (one request, the register) and moving them (pause, resume,
//! extension), each move checked against `deadline::policy` before the store keeps it.

use crate::deadline::policy::check_extension;
use crate::deadline::{ClockRules, Clocks};
use crate::guide::RegisterEntry;
use crate::register::{Request, RequestFilter, SortOrder};
use crate::{CoreError, Result, Store};
use chrono::{DateTime, NaiveDate, Utc};

/// The office's clock rules: its profile (zone, policy window, cuti bersama) and its calendar.
pub fn clock_rules(store: &Store) -> Result<ClockRules> {
    Ok(ClockRules::for_office(
        &store.office()?,
        store.calendar_entries()?,
    ))
}

/// Both clocks of a request at `now`, from the office profile, its calendar, the request's
/// pauses and its latest extension.
pub fn request_clocks(store: &Store, id: &str, now: DateTime<Utc>) -> Result<Clocks> {
    let request = store.request(id)?;
    clock_rules(store)?.clocks(&store.timeline(&request)?, now)
}

/// The clocks of a request that is still open; `None` once it has ended.
pub fn open_clocks(store: &Store, request: &Request, now: DateTime<Utc>) -> Result<Option<Clocks>> {
    if !request.state.is_open() {
        return Ok(None);
    }
    Ok(Some(
        clock_rules(store)?.clocks(&store.timeline(request)?, now)?,
    ))
}

/// The register as staff see it: each request with its clocks at `now` and its next action
/// while it is open.
pub fn register(
    store: &Store,
    filter: &RequestFilter,
    now: DateTime<Utc>,
) -> Result<Vec<RegisterEntry>> {
    let rules = clock_rules(store)?;
    let mut entries = store
        .list_requests(filter)?
        .into_iter()
        .map(|request| {
            let clocks = if request.state.is_open() {
                Some(rules.clocks(&store.timeline(&request)?, now)?)
            } else {
                None
            };
            let next = super::guide::next_action(store, &request)?;
            Ok(RegisterEntry {
                request,
                clocks,
                next,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    if filter.sort == SortOrder::DueFirst {
        // Stable: ended requests keep the store's newest-first order after the open ones.
        entries.sort_by_key(|e| {
            e.clocks
                .as_ref()
                .map_or((1, None), |c| (0, Some(nearest(c))))
        });
    }
    Ok(entries)
}

/// When the first of a request's clocks runs out.
fn nearest(clocks: &Clocks) -> DateTime<Utc> {
    let policy = clocks.policy_ends_at.with_timezone(&Utc);
    clocks
        .statutory_due
        .map_or(policy, |s| policy.min(s.with_timezone(&Utc)))
}

fn refusal(request: &Request, why: &str) -> CoreError {
    CoreError::Clock {
        id: request.id.clone(),
        why: why.to_string(),
    }
}

/// Stops the policy window of an open, running request (the law's clock runs on).
pub fn pause(
    store: &mut Store,
    id: &str,
    reason: &str,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Clocks> {
    let request = store.request(id)?;
    if !request.state.is_open() {
        return Err(refusal(
            &request,
            &format!(
                "the request is {}; only open requests can be paused",
                request.state
            ),
        ));
    }
    if store.running_pause(&request.id)?.is_some() {
        return Err(refusal(&request, "the request is already paused"));
    }
    if now < request.received_at {
        return Err(refusal(
            &request,
            "a pause cannot begin before the request was received",
        ));
    }
    store.insert_pause(&request.id, reason, actor, now)?;
    request_clocks(store, &request.id, now)
}

/// Lets the policy window run again with the working days it had left.
pub fn resume(
    store: &mut Store,
    id: &str,
    reason: &str,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Clocks> {
    let request = store.request(id)?;
    let (pause_id, started_at) = store
        .running_pause(&request.id)?
        .ok_or_else(|| refusal(&request, "the request is not paused"))?;
    if now < started_at {
        return Err(refusal(&request, "a pause cannot end before it began"));
    }
    store.end_pause(&request.id, pause_id, reason, actor, now)?;
    request_clocks(store, &request.id, now)
}

/// Sets a new, later due date for the policy window of an open request.
pub fn extend(
    store: &mut Store,
    id: &str,
    until: NaiveDate,
    reason: &str,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Clocks> {
    let request = store.request(id)?;
    if !request.state.is_open() {
        return Err(refusal(
            &request,
            &format!(
                "the request is {}; only open requests can be extended",
                request.state
            ),
        ));
    }
    let rules = clock_rules(store)?;
    let current = rules.policy_window(&store.timeline(&request)?, now)?;
    check_extension(&rules.calendar, &current, until)?;
    store.insert_extension(&request.id, until, current.due, reason, actor, now)?;
    request_clocks(store, &request.id, now)
}

#[cfg(test)]
#[path = "clocks_tests.rs"]
mod tests;
