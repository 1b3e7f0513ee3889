//! SQL for identity verification: the one live code of a request (its keyed hash only) and the
//! steps that met a requirement, each written with its line in the request's history.

use super::history::insert_event_as;
use super::requests::{check_actor, parse_ts, ts};
use super::Store;
use crate::audit::Action;
use crate::register::EventKind;
use crate::verify::code::LiveCode;
use crate::Result;
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};

/// What kind of step met a requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepKind {
    /// The one-time code answered.
    Code,
    /// The NIK sighted on the KTP (the detail is the masked NIK).
    Nik,
    /// An agent's power of attorney or a guardian's authority sighted.
    Authority,
    /// A supervisor let the data leave without the verification asked (the detail is why).
    Override,
    /// The request's contact on a confirmed record, noted before a redaction replaced the
    /// export it was in (the detail is where it was), so the gate stays as it was.
    Contact,
}

impl StepKind {
    fn as_str(self) -> &'static str {
        match self {
            StepKind::Code => "code",
            StepKind::Nik => "nik",
            StepKind::Authority => "authority",
            StepKind::Override => "override",
            StepKind::Contact => "contact",
        }
    }

    fn parse(text: &str) -> Option<StepKind> {
        [
            StepKind::Code,
            StepKind::Nik,
            StepKind::Authority,
            StepKind::Override,
            StepKind::Contact,
        ]
        .into_iter()
        .find(|k| k.as_str() == text)
    }
}

/// A verification step as kept.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub kind: StepKind,
    pub at: DateTime<Utc>,
    pub actor: String,
    pub detail: String,
}

/// A new code's row.
pub struct NewCode<'a> {
    pub hash: &'a str,
    pub issued_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    /// `email` or `shown`.
    pub delivery: &'a str,
}

impl Store {
    /// Keeps a request's new code in place of any earlier one, with its line in the history.
    pub fn put_code(
        &mut self,
        request_id: &str,
        code: &NewCode,
        actor: &str,
        history: &str,
    ) -> Result<()> {
        let at = code.issued_at;
        self.with_history(Action::VerificationCode, request_id, actor, at, history, |tx, actor| {
            tx.execute(
                "INSERT INTO verification_codes (request_id, hash, issued_at, issued_by, expires_at, delivery)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (request_id) DO UPDATE SET hash = excluded.hash, issued_at = excluded.issued_at,
                     issued_by = excluded.issued_by, expires_at = excluded.expires_at,
                     delivery = excluded.delivery, wrong = 0, answered_at = NULL",
                params![
                    request_id,
                    code.hash,
                    ts(code.issued_at),
                    actor,
                    ts(code.expires_at),
                    code.delivery
                ],
            )?;
            Ok(())
        })
    }

    /// The request's live code, if one was issued.
    pub fn live_code(&self, request_id: &str) -> Result<Option<LiveCode>> {
        Ok(self
            .conn
            .query_row(
                "SELECT hash, issued_at, expires_at, wrong, answered_at FROM verification_codes
                 WHERE request_id = ?1",
                [request_id],
                |r| {
                    Ok(LiveCode {
                        hash: r.get(0)?,
                        issued_at: parse_ts(&r.get::<_, String>(1)?)?,
                        expires_at: parse_ts(&r.get::<_, String>(2)?)?,
                        wrong: r.get(3)?,
                        answered: r.get::<_, Option<String>>(4)?.is_some(),
                    })
                },
            )
            .optional()?)
    }

