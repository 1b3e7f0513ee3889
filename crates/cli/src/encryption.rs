//! `pdpdesk encryption status|on|change|off`, and the passphrase of an encrypted data folder:
//! from `PDPDESK_PASSPHRASE`, else asked at the terminal (without echo). A new passphrase comes
//! from `PDPDESK_NEW_PASSPHRASE`, else is asked twice.

use crate::output::{self, Failure};
use clap::Subcommand;
use pdp_core::desk::encryption;
use pdp_core::{vault, CoreError, Result, Store};
use std::io::IsTerminal;
use std::path::Path;
use std::sync::OnceLock;

/// The variable the passphrase of an encrypted data folder is read from.
pub const PASSPHRASE_ENV: &str = "PDPDESK_PASSPHRASE";
/// The variable a new passphrase is read from (`encryption on`, `encryption change`).
pub const NEW_PASSPHRASE_ENV: &str = "PDPDESK_NEW_PASSPHRASE";

#[derive(Subcommand)]
pub enum EncryptionCommand {
    /// Whether the data folder is encrypted, and how many kept files are sealed.
    Status,
    /// Encrypt the database and the kept files (originals, letters) under a new passphrase.
    /// Forgetting it loses the register: nobody can open it without.
    On,
    /// A new passphrase: everything is re-encrypted under a new key.
    Change,
    /// Decrypt everything and remove the keyring (the current passphrase is asked again).
    Off,
}

/// The passphrase of the encrypted folder `dir`: asked once per run. Without the variable and a
/// terminal to ask at, the folder stays locked.
fn passphrase(dir: &Path) -> Result<String> {
    static GIVEN: OnceLock<String> = OnceLock::new();
    if let Some(p) = GIVEN.get() {
        return Ok(p.clone());
    }
    let p = match std::env::var(PASSPHRASE_ENV) {
        Ok(p) if !p.is_empty() => p,
        _ if std::io::stdin().is_terminal() => ask("Passphrase of the data folder: ")?,
        _ => {
            return Err(CoreError::Locked {
                path: dir.to_path_buf(),
            })
        }
    };
    Ok(GIVEN.get_or_init(|| p).clone())
}

fn ask(prompt: &str) -> Result<String> {
    rpassword::prompt_password(prompt).map_err(|e| CoreError::Internal(e.to_string()))
}

fn new_passphrase() -> Result<String> {
    if let Ok(p) = std::env::var(NEW_PASSPHRASE_ENV) {
        if !p.is_empty() {
            return Ok(p);
        }
    }
    if !std::io::stdin().is_terminal() {
        return Err(CoreError::invalid(
            "new_passphrase",
            "required",
            format!("no terminal to ask the new passphrase at: set {NEW_PASSPHRASE_ENV}"),
        ));
    }
    let first = ask("New passphrase: ")?;
    vault::check_new_passphrase(&first)?;
    if ask("The same again: ")? != first {
        return Err(CoreError::invalid(
            "new_passphrase",
            "mismatch",
            "the two passphrases typed differ; nothing was changed",
        ));
    }
    Ok(first)
}

/// Opens the store in `dir`, unlocking it first when it is encrypted.
pub fn open_store(dir: &Path) -> Result<Store> {
    if !vault::is_encrypted(dir) {
        return Store::open(dir);
    }
    let key = vault::unlock(dir, &passphrase(dir)?)?;
    Store::open_with(dir, key.as_ref())
}

/// The passphrase for the backup `file` being restored, when it is of an encrypted folder.
pub fn restore_passphrase(file: &Path) -> Result<String> {
    passphrase(file)
}

pub fn run(store: Store, cmd: EncryptionCommand, actor: &str, json: bool) -> Result<(), Failure> {
    let now = chrono::Utc::now();
    let store = match cmd {
        EncryptionCommand::Status => store,
        EncryptionCommand::On => {
            let new = new_passphrase()?;
            done(encryption::turn_on(store, &new, actor, now)?)?
        }
        EncryptionCommand::Change => {
            let current = passphrase(store.dir())?;
            let new = new_passphrase()?;
            done(encryption::change_passphrase(
                store, &current, &new, actor, now,
            )?)?
        }
        EncryptionCommand::Off => {
            let current = passphrase(store.dir())?;
            done(encryption::turn_off(store, &current, actor, now)?)?
        }
    };
    let status = encryption::status(&store)?;
    if json {
        output::json(&status);
        return Ok(());
    }
    output::fields(&[
        (
            "encrypted",
            if status.encrypted { "yes" } else { "no" }.into(),
        ),
        (
            "sealed files",
            format!("{} of {}", status.sealed_files, status.files),
        ),
    ]);
    Ok(())
}

fn done((store, made): encryption::Changed) -> Result<Store> {
    made.map(|()| store)
}
