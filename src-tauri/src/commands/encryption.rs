//! Encryption at rest in the window: unlocking an encrypted data folder at start (nothing else
//! is managed until then), and turning encryption on, a new passphrase, off (Settings). A change
//! re-encrypts the whole folder, so it runs on a worker thread while the window waits.

use crate::desk::{Desk, Gate};
use crate::errors::{blocking, Reply};
use chrono::Utc;
use pdp_core::desk::encryption::{self, EncryptionStatus, VaultState};
use pdp_core::vault;
use tauri::{AppHandle, Manager, State};

/// Whether the data folder is encrypted and unlocked.
#[tauri::command]
pub fn vault_status(app: AppHandle, gate: State<Gate>) -> VaultState {
    VaultState {
        encrypted: vault::is_encrypted(&gate.dir),
        unlocked: app.try_state::<Desk>().is_some(),
    }
}

/// Opens the encrypted data folder with its passphrase; a wrong one is `wrong_passphrase`.
#[tauri::command]
pub async fn vault_unlock(app: AppHandle, passphrase: String) -> Reply<VaultState> {
    if app.try_state::<Desk>().is_none() {
        let dir = app.state::<Gate>().dir.clone();
        let desk = blocking(move || {
            let keys = vault::unlock(&dir, &passphrase)?;
            Desk::open(&dir, keys)
        })
        .await?;
        app.manage(desk);
    }
    Ok(VaultState {
        encrypted: true,
        unlocked: true,
    })
}

/// Whether the folder is encrypted, and how many kept files are sealed.
#[tauri::command]
pub fn encryption_status(desk: State<Desk>) -> Reply<EncryptionStatus> {
    Ok(encryption::status(&desk.store())?)
}

/// Runs `change` on the window's store on a worker thread, and reports the folder after it.
async fn change(
    app: AppHandle,
    change: impl FnOnce(pdp_core::Store, &str) -> pdp_core::Result<encryption::Changed> + Send + 'static,
) -> Reply<EncryptionStatus> {
    blocking(move || {
        let desk = app.state::<Desk>();
        let actor = Desk::operator(&desk.store())?;
        desk.reopen(|store| change(store, &actor))?;
        let status = encryption::status(&desk.store());
        status
    })
    .await
}

/// Encrypts the folder under a new passphrase.
#[tauri::command]
pub async fn encryption_on(app: AppHandle, passphrase: String) -> Reply<EncryptionStatus> {
    change(app, move |store, actor| {
        encryption::turn_on(store, &passphrase, actor, Utc::now())
    })
    .await
}

/// A new passphrase (the current one checked): everything re-encrypted under a new key.
#[tauri::command]
pub async fn encryption_change(
    app: AppHandle,
    current: String,
    new: String,
) -> Reply<EncryptionStatus> {
    change(app, move |store, actor| {
        encryption::change_passphrase(store, &current, &new, actor, Utc::now())
    })
    .await
}

/// Decrypts the folder (the current passphrase asked again).
#[tauri::command]
pub async fn encryption_off(app: AppHandle, current: String) -> Reply<EncryptionStatus> {
    change(app, move |store, actor| {
        encryption::turn_off(store, &current, actor, Utc::now())
    })
    .await
}
