//! `pdpdesk redact --request ID --out DIR [--replace]`: redacted copies of the office's local
//! exports as the request's plan says (records removed, retained ones masked), searched again
//! for the subject; with `--replace` each original is replaced by its copy when nothing of the
//! subject's is left; `pdpdesk redact list` shows the runs with every file's SHA-256.

use crate::output::{self, Failure};
use crate::Ctx;
use chrono::Utc;
use clap::Args;
use pdp_core::desk::deletion::{self, RedactOrder};
use pdp_core::sources::{Locator, ReadControl};
use pdp_core::text::shown;
use pdp_core::CoreError;
use std::path::PathBuf;

#[derive(Args)]
pub struct RedactArgs {
    /// `list`: the request's redaction runs; without it, redact.
    action: Option<String>,
    #[arg(long)]
    request: String,
    /// The folder for the redacted copies (outside every source folder).
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Replace each original export with its redacted copy (only when the re-search of the
    /// copies finds nothing of the subject's that the plan does not keep).
    #[arg(long)]
    replace: bool,
}

fn short(hash: &str) -> String {
    hash.chars().take(16).collect()
}

fn place(l: &Locator) -> String {
    match l {
        Locator::Line { line } => format!("line {line}"),
        Locator::Cell { sheet, row } => format!("{} row {row}", shown(sheet)),
        Locator::Message { index, .. } => format!("message {index}"),
        Locator::Mail { message_id } => format!("mail {}", shown(message_id)),
    }
}

pub fn run(ctx: &mut Ctx, args: RedactArgs) -> Result<(), Failure> {
    if args.action.as_deref() == Some("list") {
        let runs = ctx.store.redactions(&args.request)?;
        if ctx.json {
            output::json(&runs);
            return Ok(());
        }
        let rows: Vec<Vec<String>> = runs
            .iter()
            .flat_map(|r| {
                r.files.iter().map(move |f| {
                    vec![
                        r.id.to_string(),
                        r.made_at.format("%Y-%m-%d %H:%M").to_string(),
                        shown(&f.file).into_owned(),
                        format!("-{} ~{} ±{}", f.removed, f.masked, f.corrected),
                        short(&f.before_sha256),
                        f.after_sha256
                            .as_deref()
                            .map_or("(file removed)".into(), short),
                        if f.replaced { "yes" } else { "no" }.into(),
                    ]
                })
            })
            .collect();
        output::table(
            &[
                "RUN",
                "AT",
                "FILE",
                "REMOVED/MASKED/CORRECTED",
                "BEFORE",
                "AFTER",
                "REPLACED",
            ],
            &rows,
        );
        return Ok(());
    }
    if let Some(other) = args.action.as_deref() {
        return Err(CoreError::invalid(
            "action",
            "unknown",
            format!(
                "unknown action {}; use list, or no action to redact",
                shown(other)
            ),
        )
        .into());
    }
    let out = args.out.ok_or_else(|| {
        CoreError::invalid(
            "out",
            "required",
            "give the folder for the redacted copies: --out DIR",
        )
    })?;
    let order = RedactOrder {
        out_dir: out,
        replace: args.replace,
        actor: ctx.actor.clone(),
    };
    let report = deletion::redact(
        &mut ctx.store,
        &args.request,
        &order,
        &ReadControl::default(),
        Utc::now(),
    )?;
    if ctx.json {
        output::json(&report);
    } else {
        let rows: Vec<Vec<String>> = report
            .redaction
            .files
            .iter()
            .zip(&report.copies)
            .map(|(f, c)| {
                vec![
                    shown(&f.file).into_owned(),
                    f.removed.to_string(),
                    f.masked.to_string(),
                    f.corrected.to_string(),
                    c.copy
                        .as_deref()
                        .map_or("(whole file goes)".into(), |p| shown(p).into_owned()),
                    if f.replaced { "replaced" } else { "kept" }.into(),
                ]
            })
            .collect();
        output::table(
            &["FILE", "REMOVED", "MASKED", "CORRECTED", "COPY", "ORIGINAL"],
            &rows,
        );
        if report.unexplained.is_empty() {
            println!("Re-search of the copies: nothing of the subject's is left but what the plan keeps.");
        } else {
            println!(
                "Re-search of the copies: {} hit(s) the plan does not explain:",
                report.unexplained.len()
            );
            for h in &report.unexplained {
                println!(
                    "  {} {}{}",
                    shown(&h.file),
                    place(&h.locator),
                    if h.undecided {
                        " (undecided in the search: decide it)"
                    } else {
                        ""
                    }
                );
            }
        }
        if report.replace_refused {
            println!(
                "The originals were NOT replaced: redact again once the hits above are dealt with."
            );
        }
    }
    Ok(())
}
