//! `pdpdesk access-pack`: the bundle of a verified request's confirmed records plus the record of
//! processing (Pasal 32) of exactly its source files, from the office's processing register.

use crate::output::{self, Failure};
use crate::Ctx;
use chrono::Utc;
use clap::Args;
use pdp_core::desk::fulfil::{self, Protection};
use pdp_core::sources::ReadControl;
use pdp_core::text::shown;
use std::path::PathBuf;

#[derive(Args)]
pub struct AccessPackArgs {
    #[arg(long)]
    request: String,
    /// Where to write the ZIP.
    #[arg(long, value_name = "FILE.zip")]
    out: PathBuf,
    /// Encrypt every entry with AES-256 under this passcode (send it over another channel).
    #[arg(long, conflicts_with = "new_passcode")]
    passcode: Option<String>,
    /// Encrypt with a passcode drawn at random, shown once.
    #[arg(long)]
    new_passcode: bool,
}

pub fn run(ctx: &mut Ctx, args: AccessPackArgs) -> Result<(), Failure> {
    let protection = match (&args.passcode, args.new_passcode) {
        (Some(p), _) => Protection::Passcode(p.clone()),
        (None, true) => Protection::NewPasscode,
        (None, false) => Protection::None,
    };
    let made = fulfil::make_access_pack(
        &mut ctx.store,
        &args.request,
        &args.out,
        &protection,
        &ctx.actor,
        &ReadControl::default(),
        Utc::now(),
    )?;
    if ctx.json {
        // `not_in_register` says it; stderr holds nothing but an error under --json.
        output::json(&made);
        return Ok(());
    }
    for missing in &made.not_in_register {
        // A warning, not a failure: the pack says so; staff fix the register and make it again.
        eprintln!(
            "warning: {} is not in the processing register; add its source kind (pdpdesk office processing --set FILE.json) and make the access pack again",
            shown(missing)
        );
    }
    let m = &made.made;
    println!(
        "{}: {} records in {} files, {} masked, {} bytes; processing record for {} source files\nSHA-256 {}",
        m.out,
        m.record.records,
        m.files,
        m.masked.len(),
        m.record.bytes,
        made.processing.files.len(),
        m.record.sha256
    );
    crate::bundle::chat_notes(&m.record.request_id, &m.left_out, &m.partial_chats);
    if let Some(p) = &m.new_passcode {
        println!("Passcode (shown once; send it over another channel, e.g. WhatsApp): {p}");
    }
    Ok(())
}
