//! Encryption at rest, opt-in: one passphrase, stretched with Argon2id, opens the data keys kept
//! sealed in `keyring.json`. The current data key encrypts the database (through SQLCipher, under
//! a key derived from it) and seals the kept files (the evidence originals, the issued letters)
//! with XChaCha20-Poly1305. A changed passphrase brings a new data key: the database and every
//! file are re-encrypted under it (see `store::cipher`), the old key kept in the keyring only
//! until that is done.

mod keyring;

pub use keyring::KEYRING_FILE;

use crate::{CoreError, Result};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::Path;
use zeroize::Zeroizing;

/// The shortest passphrase accepted.
pub const MIN_PASSPHRASE: usize = 10;

/// How far an encryption change has come; anything but `Done` is finished on the next open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Progress {
    /// Everything is under the current (last) key.
    Done,
    /// The database and the files are being brought under the current key (turning encryption
    /// on, or a new passphrase); some may still be plain or under an older key.
    Encrypting,
    /// Encryption is being turned off: the database and files are being decrypted.
    Decrypting,
}

/// A data key's id: 8 random bytes, written at the head of every file it seals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyId(pub(crate) [u8; 8]);

impl KeyId {
    fn hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }

    fn from_hex(s: &str) -> Option<KeyId> {
        if s.len() != 16 || !s.is_ascii() {
            return None;
        }
        let mut out = [0u8; 8];
        for (i, byte) in out.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&s[i * 2..i * 2 + 2], 16).ok()?;
        }
        Some(KeyId(out))
    }
}

/// One data key (32 random bytes), wiped from memory when dropped.
#[derive(Clone)]
pub struct DataKey {
    id: KeyId,
    key: Zeroizing<[u8; 32]>,
}

impl DataKey {
    fn new() -> Result<DataKey> {
        let mut id = [0u8; 8];
        let mut key = Zeroizing::new([0u8; 32]);
        getrandom::fill(&mut id).map_err(|e| CoreError::Internal(e.to_string()))?;
        getrandom::fill(key.as_mut()).map_err(|e| CoreError::Internal(e.to_string()))?;
        Ok(DataKey { id: KeyId(id), key })
    }

    /// SQLCipher's raw key for the database (`x'…'`, 64 hex digits): derived from the data key,
    /// so the key that seals files is never the database's.
    pub fn database_key(&self) -> Zeroizing<String> {
        let mut h = Sha256::new();
        h.update(b"pdpdesk database key v1:");
        h.update(self.key.as_ref());
        let digest = h.finalize();
        let mut hex = String::with_capacity(67);
        hex.push_str("x'");
        for b in digest {
            hex.push_str(&format!("{b:02x}"));
        }
        hex.push('\'');
        Zeroizing::new(hex)
    }
}

/// The unlocked keys of an encrypted data folder.
#[derive(Clone)]
pub struct Vault {
    /// Oldest first; the last is current.
    keys: Vec<DataKey>,
    progress: Progress,
    /// The passphrase's key (Argon2id's output): the keyring is tagged under it when rewritten.
    wrap: Zeroizing<[u8; 32]>,
}

/// The head of a sealed file: magic, then the key's id.
const MAGIC: &[u8; 8] = b"PDPSEAL1";
const HEAD: usize = 8 + 8;
const NONCE: usize = 24;

impl Vault {
    /// The key new data is encrypted under.
    pub fn current(&self) -> &DataKey {
        self.keys.last().expect("a vault always holds a key")
    }

    /// Every key, the current one first (an interrupted change may have left data under an
    /// older one).
    pub fn keys_newest_first(&self) -> impl Iterator<Item = &DataKey> {
        self.keys.iter().rev()
    }

    pub fn progress(&self) -> Progress {
        self.progress
    }

