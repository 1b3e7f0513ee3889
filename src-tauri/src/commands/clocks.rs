use crate::desk::Desk;
use crate::errors::Reply;
use chrono::Utc;
use pdp_core::deadline::calendar::{parse_date, CalendarEntry, CalendarYear};
use pdp_core::deadline::ics::IcsImport;
use pdp_core::deadline::Clocks;
use std::path::Path;
use tauri::State;

#[tauri::command]
pub fn request_pause(desk: State<Desk>, id: String, reason: String) -> Reply<Clocks> {
    let mut store = desk.store();
    let actor = Desk::operator(&store)?;
    Ok(pdp_core::desk::clocks::pause(
        &mut store,
        &id,
        &reason,
        &actor,
        Utc::now(),
    )?)
}

#[tauri::command]
pub fn request_resume(desk: State<Desk>, id: String, reason: String) -> Reply<Clocks> {
    let mut store = desk.store();
    let actor = Desk::operator(&store)?;
    Ok(pdp_core::desk::clocks::resume(
        &mut store,
        &id,
        &reason,
        &actor,
        Utc::now(),
    )?)
}

/// A new due date (`YYYY-MM-DD`) for the policy window.
#[tauri::command]
pub fn request_extend(
    desk: State<Desk>,
    id: String,
    until: String,
    reason: String,
) -> Reply<Clocks> {
    let mut store = desk.store();
    let actor = Desk::operator(&store)?;
    let until = parse_date("until", &until)?;
    Ok(pdp_core::desk::clocks::extend(
        &mut store,
        &id,
        until,
        &reason,
        &actor,
        Utc::now(),
    )?)
}

#[tauri::command]
pub fn calendar_year(desk: State<Desk>, year: i32) -> Reply<CalendarYear> {
    Ok(pdp_core::desk::calendar::calendar_year(
        &desk.store(),
        year,
    )?)
}

#[tauri::command]
pub fn calendar_add(desk: State<Desk>, entry: CalendarEntry) -> Reply<CalendarEntry> {
    let mut store = desk.store();
    let actor = Desk::operator(&store)?;
    Ok(store.add_calendar_entry(&entry, &actor, Utc::now())?)
}

/// Removes the office's entry on `date` (`YYYY-MM-DD`).
#[tauri::command]
pub fn calendar_remove(desk: State<Desk>, date: String) -> Reply<CalendarEntry> {
    let date = parse_date("date", &date)?;
    let mut store = desk.store();
    let actor = Desk::operator(&store)?;
    Ok(store.remove_calendar_entry(date, &actor, Utc::now())?)
}

#[tauri::command]
pub fn calendar_import(desk: State<Desk>, path: String) -> Reply<IcsImport> {
    let mut store = desk.store();
    let actor = Desk::operator(&store)?;
    let path = Path::new(&path);
    Ok(pdp_core::desk::calendar::import_ics(
        &mut store,
        path,
        &actor,
        Utc::now(),
    )?)
}
