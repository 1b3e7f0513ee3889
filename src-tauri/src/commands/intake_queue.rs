//! The needs-a-look queue: the messages that may be a request, their clocks running from
//! receipt, and staff's decision on each.

use crate::desk::Desk;
use crate::errors::Reply;
use chrono::Utc;
use pdp_core::desk::intake::queue::{self, QueueItem};
use pdp_core::intake::queue::QueueEntry;
use pdp_core::register::{NewRequest, Request};
use std::path::Path;
use tauri::State;

/// The waiting messages (and, with `all`, the decided ones), each read again from its kept
/// original.
#[tauri::command]
pub fn intake_queue(desk: State<Desk>, all: bool) -> Reply<Vec<QueueItem>> {
    Ok(queue::list(&desk.store(), all, Utc::now())?)
}

/// Queues a previewed message that needs a look (its original kept, its clock from receipt).
#[tauri::command]
pub fn intake_queue_add(
    desk: State<Desk>,
    file: String,
    index: Option<usize>,
    sha256: String,
) -> Reply<QueueEntry> {
    let mut store = desk.store();
    let actor = Desk::operator(&store)?;
    Ok(queue::enqueue(
        &mut store,
        Path::new(&file),
        index,
        &sha256,
        &actor,
        Utc::now(),
    )?)
}

/// Registers a waiting message as a request with the entry staff confirmed.
#[tauri::command]
pub fn intake_queue_request(desk: State<Desk>, id: i64, form: NewRequest) -> Reply<Request> {
    let mut store = desk.store();
    let actor = Desk::operator(&store)?;
    Ok(queue::decide_request(
        &mut store,
        id,
        &form,
        &actor,
        Utc::now(),
    )?)
}

/// Records that a waiting message is not a request, with the reason.
#[tauri::command]
pub fn intake_queue_dismiss(desk: State<Desk>, id: i64, reason: String) -> Reply<QueueEntry> {
    let mut store = desk.store();
    let actor = Desk::operator(&store)?;
    Ok(queue::dismiss(&mut store, id, &reason, &actor, Utc::now())?)
}
