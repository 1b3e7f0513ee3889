//! SQL of the purge after retention: a closed request's personal data removed in one transaction,
//! leaving the anonymised stub (number, rights, dates, state, letters' numbers, kinds and
//! hashes, bundles' hashes), the request's purge entry in the audit chain; then the files it
//! named removed and the database file compacted so the bytes are gone from it too.

use super::requests::{parse_ts, ts};
use super::Store;
use crate::audit::Action;
use crate::{CoreError, Result};
use chrono::{DateTime, Utc};
use rusqlite::params;
use std::path::PathBuf;

/// A closed request not purged yet, with when it ended (its last move to closed, rejected or
/// withdrawn; its last change when the history has no such move).
#[derive(Debug, Clone, PartialEq)]
pub struct Ended {
    pub id: String,
    pub ended_at: DateTime<Utc>,
    pub is_demo: bool,
}

/// What the purge of one request removed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[ts(export, rename = "PurgedCounts")]
pub struct Purged {
    /// The requester's e-mails and phones.
    pub contacts: u32,
    /// History lines whose text was blanked.
    pub history_lines: u32,
    /// Original messages and records kept as evidence.
    pub evidence: u32,
    /// Searches (with their hits).
    pub searches: u32,
    /// Letters whose text and PDF went (their number, kind and hash stay).
    pub letters: u32,
}

impl Purged {
    fn details(&self) -> [String; 5] {
        [
            self.contacts.to_string(),
            self.history_lines.to_string(),
            self.evidence.to_string(),
            self.searches.to_string(),
            self.letters.to_string(),
        ]
    }
}

const ENDED: &str = "('closed', 'rejected', 'withdrawn')";

