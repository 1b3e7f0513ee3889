//! The bundle's work: a passcode drawn, the private work folder (and a dead process's swept),
//! the cleanup on failure, the finished ZIP's SHA-256.

use crate::{CoreError, Result};
use std::path::{Path, PathBuf};

/// A passcode of four groups of four letters and digits that cannot be misread (no 0/O, 1/I/L).
pub(super) fn draw_passcode() -> Result<String> {
    const ABC: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)
        .map_err(|e| CoreError::Internal(format!("no random numbers from the system: {e}")))?;
    let chars: Vec<char> = bytes
        .iter()
        .map(|b| ABC[usize::from(*b) % ABC.len()] as char)
        .collect();
    Ok(chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-"))
}

/// Removes work folders of bundles whose process no longer runs.
pub(super) fn sweep_work(root: &Path) {
    let Ok(entries) = std::fs::read_dir(root) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let pid = name
            .strip_prefix("bundle.")
            .and_then(|rest| rest.split('.').next())
            .and_then(|p| p.parse::<u32>().ok());
        if let Some(pid) = pid {
            if pid != std::process::id() && !crate::datadir::process_runs(pid) {
                let _ = std::fs::remove_dir_all(e.path());
            }
        }
    }
}

/// Removes the work folder and a temporary ZIP left by a failure.
pub(super) struct Cleanup {
    pub(super) work: PathBuf,
    pub(super) tmp: PathBuf,
}

impl Drop for Cleanup {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.work);
        let _ = std::fs::remove_file(&self.tmp);
    }
}

/// The SHA-256 and size of a file, read in chunks.
pub(super) fn file_sha256(path: &Path) -> Result<(String, u64)> {
    let fail = |e: std::io::Error| CoreError::File {
        path: path.to_path_buf(),
        message: format!("the bundle cannot be read back: {e}"),
    };
    let f = std::fs::File::open(path).map_err(fail)?;
    crate::fulfil::bundle::digest::copy_hashed(f, std::io::sink()).map_err(fail)
}
