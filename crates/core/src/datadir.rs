//! Where PDP Desk keeps its data: the platform's app-data directory unless `--data-dir` or
//! `PDPDESK_DATA_DIR` says otherwise. The directory is private to the user (0700).

use crate::{CoreError, Result};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Environment variable that overrides the data directory (tests always set it).
pub const DATA_DIR_ENV: &str = "PDPDESK_DATA_DIR";
/// Folder name under the platform's app-data directory.
pub const APP_FOLDER: &str = "pdp-desk";

/// The data directory to use: the explicit flag first, then the environment, then the platform default.
pub fn resolve(flag: Option<&Path>) -> Result<PathBuf> {
    if let Some(dir) = flag {
        return Ok(dir.to_path_buf());
    }
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    dirs::data_dir()
        .map(|d| d.join(APP_FOLDER))
        .ok_or_else(|| CoreError::DataDir {
            path: PathBuf::from("~"),
            source: std::io::Error::new(
                std::io::ErrorKind::NotFound,
                format!("no platform data directory; set {DATA_DIR_ENV} or pass --data-dir"),
            ),
        })
}

/// Creates the directory if needed and makes it private (0700 on Unix).
pub fn prepare(dir: &Path) -> Result<()> {
    let fail = |source| CoreError::DataDir {
        path: dir.to_path_buf(),
        source,
    };
    std::fs::create_dir_all(dir).map_err(fail)?;
    restrict(dir, 0o700).map_err(fail)?;
    // Creating the directory is not enough: prove we can write into it before touching the database.
    // The probe is this call's own: another process, or another thread of this one opening the
    // store at the same moment (the window's worker jobs), removes only its own.
    static PROBES: AtomicU64 = AtomicU64::new(0);
    let n = PROBES.fetch_add(1, Ordering::Relaxed);
    let probe = dir.join(format!(".write-test-{n}.{}.tmp", std::process::id()));
    std::fs::write(&probe, b"").map_err(fail)?;
    std::fs::remove_file(&probe).map_err(fail)?;
    Ok(())
}

/// Writes `bytes` to a private (0600) temporary file beside `path`, for the caller to put in
/// place; the temporary is removed when that fails.
fn place_private(
    path: &Path,
    bytes: &[u8],
    put: impl FnOnce(&Path) -> std::io::Result<()>,
) -> std::io::Result<()> {
    use std::io::Write;
    // Two threads of one process may write the same file: each call has its own temporary.
    static CALLS: AtomicU64 = AtomicU64::new(0);
    let n = CALLS.fetch_add(1, Ordering::Relaxed);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}-{n}.{}.tmp", std::process::id()));
    let _ = std::fs::remove_file(&tmp);
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    // On the disk before it takes the name, and the name on the disk after: a power cut leaves
    // the old file or the new one, never an empty one.
    let placed = opts
        .open(&tmp)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()))
        .and_then(|()| put(&tmp))
        .and_then(|()| sync_folder(path));
    let _ = std::fs::remove_file(&tmp);
    placed
}

/// Flushes the folder holding `path` (its entries), where the platform allows.
pub(crate) fn sync_folder(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::File::open(parent)?.sync_all()?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Writes `bytes` to a new file at `path`, private (0600) from its first byte and whole: under a
/// temporary name first, then linked into place, so nobody ever reads half of it. When `path`
/// already exists (another process was first) it is left as it is.
pub fn write_new_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    place_private(path, bytes, |tmp| match std::fs::hard_link(tmp, path) {
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        other => other,
    })?;
    restrict(path, 0o600)
}

/// Writes `bytes` to `path` in place of what it held, private (0600) and whole: under a temporary
/// name first, then renamed over it, so a reader sees the old file or the new one, never half.
pub fn replace_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    place_private(path, bytes, |tmp| std::fs::rename(tmp, path))
}

/// How old a temporary file must be to count as left behind, whoever's it is.
pub(crate) const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(60);

/// Removes the temporary files (`.<name>.<pid>.tmp`, see [`write_new_private`] and [`prepare`])
/// that a process killed mid-write left in `dir`: those of a process that no longer runs, and any
/// older than a minute. A folder that cannot be read is left as it is.
pub fn sweep_temporaries(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let Some(pid) = temporary_pid(&entry.file_name().to_string_lossy()) else {
            continue;
        };
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > STALE_AFTER);
        if old || !process_runs(pid) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The process id in a temporary file's name `.<name>.<pid>.tmp`.
fn temporary_pid(name: &str) -> Option<u32> {
    let (_, pid) = name
        .strip_prefix('.')?
        .strip_suffix(".tmp")?
        .rsplit_once('.')?;
    pid.parse().ok()
}

/// Whether a process with this id runs. Where there is no `/proc` it cannot be told, and only a
/// temporary file's age counts.
pub(crate) fn process_runs(pid: u32) -> bool {
    let proc = Path::new("/proc");
    !proc.join("self").exists() || proc.join(pid.to_string()).exists()
}

/// Sets Unix permission bits; a no-op elsewhere.
pub fn restrict(path: &Path, mode: u32) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
    }
    #[cfg(not(unix))]
    {
        let _ = (path, mode);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_flag_wins_over_everything() {
        let p = resolve(Some(Path::new("/tmp/x"))).unwrap();
        assert_eq!(
            p,
            PathBuf::from("/tmp/x"),
            "--data-dir must take precedence"
        );
    }

    #[test]
    fn threads_preparing_the_same_folder_at_once_all_succeed() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("data");
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let dir = dir.clone();
                std::thread::spawn(move || (0..50).all(|_| prepare(&dir).is_ok()))
            })
            .collect();
        for t in threads {
            assert!(
                t.join().unwrap(),
                "a worker's probe must never be removed by another thread's"
            );
        }
        let left = std::fs::read_dir(&dir).unwrap().count();
        assert_eq!(left, 0, "every probe is removed");
    }

    #[cfg(unix)]
    #[test]
    fn prepared_directory_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("data");
        prepare(&dir).unwrap();
        let mode = std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777;
        assert_eq!(
            mode, 0o700,
            "the data directory holds personal data and must be 0700"
        );
    }
}
