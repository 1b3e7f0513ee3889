//! `pdpdesk register export` (the register of requests for a period, CSV or PDF, the requester
//! masked, logged in the audit chain) and `pdpdesk metrics` (the board's figures).

use crate::output::{self, parse_with, Failure};
use crate::Ctx;
use chrono::{NaiveDate, Utc};
use clap::{Args, Subcommand};
use pdp_core::deadline::calendar::parse_date;
use pdp_core::desk::report::{self, ExportRequest};
use pdp_core::language::Language;
use pdp_core::report::metrics::Deadline;
use pdp_core::report::ExportFormat;

#[derive(Subcommand)]
pub enum RegisterCommand {
    /// Write the register of the requests received in a period, as the office shows it to the
    /// regulator: CSV (for a spreadsheet) or PDF (A4 landscape), the requester masked.
    Export {
        /// First day of receipt (YYYY-MM-DD, office clock).
        #[arg(long, value_name = "DATE")]
        from: String,
        /// Last day of receipt, included.
        #[arg(long, value_name = "DATE")]
        to: String,
        #[arg(long, value_parser = parse_with(ExportFormat::parse))]
        format: ExportFormat,
        /// The file to write (replaced when it exists).
        #[arg(long, value_name = "FILE")]
        out: String,
        /// Language of the headers and words: id or en.
        #[arg(long, default_value = "id", value_parser = parse_with(Language::parse))]
        lang: Language,
    },
}

#[derive(Args)]
pub struct MetricsArgs {
    /// First day of receipt (default: the first of the month eleven months back).
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// Last day of receipt (default: today).
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
}

fn date(field: &'static str, text: &str) -> Result<NaiveDate, Failure> {
    Ok(parse_date(field, text)?)
}

pub fn register(ctx: &mut Ctx, cmd: RegisterCommand) -> Result<(), Failure> {
    let RegisterCommand::Export {
        from,
        to,
        format,
        out,
        lang,
    } = cmd;
    let ask = ExportRequest {
        from: date("from", &from)?,
        to: date("to", &to)?,
        format,
        language: lang,
        out,
    };
    let done = report::export(&mut ctx.store, &ask, &ctx.actor, Utc::now())?;
    if ctx.json {
        output::json(&done);
        return Ok(());
    }
    let t = &done.totals;
    let mut rows = vec![
        ("file", done.path.clone()),
        (
            "period",
            format!("{} – {}", done.period.from, done.period.to),
        ),
        ("requests", done.requests.len().to_string()),
        (
            "totals",
            format!(
                "{} received, {} answered ({} on time, {} late), {} open, {} withdrawn",
                t.received, t.answered, t.on_time, t.late, t.open, t.withdrawn
            ),
        ),
        ("sha256", done.sha256.clone()),
    ];
    if let Some(pages) = done.pages {
        rows.push(("pages", pages.to_string()));
    }
    output::fields(&rows);
    Ok(())
}

fn rate(d: &Deadline) -> String {
    match d.rate {
        Some(r) => format!("{:.0} % ({} of {})", r * 100.0, d.on_time, d.answered),
        None => "– (nothing answered)".into(),
    }
}

fn days(d: Option<f64>) -> String {
    d.map_or("–".into(), |d| format!("{d:.1}"))
}

pub fn metrics(ctx: &Ctx, args: MetricsArgs) -> Result<(), Failure> {
    let from = args.from.as_deref().map(|f| date("from", f)).transpose()?;
    let to = args.to.as_deref().map(|t| date("to", t)).transpose()?;
    let m = report::metrics(&ctx.store, from, to, Utc::now())?;
    if ctx.json {
        output::json(&m);
        return Ok(());
    }
    let groups = |g: &[pdp_core::report::metrics::GroupCount]| {
        g.iter()
            .map(|x| format!("{} {}", x.group.as_str(), x.requests))
            .collect::<Vec<_>>()
            .join(", ")
    };
    output::fields(&[
        ("period", format!("{} – {}", m.from, m.to)),
        (
            "requests",
            format!(
                "{} received, {} answered, {} open, {} withdrawn",
                m.received, m.answered, m.open, m.withdrawn
            ),
        ),
        ("median days", days(m.median_days)),
        ("90th pct days", days(m.p90_days)),
        ("on time", rate(&m.on_time)),
        ("policy", rate(&m.policy)),
        ("3 x 24 hours", rate(&m.statutory)),
        ("days to answer", groups(&m.days_to_answer)),
        ("open by age", groups(&m.open_by_age)),
    ]);
    println!();
    let rights: Vec<Vec<String>> = m
        .per_right
        .iter()
        .map(|r| vec![r.right.as_str().to_string(), r.requests.to_string()])
        .collect();
    output::table(&["RIGHT", "REQUESTS"], &rights);
    println!();
    let months: Vec<Vec<String>> = m
        .per_month
        .iter()
        .map(|x| {
            vec![
                x.month.clone(),
                x.received.to_string(),
                x.answered.to_string(),
            ]
        })
        .collect();
    output::table(&["MONTH", "RECEIVED", "ANSWERED"], &months);
    Ok(())
}
