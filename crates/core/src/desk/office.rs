//! The office's profile and letterhead logo as staff change them.

use crate::office::{check_logo, OfficeProfile, OfficeUpdate};
use crate::{CoreError, Result, Store};
use chrono::{DateTime, Utc};
use std::path::Path;

/// Applies a change to the office profile once every field of it is valid.
pub fn update(
    store: &mut Store,
    update: &OfficeUpdate,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<OfficeProfile> {
    let mut profile = store.office()?;
    update.apply_to(&mut profile)?;
    store.write_office(&profile, actor, now)?;
    store.office()
}

/// Sets the letterhead logo from PNG bytes.
pub fn set_logo(store: &mut Store, png: &[u8], actor: &str, now: DateTime<Utc>) -> Result<()> {
    check_logo(png)?;
    store.set_logo(png, actor, now)
}

/// Sets the letterhead logo from a PNG file; a refusal names the file.
pub fn set_logo_file(
    store: &mut Store,
    path: &Path,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let bytes = std::fs::read(path).map_err(|e| CoreError::File {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    set_logo(store, &bytes, actor, now).map_err(|e| match e {
        CoreError::Invalid { message, .. } => CoreError::File {
            path: path.to_path_buf(),
            message,
        },
        other => other,
    })
}
