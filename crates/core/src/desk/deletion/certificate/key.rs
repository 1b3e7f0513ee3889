//! The office's own Ed25519 key that signs its deletion certificates: made at first use from the
//! OS random source, its 32-byte private seed kept in `certificate.key` in the data folder
//! (outside the database, 0600, written whole under a temporary name and linked into place),
//! never printed. Only its public half and that half's fingerprint leave this module.

use crate::fulfil::deletion::certificate::fingerprint;
use crate::{datadir, CoreError, Result, Store};
use ed25519_dalek::{SigningKey, VerifyingKey};
use serde::Serialize;
use std::path::{Path, PathBuf};
use ts_rs::TS;
use zeroize::Zeroize;

/// The key's file in the data folder.
pub const KEY_FILE: &str = "certificate.key";

/// The office's public key as Settings and `pdpdesk certificate key` show it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, rename = "CertificateKey")]
pub struct KeyInfo {
    /// SHA-256 of the public key in groups of four hex digits, as every certificate prints it.
    pub fingerprint: String,
    /// The 32-byte public key in hex.
    pub public_key: String,
    /// Where the private key is kept.
    pub file: String,
    /// Made by this call (first use).
    pub created: bool,
}

fn path(store: &Store) -> PathBuf {
    store.dir().join(KEY_FILE)
}

fn damaged(path: &Path, why: String) -> CoreError {
    CoreError::File {
        path: path.to_path_buf(),
        message: why,
    }
}

fn read(path: &Path) -> Result<Option<SigningKey>> {
    let mut bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(damaged(
                path,
                format!("the office's certificate key cannot be read: {e}"),
            ))
        }
    };
    let seed: Option<[u8; 32]> = bytes.as_slice().try_into().ok();
    bytes.zeroize();
    let Some(mut seed) = seed else {
        return Err(damaged(
            path,
            "the office's certificate key is damaged (not 32 bytes); restore it from a backup of the data folder".into(),
        ));
    };
    let key = SigningKey::from_bytes(&seed);
    seed.zeroize();
    Ok(Some(key))
}

/// The office's signing key, made now if it has none yet (`true` then).
pub(super) fn signing_key(store: &Store) -> Result<(SigningKey, bool)> {
    let path = path(store);
    if let Some(key) = read(&path)? {
        return Ok((key, false));
    }
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(|e| {
        damaged(
            &path,
            format!("no random numbers from the system for the certificate key: {e}"),
        )
    })?;
    let written = datadir::write_new_private(&path, &seed);
    seed.zeroize();
    written.map_err(|e| {
        damaged(
            &path,
            format!("the office's certificate key cannot be written: {e}"),
        )
    })?;
    // Another process may have made one first: theirs is the office's key.
    let key = read(&path)?
        .ok_or_else(|| damaged(&path, "the certificate key vanished after writing".into()))?;
    Ok((key, true))
}

/// The office's public key, if it has made one (nothing is made).
pub fn public_key(store: &Store) -> Result<Option<VerifyingKey>> {
    Ok(read(&path(store))?.map(|k| k.verifying_key()))
}

/// The hex of a public key.
pub fn hex(key: &VerifyingKey) -> String {
    key.as_bytes().iter().map(|b| format!("{b:02x}")).collect()
}

/// The office's public key and its fingerprint; the key is made at this first use.
pub fn key(store: &Store) -> Result<KeyInfo> {
    let (signing, created) = signing_key(store)?;
    let public = signing.verifying_key();
    Ok(KeyInfo {
        fingerprint: fingerprint(public.as_bytes()),
        public_key: hex(&public),
        file: path(store).display().to_string(),
        created,
    })
}
