//! The key file of an encrypted data folder, `keyring.json`: the Argon2id parameters and salt the
//! passphrase is stretched with, and the data keys sealed under what it gives. Nothing in it is
//! secret without the passphrase. Written whole (a temporary file renamed), so a reader finds the
//! old keyring or the new one.

use super::{DataKey, KeyId, Progress};
use crate::{datadir, CoreError, Result};
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

/// File name of the keyring inside the data folder; its presence means "encrypted".
pub const KEYRING_FILE: &str = "keyring.json";

/// Argon2id's cost: 46 MiB and one pass (OWASP's first recommended setting), one lane.
const MEMORY_KIB: u32 = 46 * 1024;
const ITERATIONS: u32 = 1;
const LANES: u32 = 1;

#[derive(Serialize, Deserialize)]
pub(super) struct KeyringFile {
    pub format: u32,
    pub progress: Progress,
    pub kdf: Kdf,
    /// Sealed data keys, the current one last.
    pub keys: Vec<SealedKey>,
    /// Base64 of a tag over everything above under the passphrase's key (see [`tag`]): a keyring
    /// edited without the passphrase (its progress set to "decrypting", a key dropped) is refused.
    #[serde(default)]
    pub tag: String,
}

#[derive(Serialize, Deserialize, Clone)]
pub(super) struct Kdf {
    pub algorithm: String,
    pub memory_kib: u32,
    pub iterations: u32,
    pub lanes: u32,
    /// Base64 of 16 random bytes.
    pub salt: String,
}

#[derive(Serialize, Deserialize)]
pub(super) struct SealedKey {
    /// Hex of the key's 8-byte id (also written at the head of every file it seals).
    pub id: String,
    /// Base64 of the 24-byte nonce and the sealed 32-byte key.
    pub sealed: String,
}

pub(super) fn path(dir: &Path) -> PathBuf {
    dir.join(KEYRING_FILE)
}

fn bad(dir: &Path, message: impl Into<String>) -> CoreError {
    CoreError::File {
        path: path(dir),
        message: message.into(),
    }
}

/// Reads the keyring of `dir`; `None` when the folder is not encrypted.
pub(super) fn read(dir: &Path) -> Result<Option<KeyringFile>> {
    let bytes = match std::fs::read(path(dir)) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(bad(dir, format!("the keyring cannot be read: {e}"))),
    };
    let file: KeyringFile = serde_json::from_slice(&bytes)
        .map_err(|e| bad(dir, format!("the keyring is damaged: {e}")))?;
    let k = &file.kdf;
    let sane = k.memory_kib >= 8 * 1024
        && k.memory_kib <= 1024 * 1024
        && (1..=16).contains(&k.iterations)
        && (1..=16).contains(&k.lanes);
    if file.format != 1 || k.algorithm != "argon2id" || file.keys.is_empty() || !sane {
        return Err(bad(
            dir,
            "the keyring was written by another version of PDP Desk or is damaged",
        ));
    }
    Ok(Some(file))
}

fn write(dir: &Path, file: &KeyringFile) -> Result<()> {
    let bytes = serde_json::to_vec_pretty(file).map_err(|e| CoreError::Internal(e.to_string()))?;
    datadir::replace_private(&path(dir), &bytes)
        .map_err(|e| bad(dir, format!("the keyring cannot be written: {e}")))
}

pub(super) fn remove(dir: &Path) -> Result<()> {
    match std::fs::remove_file(path(dir)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(bad(dir, format!("the keyring cannot be removed: {e}")))
        }
        _ => Ok(()),
    }
}

/// Fresh parameters with a new salt.
pub(super) fn new_kdf() -> Result<Kdf> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| CoreError::Internal(e.to_string()))?;
    Ok(Kdf {
        algorithm: "argon2id".into(),
        memory_kib: MEMORY_KIB,
        iterations: ITERATIONS,
        lanes: LANES,
        salt: B64.encode(salt),
    })
}

/// The key that seals the data keys: Argon2id of the passphrase.
pub(super) fn stretch(passphrase: &str, kdf: &Kdf) -> Result<Zeroizing<[u8; 32]>> {
    let salt = B64
        .decode(&kdf.salt)
        .map_err(|_| CoreError::Internal("the keyring's salt is not base64".into()))?;
    let params = argon2::Params::new(kdf.memory_kib, kdf.iterations, kdf.lanes, Some(32))
        .map_err(|e| CoreError::Internal(format!("the keyring's parameters: {e}")))?;
    let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let mut out = Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(passphrase.as_bytes(), &salt, out.as_mut())
        .map_err(|e| CoreError::Internal(format!("the passphrase cannot be stretched: {e}")))?;
    Ok(out)
}

