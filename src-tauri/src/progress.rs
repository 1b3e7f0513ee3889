//! Long jobs that tell the window how far they got: the job runs on a worker thread with a
//! `ReadControl` whose cancel flag is the desk's for that kind of job, and a ticker thread sends
//! the records and bytes read so far as an event every quarter second until the job ends.

use crate::errors::{blocking, Reply};
use pdp_core::sources::ReadControl;
use pdp_core::Result;
use serde::Serialize;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tauri::{AppHandle, Emitter};

/// What the window hears while a job reads: records and bytes read so far.
#[derive(Clone, Serialize)]
struct Progress {
    records: u64,
    bytes: u64,
}

/// Runs `job`, sending `event` with its progress; setting `cancel` stops it (the core then leaves
/// no file behind).
pub async fn with_progress<T: Send + 'static>(
    cancel: &Arc<AtomicBool>,
    app: AppHandle,
    event: &'static str,
    job: impl FnOnce(&ReadControl) -> Result<T> + Send + 'static,
) -> Reply<T> {
    cancel.store(false, Ordering::Relaxed);
    let control = ReadControl {
        cancel: cancel.clone(),
        ..ReadControl::default()
    };
    blocking(move || {
        let done = Arc::new(AtomicBool::new(false));
        let (stop, records, bytes) = (done.clone(), control.records.clone(), control.bytes.clone());
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                let progress = Progress {
                    records: records.load(Ordering::Relaxed),
                    bytes: bytes.load(Ordering::Relaxed),
                };
                let _ = app.emit(event, progress);
                std::thread::sleep(Duration::from_millis(250));
            }
        });
        let result = job(&control);
        done.store(true, Ordering::Relaxed);
        result
    })
    .await
}
