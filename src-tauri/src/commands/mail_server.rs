//! The office's mail server in Settings: the settings (the password only as set or not), saving
//! them (the password write-only: sealed by the core, never sent back), and a test message.

use crate::desk::Desk;
use crate::errors::{blocking, Reply};
use chrono::Utc;
use pdp_core::desk::mail_server::{self as desk, MailServer};
use pdp_core::smtp::SmtpSettings;
use tauri::State;

/// The office's mail server (the password only as set or not): whether codes and letters can be
/// e-mailed.
#[tauri::command]
pub fn mail_server_get(desk: State<Desk>) -> Reply<MailServer> {
    Ok(desk::mail_server(&desk.store())?)
}

/// Saves the settings. `password`: null keeps the one kept, "" removes it, any other text
/// replaces it. The extra certificate is read to check it, so on a worker thread.
#[tauri::command]
pub async fn mail_server_set(
    desk: State<'_, Desk>,
    settings: SmtpSettings,
    password: Option<String>,
) -> Reply<MailServer> {
    let mut store = desk.job_store()?;
    let actor = Desk::operator(&store)?;
    blocking(move || {
        let password = password.as_deref();
        desk::set_mail_server(&mut store, &settings, password, &actor, Utc::now())
    })
    .await
}

/// Sends a test message to `to` through the kept settings (up to 20 s: on a worker thread).
#[tauri::command]
pub async fn mail_server_test(desk: State<'_, Desk>, to: String) -> Reply<String> {
    let store = desk.job_store()?;
    blocking(move || desk::send_test(&store, &to)).await
}
