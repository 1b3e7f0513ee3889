//! Local export redaction: redacted copies of the office's exports as the request's plan says,
//! searched again for the subject, the originals replaced only when staff ask and nothing is left
//! (on a worker thread with its own connection, telling the window how far the reading got), and
//! the request's runs with every file's SHA-256 before and after.

use crate::desk::Desk;
use crate::errors::Reply;
use crate::progress::with_progress;
use chrono::Utc;
use pdp_core::desk::deletion::{self, RedactOrder, RedactReport};
use pdp_core::store::redactions::Redaction;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use tauri::{AppHandle, State};

/// Writes the redacted copies into `out` (outside every source folder); `replace` replaces each
/// original export with its copy when the re-search finds nothing the plan does not explain.
#[tauri::command]
pub async fn redact_run(
    desk: State<'_, Desk>,
    app: AppHandle,
    id: String,
    out: String,
    replace: bool,
) -> Reply<RedactReport> {
    let mut store = desk.job_store()?;
    let actor = Desk::operator(&store)?;
    let order = RedactOrder {
        out_dir: PathBuf::from(out),
        replace,
        actor,
    };
    with_progress(
        &desk.redact_cancel,
        app,
        "redact-progress",
        move |control| deletion::redact(&mut store, &id, &order, control, Utc::now()),
    )
    .await
}

/// Stops the redaction that is running (no half-written copy is left under its name).
#[tauri::command]
pub fn redact_cancel(desk: State<Desk>) {
    desk.redact_cancel.store(true, Ordering::Relaxed);
}

/// The request's redaction runs, oldest first.
#[tauri::command]
pub fn redaction_list(desk: State<Desk>, id: String) -> Reply<Vec<Redaction>> {
    Ok(desk.store().redactions(&id)?)
}
