//! SQL for searches made for a request and staff's decisions on their hits.

use super::history::insert_event_as;
use super::older_searches;
use super::requests::{check_actor, parse_ts, ts};
use super::Store;
use crate::audit::Action;
use crate::register::EventKind;
use crate::search::stored::{Decision, FileDecisions, StoredHit, StoredSearch};
use crate::search::why::Identifier;
use crate::search::{Hit, HitClass, SearchResult};
use crate::sources::Locator;
use crate::text::check_text;
use crate::{CoreError, Result};
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};

fn json_err(e: serde_json::Error) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
}

impl Store {
    /// Keeps a search's result for a request and notes it in the request's history.
    pub(crate) fn keep_search(
        &mut self,
        request_id: &str,
        result: &SearchResult,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<StoredSearch> {
        let request = self.request(request_id)?;
        let actor = check_actor(actor)?;
        let tx = self.write()?;
        tx.execute(
            "INSERT INTO searches (request_id, at, actor, identifiers, searched) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                request.id,
                ts(now),
                actor,
                serde_json::to_string(&result.identifiers).unwrap_or_default(),
                serde_json::to_string(&result.searched).unwrap_or_default()
            ],
        )?;
        let search_id = tx.last_insert_rowid();
        for h in &result.hits {
            tx.execute(
                "INSERT INTO hits (search_id, source, file, locator, record, record_id, class, score, explanation, fingerprint)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![
                    search_id,
                    h.source,
                    h.file,
                    serde_json::to_string(&h.locator).unwrap_or_default(),
                    h.record as i64,
                    h.record_id,
                    if h.class == HitClass::Strong { "strong" } else { "possible" },
                    h.score,
                    serde_json::to_string(&h.explanation).unwrap_or_default(),
                    h.fingerprint
                ],
            )?;
        }
        let strong = result
            .hits
            .iter()
            .filter(|h| h.class == HitClass::Strong)
            .count();
        let text = format!(
            "Pencarian: {} file diperiksa, {} temuan kuat, {} temuan mungkin",
            result.searched.len(),
            strong,
            result.hits.len() - strong
        );
        insert_event_as(
            &tx,
            Action::SearchKept,
            &request.id,
            now,
            actor,
            EventKind::Note,
            &text,
        )?;
        tx.commit()?;
        self.search_by_id(search_id)
    }

    /// The latest search of a request, if any.
    pub fn latest_search(&self, request_id: &str) -> Result<Option<StoredSearch>> {
        let request = self.request(request_id)?;
        let id: Option<i64> = self
            .conn
            .query_row(
                "SELECT id FROM searches WHERE request_id = ?1 ORDER BY id DESC LIMIT 1",
                [&request.id],
                |r| r.get(0),
            )
            .optional()?;
        id.map(|id| self.search_by_id(id)).transpose()
    }

    /// The confirmed hits of the request's latest search, where each record is and its
    /// fingerprint only (no explanation): what a bundle reads again, lean enough for 100,000.
    pub fn confirmed_hits(&self, request_id: &str) -> Result<Vec<(i64, Hit)>> {
        let request = self.request(request_id)?;
        let mut stmt = self.conn.prepare(
            "SELECT source, file, locator, record, record_id, class, score, fingerprint, id FROM hits
             WHERE decision = 'confirmed'
               AND search_id = (SELECT id FROM searches WHERE request_id = ?1 ORDER BY id DESC LIMIT 1)
             ORDER BY id",
        )?;
        let hits = stmt
            .query_map([&request.id], |r| {
                let hit = Hit {
                    source: r.get(0)?,
                    file: r.get(1)?,
                    locator: serde_json::from_str(&r.get::<_, String>(2)?).map_err(json_err)?,
                    record: r.get::<_, i64>(3)? as u64,
                    record_id: r.get(4)?,
                    class: if r.get::<_, String>(5)? == "strong" {
                        HitClass::Strong
                    } else {
                        HitClass::Possible
                    },
                    score: r.get(6)?,
                    explanation: Vec::new(),
                    fingerprint: r.get::<_, Option<String>>(7)?.unwrap_or_default(),
                };
                Ok((r.get(8)?, hit))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(hits)
    }

    /// The identifiers the request's latest search looked for.
    pub fn latest_identifiers(&self, request_id: &str) -> Result<Vec<Identifier>> {
        let request = self.request(request_id)?;
        let text: Option<String> = self
            .conn
            .query_row(
                "SELECT identifiers FROM searches WHERE request_id = ?1 ORDER BY id DESC LIMIT 1",
                [&request.id],
                |r| r.get(0),
            )
            .optional()?;
        Ok(text
            .map(|t| serde_json::from_str(&t))
            .transpose()
            .map_err(json_err)?
            .unwrap_or_default())
    }

    /// Per source file of the latest search: how many hits are confirmed and how many are
    /// still undecided.
    pub fn decided_per_file(&self, request_id: &str) -> Result<Vec<FileDecisions>> {
        let request = self.request(request_id)?;
        let mut stmt = self.conn.prepare(
            "SELECT source, file, SUM(decision = 'confirmed'), SUM(decision IS NULL) FROM hits
             WHERE search_id = (SELECT id FROM searches WHERE request_id = ?1 ORDER BY id DESC LIMIT 1)
             GROUP BY source, file ORDER BY source, file",
        )?;
        let rows = stmt.query_map([&request.id], |r| {
            Ok(FileDecisions {
                source: r.get(0)?,
                file: r.get(1)?,
                confirmed: r.get::<_, Option<i64>>(2)?.unwrap_or(0) as u64,
                undecided: r.get::<_, Option<i64>>(3)?.unwrap_or(0) as u64,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One stored hit by its number.
    pub fn stored_hit(&self, id: i64) -> Result<StoredHit> {
        Ok(self.hit_with_search(id)?.0)
    }

    /// One stored hit by its number, and the identifiers of the search it was found by.
    pub fn hit_with_search(&self, id: i64) -> Result<(StoredHit, Vec<Identifier>)> {
        let search: Option<i64> = self
            .conn
            .query_row("SELECT search_id FROM hits WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?;
        let not_found = || CoreError::NotFound {
            what: "hit",
            id: id.to_string(),
        };
        let search = self.search_by_id(search.ok_or_else(not_found)?)?;
        let hit = search
            .hits
            .into_iter()
            .find(|h| h.id == id)
            .ok_or_else(not_found)?;
        Ok((hit, search.identifiers))
    }

    fn search_by_id(&self, id: i64) -> Result<StoredSearch> {
        let (request_id, at, actor, identifiers, searched): (
            String,
            String,
            String,
            String,
            String,
        ) = self.conn.query_row(
            "SELECT request_id, at, actor, identifiers, searched FROM searches WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )?;
        let mut stmt = self.conn.prepare(
            "SELECT id, source, file, locator, record, record_id, class, score, explanation, decision, decided_by, decided_at, reason, fingerprint
             FROM hits WHERE search_id = ?1 ORDER BY id",
        )?;
        let hits = stmt
            .query_map([id], |r| {
                let locator: Locator =
                    serde_json::from_str(&r.get::<_, String>(3)?).map_err(json_err)?;
                let explanation =
                    older_searches::explanation(&r.get::<_, String>(8)?).map_err(json_err)?;
                let decision = match r.get::<_, Option<String>>(9)?.as_deref() {
                    Some("confirmed") => Some(Decision::Confirmed),
                    Some("rejected") => Some(Decision::Rejected),
                    _ => None,
                };
                Ok(StoredHit {
                    id: r.get(0)?,
                    hit: Hit {
                        source: r.get(1)?,
                        file: r.get(2)?,
                        locator,
                        record: r.get::<_, i64>(4)? as u64,
                        record_id: r.get(5)?,
                        class: if r.get::<_, String>(6)? == "strong" {
                            HitClass::Strong
                        } else {
                            HitClass::Possible
                        },
                        score: r.get(7)?,
                        explanation,
                        fingerprint: r.get::<_, Option<String>>(13)?.unwrap_or_default(),
                    },
                    decision,
                    decided_by: r.get(10)?,
                    decided_at: r
                        .get::<_, Option<String>>(11)?
                        .map(|t| parse_ts(&t))
                        .transpose()?,
                    reason: r.get(12)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(StoredSearch {
            id,
            request_id,
            at: parse_ts(&at)?,
            actor,
            identifiers: older_searches::identifiers(&identifiers).unwrap_or_default(),
            searched: serde_json::from_str(&searched).unwrap_or_default(),
            hits,
        })
    }

    /// Confirms or rejects hits (a rejection needs a reason), with who and when.
    pub fn decide_hits(
        &mut self,
        ids: &[i64],
        decision: Decision,
        reason: Option<&str>,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<usize> {
        let actor = check_actor(actor)?;
        let reason = match (decision, reason) {
            (Decision::Rejected, r) => Some(check_text("reason", r.unwrap_or(""))?),
            (Decision::Confirmed, r) => {
                r.map(str::trim).filter(|r| !r.is_empty()).map(String::from)
            }
        };
        let word = if decision == Decision::Confirmed {
            "confirmed"
        } else {
            "rejected"
        };
        let tx = self.write()?;
        let mut requests: Vec<String> = Vec::new();
        for id in ids {
            let request: Option<String> = tx
                .query_row(
                    "SELECT s.request_id FROM hits h JOIN searches s ON s.id = h.search_id WHERE h.id = ?1",
                    [id],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(r) = request.filter(|r| !requests.contains(r)) {
                requests.push(r);
            }
            let n = tx.execute(
                "UPDATE hits SET decision = ?2, decided_by = ?3, decided_at = ?4, reason = ?5 WHERE id = ?1",
                params![id, word, actor, ts(now), reason],
            )?;
            if n == 0 {
                return Err(CoreError::NotFound {
                    what: "hit",
                    id: id.to_string(),
                });
            }
        }
        let listed: Vec<String> = ids.iter().map(i64::to_string).collect();
        for request in &requests {
            tx.append(
                Action::HitsDecided,
                request,
                actor,
                now,
                &[word, reason.as_deref().unwrap_or(""), &listed.join(",")],
            )?;
        }
        tx.commit()?;
        Ok(ids.len())
    }
}