impl Store {
    /// Every ended request not purged yet, oldest end first.
    pub fn ended_unpurged(&self) -> Result<Vec<Ended>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT r.id, r.is_demo, COALESCE(
                 (SELECT MAX(e.at) FROM request_events e
                  WHERE e.request_id = r.id AND e.kind = 'state' AND e.to_state IN {ENDED}),
                 r.updated_at)
             FROM requests r
             WHERE r.state IN {ENDED} AND r.purged_at IS NULL"
        ))?;
        let mut rows = stmt
            .query_map([], |r| {
                Ok(Ended {
                    id: r.get(0)?,
                    is_demo: r.get(1)?,
                    ended_at: parse_ts(&r.get::<_, String>(2)?)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.sort_by(|a, b| (a.ended_at, &a.id).cmp(&(b.ended_at, &b.id)));
        Ok(rows)
    }

    /// Purges one ended request: its requester's identifiers, history texts, evidence, searches,
    /// verification details, letters' texts and PDFs, plan and redaction details. The files go
    /// once the transaction is committed. A request that is open or already purged is refused.
    pub fn purge_request(&mut self, id: &str, actor: &str, now: DateTime<Utc>) -> Result<Purged> {
        let dir = self.dir().to_path_buf();
        let tx = self.write()?;
        let marked = tx.execute(
            &format!(
                "UPDATE requests SET purged_at = ?2, requester_name = '', on_behalf_of = NULL,
                 postal_address = NULL, nik_masked = NULL, controller_contact = NULL
                 WHERE id = ?1 AND purged_at IS NULL AND state IN {ENDED}"
            ),
            params![id, ts(now)],
        )?;
        if marked == 0 {
            return Err(CoreError::invalid(
                "request",
                "not_purgeable",
                format!("{id} is not an ended request that still holds personal data"),
            ));
        }
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        let mut files: Vec<PathBuf> = Vec::new();
        let evidence = {
            let mut stmt = tx.prepare(
                "SELECT sha256, relation FROM intake_messages WHERE request_id = ?1
                 UNION SELECT sha256, 'request' FROM intake_queue WHERE request_id = ?1",
            )?;
            let rows = stmt
                .query_map([id], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            rows
        };
        for (sha256, relation) in &evidence {
            let ext = super::evidence::extension(relation);
            files.push(dir.join("evidence").join(format!("{sha256}.{ext}")));
        }
        let letter_files = {
            let mut stmt =
                tx.prepare("SELECT file FROM letters WHERE request_id = ?1 AND file IS NOT NULL")?;
            let rows = stmt
                .query_map([id], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            rows
        };
        files.extend(letter_files.iter().map(|f| dir.join(f)));
        let purged = Purged {
            contacts: count(
                tx.execute("DELETE FROM request_contacts WHERE request_id = ?1", [id])?,
            ),
            history_lines: count(tx.execute(
                "UPDATE request_events SET text = '' WHERE request_id = ?1 AND text <> ''",
                [id],
            )?),
            evidence: count(tx.execute("DELETE FROM intake_messages WHERE request_id = ?1", [id])?),
            searches: count(tx.execute("DELETE FROM searches WHERE request_id = ?1", [id])?),
            letters: count(tx.execute(
                "UPDATE letters SET text = '', email_subject = NULL, email_body = NULL,
                 sent_to = NULL, file = NULL WHERE request_id = ?1",
                [id],
            )?),
        };
        for sql in [
            "UPDATE intake_queue SET subject = '', from_address = NULL, message_id = NULL,
             source_file = '' WHERE request_id = ?1",
            "DELETE FROM verification_codes WHERE request_id = ?1",
            "UPDATE verification_steps SET detail = '' WHERE request_id = ?1",
            "UPDATE bundles SET file_name = '' WHERE request_id = ?1",
            "DELETE FROM plan_changes WHERE request_id = ?1",
            "UPDATE checklist_ticks SET note = '' WHERE request_id = ?1",
            "UPDATE redactions SET out_dir = '', plan = '[]' WHERE request_id = ?1",
            "UPDATE request_pauses SET reason = '', end_reason = NULL WHERE request_id = ?1",
            "UPDATE request_extensions SET reason = '' WHERE request_id = ?1",
        ] {
            tx.execute(sql, [id])?;
        }
        let details = purged.details();
        let details: Vec<&str> = details.iter().map(String::as_str).collect();
        tx.append(Action::RequestPurged, id, actor, now, &details)?;
        tx.commit()?;
        for file in files {
            let _ = std::fs::remove_file(file);
        }
        let _ = std::fs::remove_dir(dir.join("letters").join(id));
        Ok(purged)
    }

    /// Messages decided not to be a request before `before`: what they said of their sender
    /// (subject, address, message id, file name, the reason given) blanked; the count. Logged
    /// as a purge of the target `queue` when there were any.
    pub fn purge_declined_messages(
        &mut self,
        before: DateTime<Utc>,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<u32> {
        let tx = self.write()?;
        let n = tx.execute(
            "UPDATE intake_queue SET subject = '', from_address = NULL, message_id = NULL,
             source_file = '', reason = ''
             WHERE decision = 'not-request' AND decided_at < ?1 AND source_file <> ''",
            [ts(before)],
        )?;
        if n > 0 {
            tx.append(
                Action::RequestPurged,
                "queue",
                actor,
                now,
                &[&n.to_string()],
            )?;
        }
        tx.commit()?;
        Ok(u32::try_from(n).unwrap_or(u32::MAX))
    }

    /// How many declined messages still say who sent them, decided before `before`.
    pub fn declined_messages_before(&self, before: DateTime<Utc>) -> Result<u32> {
        Ok(self.conn.query_row(
            "SELECT COUNT(*) FROM intake_queue
             WHERE decision = 'not-request' AND decided_at < ?1 AND source_file <> ''",
            [ts(before)],
            |r| r.get(0),
        )?)
    }

    /// How many requests were purged.
    pub fn purged_count(&self) -> Result<u32> {
        Ok(self.conn.query_row(
            "SELECT COUNT(*) FROM requests WHERE purged_at IS NOT NULL",
            [],
            |r| r.get(0),
        )?)
    }

    /// Rewrites the database file without its free pages and empties the write-ahead log, so
    /// that purged values are gone from the bytes on disk, not only from the tables.
    pub fn compact(&mut self) -> Result<()> {
        self.conn.execute_batch("VACUUM")?;
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }
}