    /// Seals `plain` under the current key: magic, key id, a random nonce, the ciphertext and
    /// its tag (the head is authenticated too).
    pub fn seal(&self, plain: &[u8]) -> Result<Vec<u8>> {
        let key = self.current();
        let mut out = Vec::with_capacity(HEAD + NONCE + plain.len() + 16);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&key.id.0);
        let mut nonce = [0u8; NONCE];
        getrandom::fill(&mut nonce).map_err(|e| CoreError::Internal(e.to_string()))?;
        let body = XChaCha20Poly1305::new(key.key.as_ref().into())
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: plain,
                    aad: &out[..HEAD],
                },
            )
            .map_err(|_| CoreError::Internal("a file cannot be sealed".into()))?;
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&body);
        Ok(out)
    }

    /// The plain bytes of a kept file: a sealed one opened with the key it names, a plain one
    /// as it is while encryption is being turned on or off (not yet converted). A sealed file that
    /// does not open (changed, or under a key this keyring does not hold) is an error naming
    /// `path`.
    pub fn open(&self, bytes: &[u8], path: &Path) -> Result<Vec<u8>> {
        let damaged = |why: &str| CoreError::File {
            path: path.to_path_buf(),
            message: why.into(),
        };
        let Some(id) = sealed_by(bytes) else {
            // Plain files are read only while encryption is being turned on or off.
            if self.progress == Progress::Done {
                return Err(damaged(
                    "the file is not encrypted although the data folder is: it was put there from outside PDP Desk",
                ));
            }
            return Ok(bytes.to_vec());
        };
        let key = self.keys.iter().find(|k| k.id == id).ok_or_else(|| {
            damaged("the file is encrypted under a key this data folder does not hold")
        })?;
        if bytes.len() < HEAD + NONCE {
            return Err(damaged("the encrypted file is cut short"));
        }
        let (head, rest) = bytes.split_at(HEAD);
        let (nonce, body) = rest.split_at(NONCE);
        XChaCha20Poly1305::new(key.key.as_ref().into())
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: body,
                    aad: head,
                },
            )
            .map_err(|_| damaged("the encrypted file was changed or is damaged"))
    }

    /// Whether `bytes` are sealed under the current key (nothing left to convert).
    pub fn is_current(&self, bytes: &[u8]) -> bool {
        sealed_by(bytes) == Some(self.current().id)
    }
}

/// The key id a sealed file names; `None` for a plain file.
pub fn sealed_by(bytes: &[u8]) -> Option<KeyId> {
    if bytes.len() < HEAD || &bytes[..8] != MAGIC {
        return None;
    }
    let mut id = [0u8; 8];
    id.copy_from_slice(&bytes[8..HEAD]);
    Some(KeyId(id))
}

/// Whether the data folder is encrypted (it holds a keyring).
pub fn is_encrypted(dir: &Path) -> bool {
    keyring::path(dir).exists()
}

/// How far an encryption change in `dir` has come; `None` when it is not encrypted.
pub fn progress(dir: &Path) -> Result<Option<Progress>> {
    Ok(keyring::read(dir)?.map(|k| k.progress))
}

/// Opens the keyring of `dir` with the passphrase. A wrong passphrase is
/// [`CoreError::WrongPassphrase`]; a folder that is not encrypted is `Ok(None)`.
pub fn unlock(dir: &Path, passphrase: &str) -> Result<Option<Vault>> {
    let Some(file) = keyring::read(dir)? else {
        return Ok(None);
    };
    let wrap = keyring::stretch(passphrase, &file.kdf)?;
    let mut keys = Vec::with_capacity(file.keys.len());
    for sealed in &file.keys {
        match keyring::open_key(&wrap, sealed)? {
            Some(key) => keys.push(key),
            None => return Err(CoreError::WrongPassphrase),
        }
    }
    if !keyring::tag_holds(&file, &wrap)? {
        return Err(changed_keyring(dir));
    }
    Ok(Some(Vault {
        keys,
        progress: file.progress,
        wrap,
    }))
}

fn changed_keyring(dir: &Path) -> CoreError {
    CoreError::File {
        path: dir.join(KEYRING_FILE),
        message: "the keyring was changed without the passphrase; nothing was read or written (restore the data folder from a backup)".into(),
    }
}

