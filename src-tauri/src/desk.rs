//! The shell's state: one store behind a mutex, and who is at the keyboard.

use pdp_core::store::settings::{staff_name, OPERATOR};
use pdp_core::{datadir, Result, Store};
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, MutexGuard};

/// `demo`: a brand-new data folder starts with the demo office instead of the setup.
pub const FIRST_START_ENV: &str = "PDPDESK_FIRST_START";

pub struct Desk {
    store: Mutex<Store>,
    dir: PathBuf,
    /// Set to stop the long job that is running (reading sources).
    pub cancel: Arc<AtomicBool>,
    /// Set to stop the bundle being written.
    pub bundle_cancel: Arc<AtomicBool>,
    /// Set to stop the redaction of the local exports.
    pub redact_cancel: Arc<AtomicBool>,
}

impl Desk {
    /// Opens the store named by `--data-dir DIR` / `--data-dir=DIR`, the environment or the
    /// platform default. A brand-new install opens on the first-start setup, unless
    /// `PDPDESK_FIRST_START=demo` (the developer's `scripts/run`, the e2e tests) seeds the demo.
    pub fn open_from_args(args: impl Iterator<Item = String>) -> Result<Desk> {
        let mut args = args.skip(1);
        let mut flag: Option<PathBuf> = None;
        while let Some(a) = args.next() {
            if a == "--data-dir" {
                flag = args.next().map(PathBuf::from);
            } else if let Some(v) = a.strip_prefix("--data-dir=") {
                flag = Some(PathBuf::from(v));
            }
        }
        let dir = datadir::resolve(flag.as_deref())?;
        let mut store = Store::open(&dir)?;
        crate::errors::open_log(&dir);
        if std::env::var(FIRST_START_ENV).is_ok_and(|v| v == "demo") {
            pdp_core::desk::demo::seed_if_new(&mut store, chrono::Utc::now())?;
        }
        Ok(Desk {
            store: Mutex::new(store),
            dir,
            cancel: Arc::new(AtomicBool::new(false)),
            bundle_cancel: Arc::new(AtomicBool::new(false)),
            redact_cancel: Arc::new(AtomicBool::new(false)),
        })
    }

    /// A second connection for long work on a worker thread, so the window's own commands are
    /// not held up while sources are read (SQLite's WAL lets both work at once).
    pub fn job_store(&self) -> Result<Store> {
        Store::open(&self.dir)
    }

    /// The store; a panic in another command does not lock the window out.
    pub fn store(&self) -> MutexGuard<'_, Store> {
        self.store
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The staff name recorded in the history: the one set in Settings, else as the core
    /// falls back ([`staff_name`]).
    pub fn operator(store: &Store) -> Result<String> {
        Ok(staff_name(store.setting(OPERATOR)?.as_deref()))
    }
}