const SEAL_LABEL: &[u8] = b"pdpdesk keyring v1:";
const TAG_LABEL: &[u8] = b"pdpdesk keyring tag v1:";

/// The associated data a keyring's tag covers: its format, progress, parameters and keys.
fn tagged(file: &KeyringFile) -> Result<Vec<u8>> {
    let header = serde_json::to_vec(&(&file.format, &file.progress, &file.kdf, &file.keys))
        .map_err(|e| CoreError::Internal(e.to_string()))?;
    Ok([TAG_LABEL, &header].concat())
}

/// Writes `file` with a fresh tag under the passphrase's key `wrap`: an AEAD's tag over nothing,
/// with the keyring as associated data, after a random nonce.
pub(super) fn write_tagged(dir: &Path, file: &mut KeyringFile, wrap: &[u8; 32]) -> Result<()> {
    let mut nonce = [0u8; 24];
    getrandom::fill(&mut nonce).map_err(|e| CoreError::Internal(e.to_string()))?;
    let aad = tagged(file)?;
    let tag = XChaCha20Poly1305::new(wrap.into())
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: &[],
                aad: &aad,
            },
        )
        .map_err(|_| CoreError::Internal("the keyring cannot be tagged".into()))?;
    file.tag = B64.encode([nonce.as_slice(), &tag].concat());
    write(dir, file)
}

/// Whether `file`'s tag holds under `wrap`: nothing in it was changed without the passphrase.
pub(super) fn tag_holds(file: &KeyringFile, wrap: &[u8; 32]) -> Result<bool> {
    let Ok(bytes) = B64.decode(&file.tag) else {
        return Ok(false);
    };
    if bytes.len() < 24 {
        return Ok(false);
    }
    let (nonce, tag) = bytes.split_at(24);
    let aad = tagged(file)?;
    Ok(XChaCha20Poly1305::new(wrap.into())
        .decrypt(
            XNonce::from_slice(nonce),
            Payload {
                msg: tag,
                aad: &aad,
            },
        )
        .is_ok())
}

pub(super) fn seal_key(wrap: &[u8; 32], key: &DataKey) -> Result<SealedKey> {
    let mut nonce = [0u8; 24];
    getrandom::fill(&mut nonce).map_err(|e| CoreError::Internal(e.to_string()))?;
    let aad = [SEAL_LABEL, &key.id.0].concat();
    let sealed = XChaCha20Poly1305::new(wrap.into())
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: key.key.as_ref(),
                aad: &aad,
            },
        )
        .map_err(|_| CoreError::Internal("a data key cannot be sealed".into()))?;
    Ok(SealedKey {
        id: key.id.hex(),
        sealed: B64.encode([nonce.as_slice(), &sealed].concat()),
    })
}

/// Opens a sealed data key; `None` when the passphrase is not the one it was sealed under.
pub(super) fn open_key(wrap: &[u8; 32], sealed: &SealedKey) -> Result<Option<DataKey>> {
    let id = KeyId::from_hex(&sealed.id)
        .ok_or_else(|| CoreError::Internal("a key id in the keyring is not hex".into()))?;
    let bytes = B64
        .decode(&sealed.sealed)
        .map_err(|_| CoreError::Internal("a sealed key in the keyring is not base64".into()))?;
    if bytes.len() < 24 {
        return Err(CoreError::Internal(
            "a sealed key in the keyring is too short".into(),
        ));
    }
    let (nonce, body) = bytes.split_at(24);
    let aad = [SEAL_LABEL, &id.0].concat();
    let Ok(plain) = XChaCha20Poly1305::new(wrap.into()).decrypt(
        XNonce::from_slice(nonce),
        Payload {
            msg: body,
            aad: &aad,
        },
    ) else {
        return Ok(None);
    };
    let plain = Zeroizing::new(plain);
    let key: [u8; 32] = plain.as_slice().try_into().map_err(|_| {
        CoreError::Internal("a data key in the keyring has the wrong length".into())
    })?;
    Ok(Some(DataKey {
        id,
        key: Zeroizing::new(key),
    }))
}
