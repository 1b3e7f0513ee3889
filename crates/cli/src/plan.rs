//! `pdpdesk plan show|set`: the action plan of a request that asks for deletion, correction,
//! consent withdrawal, restriction or objection — per confirmed record what is done and why —
//! and staff's change of a line, with a reason.

use crate::output::{self, Failure};
use crate::Ctx;
use chrono::{NaiveDate, Utc};
use clap::Subcommand;
use pdp_core::desk::deletion::{self, PlanLine};
use pdp_core::fulfil::deletion::plan::{Action, Because, Ground};
use pdp_core::sources::ReadControl;
use pdp_core::text::shown;
use pdp_core::CoreError;

#[derive(Subcommand)]
pub enum PlanCommand {
    /// Each confirmed record with its action and the reason for it.
    Show {
        #[arg(long)]
        request: String,
    },
    /// Change what is done with records (by their hit numbers; --hit repeats), with a reason.
    Set {
        #[arg(long)]
        request: String,
        #[arg(long = "hit", required = true)]
        hits: Vec<i64>,
        /// delete, retain, restrict, correct or stop-processing.
        #[arg(long)]
        action: String,
        /// For retain: bookkeeping or legal-obligation.
        #[arg(long)]
        ground: Option<String>,
        /// For retain: the last day it is kept (YYYY-MM-DD).
        #[arg(long)]
        until: Option<String>,
        /// For correct: the field that changes, and its new value.
        #[arg(long)]
        field: Option<String>,
        #[arg(long)]
        new_value: Option<String>,
        /// For stop-processing: a purpose that stops (repeatable).
        #[arg(long = "purpose")]
        purposes: Vec<String>,
        #[arg(long)]
        reason: String,
    },
}

fn required(field: &'static str, text: &str) -> CoreError {
    CoreError::invalid(field, "required", text)
}

/// The action the options describe.
#[allow(clippy::too_many_arguments)]
fn action(
    name: &str,
    ground: Option<String>,
    until: Option<String>,
    field: Option<String>,
    new_value: Option<String>,
    purposes: Vec<String>,
) -> Result<Action, CoreError> {
    Ok(match name {
        "delete" => Action::Delete,
        "restrict" => Action::Restrict,
        "retain" => {
            let ground = match ground.as_deref() {
                Some("bookkeeping") => Ground::Bookkeeping,
                Some("legal-obligation") => Ground::LegalObligation,
                Some(other) => {
                    return Err(CoreError::invalid(
                        "ground",
                        "unknown",
                        format!(
                            "unknown ground {}; use bookkeeping or legal-obligation",
                            pdp_core::text::quoted(other)
                        ),
                    ))
                }
                None => {
                    return Err(required(
                        "ground",
                        "retain needs --ground bookkeeping|legal-obligation",
                    ))
                }
            };
            let until =
                until.ok_or_else(|| required("until", "retain needs --until YYYY-MM-DD"))?;
            let until = NaiveDate::parse_from_str(until.trim(), "%Y-%m-%d").map_err(|_| {
                CoreError::invalid(
                    "until",
                    "format",
                    "write the date as YYYY-MM-DD, e.g. 2036-12-31",
                )
            })?;
            Action::Retain { ground, until }
        }
        // The core refuses a correction without its field and value, or no purpose to stop.
        "correct" => Action::Correct { field, new_value },
        "stop-processing" => Action::StopProcessing { purposes },
        other => {
            return Err(CoreError::invalid(
                "action",
                "unknown",
                format!(
                    "unknown action {}; use delete, retain, restrict, correct or stop-processing",
                    pdp_core::text::quoted(other)
                ),
            ))
        }
    })
}

/// The action in a few words for the table.
fn action_words(a: &Action) -> String {
    match a {
        Action::Retain { ground, until } => format!(
            "retain until {until} ({})",
            match ground {
                Ground::Bookkeeping => "bookkeeping",
                Ground::LegalObligation => "legal obligation",
            }
        ),
        Action::Correct { field, new_value } => match (field, new_value) {
            (Some(f), Some(v)) => format!("correct {} → {}", shown(f), shown(v)),
            _ => "correct (new value needed)".into(),
        },
        Action::StopProcessing { purposes } if purposes.is_empty() => {
            "stop processing (no purpose in the register rests on it)".into()
        }
        Action::StopProcessing { purposes } => {
            format!("stop processing: {}", shown(&purposes.join("; ")))
        }
        other => other.name().into(),
    }
}

fn because_words(b: &Because) -> String {
    match b {
        Because::DeletionAsked => "deletion asked".into(),
        Because::MustBeKept {
            book_year,
            months,
            dated_by_record,
        } => format!(
            "kept by law: book year {book_year}{} + {months} months",
            if *dated_by_record {
                ""
            } else {
                " (record undated: this year)"
            }
        ),
        Because::RestrictionAsked => "restriction asked".into(),
        Because::CorrectionAsked => "correction asked".into(),
        Because::ConsentWithdrawn => "consent withdrawn".into(),
        Because::ObjectionMade => "objection made".into(),
        Because::ChangedByStaff { reason } => format!("changed: {}", shown(reason)),
    }
}

fn row(l: &PlanLine) -> Vec<String> {
    vec![
        l.hit.to_string(),
        format!("{} #{}", shown(&l.file), l.record),
        l.record_id
            .as_deref()
            .map(|i| shown(i).into_owned())
            .unwrap_or_default(),
        action_words(&l.action),
        because_words(&l.because),
    ]
}

pub fn run(ctx: &mut Ctx, cmd: PlanCommand) -> Result<(), Failure> {
    let now = Utc::now();
    match cmd {
        PlanCommand::Show { request } => {
            let plan = deletion::plan(&ctx.store, &request, &ReadControl::default(), now)?;
            if ctx.json {
                output::json(&plan);
                return Ok(());
            }
            let rows: Vec<Vec<String>> = plan.lines.iter().map(row).collect();
            output::table(&["HIT", "RECORD", "ID", "ACTION", "WHY"], &rows);
            if plan.incomplete > 0 {
                println!(
                    "{} line(s) need a new value: pdpdesk plan set --request {} --hit N --action correct --field F --new-value V --reason R",
                    plan.incomplete, plan.request_id
                );
            }
        }
        PlanCommand::Set {
            request,
            hits,
            action: name,
            ground,
            until,
            field,
            new_value,
            purposes,
            reason,
        } => {
            let action = action(&name, ground, until, field, new_value, purposes)?;
            let lines = deletion::change(
                &mut ctx.store,
                &request,
                &hits,
                action,
                &reason,
                &ctx.actor,
                now,
            )?;
            match (ctx.json, lines.as_slice()) {
                (true, [one]) => output::json(one),
                (true, many) => output::json(&many),
                (false, many) => {
                    let rows: Vec<Vec<String>> = many.iter().map(row).collect();
                    output::table(&["HIT", "RECORD", "ID", "ACTION", "WHY"], &rows);
                }
            }
        }
    }
    Ok(())
}
