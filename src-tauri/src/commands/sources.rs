use crate::desk::Desk;
use crate::errors::{blocking, Reply};
use chrono::Utc;
use pdp_core::desk::refresh::{refresh, FileOutcome, Progress};
use pdp_core::sources::added::Source;
use pdp_core::sources::ReadControl;
use pdp_core::vocabulary::FieldRole;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use tauri::{AppHandle, Emitter, State};

/// Progress of a long read, sent to the window as the `source-progress` event.
#[derive(Clone, Serialize)]
struct ReadProgress {
    #[serde(flatten)]
    progress: Progress,
    bytes: u64,
    records: u64,
}

/// Reads the changed files of `only` (or of every source) on a worker thread, with a second
/// connection, emitting progress; `source_cancel` stops it.
async fn read_changed(
    desk: &Desk,
    app: AppHandle,
    only: Option<PathBuf>,
) -> Reply<Vec<FileOutcome>> {
    let mut store = desk.job_store()?;
    desk.cancel.store(false, Ordering::Relaxed);
    let control = ReadControl {
        cancel: desk.cancel.clone(),
        ..ReadControl::default()
    };
    blocking(move || {
        let (bytes, records) = (control.bytes.clone(), control.records.clone());
        let mut progress = |p: &Progress| {
            let _ = app.emit(
                "source-progress",
                ReadProgress {
                    progress: p.clone(),
                    bytes: bytes.load(Ordering::Relaxed),
                    records: records.load(Ordering::Relaxed),
                },
            );
        };
        refresh(
            &mut store,
            only.as_deref(),
            &control,
            &mut progress,
            Utc::now(),
        )
    })
    .await
}

#[tauri::command]
pub fn source_list(desk: State<Desk>) -> Reply<Vec<Source>> {
    Ok(desk.store().sources()?)
}

/// Adds files or folders and reads them.
#[tauri::command]
pub async fn source_add(
    desk: State<'_, Desk>,
    app: AppHandle,
    paths: Vec<String>,
) -> Reply<Vec<FileOutcome>> {
    let mut outcomes = Vec::new();
    for p in paths {
        let source = {
            let mut store = desk.store();
            let actor = Desk::operator(&store)?;
            store.add_source(Path::new(&p), &actor, Utc::now())?
        };
        outcomes.extend(read_changed(&desk, app.clone(), Some(PathBuf::from(source.path))).await?);
    }
    Ok(outcomes)
}

/// Reads every source that changed.
#[tauri::command]
pub async fn source_index(desk: State<'_, Desk>, app: AppHandle) -> Reply<Vec<FileOutcome>> {
    read_changed(&desk, app, None).await
}

#[tauri::command]
pub fn source_cancel(desk: State<Desk>) {
    desk.cancel.store(true, Ordering::Relaxed);
}

#[tauri::command]
pub fn source_remove(desk: State<Desk>, path: String) -> Reply<Source> {
    let mut store = desk.store();
    let actor = Desk::operator(&store)?;
    Ok(store.remove_source(Path::new(&path), &actor, Utc::now())?)
}

/// Gives an unknown layout's columns their roles, then reads that source again.
#[tauri::command]
pub async fn source_map(
    desk: State<'_, Desk>,
    app: AppHandle,
    file: String,
    roles: Vec<FieldRole>,
) -> Reply<Vec<FileOutcome>> {
    let source = {
        let mut store = desk.store();
        let actor = Desk::operator(&store)?;
        store.set_mapping(Path::new(&file), &roles, &actor, Utc::now())?;
        store.source_of_file(Path::new(&file))?.0
    };
    read_changed(&desk, app, Some(PathBuf::from(source.path))).await
}
