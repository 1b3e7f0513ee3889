//! SQL for the register export: when each request reached the state it ended in, and the audit
//! entry of an export (what the office showed, and to whom it went, is part of its record).

use super::requests::parse_ts;
use super::Store;
use crate::audit::Action;
use crate::Result;
use chrono::{DateTime, Utc};
use std::collections::HashMap;

impl Store {
    /// For every request, the time of its latest move into closed, rejected or withdrawn.
    pub fn end_times(&self) -> Result<HashMap<String, DateTime<Utc>>> {
        let mut stmt = self.conn.prepare(
            "SELECT request_id, MAX(at) FROM request_events
             WHERE kind = 'state' AND to_state IN ('closed', 'rejected', 'withdrawn')
             GROUP BY request_id",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok((r.get::<_, String>(0)?, parse_ts(&r.get::<_, String>(1)?)?))
            })?
            .collect::<rusqlite::Result<HashMap<_, _>>>()?;
        Ok(rows)
    }

    /// Appends `register.exported` (target `register`) with the export's details, then runs
    /// `place` (which puts the file where it goes) before the entry is committed: an export the
    /// chain does not hold is never left behind, and a file that could not be placed leaves no
    /// entry.
    pub fn log_export(
        &mut self,
        actor: &str,
        now: DateTime<Utc>,
        details: &[&str],
        place: impl FnOnce() -> Result<()>,
    ) -> Result<()> {
        let tx = self.write()?;
        tx.append(Action::RegisterExported, "register", actor, now, details)?;
        place()?;
        tx.commit()
    }
}
