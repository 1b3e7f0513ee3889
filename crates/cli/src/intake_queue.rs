//! `pdpdesk intake-queue`: the messages that need a look (intake could class them neither as a
//! request nor as clearly something else), each with its clock running from receipt; decide one
//! as a request with its rights, or as not a request with a reason.

use crate::output::{self, parse_with, stamp, Failure};
use crate::Ctx;
use chrono::Utc;
use clap::{Args, Subcommand};
use pdp_core::desk::intake::queue::{self, QueueItem};
use pdp_core::intake::queue::QueueDecision;
use pdp_core::vocabulary::Right;

#[derive(Subcommand)]
pub enum QueueCommand {
    /// The waiting messages, oldest receipt first, with why intake was not sure.
    List {
        /// The decided ones too, with their decision.
        #[arg(long)]
        all: bool,
    },
    /// Decide a waiting message: a request for the given rights, or not a request with a reason.
    Decide(DecideArgs),
}

#[derive(Args)]
pub struct DecideArgs {
    /// The queue entry's number (`pdpdesk intake-queue list`).
    id: i64,
    /// A right the message asks for (repeatable): registers it as a request.
    #[arg(long = "right", value_parser = parse_with(Right::parse), required_unless_present = "not_request")]
    rights: Vec<Right>,
    /// It is not a data-subject request (give --reason).
    #[arg(long, conflicts_with = "rights", requires = "reason")]
    not_request: bool,
    /// Why it is not a request (kept with the decision).
    #[arg(long, requires = "not_request")]
    reason: Option<String>,
}

pub fn run(ctx: &mut Ctx, cmd: QueueCommand) -> Result<(), Failure> {
    let now = Utc::now();
    match cmd {
        QueueCommand::List { all } => {
            let items = queue::list(&ctx.store, all, now)?;
            if ctx.json {
                output::json(&items);
            } else {
                let zone = ctx.store.office()?.time_zone;
                let rows: Vec<Vec<String>> = items.iter().map(|i| row(i, zone)).collect();
                output::table(
                    &["#", "RECEIVED", "DUE", "FROM", "SUBJECT", "WHY / DECISION"],
                    &rows,
                );
            }
        }
        QueueCommand::Decide(args) => {
            if args.not_request {
                let reason = args.reason.unwrap_or_default();
                let entry = queue::dismiss(&mut ctx.store, args.id, &reason, &ctx.actor, now)?;
                if ctx.json {
                    output::json(&entry);
                } else {
                    output::line(&format!("#{}: not a request", entry.id));
                }
            } else {
                let request =
                    queue::decide_rights(&mut ctx.store, args.id, &args.rights, &ctx.actor, now)?;
                if ctx.json {
                    output::json(&request);
                } else {
                    output::line(&format!("#{}: registered as {}", args.id, request.id));
                }
            }
        }
    }
    Ok(())
}

fn row(i: &QueueItem, zone: pdp_core::office::OfficeZone) -> Vec<String> {
    let e = &i.entry;
    let why = match &e.decision {
        Some(QueueDecision::Request { request_id }) => format!("request {request_id}"),
        Some(QueueDecision::NotRequest { reason }) => format!("not a request: {reason}"),
        None => i
            .proposal
            .as_ref()
            .map(|p| {
                p.classification
                    .reasons
                    .iter()
                    .map(|r| {
                        let code = serde_json::to_value(r.code)
                            .ok()
                            .and_then(|v| v.as_str().map(String::from))
                            .unwrap_or_default();
                        match (r.right, r.words.first()) {
                            (Some(right), _) => format!("{code} ({right})"),
                            (None, Some(w)) => format!("{code} \"{}\"", w.text),
                            (None, None) => code,
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            })
            .unwrap_or_default(),
    };
    vec![
        e.id.to_string(),
        stamp(e.received_at, zone),
        i.clocks
            .as_ref()
            .map(|c| c.policy_due.to_string())
            .unwrap_or_default(),
        e.from_address.clone().unwrap_or_default(),
        e.subject.clone(),
        why,
    ]
}
