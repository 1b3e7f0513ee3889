//! SQL for what moves a request's clocks: pauses (with their resumes) and extensions, each also
//! written to the request's history; and the request's clocks at a given instant.

use super::requests::{check_actor, insert_event, parse_ts, ts};
use super::Store;
use crate::deadline::policy::{check_extension, Extension, Pause};
use crate::deadline::{Clocks, Timeline};
use crate::register::{check_text, EventKind, RegisterEntry, Request, RequestFilter};
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
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO request_pauses (request_id, started_at, started_by, reason)
             VALUES (?1, ?2, ?3, ?4)",
            params![request.id, ts(now), actor, reason],
        )?;
        insert_event(
            &tx,
            &request.id,
            now,
            actor,
            EventKind::Pause,
            None,
            None,
            &reason,
        )?;
        touch(&tx, &request.id, now)?;
        tx.commit()?;
        self.request_clocks(&request.id, now)
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
        let tx = self.conn.transaction()?;
        tx.execute(
            "UPDATE request_pauses SET ended_at = ?1, ended_by = ?2, end_reason = ?3
             WHERE id = ?4 AND ended_at IS NULL",
            params![ts(now), actor, reason, pause_id],
        )?;
        insert_event(
            &tx,
            &request.id,
            now,
            actor,
            EventKind::Resume,
            None,
            None,
            &reason,
        )?;
        touch(&tx, &request.id, now)?;
        tx.commit()?;
        self.request_clocks(&request.id, now)
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
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO request_extensions (request_id, due_date, reason, actor, at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![request.id, until.to_string(), reason, actor, ts(now)],
        )?;
        insert_event(
            &tx,
            &request.id,
            now,
            actor,
            EventKind::Extension,
            None,
            None,
            &text,
        )?;
        touch(&tx, &request.id, now)?;
        tx.commit()?;
        self.request_clocks(&request.id, now)
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

    fn timeline(&self, request: &Request) -> Result<Timeline> {
        Ok(Timeline {
            received_at: request.received_at.with_timezone(&Utc),
            rights: request.rights.clone(),
            pauses: self.pauses(&request.id)?,
            extension: self.extension(&request.id)?,
        })
    }
}