/// Checks a new passphrase: long enough, and not only spaces.
pub fn check_new_passphrase(passphrase: &str) -> Result<()> {
    if passphrase.trim().chars().count() < MIN_PASSPHRASE {
        return Err(CoreError::invalid(
            "passphrase",
            "too_short",
            format!("a passphrase needs at least {MIN_PASSPHRASE} characters"),
        ));
    }
    Ok(())
}

/// Starts turning encryption on, or a new passphrase: writes a keyring that holds a new data key
/// (current) after the keys of `old` (to read what is still under them), all sealed under the
/// new passphrase, marked [`Progress::Encrypting`]. The caller then converts and calls
/// [`finished`].
pub fn begin_encrypting(dir: &Path, old: Option<&Vault>, passphrase: &str) -> Result<Vault> {
    check_new_passphrase(passphrase)?;
    let kdf = keyring::new_kdf()?;
    let wrap = keyring::stretch(passphrase, &kdf)?;
    let mut keys: Vec<DataKey> = old.map(|v| v.keys.clone()).unwrap_or_default();
    keys.push(DataKey::new()?);
    let sealed = keys
        .iter()
        .map(|k| keyring::seal_key(&wrap, k))
        .collect::<Result<Vec<_>>>()?;
    keyring::write_tagged(
        dir,
        &mut keyring::KeyringFile {
            format: 1,
            progress: Progress::Encrypting,
            kdf,
            keys: sealed,
            tag: String::new(),
        },
        &wrap,
    )?;
    Ok(Vault {
        keys,
        progress: Progress::Encrypting,
        wrap,
    })
}

/// Starts turning encryption off: the keyring says so (the keys stay until the data is plain).
pub fn begin_decrypting(dir: &Path, vault: &Vault) -> Result<Vault> {
    let Some(mut file) = keyring::read(dir)? else {
        return Err(CoreError::invalid(
            "passphrase",
            "not_encrypted",
            "the data folder is not encrypted",
        ));
    };
    file.progress = Progress::Decrypting;
    keyring::write_tagged(dir, &mut file, &vault.wrap)?;
    let mut out = vault.clone();
    out.progress = Progress::Decrypting;
    Ok(out)
}

/// An encryption change is done: the keyring keeps only the current key (or, after decrypting,
/// goes).
pub fn finished(dir: &Path, vault: &mut Vault) -> Result<()> {
    match vault.progress {
        Progress::Decrypting => keyring::remove(dir),
        Progress::Done | Progress::Encrypting => {
            let Some(mut file) = keyring::read(dir)? else {
                return Ok(());
            };
            let current = vault.current().id.hex();
            file.keys.retain(|k| k.id == current);
            file.progress = Progress::Done;
            keyring::write_tagged(dir, &mut file, &vault.wrap)?;
            let last = vault.keys.len() - 1;
            vault.keys.drain(..last);
            vault.progress = Progress::Done;
            Ok(())
        }
    }
}

impl Vault {
    /// The vault as the folder's keyring says now, for a connection opened later with keys
    /// unlocked earlier (the window's): `None` once encryption was turned off elsewhere; the keys
    /// the keyring no longer holds dropped and its progress taken; [`CoreError::Locked`] when
    /// the keyring holds a key this vault lacks (a new passphrase given elsewhere).
    pub fn refreshed(&self, dir: &Path) -> Result<Option<Vault>> {
        let Some(file) = keyring::read(dir)? else {
            return Ok(None);
        };
        if !keyring::tag_holds(&file, &self.wrap)? {
            // Another passphrase's keyring (given elsewhere), or one changed without any.
            return Err(CoreError::Locked {
                path: dir.to_path_buf(),
            });
        }
        let mut keys = Vec::with_capacity(file.keys.len());
        for sealed in &file.keys {
            match self.keys.iter().find(|k| k.id.hex() == sealed.id) {
                Some(k) => keys.push(k.clone()),
                None => {
                    return Err(CoreError::Locked {
                        path: dir.to_path_buf(),
                    })
                }
            }
        }
        Ok(Some(Vault {
            keys,
            progress: file.progress,
            wrap: self.wrap.clone(),
        }))
    }
}

#[cfg(test)]
mod tests;
