//! `pdpdesk calendar`: the office's year of holidays and closures, and its own entries.

use crate::output::parse_with;
use crate::output::{self, Failure};
use crate::Ctx;
use chrono::{Datelike, Utc};
use clap::{Args, Subcommand};
use pdp_core::deadline::calendar::{parse_date, CalendarEntry, CalendarYear, EntryKind};
use pdp_core::deadline::holidays::Confidence;
use pdp_core::text::shown;
use std::path::PathBuf;

#[derive(Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct CalendarArgs {
    /// The year to list (default: this year on the office clock).
    year: Option<i32>,
    #[command(subcommand)]
    action: Option<CalendarAction>,
}

#[derive(Subcommand)]
pub enum CalendarAction {
    /// Add an office closure or a regional holiday (e.g. Galungan).
    Add {
        #[arg(value_name = "YYYY-MM-DD")]
        date: String,
        #[arg(long)]
        name: String,
        /// closure (default) or regional.
        #[arg(long, default_value = "closure", value_parser = parse_with(EntryKind::parse))]
        kind: EntryKind,
    },
    /// Remove the office's entry on a day.
    Remove {
        #[arg(value_name = "YYYY-MM-DD")]
        date: String,
    },
    /// Import the all-day events of an .ics file as closures.
    Import { file: PathBuf },
}

pub fn run(ctx: &mut Ctx, args: CalendarArgs) -> Result<(), Failure> {
    let now = Utc::now();
    match args.action {
        None => {
            let year = match args.year {
                Some(y) => y,
                None => ctx.store.office()?.time_zone.local(now).year(),
            };
            let listing = pdp_core::desk::calendar::calendar_year(&ctx.store, year)?;
            if ctx.json {
                output::json(&listing);
            } else {
                print_year(&listing);
            }
        }
        Some(CalendarAction::Add { date, name, kind }) => {
            let entry = CalendarEntry::new(parse_date("date", &date)?, kind, &name)?;
            let added = ctx.store.add_calendar_entry(&entry, &ctx.actor, now)?;
            if ctx.json {
                output::json(&added);
            } else {
                println!(
                    "Added {} {}: {}",
                    added.date,
                    added.kind,
                    shown(&added.name)
                );
            }
        }
        Some(CalendarAction::Remove { date }) => {
            let removed =
                ctx.store
                    .remove_calendar_entry(parse_date("date", &date)?, &ctx.actor, now)?;
            if ctx.json {
                output::json(&removed);
            } else {
                println!(
                    "Removed {} {}: {}",
                    removed.date,
                    removed.kind,
                    shown(&removed.name)
                );
            }
        }
        Some(CalendarAction::Import { file }) => {
            let import =
                pdp_core::desk::calendar::import_ics(&mut ctx.store, &file, &ctx.actor, now)?;
            if ctx.json {
                output::json(&import);
            } else {
                println!(
                    "{}: {} closure day(s) added, {} skipped",
                    import.file,
                    import.added.len(),
                    import.skipped.len()
                );
                let rows: Vec<Vec<String>> = import
                    .skipped
                    .iter()
                    .map(|s| vec![s.summary.clone(), s.reason.clone()])
                    .collect();
                if !rows.is_empty() {
                    output::table(&["SKIPPED", "WHY"], &rows);
                }
            }
        }
    }
    Ok(())
}

fn print_year(y: &CalendarYear) {
    let table = match (&y.decree, y.confidence) {
        (Some(d), Some(Confidence::Medium)) => format!("{d} (not yet confirmed)"),
        (Some(d), _) => d.clone(),
        _ => format!(
            "none: national holidays of {} are not known to this build",
            y.year
        ),
    };
    let cb = if y.observes_cuti_bersama {
        "days off"
    } else {
        "working days"
    };
    output::fields(&[
        ("Year", y.year.to_string()),
        ("National table", table),
        ("Cuti bersama", cb.to_string()),
        ("Working days", y.working_days.to_string()),
    ]);
    println!();
    let rows: Vec<Vec<String>> = y
        .days
        .iter()
        .map(|d| {
            vec![
                d.date.format("%Y-%m-%d %a").to_string(),
                d.kind.to_string(),
                d.name.clone(),
                if d.closes_office { "closed" } else { "-" }.to_string(),
            ]
        })
        .collect();
    output::table(&["DATE", "TYPE", "NAME", "OFFICE"], &rows);
}
