//! A request's history: each line written with its entry in the audit chain, in the caller's
//! write transaction.

use super::audit::WriteTx;
use super::requests::ts;
use crate::audit::{Action, EventLine};
use crate::register::{EventKind, RequestState};
use crate::Result;
use chrono::{DateTime, Utc};
use rusqlite::params;

/// Writes a line of a request's history and its entry in the audit chain (the action its kind
/// stands for).
#[allow(clippy::too_many_arguments)]
pub(super) fn insert_event(
    tx: &WriteTx,
    id: &str,
    at: DateTime<Utc>,
    actor: &str,
    kind: EventKind,
    from: Option<RequestState>,
    to: Option<RequestState>,
    text: &str,
) -> Result<()> {
    let line = EventLine {
        request_id: id.to_string(),
        at: ts(at),
        actor: actor.to_string(),
        kind: kind.as_str().to_string(),
        from_state: from.map(|s| s.as_str().to_string()),
        to_state: to.map(|s| s.as_str().to_string()),
        text: text.to_string(),
    };
    write_event(tx, Action::of_event(kind), &line)
}

/// Writes a line of a request's history whose audit action says more than its kind (a search
/// kept is a note in the history, `search.kept` in the chain).
pub(super) fn insert_event_as(
    tx: &WriteTx,
    action: Action,
    id: &str,
    at: DateTime<Utc>,
    actor: &str,
    kind: EventKind,
    text: &str,
) -> Result<()> {
    let line = EventLine {
        request_id: id.to_string(),
        at: ts(at),
        actor: actor.to_string(),
        kind: kind.as_str().to_string(),
        from_state: None,
        to_state: None,
        text: text.to_string(),
    };
    write_event(tx, action, &line)
}

fn write_event(tx: &WriteTx, action: Action, line: &EventLine) -> Result<()> {
    tx.execute(
        "INSERT INTO request_events (request_id, at, actor, kind, from_state, to_state, text)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            line.request_id,
            line.at,
            line.actor,
            line.kind,
            line.from_state,
            line.to_state,
            line.text
        ],
    )?;
    tx.append_event(action, tx.last_insert_rowid(), line)
}

/// Marks a request as changed now.
pub(super) fn touch(tx: &WriteTx, id: &str, now: DateTime<Utc>) -> Result<()> {
    tx.execute(
        "UPDATE requests SET updated_at = ?1 WHERE id = ?2",
        params![ts(now), id],
    )?;
    Ok(())
}
