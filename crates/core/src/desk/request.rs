//! A request as staff open it (its history, the states it may move to, its clocks), and the
//! changes staff make by hand: its state and its time of receipt.

use super::clocks::open_clocks;
use crate::guide::RequestDetail;
use crate::register::Request;
use crate::register::{parse_received, NewRequest, RequestState};
use crate::{Result, Store};
use chrono::{DateTime, Utc};

/// Registers a new request typed in by staff (a walk-in, a phone call, a letter) once its form
/// is valid; the number is taken from the year of receipt on the office's clock.
pub fn create(
    store: &mut Store,
    form: &NewRequest,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Request> {
    let zone = store.office()?.time_zone;
    let valid = form.validate(zone, now)?;
    store.insert_valid_request(&valid, zone, actor, now)
}

/// One request with all its events, oldest first, and its clocks at `now` while it is open.
pub fn detail(store: &Store, id: &str, now: DateTime<Utc>) -> Result<RequestDetail> {
    let request = store.request(id)?;
    let events = store.request_events(&request.id)?;
    let next_states = request.state.next_states();
    let clocks = open_clocks(store, &request, now)?;
    let guide = super::guide::of_request(store, &request)?;
    Ok(RequestDetail {
        request,
        events,
        next_states,
        clocks,
        guide,
    })
}

/// Moves a request to another state the state machine allows; the reason is required and kept
/// in the history.
pub fn change_state(
    store: &mut Store,
    id: &str,
    to: RequestState,
    reason: &str,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Request> {
    let current = store.request(id)?;
    current.state.ensure_move(&current.id, to)?;
    store.set_state(&current, to, reason, actor, now)
}

/// Corrects the time of receipt (read wrongly from a message, or typed wrongly), with the
/// reason in the history. The clocks run from the corrected time.
pub fn correct_received(
    store: &mut Store,
    id: &str,
    received: &str,
    reason: &str,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Request> {
    let request = store.request(id)?;
    let zone = store.office()?.time_zone;
    let at = parse_received(received, zone, now)?;
    store.set_received(&request, at, reason, actor, now)
}
