//! `pdpdesk intake-record FILE --line N`: a request started from a record a source holds.

use crate::output::parse_with;
use crate::output::{self, Failure};
use crate::Ctx;
use chrono::Utc;
use clap::Args;
use pdp_core::intake::record::RecordSelector;
use pdp_core::sources::Locator;
use pdp_core::text::shown;
use pdp_core::vocabulary::Right;
use pdp_core::CoreError;
use std::path::PathBuf;

#[derive(Args)]
pub struct RecordArgs {
    /// A file of an added source.
    file: PathBuf,
    /// The line a CSV record starts on.
    #[arg(long, conflicts_with_all = ["row", "message"])]
    line: Option<u64>,
    /// The sheet of a spreadsheet row (with --row).
    #[arg(long, requires = "row")]
    sheet: Option<String>,
    /// The Excel row number.
    #[arg(long, requires = "sheet")]
    row: Option<u64>,
    /// The message number in a chat export.
    #[arg(long)]
    message: Option<u64>,
    /// The record's number among the file's records (1 = the first after the header).
    #[arg(long, conflicts_with_all = ["line", "row", "message"])]
    record: Option<u64>,
    /// Register the request (otherwise only show the proposal).
    #[arg(long)]
    register: bool,
    /// Use these rights instead of the recognised ones (repeatable).
    #[arg(long = "right", value_parser = parse_with(Right::parse))]
    rights: Vec<Right>,
}

pub fn run(ctx: &mut Ctx, args: RecordArgs) -> Result<(), Failure> {
    let which = match (args.line, args.sheet, args.row, args.message, args.record) {
        (Some(line), ..) => RecordSelector::At(Locator::Line { line }),
        (_, Some(sheet), Some(row), ..) => RecordSelector::At(Locator::Cell { sheet, row }),
        (_, _, _, Some(index), _) => RecordSelector::At(Locator::Message { index, line: 0 }),
        (.., Some(n)) => RecordSelector::Number(n),
        _ => {
            return Err(CoreError::invalid(
                "locator",
                "required",
                "say which record: --line, --sheet with --row, --message or --record",
            )
            .into())
        }
    };
    let mut proposal = pdp_core::desk::intake::record::propose(&ctx.store, &args.file, &which)?;
    if !args.rights.is_empty() {
        proposal.form.rights = args.rights;
    }
    if !args.register {
        if ctx.json {
            output::json(&proposal);
        } else {
            let f = &proposal.form;
            output::fields(&[
                (
                    "Record",
                    format!(
                        "{} ({})",
                        proposal.file,
                        crate::source::kind_name(proposal.kind)
                    ),
                ),
                ("Requester", f.name.clone()),
                ("E-mail", f.emails.join(", ")),
                ("Phone", f.phones.join(", ")),
                (
                    "Rights",
                    f.rights
                        .iter()
                        .map(|r| r.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                (
                    "Received",
                    f.received_at
                        .clone()
                        .unwrap_or_else(|| "(not in the record: now)".into()),
                ),
                ("Text", proposal.text.clone()),
            ]);
            println!("\nRegister it with --register (and --right R to choose the rights).");
        }
        return Ok(());
    }
    let request = pdp_core::desk::intake::record::register(
        &mut ctx.store,
        &args.file,
        &which,
        &proposal.form,
        &ctx.actor,
        Utc::now(),
    )?;
    if ctx.json {
        output::json(&request);
    } else {
        println!(
            "Registered {} ({}) from {}",
            request.id,
            shown(&request.requester.name),
            shown(&proposal.file)
        );
    }
    Ok(())
}
