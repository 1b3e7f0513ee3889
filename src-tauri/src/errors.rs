//! What a command returns when it fails: the core's `ErrorReport`, written to the log of command
//! errors in the data folder (`pdpdesk-errors.log`: time, code, field and reason, never the
//! message, which may quote what was typed), and the one way to run blocking work.

use pdp_core::{CoreError, ErrorReport};
use serde::Serialize;
use std::fs::File;
use std::io::Write;
use std::path::Path;
use std::sync::Mutex;

/// File name of the log of command errors, in the data directory.
pub const LOG_FILE: &str = "pdpdesk-errors.log";

static LOG: Mutex<Option<File>> = Mutex::new(None);

/// Opens (appending, 0600) the log of command errors in `dir`, in place of the one open before
/// (a restore puts a new data folder where the old one was). Without it errors are not logged,
/// which never stops a command.
pub fn open_log(dir: &Path) {
    let mut opts = std::fs::OpenOptions::new();
    opts.create(true).append(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    if let Ok(file) = opts.open(dir.join(LOG_FILE)) {
        *LOG.lock().unwrap_or_else(|p| p.into_inner()) = Some(file);
    }
}

/// A command's error as the window receives it (`{code, message, field, reason}`); made from a
/// `CoreError`, it is logged on the way.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct CommandError(ErrorReport);

impl From<CoreError> for CommandError {
    fn from(e: CoreError) -> Self {
        let report = ErrorReport::from(e);
        if let Some(file) = LOG
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .as_mut()
        {
            let _ = writeln!(file, "{}", report.log_line(chrono::Utc::now()));
        }
        CommandError(report)
    }
}

/// What a command returns: a value, or an error as `{code, message, field, reason}`.
pub type Reply<T> = std::result::Result<T, CommandError>;

/// Runs `job` on a worker thread, so the window's other commands are not held up; a worker that
/// stops without an answer (a panic) is an internal error.
pub async fn blocking<T: Send + 'static>(
    job: impl FnOnce() -> pdp_core::Result<T> + Send + 'static,
) -> Reply<T> {
    let done = tauri::async_runtime::spawn_blocking(job)
        .await
        .map_err(|e| CoreError::Internal(format!("the worker thread stopped: {e}")))?;
    Ok(done?)
}
