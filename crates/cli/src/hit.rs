//! `pdpdesk hit …`: staff's decisions on the hits of a request's search. Nothing unconfirmed
//! ever reaches an output.

use crate::output::{self, Failure};
use crate::Ctx;
use chrono::Utc;
use clap::Subcommand;
use pdp_core::desk::search::enrich::{add_found, found_identifiers};
use pdp_core::desk::search::read_again::hit_record;
use pdp_core::search::marks::HitRecord;
use pdp_core::search::stored::Decision;
use pdp_core::search::HitClass;
use pdp_core::sources::ReadControl;
use pdp_core::text::shown;
use pdp_core::CoreError;

#[derive(Subcommand)]
pub enum HitCommand {
    /// The hits of a request's latest search with their decisions.
    List {
        #[arg(long)]
        request: String,
    },
    /// Confirm hits as the requester's (by number), or every undecided strong hit (--request … --strong).
    Confirm {
        ids: Vec<i64>,
        #[arg(long, requires = "strong")]
        request: Option<String>,
        #[arg(long, requires = "request")]
        strong: bool,
    },
    /// Reject hits as not the requester's; the reason is kept.
    Reject {
        #[arg(required = true)]
        ids: Vec<i64>,
        #[arg(long)]
        reason: String,
    },
    /// A hit's record, read again from its file: every field with its column and role.
    Show { id: i64 },
    /// E-mails and phones on the confirmed hits that the request does not have yet.
    Found {
        #[arg(long)]
        request: String,
    },
    /// Add found e-mails or phones to the request (logged), to search again with them.
    Add {
        #[arg(long)]
        request: String,
        #[arg(required = true)]
        values: Vec<String>,
    },
}

pub fn run(ctx: &mut Ctx, cmd: HitCommand) -> Result<(), Failure> {
    let now = Utc::now();
    match cmd {
        HitCommand::List { request } => {
            let search = ctx.store.latest_search(&request)?.ok_or_else(|| {
                CoreError::invalid(
                    "search",
                    "required",
                    format!("{request} has no search yet: pdpdesk search --request {request}"),
                )
            })?;
            if ctx.json {
                output::json(&search);
                return Ok(());
            }
            let rows: Vec<Vec<String>> = search
                .hits
                .iter()
                .map(|h| {
                    let decision = match h.decision {
                        Some(Decision::Confirmed) => "confirmed",
                        Some(Decision::Rejected) => "rejected",
                        None => "",
                    };
                    let class = if h.hit.class == HitClass::Strong {
                        "STRONG"
                    } else {
                        "possible"
                    };
                    vec![
                        h.id.to_string(),
                        class.into(),
                        decision.into(),
                        h.hit.file.clone(),
                        h.hit.record.to_string(),
                        h.hit
                            .explanation_in_english()
                            .into_iter()
                            .next()
                            .unwrap_or_default(),
                    ]
                })
                .collect();
            output::table(
                &["HIT", "CLASS", "DECISION", "FILE", "RECORD", "WHY"],
                &rows,
            );
        }
        HitCommand::Confirm {
            ids,
            request,
            strong,
        } => {
            let n = match (request, strong) {
                (Some(r), true) => {
                    pdp_core::desk::search::confirm_strong(&mut ctx.store, &r, &ctx.actor, now)?
                }
                _ if ids.is_empty() => {
                    return Err(CoreError::invalid(
                        "hit",
                        "required",
                        "name the hits to confirm, or --request ID --strong",
                    )
                    .into())
                }
                _ => ctx
                    .store
                    .decide_hits(&ids, Decision::Confirmed, None, &ctx.actor, now)?,
            };
            done(ctx, "confirmed", n);
        }
        HitCommand::Show { id } => {
            let hit = ctx.store.stored_hit(id)?;
            let HitRecord {
                record,
                fields,
                identifiers,
            } = hit_record(&ctx.store, id, &ReadControl::default())?;
            if ctx.json {
                output::json(&serde_json::json!({
                    "hit": hit, "record": record, "marks": fields, "identifiers": identifiers,
                }));
                return Ok(());
            }
            println!(
                "{} · {}",
                shown(&hit.hit.file),
                shown(&hit.hit.explanation_in_english().join("; "))
            );
            let rows: Vec<Vec<String>> = record
                .fields
                .iter()
                .filter(|f| !f.value.is_empty())
                .map(|f| {
                    vec![
                        f.column.to_string(),
                        format!("{:?}", f.role).to_lowercase(),
                        f.value.clone(),
                    ]
                })
                .collect();
            output::table(&["COLUMN", "ROLE", "VALUE"], &rows);
        }
        HitCommand::Found { request } => {
            let found = found_identifiers(&ctx.store, &request, &ReadControl::default())?;
            if ctx.json {
                output::json(&found);
                return Ok(());
            }
            let rows: Vec<Vec<String>> = found
                .iter()
                .map(|f| vec![f.kind.clone(), f.value.clone(), f.found_in.join("; ")])
                .collect();
            output::table(&["KIND", "VALUE", "FOUND IN"], &rows);
        }
        HitCommand::Add { request, values } => {
            let r = add_found(
                &mut ctx.store,
                &request,
                &values,
                &ctx.actor,
                now,
                &ReadControl::default(),
            )?;
            if ctx.json {
                output::json(&r);
            } else {
                println!(
                    "{}: e-mail {}; phone {}. Search again: pdpdesk search --request {}",
                    r.id,
                    r.requester.emails.join(", "),
                    r.requester.phones.join(", "),
                    r.id
                );
            }
        }
        HitCommand::Reject { ids, reason } => {
            let n =
                ctx.store
                    .decide_hits(&ids, Decision::Rejected, Some(&reason), &ctx.actor, now)?;
            done(ctx, "rejected", n);
        }
    }
    Ok(())
}

fn done(ctx: &Ctx, what: &str, n: usize) {
    if ctx.json {
        output::json(&serde_json::json!({ what: n }));
    } else {
        println!("{n} hit(s) {what}");
    }
}
