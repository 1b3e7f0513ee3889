//! `pdpdesk source …`: what PDP Desk makes of an office's exports.

use crate::output::{self, Failure};
use crate::Ctx;
use chrono::Utc;
use clap::Subcommand;
use pdp_core::sources::read::{files_of, read_file};
use pdp_core::sources::whatsapp::ChatInfo;
use pdp_core::sources::FileReport;
use pdp_core::sources::ReadControl;
use pdp_core::vocabulary::FieldRole;
use pdp_core::CoreError;
use serde::Serialize;
use std::path::Path;
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum SourceCommand {
    /// Add files or folders (read recursively) as sources, and read them: detected kinds shown.
    Add {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// The added sources with each file's kind, records and warnings as last read.
    List,
    /// Forget a source (the files themselves are not touched).
    Remove { path: PathBuf },
    /// Give the columns of a file with an unknown layout their roles, in column order:
    /// name, email, phone, nik, address, date, text, id or other (e.g. `--roles id,name,phone,other`).
    Map {
        file: PathBuf,
        #[arg(long, value_delimiter = ',', required = true, value_parser = parse_role)]
        roles: Vec<FieldRole>,
    },
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

fn parse_role(s: &str) -> std::result::Result<FieldRole, String> {
    FieldRole::parse(s).map_err(|e| e.to_string())
}

pub fn run(ctx: &mut Ctx, cmd: SourceCommand) -> Result<(), Failure> {
    match cmd {
        SourceCommand::Inspect { paths } => inspect(ctx, &paths),
        SourceCommand::Add { paths } => {
            let mut outcomes = Vec::new();
            for p in &paths {
                let source = ctx.store.add_source(p, &ctx.actor, Utc::now())?;
                outcomes.extend(crate::index::read_changed(
                    ctx,
                    Some(Path::new(&source.path)),
                )?);
            }
            crate::index::report(ctx, &outcomes)
        }
        SourceCommand::List => list(ctx),
        SourceCommand::Remove { path } => {
            let s = ctx.store.remove_source(&path, &ctx.actor, Utc::now())?;
            if ctx.json {
                output::json(&s);
            } else {
                println!("Removed source {}", s.path);
            }
            Ok(())
        }
        SourceCommand::Map { file, roles } => {
            ctx.store
                .set_mapping(&file, &roles, &ctx.actor, Utc::now())?;
            let (source, _) = ctx.store.source_of_file(&file)?;
            let outcomes = crate::index::read_changed(ctx, Some(Path::new(&source.path)))?;
            crate::index::report(ctx, &outcomes)
        }
    }
}

fn list(ctx: &Ctx) -> Result<(), Failure> {
    let sources = ctx.store.sources()?;
    if ctx.json {
        output::json(&sources);
        return Ok(());
    }
    let mut rows = Vec::new();
    for s in &sources {
        for f in &s.files {
            let note = match (&f.missing, &f.error, &f.report) {
                (Some(m), _, _) => m.clone(),
                (None, Some(e), _) => e.clone(),
                (None, None, Some(r)) if r.needs_mapping && !f.mapped => {
                    "needs a column mapping".into()
                }
                _ => String::new(),
            };
            rows.push(vec![
                s.path.clone(),
                f.rel_path.clone(),
                f.kind.map(kind_name).unwrap_or_else(|| "unreadable".into()),
                f.records.map(|n| n.to_string()).unwrap_or_default(),
                f.report
                    .as_ref()
                    .map(|r| (r.records_with_warnings + r.rejected.len() as u64).to_string())
                    .unwrap_or_default(),
                note,
            ]);
        }
    }
    output::table(
        &["SOURCE", "FILE", "KIND", "RECORDS", "WARNINGS", "NOTE"],
        &rows,
    );
    Ok(())
}

/// The kind as the CLI prints it (`chatwoot-contacts`).
pub fn kind_name(kind: pdp_core::sources::SourceKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
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
                    kind_name(r.kind),
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
