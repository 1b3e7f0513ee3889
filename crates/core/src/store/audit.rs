//! The audit chain's rows and its head file. Every write of the store goes through [`WriteTx`]:
//! it takes the write lock at once (`BEGIN IMMEDIATE`), the change appends its entries in the
//! same transaction, and the head file is written before the commit, while the lock is still
//! held, so two processes can never write it out of order.

use super::requests::ts;
use super::Store;
use crate::audit::{self, Action, Entry, EventLine, Head, HeadFound, HEAD_FILE, NO_PREV};
use crate::index::IndexSecret;
use crate::{datadir, CoreError, Result};
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};
use std::path::{Path, PathBuf};

/// The key the chain is linked with and where its head file lives.
pub(crate) struct Chain {
    pub(super) key: IndexSecret,
    head: PathBuf,
}

impl Chain {
    pub(super) fn load(dir: &Path) -> Result<Chain> {
        Ok(Chain {
            key: IndexSecret::load(dir)?,
            head: dir.join(HEAD_FILE),
        })
    }

    /// The head file as found.
    pub(super) fn read_head(&self) -> Result<HeadFound> {
        match std::fs::read(&self.head) {
            Ok(bytes) => Ok(audit::read_head(
                &self.key,
                Some(&String::from_utf8_lossy(&bytes)),
            )),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(HeadFound::Missing),
            Err(e) => Err(self.fail(e)),
        }
    }

    /// Puts `head` in the head file (none: removes it, the chain being empty again).
    fn write_head(&self, head: Option<&Head>) -> Result<()> {
        match head {
            Some(h) => {
                datadir::replace_private(&self.head, audit::head_text(&self.key, h).as_bytes())
            }
            None => match std::fs::remove_file(&self.head) {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
                other => other,
            },
        }
        .map_err(|e| self.fail(e))
    }

    fn fail(&self, e: std::io::Error) -> CoreError {
        CoreError::DataDir {
            path: self.head.clone(),
            source: e,
        }
    }
}

/// A write transaction of the store: see the module.
pub(crate) struct WriteTx<'a> {
    tx: Transaction<'a>,
    chain: &'a Chain,
    /// The chain's last entry when the transaction began.
    start: Option<Head>,
}

impl<'a> std::ops::Deref for WriteTx<'a> {
    type Target = Transaction<'a>;

    fn deref(&self) -> &Transaction<'a> {
        &self.tx
    }
}

impl Store {
    /// Begins a write. When the head file does not match the chain's last entry (the tail cut,
    /// the file removed or put back from an old copy), the write first appends an entry saying
    /// so: writing on must not hide it.
    pub(crate) fn write(&mut self) -> Result<WriteTx<'_>> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let start = last_head(&tx)?;
        let write = WriteTx {
            tx,
            chain: &self.chain,
            start,
        };
        let found = write.chain.read_head()?;
        let agrees = match (&found, &write.start) {
            (HeadFound::Missing, None) => true,
            (HeadFound::Valid(h), Some(s)) => h == s,
            _ => false,
        };
        if !agrees {
            write.append(
                Action::HeadMismatch,
                &found.as_target(),
                audit::SYSTEM_ACTOR,
                Utc::now(),
                &[],
            )?;
        }
        Ok(write)
    }

    /// Starts the chain of a database that has none (new, or from before the chain): its first
    /// entry, then one entry per request history line already there, oldest first, as if each
    /// had been recorded when it was written.
    pub(super) fn start_chain(&mut self) -> Result<()> {
        let any: bool =
            self.conn
                .query_row("SELECT EXISTS (SELECT 1 FROM audit_log)", [], |r| r.get(0))?;
        if any {
            return Ok(());
        }
        let tx = self.write()?;
        let started: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM audit_log WHERE action = ?1)",
            [Action::ChainStarted.as_str()],
            |r| r.get(0),
        )?;
        if started {
            // Another process started it while this one waited for the lock.
            return Ok(());
        }
        tx.append(
            Action::ChainStarted,
            "office",
            audit::SYSTEM_ACTOR,
            Utc::now(),
            &[],
        )?;
        let lines = {
            let mut stmt = tx.prepare(&format!(
                "SELECT e.id, {EVENT_COLUMNS} FROM request_events e ORDER BY e.id"
            ))?;
            let rows = stmt
                .query_map([], |r| Ok((r.get::<_, i64>(0)?, event_line(r, 1)?)))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            rows
        };
        for (id, line) in lines {
            let action = crate::register::EventKind::parse(&line.kind)
                .map_or(Action::RequestNote, Action::of_event);
            tx.append_event(action, id, &line)?;
        }
        tx.commit()
    }
}

