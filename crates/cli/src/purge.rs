//! `pdpdesk purge`: remove the personal data of requests closed longer ago than the office's
//! retention, leaving each an anonymised stub; `--dry-run` lists what would go, `--retention`
//! shows or sets the retention.

use crate::output::{self, stamp, Failure};
use crate::Ctx;
use chrono::Utc;
use clap::Args;
use pdp_core::desk::purge::{self, PurgeCandidate};

#[derive(Args)]
pub struct PurgeArgs {
    /// List the requests whose retention has run out, and change nothing.
    #[arg(long)]
    dry_run: bool,
    /// Set the retention of closed requests (months, 1 to 120; two years unless set), then
    /// list what is due under it; nothing is purged in the same call.
    #[arg(long, value_name = "MONTHS")]
    set_retention: Option<u32>,
}

pub fn run(ctx: &mut Ctx, args: PurgeArgs) -> Result<(), Failure> {
    let now = Utc::now();
    if let Some(months) = args.set_retention {
        purge::set_retention_months(&mut ctx.store, months, &ctx.actor, now)?;
    }
    if args.dry_run || args.set_retention.is_some() {
        let plan = purge::plan(&ctx.store, now)?;
        if ctx.json {
            output::json(&plan);
            return Ok(());
        }
        output::line(&format!(
            "retention: {} months after a request ended",
            plan.retention_months
        ));
        list(ctx, &plan.due)?;
        if plan.declined_messages > 0 {
            output::line(&format!(
                "{} message(s) decided not to be a request would lose their sender and subject",
                plan.declined_messages
            ));
        }
        if let Some(next) = &plan.next {
            let zone = ctx.store.office()?.time_zone;
            output::line(&format!(
                "next due: {} on {}",
                next.id,
                stamp(next.purge_due, zone)
            ));
        }
        return Ok(());
    }
    let report = purge::run(&mut ctx.store, &ctx.actor, now)?;
    if ctx.json {
        output::json(&report);
        return Ok(());
    }
    let rows: Vec<Vec<String>> = report
        .purged
        .iter()
        .map(|p| {
            let r = &p.removed;
            vec![
                p.id.clone(),
                r.contacts.to_string(),
                r.history_lines.to_string(),
                r.evidence.to_string(),
                r.searches.to_string(),
                r.letters.to_string(),
            ]
        })
        .collect();
    if rows.is_empty() {
        output::line("nothing to purge: no closed request is past the retention");
    } else {
        output::table(
            &[
                "purged",
                "contacts",
                "history lines",
                "evidence",
                "searches",
                "letters",
            ],
            &rows,
        );
    }
    if report.declined_messages > 0 {
        output::line(&format!(
            "{} declined message(s) blanked",
            report.declined_messages
        ));
    }
    output::line(&format!(
        "database compacted: {} → {} bytes",
        report.bytes_before, report.bytes_after
    ));
    Ok(())
}

fn list(ctx: &Ctx, due: &[PurgeCandidate]) -> Result<(), Failure> {
    if due.is_empty() {
        output::line("nothing is due: no closed request is past the retention");
        return Ok(());
    }
    let zone = ctx.store.office()?.time_zone;
    let rows: Vec<Vec<String>> = due
        .iter()
        .map(|c| {
            vec![
                c.id.clone(),
                stamp(c.ended_at, zone),
                stamp(c.purge_due, zone),
            ]
        })
        .collect();
    output::table(&["would purge", "ended", "due since"], &rows);
    Ok(())
}
