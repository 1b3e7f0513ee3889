//! The shell's state: one store behind a mutex, the unlocked keys of an encrypted data folder,
//! and who is at the keyboard. An encrypted folder starts locked: only [`Gate`] is managed until
//! the passphrase opens it, then the [`Desk`] is.

use pdp_core::store::settings::{staff_name, OPERATOR};
use pdp_core::vault::Vault;
use pdp_core::{datadir, CoreError, Result, Store};
use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, MutexGuard};

/// The data folder the window was started on, known before it is unlocked.
pub struct Gate {
    pub dir: PathBuf,
}

/// `demo`: a brand-new data folder starts with the demo office instead of the setup.
pub const FIRST_START_ENV: &str = "PDPDESK_FIRST_START";

pub struct Desk {
    /// Always `Some` but while an encryption change has it closed (the lock held throughout).
    store: Mutex<Option<Store>>,
    dir: PathBuf,
    /// The unlocked keys when the folder is encrypted: every connection opens with them.
    vault: Mutex<Option<Vault>>,
    /// Set to stop the long job that is running (reading sources).
    pub cancel: Arc<AtomicBool>,
    /// Set to stop the bundle being written.
    pub bundle_cancel: Arc<AtomicBool>,
    /// Set to stop the redaction of the local exports.
    pub redact_cancel: Arc<AtomicBool>,
}

impl Desk {
    /// The data folder named by `--data-dir DIR` / `--data-dir=DIR`, the environment or the
    /// platform default.
    pub fn dir_from_args(args: impl Iterator<Item = String>) -> Result<PathBuf> {
        let mut args = args.skip(1);
        let mut flag: Option<PathBuf> = None;
        while let Some(a) = args.next() {
            if a == "--data-dir" {
                flag = args.next().map(PathBuf::from);
            } else if let Some(v) = a.strip_prefix("--data-dir=") {
                flag = Some(PathBuf::from(v));
            }
        }
        datadir::resolve(flag.as_deref())
    }

    /// Opens the store in `dir` (with `vault` when it is encrypted). A brand-new install opens
    /// on the first-start setup, unless `PDPDESK_FIRST_START=demo` (the developer's
    /// `scripts/run`, the e2e tests) seeds the demo.
    pub fn open(dir: &Path, vault: Option<Vault>) -> Result<Desk> {
        let mut store = Store::open_with(dir, vault.as_ref())?;
        crate::errors::open_log(dir);
        pdp_core::desk::letters::clear_viewable(dir);
        if std::env::var(FIRST_START_ENV).is_ok_and(|v| v == "demo") {
            pdp_core::desk::demo::seed_if_new(&mut store, chrono::Utc::now())?;
        }
        Ok(Desk {
            store: Mutex::new(Some(store)),
            dir: dir.to_path_buf(),
            vault: Mutex::new(vault),
            cancel: Arc::new(AtomicBool::new(false)),
            bundle_cancel: Arc::new(AtomicBool::new(false)),
            redact_cancel: Arc::new(AtomicBool::new(false)),
        })
    }

    fn vault(&self) -> Option<Vault> {
        self.vault
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    /// A second connection for long work on a worker thread, so the window's own commands are
    /// not held up while sources are read (SQLite's WAL lets both work at once).
    pub fn job_store(&self) -> Result<Store> {
        Store::open_with(&self.dir, self.vault().as_ref())
    }

    /// The store; a panic in another command does not lock the window out.
    pub fn store(&self) -> StoreGuard<'_> {
        StoreGuard(
            self.store
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner()),
        )
    }

    /// Runs a change that needs the register to itself (an encryption change, a restore over a
    /// new installation) on the window's store, which it closes and gives back opened again,
    /// under the keys it now has; the window's commands wait meanwhile.
    pub fn reopen<T>(&self, change: impl FnOnce(Store) -> Result<(Store, Result<T>)>) -> Result<T> {
        let mut held = self.store.lock().unwrap_or_else(|p| p.into_inner());
        // Worker connections wait for the new keys (job_store reads them under this lock).
        let mut keys = self.vault.lock().unwrap_or_else(|p| p.into_inner());
        let store = held
            .take()
            .expect("the store is only taken under this lock");
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| change(store)))
            .unwrap_or_else(|_| {
                Err(CoreError::Internal(
                    "the change stopped unexpectedly".into(),
                ))
            });
        let (store, made) = match outcome {
            Ok(changed) => changed,
            Err(e) => {
                // The change could not give the store back: open the folder again as it is on
                // disk (every step of a change leaves it whole), with the keys held, or stop.
                match Store::open_with(&self.dir, keys.as_ref()) {
                    Ok(store) => (store, Err(e)),
                    Err(again) => {
                        eprintln!("PDP Desk stops: the register could not be opened again after the change ({e}; {again}); start it again");
                        std::process::exit(1);
                    }
                }
            }
        };
        *keys = store.vault().cloned();
        *held = Some(store);
        crate::errors::open_log(&self.dir);
        made
    }

    /// The staff name recorded in the history: the one set in Settings, else as the core
    /// falls back ([`staff_name`]).
    pub fn operator(store: &Store) -> Result<String> {
        Ok(staff_name(store.setting(OPERATOR)?.as_deref()))
    }
}

/// The window's store, held under its mutex.
pub struct StoreGuard<'a>(MutexGuard<'a, Option<Store>>);

impl Deref for StoreGuard<'_> {
    type Target = Store;
    fn deref(&self) -> &Store {
        self.0
            .as_ref()
            .expect("the store is only taken while its lock is held")
    }
}

impl DerefMut for StoreGuard<'_> {
    fn deref_mut(&mut self) -> &mut Store {
        self.0
            .as_mut()
            .expect("the store is only taken while its lock is held")
    }
}
