//! `pdpdesk source …`: what PDP Desk makes of an office's exports.

use crate::output::{self, Failure};
use crate::Ctx;
use clap::Subcommand;
use pdp_core::sources::csv_file::ReadControl;
use pdp_core::sources::read::{files_of, read_file};
use pdp_core::sources::whatsapp::ChatInfo;
use pdp_core::sources::FileReport;
use pdp_core::CoreError;
use serde::Serialize;
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum SourceCommand {
    /// Read files or folders and show what they are: kind, encoding, delimiter, columns with
    /// their roles, record count and warnings. Nothing is stored.
    Inspect {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
}

/// One inspected file: its report, or why it could not be read.
#[derive(Serialize)]
struct Inspected {
    #[serde(flatten)]
    report: Option<FileReport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    chat: Option<ChatInfo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<String>,
}

pub fn run(ctx: &mut Ctx, cmd: SourceCommand) -> Result<(), Failure> {
    match cmd {
        SourceCommand::Inspect { paths } => inspect(ctx, &paths),
    }
}

fn inspect(ctx: &Ctx, paths: &[PathBuf]) -> Result<(), Failure> {
    let mut out = Vec::new();
    let single_file = paths.len() == 1 && paths[0].is_file();
    for source in paths {
        for (path, rel) in files_of(source)? {
            let display = if single_file { rel.clone() } else { rel };
            match read_file(&path, &display, None, &ReadControl::default(), &mut |_| {}) {
                Ok(r) => out.push(Inspected {
                    report: Some(r.report),
                    chat: r.chat,
                    error: None,
                    path: None,
                }),
                Err(e) => out.push(Inspected {
                    report: None,
                    chat: None,
                    error: Some(e.to_string()),
                    path: Some(display),
                }),
            }
        }
    }
    if ctx.json {
        if single_file {
            output::json(&out[0]);
        } else {
            output::json(&out);
        }
    } else {
        let rows: Vec<Vec<String>> = out
            .iter()
            .map(|i| match (&i.report, &i.error) {
                (Some(r), _) => vec![
                    r.file.clone(),
                    serde_json::to_value(r.kind)
                        .ok()
                        .and_then(|v| v.as_str().map(String::from))
                        .unwrap_or_default(),
                    r.records.to_string(),
                    (r.records_with_warnings + r.rejected.len() as u64).to_string(),
                    r.encoding.clone().unwrap_or_default(),
                    if r.needs_mapping {
                        "needs a column mapping".into()
                    } else {
                        String::new()
                    },
                ],
                (None, e) => vec![
                    i.path.clone().unwrap_or_default(),
                    "unreadable".into(),
                    String::new(),
                    String::new(),
                    String::new(),
                    e.clone().unwrap_or_default(),
                ],
            })
            .collect();
        output::table(
            &["FILE", "KIND", "RECORDS", "WARNINGS", "ENCODING", "NOTE"],
            &rows,
        );
    }
    let failed = out.iter().filter(|i| i.error.is_some()).count();
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
