//! SQL for what moves a request's clocks: pauses (with their resumes) and extensions, each
//! written with its line in the request's history. The rules for them are `deadline::policy`,
//! applied by `desk::clocks`.

use super::history::{insert_event, touch};
use super::requests::{check_actor, parse_ts, ts};
use super::Store;
use crate::deadline::policy::{Extension, Pause};
use crate::deadline::Timeline;
use crate::register::{EventKind, Request};
use crate::text::check_text;
use crate::Result;
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension};

impl Store {
    /// Every pause of a request, oldest first.
    fn pauses(&self, id: &str) -> Result<Vec<Pause>> {
        let mut stmt = self.conn.prepare(
            "SELECT started_at, started_by, reason, ended_at, ended_by, end_reason
             FROM request_pauses WHERE request_id = ?1 ORDER BY id",
        )?;
        let pauses = stmt
            .query_map([id], |r| {
                Ok(Pause {
                    started_at: parse_ts(&r.get::<_, String>(0)?)?,
                    started_by: r.get(1)?,
                    reason: r.get(2)?,
                    ended_at: r
                        .get::<_, Option<String>>(3)?
                        .map(|t| parse_ts(&t))
                        .transpose()?,
                    ended_by: r.get(4)?,
                    end_reason: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(pauses)
    }

    /// The extension in force: the latest one granted.
    fn extension(&self, id: &str) -> Result<Option<Extension>> {
        Ok(self
            .conn
            .query_row(
                "SELECT due_date, reason, actor, at FROM request_extensions
                 WHERE request_id = ?1 ORDER BY id DESC LIMIT 1",
                [id],
                |r| {
                    let due: String = r.get(0)?;
                    Ok(Extension {
                        due_date: NaiveDate::parse_from_str(&due, "%Y-%m-%d").map_err(|e| {
                            rusqlite::Error::FromSqlConversionFailure(
                                0,
                                rusqlite::types::Type::Text,
                                Box::new(e),
                            )
                        })?,
                        reason: r.get(1)?,
                        actor: r.get(2)?,
                        at: parse_ts(&r.get::<_, String>(3)?)?,
                    })
                },
            )
            .optional()?)
    }

    /// Starts a pause of the policy window, with its history line.
    pub fn insert_pause(
        &mut self,
        id: &str,
        reason: &str,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let reason = check_text("reason", reason)?;
        let actor = check_actor(actor)?;
        self.clock_change(id, EventKind::Pause, &reason, actor, now, |tx| {
            tx.execute(
                "INSERT INTO request_pauses (request_id, started_at, started_by, reason)
                 VALUES (?1, ?2, ?3, ?4)",
                params![id, ts(now), actor, reason],
            )
        })
    }

    /// Ends the running pause `pause_id` of the request, with its history line.
    pub fn end_pause(
        &mut self,
        id: &str,
        pause_id: i64,
        reason: &str,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let reason = check_text("reason", reason)?;
        let actor = check_actor(actor)?;
        self.clock_change(id, EventKind::Resume, &reason, actor, now, |tx| {
            tx.execute(
                "UPDATE request_pauses SET ended_at = ?1, ended_by = ?2, end_reason = ?3
                 WHERE id = ?4 AND ended_at IS NULL",
                params![ts(now), actor, reason, pause_id],
            )
        })
    }

    /// When the request's policy window was last extended, if ever.
    pub fn latest_extension(&self, id: &str) -> Result<Option<DateTime<Utc>>> {
        let at: Option<String> = self.conn.query_row(
            "SELECT MAX(at) FROM request_extensions WHERE request_id = ?1",
            [id],
            |r| r.get(0),
        )?;
        Ok(at.map(|t| parse_ts(&t)).transpose()?)
    }

    /// Keeps a new due date of the policy window; `was` is the due date it replaces (for the
    /// history line).
    pub fn insert_extension(
        &mut self,
        id: &str,
        until: NaiveDate,
        was: NaiveDate,
        reason: &str,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let reason = check_text("reason", reason)?;
        let actor = check_actor(actor)?;
        let text = format!("due {until} (was {was}): {reason}");
        self.clock_change(id, EventKind::Extension, &text, actor, now, |tx| {
            tx.execute(
                "INSERT INTO request_extensions (request_id, due_date, reason, actor, at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id, until.to_string(), reason, actor, ts(now)],
            )
        })
    }

    /// Writes one change to a request's clocks with its history event, in one transaction.
    fn clock_change(
        &mut self,
        id: &str,
        kind: EventKind,
        text: &str,
        actor: &str,
        now: DateTime<Utc>,
        write: impl FnOnce(&rusqlite::Transaction) -> rusqlite::Result<usize>,
    ) -> Result<()> {
        let tx = self.write()?;
        write(&tx)?;
        insert_event(&tx, id, now, actor, kind, None, None, text)?;
        touch(&tx, id, now)?;
        tx.commit()
    }

    /// The running pause of a request: its row id and when it began.
    pub fn running_pause(&self, id: &str) -> Result<Option<(i64, DateTime<Utc>)>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, started_at FROM request_pauses WHERE request_id = ?1 AND ended_at IS NULL",
                [id],
                |r| Ok((r.get(0)?, parse_ts(&r.get::<_, String>(1)?)?)),
            )
            .optional()?)
    }

    /// What moves the request's clocks: its pauses and latest extension.
    pub fn timeline(&self, request: &Request) -> Result<Timeline> {
        Ok(Timeline {
            received_at: request.received_at.with_timezone(&Utc),
            rights: request.rights.clone(),
            pauses: self.pauses(&request.id)?,
            extension: self.extension(&request.id)?,
        })
    }
}
