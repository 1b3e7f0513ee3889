use crate::desk::Desk;
use crate::errors::{blocking, Reply};
use chrono::Utc;
use pdp_core::desk::search::enrich::{add_found, found_identifiers, FoundIdentifier};
use pdp_core::desk::search::{search, Method};
use pdp_core::register::Request;
use pdp_core::search::marks::HitRecord;
use pdp_core::search::stored::{Decision, StoredSearch};
use pdp_core::search::SubjectQuery;
use pdp_core::sources::ReadControl;
use std::sync::atomic::Ordering;
use tauri::State;

/// Searches every source for a request's requester (plus any identifiers staff add) on a worker
/// thread with its own connection, and keeps the search with the request.
#[tauri::command]
pub async fn request_search(
    desk: State<'_, Desk>,
    id: String,
    extra: SubjectQuery,
) -> Reply<StoredSearch> {
    let (query, actor) = {
        let store = desk.store();
        let r = store.request(&id)?;
        let query = SubjectQuery {
            name: extra.name.or(Some(r.requester.name)),
            emails: r.requester.emails.into_iter().chain(extra.emails).collect(),
            phones: r.requester.phones.into_iter().chain(extra.phones).collect(),
            niks: extra.niks,
        };
        (query, Desk::operator(&store)?)
    };
    let mut store = desk.job_store()?;
    desk.cancel.store(false, Ordering::Relaxed);
    let control = ReadControl {
        cancel: desk.cancel.clone(),
        ..ReadControl::default()
    };
    blocking(move || {
        let result = search(&store, &query, Method::Indexed, &control)?;
        pdp_core::desk::search::keep(&mut store, &id, &result, &actor, Utc::now())
    })
    .await
}

#[tauri::command]
pub fn request_latest_search(desk: State<Desk>, id: String) -> Reply<Option<StoredSearch>> {
    Ok(desk.store().latest_search(&id)?)
}

/// Confirms or rejects hits; a rejection needs a reason.
#[tauri::command]
pub fn hits_decide(
    desk: State<Desk>,
    ids: Vec<i64>,
    decision: Decision,
    reason: Option<String>,
) -> Reply<usize> {
    let mut store = desk.store();
    let actor = Desk::operator(&store)?;
    Ok(store.decide_hits(&ids, decision, reason.as_deref(), &actor, Utc::now())?)
}

/// The e-mails and phones on the confirmed hits that the request does not have yet.
#[tauri::command]
pub async fn request_found_identifiers(
    desk: State<'_, Desk>,
    id: String,
) -> Reply<Vec<FoundIdentifier>> {
    let store = desk.job_store()?;
    blocking(move || found_identifiers(&store, &id, &ReadControl::default())).await
}

/// Adds the found identifiers staff chose to the request (kept in its history).
#[tauri::command]
pub async fn request_add_identifiers(
    desk: State<'_, Desk>,
    id: String,
    values: Vec<String>,
) -> Reply<Request> {
    let mut store = desk.job_store()?;
    let actor = Desk::operator(&store)?;
    blocking(move || {
        add_found(
            &mut store,
            &id,
            &values,
            &actor,
            Utc::now(),
            &ReadControl::default(),
        )
    })
    .await
}

/// A hit's record read again from its file, to show beside the subject's identifiers.
#[tauri::command]
pub async fn hit_record(desk: State<'_, Desk>, id: i64) -> Reply<HitRecord> {
    let store = desk.job_store()?;
    blocking(move || {
        pdp_core::desk::search::read_again::hit_record(&store, id, &ReadControl::default())
    })
    .await
}
