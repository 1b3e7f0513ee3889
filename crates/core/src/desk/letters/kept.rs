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

/// Where plain copies of encrypted letters are put for the PDF viewer.
const VIEWABLE: &str = ".open";

/// The file a PDF viewer is given for an issued letter (checked unchanged first): the kept one,
/// or, when the folder is encrypted, a plain copy under `<data>/.open/` (0600 in a 0700 folder,
/// left out of backups) that [`clear_viewable`] removes when the window next starts.
pub fn viewable(store: &Store, number: &str) -> Result<PathBuf> {
    let (letter, bytes) = issued_pdf(store, number)?;
    let kept = store.dir().join(letter.file.unwrap_or_default());
    if store.vault().is_none() {
        return Ok(kept);
    }
    let dir = store.dir().join(VIEWABLE);
    let fail = |path: &std::path::Path, e: std::io::Error| CoreError::File {
        path: path.to_path_buf(),
        message: format!("the letter cannot be put out for the viewer: {e}"),
    };
    std::fs::create_dir_all(&dir).map_err(|e| fail(&dir, e))?;
    crate::datadir::restrict(&dir, 0o700).map_err(|e| fail(&dir, e))?;
    let copy = dir.join(kept.file_name().unwrap_or_default());
    crate::datadir::replace_private(&copy, &bytes).map_err(|e| fail(&copy, e))?;
    Ok(copy)
}

/// Removes the plain copies [`viewable`] put out.
pub fn clear_viewable(dir: &std::path::Path) {
    let _ = std::fs::remove_dir_all(dir.join(VIEWABLE));
}
