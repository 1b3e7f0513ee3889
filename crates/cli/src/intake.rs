//! `pdpdesk intake FILE...`: import e-mails (.eml) and mailboxes (.mbox). Each message is a
//! request (registered), needs a look (queued, see `pdpdesk intake-queue`) or is clearly not a
//! request (reported); `--json` gives each message's class and the reasons.

use crate::output::{self, Failure};
use crate::Ctx;
use chrono::Utc;
use clap::Args;
use pdp_core::desk::intake::import::{import_file, ImportAction, ImportOptions, ImportResult};
use pdp_core::intake::item::IntakeStatus;
use pdp_core::text::shown;
use pdp_core::vocabulary::Right;
use pdp_core::CoreError;
use std::path::PathBuf;

#[derive(Args)]
pub struct IntakeArgs {
    /// .eml or .mbox files.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Only show what would happen; register nothing.
    #[arg(long)]
    dry_run: bool,
    /// Each message as the window's intake shows it (its proposal and status); register nothing.
    #[arg(long, conflicts_with_all = ["dry_run", "register_anyway"])]
    preview: bool,
    /// Register messages that need a look or are clearly no request too (usually with --right).
    #[arg(long)]
    register_anyway: bool,
    /// Use these rights instead of the recognised ones (repeatable).
    #[arg(long = "right", value_parser = |s: &str| Right::parse(s).map_err(|e| e.to_string()))]
    rights: Vec<Right>,
}

/// Imports every file; an unreadable file is reported and the others go on. Exits with 2 when any
/// file or message could not be read or registered.
pub fn run(ctx: &mut Ctx, args: IntakeArgs) -> Result<(), Failure> {
    if args.preview {
        let mut items = Vec::new();
        for file in &args.files {
            items.extend(pdp_core::desk::intake::mail::preview(&ctx.store, file)?);
        }
        if ctx.json {
            output::json(&items);
        } else {
            for i in &items {
                println!("{}  {:?}", shown(&i.file), i.status);
            }
        }
        return Ok(());
    }
    let opts = ImportOptions {
        dry_run: args.dry_run,
        register_non_requests: args.register_anyway,
        rights: args.rights,
    };
    let mut results: Vec<ImportResult> = Vec::new();
    let mut first_error: Option<CoreError> = None;
    // What went wrong, file by file: lines on stderr, or under --json the one error's message.
    let mut problems: Vec<String> = Vec::new();
    for file in &args.files {
        match import_file(&mut ctx.store, file, &opts, &ctx.actor, Utc::now()) {
            Ok(r) => results.extend(r),
            Err(e) => {
                problems.push(e.to_string());
                first_error.get_or_insert(e);
            }
        }
    }
    if ctx.json {
        output::json(&results);
    } else {
        let rows: Vec<Vec<String>> = results.iter().map(row).collect();
        output::table(
            &["FILE", "#", "WHAT", "RIGHTS", "REQUESTER", "REQUEST"],
            &rows,
        );
    }
    for r in results.iter().filter(|r| r.error.is_some()) {
        problems.push(format!(
            "{}{}: {}",
            r.file,
            r.index
                .map(|i| format!(" (message {i})"))
                .unwrap_or_default(),
            r.error.as_deref().unwrap_or("")
        ));
    }
    if !ctx.json {
        for p in &problems {
            eprintln!("pdpdesk: {}", shown(p));
        }
    }
    let failed = results
        .iter()
        .any(|r| matches!(r.action, ImportAction::Unreadable | ImportAction::Failed));
    let unreadable = |why: String| Err(CoreError::invalid("file", "format", why).into());
    match first_error {
        // Under --json stderr holds one object: it names every file that failed.
        Some(CoreError::File { .. } | CoreError::Invalid { .. })
            if ctx.json && problems.len() > 1 =>
        {
            unreadable(problems.join("; "))
        }
        Some(e) => Err(e.into()),
        None if failed && ctx.json => unreadable(format!(
            "some messages could not be imported: {}",
            problems.join("; ")
        )),
        None if failed => unreadable("some messages could not be imported (see above)".into()),
        None => Ok(()),
    }
}

fn row(r: &ImportResult) -> Vec<String> {
    let what = match (&r.action, &r.status) {
        (ImportAction::Registered, _) => "registered".to_string(),
        (ImportAction::LinkedAsReply, _) => "reply, linked".to_string(),
        (ImportAction::Unreadable, _) => "unreadable".to_string(),
        (ImportAction::Failed, _) => "failed".to_string(),
        (ImportAction::Queued, _) => format!(
            "needs a look: queued #{}",
            r.queue_id.map(|q| q.to_string()).unwrap_or_default()
        ),
        (ImportAction::Left, Some(IntakeStatus::NotRequest)) => "not a request".to_string(),
        (ImportAction::Left, Some(IntakeStatus::NeedsLook)) => "needs a look (dry run)".to_string(),
        (ImportAction::Left, Some(IntakeStatus::Queued { queue_id })) => {
            format!("already queued #{queue_id}")
        }
        (ImportAction::Left, Some(IntakeStatus::Dismissed { queue_id })) => {
            format!("decided not a request (#{queue_id})")
        }
        (ImportAction::Left, Some(IntakeStatus::Duplicate { request_id })) => {
            format!("likely duplicate of {request_id}")
        }
        (ImportAction::Left, Some(IntakeStatus::AlreadyImported { request_id })) => {
            format!("already imported as {request_id}")
        }
        (ImportAction::Left, Some(IntakeStatus::Reply { request_id })) => {
            format!("reply to {request_id}")
        }
        (ImportAction::Left, _) => "new request (dry run)".to_string(),
    };
    let file = std::path::Path::new(&r.file)
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    vec![
        file,
        r.index.map(|i| i.to_string()).unwrap_or_default(),
        what,
        r.rights
            .iter()
            .map(|x| x.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        r.requester
            .as_ref()
            .and_then(|q| q.name.clone().or_else(|| q.emails.first().cloned()))
            .unwrap_or_default(),
        r.request_id.clone().unwrap_or_default(),
    ]
}
