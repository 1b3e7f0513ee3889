//! The office's own records in Settings: the retention of closed requests and the purge after
//! it, and the backup of the whole data folder to one file. Both touch every request or every
//! file, so they run on a worker thread with their own connection.

use crate::desk::Desk;
use crate::errors::{blocking, Reply};
use chrono::Utc;
use pdp_core::desk::backup::{self, BackupMade};
use pdp_core::desk::purge::{self, PurgePlan, PurgeReport};
use pdp_core::desk::restore::{self, Restored};
use std::path::{Path, PathBuf};
use tauri::{AppHandle, Manager, State};

/// What a purge would do now, under the office's retention (`pdpdesk purge --dry-run`).
#[tauri::command]
pub async fn purge_plan(desk: State<'_, Desk>) -> Reply<PurgePlan> {
    let store = desk.job_store()?;
    blocking(move || purge::plan(&store, Utc::now())).await
}

/// Sets the retention (months) and returns the plan under it.
#[tauri::command]
pub async fn retention_set(desk: State<'_, Desk>, months: u32) -> Reply<PurgePlan> {
    let mut store = desk.job_store()?;
    let actor = Desk::operator(&store)?;
    blocking(move || {
        purge::set_retention_months(&mut store, months, &actor, Utc::now())?;
        purge::plan(&store, Utc::now())
    })
    .await
}

/// Purges every request past the retention (`pdpdesk purge`).
#[tauri::command]
pub async fn purge_run(desk: State<'_, Desk>) -> Reply<PurgeReport> {
    let mut store = desk.job_store()?;
    let actor = Desk::operator(&store)?;
    blocking(move || purge::run(&mut store, &actor, Utc::now())).await
}

/// Backs the data folder up to `out` (`pdpdesk backup --out`).
#[tauri::command]
pub async fn backup_make(desk: State<'_, Desk>, out: String) -> Reply<BackupMade> {
    let mut store = desk.job_store()?;
    let actor = Desk::operator(&store)?;
    blocking(move || backup::backup(&mut store, &PathBuf::from(out.trim()), &actor, Utc::now()))
        .await
}

/// Restores the backup `file` into `into`, a new or empty folder (`pdpdesk restore`): every
/// file checked, the restored register opened and its chain walked. `passphrase` is asked for
/// (`locked`) when the backup is of an encrypted folder.
#[tauri::command]
pub async fn backup_restore(
    file: String,
    into: String,
    passphrase: Option<String>,
) -> Reply<Restored> {
    blocking(move || {
        let given = || {
            passphrase.ok_or_else(|| pdp_core::CoreError::Locked {
                path: PathBuf::from(&file),
            })
        };
        restore::restore(Path::new(file.trim()), Path::new(into.trim()), given)
    })
    .await
}

/// Restores the backup `file` over this window's brand-new data folder (a first start on a new
/// PC) and opens it here.
#[tauri::command]
pub async fn backup_restore_here(
    app: AppHandle,
    file: String,
    passphrase: Option<String>,
) -> Reply<Restored> {
    blocking(move || {
        let desk = app.state::<Desk>();
        desk.reopen(|store| {
            restore::restore_fresh(store, Path::new(file.trim()), passphrase.as_deref())
        })
    })
    .await
}
