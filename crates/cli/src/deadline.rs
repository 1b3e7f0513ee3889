//! `pdpdesk deadline` and `pdpdesk request pause|resume|extend`: the policy window and the law's
//! 3 × 24-hour clocks.

use crate::output::{self, parse_with, stamp, Failure};
use crate::Ctx;
use chrono::Utc;
use clap::{Args, Subcommand};
use pdp_core::deadline::calendar::parse_date;
use pdp_core::deadline::statutory::statutory_article;
use pdp_core::deadline::{ClockKind, Clocks, DeadlineQuery};
use pdp_core::office::OfficeZone;
use pdp_core::register::parse_instant;
use pdp_core::vocabulary::Right;

/// `pdpdesk deadline`: the clocks of a receipt, or of a registered request.
#[derive(Args)]
pub struct DeadlineArgs {
    /// A registered request (instead of --received and --right).
    #[arg(conflicts_with_all = ["received", "rights", "days", "tz", "no_cuti_bersama"])]
    request: Option<String>,
    /// Time of receipt, RFC 3339; a time without offset is on the office clock.
    #[arg(long, value_name = "RFC3339", required_unless_present = "request")]
    received: Option<String>,
    /// Right asked (repeatable): access, correction, withdraw-consent and restriction carry the
    /// law's 3 × 24 hours.
    #[arg(long = "right", value_parser = parse_with(Right::parse), required_unless_present = "request")]
    rights: Vec<Right>,
    /// The policy window in working days (default: the office's).
    #[arg(long)]
    days: Option<u32>,
    /// Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT) (default: the office's).
    #[arg(long, value_parser = parse_with(OfficeZone::parse))]
    tz: Option<OfficeZone>,
    /// Count cuti bersama days as working days.
    #[arg(long)]
    no_cuti_bersama: bool,
    /// Measure what remains at this instant instead of now (RFC 3339 or office-clock time).
    #[arg(long, value_name = "RFC3339")]
    now: Option<String>,
}

/// Clock changes of a registered request, under `pdpdesk request`.
#[derive(Subcommand)]
pub enum ClockCommand {
    /// Pause the policy window (e.g. waiting for proof of identity); the law's clock runs on.
    Pause {
        id: String,
        /// Why (kept in the history).
        #[arg(long)]
        reason: String,
    },
    /// Let the policy window run again with the working days it had left.
    Resume {
        id: String,
        /// Why (kept in the history).
        #[arg(long)]
        reason: String,
    },
    /// Give the policy window a new, later due date.
    Extend {
        id: String,
        /// The new due date, YYYY-MM-DD (a working day).
        #[arg(long, value_name = "YYYY-MM-DD")]
        until: String,
        /// Why (kept in the history and told to the requester).
        #[arg(long)]
        reason: String,
    },
}

pub fn run(ctx: &mut Ctx, args: DeadlineArgs) -> Result<(), Failure> {
    let zone = match args.tz {
        Some(z) => z,
        None => ctx.store.office()?.time_zone,
    };
    let now = match &args.now {
        Some(text) => parse_instant("now", text, zone)?,
        None => Utc::now(),
    };
    let clocks = match (args.request, args.received) {
        (Some(id), _) => pdp_core::desk::clocks::request_clocks(&ctx.store, &id, now)?,
        (None, received) => {
            let query = DeadlineQuery {
                received_at: received.unwrap_or_default(),
                rights: args.rights,
                policy_days: args.days,
                time_zone: args.tz,
                observes_cuti_bersama: args.no_cuti_bersama.then_some(false),
            };
            pdp_core::desk::calendar::deadline(&ctx.store, &query, now)?
        }
    };
    print(ctx, &clocks);
    Ok(())
}

