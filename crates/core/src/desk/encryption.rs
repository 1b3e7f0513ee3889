//! Encryption at rest as staff use it: turn it on with a passphrase, change the passphrase (the
//! data re-encrypted under a new key), turn it off; and whether the data folder is encrypted.
//! Each change needs the register to itself: the store passed in is closed for it and the one
//! given back is opened under the new keys, with the change in the audit chain.

use crate::audit::Action;
use crate::store::cipher;
use crate::vault::{self, Vault};
use crate::{CoreError, Result, Store};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// Whether a data folder is encrypted, for Settings and `pdpdesk encryption status`.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct EncryptionStatus {
    pub encrypted: bool,
    /// The kept files (originals, issued letters) and how many of them are sealed.
    pub files: u32,
    pub sealed_files: u32,
    /// The shortest passphrase accepted.
    pub min_passphrase: u32,
}

/// Whether the window's data folder is encrypted and, if so, unlocked yet (the window asks for
/// the passphrase before anything else while it is not).
#[derive(Debug, Clone, Copy, Serialize, TS)]
#[ts(export)]
pub struct VaultState {
    pub encrypted: bool,
    pub unlocked: bool,
}

/// The encryption of the data folder `store` lives in.
pub fn status(store: &Store) -> Result<EncryptionStatus> {
    let files = cipher::kept_files(store.dir());
    let sealed = files
        .iter()
        .filter(|f| {
            let mut head = [0u8; 16];
            std::fs::File::open(f)
                .and_then(|mut file| std::io::Read::read_exact(&mut file, &mut head))
                .is_ok_and(|()| vault::sealed_by(&head).is_some())
        })
        .count();
    Ok(EncryptionStatus {
        encrypted: store.vault().is_some(),
        files: files.len() as u32,
        sealed_files: sealed as u32,
        min_passphrase: vault::MIN_PASSPHRASE as u32,
    })
}

/// Closes `store`, runs `change` on its folder and opens it again under the vault it gives
/// (`None` once plain); the change is logged as `action`. When the change fails the folder is
/// opened again as it was.
fn rerun(
    store: Store,
    change: impl FnOnce(&Path, Option<&Vault>) -> Result<Option<Vault>>,
    action: Action,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<(Store, Result<()>)> {
    let dir: PathBuf = store.dir().to_path_buf();
    let old = store.vault().cloned();
    drop(store);
    match change(&dir, old.as_ref()) {
        Ok(vault) => {
            let mut store = Store::open_with(&dir, vault.as_ref())?;
            let files = cipher::kept_files(&dir).len().to_string();
            store.log_office(action, actor, now, &[&files])?;
            Ok((store, Ok(())))
        }
        Err(e) => Ok((Store::open_with(&dir, old.as_ref())?, Err(e))),
    }
}

/// What an encryption change gives back: the store open again (under the new keys when the
/// change was made, as before when it failed), and whether it was made.
pub type Changed = (Store, Result<()>);

/// Turns encryption on under `passphrase`: the database and every kept file are encrypted.
pub fn turn_on(store: Store, passphrase: &str, actor: &str, now: DateTime<Utc>) -> Result<Changed> {
    if store.vault().is_some() {
        return Ok((
            store,
            Err(CoreError::invalid(
                "passphrase",
                "already_encrypted",
                "the data folder is encrypted already; change its passphrase instead",
            )),
        ));
    }
    if let Err(e) = vault::check_new_passphrase(passphrase) {
        return Ok((store, Err(e)));
    }
    rerun(
        store,
        |dir, _| cipher::change(dir, || vault::begin_encrypting(dir, None, passphrase)).map(Some),
        Action::EncryptionOn,
        actor,
        now,
    )
}

/// A new passphrase: checked against the current one, then everything re-encrypted under a new
/// data key sealed under the new passphrase.
pub fn change_passphrase(
    store: Store,
    current: &str,
    new: &str,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Changed> {
    if let Err(e) = check_current(&store, current).and_then(|()| vault::check_new_passphrase(new)) {
        return Ok((store, Err(e)));
    }
    rerun(
        store,
        |dir, old| cipher::change(dir, || vault::begin_encrypting(dir, old, new)).map(Some),
        Action::EncryptionRekeyed,
        actor,
        now,
    )
}

/// Turns encryption off (the passphrase asked again): the database and every file decrypted,
/// the keyring removed.
pub fn turn_off(store: Store, current: &str, actor: &str, now: DateTime<Utc>) -> Result<Changed> {
    if let Err(e) = check_current(&store, current) {
        return Ok((store, Err(e)));
    }
    rerun(
        store,
        |dir, old| {
            let old = old.expect("checked encrypted");
            cipher::change(dir, || vault::begin_decrypting(dir, old)).map(|_| None)
        },
        Action::EncryptionOff,
        actor,
        now,
    )
}

/// The passphrase given must open the folder's keyring.
fn check_current(store: &Store, passphrase: &str) -> Result<()> {
    if store.vault().is_none() {
        return Err(CoreError::invalid(
            "passphrase",
            "not_encrypted",
            "the data folder is not encrypted",
        ));
    }
    vault::unlock(store.dir(), passphrase).map(|_| ())
}

#[cfg(test)]
#[path = "encryption_tests.rs"]
mod tests;
