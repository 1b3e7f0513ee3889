//! SQL for letters: the running number per year (never given twice), each letter's row from the
//! moment its number is taken, its PDF once written, and its sending; each with its line in the
//! request's history.

use super::history::insert_event_as;
use super::request_rows::parse_name;
use super::requests::{check_actor, parse_ts, ts};
use super::{unreadable, Store};
use crate::audit::Action;
use crate::language::Language;
use crate::letters::{IssuedLetter, LetterEntry, LetterFilter, LetterKind};
use crate::register::EventKind;
use crate::{CoreError, Result};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension, Row};

/// A letter about to be numbered.
pub struct ToNumber<'a> {
    pub request_id: &'a str,
    pub kind: LetterKind,
    pub language: Language,
    pub dated: NaiveDate,
    pub text: &'a str,
}

/// The PDF written for a numbered letter.
pub struct Written<'a> {
    pub email_subject: &'a str,
    pub email_body: &'a str,
    pub file: &'a str,
    pub sha256: &'a str,
    pub bytes: u64,
    pub pages: u32,
    /// The text as issued when it can only be written once numbered (a certificate's statement
    /// carries its number); `None` keeps the text given when numbering.
    pub text: Option<&'a str>,
}

const COLUMNS: &str =
    "id, request_id, kind, language, number, dated, numbered_at, actor, text, file,
     sha256, bytes, pages, issued_at, void_reason, sent_to, sent_at, email_subject, email_body";

/// A letter's date as stored, `YYYY-MM-DD`.
fn parse_date(r: &Row, i: usize) -> rusqlite::Result<NaiveDate> {
    NaiveDate::parse_from_str(&r.get::<_, String>(i)?, "%Y-%m-%d").map_err(|e| unreadable(i, e))
}

fn letter_row(r: &Row) -> rusqlite::Result<IssuedLetter> {
    let opt_ts = |i: usize| -> rusqlite::Result<Option<DateTime<Utc>>> {
        r.get::<_, Option<String>>(i)?
            .map(|t| parse_ts(&t))
            .transpose()
    };
    Ok(IssuedLetter {
        id: r.get(0)?,
        request_id: r.get(1)?,
        kind: parse_name(&r.get::<_, String>(2)?, LetterKind::parse)?,
        language: parse_name(&r.get::<_, String>(3)?, Language::parse)?,
        number: r.get(4)?,
        dated: parse_date(r, 5)?,
        numbered_at: parse_ts(&r.get::<_, String>(6)?)?,
        actor: r.get(7)?,
        text: r.get(8)?,
        file: r.get(9)?,
        sha256: r.get(10)?,
        bytes: r.get::<_, Option<i64>>(11)?.map(|b| b.max(0) as u64),
        pages: r
            .get::<_, Option<i64>>(12)?
            .map(|p| p.clamp(0, u32::MAX as i64) as u32),
        issued_at: opt_ts(13)?,
        void_reason: r.get(14)?,
        sent_to: r.get(15)?,
        sent_at: opt_ts(16)?,
        email_subject: r.get(17)?,
        email_body: r.get(18)?,
    })
}

