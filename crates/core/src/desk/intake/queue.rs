//! The needs-a-look queue: a message that may be a request (intake could class it neither as a
//! request nor as clearly something else) is queued with its original kept as evidence and the
//! policy clock running from receipt, until staff decide: a request with the rights they chose,
//! or not a request with a reason.

use super::mail::{file_time, read_message, row};
use crate::deadline::{Clocks, Timeline};
use crate::intake::proposal::{propose, Proposal};
use crate::intake::queue::QueueEntry;
use crate::register::{NewRequest, Request};
use crate::sources::mail;
use crate::sources::mail_images::without_images;
use crate::store::intake::IntakeRow;
use crate::vocabulary::Right;
use crate::{CoreError, Result, Store};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::path::Path;
use ts_rs::TS;

/// A queued message as staff see it: the entry, what intake proposes for it (read again from
/// the kept original, while it waits) and its clocks (while it waits).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct QueueItem {
    #[serde(flatten)]
    pub entry: QueueEntry,
    pub proposal: Option<Proposal>,
    /// The policy window from receipt; no right is chosen yet, so no statutory clock.
    pub clocks: Option<Clocks>,
}

/// The queue: the waiting messages, oldest receipt first, then (with `all`) the decided ones.
pub fn list(store: &Store, all: bool, now: DateTime<Utc>) -> Result<Vec<QueueItem>> {
    let rules = crate::desk::clocks::clock_rules(store)?;
    store
        .queue_entries(!all)?
        .into_iter()
        .map(|entry| {
            if entry.decision.is_some() {
                return Ok(QueueItem {
                    entry,
                    proposal: None,
                    clocks: None,
                });
            }
            let clocks = rules.clocks(&Timeline::received(entry.received_at, &[]), now)?;
            Ok(QueueItem {
                proposal: Some(proposal(store, &entry)?),
                clocks: Some(clocks),
                entry,
            })
        })
        .collect()
}

/// What intake proposes for a waiting message, read again from its kept original.
fn proposal(store: &Store, entry: &QueueEntry) -> Result<Proposal> {
    let kept = store
        .dir()
        .join("evidence")
        .join(format!("{}.eml", entry.sha256));
    let raw = store.read_kept(&kept)?;
    let parsed = mail::parse(&raw, Path::new(&entry.source_file))?;
    let zone = store.office()?.time_zone;
    Ok(propose(parsed, zone.local(entry.received_at)))
}

/// Queues message `index` of `path` (previewed with `sha256`); a message already queued gives
/// its entry.
pub fn enqueue(
    store: &mut Store,
    path: &Path,
    index: Option<usize>,
    sha256: &str,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<QueueEntry> {
    let (raw, _) = read_message(path, index, sha256)?;
    let id = enqueue_message(store, path, index, &raw, actor, now)?;
    store.queue_entry(id)
}

/// Queues one message (bytes already read); see [`enqueue`].
pub(super) fn enqueue_message(
    store: &mut Store,
    path: &Path,
    index: Option<usize>,
    raw: &[u8],
    actor: &str,
    now: DateTime<Utc>,
) -> Result<i64> {
    let sha256 = super::mail::sha256_hex(raw);
    let parsed = mail::parse(raw, path)?;
    let zone = store.office()?.time_zone;
    let p = propose(parsed.clone(), zone.local(file_time(path)));
    let row = row(path, index, &sha256, &parsed, &p);
    let (kept, _) = without_images(raw);
    store.queue_intake(&kept, &row, p.received_at.with_timezone(&Utc), actor, now)
}

/// The message's row for the register, from its queue entry.
fn message_row(entry: &QueueEntry) -> IntakeRow {
    IntakeRow {
        what: "message",
        sha256: entry.sha256.clone(),
        message_id: entry.message_id.clone(),
        source_file: entry.source_file.clone(),
        mbox_index: entry.mbox_index,
        subject: entry.subject.clone(),
        subject_key: crate::intake::proposal::subject_key(&entry.subject),
        from_address: entry.from_address.clone(),
        received_source: entry.received_source.clone(),
    }
}

/// Registers a waiting message as a request with the entry staff confirmed in `form`; the
/// request keeps the message's receipt as given in the form (the proposal's, unless corrected).
pub fn decide_request(
    store: &mut Store,
    id: i64,
    form: &NewRequest,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Request> {
    let entry = store.queue_entry(id)?;
    let zone = store.office()?.time_zone;
    let request_id = store.decide_queued_request(
        id,
        &message_row(&entry),
        &form.validate(zone, now)?,
        zone,
        actor,
        now,
    )?;
    store.request(&request_id)
}

/// Registers a waiting message as a request for `rights`, with the requester and receipt
/// intake proposes (as `pdpdesk intake-queue decide N --right …` does).
pub fn decide_rights(
    store: &mut Store,
    id: i64,
    rights: &[Right],
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Request> {
    let entry = store.queue_entry(id)?;
    entry.ensure_waiting()?;
    if rights.is_empty() {
        return Err(CoreError::invalid(
            "rights",
            "required",
            "choose at least one right",
        ));
    }
    let form = proposal(store, &entry)?.to_form(rights);
    decide_request(store, id, &form, actor, now)
}

/// Records that a waiting message is not a request, with the reason; its original is removed.
pub fn dismiss(
    store: &mut Store,
    id: i64,
    reason: &str,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<QueueEntry> {
    store.dismiss_queued(id, reason, actor, now)
}

#[cfg(test)]
#[path = "queue_tests.rs"]
mod tests;
