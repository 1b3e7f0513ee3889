//! The facts a request's guide is worked out from: letters issued, where the proof of identity
//! stands (from the stored facts, without reading any export), the latest search's decisions and
//! the outputs made.

use crate::guide::{guide, Facts, Guide, NextAction, Searched};
use crate::letters::{LetterKind, Proof};
use crate::register::Request;
use crate::verify::{Gate, Requirement};
use crate::{Result, Store};

/// The proof of identity as the gate stands; a supervisor's override counts as done here (it
/// lets the data leave), though a letter does not call it proof.
fn proof(gate: &Gate) -> Proof {
    match super::letters::proof(gate) {
        Proof::Outstanding if gate.open => Proof::Complete,
        p => p,
    }
}

fn facts(store: &Store, request: &Request) -> Result<Facts> {
    let gate = super::verify::quick_gate(store, request)?;
    let letters: Vec<LetterKind> = store
        .request_letters(&request.id)?
        .into_iter()
        .filter(|l| l.issued_at.is_some() && l.void_reason.is_none())
        .map(|l| l.kind)
        .collect();
    let searched = store.latest_search(&request.id)?.map(|s| Searched {
        confirmed: s
            .hits
            .iter()
            .filter(|h| h.decision == Some(crate::search::stored::Decision::Confirmed))
            .count(),
        undecided: s.hits.iter().filter(|h| h.decision.is_none()).count(),
    });
    let code_waiting = store
        .live_code(&request.id)?
        .is_some_and(|c| !c.answered && c.wrong < crate::verify::code::MAX_ATTEMPTS);
    let code_by_mail = !code_waiting
        && !request.requester.emails.is_empty()
        && super::mail_server::mail_server(store)?.settings.is_some();
    let bundles = store.bundles(&request.id)?;
    let made = |kind: &str| bundles.iter().any(|b| b.kind == kind);
    Ok(Facts {
        proof: proof(&gate),
        identity_missing: gate.missing().contains(&Requirement::Identity),
        code_by_mail,
        searched,
        access_pack: made("access-pack"),
        bundle: made("bundle"),
        redacted: store
            .redactions(&request.id)?
            .iter()
            .any(|r| r.files.iter().any(|f| f.replaced)),
        letters,
    })
}

/// The steps of a request and its next action.
pub fn of_request(store: &Store, request: &Request) -> Result<Guide> {
    Ok(guide(request, &facts(store, request)?))
}

/// Only the next action (the register's column, the board's to-do list); `None` once ended.
pub fn next_action(store: &Store, request: &Request) -> Result<Option<NextAction>> {
    if !request.state.is_open() {
        return Ok(None);
    }
    Ok(of_request(store, request)?.next)
}
