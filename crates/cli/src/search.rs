//! `pdpdesk search`: every record of a requester across the added sources, each hit explained.

use crate::output::{self, Failure};
use crate::Ctx;
use chrono::Utc;
use clap::Args;
use pdp_core::desk::search::{search, Method};
use pdp_core::search::{Hit, HitClass, SubjectQuery};
use pdp_core::sources::Locator;
use pdp_core::sources::ReadControl;
use pdp_core::text::shown;
use pdp_core::CoreError;
use serde_json::{json, Value};

#[derive(Args)]
pub struct SearchArgs {
    /// Take the name, e-mails and phones of this request.
    #[arg(long)]
    request: Option<String>,
    #[arg(long)]
    name: Option<String>,
    /// (repeatable)
    #[arg(long)]
    email: Vec<String>,
    /// (repeatable)
    #[arg(long)]
    phone: Vec<String>,
    #[arg(long)]
    nik: Option<String>,
    /// Read every file whole instead of using the index (files that changed since
    /// `pdpdesk index` are always read whole).
    #[arg(long)]
    scan: bool,
}

/// A hit as the CLI prints it: the locator as flat fields, null where they do not apply.
fn flat(h: &Hit) -> Value {
    let (line, sheet, row, message) = match &h.locator {
        Locator::Line { line } => (Some(*line), None, None, None),
        Locator::Cell { sheet, row } => (None, Some(sheet.clone()), Some(*row), None),
        Locator::Message { index, line } => (Some(*line), None, None, Some(*index)),
        Locator::Mail { .. } => (None, None, None, None),
    };
    json!({
        "source": h.source,
        "file": h.file,
        "line": line,
        "sheet": sheet,
        "row": row,
        "message": message,
        "record": h.record,
        "record_id": h.record_id,
        "class": h.class,
        "score": h.score,
        "explanation": h.explanation_in_english().join("; "),
    })
}

pub fn run(ctx: &mut Ctx, args: SearchArgs) -> Result<(), Failure> {
    let mut query = SubjectQuery {
        name: args.name,
        emails: args.email,
        phones: args.phone,
        niks: args.nik.into_iter().collect(),
    };
    if let Some(id) = &args.request {
        let r = ctx.store.request(id)?;
        query.name = query.name.or(Some(r.requester.name));
        query.emails.extend(r.requester.emails);
        query.phones.extend(r.requester.phones);
    }
    if query.name.is_none()
        && query.emails.is_empty()
        && query.phones.is_empty()
        && query.niks.is_empty()
    {
        return Err(CoreError::invalid(
            "identifiers",
            "required",
            "give a request or at least one identifier (--name, --email, --phone, --nik)",
        )
        .into());
    }
    let method = if args.scan {
        Method::Scan
    } else {
        Method::Indexed
    };
    let result = search(&ctx.store, &query, method, &ReadControl::default())?;
    // A search for a request is kept with it: the reasonable-search record, and hits to decide.
    let kept = match &args.request {
        Some(id) => Some(pdp_core::desk::search::keep(
            &mut ctx.store,
            id,
            &result,
            &ctx.actor,
            Utc::now(),
        )?),
        None => None,
    };
    if ctx.json {
        let hits: Vec<Value> = match &kept {
            Some(k) => k
                .hits
                .iter()
                .map(|h| {
                    let mut v = flat(&h.hit);
                    v["id"] = json!(h.id);
                    v
                })
                .collect(),
            None => result.hits.iter().map(flat).collect(),
        };
        output::json(&json!({
            "search_id": kept.as_ref().map(|k| k.id),
            "identifiers": result.identifiers,
            "hits": hits,
            "searched": result.searched,
        }));
        return Ok(());
    }
    let identifiers: Vec<String> = result.identifiers.iter().map(|i| i.to_string()).collect();
    println!("Searched for: {}\n", shown(&identifiers.join(", ")));
    let rows: Vec<Vec<String>> = result
        .hits
        .iter()
        .map(|h| {
            let at = match &h.locator {
                Locator::Line { line } => format!("line {line}"),
                Locator::Cell { sheet, row } => format!("{sheet}!{row}"),
                Locator::Message { index, .. } => format!("message {index}"),
                Locator::Mail { .. } => "message".into(),
            };
            let class = if h.class == HitClass::Strong {
                "STRONG"
            } else {
                "possible"
            };
            vec![
                class.into(),
                h.file.clone(),
                at,
                h.explanation_in_english()
                    .into_iter()
                    .next()
                    .unwrap_or_default(),
            ]
        })
        .collect();
    output::table(&["CLASS", "FILE", "WHERE", "WHY"], &rows);
    println!();
    let files: Vec<Vec<String>> = result
        .searched
        .iter()
        .map(|s| {
            vec![
                s.file.clone(),
                s.records.to_string(),
                s.strong.to_string(),
                s.possible.to_string(),
                s.error.clone().unwrap_or_default(),
            ]
        })
        .collect();
    output::table(
        &["SEARCHED", "RECORDS", "STRONG", "POSSIBLE", "ERROR"],
        &files,
    );
    if let Some(k) = kept {
        println!("\nKept as search {} of {}: decide with `pdpdesk hit list --request {}`, then `hit confirm`/`hit reject`.", k.id, k.request_id, k.request_id);
    }
    Ok(())
}
