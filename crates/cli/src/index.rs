//! `pdpdesk index`: read every added source that changed, with progress on stderr and a summary
//! per file at the end.

use crate::output::{self, Failure};
use crate::source::kind_name;
use crate::Ctx;
use chrono::Utc;
use pdp_core::desk::refresh::{refresh, FileOutcome, FileStatus};
use pdp_core::sources::ReadControl;
use pdp_core::CoreError;
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::sync::atomic::Ordering;

/// Reads the changed files of one source (or all), showing progress on stderr.
pub fn read_changed(ctx: &mut Ctx, only: Option<&Path>) -> Result<Vec<FileOutcome>, Failure> {
    let control = ReadControl::default();
    let live = std::io::stderr().is_terminal();
    let bytes = control.bytes.clone();
    let json = ctx.json;
    let mut progress = |p: &pdp_core::desk::refresh::Progress| {
        // Under --json, stderr carries only the error object, if any.
        if json {
            return;
        }
        let mb = bytes.load(Ordering::Relaxed) as f64 / 1_048_576.0;
        let line = format!(
            "reading {}/{} {} ({mb:.1} MB so far)",
            p.file_index, p.files, p.file
        );
        if live {
            eprint!("\r\x1b[2K{line}");
        } else {
            eprintln!("{line}");
        }
        let _ = std::io::stderr().flush();
    };
    let outcomes = refresh(&mut ctx.store, only, &control, &mut progress, Utc::now())?;
    if live && !json {
        eprintln!();
    }
    Ok(outcomes)
}

/// Prints the per-file summary; exits 2 when a file could not be read.
pub fn report(ctx: &Ctx, outcomes: &[FileOutcome]) -> Result<(), Failure> {
    if ctx.json {
        output::json(&outcomes);
    } else {
        let rows: Vec<Vec<String>> = outcomes
            .iter()
            .map(|o| {
                let status = match o.status {
                    FileStatus::Read => "read",
                    FileStatus::Unchanged => "unchanged",
                    FileStatus::Unreadable => "unreadable",
                    FileStatus::Gone => "gone",
                    FileStatus::Skipped => "skipped",
                };
                let r = o.report.as_ref();
                vec![
                    o.file.clone(),
                    status.to_string(),
                    r.map(|r| kind_name(r.kind)).unwrap_or_default(),
                    r.map(|r| r.records.to_string()).unwrap_or_default(),
                    r.map(|r| (r.records_with_warnings + r.rejected.len() as u64).to_string())
                        .unwrap_or_default(),
                    o.error.clone().unwrap_or_else(|| {
                        if r.is_some_and(|r| r.needs_mapping) {
                            "needs a column mapping (pdpdesk source map)".into()
                        } else {
                            String::new()
                        }
                    }),
                ]
            })
            .collect();
        output::table(
            &["FILE", "STATUS", "KIND", "RECORDS", "WARNINGS", "NOTE"],
            &rows,
        );
    }
    let failed = outcomes
        .iter()
        .filter(|o| o.status == FileStatus::Unreadable)
        .count();
    if failed > 0 {
        return Err(CoreError::invalid(
            "file",
            "format",
            format!("{failed} file(s) could not be read"),
        )
        .into());
    }
    Ok(())
}

pub fn run(ctx: &mut Ctx) -> Result<(), Failure> {
    let outcomes = read_changed(ctx, None)?;
    report(ctx, &outcomes)
}
