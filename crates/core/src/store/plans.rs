//! SQL for staff's changes to a request's action plan, each with its line in the history.

use super::requests::{check_actor, insert_event, parse_ts, ts};
use super::Store;
use crate::fulfil::deletion::plan::Action;
use crate::register::EventKind;
use crate::text::check_text;
use crate::{CoreError, Result};
use chrono::{DateTime, Utc};
use rusqlite::params;
use serde::Serialize;
use ts_rs::TS;

/// A change staff made to one record's action.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, rename = "PlanChange")]
pub struct Change {
    pub source: String,
    pub file: String,
    pub fingerprint: String,
    pub action: Action,
    pub reason: String,
    pub changed_by: String,
    pub changed_at: DateTime<Utc>,
}

impl Store {
    /// Keeps a change to the plan; the reason is required, and the history says it.
    pub fn change_plan(&mut self, request_id: &str, change: &Change, history: &str) -> Result<()> {
        let request = self.request(request_id)?;
        let actor = check_actor(&change.changed_by)?.to_string();
        let reason = check_text("reason", &change.reason)?;
        if reason.trim().is_empty() {
            return Err(CoreError::invalid(
                "reason",
                "required",
                "say why the plan's line changes (--reason)",
            ));
        }
        let action = serde_json::to_string(&change.action)
            .map_err(|e| CoreError::Internal(format!("a plan action as JSON: {e}")))?;
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO plan_changes (request_id, source, file, fingerprint, action, reason, changed_by, changed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                request.id,
                change.source,
                change.file,
                change.fingerprint,
                action,
                reason,
                actor,
                ts(change.changed_at)
            ],
        )?;
        insert_event(
            &tx,
            &request.id,
            change.changed_at,
            &actor,
            EventKind::Plan,
            None,
            None,
            history,
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The latest change per record of a request's plan.
    pub fn plan_changes(&self, request_id: &str) -> Result<Vec<Change>> {
        let request = self.request(request_id)?;
        let mut stmt = self.conn.prepare(
            "SELECT source, file, fingerprint, action, reason, changed_by, changed_at
             FROM plan_changes p
             WHERE request_id = ?1 AND id = (
                SELECT MAX(id) FROM plan_changes q WHERE q.request_id = p.request_id
                  AND q.source = p.source AND q.file = p.file AND q.fingerprint = p.fingerprint)
             ORDER BY id",
        )?;
        let rows = stmt.query_map([&request.id], |r| {
            let action: String = r.get(3)?;
            Ok(Change {
                source: r.get(0)?,
                file: r.get(1)?,
                fingerprint: r.get(2)?,
                action: serde_json::from_str(&action).map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(
                        3,
                        rusqlite::types::Type::Text,
                        Box::new(e),
                    )
                })?,
                reason: r.get(4)?,
                changed_by: r.get(5)?,
                changed_at: parse_ts(&r.get::<_, String>(6)?)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
