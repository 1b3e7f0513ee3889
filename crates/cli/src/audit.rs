//! `pdpdesk audit`: the audit chain of every change — walk it (`verify`), or list its entries
//! (their details are keyed digests: nothing personal in clear beyond a request's number).

use crate::output::{self, stamp, Failure};
use crate::Ctx;
use chrono::{DateTime, Utc};
use clap::Subcommand;
use pdp_core::audit::check::Status;
use pdp_core::CoreError;

#[derive(Subcommand)]
pub enum AuditCommand {
    /// Walk the whole chain and name the first entry that is wrong (edited, deleted, inserted,
    /// moved, its history line changed, the tail cut); exit 6 when the chain is broken.
    Verify,
    /// The chain's entries, oldest first: who did what, on which request or setting, when.
    List {
        /// Only the entries about this request.
        #[arg(long, value_name = "ID")]
        request: Option<String>,
    },
}

pub fn run(ctx: &mut Ctx, cmd: AuditCommand) -> Result<(), Failure> {
    match cmd {
        AuditCommand::Verify => verify(ctx),
        AuditCommand::List { request } => list(ctx, request.as_deref()),
    }
}

fn verify(ctx: &mut Ctx) -> Result<(), Failure> {
    let status = ctx.store.audit_status()?;
    if ctx.json {
        output::json(&status);
    } else {
        print(ctx, &status)?;
    }
    match status.problem {
        None => Ok(()),
        Some(p) => Err(CoreError::AuditBroken {
            seq: p.seq,
            reason: p.code.as_str(),
            why: p.message,
        }
        .into()),
    }
}

fn print(ctx: &Ctx, status: &Status) -> Result<(), Failure> {
    let zone = ctx.store.office()?.time_zone;
    let mut rows = vec![
        ("chain", if status.ok { "OK" } else { "BROKEN" }.to_string()),
        ("entries", status.entries.to_string()),
    ];
    if let Some(at) = status.last_at {
        rows.push(("last change", stamp(at, zone)));
    }
    if let Some(p) = &status.problem {
        let at = p.seq.map_or_else(|| "-".to_string(), |s| s.to_string());
        rows.push(("first bad entry", at));
        rows.push(("problem", format!("{} ({})", p.message, p.code.as_str())));
        if let Some(id) = &p.request_id {
            rows.push(("request", id.clone()));
        }
        if let Some(id) = p.event_id {
            rows.push(("history line", id.to_string()));
        }
    }
    output::fields(&rows);
    Ok(())
}

fn list(ctx: &Ctx, request: Option<&str>) -> Result<(), Failure> {
    let entries = ctx.store.audit_entries(request)?;
    if ctx.json {
        output::json(&entries);
        return Ok(());
    }
    let zone = ctx.store.office()?.time_zone;
    let rows: Vec<Vec<String>> = entries
        .iter()
        .map(|e| {
            let at = DateTime::parse_from_rfc3339(&e.at)
                .map(|d| stamp(d.with_timezone(&Utc), zone))
                .unwrap_or_else(|_| e.at.clone());
            vec![
                e.seq.to_string(),
                at,
                e.actor.clone(),
                e.action.clone(),
                e.target.clone(),
                e.digest.chars().take(16).collect(),
            ]
        })
        .collect();
    output::table(
        &["SEQ", "WHEN", "ACTOR", "ACTION", "TARGET", "DIGEST"],
        &rows,
    );
    Ok(())
}