fn touch(tx: &rusqlite::Transaction, id: &str, now: DateTime<Utc>) -> Result<()> {
    tx.execute(
        "UPDATE requests SET updated_at = ?1 WHERE id = ?2",
        params![ts(now), id],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::office::{OfficeUpdate, OfficeZone};
    use crate::register::{Channel, EventKind, NewRequest, RequestState, RequesterRole, Right};
    use crate::store::test_store;
    use crate::Store;
    use chrono::{DateTime, TimeZone, Utc};

    /// An instant read off a WITA wall clock (the demo office is in Bali).
    fn wita(d: u32, h: u32, m: u32) -> DateTime<Utc> {
        OfficeZone::Makassar
            .offset()
            .with_ymd_and_hms(2026, 3, d, h, m, 0)
            .unwrap()
            .with_timezone(&Utc)
    }

    /// A Bali office with a 10-day window and one access request received Mon 2 Mar 2026 10:00.
    fn desk() -> (tempfile::TempDir, Store, String) {
        let (t, mut s) = test_store();
        let office = OfficeUpdate {
            name: Some("3D Lab Bali".into()),
            time_zone: Some(OfficeZone::Makassar),
            policy_days: Some(10),
            ..Default::default()
        };
        s.update_office(&office, wita(1, 8, 0)).unwrap();
        let form = NewRequest {
            received_at: Some("2026-03-02T10:00:00+08:00".into()),
            channel: Channel::Email,
            rights: vec![Right::Access],
            name: "Made Wirawan".into(),
            emails: vec!["made@example.com".into()],
            phones: vec![],
            postal_address: None,
            nik: None,
            role: RequesterRole::Subject,
            on_behalf_of: None,
            notes: None,
            controller: None,
        };
        let id = s.create_request(&form, "Ayu", wita(2, 10, 5)).unwrap().id;
        (t, s, id)
    }

    #[test]
    fn clocks_of_a_stored_request_follow_the_office_profile() {
        let (_t, s, id) = desk();
        let c = s.request_clocks(&id, wita(2, 11, 0)).unwrap();
        // Tue 3–Fri 6 (4), Mon 9–Fri 13 (9), Mon 16 (10); Wed 18 is Nyepi CB but comes later.
        assert_eq!(c.policy_due.to_string(), "2026-03-16");
        assert_eq!(c.policy_ends_at.to_rfc3339(), "2026-03-16T23:59:59+08:00");
        assert_eq!(
            c.statutory_due.unwrap().to_rfc3339(),
            "2026-03-05T10:00:00+08:00"
        );
        assert!(!c.paused && !c.extended);
    }

    #[test]
    fn pause_and_resume_move_the_window_and_enter_the_history() {
        let (_t, mut s, id) = desk();
        // Tue 3 counted (1); paused Wed 4 09:00, resumed Mon 9 14:00: Wed 4 to Mon 9 do not
        // count. 9 remain from Tue 10: 10–13 (5), Mon 16, Tue 17 (7), Wed 18 CB, Thu 19 LN Nyepi,
        // Fri 20 CB, Mon 23–Tue 24 CB, Wed 25 (8), Thu 26 (9), Fri 27 (10).
        let paused = s
            .pause_request(&id, "waiting for a copy of the KTP", "Ayu", wita(4, 9, 0))
            .unwrap();
        assert!(paused.paused);
        let again = s
            .pause_request(&id, "twice", "Ayu", wita(4, 9, 5))
            .unwrap_err();
        assert_eq!(again.code(), "clock_refused", "{again}");
        let resumed = s
            .resume_request(&id, "KTP received", "Ayu", wita(9, 14, 0))
            .unwrap();
        assert!(!resumed.paused);
        assert_eq!(resumed.policy_due.to_string(), "2026-03-27");
        let not_paused = s
            .resume_request(&id, "again", "Ayu", wita(9, 15, 0))
            .unwrap_err();
        assert_eq!(not_paused.code(), "clock_refused", "{not_paused}");
        let kinds: Vec<EventKind> = s
            .request_detail(&id, wita(9, 16, 0))
            .unwrap()
            .events
            .iter()
            .map(|e| e.kind)
            .collect();
        assert_eq!(
            kinds,
            [EventKind::Created, EventKind::Pause, EventKind::Resume],
            "each clock change is kept in the history"
        );
    }

    #[test]
    fn a_reason_is_required_and_ended_requests_do_not_pause() {
        let (_t, mut s, id) = desk();
        let err = s
            .pause_request(&id, "  ", "Ayu", wita(4, 9, 0))
            .unwrap_err();
        assert_eq!(err.field(), Some("reason"), "{err}");
        s.change_state(&id, RequestState::Closed, "answered", "Ayu", wita(4, 10, 0))
            .unwrap();
        let err = s
            .pause_request(&id, "late proof", "Ayu", wita(4, 11, 0))
            .unwrap_err();
        assert_eq!(err.code(), "clock_refused", "{err}");
    }

    #[test]
    fn an_extension_sets_a_later_working_day_as_the_due_date() {
        let (_t, mut s, id) = desk();
        let early = s
            .extend_request(&id, date("2026-03-13"), "more time", "Ayu", wita(10, 9, 0))
            .unwrap_err();
        assert_eq!(early.field(), Some("until"), "earlier than 16 Mar: {early}");
        let nyepi = s
            .extend_request(&id, date("2026-03-19"), "more time", "Ayu", wita(10, 9, 0))
            .unwrap_err();
        assert!(nyepi.to_string().contains("Nyepi"), "{nyepi}");
        let c = s
            .extend_request(
                &id,
                date("2026-03-31"),
                "archive in storage",
                "Ayu",
                wita(10, 9, 0),
            )
            .unwrap();
        assert!(c.extended);
        assert_eq!(c.policy_due.to_string(), "2026-03-31");
        let last = s
            .request_detail(&id, wita(10, 9, 5))
            .unwrap()
            .events
            .pop()
            .unwrap();
        assert_eq!(last.kind, EventKind::Extension);
        assert_eq!(
            last.text,
            "due 2026-03-31 (was 2026-03-16): archive in storage"
        );
    }

    fn date(s: &str) -> chrono::NaiveDate {
        crate::deadline::calendar::parse_date("until", s).unwrap()
    }
}
