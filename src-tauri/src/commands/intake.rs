use crate::desk::Desk;
use crate::errors::Reply;
use chrono::Utc;
use pdp_core::desk::intake::{mail, record};
use pdp_core::intake::evidence::Evidence;
use pdp_core::intake::item::IntakeItem;
use pdp_core::intake::record::{RecordProposal, RecordSelector};
use pdp_core::register::{NewRequest, Request};
use std::path::Path;
use tauri::State;

/// Proposals for every message of the given files; a file that cannot be read becomes one item
/// with its error, so the others still show.
#[tauri::command]
pub fn intake_preview(desk: State<Desk>, paths: Vec<String>) -> Reply<Vec<IntakeItem>> {
    let store = desk.store();
    Ok(paths
        .iter()
        .flat_map(|p| {
            mail::preview(&store, Path::new(p))
                .unwrap_or_else(|e| vec![IntakeItem::unreadable(p, &e)])
        })
        .collect())
}

#[tauri::command]
pub fn intake_register(
    desk: State<Desk>,
    file: String,
    index: Option<usize>,
    sha256: String,
    form: NewRequest,
) -> Reply<Request> {
    let mut store = desk.store();
    let actor = Desk::operator(&store)?;
    Ok(mail::register(
        &mut store,
        Path::new(&file),
        index,
        &sha256,
        &form,
        &actor,
        Utc::now(),
    )?)
}

#[tauri::command]
pub fn intake_link_reply(
    desk: State<Desk>,
    file: String,
    index: Option<usize>,
    sha256: String,
    request_id: String,
) -> Reply<()> {
    let mut store = desk.store();
    let actor = Desk::operator(&store)?;
    mail::link_reply(
        &mut store,
        Path::new(&file),
        index,
        &sha256,
        &request_id,
        &actor,
        Utc::now(),
    )
    .map_err(Into::into)
}

#[tauri::command]
pub fn request_evidence(desk: State<Desk>, id: String) -> Reply<Vec<Evidence>> {
    Ok(desk.store().request_evidence(&id)?)
}

/// What a source record (a form submission, a chat message) would make as a request.
#[tauri::command]
pub fn record_propose(
    desk: State<Desk>,
    file: String,
    which: RecordSelector,
) -> Reply<RecordProposal> {
    Ok(record::propose(&desk.store(), Path::new(&file), &which)?)
}

/// Registers a request from a source record, the record kept as evidence.
#[tauri::command]
pub fn record_register(
    desk: State<Desk>,
    file: String,
    which: RecordSelector,
    form: NewRequest,
) -> Reply<Request> {
    let mut store = desk.store();
    let actor = Desk::operator(&store)?;
    Ok(record::register(
        &mut store,
        Path::new(&file),
        &which,
        &form,
        &actor,
        Utc::now(),
    )?)
}
