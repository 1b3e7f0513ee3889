//! The checklist of a request's plan, the use cases: per source system the records to act on
//! there, with staff's tick; a request with a plan closes only when every system is ticked, or
//! with staff's word on why not.

use super::{plan, rights_acting};
use crate::fulfil::deletion::checklist::{self as rules, ChecklistLine, System, ToDo};
use crate::register::{Request, RequestState};
use crate::sources::ReadControl;
use crate::store::plans::Tick;
use crate::{CoreError, Result, Store};
use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

/// A system's line with its tick, if staff gave one.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ChecklistItem {
    #[serde(flatten)]
    pub line: ChecklistLine,
    pub tick: Option<Tick>,
}

/// The checklist of a request.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Checklist {
    pub request_id: String,
    pub items: Vec<ChecklistItem>,
    /// Systems not ticked as done.
    pub open: Vec<System>,
}

/// The request's checklist as it stands.
pub fn checklist(
    store: &Store,
    request_id: &str,
    control: &ReadControl,
    now: DateTime<Utc>,
) -> Result<Checklist> {
    let plan = plan(store, request_id, control, now)?;
    let lines = rules::checklist(plan.lines.iter().map(|l| ToDo {
        kind: l.kind,
        file: &l.file,
        record: l.record,
        record_id: l.record_id.as_deref(),
        locator: &l.locator,
        action: &l.action,
    }));
    let ticks = store.checklist_ticks(&plan.request_id)?;
    let items: Vec<ChecklistItem> = lines
        .into_iter()
        .map(|line| ChecklistItem {
            tick: ticks.iter().find(|t| t.system == line.system).cloned(),
            line,
        })
        .collect();
    let open = items
        .iter()
        .filter(|i| !i.tick.as_ref().is_some_and(|t| t.done))
        .map(|i| i.line.system)
        .collect();
    Ok(Checklist {
        request_id: plan.request_id,
        items,
        open,
    })
}

/// Ticks a system as done (or, with `done` false, opens it again), with an optional note.
#[allow(clippy::too_many_arguments)]
pub fn tick(
    store: &mut Store,
    request_id: &str,
    system: System,
    done: bool,
    note: &str,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Checklist> {
    let list = checklist(store, request_id, &ReadControl::default(), now)?;
    let Some(item) = list.items.iter().find(|i| i.line.system == system) else {
        let have: Vec<&str> = list.items.iter().map(|i| i.line.system.as_str()).collect();
        return Err(CoreError::invalid(
            "system",
            "not_in_checklist",
            format!(
                "the plan of request {request_id} has nothing in {system}; its systems: {}",
                have.join(", ")
            ),
        ));
    };
    let history = format!(
        "Daftar periksa: {system} {} ({} catatan){}",
        if done { "selesai" } else { "dibuka lagi" },
        item.line.records.len(),
        if note.trim().is_empty() {
            String::new()
        } else {
            format!("; {}", note.trim())
        }
    );
    store.tick_checklist(
        &list.request_id,
        &Tick {
            system,
            done,
            note: note.trim().to_string(),
            actor: actor.to_string(),
            at: now,
        },
        &history,
    )?;
    checklist(store, &list.request_id, &ReadControl::default(), now)
}

/// The systems of the confirmed records not ticked as done, from the files' kinds alone (no
/// record is read: an export changed since does not stop a request from closing).
pub(super) fn open_systems(store: &Store, request_id: &str) -> Result<Vec<System>> {
    let kinds = store.file_kinds()?;
    let ticks = store.checklist_ticks(request_id)?;
    let mut open: Vec<System> = store
        .confirmed_hits(request_id)?
        .into_iter()
        .map(|(_, h)| {
            System::of(
                kinds
                    .get(&(h.source, h.file))
                    .copied()
                    .unwrap_or(crate::sources::SourceKind::GenericCsv),
            )
        })
        .filter(|s| !ticks.iter().any(|t| t.system == *s && t.done))
        .collect();
    open.sort();
    open.dedup();
    Ok(open)
}

/// How a closing's reason starts the systems left open and staff's word on why (the certificate
/// reads it back).
pub(super) const OPEN_MARK: &str = "daftar periksa terbuka: ";

/// Moves a request to another state. Closing a request whose plan has systems not ticked is
/// refused unless staff say why they stay open (`open_why`), which goes into the history.
pub fn change_state(
    store: &mut Store,
    request_id: &str,
    to: RequestState,
    reason: &str,
    open_why: Option<&str>,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Request> {
    let mut reason = reason.to_string();
    if to == RequestState::Closed && rights_acting(&store.request(request_id)?.rights) {
        let open = open_systems(store, request_id)?;
        if !open.is_empty() {
            let names: Vec<&str> = open.iter().map(|s| s.as_str()).collect();
            match open_why.map(str::trim).filter(|w| !w.is_empty()) {
                Some(why) => {
                    reason = format!("{reason} ({OPEN_MARK}{}; {why})", names.join(", "))
                }
                None => {
                    return Err(CoreError::invalid(
                        "checklist",
                        "open",
                        format!(
                            "request {request_id} still has checklist systems not done: {}; tick them (pdpdesk checklist tick) or say why they stay open (--checklist-open)",
                            names.join(", ")
                        ),
                    ))
                }
            }
        }
    }
    crate::desk::request::change_state(store, request_id, to, &reason, actor, now)
}
