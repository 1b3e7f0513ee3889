//! The action plan of a request whose rights act on records, and its checklist per source
//! system. Each reads the confirmed records again (seconds on a workbook), so each runs on a
//! worker thread with its own connection.

use crate::desk::Desk;
use crate::errors::{blocking, Reply};
use chrono::Utc;
use pdp_core::desk::deletion::{self, Checklist, Plan, PlanLine};
use pdp_core::fulfil::deletion::checklist::System;
use pdp_core::fulfil::deletion::plan::Action;
use pdp_core::sources::ReadControl;
use tauri::State;

/// Each confirmed record with its action and why (`nothing_confirmed` before any is confirmed).
#[tauri::command]
pub async fn request_plan(desk: State<'_, Desk>, id: String) -> Reply<Plan> {
    let store = desk.job_store()?;
    blocking(move || deletion::plan(&store, &id, &ReadControl::default(), Utc::now())).await
}

/// Staff's change of lines (by their hits) to one action, with a reason; the changed lines come
/// back.
#[tauri::command]
pub async fn plan_change(
    desk: State<'_, Desk>,
    id: String,
    hits: Vec<i64>,
    action: Action,
    reason: String,
) -> Reply<Vec<PlanLine>> {
    let mut store = desk.job_store()?;
    let actor = Desk::operator(&store)?;
    blocking(move || deletion::change(&mut store, &id, &hits, action, &reason, &actor, Utc::now()))
        .await
}

/// The plan per source system, with staff's ticks.
#[tauri::command]
pub async fn request_checklist(desk: State<'_, Desk>, id: String) -> Reply<Checklist> {
    let store = desk.job_store()?;
    blocking(move || deletion::checklist(&store, &id, &ReadControl::default(), Utc::now())).await
}

/// Ticks a system as done (`done` false opens it again), with an optional note.
#[tauri::command]
pub async fn checklist_tick(
    desk: State<'_, Desk>,
    id: String,
    system: System,
    done: bool,
    note: String,
) -> Reply<Checklist> {
    let mut store = desk.job_store()?;
    let actor = Desk::operator(&store)?;
    blocking(move || deletion::tick(&mut store, &id, system, done, &note, &actor, Utc::now())).await
}
