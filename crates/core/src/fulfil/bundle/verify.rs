//! Checking a bundle against its manifest: every file listed is there with its size and SHA-256;
//! the first that differs is named. An encrypted bundle needs its passcode.

use super::manifest::Manifest;
use crate::{CoreError, Result};
use std::io::Read;
use std::path::Path;

fn open_entry<'a, R: Read + std::io::Seek>(
    zip: &'a mut zip::ZipArchive<R>,
    name: &str,
    passcode: Option<&str>,
    path: &Path,
) -> Result<zip::read::ZipFile<'a, R>> {
    let bad = |why: String| CoreError::File {
        path: path.to_path_buf(),
        message: why,
    };
    let entry = match passcode {
        Some(p) => zip.by_name_decrypt(name, p.as_bytes()),
        None => zip.by_name(name),
    };
    entry.map_err(|e| match e {
        zip::result::ZipError::FileNotFound => bad(format!(
            "{name} is listed in the manifest but not in the bundle"
        )),
        zip::result::ZipError::InvalidPassword => bad("the passcode is wrong".into()),
        other if other.to_string().contains("assword") => {
            bad("the bundle is encrypted: give its passcode (--passcode)".into())
        }
        other => bad(format!("{name} cannot be read: {other}")),
    })
}

/// Checks every file of the bundle at `path`; returns its manifest when all agree.
pub fn verify(path: &Path, passcode: Option<&str>) -> Result<Manifest> {
    let file = std::fs::File::open(path).map_err(|e| CoreError::File {
        path: path.to_path_buf(),
        message: format!("cannot be opened: {e}"),
    })?;
    let mut zip =
        zip::ZipArchive::new(std::io::BufReader::new(file)).map_err(|e| CoreError::File {
            path: path.to_path_buf(),
            message: format!("not a ZIP file: {e}"),
        })?;
    let manifest: Manifest = {
        let mut text = String::new();
        open_entry(&mut zip, "manifest.json", passcode, path)?
            .read_to_string(&mut text)
            .map_err(|e| CoreError::File {
                path: path.to_path_buf(),
                message: format!("manifest.json cannot be read: {e}"),
            })?;
        serde_json::from_str(&text).map_err(|e| CoreError::File {
            path: path.to_path_buf(),
            message: format!("manifest.json is not a PDP Desk manifest: {e}"),
        })?
    };
    for f in &manifest.files {
        let entry = open_entry(&mut zip, &f.path, passcode, path)?;
        let (sha256, bytes) =
            super::digest::copy_hashed(entry, std::io::sink()).map_err(|e| CoreError::File {
                path: path.to_path_buf(),
                message: format!("{} is damaged: {e}", f.path),
            })?;
        if bytes != f.bytes || sha256 != f.sha256 {
            return Err(CoreError::File {
                path: path.to_path_buf(),
                message: format!(
                    "{} differs from the manifest: it was changed after the bundle was made",
                    f.path
                ),
            });
        }
    }
    Ok(manifest)
}
