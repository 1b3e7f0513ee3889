//! SQL for what moves a request's clocks: pauses (with their resumes) and extensions, each also
//! written to the request's history; and the request's clocks at a given instant.

use super::history::{insert_event, touch};
use super::requests::{check_actor, parse_ts, ts};
use super::Store;
use crate::deadline::policy::{check_extension, Extension, Pause};
use crate::deadline::{Clocks, Timeline};
use crate::register::{EventKind, RegisterEntry, Request, RequestFilter};
use crate::text::check_text;
use crate::{CoreError, Result};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension};

impl Store {
    /// Both clocks of a request at `now`, from the office profile, its calendar, the request's
    /// pauses and its latest extension.
    pub fn request_clocks(&self, id: &str, now: DateTime<Utc>) -> Result<Clocks> {
        let request = self.request(id)?;
        self.clock_rules()?.clocks(&self.timeline(&request)?, now)
    }

    /// The clocks of a request that is still open; `None` once it has ended.
    pub(crate) fn open_clocks(
        &self,
        request: &Request,
        now: DateTime<Utc>,
    ) -> Result<Option<Clocks>> {
        if !request.state.is_open() {
            return Ok(None);
        }
        Ok(Some(
            self.clock_rules()?.clocks(&self.timeline(request)?, now)?,
        ))
    }

    /// The register as staff see it: each request with its clocks at `now` while it is open.
    pub fn register(
        &self,
        filter: &RequestFilter,
        now: DateTime<Utc>,
    ) -> Result<Vec<RegisterEntry>> {
        let rules = self.clock_rules()?;
        self.list_requests(filter)?
            .into_iter()
            .map(|request| {
                let clocks = if request.state.is_open() {
                    Some(rules.clocks(&self.timeline(&request)?, now)?)
                } else {
                    None
                };
                Ok(RegisterEntry { request, clocks })
            })
            .collect()
    }

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

    /// Stops the policy window of an open, running request (the law's clock runs on).
    pub fn pause_request(
        &mut self,
        id: &str,
        reason: &str,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Clocks> {
        let request = self.request(id)?;
        let refuse = |why: &str| CoreError::Clock {
            id: request.id.clone(),
            why: why.to_string(),
        };
        if !request.state.is_open() {
            return Err(refuse(&format!(
                "the request is {}; only open requests can be paused",
                request.state
            )));
        }
        if self.running_pause(&request.id)?.is_some() {
            return Err(refuse("the request is already paused"));
        }
        if now < request.received_at {
            return Err(refuse(
                "a pause cannot begin before the request was received",
            ));
        }
        let reason = check_text("reason", reason)?;
        let actor = check_actor(actor)?;
        self.clock_change(&request.id, EventKind::Pause, &reason, actor, now, |tx| {
            tx.execute(
                "INSERT INTO request_pauses (request_id, started_at, started_by, reason)
                 VALUES (?1, ?2, ?3, ?4)",
                params![request.id, ts(now), actor, reason],
            )
        })
    }

    /// Lets the policy window run again with the working days it had left.
    pub fn resume_request(
        &mut self,
        id: &str,
        reason: &str,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Clocks> {
        let request = self.request(id)?;
        let refuse = |why: &str| CoreError::Clock {
            id: request.id.clone(),
            why: why.to_string(),
        };
        let (pause_id, started_at) = self
            .running_pause(&request.id)?
            .ok_or_else(|| refuse("the request is not paused"))?;
        if now < started_at {
            return Err(refuse("a pause cannot end before it began"));
        }
        let reason = check_text("reason", reason)?;
        let actor = check_actor(actor)?;
        self.clock_change(&request.id, EventKind::Resume, &reason, actor, now, |tx| {
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

    /// Sets a new, later due date for the policy window of an open request.
    pub fn extend_request(
        &mut self,
        id: &str,
        until: NaiveDate,
        reason: &str,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Clocks> {
        let request = self.request(id)?;
        if !request.state.is_open() {
            return Err(CoreError::Clock {
                id: request.id.clone(),
                why: format!(
                    "the request is {}; only open requests can be extended",
                    request.state
                ),
            });
        }
        let rules = self.clock_rules()?;
        let current = rules.policy_window(&self.timeline(&request)?, now)?;
        check_extension(&rules.calendar, &current, until)?;
        let reason = check_text("reason", reason)?;
        let actor = check_actor(actor)?;
        let text = format!("due {until} (was {}): {reason}", current.due);
        self.clock_change(&request.id, EventKind::Extension, &text, actor, now, |tx| {
            tx.execute(
                "INSERT INTO request_extensions (request_id, due_date, reason, actor, at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![request.id, until.to_string(), reason, actor, ts(now)],
            )
        })
    }

    /// Writes one change to a request's clocks with its history event, in one transaction, and
    /// returns the clocks as they now stand.
    fn clock_change(
        &mut self,
        id: &str,
        kind: EventKind,
        text: &str,
        actor: &str,
        now: DateTime<Utc>,
        write: impl FnOnce(&rusqlite::Transaction) -> rusqlite::Result<usize>,
    ) -> Result<Clocks> {
        let tx = self.write()?;
        write(&tx)?;
        insert_event(&tx, id, now, actor, kind, None, None, text)?;
        touch(&tx, id, now)?;
        tx.commit()?;
        self.request_clocks(id, now)
    }

    fn running_pause(&self, id: &str) -> Result<Option<(i64, DateTime<Utc>)>> {
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

#[cfg(test)]
#[path = "clocks_tests.rs"]
mod tests;
