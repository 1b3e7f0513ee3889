//! Where an issued letter's PDF is kept (`DATA/letters/<request>/<number>-<kind>-<lang>.pdf`,
//! 0600 in a 0700 folder, written whole, sealed when the folder is encrypted), and reading it
//! back unchanged.

use super::lang_code;
use crate::letters::IssuedLetter;
use crate::{CoreError, Result, Store};
use sha2::{Digest, Sha256};
use std::path::PathBuf;

/// Writes an issued letter's PDF beside the request's other letters; returns its path relative
/// to the data folder.
pub(crate) fn keep(
    store: &Store,
    request_id: &str,
    letter: &IssuedLetter,
    bytes: &[u8],
) -> Result<String> {
    let folder = PathBuf::from("letters").join(request_id);
    let dir = store.dir().join(&folder);
    std::fs::create_dir_all(&dir).map_err(|e| CoreError::File {
        path: dir.clone(),
        message: format!("the letters folder cannot be made: {e}"),
    })?;
    let _ = crate::datadir::restrict(&dir, 0o700);
    crate::datadir::sweep_temporaries(&dir);
    let safe: String = letter
        .number
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let name = format!("{safe}-{}-{}.pdf", letter.kind, lang_code(letter.language));
    let path = dir.join(&name);
    store.keep_new_file(&path, bytes)?;
    Ok(folder.join(name).to_string_lossy().into_owned())
}

/// An issued letter and its PDF as kept. A PDF changed since it was issued is refused.
pub fn issued_pdf(store: &Store, number: &str) -> Result<(IssuedLetter, Vec<u8>)> {
    let letter = store.letter_numbered(number)?;
    let Some(file) = &letter.file else {
        return Err(CoreError::invalid(
            "number",
            "void",
            format!(
                "the letter {} was numbered but not printed: {}",
                letter.number,
                letter.void_reason.clone().unwrap_or_default()
            ),
        ));
    };
    let path = store.dir().join(file);
    let bytes = store.read_kept(&path)?;
    if letter.sha256.as_deref() != Some(&format!("{:x}", Sha256::digest(&bytes))) {
        return Err(CoreError::File {
            path,
            message: "the issued letter's PDF was changed after it was issued".into(),
        });
    }
    Ok((letter, bytes))
}
