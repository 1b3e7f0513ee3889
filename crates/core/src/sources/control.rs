//! What a reading shares with whoever shows its progress bar: how far it got, and a way to stop
//! it.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

/// Progress and cancellation shared with whoever shows the progress bar.
#[derive(Debug, Clone, Default)]
pub struct ReadControl {
    pub cancel: Arc<AtomicBool>,
    pub bytes: Arc<AtomicU64>,
    pub records: Arc<AtomicU64>,
}

impl ReadControl {
    pub(crate) fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }
}