impl Store {
    /// Takes the year's next number for a letter and keeps the letter's row, in one
    /// transaction that no other process can interleave: two letters never share a number, and
    /// a number once taken is never taken again. `number` writes the running number out in
    /// the office's pattern.
    pub fn number_letter(
        &mut self,
        letter: &ToNumber,
        actor: &str,
        now: DateTime<Utc>,
        number: impl Fn(u32) -> String,
    ) -> Result<IssuedLetter> {
        let actor = check_actor(actor)?;
        let year = letter.dated.year();
        let tx = self.write()?;
        let last: Option<i64> = tx
            .query_row(
                "SELECT last FROM letter_numbers WHERE year = ?1",
                [year],
                |r| r.get(0),
            )
            .optional()?;
        let seq = last.unwrap_or(0) + 1;
        let written = number(u32::try_from(seq).unwrap_or(u32::MAX));
        tx.execute(
            "INSERT INTO letter_numbers (year, last) VALUES (?1, ?2)
             ON CONFLICT (year) DO UPDATE SET last = excluded.last",
            params![year, seq],
        )?;
        let inserted = tx.execute(
            "INSERT INTO letters (request_id, kind, language, number, year, seq, dated, numbered_at, actor, text)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                letter.request_id,
                letter.kind.as_str(),
                match letter.language {
                    Language::Id => "id",
                    Language::En => "en",
                },
                written,
                year,
                seq,
                letter.dated.format("%Y-%m-%d").to_string(),
                ts(now),
                actor,
                letter.text
            ],
        );
        if let Err(rusqlite::Error::SqliteFailure(e, _)) = &inserted {
            if e.code == rusqlite::ErrorCode::ConstraintViolation {
                return Err(CoreError::invalid(
                    "letter_number_pattern",
                    "duplicate",
                    format!(
                        "the letter number {} was given before: the number pattern must contain {{seq}} and {{year}} so that numbers do not repeat",
                        crate::text::quoted(&written)
                    ),
                ));
            }
        }
        inserted?;
        let id = tx.last_insert_rowid();
        tx.append(
            Action::LetterNumbered,
            letter.request_id,
            actor,
            now,
            &[&written, letter.kind.as_str()],
        )?;
        tx.commit()?;
        self.letter(id)
    }

    /// Keeps the PDF written for a numbered letter, with its line in the history.
    pub fn letter_written(
        &mut self,
        id: i64,
        written: &Written,
        history: &str,
        now: DateTime<Utc>,
    ) -> Result<IssuedLetter> {
        let letter = self.letter(id)?;
        let action = if letter.kind == LetterKind::DeletionCertificate {
            Action::CertificateIssued
        } else {
            Action::LetterIssued
        };
        let tx = self.write()?;
        tx.execute(
            "UPDATE letters SET file = ?2, sha256 = ?3, bytes = ?4, pages = ?5, issued_at = ?6,
                 void_reason = NULL, email_subject = ?7, email_body = ?8, text = COALESCE(?9, text)
             WHERE id = ?1",
            params![
                id,
                written.file,
                written.sha256,
                i64::try_from(written.bytes).unwrap_or(i64::MAX),
                written.pages,
                ts(now),
                written.email_subject,
                written.email_body,
                written.text
            ],
        )?;
        insert_event_as(
            &tx,
            action,
            &letter.request_id,
            now,
            &letter.actor,
            EventKind::Letter,
            history,
        )?;
        tx.commit()?;
        self.letter(id)
    }

    /// Marks a numbered letter void: its PDF could not be written. The number stays taken.
    pub fn letter_void(&mut self, id: i64, reason: &str, now: DateTime<Utc>) -> Result<()> {
        let letter = self.letter(id)?;
        let tx = self.write()?;
        tx.execute(
            "UPDATE letters SET void_reason = ?2 WHERE id = ?1 AND issued_at IS NULL",
            params![id, reason],
        )?;
        tx.append(
            Action::LetterVoided,
            &letter.request_id,
            &letter.actor,
            now,
            &[&letter.number, reason],
        )?;
        tx.commit()
    }

    /// Notes that an issued letter was sent by e-mail, with its line in the history.
    pub fn letter_sent(
        &mut self,
        id: i64,
        to: &str,
        actor: &str,
        history: &str,
        now: DateTime<Utc>,
    ) -> Result<IssuedLetter> {
        let actor = check_actor(actor)?;
        let letter = self.letter(id)?;
        let tx = self.write()?;
        tx.execute(
            "UPDATE letters SET sent_to = ?2, sent_at = ?3 WHERE id = ?1",
            params![id, to, ts(now)],
        )?;
        insert_event_as(
            &tx,
            Action::LetterSent,
            &letter.request_id,
            now,
            actor,
            EventKind::Letter,
            history,
        )?;
        tx.commit()?;
        self.letter(id)
    }

    pub fn letter(&self, id: i64) -> Result<IssuedLetter> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM letters WHERE id = ?1"),
                [id],
                letter_row,
            )
            .optional()?
            .ok_or_else(|| CoreError::NotFound {
                what: "letter",
                id: id.to_string(),
            })
    }

    /// A letter by its number, e.g. `001/PDP/XII/2026`.
    pub fn letter_numbered(&self, number: &str) -> Result<IssuedLetter> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM letters WHERE number = ?1"),
                [number.trim()],
                letter_row,
            )
            .optional()?
            .ok_or_else(|| CoreError::NotFound {
                what: "letter",
                id: number.trim().to_string(),
            })
    }

    /// A request's letters, oldest first, void numbers included.
    pub fn request_letters(&self, request_id: &str) -> Result<Vec<IssuedLetter>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM letters WHERE request_id = ?1 ORDER BY id"
        ))?;
        let rows = stmt.query_map([request_id], letter_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The office's letters across all requests, newest number first, void numbers included,
    /// with each requester's name.
    pub fn letter_register(&self, filter: &LetterFilter) -> Result<Vec<LetterEntry>> {
        let mut stmt = self.conn.prepare(
            "SELECT l.id, l.number, l.dated, l.kind, l.language, l.request_id, r.requester_name,
                    l.actor, l.issued_at, l.void_reason, l.sent_to, l.sent_at
             FROM letters l JOIN requests r ON r.id = l.request_id
             WHERE (?1 IS NULL OR l.year = ?1) AND (?2 IS NULL OR l.kind = ?2)
             ORDER BY l.year DESC, l.seq DESC",
        )?;
        let rows = stmt.query_map(
            params![filter.year, filter.kind.map(LetterKind::as_str)],
            |r| {
                let opt_ts = |i: usize| -> rusqlite::Result<Option<DateTime<Utc>>> {
                    r.get::<_, Option<String>>(i)?
                        .map(|t| parse_ts(&t))
                        .transpose()
                };
                Ok(LetterEntry {
                    id: r.get(0)?,
                    number: r.get(1)?,
                    dated: parse_date(r, 2)?,
                    kind: parse_name(&r.get::<_, String>(3)?, LetterKind::parse)?,
                    language: parse_name(&r.get::<_, String>(4)?, Language::parse)?,
                    request_id: r.get(5)?,
                    requester_name: r.get(6)?,
                    actor: r.get(7)?,
                    issued_at: opt_ts(8)?,
                    void_reason: r.get(9)?,
                    sent_to: r.get(10)?,
                    sent_at: opt_ts(11)?,
                })
            },
        )?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Every year a letter number was given in, newest first.
    pub fn letter_years(&self) -> Result<Vec<i32>> {
        let mut stmt = self
            .conn
            .prepare("SELECT DISTINCT year FROM letters ORDER BY year DESC")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}
