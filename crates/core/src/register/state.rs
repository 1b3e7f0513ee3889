//! The life of a request: received → verifying → searching → fulfilling → closed, or rejected or
//! withdrawn on the way. Staff may skip ahead (an information request needs no search) and step
//! back one stage (the search showed the identity needs more proof); ended requests stay ended.

use crate::vocabulary::names;
use crate::{CoreError, Result};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum RequestState {
    Received,
    Verifying,
    Searching,
    Fulfilling,
    Closed,
    Rejected,
    Withdrawn,
}

names!(RequestState {
    Received => "received",
    Verifying => "verifying",
    Searching => "searching",
    Fulfilling => "fulfilling",
    Closed => "closed",
    Rejected => "rejected",
    Withdrawn => "withdrawn",
}, "state");

impl RequestState {
    /// Position on the main line, `None` for rejected and withdrawn.
    fn stage(self) -> Option<u8> {
        match self {
            RequestState::Received => Some(0),
            RequestState::Verifying => Some(1),
            RequestState::Searching => Some(2),
            RequestState::Fulfilling => Some(3),
            RequestState::Closed => Some(4),
            RequestState::Rejected | RequestState::Withdrawn => None,
        }
    }

    /// Closed, rejected and withdrawn requests are finished.
    pub fn is_open(self) -> bool {
        !matches!(
            self,
            RequestState::Closed | RequestState::Rejected | RequestState::Withdrawn
        )
    }

    /// The states a request in this state may move to.
    pub fn next_states(self) -> Vec<RequestState> {
        RequestState::ALL
            .iter()
            .copied()
            .filter(|to| self.check_move(*to).is_ok())
            .collect()
    }

    /// Why a move is not allowed, if it is not.
    pub fn check_move(self, to: RequestState) -> Result<(), &'static str> {
        if self == to {
            return Err("the request is already in that state");
        }
        if !self.is_open() {
            return Err("the request has ended");
        }
        match (self.stage(), to.stage()) {
            (_, None) => Ok(()),
            (Some(from), Some(t)) if t > from => Ok(()),
            (Some(from), Some(t)) if t + 1 == from && t > 0 => Ok(()),
            (Some(_), Some(0)) => Err("a request cannot go back to received"),
            _ => Err("a request may only step back one stage"),
        }
    }

    pub(crate) fn ensure_move(self, id: &str, to: RequestState) -> Result<()> {
        self.check_move(to).map_err(|why| CoreError::StateChange {
            id: id.to_string(),
            from: self.to_string(),
            to: to.to_string(),
            why: why.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::RequestState::*;

    #[test]
    fn main_line_moves_forward_and_may_skip() {
        assert!(Received.check_move(Verifying).is_ok());
        assert!(
            Received.check_move(Closed).is_ok(),
            "an information request can be answered at once"
        );
        assert!(Fulfilling.check_move(Closed).is_ok());
    }

    #[test]
    fn one_step_back_but_never_to_received() {
        assert!(
            Searching.check_move(Verifying).is_ok(),
            "more identity proof may be needed"
        );
        assert!(
            Fulfilling.check_move(Verifying).is_err(),
            "only one stage back"
        );
        assert!(Verifying.check_move(Received).is_err());
    }

    #[test]
    fn reject_and_withdraw_from_any_open_state_and_ended_is_final() {
        for s in [Received, Verifying, Searching, Fulfilling] {
            assert!(
                s.check_move(Rejected).is_ok() && s.check_move(Withdrawn).is_ok(),
                "{s}"
            );
        }
        for s in [Closed, Rejected, Withdrawn] {
            assert!(s.next_states().is_empty(), "{s} is final");
        }
    }
}