impl WriteTx<'_> {
    /// Appends a change that has no request history line; `details` are digested, never kept.
    pub(crate) fn append(
        &self,
        action: Action,
        target: &str,
        actor: &str,
        at: DateTime<Utc>,
        details: &[&str],
    ) -> Result<()> {
        let digest = audit::details_digest(&self.chain.key, action, details);
        self.push(action, target, &ts(at), actor, None, digest)
    }

    /// Appends the entry of the history line `event_id`, its digest over the line as stored.
    pub(super) fn append_event(
        &self,
        action: Action,
        event_id: i64,
        line: &EventLine,
    ) -> Result<()> {
        let digest = audit::event_digest(&self.chain.key, line);
        self.push(
            action,
            &line.request_id,
            &line.at,
            &line.actor,
            Some(event_id),
            digest,
        )
    }

    fn push(
        &self,
        action: Action,
        target: &str,
        at: &str,
        actor: &str,
        event_id: Option<i64>,
        digest: String,
    ) -> Result<()> {
        let (seq, prev) =
            last_head(&self.tx)?.map_or((1, NO_PREV.to_string()), |h| (h.seq + 1, h.hash));
        let mut e = Entry {
            seq,
            at: at.to_string(),
            actor: actor.to_string(),
            action: action.as_str().to_string(),
            target: target.to_string(),
            event_id,
            digest,
            prev,
            hash: String::new(),
        };
        e.hash = audit::link(&self.chain.key, &e.prev, &e);
        self.tx.execute(
            "INSERT INTO audit_log (seq, at, actor, action, target, event_id, digest, prev, hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![e.seq, e.at, e.actor, e.action, e.target, e.event_id, e.digest, e.prev, e.hash],
        )?;
        Ok(())
    }

    /// Writes the head file (still under the lock), then commits. A head that cannot be written
    /// keeps the change from being made; a commit that fails puts the old head back.
    pub(crate) fn commit(self) -> Result<()> {
        let WriteTx { tx, chain, start } = self;
        let last = last_head(&tx)?;
        let moved = last != start;
        if moved {
            chain.write_head(last.as_ref())?;
        }
        if let Err(e) = tx.commit() {
            if moved {
                let _ = chain.write_head(start.as_ref());
            }
            return Err(e.into());
        }
        Ok(())
    }
}

/// The chain's last entry.
pub(super) fn last_head(conn: &Connection) -> Result<Option<Head>> {
    Ok(conn
        .query_row(
            "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
            [],
            |r| {
                Ok(Head {
                    seq: r.get(0)?,
                    hash: loose(r, 1)?.unwrap_or_default(),
                })
            },
        )
        .optional()?)
}

/// A history line's columns, in [`event_line`]'s order.
pub(super) const EVENT_COLUMNS: &str =
    "e.request_id, e.at, e.actor, e.kind, e.from_state, e.to_state, e.text";

/// A history line as stored, from the row's columns starting at `from`. Read leniently (a value
/// of another type written over a column reads as text), so a tampered row is reported, not
/// refused.
pub(super) fn event_line(r: &rusqlite::Row, from: usize) -> rusqlite::Result<EventLine> {
    let text =
        |i: usize| -> rusqlite::Result<String> { Ok(loose(r, from + i)?.unwrap_or_default()) };
    Ok(EventLine {
        request_id: text(0)?,
        at: text(1)?,
        actor: text(2)?,
        kind: text(3)?,
        from_state: loose(r, from + 4)?,
        to_state: loose(r, from + 5)?,
        text: text(6)?,
    })
}

/// A column as text whatever its type (none for NULL).
pub(super) fn loose(r: &rusqlite::Row, i: usize) -> rusqlite::Result<Option<String>> {
    use rusqlite::types::ValueRef;
    Ok(match r.get_ref(i)? {
        ValueRef::Null => None,
        ValueRef::Integer(n) => Some(n.to_string()),
        ValueRef::Real(x) => Some(x.to_string()),
        ValueRef::Text(t) => Some(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Some(b.iter().map(|x| format!("{x:02x}")).collect()),
    })
}

#[cfg(test)]
#[path = "audit_tests.rs"]
mod tests;
