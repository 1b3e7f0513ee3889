//! The deletion certificate (Berita Acara Penghapusan Data Pribadi): issuing it (the gates, then
//! numbered, printed, sealed and kept; it reads the plan's records again, so on a worker thread),
//! checking the kept one or any file staff pick against the register, saving a copy where staff
//! choose, and the office's key that signs it as Settings shows it.

use crate::desk::Desk;
use crate::errors::{blocking, Reply};
use chrono::Utc;
use pdp_core::desk::deletion::certificate::{self, Issued, KeyInfo, Verification};
use pdp_core::desk::letters::issued_pdf;
use pdp_core::language::Language;
use pdp_core::sources::ReadControl;
use std::path::{Path, PathBuf};
use tauri::State;

/// The public key's fingerprint (the one every certificate prints).
#[tauri::command]
pub fn certificate_key(desk: State<Desk>) -> Reply<KeyInfo> {
    Ok(certificate::key(&desk.store())?)
}

/// Issues the request's certificate; `checklist_open` is staff's word on why systems stay open.
#[tauri::command]
pub async fn certificate_issue(
    desk: State<'_, Desk>,
    id: String,
    lang: Language,
    checklist_open: Option<String>,
) -> Reply<Issued> {
    let mut store = desk.job_store()?;
    let actor = Desk::operator(&store)?;
    blocking(move || {
        let why = checklist_open.as_deref();
        certificate::issue(
            &mut store,
            &id,
            lang,
            why,
            &actor,
            &ReadControl::default(),
            Utc::now(),
        )
    })
    .await
}

/// An issued certificate as kept, checked: its seal, code and key, and the register since issue.
#[tauri::command]
pub async fn certificate_check(desk: State<'_, Desk>, number: String) -> Reply<Verification> {
    let store = desk.job_store()?;
    blocking(move || certificate::check_issued(&store, &number)).await
}

/// Any certificate file staff pick, checked (and compared with the register when it is ours).
#[tauri::command]
pub async fn certificate_verify(desk: State<'_, Desk>, path: String) -> Reply<Verification> {
    let store = desk.job_store()?;
    blocking(move || certificate::verify_file(Path::new(&path), Some(&store))).await
}

/// Writes a copy of an issued certificate's kept PDF to `out` (whole, or not at all).
#[tauri::command]
pub fn certificate_save(desk: State<Desk>, number: String, out: String) -> Reply<()> {
    let (_, bytes) = issued_pdf(&desk.store(), &number)?;
    Ok(certificate::save_copy(&PathBuf::from(out), &bytes)?)
}
