//! Replies to a registered request: kept as evidence and noted in the request's history.

use super::intake::{file_time, IntakeStatus};
use super::Store;
use crate::intake::proposal::propose;
use crate::{CoreError, Result};
use chrono::{DateTime, Utc};
use std::path::Path;

impl Store {
    /// Links a reply to its request: the message is kept as evidence and noted in the history.
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
        self.keep_evidence(&raw, sha256, "eml")?;
        let source = serde_json::to_value(proposal.received_source)
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default();
        self.record_message(
            path,
            index,
            sha256,
            &parsed,
            proposal.received_at.with_timezone(&Utc),
            &source,
            "reply",
            &request.id,
            actor,
            now,
        )?;
        let from = parsed
            .from
            .as_ref()
            .map(|f| f.address.as_str())
            .unwrap_or("?");
        self.add_note(
            &request.id,
            &format!("E-mail diterima dari {from}: \"{}\"", parsed.subject),
            actor,
            now,
        )?;
        Ok(())
    }
}
