//! Closing a request whose requester never proved who they are: allowed once the wait has
//! reached the office's number of working days, it issues the refusal letter on the identity
//! ground and moves the request to rejected, the letter's number in the reason.

use super::{issue, LetterAsk, RefusalGround};
use crate::desk::verify::awaiting_answer;
use crate::language::Language;
use crate::letters::{IssuedLetter, LetterKind};
use crate::register::{Request, RequestState};
use crate::sources::ReadControl;
use crate::verify::Waiting;
use crate::{CoreError, Result, Store};
use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

/// The request closed as unverified, and the refusal letter it was sent.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ClosedUnverified {
    pub request: Request,
    pub letter: IssuedLetter,
}

pub fn close_unverified(
    store: &mut Store,
    request_id: &str,
    lang: Language,
    actor: &str,
    control: &ReadControl,
    now: DateTime<Utc>,
) -> Result<ClosedUnverified> {
    let request = store.request(request_id)?;
    request
        .state
        .ensure_move(&request.id, RequestState::Rejected)?;
    let refuse = |why: String| CoreError::StateChange {
        id: request.id.clone(),
        from: request.state.to_string(),
        to: RequestState::Rejected.to_string(),
        why,
    };
    let waited = awaiting_answer(store, now)?
        .into_iter()
        .find(|a| a.request_id == request.id)
        .ok_or_else(|| {
            refuse("the requester was not asked for proof of identity, or has answered".into())
        })?;
    match waited.waiting {
        Waiting::MayClose { .. } => {}
        Waiting::Recent { working_days } | Waiting::Remind { working_days } => {
            return Err(refuse(format!(
                "the requester has had {working_days} working day(s) to answer; a request may be closed as unverified after {}",
                super::super::verify::close_after_days(store)?
            )))
        }
    }
    let letter = issue(
        store,
        &LetterAsk {
            request_id: &request.id,
            kind: LetterKind::Refusal,
            lang,
            text: None,
            grounds: &[RefusalGround::Identity],
        },
        actor,
        control,
        now,
    )?;
    let reason = format!(
        "Ditutup karena identitas tidak terverifikasi; surat penolakan {}",
        letter.number
    );
    let request = crate::desk::request::change_state(
        store,
        &request.id,
        RequestState::Rejected,
        &reason,
        actor,
        now,
    )?;
    Ok(ClosedUnverified { request, letter })
}