    /// Writes what `rows` writes and the history line about it, in one transaction.
    fn with_history(
        &mut self,
        action: Action,
        request_id: &str,
        actor: &str,
        now: DateTime<Utc>,
        history: &str,
        rows: impl FnOnce(&rusqlite::Transaction, &str) -> Result<()>,
    ) -> Result<()> {
        let actor = check_actor(actor)?;
        let tx = self.write()?;
        rows(&tx, actor)?;
        insert_event_as(
            &tx,
            action,
            request_id,
            now,
            actor,
            EventKind::Verification,
            history,
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Notes an answer to the live code: a wrong one counts towards the lock, the right one is
    /// a step that meets the identity requirement. Both with their line in the history.
    pub fn note_answer(
        &mut self,
        request_id: &str,
        right: bool,
        actor: &str,
        now: DateTime<Utc>,
        history: &str,
    ) -> Result<()> {
        self.with_history(
            Action::VerificationAnswer,
            request_id,
            actor,
            now,
            history,
            |tx, actor| {
                if right {
                    tx.execute(
                        "UPDATE verification_codes SET answered_at = ?2 WHERE request_id = ?1",
                        params![request_id, ts(now)],
                    )?;
                    insert_step(tx, request_id, StepKind::Code, history, actor, now)
                } else {
                    tx.execute(
                        "UPDATE verification_codes SET wrong = wrong + 1 WHERE request_id = ?1",
                        [request_id],
                    )?;
                    Ok(())
                }
            },
        )
    }

    /// Notes a line in the history about verification without a step (a code refused as
    /// expired or locked, a code that could not be sent).
    pub fn note_verification(
        &mut self,
        request_id: &str,
        actor: &str,
        now: DateTime<Utc>,
        history: &str,
    ) -> Result<()> {
        self.with_history(
            Action::VerificationNoted,
            request_id,
            actor,
            now,
            history,
            |_, _| Ok(()),
        )
    }

    /// Keeps a step that met a requirement, with its line in the history.
    pub fn add_step(
        &mut self,
        request_id: &str,
        kind: StepKind,
        detail: &str,
        actor: &str,
        now: DateTime<Utc>,
        history: &str,
    ) -> Result<()> {
        self.with_history(
            Action::VerificationStep,
            request_id,
            actor,
            now,
            history,
            |tx, actor| insert_step(tx, request_id, kind, detail, actor, now),
        )
    }

    /// Open requests asked for proof of identity (a code, or the verification-request letter)
    /// with no identity shown or override since: `(request id, when first asked)`, oldest first.
    pub fn unanswered_asks(&self) -> Result<Vec<(String, DateTime<Utc>)>> {
        // Asked by a code or by the verification-request letter; waiting since the first ask
        // that nothing shown has answered.
        let mut stmt = self.conn.prepare(
            "SELECT a.request_id, MIN(a.at) FROM (
                 SELECT request_id, issued_at AS at FROM verification_codes WHERE answered_at IS NULL
                 UNION ALL
                 SELECT request_id, issued_at AS at FROM letters
                  WHERE kind = 'verification-request' AND issued_at IS NOT NULL
             ) a
             JOIN requests r ON r.id = a.request_id
             WHERE r.state NOT IN ('closed', 'rejected', 'withdrawn')
               AND NOT EXISTS (SELECT 1 FROM verification_steps s WHERE s.request_id = a.request_id
                               AND s.kind IN ('code', 'nik', 'override') AND s.at >= a.at)
             GROUP BY a.request_id
             ORDER BY MIN(a.at)",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get::<_, String>(0)?, parse_ts(&r.get::<_, String>(1)?)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The steps of a request, oldest first.
    pub fn steps(&self, request_id: &str) -> Result<Vec<Step>> {
        let mut stmt = self.conn.prepare(
            "SELECT kind, at, actor, detail FROM verification_steps WHERE request_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([request_id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                parse_ts(&r.get::<_, String>(1)?)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        let mut steps = Vec::new();
        for row in rows {
            let (kind, at, actor, detail) = row?;
            if let Some(kind) = StepKind::parse(&kind) {
                steps.push(Step {
                    kind,
                    at,
                    actor,
                    detail,
                });
            }
        }
        Ok(steps)
    }
}

fn insert_step(
    tx: &rusqlite::Transaction,
    request_id: &str,
    kind: StepKind,
    detail: &str,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    tx.execute(
        "INSERT INTO verification_steps (request_id, kind, at, actor, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![request_id, kind.as_str(), ts(now), actor, detail],
    )?;
    Ok(())
}
