//! The purge after retention: which ended requests are due (`pdpdesk purge --dry-run`, the
//! window's list), and the purge itself, each request logged in the audit chain, then the
//! database compacted. The retention is the office's setting (months, two years unless set).

use crate::register::retention;
use crate::store::purge::Purged;
use crate::{Result, Store};
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use ts_rs::TS;

const RETENTION_SETTING: &str = "retention_months";

/// The office's retention of closed requests, in months.
pub fn retention_months(store: &Store) -> Result<u32> {
    Ok(store
        .setting(RETENTION_SETTING)?
        .and_then(|m| m.parse().ok())
        .filter(|m| retention::check(*m).is_ok())
        .unwrap_or(retention::DEFAULT_MONTHS))
}

/// Sets it (1 to 120 months).
pub fn set_retention_months(
    store: &mut Store,
    months: u32,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    retention::check(months)?;
    let action = crate::audit::Action::SettingsRetention;
    store.set_setting(RETENTION_SETTING, &months.to_string(), action, actor, now)
}

/// An ended request and when its retention runs out.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PurgeCandidate {
    pub id: String,
    pub ended_at: DateTime<Utc>,
    pub purge_due: DateTime<Utc>,
    pub is_demo: bool,
}

/// What a purge would do now.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PurgePlan {
    pub retention_months: u32,
    /// Requests whose retention has run out, oldest first.
    pub due: Vec<PurgeCandidate>,
    /// The next request to become due, if any.
    pub next: Option<PurgeCandidate>,
    /// Messages decided not to be a request longer ago than the retention.
    pub declined_messages: u32,
    /// Requests purged before.
    pub purged_before: u32,
}

/// One request purged.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PurgedRequest {
    pub id: String,
    pub removed: Purged,
}

/// What a purge did.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PurgeReport {
    pub retention_months: u32,
    pub purged: Vec<PurgedRequest>,
    pub declined_messages: u32,
    /// The database file's size before and after the compaction.
    pub bytes_before: u64,
    pub bytes_after: u64,
}

/// The instant before which a declined message is past the retention.
fn declined_cutoff(now: DateTime<Utc>, months: u32) -> DateTime<Utc> {
    // The inverse of `purge_due`: a message decided at `d` is due at purge_due(d, months).
    now.checked_sub_months(chrono::Months::new(months))
        .unwrap_or(now - Duration::days(i64::from(months) * 31))
}

/// Which ended requests are due for the purge at `now`.
pub fn plan(store: &Store, now: DateTime<Utc>) -> Result<PurgePlan> {
    let months = retention_months(store)?;
    let mut due = Vec::new();
    let mut later: Vec<PurgeCandidate> = Vec::new();
    for ended in store.ended_unpurged()? {
        let candidate = PurgeCandidate {
            purge_due: retention::purge_due(ended.ended_at, months),
            id: ended.id,
            ended_at: ended.ended_at,
            is_demo: ended.is_demo,
        };
        if candidate.purge_due <= now {
            due.push(candidate);
        } else {
            later.push(candidate);
        }
    }
    Ok(PurgePlan {
        retention_months: months,
        due,
        next: later.into_iter().min_by_key(|c| c.purge_due),
        declined_messages: store.declined_messages_before(declined_cutoff(now, months))?,
        purged_before: store.purged_count()?,
    })
}

fn db_bytes(store: &Store) -> u64 {
    std::fs::metadata(store.dir().join(crate::store::DB_FILE)).map_or(0, |m| m.len())
}

/// Purges every request due at `now`, and the declined messages past the retention; then
/// compacts the database so the purged values are gone from the file.
pub fn run(store: &mut Store, actor: &str, now: DateTime<Utc>) -> Result<PurgeReport> {
    let plan = plan(store, now)?;
    let bytes_before = db_bytes(store);
    let mut purged = Vec::new();
    for candidate in plan.due {
        let removed = store.purge_request(&candidate.id, actor, now)?;
        purged.push(PurgedRequest {
            id: candidate.id,
            removed,
        });
    }
    let cutoff = declined_cutoff(now, plan.retention_months);
    let declined_messages = store.purge_declined_messages(cutoff, actor, now)?;
    if !purged.is_empty() || declined_messages > 0 {
        store.compact()?;
    }
    Ok(PurgeReport {
        retention_months: plan.retention_months,
        purged,
        declined_messages,
        bytes_before,
        bytes_after: db_bytes(store),
    })
}

#[cfg(test)]
#[path = "purge_tests.rs"]
mod tests;