pub fn run_clock(ctx: &mut Ctx, cmd: ClockCommand) -> Result<(), Failure> {
    let now = Utc::now();
    let (id, clocks, done) = match cmd {
        ClockCommand::Pause { id, reason } => {
            let c = pdp_core::desk::clocks::pause(&mut ctx.store, &id, &reason, &ctx.actor, now)?;
            (id, c, "paused: the policy window stands still")
        }
        ClockCommand::Resume { id, reason } => {
            let c = pdp_core::desk::clocks::resume(&mut ctx.store, &id, &reason, &ctx.actor, now)?;
            (id, c, "resumed")
        }
        ClockCommand::Extend { id, until, reason } => {
            let until = parse_date("until", &until)?;
            let c = pdp_core::desk::clocks::extend(
                &mut ctx.store,
                &id,
                until,
                &reason,
                &ctx.actor,
                now,
            )?;
            (id, c, "extended")
        }
    };
    if !ctx.json {
        println!("{} {done}", id.trim().to_uppercase());
    }
    print(ctx, &clocks);
    Ok(())
}

fn print(ctx: &Ctx, c: &Clocks) {
    if ctx.json {
        output::json(c);
    } else {
        output::fields(&clock_fields(c));
    }
}

/// The stricter clock in a few words, for the register table: `42 h (law)`, `5 wd`, `paused`.
pub fn due_summary(c: &Clocks) -> String {
    let statutory = match (c.stricter, c.remaining_hours) {
        (ClockKind::Statutory, Some(h)) if h < 0 => Some(format!("{} h over (law)", -h)),
        (ClockKind::Statutory, Some(h)) => Some(format!("{h} h (law)")),
        _ => None,
    };
    let paused = if c.paused { ", paused" } else { "" };
    statutory.unwrap_or_else(|| policy_remaining(c)) + paused
}

/// Both clocks as label/value lines.
pub fn clock_fields(c: &Clocks) -> Vec<(&'static str, String)> {
    let z = c.time_zone;
    let cb = if c.observes_cuti_bersama {
        "cuti bersama off"
    } else {
        "cuti bersama worked"
    };
    let mut pairs = vec![
        ("Received", stamp(c.received_at, z)),
        (
            "Policy window",
            format!("{} working days ({cb})", c.policy_days),
        ),
        (
            "  due",
            format!(
                "{}, ends {} {}{}",
                c.policy_due.format("%a %Y-%m-%d"),
                c.policy_ends_at.format("%H:%M:%S"),
                z.abbreviation(),
                if c.extended { " (extended)" } else { "" }
            ),
        ),
        ("  remaining", policy_remaining(c)),
    ];
    match (c.statutory_due, c.remaining_hours) {
        (Some(due), Some(hours)) => {
            let rights: Vec<String> = c
                .statutory_rights
                .iter()
                .map(|r| format!("{r} ({})", statutory_article(*r).unwrap_or("")))
                .collect();
            pairs.push((
                "Statutory clock",
                format!("3 × 24 hours for {}", rights.join(", ")),
            ));
            pairs.push(("  due", stamp(due, z)));
            let left = if c.statutory_overdue {
                format!("{} hours over (overdue)", -hours)
            } else {
                format!("{hours} hours")
            };
            pairs.push(("  remaining", left));
        }
        _ => pairs.push(("Statutory clock", "none for these rights".into())),
    }
    let first = match c.stricter {
        ClockKind::Policy => "policy window",
        ClockKind::Statutory => "statutory clock",
    };
    pairs.push(("Ends first", first.into()));
    if let Some(since) = c.paused_since {
        pairs.push(("Paused since", stamp(since, z)));
    }
    for w in &c.warnings {
        pairs.push(("Warning", w.message.clone()));
    }
    pairs
}

fn policy_remaining(c: &Clocks) -> String {
    let days = |n: i64| format!("{n} working day{}", if n == 1 { "" } else { "s" });
    match (c.policy_overdue, c.remaining_working_days) {
        (true, n) if n < 0 => format!("overdue, {} late", days(-n)),
        (true, _) => "overdue".into(),
        (false, 0) => "due today".into(),
        (false, n) => days(n),
    }
}
