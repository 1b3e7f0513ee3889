//! `pdpdesk letter register` and `pdpdesk letter due`: the office's letters across all requests
//! (newest number first, by year and kind), and the letters open requests still wait for.

use crate::letter::lang_code;
use crate::output::{self, Failure};
use crate::Ctx;
use pdp_core::desk::letters as desk;
use pdp_core::letters::{LetterFilter, LetterKind};

/// The register of letters, filtered by the year of numbering and the kind.
pub fn register(ctx: &Ctx, year: Option<i32>, kind: Option<&str>) -> Result<(), Failure> {
    let filter = LetterFilter {
        year,
        kind: kind.map(LetterKind::parse).transpose()?,
    };
    let register = desk::register(&ctx.store, &filter)?;
    if ctx.json {
        output::json(&register);
        return Ok(());
    }
    if register.letters.is_empty() {
        println!(
            "{}",
            if filter.year.is_some() || filter.kind.is_some() {
                "No letter matches; leave out --year and --kind to see them all."
            } else {
                "No letter issued yet: `pdpdesk letter due` lists what open requests wait for."
            }
        );
        return Ok(());
    }
    let rows: Vec<Vec<String>> = register
        .letters
        .iter()
        .map(|l| {
            let state = match (&l.issued_at, &l.void_reason, &l.sent_to) {
                (Some(_), _, Some(to)) => format!("sent to {to}"),
                (Some(_), _, None) => "issued".into(),
                (None, Some(why), _) => format!("VOID: {why}"),
                (None, None, _) => "numbered, not printed".into(),
            };
            vec![
                l.number.clone(),
                l.dated.to_string(),
                l.kind.to_string(),
                lang_code(l.language).into(),
                l.request_id.clone(),
                l.requester_name.clone(),
                state,
            ]
        })
        .collect();
    output::table(
        &[
            "NUMBER",
            "DATE",
            "LETTER",
            "LANG",
            "REQUEST",
            "REQUESTER",
            "STATE",
        ],
        &rows,
    );
    Ok(())
}

/// The letters open requests are due: a receipt, a forwarding, an extension notice.
pub fn due(ctx: &Ctx) -> Result<(), Failure> {
    let due = desk::due(&ctx.store)?;
    if ctx.json {
        output::json(&due);
        return Ok(());
    }
    if due.is_empty() {
        println!("No open request waits for a receipt, a forwarding or an extension notice.");
        return Ok(());
    }
    let rows: Vec<Vec<String>> = due
        .iter()
        .map(|d| {
            vec![
                d.request_id.clone(),
                d.requester_name.clone(),
                d.kind.to_string(),
                d.since.format("%Y-%m-%d %H:%M UTC").to_string(),
            ]
        })
        .collect();
    output::table(&["REQUEST", "REQUESTER", "LETTER", "DUE SINCE"], &rows);
    Ok(())
}
