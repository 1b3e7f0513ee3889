//! `pdpdesk office …` and `pdpdesk demo`.

use crate::output::{self, Failure};
use crate::Ctx;
use chrono::Utc;
use clap::Subcommand;
use pdp_core::office::{letter_number, OfficeUpdate, OfficeZone};
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum OfficeCommand {
    /// Show the office profile.
    Show,
    /// Change the office profile; fields not given stay as they are.
    Set {
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        address: Option<String>,
        /// A letterhead line under the name (repeat for several; replaces all lines).
        #[arg(long = "letterhead")]
        letterhead: Vec<String>,
        /// The city letters are dated from ("Denpasar, 3 Desember 2026").
        #[arg(long)]
        city: Option<String>,
        /// Who signs the letters.
        #[arg(long)]
        signatory_name: Option<String>,
        /// The signatory's position (jabatan).
        #[arg(long)]
        signatory_position: Option<String>,
        /// Letter numbers, e.g. "{seq}/PDP/{office}/{roman_month}/{year}".
        #[arg(long)]
        letter_number_pattern: Option<String>,
        /// Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT).
        #[arg(long, value_parser = |s: &str| OfficeZone::parse(s).map_err(|e| e.to_string()))]
        time_zone: Option<OfficeZone>,
        /// The office's response window in working days.
        #[arg(long)]
        policy_days: Option<u32>,
        /// Whether the office closes on cuti bersama days.
        #[arg(long)]
        cuti_bersama: Option<bool>,
        /// A PNG logo for the letterhead.
        #[arg(long, value_name = "PNG", conflicts_with = "no_logo")]
        logo: Option<PathBuf>,
        /// Remove the logo.
        #[arg(long)]
        no_logo: bool,
    },
    /// The office's mail server for e-mailing verification codes and letters: show, set with
    /// --host, send a test message with --send-test ADDRESS.
    MailServer(crate::mail_server::MailServerArgs),
    /// The processing register (Pasal 31): show, --profile NAME [--replace], --set FILE.json,
    /// --profiles.
    Processing(crate::processing::ProcessingArgs),
}

pub fn run(ctx: &mut Ctx, cmd: OfficeCommand) -> Result<(), Failure> {
    let cmd = match cmd {
        OfficeCommand::MailServer(args) => return crate::mail_server::run(ctx, args),
        OfficeCommand::Processing(args) => return crate::processing::run(ctx, args),
        cmd => cmd,
    };
    if let OfficeCommand::Set {
        name,
        address,
        letterhead,
        city,
        signatory_name,
        signatory_position,
        letter_number_pattern,
        time_zone,
        policy_days,
        cuti_bersama,
        logo,
        no_logo,
    } = cmd
    {
        let update = OfficeUpdate {
            name,
            address,
            letterhead: (!letterhead.is_empty()).then_some(letterhead),
            city,
            signatory_name,
            signatory_position,
            letter_number_pattern,
            time_zone,
            policy_days,
            observes_cuti_bersama: cuti_bersama,
        };
        // Validate everything before writing anything.
        let mut preview = ctx.store.office()?;
        update.apply_to(&mut preview)?;
        let now = Utc::now();
        if let Some(path) = &logo {
            pdp_core::desk::office::set_logo_file(&mut ctx.store, path, &ctx.actor, now)?;
        }
        if no_logo {
            ctx.store.clear_logo(&ctx.actor, now)?;
        }
        pdp_core::desk::office::update(&mut ctx.store, &update, &ctx.actor, now)?;
    }
    show(ctx)
}

fn show(ctx: &Ctx) -> Result<(), Failure> {
    let o = ctx.store.office()?;
    if ctx.json {
        output::json(&o);
        return Ok(());
    }
    let example = letter_number(
        &o.letter_number_pattern,
        1,
        Utc::now().date_naive(),
        &o.name,
    );
    let install = ctx.store.installation();
    output::fields(&[
        (
            "Office",
            if o.name.is_empty() {
                "(not set: pdpdesk office set --name …)".into()
            } else {
                o.name.clone()
            },
        ),
        (
            "Demo",
            if o.is_demo {
                "yes: demonstration data (pdpdesk demo --clear to leave it)".into()
            } else {
                "no".into()
            },
        ),
        ("Address", o.address.clone()),
        ("Letterhead", o.letterhead.join(" | ")),
        ("City", o.city.clone()),
        (
            "Signed by",
            format!("{} ({})", o.signatory_name, o.signatory_position),
        ),
        (
            "Logo",
            if o.has_logo {
                "set".into()
            } else {
                "none".into()
            },
        ),
        (
            "Letter numbers",
            format!("{}  (e.g. {example})", o.letter_number_pattern),
        ),
        (
            "Time zone",
            format!("{} ({})", o.time_zone.iana(), o.time_zone.abbreviation()),
        ),
        ("Policy window", format!("{} working days", o.policy_days)),
        (
            "Cuti bersama",
            if o.observes_cuti_bersama {
                "observed".into()
            } else {
                "not observed".into()
            },
        ),
        ("Data folder", install.data_dir),
    ]);
    Ok(())
}

pub fn demo(ctx: &mut Ctx, clear: bool) -> Result<(), Failure> {
    let now = Utc::now();
    if clear {
        let removed = pdp_core::desk::demo::clear(&mut ctx.store, &ctx.actor, now)?;
        if ctx.json {
            output::json(&serde_json::json!({ "removed_requests": removed }));
        } else {
            println!("Demo removed: {removed} demo requests and the sample exports deleted; set your office with `pdpdesk office set`.");
        }
        return Ok(());
    }
    let seeded = pdp_core::desk::demo::seed(&mut ctx.store, now)?;
    if ctx.json {
        output::json(&seeded);
    } else {
        println!(
            "Seeded {} with {} demo requests: {}",
            seeded.office,
            seeded.requests.len(),
            seeded.requests.join(", ")
        );
        let dir = &seeded.exports;
        println!("Sample exports of the demo office (invented people only): {dir}");
        println!("Add them as a source with `pdpdesk source add \"{dir}\"`, register a sample request with");
        println!("`pdpdesk intake \"{dir}/email/01_permohonan_akses_data_pribadi.eml\"` and search with `pdpdesk search --request <its id>`.");
    }
    Ok(())
}
