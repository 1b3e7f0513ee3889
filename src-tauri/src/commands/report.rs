//! The register export and the board's figures: both read every request's clocks, so they run
//! on a worker thread with their own connection.

use crate::desk::Desk;
use crate::errors::{blocking, Reply};
use chrono::Utc;
use pdp_core::desk::report::{self, ExportRequest, Exported};
use pdp_core::report::Metrics;
use tauri::State;

/// The board's figures: the twelve months up to today (`pdpdesk metrics`).
#[tauri::command]
pub async fn metrics(desk: State<'_, Desk>) -> Reply<Metrics> {
    let store = desk.job_store()?;
    blocking(move || report::metrics(&store, None, None, Utc::now())).await
}

/// Writes the register of the period as CSV or PDF (`pdpdesk register export`).
#[tauri::command]
pub async fn register_export(desk: State<'_, Desk>, ask: ExportRequest) -> Reply<Exported> {
    let mut store = desk.job_store()?;
    let actor = Desk::operator(&store)?;
    blocking(move || report::export(&mut store, &ask, &actor, Utc::now())).await
}
