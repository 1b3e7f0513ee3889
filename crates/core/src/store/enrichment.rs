//! Adding identifiers found on confirmed records to a request, with staff's consent, kept in the
//! request's history.

use super::history::{insert_event, touch};
use super::requests::check_actor;
use super::Store;
use crate::identifiers::{email, phone};
use crate::register::{EventKind, Request};
use crate::{CoreError, Result};
use chrono::{DateTime, Utc};
use rusqlite::params;

impl Store {
    /// Adds e-mails and phone numbers to the request's contacts (normalised; ones it has are
    /// left alone). `from` says where staff found them. The history keeps who added what and why.
    pub fn add_identifiers(
        &mut self,
        request_id: &str,
        emails: &[String],
        phones: &[String],
        from: &str,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Request> {
        let request = self.request(request_id)?;
        let actor = check_actor(actor)?;
        let emails: Vec<String> = emails
            .iter()
            .map(|e| email::normalise(e))
            .collect::<Result<_>>()?;
        let phones: Vec<String> = phones
            .iter()
            .map(|p| phone::to_e164(p))
            .collect::<Result<_>>()?;
        let new_emails: Vec<&String> = emails
            .iter()
            .filter(|e| !request.requester.emails.contains(e))
            .collect();
        let new_phones: Vec<&String> = phones
            .iter()
            .filter(|p| !request.requester.phones.contains(p))
            .collect();
        if new_emails.is_empty() && new_phones.is_empty() {
            return Err(CoreError::invalid(
                "identifiers",
                "required",
                "give at least one e-mail or phone number the request does not have yet",
            ));
        }
        let tx = self.write()?;
        for (kind, values, start) in [
            ("email", &new_emails, request.requester.emails.len()),
            ("phone", &new_phones, request.requester.phones.len()),
        ] {
            for (i, v) in values.iter().enumerate() {
                tx.execute(
                    "INSERT OR IGNORE INTO request_contacts (request_id, kind, value, position)
                     VALUES (?1, ?2, ?3, ?4)",
                    params![request.id, kind, v, (start + i) as i64],
                )?;
            }
        }
        let listed: Vec<&str> = new_emails
            .iter()
            .chain(&new_phones)
            .map(|s| s.as_str())
            .collect();
        let from = from.trim();
        let text = if from.is_empty() {
            listed.join(", ")
        } else {
            format!("{} ({from})", listed.join(", "))
        };
        insert_event(
            &tx,
            &request.id,
            now,
            actor,
            EventKind::IdentifiersAdded,
            None,
            None,
            &text,
        )?;
        touch(&tx, &request.id, now)?;
        tx.commit()?;
        self.request(&request.id)
    }
}
