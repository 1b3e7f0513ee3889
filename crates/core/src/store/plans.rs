//! SQL for staff's changes to a request's action plan and the ticks of its checklist, each with
//! its line in the history.

use super::history::{insert_event, insert_event_as};
use super::requests::{check_actor, parse_ts, ts};
use super::{unreadable, Store};
use crate::audit;
use crate::fulfil::deletion::checklist::System;
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
    /// Keeps changes to the plan (one or many lines, all or none) with one line in the history;
    /// the reason is required.
    pub fn change_plan(
        &mut self,
        request_id: &str,
        changes: &[Change],
        history: &str,
    ) -> Result<()> {
        let request = self.request(request_id)?;
        let Some(first) = changes.first() else {
            return Err(CoreError::invalid(
                "hits",
                "required",
                "name at least one line of the plan to change (--hit)",
            ));
        };
        let tx = self.write()?;
        for change in changes {
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
        }
        insert_event(
            &tx,
            &request.id,
            first.changed_at,
            check_actor(&first.changed_by)?,
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
                action: serde_json::from_str(&action).map_err(|e| unreadable(3, e))?,
                reason: r.get(4)?,
                changed_by: r.get(5)?,
                changed_at: parse_ts(&r.get::<_, String>(6)?)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Ticks (or unticks) a system of the checklist, with its line in the history.
    pub fn tick_checklist(&mut self, request_id: &str, tick: &Tick, history: &str) -> Result<()> {
        let request = self.request(request_id)?;
        let actor = check_actor(&tick.actor)?.to_string();
        // The note is optional: what was done there, if staff say.
        let note = if tick.note.trim().is_empty() {
            String::new()
        } else {
            check_text("note", &tick.note)?
        };
        let tx = self.write()?;
        tx.execute(
            "INSERT INTO checklist_ticks (request_id, system, done, note, actor, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![request.id, tick.system.as_str(), tick.done, note, actor, ts(tick.at)],
        )?;
        insert_event_as(
            &tx,
            audit::Action::ChecklistTicked,
            &request.id,
            tick.at,
            &actor,
            EventKind::Plan,
            history,
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The latest tick per system of a request's checklist.
    pub fn checklist_ticks(&self, request_id: &str) -> Result<Vec<Tick>> {
        let request = self.request(request_id)?;
        let mut stmt = self.conn.prepare(
            "SELECT system, done, note, actor, at FROM checklist_ticks t
             WHERE request_id = ?1 AND id = (SELECT MAX(id) FROM checklist_ticks u
                WHERE u.request_id = t.request_id AND u.system = t.system)
             ORDER BY system",
        )?;
        let rows = stmt.query_map([&request.id], |r| {
            let system: String = r.get(0)?;
            Ok(Tick {
                system: System::parse(&system).map_err(|e| unreadable(0, e))?,
                done: r.get(1)?,
                note: r.get(2)?,
                actor: r.get(3)?,
                at: parse_ts(&r.get::<_, String>(4)?)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// A system of the checklist ticked as done (or unticked), by whom and when.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, rename = "ChecklistTick")]
pub struct Tick {
    pub system: System,
    pub done: bool,
    pub note: String,
    pub actor: String,
    pub at: DateTime<Utc>,
}
