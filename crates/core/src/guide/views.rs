//! A request as the window shows it: the detail with its history, clocks and guide, and a line
//! of the register.

use super::{Guide, NextAction};
use crate::register::{Request, RequestEvent, RequestState};
use serde::Serialize;
use ts_rs::TS;

/// A request with its whole history, oldest event first.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct RequestDetail {
    #[serde(flatten)]
    pub request: Request,
    pub events: Vec<RequestEvent>,
    /// The states staff may move the request to now.
    pub next_states: Vec<RequestState>,
    /// Both clocks and what remains of them; null once the request has ended.
    pub clocks: Option<crate::deadline::Clocks>,
    /// The steps and the next action.
    pub guide: Guide,
}

/// A line of the register: the request, while it is open its clocks, and its next action.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct RegisterEntry {
    #[serde(flatten)]
    pub request: Request,
    pub clocks: Option<crate::deadline::Clocks>,
    /// `null` once the request has ended.
    pub next: Option<NextAction>,
}
