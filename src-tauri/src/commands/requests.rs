use crate::desk::Desk;
use crate::errors::{blocking, Reply};
use chrono::Utc;
use pdp_core::desk::deletion;
use pdp_core::guide::{RegisterEntry, RequestDetail};
use pdp_core::language::Language;
use pdp_core::register::forwarding::forwarding_note;
use pdp_core::register::{NewRequest, Request, RequestEvent, RequestFilter, RequestState};
use tauri::State;

#[tauri::command]
pub fn request_list(desk: State<Desk>, filter: RequestFilter) -> Reply<Vec<RegisterEntry>> {
    Ok(pdp_core::desk::clocks::register(
        &desk.store(),
        &filter,
        Utc::now(),
    )?)
}

#[tauri::command]
pub fn request_get(desk: State<Desk>, id: String) -> Reply<RequestDetail> {
    Ok(pdp_core::desk::request::detail(
        &desk.store(),
        &id,
        Utc::now(),
    )?)
}

#[tauri::command]
pub fn request_create(desk: State<Desk>, form: NewRequest) -> Reply<Request> {
    let mut store = desk.store();
    let actor = Desk::operator(&store)?;
    Ok(pdp_core::desk::request::create(
        &mut store,
        &form,
        &actor,
        Utc::now(),
    )?)
}

/// Moves a request; closing one whose plan has systems not ticked is refused (`checklist`/`open`)
/// unless `checklist_open` says why they stay open (kept in the history). Off the window's thread.
#[tauri::command]
pub async fn request_change_state(
    desk: State<'_, Desk>,
    id: String,
    to: RequestState,
    reason: String,
    checklist_open: Option<String>,
) -> Reply<Request> {
    let mut store = desk.job_store()?;
    let actor = Desk::operator(&store)?;
    blocking(move || {
        let why = checklist_open.as_deref();
        deletion::change_state(&mut store, &id, to, &reason, why, &actor, Utc::now())
    })
    .await
}

#[tauri::command]
pub fn request_correct_received(
    desk: State<Desk>,
    id: String,
    received: String,
    reason: String,
) -> Reply<Request> {
    let mut store = desk.store();
    let actor = Desk::operator(&store)?;
    Ok(pdp_core::desk::request::correct_received(
        &mut store,
        &id,
        &received,
        &reason,
        &actor,
        Utc::now(),
    )?)
}

#[tauri::command]
pub fn request_add_note(desk: State<Desk>, id: String, text: String) -> Reply<RequestEvent> {
    let mut store = desk.store();
    let actor = Desk::operator(&store)?;
    Ok(store.add_note(&id, &text, &actor, Utc::now())?)
}

/// The note forwarding a request to its controller (the office is the processor).
#[tauri::command]
pub fn request_forwarding_note(desk: State<Desk>, id: String, lang: Language) -> Reply<String> {
    let store = desk.store();
    let request = store.request(&id)?;
    Ok(forwarding_note(&request, &store.office()?, lang)?)
}
