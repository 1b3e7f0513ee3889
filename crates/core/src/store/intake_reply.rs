//! Replies to a registered request: kept as evidence and noted in the request's history.

use super::intake::{file_time, imported_as, record_message, IntakeStatus, Message};
use super::requests::{check_actor, insert_event, touch};
use super::Store;
use crate::intake::proposal::propose;
use crate::register::{check_text, EventKind};
use crate::{CoreError, Result};
use chrono::{DateTime, Utc};
use std::path::Path;

impl Store {
    /// Links a reply to its request: the message is kept as evidence and noted in the history,
    /// both or neither.
    pub fn intake_link_reply(
        &mut self,
        path: &Path,
        index: Option<usize>,
        sha256: &str,
        request_id: &str,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let (raw, parsed) = self.reread(path, index, sha256)?;
        let request = self.request(request_id)?;
        let proposal = propose(
            parsed.clone(),
            self.office()?.time_zone.local(file_time(path)),
        );
        if let IntakeStatus::AlreadyImported { request_id } =
            self.intake_status(sha256, &proposal)?
        {
            return Err(CoreError::AlreadyImported {
                what: "message",
                request_id,
            });
        }
        let source = serde_json::to_value(proposal.received_source)
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default();
        let from = parsed
            .from
            .as_ref()
            .map(|f| f.address.as_str())
            .unwrap_or("?");
        let note = check_text(
            "note",
            &format!("E-mail diterima dari {from}: \"{}\"", parsed.subject),
        )?;
        let actor = check_actor(actor)?;
        self.with_evidence(&raw, sha256, "eml", |tx| {
            if let Some(request_id) = imported_as(tx, sha256, parsed.message_id.as_deref())? {
                return Err(CoreError::AlreadyImported {
                    what: "message",
                    request_id,
                });
            }
            let message = Message {
                path,
                index,
                sha256,
                parsed: &parsed,
                received_source: &source,
            };
            let at = proposal.received_at.with_timezone(&Utc);
            record_message(tx, &message, at, "reply", &request.id, actor, now)?;
            insert_event(
                tx,
                &request.id,
                now,
                actor,
                EventKind::Note,
                None,
                None,
                &note,
            )?;
            touch(tx, &request.id, now)
        })
    }
}
