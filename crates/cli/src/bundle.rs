//! `pdpdesk bundle …`: the portability ZIP of a verified request's confirmed records; `preview`
//! says what would go in (and what is masked), `verify FILE.zip` checks a bundle's hashes.

use crate::output::{self, Failure};
use crate::Ctx;
use chrono::Utc;
use clap::Args;
use pdp_core::desk::fulfil::{self, Protection};
use pdp_core::fulfil::bundle;
use pdp_core::fulfil::bundle::chat::{LeftOut, LeftOutReason, PartialChat};
use pdp_core::sources::ReadControl;
use pdp_core::text::shown;
use pdp_core::CoreError;
use std::path::PathBuf;

#[derive(Args)]
pub struct BundleArgs {
    /// `preview`, or `verify FILE.zip`; without it, make the bundle.
    action: Option<String>,
    /// The ZIP to check (after `verify`).
    file: Option<PathBuf>,
    #[arg(long)]
    request: Option<String>,
    /// Where to write the ZIP.
    #[arg(long, value_name = "FILE.zip")]
    out: Option<PathBuf>,
    /// Encrypt every entry with AES-256 under this passcode (send it over another channel).
    #[arg(long, conflicts_with = "new_passcode")]
    passcode: Option<String>,
    /// Encrypt with a passcode drawn at random, shown once.
    #[arg(long)]
    new_passcode: bool,
}

fn request(args: &BundleArgs) -> Result<&str, Failure> {
    args.request
        .as_deref()
        .ok_or_else(|| CoreError::invalid("request", "required", "give --request ID").into())
}

pub fn run(ctx: &mut Ctx, args: BundleArgs) -> Result<(), Failure> {
    let now = Utc::now();
    let control = ReadControl::default();
    match args.action.as_deref() {
        Some("verify") => {
            let file = args.file.as_deref().ok_or_else(|| {
                CoreError::invalid(
                    "file",
                    "required",
                    "give the ZIP to check: pdpdesk bundle verify FILE.zip",
                )
            })?;
            let manifest = bundle::verify(file, args.passcode.as_deref())?;
            if ctx.json {
                output::json(&manifest);
            } else {
                println!(
                    "{}: all {} files match the manifest ({} · {})",
                    file.display(),
                    manifest.files.len(),
                    manifest.request_id,
                    manifest.generated_at
                );
            }
        }
        Some("preview") => {
            let p = fulfil::preview(&ctx.store, request(&args)?, &control, now)?;
            if ctx.json {
                output::json(&p);
            } else {
                let rows: Vec<Vec<String>> = p
                    .files
                    .iter()
                    .map(|f| {
                        vec![
                            shown(&f.file).into_owned(),
                            f.records.to_string(),
                            shown(&f.source).into_owned(),
                        ]
                    })
                    .collect();
                output::table(&["FILE", "RECORDS", "SOURCE"], &rows);
                for m in &p.masked {
                    println!(
                        "masked: {} record {} field {}: {} {}",
                        m.entry,
                        m.record,
                        shown(&m.field),
                        m.kind,
                        m.hint
                    );
                }
                chat_notes(&p.request_id, &p.left_out, &p.partial_chats);
            }
        }
        Some(other) => {
            return Err(CoreError::invalid(
                "action",
                "unknown",
                format!(
                    "unknown bundle action {}; use preview or verify, or none to make the bundle",
                    pdp_core::text::quoted(other)
                ),
            )
            .into())
        }
        None => {
            let out = args.out.clone().ok_or_else(|| {
                CoreError::invalid(
                    "out",
                    "required",
                    "give --out FILE.zip, where to write the bundle",
                )
            })?;
            let protection = match (&args.passcode, args.new_passcode) {
                (Some(p), _) => Protection::Passcode(p.clone()),
                (None, true) => Protection::NewPasscode,
                (None, false) => Protection::None,
            };
            let made = fulfil::make_bundle(
                &mut ctx.store,
                request(&args)?,
                &out,
                &protection,
                &ctx.actor,
                &control,
                now,
            )?;
            if ctx.json {
                output::json(&made);
            } else {
                println!(
                    "{}: {} records in {} files, {} masked, {} bytes\nSHA-256 {}",
                    made.out,
                    made.record.records,
                    made.files,
                    made.masked.len(),
                    made.record.bytes,
                    made.record.sha256
                );
                chat_notes(&made.record.request_id, &made.left_out, &made.partial_chats);
                if let Some(p) = &made.new_passcode {
                    println!(
                        "Passcode (shown once; send it over another channel, e.g. WhatsApp): {p}"
                    );
                }
            }
        }
    }
    Ok(())
}

/// What of the chats stays out of a bundle, and the 1:1 chats still partly undecided.
pub(crate) fn chat_notes(request_id: &str, left_out: &[LeftOut], partial: &[PartialChat]) {
    for l in left_out {
        match l.reason {
            LeftOutReason::GroupMember => println!(
                "left out: {} message {}: another member's message in a group chat (their data, Pasal 33)",
                l.entry, l.record
            ),
        }
    }
    for p in partial {
        println!(
            "note: {}: {} of {} messages of this 1:1 conversation are confirmed; decide the other {} (pdpdesk hit list --request {}) to hand over the whole conversation",
            p.entry,
            p.confirmed,
            p.confirmed + p.undecided,
            p.undecided,
            request_id
        );
    }
}
