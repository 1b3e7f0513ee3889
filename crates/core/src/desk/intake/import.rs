//! Importing mail files in one go, as `pdpdesk intake` does: every message that is a new request
//! is registered, one that needs a look is queued for staff (its clock running from receipt),
//! replies are linked to their request, and everything else is reported and left for staff
//! (clearly not a request, likely duplicate, already imported or queued, unreadable).

use crate::intake::item::{IntakeItem, IntakeStatus};
use crate::intake::proposal::Proposal;
use crate::intake::triage::{MessageClass, Reason};
use crate::vocabulary::Right;
use crate::{CoreError, Result, Store};
use chrono::{DateTime, FixedOffset, Utc};
use serde::Serialize;
use std::path::Path;
use ts_rs::TS;

/// Choices for a batch import.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Only report; register nothing.
    pub dry_run: bool,
    /// Register messages that need a look or look like no request too (staff said so).
    pub register_non_requests: bool,
    /// Use these rights instead of the recognised ones.
    pub rights: Vec<Right>,
}

/// The requester as reported for an imported message.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ImportedRequester {
    pub name: Option<String>,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
}

/// What happened to one message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum ImportAction {
    Registered,
    /// Queued for staff to decide (needs a look).
    Queued,
    LinkedAsReply,
    /// Left for staff to decide (not a request, duplicate, already imported, dry run).
    Left,
    Unreadable,
    /// Registering or linking failed; `error` says why.
    Failed,
}

/// One line of `pdpdesk intake --json`.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ImportResult {
    pub file: String,
    pub index: Option<usize>,
    pub message_id: Option<String>,
    pub subject: Option<String>,
    /// request, needs-look or not-request; null when the message could not be read.
    pub class: Option<MessageClass>,
    /// Why the class (the classification's reasons).
    pub reasons: Vec<Reason>,
    pub rights: Vec<Right>,
    pub requester: Option<ImportedRequester>,
    pub received_at: Option<DateTime<FixedOffset>>,
    /// The request this message made or belongs to; null when nothing was registered.
    pub request_id: Option<String>,
    /// Its entry in the needs-a-look queue, when it was queued (now or before).
    #[ts(type = "number | null")]
    pub queue_id: Option<i64>,
    pub status: Option<IntakeStatus>,
    pub action: ImportAction,
    pub error: Option<String>,
}

fn result(
    item: &IntakeItem,
    p: Option<&Proposal>,
    action: ImportAction,
    request_id: Option<String>,
) -> ImportResult {
    ImportResult {
        file: item.file.clone(),
        index: item.index,
        message_id: p.and_then(|p| p.mail.message_id.clone()),
        subject: p.map(|p| p.mail.subject.clone()),
        class: p.map(|p| p.classification.class),
        reasons: p
            .map(|p| p.classification.reasons.clone())
            .unwrap_or_default(),
        rights: p
            .map(|p| p.classification.rights.iter().map(|f| f.right).collect())
            .unwrap_or_default(),
        requester: p.map(|p| ImportedRequester {
            name: p.requester.name.clone(),
            emails: p.requester.emails.clone(),
            phones: p.requester.phones.clone(),
        }),
        received_at: p.map(|p| p.received_at),
        request_id,
        queue_id: match &item.status {
            Some(IntakeStatus::Queued { queue_id } | IntakeStatus::Dismissed { queue_id }) => {
                Some(*queue_id)
            }
            _ => None,
        },
        status: item.status.clone(),
        action,
        error: item.error.clone(),
    }
}

/// A message that could not be registered or linked: one another process imported meanwhile is
/// reported as already imported, anything else as failed.
fn failed(item: &IntakeItem, p: &Proposal, e: CoreError) -> ImportResult {
    if let CoreError::AlreadyImported { request_id, .. } = e {
        let mut r = result(item, Some(p), ImportAction::Left, Some(request_id.clone()));
        r.status = Some(IntakeStatus::AlreadyImported { request_id });
        return r;
    }
    let mut r = result(item, Some(p), ImportAction::Failed, None);
    r.error = Some(e.to_string());
    r
}

/// Imports one .eml or .mbox file.
pub fn import_file(
    store: &mut Store,
    path: &Path,
    opts: &ImportOptions,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Vec<ImportResult>> {
    let items = super::mail::preview(store, path)?;
    let mut out = Vec::with_capacity(items.len());
    for item in &items {
        let (Some(p), Some(status)) = (&item.proposal, &item.status) else {
            out.push(result(item, None, ImportAction::Unreadable, None));
            continue;
        };
        let register = matches!(status, IntakeStatus::NewRequest)
            || (matches!(status, IntakeStatus::NotRequest | IntakeStatus::NeedsLook)
                && opts.register_non_requests);
        let r = match status {
            _ if opts.dry_run => {
                let known = match status {
                    IntakeStatus::AlreadyImported { request_id } => Some(request_id.clone()),
                    _ => None,
                };
                result(item, Some(p), ImportAction::Left, known)
            }
            _ if register => {
                let form = p.to_form(&opts.rights);
                match super::mail::register_message(
                    store, path, item.index, &item.raw, &form, actor, now,
                ) {
                    Ok(request) => {
                        result(item, Some(p), ImportAction::Registered, Some(request.id))
                    }
                    Err(e) => failed(item, p, e),
                }
            }
            IntakeStatus::NeedsLook => {
                match super::queue::enqueue_message(store, path, item.index, &item.raw, actor, now)
                {
                    Ok(queue_id) => {
                        let mut r = result(item, Some(p), ImportAction::Queued, None);
                        r.queue_id = Some(queue_id);
                        r
                    }
                    Err(e) => failed(item, p, e),
                }
            }
            IntakeStatus::Reply { request_id } => {
                match super::mail::link_reply(
                    store,
                    path,
                    item.index,
                    &item.sha256,
                    request_id,
                    actor,
                    now,
                ) {
                    Ok(()) => result(
                        item,
                        Some(p),
                        ImportAction::LinkedAsReply,
                        Some(request_id.clone()),
                    ),
                    Err(e) => failed(item, p, e),
                }
            }
            IntakeStatus::AlreadyImported { request_id } => {
                result(item, Some(p), ImportAction::Left, Some(request_id.clone()))
            }
            _ => result(item, Some(p), ImportAction::Left, None),
        };
        out.push(r);
    }
    Ok(out)
}
