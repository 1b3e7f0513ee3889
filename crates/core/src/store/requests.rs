//! SQL for the register: requests, their rights and contacts, and their events.

use super::audit::WriteTx;
use super::history::{insert_event, touch};
use super::request_rows::{parse_name, request_row, REQUEST_COLUMNS};
use super::Store;
use crate::audit::Action;
use crate::office::OfficeZone;
use crate::register::{
    EventKind, Request, RequestEvent, RequestFilter, RequestState, SortOrder, ValidRequest,
};
use crate::text::check_text;
use crate::{CoreError, Result};
use chrono::{DateTime, Datelike, Utc};
use rusqlite::{params, OptionalExtension};

pub(super) fn ts(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

pub(super) fn parse_ts(text: &str) -> rusqlite::Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|d| d.with_timezone(&Utc))
        .map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
        })
}

impl Store {
    /// Registers a new request and records its `created` event. The number is taken from the year
    /// of receipt on the office's clock.
    pub(crate) fn insert_valid_request(
        &mut self,
        valid: &ValidRequest,
        zone: OfficeZone,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Request> {
        let tx = self.write()?;
        let (id, _) = insert_request(&tx, zone, valid, actor, now)?;
        tx.commit()?;
        self.request(&id)
    }

    /// One request, without its history.
    pub fn request(&self, id: &str) -> Result<Request> {
        let id = id.trim().to_ascii_uppercase();
        let row = self
            .conn
            .query_row(
                &format!("SELECT {REQUEST_COLUMNS} FROM requests WHERE id = ?1"),
                [&id],
                request_row,
            )
            .optional()?
            .ok_or(CoreError::RequestNotFound(id))?;
        let zone = self.office()?.time_zone;
        self.assemble(row, zone)
    }

    /// A request's history, oldest first.
    pub fn request_events(&self, id: &str) -> Result<Vec<RequestEvent>> {
        let mut stmt = self.conn.prepare(
            "SELECT at, actor, kind, from_state, to_state, text FROM request_events WHERE request_id = ?1 ORDER BY id",
        )?;
        let events = stmt
            .query_map([id], |r| {
                let state = |i: usize| -> rusqlite::Result<Option<RequestState>> {
                    r.get::<_, Option<String>>(i)?
                        .map(|s| parse_name(&s, RequestState::parse))
                        .transpose()
                };
                Ok(RequestEvent {
                    at: parse_ts(&r.get::<_, String>(0)?)?,
                    actor: r.get(1)?,
                    kind: parse_name(&r.get::<_, String>(2)?, EventKind::parse)?,
                    from_state: state(3)?,
                    to_state: state(4)?,
                    text: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(events)
    }

    /// The register, filtered and sorted by time of receipt.
    pub fn list_requests(&self, filter: &RequestFilter) -> Result<Vec<Request>> {
        let mut sql = format!("SELECT {REQUEST_COLUMNS} FROM requests r WHERE 1 = 1");
        let mut args: Vec<String> = Vec::new();
        if let Some(state) = filter.state {
            args.push(state.as_str().to_string());
            sql.push_str(&format!(" AND state = ?{}", args.len()));
        }
        if filter.open_only {
            sql.push_str(" AND state NOT IN ('closed', 'rejected', 'withdrawn')");
        }
        if let Some(right) = filter.right {
            args.push(right.as_str().to_string());
            sql.push_str(&format!(
                " AND EXISTS (SELECT 1 FROM request_rights x WHERE x.request_id = r.id AND x.right_name = ?{})",
                args.len()
            ));
        }
        if let Some(text) = filter
            .text
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            args.push(format!(
                "%{}%",
                text.replace('\\', "\\\\")
                    .replace('%', "\\%")
                    .replace('_', "\\_")
            ));
            let n = args.len();
            sql.push_str(&format!(
                " AND (id LIKE ?{n} ESCAPE '\\' OR requester_name LIKE ?{n} ESCAPE '\\')"
            ));
        }
        sql.push_str(match filter.sort {
            SortOrder::NewestFirst | SortOrder::DueFirst => " ORDER BY received_at DESC, id DESC",
            SortOrder::OldestFirst => " ORDER BY received_at ASC, id ASC",
        });
        let rows = {
            let mut stmt = self.conn.prepare(&sql)?;
            let rows = stmt
                .query_map(rusqlite::params_from_iter(args.iter()), request_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            rows
        };
        let zone = self.office()?.time_zone;
        rows.into_iter()
            .map(|row| self.assemble(row, zone))
            .collect()
    }

    /// Moves `current` to the state `to` (a move `desk::request::change_state` has checked),
    /// with the reason in the history; refused when the state changed since `current` was read.
    pub fn set_state(
        &mut self,
        current: &Request,
        to: RequestState,
        reason: &str,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Request> {
        let reason = check_text("reason", reason)?;
        let actor = check_actor(actor)?;
        let tx = self.write()?;
        let changed = tx.execute(
            "UPDATE requests SET state = ?1, updated_at = ?2 WHERE id = ?3 AND state = ?4",
            params![to.as_str(), ts(now), current.id, current.state.as_str()],
        )?;
        if changed != 1 {
            return Err(CoreError::ChangedMeanwhile {
                id: current.id.clone(),
            });
        }
        insert_event(
            &tx,
            &current.id,
            now,
            actor,
            EventKind::State,
            Some(current.state),
            Some(to),
            &reason,
        )?;
        tx.commit()?;
        self.request(&current.id)
    }

    /// Keeps a corrected time of receipt `at`, with the reason and the change in the history.
    pub fn set_received(
        &mut self,
        request: &Request,
        at: DateTime<Utc>,
        reason: &str,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Request> {
        let zone = self.office()?.time_zone;
        let reason = check_text("reason", reason)?;
        let actor = check_actor(actor)?;
        let text = format!(
            "{} → {}: {reason}",
            request.received_at.format("%Y-%m-%d %H:%M"),
            zone.local(at).format("%Y-%m-%d %H:%M")
        );
        let tx = self.write()?;
        tx.execute(
            "UPDATE requests SET received_at = ?1, updated_at = ?2 WHERE id = ?3",
            params![ts(at), ts(now), request.id],
        )?;
        insert_event(
            &tx,
            &request.id,
            now,
            actor,
            EventKind::ReceiptCorrected,
            None,
            None,
            &text,
        )?;
        tx.commit()?;
        self.request(&request.id)
    }

    /// Adds a free note to a request's history.
    pub fn add_note(
        &mut self,
        id: &str,
        text: &str,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<RequestEvent> {
        let request = self.request(id)?;
        let text = check_text("note", text)?;
        let actor = check_actor(actor)?;
        let tx = self.write()?;
        insert_event(
            &tx,
            &request.id,
            now,
            actor,
            EventKind::Note,
            None,
            None,
            &text,
        )?;
        touch(&tx, &request.id, now)?;
        tx.commit()?;
        Ok(RequestEvent {
            at: now,
            actor: actor.to_string(),
            kind: EventKind::Note,
            from_state: None,
            to_state: None,
            text,
        })
    }

    /// Marks a request as part of the seeded demonstration data.
    pub(crate) fn mark_demo(&mut self, id: &str, actor: &str, now: DateTime<Utc>) -> Result<()> {
        let tx = self.write()?;
        tx.execute("UPDATE requests SET is_demo = 1 WHERE id = ?1", [id])?;
        tx.append(Action::DemoSeeded, id, actor, now, &[])?;
        tx.commit()
    }

    /// Removes the seeded demonstration requests (and their history), each with its
    /// `request.removed` entry: the chain then knows their history lines went with them.
    pub(crate) fn delete_demo_requests(
        &mut self,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<usize> {
        let tx = self.write()?;
        let ids = {
            let mut stmt = tx.prepare("SELECT id FROM requests WHERE is_demo = 1 ORDER BY id")?;
            let ids = stmt
                .query_map([], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            ids
        };
        for id in &ids {
            tx.append(Action::RequestRemoved, id, actor, now, &["demo"])?;
        }
        tx.execute("DELETE FROM requests WHERE is_demo = 1", [])?;
        tx.append(
            Action::DemoCleared,
            "office",
            actor,
            now,
            &[&ids.len().to_string()],
        )?;
        tx.commit()?;
        Ok(ids.len())
    }

    pub(crate) fn count_requests(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT COUNT(*) FROM requests", [], |r| r.get(0))?)
    }
}

/// Registers a new request inside `tx` (validated by `NewRequest::validate`, numbered from the year of receipt on the
/// office's clock, with its `created` event) and returns its id and time of receipt.
pub(super) fn insert_request(
    tx: &WriteTx,
    zone: OfficeZone,
    valid: &ValidRequest,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<(String, DateTime<Utc>)> {
    let actor = check_actor(actor)?;
    let year = zone.local(valid.received_at).year();
    let no: i64 = tx.query_row(
        "INSERT INTO request_sequence (year, last_no) VALUES (?1, 1)
         ON CONFLICT (year) DO UPDATE SET last_no = last_no + 1
         RETURNING last_no",
        [year],
        |r| r.get(0),
    )?;
    let id = format!("REQ-{year}-{no:04}");
    let r = &valid.requester;
    tx.execute(
        "INSERT INTO requests (id, received_at, channel, requester_name, requester_role, on_behalf_of,
             postal_address, nik_masked, state, is_demo, created_at, updated_at, controller_name,
             controller_contact)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'received', 0, ?9, ?9, ?10, ?11)",
        params![
            id,
            ts(valid.received_at),
            valid.channel.as_str(),
            r.name,
            r.role.as_str(),
            r.on_behalf_of,
            r.postal_address,
            r.nik_masked,
            ts(now),
            valid.controller.as_ref().map(|c| &c.name),
            valid.controller.as_ref().and_then(|c| c.contact.as_ref())
        ],
    )?;
    for right in &valid.rights {
        tx.execute(
            "INSERT INTO request_rights (request_id, right_name) VALUES (?1, ?2)",
            params![id, right.as_str()],
        )?;
    }
    for (kind, values) in [("email", &r.emails), ("phone", &r.phones)] {
        for (i, v) in values.iter().enumerate() {
            tx.execute(
                "INSERT INTO request_contacts (request_id, kind, value, position) VALUES (?1, ?2, ?3, ?4)",
                params![id, kind, v, i as i64],
            )?;
        }
    }
    insert_event(
        tx,
        &id,
        now,
        actor,
        EventKind::Created,
        None,
        Some(RequestState::Received),
        "",
    )?;
    if let Some(notes) = &valid.notes {
        insert_event(tx, &id, now, actor, EventKind::Note, None, None, notes)?;
    }
    Ok((id, valid.received_at))
}

pub(super) fn check_actor(actor: &str) -> Result<&str> {
    let a = actor.trim();
    if a.is_empty() {
        return Err(CoreError::invalid(
            "actor",
            "required",
            "who is acting must be known (staff name)",
        ));
    }
    crate::text::check_name("actor", a)
}
