//! The audit chain in Settings: its state, the whole chain walked on a worker thread.

use crate::desk::Desk;
use crate::errors::{blocking, Reply};
use pdp_core::audit::check::Status;
use tauri::State;

/// Whether the chain holds, or where it first breaks (`pdpdesk audit verify`).
#[tauri::command]
pub async fn audit_status(desk: State<'_, Desk>) -> Reply<Status> {
    let mut store = desk.job_store()?;
    blocking(move || store.audit_status()).await
}
