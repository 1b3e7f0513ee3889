//! `pdpdesk office processing`: the office's processing register (Pasal 31) — show it, start it
//! from a shipped profile, replace it with a checked JSON file, list the profiles.

use crate::output::{self, Failure};
use crate::Ctx;
use chrono::Utc;
use clap::Args;
use pdp_core::desk::processing;
use pdp_core::processing::{kind_name, profiles, Origin};
use pdp_core::text::shown;
use pdp_core::CoreError;
use std::path::PathBuf;

#[derive(Args)]
pub struct ProcessingArgs {
    /// Start from a shipped profile: agency, ai-builder or print-studio.
    #[arg(long, conflicts_with_all = ["set", "profiles"])]
    profile: Option<String>,
    /// With --profile: overwrite a register staff edited.
    #[arg(long, requires = "profile")]
    replace: bool,
    /// Replace the register with this JSON file (checked first; `--json` shows the format).
    #[arg(long, value_name = "FILE.json", conflicts_with = "profiles")]
    set: Option<PathBuf>,
    /// List the shipped profiles.
    #[arg(long)]
    profiles: bool,
}

pub fn run(ctx: &mut Ctx, args: ProcessingArgs) -> Result<(), Failure> {
    let now = Utc::now();
    if args.profiles {
        let all = profiles()?;
        if ctx.json {
            output::json(&all);
        } else {
            let rows: Vec<Vec<String>> = all
                .iter()
                .map(|p| {
                    vec![
                        p.id.clone(),
                        p.entries.to_string(),
                        format!("{} / {}", p.name.id, p.name.en),
                    ]
                })
                .collect();
            output::table(&["PROFILE", "ENTRIES", "NAME"], &rows);
        }
        return Ok(());
    }
    if let Some(profile) = &args.profile {
        processing::start_from_profile(&mut ctx.store, profile, args.replace, &ctx.actor, now)?;
    }
    if let Some(path) = &args.set {
        let text = std::fs::read_to_string(path).map_err(|e| CoreError::File {
            path: path.clone(),
            message: format!("the register cannot be read: {e}"),
        })?;
        let register = pdp_core::processing::parse(&text)?;
        processing::replace(&mut ctx.store, register, &ctx.actor, now)?;
    }
    show(ctx)
}

fn show(ctx: &Ctx) -> Result<(), Failure> {
    let kept = processing::show(&ctx.store)?;
    if ctx.json {
        output::json(&kept);
        return Ok(());
    }
    let Some(kept) = kept else {
        println!("No processing register yet: start one with pdpdesk office processing --profile agency|ai-builder|print-studio (see --profiles), or --set FILE.json");
        return Ok(());
    };
    let rows: Vec<Vec<String>> = kept
        .register
        .entries
        .iter()
        .map(|e| {
            let kinds: Vec<String> = e.source_kinds.iter().map(|k| kind_name(*k)).collect();
            let bases: Vec<&str> = e.legal_bases().iter().map(|b| b.as_str()).collect();
            vec![
                shown(&e.category.id).into_owned(),
                if kinds.is_empty() {
                    "—".into()
                } else {
                    kinds.join(", ")
                },
                bases.join(", "),
                shown(&e.retention.id).into_owned(),
                if e.leaves_indonesia {
                    "yes".into()
                } else {
                    "no".into()
                },
            ]
        })
        .collect();
    output::table(
        &[
            "CATEGORY",
            "SOURCE KINDS",
            "LEGAL BASIS",
            "RETENTION",
            "LEAVES ID",
        ],
        &rows,
    );
    let origin = match &kept.origin {
        Origin::Profile { profile } => format!("from the profile {profile}"),
        Origin::Edited => "edited".into(),
    };
    println!(
        "Register {origin}, last changed by {} on {}.",
        shown(&kept.updated_by),
        kept.updated_at.format("%Y-%m-%d %H:%M UTC")
    );
    Ok(())
}
