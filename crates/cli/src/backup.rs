//! `pdpdesk backup` and `pdpdesk restore`: the whole data folder to one file (the database
//! through SQLite's backup API, keys, evidence, letters, a manifest of SHA-256s), and back into
//! a new folder after every hash is checked.

use crate::output::{self, stamp, Failure};
use crate::Ctx;
use chrono::Utc;
use clap::Args;
use pdp_core::desk::backup;
use std::path::{Path, PathBuf};

#[derive(Args)]
pub struct BackupArgs {
    /// The file to write (a ZIP; replaced when it exists). Keep it as safe as the PC: it holds
    /// every request's personal data and the office's keys.
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
}

#[derive(Args)]
pub struct RestoreArgs {
    /// The backup file made by `pdpdesk backup`.
    file: PathBuf,
    /// The folder to restore into: new, or empty. A folder holding a register is refused.
    #[arg(long, value_name = "DIR")]
    into: PathBuf,
}

pub fn run_backup(ctx: &mut Ctx, args: BackupArgs) -> Result<(), Failure> {
    let made = backup::backup(&mut ctx.store, &args.out, &ctx.actor, Utc::now())?;
    if ctx.json {
        output::json(&made);
        return Ok(());
    }
    output::fields(&[
        ("backup", made.path.clone()),
        ("requests", made.requests.to_string()),
        ("files", made.files.to_string()),
        ("bytes", made.bytes.to_string()),
        ("sha256", made.sha256.clone()),
        ("schema", made.schema.to_string()),
    ]);
    Ok(())
}

/// Runs without opening the data folder the command line would use: the restore makes its own.
pub fn run_restore(args: &RestoreArgs, json: bool) -> Result<(), Failure> {
    let restored = backup::restore(&args.file, &args.into, || {
        crate::encryption::restore_passphrase(&args.file)
    })?;
    if json {
        output::json(&restored);
        return Ok(());
    }
    let store = crate::encryption::open_store(Path::new(&restored.dir))?;
    let zone = store.office()?.time_zone;
    output::fields(&[
        ("restored into", restored.dir.clone()),
        ("made", stamp(restored.made_at, zone)),
        ("requests", restored.requests.to_string()),
        ("files", restored.files.to_string()),
        (
            "audit chain",
            if restored.audit_ok {
                "OK"
            } else {
                "BROKEN: run pdpdesk audit verify"
            }
            .into(),
        ),
    ]);
    output::line(&format!(
        "start PDP Desk on it with --data-dir {} (or PDPDESK_DATA_DIR)",
        restored.dir
    ));
    Ok(())
}
