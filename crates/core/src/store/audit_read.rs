//! Reading the audit chain: its entries for `pdpdesk audit list`, and the walk of `audit verify`.

use super::audit::{event_line, loose, EVENT_COLUMNS};
use super::Store;
use crate::audit::check::{Checker, Status};
use crate::audit::Entry;
use crate::Result;
use rusqlite::{Row, TransactionBehavior};

const ENTRY_COLUMNS: &str =
    "a.seq, a.at, a.actor, a.action, a.target, a.event_id, a.digest, a.prev, a.hash";

/// An entry from [`ENTRY_COLUMNS`], read leniently: a value of another type written over a
/// column reads as text (and then does not match its link).
fn entry_row(r: &Row) -> rusqlite::Result<Entry> {
    let text = |i: usize| -> rusqlite::Result<String> { Ok(loose(r, i)?.unwrap_or_default()) };
    let event_id = match r.get_ref(5)? {
        rusqlite::types::ValueRef::Null => None,
        rusqlite::types::ValueRef::Integer(n) => Some(n),
        // Not a line's number: no line has it, so the check finds the entry's line gone.
        _ => Some(-1),
    };
    Ok(Entry {
        seq: r.get(0)?,
        at: text(1)?,
        actor: text(2)?,
        action: text(3)?,
        target: text(4)?,
        event_id,
        digest: text(6)?,
        prev: text(7)?,
        hash: text(8)?,
    })
}

impl Store {
    /// The chain's entries, oldest first; only those about `request` when given (a request
    /// removed since keeps its entries; one never registered is not found).
    pub fn audit_entries(&self, request: Option<&str>) -> Result<Vec<Entry>> {
        let target = request.map(|r| r.trim().to_ascii_uppercase());
        let rows = {
            let mut stmt = self.conn.prepare(&format!(
                "SELECT {ENTRY_COLUMNS} FROM audit_log a WHERE ?1 IS NULL OR a.target = ?1 ORDER BY a.seq"
            ))?;
            let rows = stmt
                .query_map([&target], entry_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            rows
        };
        if let (Some(id), true) = (&target, rows.is_empty()) {
            self.request(id)?;
        }
        Ok(rows)
    }

    /// Walks the whole chain and says whether it holds, or where it first breaks. Read under the
    /// write lock, so that no change lands between the rows read and the head file read.
    pub fn audit_status(&mut self) -> Result<Status> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut checker = Checker::new(&self.chain.key);
        {
            let mut stmt = tx.prepare(&format!(
                "SELECT {ENTRY_COLUMNS}, e.id IS NOT NULL, {EVENT_COLUMNS}
                 FROM audit_log a LEFT JOIN request_events e ON e.id = a.event_id
                 ORDER BY a.seq"
            ))?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let entry = entry_row(r)?;
                let found: bool = r.get(9)?;
                let line = if found {
                    Some(event_line(r, 10)?)
                } else {
                    None
                };
                checker.entry(&entry, line.as_ref());
            }
        }
        let unrecorded = tx
            .query_row(
                "SELECT e.id, e.request_id FROM request_events e
                 WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.event_id = e.id)
                 ORDER BY e.id LIMIT 1",
                [],
                |r| Ok((r.get::<_, i64>(0)?, loose(r, 1)?.unwrap_or_default())),
            )
            .map(Some)
            .or_else(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => Ok(None),
                e => Err(e),
            })?;
        let head = self.chain.read_head()?;
        drop(tx);
        Ok(checker.finish(&head, unrecorded))
    }
}
