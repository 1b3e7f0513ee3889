//! Contacts found on confirmed records added to a request (`desk::search::enrich` chose and
//! normalised them), kept in the request's history.

use super::history::{insert_event, touch};
use super::requests::check_actor;
use super::Store;
use crate::register::{EventKind, Request};
use crate::Result;
use chrono::{DateTime, Utc};
use rusqlite::params;

impl Store {
    /// Adds normalised e-mails and phone numbers the request does not have yet after its own,
    /// with `text` (what was added and where it was found) as the history line.
    pub fn add_contacts(
        &mut self,
        request: &Request,
        emails: &[String],
        phones: &[String],
        text: &str,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Request> {
        let actor = check_actor(actor)?;
        let tx = self.write()?;
        for (kind, values, start) in [
            ("email", emails, request.requester.emails.len()),
            ("phone", phones, request.requester.phones.len()),
        ] {
            for (i, v) in values.iter().enumerate() {
                tx.execute(
                    "INSERT OR IGNORE INTO request_contacts (request_id, kind, value, position)
                     VALUES (?1, ?2, ?3, ?4)",
                    params![request.id, kind, v, (start + i) as i64],
                )?;
            }
        }
        insert_event(
            &tx,
            &request.id,
            now,
            actor,
            EventKind::IdentifiersAdded,
            None,
            None,
            text,
        )?;
        touch(&tx, &request.id, now)?;
        tx.commit()?;
        self.request(&request.id)
    }
}
