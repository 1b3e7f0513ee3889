//! Handing the subject their data: what a bundle would hold, making the portability ZIP or the
//! access pack (on a worker thread with its own connection, telling the window how far the
//! records are read), the delivery record of those made, and the folder one was written to
//! opened in the file manager.

use crate::desk::Desk;
use crate::errors::{blocking, Reply};
use crate::progress::with_progress;
use chrono::Utc;
use pdp_core::desk::fulfil::{self, AccessPackMade, BundleMade, BundlePreview, Protection};
use pdp_core::sources::ReadControl;
use pdp_core::store::bundles::BundleRecord;
use pdp_core::CoreError;
use std::path::Path;
use std::sync::atomic::Ordering;
use tauri::{AppHandle, State};

fn protection(passcode: Option<String>, new_passcode: bool) -> Protection {
    match (passcode, new_passcode) {
        (Some(p), _) => Protection::Passcode(p),
        (None, true) => Protection::NewPasscode,
        (None, false) => Protection::None,
    }
}

/// What a bundle of the request would hold now: the gate first, then the confirmed records
/// read again (seconds on a workbook).
#[tauri::command]
pub async fn bundle_preview(desk: State<'_, Desk>, id: String) -> Reply<BundlePreview> {
    let store = desk.job_store()?;
    blocking(move || fulfil::preview(&store, &id, &ReadControl::default(), Utc::now())).await
}

/// Makes the portability ZIP at `out`; `passcode`, or `new_passcode` for one drawn and shown once.
#[tauri::command]
pub async fn make_bundle(
    desk: State<'_, Desk>,
    app: AppHandle,
    id: String,
    out: String,
    passcode: Option<String>,
    new_passcode: bool,
) -> Reply<BundleMade> {
    let mut store = desk.job_store()?;
    let actor = Desk::operator(&store)?;
    let protection = protection(passcode, new_passcode);
    with_progress(
        &desk.bundle_cancel,
        app,
        "bundle-progress",
        move |control| {
            let out = Path::new(&out);
            fulfil::make_bundle(
                &mut store,
                &id,
                out,
                &protection,
                &actor,
                control,
                Utc::now(),
            )
        },
    )
    .await
}

/// Makes the access pack at `out`: the bundle plus the processing record of its files.
#[tauri::command]
pub async fn make_access_pack(
    desk: State<'_, Desk>,
    app: AppHandle,
    id: String,
    out: String,
    passcode: Option<String>,
    new_passcode: bool,
) -> Reply<AccessPackMade> {
    let mut store = desk.job_store()?;
    let actor = Desk::operator(&store)?;
    let protection = protection(passcode, new_passcode);
    with_progress(
        &desk.bundle_cancel,
        app,
        "bundle-progress",
        move |control| {
            let out = Path::new(&out);
            fulfil::make_access_pack(
                &mut store,
                &id,
                out,
                &protection,
                &actor,
                control,
                Utc::now(),
            )
        },
    )
    .await
}

/// Stops the bundle being written.
#[tauri::command]
pub fn bundle_cancel(desk: State<Desk>) {
    desk.bundle_cancel.store(true, Ordering::Relaxed);
}

/// The delivery record: every bundle and access pack made for the request, newest first.
#[tauri::command]
pub fn bundle_list(desk: State<Desk>, id: String) -> Reply<Vec<BundleRecord>> {
    Ok(desk.store().bundles(&id)?)
}

/// Opens the folder holding the bundle just written in the system's file manager.
#[tauri::command]
pub fn bundle_open_folder(path: String) -> Reply<()> {
    let file = Path::new(&path);
    let folder = file
        .parent()
        .filter(|_| file.is_file())
        .ok_or_else(|| CoreError::File {
            path: file.to_path_buf(),
            message: "the bundle is no longer there (moved or deleted)".into(),
        })?;
    crate::opener::open(folder).map_err(|e| CoreError::File {
        path: folder.to_path_buf(),
        message: format!("no file manager could be started: {e}"),
    })?;
    Ok(())
}
