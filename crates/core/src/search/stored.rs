//! A search as it is kept for a request: its hits with staff's decisions. Only confirmed hits
//! ever reach an output.

use super::why::Identifier;
use super::{Hit, Searched};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Staff's decision on a hit. Only confirmed hits ever reach an output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum Decision {
    Confirmed,
    Rejected,
}

/// How far staff decided the hits of one source file.
#[derive(Debug, Clone, PartialEq)]
pub struct FileDecisions {
    pub source: String,
    pub file: String,
    pub confirmed: u64,
    pub undecided: u64,
}

/// A stored hit with its number and staff's decision.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct StoredHit {
    pub id: i64,
    #[serde(flatten)]
    pub hit: Hit,
    pub decision: Option<Decision>,
    pub decided_by: Option<String>,
    pub decided_at: Option<DateTime<Utc>>,
    pub reason: Option<String>,
}

/// A search kept for a request: when, by whom, with which identifiers, every file searched and
/// the hits.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct StoredSearch {
    pub id: i64,
    pub request_id: String,
    pub at: DateTime<Utc>,
    pub actor: String,
    pub identifiers: Vec<Identifier>,
    pub searched: Vec<Searched>,
    pub hits: Vec<StoredHit>,
}
